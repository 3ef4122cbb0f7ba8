#include "Deadline.h"

#include "ChineseNumerals.h"

#include <functional>

#include <QRegularExpression>

namespace rectrack {

QString Deadline::displayText() const {
    const QString day = date.isValid() ? date.toString(Qt::ISODate) : QString();
    switch (kind) {
    case DeadlineKind::Date:
        return day;
    case DeadlineKind::Immediate:
        return day.isEmpty() ? label(kind) : label(kind) + u'（' + day + u'）';
    default:
        return label(kind);
    }
}

namespace {
// 上旬 → the 10th, 中旬 → the 20th; 底, 末, 下旬 or nothing → the month's last day.
QDate withinMonth(int year, int month, const QString& part) {
    const QDate first(year, month, 1);
    if (!first.isValid())
        return {};
    if (part == u"上旬")
        return QDate(year, month, 10);
    if (part == u"中旬")
        return QDate(year, month, 20);
    return first.addMonths(1).addDays(-1);
}

// A month written in digits or in Chinese numerals (六月, 十二月).
int monthNumber(const QString& written) {
    bool ok = false;
    const int digits = written.toInt(&ok);
    if (ok)
        return digits;
    return parseChineseNumeral(written).value_or(0);
}
} // namespace

Deadline parseDeadline(const QString& text, QDate reference) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.contains(QStringLiteral("立行立改"))) // 立行立改（2025年3月18日）keeps its date
        return {DeadlineKind::Immediate, parseDeadline(QString(t).remove(QStringLiteral("立行立改")), reference).date};
    if (t.contains(QStringLiteral("长期坚持")) || t.contains(QStringLiteral("长期")))
        return {DeadlineKind::LongTerm, {}};
    if (t.contains(QStringLiteral("持续推进")) || t.contains(QStringLiteral("持续")))
        return {DeadlineKind::Continuous, {}};
    static const QRegularExpression full(
        QStringLiteral("(\\d{4})\\s*[年\\-./]\\s*(\\d{1,2})\\s*[月\\-./]\\s*(\\d{1,2})"));
    if (const auto m = full.match(t); m.hasMatch()) {
        const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (d.isValid())
            return {DeadlineKind::Date, d};
    }
    static const QRegularExpression month(QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(上旬|中旬|下旬)?"));
    if (const auto m = month.match(t); m.hasMatch()) {
        const QDate d = withinMonth(m.captured(1).toInt(), monthNumber(m.captured(2)), m.captured(3));
        if (d.isValid())
            return {DeadlineKind::Date, d}; // 6月底, 6月: the month's last day
    }
    static const QRegularExpression yearEnd(QStringLiteral("(\\d{4})\\s*年\\s*(底|末|内|年底|下半年|上半年|第([一二三四1-4])季度)"));
    if (const auto m = yearEnd.match(t); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (m.captured(2) == u"上半年")
            return {DeadlineKind::Date, QDate(year, 6, 30)};
        if (!m.captured(3).isEmpty()) {
            const int quarter = monthNumber(m.captured(3));
            return {DeadlineKind::Date, QDate(year, quarter * 3, 1).addMonths(1).addDays(-1)};
        }
        return {DeadlineKind::Date, QDate(year, 12, 31)};
    }
    if (!reference.isValid())
        return {};
    // Without a year (6月底前, 9月30日, 年底前): the first such day not before the reference
    // (the feedback, or the date the sheet was made): deadlines come after it.
    static const QRegularExpression dayOnly(QStringLiteral("(?<!\\d)(\\d{1,2})\\s*[月.]\\s*(\\d{1,2})\\s*日"));
    static const QRegularExpression monthOnly(
        QStringLiteral("(?<![\\d年])(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(上旬|中旬|下旬)?"));
    const auto nextOnOrAfter = [&](const std::function<QDate(int)>& inYear) -> Deadline {
        QDate d = inYear(reference.year());
        if (d.isValid() && d < reference)
            d = inYear(reference.year() + 1);
        return d.isValid() ? Deadline{DeadlineKind::Date, d} : Deadline{};
    };
    if (const auto m = dayOnly.match(t); m.hasMatch())
        return nextOnOrAfter([&](int year) { return QDate(year, m.captured(1).toInt(), m.captured(2).toInt()); });
    if (const auto m = monthOnly.match(t); m.hasMatch())
        return nextOnOrAfter([&](int year) { return withinMonth(year, monthNumber(m.captured(1)), m.captured(2)); });
    if (t.contains(QStringLiteral("年底")) || t.contains(QStringLiteral("年末")) || t.contains(QStringLiteral("年内")))
        return nextOnOrAfter([](int year) { return QDate(year, 12, 31); });
    return {};
}

} // namespace rectrack
