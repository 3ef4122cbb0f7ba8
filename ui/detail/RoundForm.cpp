#include "RoundForm.h"

#include "common/Choosers.h"
#include "main/Editor.h"
#include "services/Ledger.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rectrack::ui {

RoundForm::RoundForm(Editor& editor, QWidget* parent)
    : RecordForm(parent)
    , m_editor(editor)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_level(new QLineEdit(this))
    , m_year(new QSpinBox(this)) {
    m_name->setObjectName(QStringLiteral("roundNameLineEdit"));
    m_kind->setObjectName(QStringLiteral("roundKindComboBox"));
    m_level->setObjectName(QStringLiteral("roundLevelLineEdit"));
    m_year->setObjectName(QStringLiteral("roundYearSpinBox"));
    m_name->setPlaceholderText(tr("如：十三届市委第六轮巡察"));
    m_level->setPlaceholderText(tr("如：省委、市委、县委"));
    m_year->setRange(0, 2999);
    m_year->setSpecialValueText(tr("未填"));
    fillEnum<InspectionKind>(m_kind);

    auto* title = new QLabel(tr("<h3>巡视巡察轮次</h3>"), this);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("轮次名称"), m_name);
    form->addRow(tr("类型"), m_kind);
    form->addRow(tr("层级"), m_level);
    form->addRow(tr("年度"), m_year);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(makeButtonRow(QStringLiteral("round")));
    layout->addStretch();

    watch(m_name);
    watch(m_kind);
    watch(m_level);
    watch(m_year);
}

void RoundForm::load(Id roundId) {
    m_round.id = roundId;
    reload();
}

void RoundForm::focusFirstField() {
    m_name->setFocus();
    m_name->selectAll();
}

void RoundForm::reload() {
    beginLoading();
    m_round = m_editor.ledger().inspections().round(m_round.id);
    m_name->setText(m_round.name);
    selectEnum(m_kind, m_round.kind);
    m_level->setText(m_round.level);
    m_year->setValue(m_round.year);
    loaded();
}

bool RoundForm::apply() {
    InspectionRound r = m_round;
    r.name = m_name->text();
    r.kind = enumValue<InspectionKind>(m_kind);
    r.level = m_level->text().trimmed();
    r.year = m_year->value();
    return m_editor.updateRound(r);
}

} // namespace rectrack::ui
