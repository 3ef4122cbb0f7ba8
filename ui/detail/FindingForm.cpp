#include "FindingForm.h"

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
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rectrack::ui {

FindingForm::FindingForm(Editor& editor, QWidget* parent)
    : RecordForm(parent)
    , m_editor(editor)
    , m_kind(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_status(new QComboBox(this))
    , m_statusHint(new QLabel(this))
    , m_deadline(new DeadlineEditor(QStringLiteral("finding"), this))
    , m_leader(new QComboBox(this))
    , m_leadUnit(new QComboBox(this))
    , m_coUnits(new QListWidget(this))
    , m_outcome(new QPlainTextEdit(this))
    , m_difficulties(new QPlainTextEdit(this))
    , m_withheld(new QComboBox(this))
    , m_results(new ResultsEditor(QStringLiteral("finding"), this))
    , m_workflow(new QLabel(this)) {
    m_kind->setObjectName(QStringLiteral("findingKindComboBox"));
    m_number->setObjectName(QStringLiteral("findingNumberLineEdit"));
    m_category->setObjectName(QStringLiteral("findingCategoryComboBox"));
    m_title->setObjectName(QStringLiteral("findingTitleLineEdit"));
    m_description->setObjectName(QStringLiteral("findingDescriptionTextEdit"));
    m_status->setObjectName(QStringLiteral("findingStatusComboBox"));
    m_leader->setObjectName(QStringLiteral("findingLeaderComboBox"));
    m_leadUnit->setObjectName(QStringLiteral("findingLeadUnitComboBox"));
    m_coUnits->setObjectName(QStringLiteral("findingCoUnitsListWidget"));
    m_outcome->setObjectName(QStringLiteral("findingOutcomeTextEdit"));
    m_difficulties->setObjectName(QStringLiteral("findingDifficultiesTextEdit"));
    m_workflow->setObjectName(QStringLiteral("findingWorkflowLabel"));
    m_withheld->setObjectName(QStringLiteral("findingWithheldComboBox"));
    // The reasons are the ledger's words (Chinese whatever the interface language); another
    // reason may be typed.
    m_withheld->setEditable(true);
    m_withheld->addItems({QString(), QStringLiteral("涉密"), QStringLiteral("正在查办"), QStringLiteral("个人隐私")});
    m_withheld->lineEdit()->setPlaceholderText(tr("公开（公开版通报列出此项）"));
    m_withheld->setToolTip(tr("选一个理由，此项的内容就不出现在公开版通报中；内部版照常列出"));
    fillEnum<FindingKind>(m_kind);
    fillEnum<Status>(m_status);
    m_number->setMaximumWidth(120);
    for (QPlainTextEdit* edit : {m_description, m_outcome, m_difficulties}) {
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(54);
        edit->setMaximumHeight(120);
    }
    m_coUnits->setMaximumHeight(90);
    m_statusHint->setWordWrap(true);
    m_statusHint->setStyleSheet(QStringLiteral("color: #546e7a;"));
    m_workflow->setWordWrap(true);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("类型"), m_kind);
    form->addRow(tr("序号"), m_number);
    form->addRow(tr("问题类别"), m_category);
    form->addRow(tr("标题"), m_title);
    form->addRow(tr("问题描述"), m_description);
    form->addRow(tr("整改状态"), m_status);
    form->addRow(QString(), m_statusHint);
    form->addRow(tr("整改时限"), m_deadline);
    form->addRow(tr("责任领导"), m_leader);
    form->addRow(tr("牵头单位"), m_leadUnit);
    form->addRow(tr("配合单位"), m_coUnits);
    form->addRow(tr("整改成效"), m_outcome);
    form->addRow(tr("存在的困难"), m_difficulties);
    form->addRow(tr("不公开的理由"), m_withheld);
    form->addRow(tr("对账销号"), m_workflow);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>反馈问题</h3>"), this));
    layout->addLayout(form);
    layout->addWidget(m_results);
    layout->addWidget(makeButtonRow(QStringLiteral("finding")));
    layout->addStretch();

    watch(m_kind);
    watch(m_number);
    watch(m_category);
    watch(m_title);
    watch(m_description);
    watch(m_status);
    connect(m_deadline, &DeadlineEditor::changed, this, &FindingForm::markDirty);
    watch(m_leader);
    watch(m_leadUnit);
    watch(m_coUnits);
    watch(m_outcome);
    watch(m_difficulties);
    connect(m_withheld, &QComboBox::currentTextChanged, this, &FindingForm::markDirty);
    watch(m_results->rulesSpin());
    watch(m_results->ruleTitlesEdit());
    watch(m_results->recoveredEdit());
    watch(m_results->accountableSpin());
    watch(m_results->fundsReturnedEdit());
}

void FindingForm::load(Id findingId) {
    m_finding.id = findingId;
    reload();
}

void FindingForm::focusFirstField() {
    m_title->setFocus();
    m_title->selectAll();
}

void FindingForm::reload() {
    beginLoading();
    Ledger& ledger = m_editor.ledger();
    m_finding = ledger.findings().finding(m_finding.id);
    const FindingRow row = ledger.findings().findingRow(m_finding.id);
    m_hasMeasures = row.measureCount > 0;
    fillCategories(m_category, ledger, m_finding.inspectionId, tr("（无类别）"));
    fillPersons(m_leader, ledger, tr("（未指定）"));
    fillUnits(m_leadUnit, ledger, tr("（未指定）"));

    selectEnum(m_kind, m_finding.kind);
    m_number->setText(m_finding.number);
    selectId(m_category, m_finding.categoryId);
    m_title->setText(m_finding.title);
    m_description->setPlainText(m_finding.description);
    selectEnum(m_status, m_finding.status);
    m_status->setEnabled(!m_hasMeasures);
    m_statusHint->setText(
        m_hasMeasures ? tr("由 %1 条整改措施决定：已完成 %2 条").arg(row.measureCount).arg(row.measuresClosed)
                      : tr("没有整改措施时可直接设置"));
    m_deadline->setDeadline(m_finding.deadline);
    selectId(m_leader, m_finding.leaderId);
    selectId(m_leadUnit, m_finding.leadUnitId);
    m_coUnits->clear();
    for (const Unit& u : ledger.units().units()) {
        auto* item = new QListWidgetItem(u.name, m_coUnits);
        item->setData(Qt::UserRole, u.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_finding.coUnitIds.contains(u.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_outcome->setPlainText(m_finding.outcome);
    m_difficulties->setPlainText(m_finding.difficulties);
    m_withheld->setCurrentText(m_finding.withheld);
    m_results->setResult(ledger.activity().result(m_finding.id, std::nullopt));
    QString workflow = label(m_finding.signOff);
    if (m_finding.reopened)
        workflow += tr("；回头看发现反弹，已重新整改");
    m_workflow->setText(workflow);
    loaded();
}

bool FindingForm::apply() {
    const auto result = m_results->result();
    if (!result) {
        QMessageBox::warning(this, tr("无法保存"), tr("金额应为数字，单位万元，最多六位小数。"));
        return false;
    }
    Finding f = m_finding;
    f.kind = enumValue<FindingKind>(m_kind);
    f.number = m_number->text();
    f.categoryId = selectedId(m_category);
    f.title = m_title->text();
    f.description = m_description->toPlainText();
    f.status = enumValue<Status>(m_status);
    f.deadline = m_deadline->deadline();
    f.leaderId = selectedId(m_leader);
    f.leadUnitId = selectedId(m_leadUnit);
    f.coUnitIds.clear();
    for (int i = 0; i < m_coUnits->count(); ++i)
        if (m_coUnits->item(i)->checkState() == Qt::Checked)
            f.coUnitIds.append(m_coUnits->item(i)->data(Qt::UserRole).toLongLong());
    f.outcome = m_outcome->toPlainText();
    f.difficulties = m_difficulties->toPlainText();
    f.withheld = m_withheld->currentText().trimmed();
    return m_editor.updateFinding(f, *result);
}

} // namespace rectrack::ui
