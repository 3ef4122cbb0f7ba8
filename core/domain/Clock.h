#pragma once
// Time comes from a Clock, never from the system directly, so deadline rules are testable.

#include <QDate>
#include <QDateTime>

namespace rectrack {

class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that stands still until told otherwise: tests, `--today`, benchmarks.
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
