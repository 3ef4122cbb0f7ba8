#include "Deadline.h"

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

Deadline parseDeadline(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.contains(QStringLiteral("立行立改"))) // 立行立改（2025年3月18日）keeps its date
        return {DeadlineKind::Immediate, parseDeadline(QString(t).remove(QStringLiteral("立行立改"))).date};
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
    static const QRegularExpression month(QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月"));
    if (const auto m = month.match(t); m.hasMatch()) {
        const QDate first(m.captured(1).toInt(), m.captured(2).toInt(), 1);
        if (first.isValid())
            return {DeadlineKind::Date, first.addMonths(1).addDays(-1)}; // 6月底, 6月: the month's last day
    }
    return {};
}

} // namespace rectrack
