#include "SignInDialog.h"

#include "services/Ledger.h"
#include "model/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rectrack::ui {

SignInDialog::SignInDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent)
    , m_ledger(ledger)
    , m_name(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("登录整改台账"));
    m_name->setObjectName(QStringLiteral("userNameLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("登录"));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("数据库：%1").arg(ledger.database().path()), this));
    form->addRow(tr("用户名"), m_name);
    form->addRow(tr("密码"), m_password);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(380);
}

void SignInDialog::accept() {
    try {
        m_ledger.signIn(m_name->text(), m_password->text());
        QDialog::accept();
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_password->clear();
        m_password->setFocus();
    }
}

} // namespace rectrack::ui
