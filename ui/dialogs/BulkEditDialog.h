#pragma once
// Asks what a bulk edit should set: a status, a responsible unit and person, or a deadline
// with the reason for the change.

#include "domain/Entities.h"
#include "services/BulkEdit.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class DeadlineEditor;

class BulkEditDialog : public QDialog {
    Q_OBJECT
public:
    enum class What { Status, Reassign, Deadline };
    BulkEditDialog(rectrack::Ledger& ledger, What what, ItemKind kind, int count, QWidget* parent = nullptr);

    Status status() const;
    std::optional<Id> unitId() const;
    std::optional<Id> personId() const;
    Deadline deadline() const;
    QString reason() const;

private:
    QComboBox* m_status = nullptr;
    QComboBox* m_unit = nullptr;
    QComboBox* m_person = nullptr;
    DeadlineEditor* m_deadline = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

} // namespace rectrack::ui
