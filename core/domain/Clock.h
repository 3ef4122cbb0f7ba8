#pragma once
// Time comes from a Clock, never from the system directly, so deadline rules are testable.

#include <QDate>
#include <QDateTime>

namespace rectrack {

class Clock {
public:
    virtual ~Clock() = default;
    // The time a record is made at: history entries, created_at, updated_at.
    virtual QDateTime now() const = 0;
    // The day deadlines are seen from (overdue, due soon). The real day unless a clock says
    // otherwise (`--today`); never used to date a record.
    virtual QDate today() const { return recordDay(); }
    // The real day of now(): the default completion date of what is closed now.
    QDate recordDay() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// Deadlines seen from a chosen day (`--today`), while records keep the real time: a history
// entry or a completion date is never dated by the option.
class ReferenceDayClock final : public Clock {
public:
    explicit ReferenceDayClock(QDate day)
        : m_day(day) {}
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    QDate today() const override { return m_day; }

private:
    QDate m_day;
};

// A clock that stands still until told otherwise: tests and benchmarks.
class FixedClock final : public Clock {
public:
    explicit FixedClock(QDateTime at)
        : m_at(std::move(at)) {}
    explicit FixedClock(QDate day)
        : m_at(day, QTime(9, 0), Qt::LocalTime) {}
    QDateTime now() const override { return m_at; }
    void set(QDateTime at) { m_at = std::move(at); }
    void advanceDays(int days) { m_at = m_at.addDays(days); }

private:
    QDateTime m_at;
};

} // namespace rectrack
