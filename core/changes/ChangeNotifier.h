#pragma once
// The ledger tells, the front ends listen: every change applied through core (Change::apply)
// is announced here once, with what it touched. Views and the dashboard subscribe; no panel
// tells another one what changed.

#include "ChangeScope.h"

#include <QObject>

namespace rectrack {

class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void announce(const ChangeScope& scope) {
        if (!scope.isEmpty())
            emit changed(scope);
    }

signals:
    void changed(const rectrack::ChangeScope& scope);
};

} // namespace rectrack
