#pragma once
// Before a newer version of a bulletin updates an earlier import: what will change, and, one
// by one, the records the new document no longer has although work was done on them. Each is
// kept unless the user ticks it for removal.

#include "services/BulletinUpdate.h"

#include <QDialog>

class QListWidget;

namespace rectrack::ui {

class ImportUpdateDialog : public QDialog {
    Q_OBJECT
public:
    ImportUpdateDialog(const UpdatePlan& plan, const QString& inspectionTitle, QWidget* parent = nullptr);
    // The records with work on them that the user ticked for removal.
    ConfirmedRemovals confirmedRemovals() const;

private:
    QList<UpdatePlan::Removal> m_removals;
    QListWidget* m_list = nullptr;
};

} // namespace rectrack::ui
