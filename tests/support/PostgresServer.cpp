#include "PostgresServer.h"

#include "storage/Database.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <catch2/catch.hpp>

#include <pwd.h>
#include <unistd.h>

namespace rectrack::test {

namespace {
QString g_reason;
constexpr int Port = 5432;

QString binaryFolder() {
    for (const QString& dir : {QStringLiteral("/usr/lib/postgresql/15/bin"), QStringLiteral("/usr/lib/postgresql/16/bin")})
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    return {};
}

// Runs a server program, as "nobody" when this process is root.
int runServerTool(const QString& program, const QStringList& arguments, QString* output = nullptr) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (geteuid() == 0)
        process.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                                                             QStringLiteral("--clear-groups"), program} +
                                                     arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
} // namespace

bool testsOnServer() {
    return qEnvironmentVariable("RECTRACK_TEST_BACKEND") == u"postgresql";
}

QString PostgresServer::unavailableReason() {
    return g_reason;
}

PostgresServer* PostgresServer::shared() {
    static std::unique_ptr<PostgresServer> server;
    static bool tried = false;
    if (!tried) {
        tried = true;
        std::unique_ptr<PostgresServer> starting(new PostgresServer);
        if (starting->start())
            server = std::move(starting);
    }
    return server.get();
}

bool PostgresServer::start() {
    m_bin = binaryFolder();
    if (m_bin.isEmpty()) {
        g_reason = QStringLiteral("PostgreSQL's initdb was not found (install postgresql-15)");
        return false;
    }
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/rectrack-pg-XXXXXX"));
    dir.setAutoRemove(false);
    m_dir = dir.path();
    if (geteuid() == 0) {
        const passwd* nobody = getpwnam("nobody");
        if (!nobody || chown(QFile::encodeName(m_dir).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
            g_reason = QStringLiteral("cannot hand %1 to the user nobody").arg(m_dir);
            return false;
        }
    }
    QString log;
    if (runServerTool(m_bin + QStringLiteral("/initdb"),
                      {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-U"),
                       QString::fromLatin1(Administrator), QStringLiteral("-A"), QStringLiteral("trust"),
                       QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                       QStringLiteral("--no-sync")},
                      &log) != 0) {
        g_reason = QStringLiteral("initdb failed: %1").arg(log);
        return false;
    }
    // Members of the role password_users sign in with their password (SCRAM), as on an office's
    // server; the rest of the tests' roles are trusted on the socket.
    QFile hba(m_dir + QStringLiteral("/data/pg_hba.conf"));
    if (!hba.open(QIODevice::ReadWrite)) {
        g_reason = QStringLiteral("cannot write %1").arg(hba.fileName());
        return false;
    }
    const QByteArray rules = "local all +password_users scram-sha-256\n" + hba.readAll();
    hba.seek(0);
    hba.write(rules);
    hba.close();
    const QString settings = QStringLiteral("-k %1 -c listen_addresses='' -p %2 -c fsync=off "
                                            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
                                 .arg(m_dir)
                                 .arg(Port);
    if (runServerTool(m_bin + QStringLiteral("/pg_ctl"),
                      {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-D"), m_dir + QStringLiteral("/data"),
                       QStringLiteral("-l"), m_dir + QStringLiteral("/server.log"), QStringLiteral("-o"), settings},
                      &log) != 0) {
        g_reason = QStringLiteral("pg_ctl start failed: %1").arg(log);
        return false;
    }
    m_started = true;
    return true;
}

PostgresServer::~PostgresServer() {
    if (m_started)
        runServerTool(m_bin + QStringLiteral("/pg_ctl"),
                      {QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-D"),
                       m_dir + QStringLiteral("/data")});
    QDir(m_dir).removeRecursively();
}

QString PostgresServer::url(const QString& database, const QString& user) const {
    return QStringLiteral("postgresql://%1@localhost:%2/%3?host=%4")
        .arg(user.isEmpty() ? QString::fromLatin1(Administrator) : user)
        .arg(Port)
        .arg(database, QString::fromUtf8(QUrl::toPercentEncoding(m_dir)));
}

QString PostgresServer::newDatabase() {
    static QAtomicInt counter;
    static bool templateMade = false;
    QString output;
    // An empty ledger made once, copied for each test: making the schema costs more than copying it.
    if (!templateMade) {
        const int made = psql(QStringLiteral("postgres"), {}, QStringLiteral("CREATE DATABASE ledger_template"), &output);
        INFO(output.toStdString());
        REQUIRE(made == 0);
        Database::open(url(QStringLiteral("ledger_template")), Database::OpenMode::Create).reset();
        templateMade = true;
    }
    const QString name = QStringLiteral("ledger_%1").arg(counter.fetchAndAddRelaxed(1));
    const int copied =
        psql(QStringLiteral("postgres"), {}, QStringLiteral("CREATE DATABASE %1 TEMPLATE ledger_template").arg(name), &output);
    INFO(output.toStdString());
    REQUIRE(copied == 0);
    return url(name);
}

QStringList PostgresServer::connectionOptions() const {
    return {QStringLiteral("-h"), m_dir, QStringLiteral("-p"), QString::number(Port), QStringLiteral("-U"),
            QString::fromLatin1(Administrator)};
}

int PostgresServer::tool(const QString& program, const QStringList& arguments, QString* output) const {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_bin + u'/' + program, QStringList{QStringLiteral("-h"), m_dir, QStringLiteral("-p"), QString::number(Port),
                                                      QStringLiteral("-U"), QString::fromLatin1(Administrator)} +
                                              arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

int PostgresServer::psql(const QString& database, const QString& user, const QString& sql, QString* output,
                         const QString& password) const {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        process.setProcessEnvironment(environment);
    }
    process.start(m_bin + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                   QStringLiteral("-h"), m_dir, QStringLiteral("-p"), QString::number(Port), QStringLiteral("-U"),
                   user.isEmpty() ? QString::fromLatin1(Administrator) : user, QStringLiteral("-w"), QStringLiteral("-d"), database,
                   QStringLiteral("-At"), QStringLiteral("-c"), sql});
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

} // namespace rectrack::test
