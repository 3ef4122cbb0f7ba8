#pragma once

#include "RecordForm.h"
#include "domain/Entities.h"

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace rectrack::ui {

class Editor;

// 巡视/巡察轮次: name, 巡视 or 巡察, level, year.
class RoundForm : public RecordForm {
    Q_OBJECT
public:
    RoundForm(Editor& editor, QWidget* parent = nullptr);
    void load(Id roundId);
    Id roundId() const { return m_round.id; }
    void focusFirstField();

protected:
    bool apply() override;
    void reload() override;

private:
    Editor& m_editor;
    InspectionRound m_round;
    QLineEdit* m_name;
    QComboBox* m_kind;
    QLineEdit* m_level;
    QSpinBox* m_year;
};

} // namespace rectrack::ui
