#include "LedgerInstance.h"

#include "storage/postgres/PostgresDatabase.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QUrl>

#include <unistd.h>

namespace rectrack::ui {

namespace {
constexpr auto Raise = "raise\n";

// The same ledger however it was named: a file by its canonical path (links and ../ resolved), a
// server by its host, port, database and account (never its password).
QString ledgerKey(const QString& location) {
    if (ServerLocation::isServer(location)) {
        QUrl url(location);
        url.setPassword(QString());
        return url.toString();
    }
    const QFileInfo file(location);
    const QString canonical = file.canonicalFilePath();
    return canonical.isEmpty() ? file.absoluteFilePath() : canonical;
}
} // namespace

LedgerInstance::LedgerInstance(const QString& location, QObject* parent)
    : QObject(parent)
    , m_name(socketName(location)) {}

LedgerInstance::~LedgerInstance() = default;

QString LedgerInstance::socketName(const QString& location) {
    const QByteArray digest = QCryptographicHash::hash(ledgerKey(location).toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("rectrack-%1-%2").arg(getuid()).arg(QString::fromLatin1(digest.left(24)));
}

bool LedgerInstance::handOver() const {
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(1000))
        return false; // nobody, or a socket left behind by a program that is gone
    socket.write(Raise);
    return socket.waitForBytesWritten(1000);
}

bool LedgerInstance::listen() {
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // left behind by a program that was killed (handOver found nobody there): taken over
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            qWarning("rectrack: cannot listen on %s: %s", qUtf8Printable(m_name), qUtf8Printable(m_server->errorString()));
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* other = m_server->nextPendingConnection()) {
            connect(other, &QLocalSocket::readyRead, this, [this, other] {
                if (other->readAll().contains(Raise))
                    emit raiseRequested();
                other->disconnectFromServer();
            });
            connect(other, &QLocalSocket::disconnected, other, &QObject::deleteLater);
        }
    });
    return true;
}

} // namespace rectrack::ui
