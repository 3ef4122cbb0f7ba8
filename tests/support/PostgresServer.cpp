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

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rectrack::test {

namespace {
QString g_reason;

// A TCP port nobody listens on now, for the server's 127.0.0.1 (its socket file is named by it
// too): two test programs running at once each get their own.
int freePort() {
    const int probe = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    int port = 5432;
    if (probe >= 0 && bind(probe, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
        getsockname(probe, reinterpret_cast<sockaddr*>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (probe >= 0)
        close(probe);
    return port;
}

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
    // Over TCP (127.0.0.1 only), TLS is required of everyone.
    const QByteArray rules = "local all +password_users scram-sha-256\n"
                             "hostnossl all all all reject\n"
                             "hostssl all +password_users 127.0.0.1/32 scram-sha-256\n" +
                             hba.readAll();
    hba.seek(0);
    hba.write(rules);
    hba.close();
    // TLS on 127.0.0.1, as an office's server has it: a certificate for localhost made here (the
    // rules above take TCP connections over TLS only).
    m_port = freePort();
    const QString data = m_dir + QStringLiteral("/data");
    const bool tls = runServerTool(QStringLiteral("openssl"),
                                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                                    QStringLiteral("-days"), QStringLiteral("30"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                                    QStringLiteral("-keyout"), data + QStringLiteral("/server.key"), QStringLiteral("-out"),
                                    data + QStringLiteral("/server.crt")},
                                   &log) == 0;
    if (tls)
        m_certificate = data + QStringLiteral("/server.crt");
    else
        m_noTls = QStringLiteral("openssl could not make a certificate: %1").arg(log);
    const QString settings = QStringLiteral("-k %1 -c listen_addresses='%2' -p %3 -c fsync=off "
                                            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200%4")
                                 .arg(m_dir, tls ? QStringLiteral("127.0.0.1") : QString())
                                 .arg(m_port)
                                 .arg(tls ? QStringLiteral(" -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key")
                                          : QString());
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
        .arg(m_port)
        .arg(database, QString::fromUtf8(QUrl::toPercentEncoding(m_dir)));
}

QString PostgresServer::tlsUrl(const QString& database, const QString& user, const QString& sslmode) const {
    if (m_certificate.isEmpty())
        return {};
    return QStringLiteral("postgresql://%1@localhost:%2/%3?sslmode=%4&sslrootcert=%5")
        .arg(user.isEmpty() ? QString::fromLatin1(Administrator) : user)
        .arg(m_port)
        .arg(database, sslmode, QString::fromUtf8(QUrl::toPercentEncoding(m_certificate)));
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
    return {QStringLiteral("-h"), m_dir, QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
            QString::fromLatin1(Administrator)};
}

int PostgresServer::tool(const QString& program, const QStringList& arguments, QString* output) const {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_bin + u'/' + program, QStringList{QStringLiteral("-h"), m_dir, QStringLiteral("-p"), QString::number(m_port),
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
                   QStringLiteral("-h"), m_dir, QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                   user.isEmpty() ? QString::fromLatin1(Administrator) : user, QStringLiteral("-w"), QStringLiteral("-d"), database,
                   QStringLiteral("-At"), QStringLiteral("-c"), sql});
    if (!process.waitForFinished(60000))
        return -1;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return process.exitCode();
}

} // namespace rectrack::test
