#include "SqlShell.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QStandardPaths>
#include <sqlite3.h>

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

std::optional<double> shellMilliseconds(const QString& file, const QStringList& statements) {
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty() || statements.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(shell, {QStringLiteral("-readonly"), file});
    if (!process.waitForStarted())
        return std::nullopt;
    QByteArray script = ".timer on\n";
    for (const QString& statement : statements)
        script += statement.toUtf8() + ";\n";
    process.write(script);
    process.closeWriteChannel();
    if (!process.waitForFinished(600'000) || process.exitCode() != 0)
        return std::nullopt;
    static const QRegularExpression runTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    double seconds = 0;
    int timed = 0;
    for (auto it = runTime.globalMatch(QString::fromUtf8(process.readAllStandardOutput())); it.hasNext(); ++timed)
        seconds += it.next().captured(1).toDouble();
    if (timed != statements.size())
        return std::nullopt;
    return seconds * 1000.0;
}

} // namespace rectrack::bench
