#include "AccountsDialog.h"

#include "main/Editor.h"
#include "services/Ledger.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

namespace {
QStringList roleLabels() {
    QStringList labels;
    for (int i = 0; i < enumCount<Role>(); ++i)
        labels << label(static_cast<Role>(i));
    return labels;
}
} // namespace

AccountsDialog::AccountsDialog(Editor& editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_table(new QTableWidget(this)) {
    setObjectName(QStringLiteral("accountsDialog"));
    setWindowTitle(tr("账号与角色"));
    m_table->setObjectName(QStringLiteral("accountsTableWidget"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("用户名"), tr("角色"), tr("状态")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();

    auto* buttons = new QHBoxLayout;
    const auto button = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("添加…"), QStringLiteral("addAccountButton"), [this] { add(); });
    button(tr("改角色…"), QStringLiteral("changeRoleButton"), [this] { changeRole(); });
    button(tr("重设密码…"), QStringLiteral("resetPasswordButton"), [this] { resetPassword(); });
    button(tr("停用/启用"), QStringLiteral("toggleAccountButton"), [this] { toggleActive(); });
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* help = new QLabel(tr("工作人员：录入和修改台账、申请销号；审核人：审核销号、回头看；领导：只读；管理员：全部，含账号与设置。"
                               "<br>数据库有了账号之后，每次启动都要登录。"),
                            this);
    help->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(close);
    resize(560, 420);
    reload();
}

void AccountsDialog::reload() {
    const QList<Account> accounts = m_editor.ledger().accounts().accounts();
    m_table->setRowCount(static_cast<int>(accounts.size()));
    for (int r = 0; r < accounts.size(); ++r) {
        auto* name = new QTableWidgetItem(accounts[r].name);
        name->setData(Qt::UserRole, accounts[r].id);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(label(accounts[r].role)));
        m_table->setItem(r, 2, new QTableWidgetItem(accounts[r].active ? tr("启用") : tr("已停用")));
    }
}

std::optional<qint64> AccountsDialog::selected() const {
    const int row = m_table->currentRow();
    if (row < 0)
        return std::nullopt;
    return m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

void AccountsDialog::add() {
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("添加账号"), tr("用户名："), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const QString role = QInputDialog::getItem(this, tr("添加账号"), tr("角色："), roleLabels(), 0, false, &ok);
    if (!ok)
        return;
    const QString password =
        QInputDialog::getText(this, tr("添加账号"), tr("初始密码（至少 8 个字符）："), QLineEdit::Password, {}, &ok);
    if (!ok)
        return;
    m_editor.apply(Changes::addAccount(name, static_cast<Role>(roleLabels().indexOf(role)), password));
    reload();
}

void AccountsDialog::changeRole() {
    const auto id = selected();
    if (!id)
        return;
    bool ok = false;
    const QString role = QInputDialog::getItem(this, tr("改角色"), tr("新角色："), roleLabels(), 0, false, &ok);
    if (ok)
        m_editor.apply(Changes::setRole(*id, static_cast<Role>(roleLabels().indexOf(role))));
    reload();
}

void AccountsDialog::resetPassword() {
    const auto id = selected();
    if (!id)
        return;
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("重设密码"), tr("新密码（至少 8 个字符）："), QLineEdit::Password, {}, &ok);
    if (ok)
        m_editor.apply(Changes::setPassword(*id, password));
}

void AccountsDialog::toggleActive() {
    const auto id = selected();
    if (!id)
        return;
    const bool active = m_table->item(m_table->currentRow(), 2)->text() == tr("启用");
    m_editor.apply(Changes::setActive(*id, !active));
    reload();
}

} // namespace rectrack::ui
