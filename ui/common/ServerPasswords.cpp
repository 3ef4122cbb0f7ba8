#include "ServerPasswords.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace rectrack::ui::ServerPasswords {

namespace {
const QString Service = QStringLiteral("Rectrack 整改台账");

// Runs a keyring job to its end; whether it succeeded.
bool finished(QKeychain::Job& job) {
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}
} // namespace

std::optional<QString> read(const QString& server) {
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(server);
    if (!finished(job))
        return std::nullopt;
    return job.textData();
}

QString write(const QString& server, const QString& password) {
    QKeychain::WritePasswordJob job(Service);
    job.setKey(server);
    job.setTextData(password);
    return finished(job) ? QString() : job.errorString();
}

void forget(const QString& server) {
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(server);
    finished(job);
}

} // namespace rectrack::ui::ServerPasswords
