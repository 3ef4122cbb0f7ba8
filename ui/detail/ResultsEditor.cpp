#include "ResultsEditor.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>

namespace rectrack::ui {

ResultsEditor::ResultsEditor(const QString& objectPrefix, QWidget* parent)
    : QGroupBox(tr("量化成效"), parent)
    , m_rules(new QSpinBox(this))
    , m_ruleTitles(new QPlainTextEdit(this))
    , m_recovered(new QLineEdit(this))
    , m_accountable(new QSpinBox(this))
    , m_fundsReturned(new QLineEdit(this)) {
    m_rules->setObjectName(objectPrefix + QStringLiteral("RulesMadeSpinBox"));
    m_ruleTitles->setObjectName(objectPrefix + QStringLiteral("RuleTitlesTextEdit"));
    m_recovered->setObjectName(objectPrefix + QStringLiteral("RecoveredLineEdit"));
    m_accountable->setObjectName(objectPrefix + QStringLiteral("AccountableSpinBox"));
    m_fundsReturned->setObjectName(objectPrefix + QStringLiteral("FundsReturnedLineEdit"));
    m_rules->setRange(0, 9999);
    m_accountable->setRange(0, 99999);
    m_ruleTitles->setPlaceholderText(tr("每行一个制度名称"));
    m_ruleTitles->setMaximumHeight(60);
    const auto* money = new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral(R"(-?\d{0,12}(\.\d{0,6})?)")), this);
    for (QLineEdit* edit : {m_recovered, m_fundsReturned}) {
        edit->setValidator(money);
        edit->setPlaceholderText(tr("万元，如 948.191724"));
    }
    auto* form = new QFormLayout(this);
    form->addRow(tr("制定制度（个）"), m_rules);
    form->addRow(tr("制度名称"), m_ruleTitles);
    form->addRow(tr("挽回经济损失（万元）"), m_recovered);
    form->addRow(tr("问责（人）"), m_accountable);
    form->addRow(tr("清退资金（万元）"), m_fundsReturned);
}

void ResultsEditor::setResult(const QuantifiedResult& result) {
    m_loaded = result;
    m_rules->setValue(result.rulesMade);
    m_ruleTitles->setPlainText(result.ruleTitles);
    m_recovered->setText(result.recovered.fen() == 0 ? QString() : result.recovered.toWanString());
    m_accountable->setValue(result.accountablePersons);
    m_fundsReturned->setText(result.fundsReturned.fen() == 0 ? QString()
                                                             : result.fundsReturned.toWanString());
}

std::optional<QuantifiedResult> ResultsEditor::result() const {
    QuantifiedResult r = m_loaded;
    r.rulesMade = m_rules->value();
    r.ruleTitles = m_ruleTitles->toPlainText().trimmed();
    r.accountablePersons = m_accountable->value();
    const auto parse = [](QLineEdit* edit) -> std::optional<Money> {
        if (edit->text().trimmed().isEmpty())
            return Money();
        return Money::parseWan(edit->text());
    };
    const auto recovered = parse(m_recovered);
    const auto returned = parse(m_fundsReturned);
    if (!recovered || !returned)
        return std::nullopt;
    r.recovered = *recovered;
    r.fundsReturned = *returned;
    return r;
}

} // namespace rectrack::ui
