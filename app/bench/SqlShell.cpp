#include "SqlShell.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStandardPaths>
#include <sqlite3.h>

#include "storage/postgres/PostgresDatabase.h"

namespace rectrack::bench {

namespace {
sqlite3* handleOf(const QSqlDatabase& db) {
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.data());
}

int onStatement(unsigned type, void* context, void* statement, void* text) {
    if (type != SQLITE_TRACE_STMT || qstrncmp(static_cast<const char*>(text), "--", 2) == 0)
        return 0; // a trigger's body, not a statement of ours
    if (char* expanded = sqlite3_expanded_sql(static_cast<sqlite3_stmt*>(statement))) {
        static_cast<QStringList*>(context)->append(QString::fromUtf8(expanded));
        sqlite3_free(expanded);
    }
    return 0;
}
} // namespace

QStringList captureStatements(const QSqlDatabase& db, const std::function<void()>& work) {
    QStringList statements;
    sqlite3* handle = handleOf(db);
    if (handle)
        sqlite3_trace_v2(handle, SQLITE_TRACE_STMT, onStatement, &statements);
    work();
    if (handle)
        sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    return statements;
}

namespace {
// Runs `statements` through a shell program after `preamble`, and sums the times it prints
// (the first capture of `timing`, in `unitMs` milliseconds); one time per statement is required.
std::optional<double> timedByShell(const QString& name, const QStringList& arguments, const QByteArray& preamble,
                                   const QStringList& statements, const QRegularExpression& timing, double unitMs) {
    const QString shell = QStandardPaths::findExecutable(name);
    if (shell.isEmpty() || statements.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(shell, arguments);
    if (!process.waitForStarted())
        return std::nullopt;
    QByteArray script = preamble;
    for (const QString& statement : statements)
        script += statement.toUtf8() + ";\n";
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(600'000) || process.exitCode() != 0)
        return std::nullopt;
    double total = 0;
    int timed = 0;
    for (auto it = timing.globalMatch(QString::fromUtf8(process.readAllStandardOutput())); it.hasNext(); ++timed)
        total += it.next().captured(1).toDouble();
    if (timed != statements.size())
        return std::nullopt;
    return total * unitMs;
}
} // namespace

std::optional<double> shellMilliseconds(const QString& file, const QStringList& statements) {
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    return timedByShell(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), file}, ".timer on\n", statements,
                        runTime, 1000.0);
}

std::optional<double> psqlMilliseconds(const QString& url, const QStringList& statements) {
    static const QRegularExpression time(QStringLiteral("Time: ([0-9.]+) ms"));
    const ServerLocation server = ServerLocation::parse(url);
    QStringList arguments{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), server.host,
                          QStringLiteral("-p"), QString::number(server.port), QStringLiteral("-d"), server.database};
    if (!server.user.isEmpty())
        arguments << QStringLiteral("-U") << server.user;
    return timedByShell(QStringLiteral("psql"), arguments, "\\timing on\n\\o /dev/null\n", statements, time, 1.0);
}

} // namespace rectrack::bench
