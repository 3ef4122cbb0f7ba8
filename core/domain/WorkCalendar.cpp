#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rectrack {

WorkCalendar WorkCalendar::parse(const QString& text, QStringList* errors) {
    WorkCalendar calendar;
    static const QRegularExpression line(
        QStringLiteral(R"(^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?\s*(\S*)\s*(?:#.*)?$)"));
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString raw = lines[n].trimmed();
        if (raw.isEmpty() || raw.startsWith(u'#'))
            continue;
        const auto match = line.match(raw);
        const QDate day = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(),
                                                   match.captured(3).toInt())
                                           : QDate();
        const QString kind = match.captured(4).toLower();
        const bool holiday = kind.isEmpty() || kind == u"休" || kind == u"假" || kind == u"holiday";
        const bool workday = kind == u"班" || kind == u"workday";
        if (!day.isValid() || (!holiday && !workday)) {
            if (errors)
                errors->append(QCoreApplication::translate("rectrack::WorkCalendar", "第 %1 行无法识别：%2")
                                   .arg(n + 1)
                                   .arg(raw.left(60)));
            continue;
        }
        (holiday ? calendar.m_holidays : calendar.m_workdays).insert(day);
        (holiday ? calendar.m_workdays : calendar.m_holidays).remove(day);
    }
    return calendar;
}

bool WorkCalendar::isWorkingDay(QDate day) const {
    if (m_holidays.contains(day))
        return false;
    if (m_workdays.contains(day))
        return true;
    return day.dayOfWeek() <= 5;
}

QDate WorkCalendar::addWorkingDays(QDate from, int days) const {
    QDate day = from;
    for (int counted = 0; counted < days;) {
        day = day.addDays(1);
        if (isWorkingDay(day))
            ++counted;
    }
    return day;
}

} // namespace rectrack
