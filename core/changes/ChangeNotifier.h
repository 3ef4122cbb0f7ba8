#pragma once
// The ledger tells, the front ends listen: every change applied through core (Change::apply)
// is announced here once, with what it touched. Views and the dashboard subscribe; no panel
// tells another one what changed.

#include "ChangeScope.h"

#include <QList>
#include <QObject>

#include <utility>

namespace rectrack {

class ChangeNotifier : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    void announce(const ChangeScope& scope) {
        if (!scope.isEmpty())
            emit changed(scope);
    }

    // The history entries of this program's own changes (first to last id), so that the watch
    // on other programs' changes (OutsideChanges) does not announce them a second time.
    void remember(Id first, Id last) { m_own.append({first, last}); }
    bool announced(Id entry) const {
        for (const auto& [first, last] : m_own)
            if (entry >= first && entry <= last)
                return true;
        return false;
    }
    void forgetUpTo(Id entry) {
        m_own.removeIf([entry](const std::pair<Id, Id>& range) { return range.second <= entry; });
    }

signals:
    void changed(const rectrack::ChangeScope& scope);

private:
    QList<std::pair<Id, Id>> m_own;
};

} // namespace rectrack
