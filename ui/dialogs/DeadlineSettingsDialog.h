#pragma once
// 时限提醒设置: how many days ahead a deadline counts as "due soon", whether those are
// working days, and the holiday calendar file (kept in the database, for every user).

#include <QDialog>

class QCheckBox;
class QLabel;
class QSpinBox;

namespace rectrack::ui {

class Editor;

class DeadlineSettingsDialog : public QDialog {
    Q_OBJECT
public:
    DeadlineSettingsDialog(Editor& editor, QWidget* parent = nullptr);
    void accept() override;

private:
    void importCalendar();
    void showCalendar();

    Editor& m_editor;
    QSpinBox* m_days;
    QCheckBox* m_workingDays;
    QLabel* m_calendar;
};

} // namespace rectrack::ui
