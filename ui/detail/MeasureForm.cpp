#include "MeasureForm.h"

#include "DeadlineEditor.h"
#include "ResultsEditor.h"
#include "common/Choosers.h"
#include "common/OptionalDateEdit.h"
#include "main/Editor.h"
#include "services/Ledger.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rectrack::ui {

MeasureForm::MeasureForm(Editor& editor, QWidget* parent)
    : RecordForm(parent)
    , m_editor(editor)
    , m_findingLabel(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_unit(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_deadline(new DeadlineEditor(QStringLiteral("measure"), this))
    , m_status(new QComboBox(this))
    , m_completed(new OptionalDateEdit(this))
    , m_results(new ResultsEditor(QStringLiteral("measure"), this)) {
    m_text->setObjectName(QStringLiteral("measureTextEdit"));
    m_unit->setObjectName(QStringLiteral("measureUnitComboBox"));
    m_person->setObjectName(QStringLiteral("measurePersonComboBox"));
    m_status->setObjectName(QStringLiteral("measureStatusComboBox"));
    m_completed->setObjectName(QStringLiteral("measureCompletedDateEdit"));
    m_findingLabel->setObjectName(QStringLiteral("measureFindingLabel"));
    m_findingLabel->setWordWrap(true);
    m_text->setTabChangesFocus(true);
    m_text->setMinimumHeight(70);
    m_text->setMaximumHeight(160);
    fillEnum<Status>(m_status);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("所属问题"), m_findingLabel);
    form->addRow(tr("措施内容"), m_text);
    form->addRow(tr("责任单位"), m_unit);
    form->addRow(tr("责任人"), m_person);
    form->addRow(tr("整改时限"), m_deadline);
    form->addRow(tr("整改状态"), m_status);
    form->addRow(tr("完成日期"), m_completed);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>整改措施</h3>"), this));
    layout->addLayout(form);
    layout->addWidget(m_results);
    layout->addWidget(makeButtonRow(QStringLiteral("measure")));
    layout->addStretch();

    watch(m_text);
    watch(m_unit);
    watch(m_person);
    connect(m_deadline, &DeadlineEditor::changed, this, &MeasureForm::markDirty);
    watch(m_status);
    watch(m_completed);
    watch(m_results->rulesSpin());
    watch(m_results->ruleTitlesEdit());
    watch(m_results->recoveredEdit());
    watch(m_results->accountableSpin());
    watch(m_results->fundsReturnedEdit());
    connect(m_status, &QComboBox::currentIndexChanged, this,
            [this] { m_completed->setEnabled(isClosed(enumValue<Status>(m_status))); });
}

void MeasureForm::load(Id measureId) {
    m_measure.id = measureId;
    reload();
}

void MeasureForm::focusFirstField() {
    m_text->setFocus();
    m_text->selectAll();
}

void MeasureForm::reload() {
    beginLoading();
    Ledger& ledger = m_editor.ledger();
    m_measure = ledger.findings().measure(m_measure.id);
    const Finding finding = ledger.findings().finding(m_measure.findingId);
    m_findingLabel->setText(QStringLiteral("%1　%2").arg(finding.number, finding.title));
    fillUnits(m_unit, ledger, tr("（未指定）"));
    fillPersons(m_person, ledger, tr("（未指定）"));
    m_text->setPlainText(m_measure.text);
    selectId(m_unit, m_measure.unitId);
    selectId(m_person, m_measure.personId);
    m_deadline->setDeadline(m_measure.deadline);
    selectEnum(m_status, m_measure.status);
    m_completed->setOptionalDate(m_measure.completedDate);
    m_completed->setEnabled(isClosed(m_measure.status));
    m_results->setResult(ledger.activity().result(m_measure.findingId, m_measure.id));
    loaded();
}

bool MeasureForm::apply() {
    const auto result = m_results->result();
    if (!result) {
        QMessageBox::warning(this, tr("无法保存"), tr("金额应为数字，单位万元，最多六位小数。"));
        return false;
    }
    Measure m = m_measure;
    m.text = m_text->toPlainText();
    m.unitId = selectedId(m_unit);
    m.personId = selectedId(m_person);
    m.deadline = m_deadline->deadline();
    m.status = enumValue<Status>(m_status);
    m.completedDate = m_completed->optionalDate();
    return m_editor.updateMeasure(m, *result);
}

} // namespace rectrack::ui
