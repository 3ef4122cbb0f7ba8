#include "ProgressFormsDialog.h"

#include "model/Error.h"
#include "services/Ledger.h"
#include "services/ProgressForms.h"
#include "storage/LedgerViews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rectrack::ui {


ProgressFormsDialog::ProgressFormsDialog(rectrack::Ledger& ledger, std::optional<Id> inspection, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_inspection(inspection) {
    setObjectName(QStringLiteral("progressFormsDialog"));
    setWindowTitle(tr("导出进展填报表"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("每个责任单位一份 Excel 填报表，列出该单位未完成的整改措施。单位只能填写“本次进展”“整改状态”"
                                "和“完成日期”。交回的填报表用“文件 → 导入”（或直接拖进窗口）导入，预览后作为修改记入台账，可撤销。"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("formUnitCombo"));
    m_unit->addItem(tr("全部单位（每个单位一份，存入文件夹）"));
    for (const Unit& u : ledger.units().units())
        m_unit->addItem(u.name, u.id);
    form->addRow(tr("责任单位："), m_unit);
    m_onlyInspection = new QCheckBox(this);
    m_onlyInspection->setObjectName(QStringLiteral("formOnlyInspection"));
    if (inspection) {
        m_onlyInspection->setText(tr("只含当前巡察：%1").arg(ledger.inspections().inspection(*inspection).title));
        m_onlyInspection->setChecked(true);
    } else {
        m_onlyInspection->setText(tr("只含当前巡察（未选巡察）"));
        m_onlyInspection->setEnabled(false);
    }
    form->addRow(tr("范围："), m_onlyInspection);
    layout->addLayout(form);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("formResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_result);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("导出…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("formExportButton"));
    connect(exportButton, &QPushButton::clicked, this, &ProgressFormsDialog::chooseAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

std::optional<Id> ProgressFormsDialog::chosenUnit() const {
    const QVariant id = m_unit->currentData();
    return id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

int ProgressFormsDialog::exportTo(const QString& path) {
    LedgerFilter scope;
    if (m_inspection && m_onlyInspection->isChecked())
        scope.inspectionId = m_inspection;
    const LedgerViews views = m_ledger.views();
    if (const auto unit = chosenUnit()) {
        writeProgressForm(views, m_ledger.units().unit(*unit), scope, path);
        return 1;
    }
    const int written = static_cast<int>(writeProgressForms(views, m_ledger.units().units(), scope, path).size());
    if (written == 0)
        throw Error(Error::Kind::NotFound, tr("没有单位有未完成的整改措施，不需要填报表。"));
    return written;
}

void ProgressFormsDialog::chooseAndExport() {
    const auto unit = chosenUnit();
    const QString path =
        unit ? QFileDialog::getSaveFileName(this, tr("保存进展填报表"), progressFormFileName(m_unit->currentText()), tr("Excel 工作簿 (*.xlsx)"))
             : QFileDialog::getExistingDirectory(this, tr("选择存放各单位填报表的文件夹"));
    if (path.isEmpty())
        return;
    try {
        const int written = exportTo(path);
        m_result->setText(unit ? tr("已导出：%1").arg(path) : tr("已导出 %1 份填报表到 %2").arg(written).arg(path));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("无法导出"), e.message());
    }
}

} // namespace rectrack::ui
