#include "SettingsRepository.h"

#include "model/Error.h"
#include "Query.h"
#include "RowStore.h"

#include <QCoreApplication>

namespace rectrack {

namespace {
const QString DueSoonDays = QStringLiteral("due_soon_days");
const QString WorkingDays = QStringLiteral("due_soon_working_days");
const QString Calendar = QStringLiteral("work_calendar");
} // namespace

QString SettingsRepository::value(const QString& key, const QString& fallback) const {
    Query q(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.add(key).exec();
    return q.next() ? q.value(0).toString() : fallback;
}

void SettingsRepository::setValue(const QString& key, const QString& value) {
    const auto grant = m_rows.grant(Operation::ChangeSettings);
    m_rows.atomically([&] {
        Query q(m_db, QStringLiteral("SELECT id FROM settings WHERE key = ?"));
        q.add(key).exec();
        if (q.next())
            m_rows.update(QStringLiteral("settings"), q.value(0).toLongLong(), {{QStringLiteral("value"), value}});
        else
            m_rows.insert(QStringLiteral("settings"), {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    });
}

DeadlinePolicy SettingsRepository::policy() const {
    DeadlinePolicy policy;
    policy.dueSoonDays = std::clamp(value(DueSoonDays, QStringLiteral("7")).toInt(), 1, 365);
    policy.workingDays = value(WorkingDays) == u"1";
    if (policy.workingDays)
        policy.calendar = std::make_shared<const WorkCalendar>(WorkCalendar::parse(calendarText()));
    return policy;
}

void SettingsRepository::setPolicy(int dueSoonDays, bool workingDays) {
    if (dueSoonDays < 1 || dueSoonDays > 365)
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::SettingsRepository", "提前提醒天数应在 1 到 365 之间"));
    m_rows.atomically([&] {
        setValue(DueSoonDays, QString::number(dueSoonDays));
        setValue(WorkingDays, workingDays ? QStringLiteral("1") : QStringLiteral("0"));
    });
}

QString SettingsRepository::calendarText() const {
    return value(Calendar);
}

void SettingsRepository::setCalendarText(const QString& text) {
    QStringList errors;
    WorkCalendar::parse(text, &errors);
    if (!errors.isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::SettingsRepository", "节假日日历有无法识别的行：\n%1")
                        .arg(errors.mid(0, 5).join(u'\n')));
    setValue(Calendar, text);
}

} // namespace rectrack
