#pragma once
// 账号与角色 (administrators): add accounts, change roles, reset passwords, disable and
// enable. The first account of a database is always an administrator.

#include <QDialog>

class QTableWidget;

namespace rectrack::ui {

class Editor;

class AccountsDialog : public QDialog {
    Q_OBJECT
public:
    AccountsDialog(Editor& editor, QWidget* parent = nullptr);

private:
    void reload();
    std::optional<qint64> selected() const;
    void add();
    void changeRole();
    void resetPassword();
    void toggleActive();

    Editor& m_editor;
    QTableWidget* m_table;
};

} // namespace rectrack::ui
