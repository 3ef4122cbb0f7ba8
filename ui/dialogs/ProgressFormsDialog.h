#pragma once
// 导出进展填报表: the progress forms to send the responsible units, one unit's to a file or every
// unit's with open measures to a folder, across the ledger or the current inspection only.

#include "domain/Entities.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class ProgressFormsDialog : public QDialog {
    Q_OBJECT
public:
    // `inspection`: the one open in the window, offered as the scope.
    ProgressFormsDialog(rectrack::Ledger& ledger, std::optional<Id> inspection, QWidget* parent = nullptr);

    // Writes the chosen forms to `path` (a file for one unit, a folder for all) without asking:
    // the number of forms written. Throws Error.
    int exportTo(const QString& path);
    // The unit chosen, or nullopt for every unit.
    std::optional<Id> chosenUnit() const;

private:
    void chooseAndExport();

    rectrack::Ledger& m_ledger;
    std::optional<Id> m_inspection;
    QComboBox* m_unit;
    QCheckBox* m_onlyInspection;
    QLabel* m_result;
};

} // namespace rectrack::ui
