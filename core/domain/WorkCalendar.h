#pragma once
// Working days: Monday to Friday, minus public holidays, plus the weekend days worked in
// exchange (调休). The holidays come from a calendar file the user keeps up to date, one
// date a line:
//   2025-10-01 休      (or: holiday, 假)
//   2025-09-28 班      (or: workday)
//   # comments and blank lines are ignored; a date alone means a holiday.

#include <QDate>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rectrack {

class WorkCalendar {
public:
    // Parses calendar text; lines it cannot read are listed in errors (and skipped).
    static WorkCalendar parse(const QString& text, QStringList* errors = nullptr);

    bool isWorkingDay(QDate day) const;
    // The day `days` working days after `from` (from itself not counted); 0 gives from.
    QDate addWorkingDays(QDate from, int days) const;
    int holidayCount() const { return static_cast<int>(m_holidays.size()); }
    int workdayCount() const { return static_cast<int>(m_workdays.size()); }

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
};

} // namespace rectrack
