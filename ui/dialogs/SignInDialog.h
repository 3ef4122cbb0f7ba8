#pragma once
// 登录: asked on start when the database has accounts. The program acts as the account
// signed in, with its role, until it closes.

#include <QDialog>

class QLabel;
class QLineEdit;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class SignInDialog : public QDialog {
    Q_OBJECT
public:
    SignInDialog(rectrack::Ledger& ledger, QWidget* parent = nullptr);
    void accept() override; // signs in, or says why not and stays open

private:
    rectrack::Ledger& m_ledger;
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLabel* m_error;
};

} // namespace rectrack::ui
