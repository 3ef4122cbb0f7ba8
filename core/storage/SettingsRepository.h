#pragma once
// Office-wide settings kept in the database, so the desktop program and the CLI agree:
// the due-soon window, whether it counts working days, and the holiday calendar.

#include "domain/StatusRules.h"

#include <QSqlDatabase>
#include <QString>

namespace rectrack {

class RowStore;

class SettingsRepository {
public:
    SettingsRepository(const QSqlDatabase& db, RowStore& rows)
        : m_db(db)
        , m_rows(rows) {}

    QString value(const QString& key, const QString& fallback = {}) const;
    void setValue(const QString& key, const QString& value);

    DeadlinePolicy policy() const;
    // 1..365 days; working days skip weekends and the calendar's holidays.
    void setPolicy(int dueSoonDays, bool workingDays);
    QString calendarText() const;
    // Replaces the holiday calendar; refuses text with lines it cannot read (Error Invalid).
    void setCalendarText(const QString& text);

private:
    QSqlDatabase m_db;
    RowStore& m_rows;
};

} // namespace rectrack
