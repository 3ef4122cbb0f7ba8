#pragma once

#include "domain/Entities.h"

#include <QGroupBox>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rectrack::ui {

// 量化成效: rules made (with titles), money recovered and funds returned in 万元 (exact),
// people held accountable.
class ResultsEditor : public QGroupBox {
    Q_OBJECT
public:
    ResultsEditor(const QString& objectPrefix, QWidget* parent = nullptr);
    void setResult(const QuantifiedResult& result);
    // The edited result; nullopt (and the offending field marked) when a sum is not a number.
    std::optional<QuantifiedResult> result() const;

    QSpinBox* rulesSpin() const { return m_rules; }
    QLineEdit* recoveredEdit() const { return m_recovered; }
    QSpinBox* accountableSpin() const { return m_accountable; }
    QLineEdit* fundsReturnedEdit() const { return m_fundsReturned; }
    QPlainTextEdit* ruleTitlesEdit() const { return m_ruleTitles; }

private:
    QuantifiedResult m_loaded;
    QSpinBox* m_rules;
    QPlainTextEdit* m_ruleTitles;
    QLineEdit* m_recovered;
    QSpinBox* m_accountable;
    QLineEdit* m_fundsReturned;
};

} // namespace rectrack::ui
