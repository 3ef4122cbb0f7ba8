#include "ConnectServerDialog.h"

#include "common/ServerPasswords.h"
#include "model/Error.h"
#include "storage/Database.h"
#include "storage/postgres/PostgresDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>

namespace rectrack::ui {

namespace {
const QString RecentKey = QStringLiteral("servers/recent");
constexpr int RecentKept = 8;

void rememberRecent(const QString& server) {
    QStringList recent = ConnectServerDialog::recentServers();
    recent.removeAll(server);
    recent.prepend(server);
    QSettings().setValue(RecentKey, QStringList(recent.mid(0, RecentKept)));
}
} // namespace

QStringList ConnectServerDialog::recentServers() {
    return QSettings().value(RecentKey).toStringList();
}

ConnectServerDialog::ConnectServerDialog(QWidget* parent)
    : QDialog(parent)
    , m_recent(new QComboBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_keep(new QCheckBox(tr("把密码保存在本机的钥匙串中"), this))
    , m_error(new QLabel(this)) {
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("连接服务器上的台账"));
    m_recent->setObjectName(QStringLiteral("recentServersComboBox"));
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_database->setObjectName(QStringLiteral("databaseLineEdit"));
    m_user->setObjectName(QStringLiteral("accountLineEdit"));
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_sslMode->setObjectName(QStringLiteral("sslModeComboBox"));
    m_keep->setObjectName(QStringLiteral("keepPasswordCheckBox"));
    m_error->setObjectName(QStringLiteral("connectErrorLabel"));

    m_recent->addItem(tr("（新的服务器）"));
    for (const QString& server : recentServers())
        m_recent->addItem(server, server);
    m_host->setPlaceholderText(tr("服务器的名称或地址，如 dbserver 或 192.168.1.20"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(tr("台账所在的数据库，如 ledger"));
    m_user->setPlaceholderText(tr("您在服务器上的账号"));
    m_password->setEchoMode(QLineEdit::Password);
    // libpq's modes: prefer encrypts when the server offers it; verify-full also checks its certificate
    for (const QString& mode : {QStringLiteral("prefer"), QStringLiteral("require"), QStringLiteral("verify-full"),
                                QStringLiteral("verify-ca"), QStringLiteral("disable")})
        m_sslMode->addItem(mode, mode);
    m_sslMode->setToolTip(tr("prefer：服务器支持时加密；require：必须加密；verify-full：加密并核对服务器证书；disable：不加密"));
    m_keep->setToolTip(tr("不勾选时，密码只用于这次连接，不保存在任何地方"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828"));
    m_error->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("连接"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("connectButton"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("最近连接过"), m_recent);
    form->addRow(tr("服务器"), m_host);
    form->addRow(tr("端口"), m_port);
    form->addRow(tr("数据库"), m_database);
    form->addRow(tr("账号"), m_user);
    form->addRow(tr("密码"), m_password);
    form->addRow(tr("加密（sslmode）"), m_sslMode);
    form->addRow(m_keep);
    form->addRow(m_error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectServerDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recent, &QComboBox::currentIndexChanged, this, [this] {
        if (const QString server = m_recent->currentData().toString(); !server.isEmpty())
            fillFrom(server);
    });
    setMinimumWidth(460);
    if (m_recent->count() > 1)
        m_recent->setCurrentIndex(1); // the last one, filled in
}

void ConnectServerDialog::showError(const QString& text) {
    m_error->setText(text);
    adjustSize(); // a long message wraps onto more lines: the dialog grows to show it whole
}

void ConnectServerDialog::fillFrom(const QString& server) {
    try {
        const ServerLocation location = ServerLocation::parse(server);
        m_host->setText(location.host);
        m_port->setValue(location.port);
        m_database->setText(location.database);
        m_user->setText(location.user);
        QString mode = QStringLiteral("prefer");
        for (const QString& option : location.options)
            if (option.startsWith(QStringLiteral("sslmode=")))
                mode = option.mid(8);
        m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(mode)));
        const auto kept = ServerPasswords::read(server);
        m_password->setText(kept.value_or(QString()));
        m_keep->setChecked(kept.has_value());
        m_error->clear();
    } catch (const Error& e) {
        showError(e.message());
    }
}

QString ConnectServerDialog::location(bool withPassword) const {
    ServerLocation location;
    location.host = m_host->text().trimmed();
    location.port = m_port->value();
    location.database = m_database->text().trimmed();
    location.user = m_user->text().trimmed();
    if (const QString mode = m_sslMode->currentData().toString(); mode != u"prefer")
        location.options << QStringLiteral("sslmode=") + mode;
    QUrl url(location.display());
    if (withPassword && !m_password->text().isEmpty())
        url.setPassword(m_password->text());
    return url.toString();
}

void ConnectServerDialog::accept() {
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() ||
        m_user->text().trimmed().isEmpty()) {
        showError(tr("请填写服务器、数据库和账号。"));
        return;
    }
    showError(tr("正在连接…"));
    m_error->repaint();
    try {
        ServerLocation::parse(location(false)); // what is wrong with it, in words
        Database::open(location(true), Database::OpenMode::Existing).reset(); // reaches it, a ledger, signed in
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    m_server = location(false);
    m_passwordGiven = m_password->text();
    rememberRecent(m_server);
    if (!m_keep->isChecked()) {
        ServerPasswords::forget(m_server);
    } else if (const QString why = ServerPasswords::write(m_server, m_passwordGiven); !why.isEmpty()) {
        showError(tr("已连接，但密码没能保存到钥匙串（%1）。下次连接时请再输入密码。").arg(why));
        m_keep->setChecked(false);
        return; // said once; 连接 again goes on without keeping it
    }
    QDialog::accept();
}

} // namespace rectrack::ui
