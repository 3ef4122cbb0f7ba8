#pragma once
// 文件 → 连接服务器…: an office's ledger on a PostgreSQL server. Host, port, database and
// account, the connection's sslmode, the recent servers (remembered without their passwords)
// and, when the user asks, the password kept in the desktop's keyring. 连接 checks the
// connection there and then: a wrong password or an unreachable server is said in the dialog.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace rectrack::ui {

class ConnectServerDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectServerDialog(QWidget* parent = nullptr);

    // After accept(): the server's URL as shown (no password in it), and the password given.
    QString server() const { return m_server; }
    QString password() const { return m_passwordGiven; }

    // The servers connected to before, newest first.
    static QStringList recentServers();

    void accept() override;

private:
    void fillFrom(const QString& server);
    void showError(const QString& text);
    QString location(bool withPassword) const;

    QComboBox* m_recent;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_sslMode;
    QCheckBox* m_keep;
    QLabel* m_error;
    QString m_server;
    QString m_passwordGiven;
};

} // namespace rectrack::ui
