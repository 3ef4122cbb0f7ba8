#include "Deadline.h"

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

} // namespace rectrack
