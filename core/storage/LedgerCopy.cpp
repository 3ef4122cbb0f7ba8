#include "LedgerCopy.h"

#include "DashboardFacts.h"
#include "Database.h"
#include "HistoryVerifier.h"
#include "Query.h"
#include "RowStore.h"
#include "SqlDialect.h"
#include "model/Error.h"
#include "postgres/PostgresSchema.h"

#include <QCoreApplication>

namespace rectrack {

namespace {

// Every table that holds the ledger, each after the tables it refers to.
const QStringList& tablesInOrder() {
    static const QStringList tables = {
        QStringLiteral("units"),          QStringLiteral("persons"),        QStringLiteral("inspection_rounds"),
        QStringLiteral("inspections"),    QStringLiteral("categories"),     QStringLiteral("findings"),
        QStringLiteral("finding_units"),  QStringLiteral("measures"),       QStringLiteral("progress_notes"),
        QStringLiteral("evidence_blobs"), QStringLiteral("evidence"),       QStringLiteral("results"),
        QStringLiteral("signoffs"),       QStringLiteral("followup_reviews"), QStringLiteral("deadline_extensions"),
        QStringLiteral("accounts"),       QStringLiteral("settings"),       QStringLiteral("history")};
    return tables;
}

void requireVerified(const QSqlDatabase& db, const QString& what) {
    const VerifyReport report = verifyHistory(db, 5);
    if (!report.ok()) {
        QStringList problems = report.problems;
        if (report.brokenEntry)
            problems.prepend(QCoreApplication::translate("rectrack::LedgerCopy", "修改记录的哈希链在第 %1 条断开").arg(*report.brokenEntry));
        throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::LedgerCopy", "%1 核对不通过，没有复制：%2").arg(what, problems.join(QStringLiteral("；"))));
    }
}

// Rows go in batches of one INSERT each (well below either backend's limit of bound values):
// a row per statement would take ten minutes for a large ledger on a server.
constexpr int ValuesPerInsert = 8000;

qint64 copyTable(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table) {
    const QStringList targetColumns = SqlDialect::of(to).columnsOf(to, table);
    const bool hasId = targetColumns.contains(u"id");
    Query rows(from, QStringLiteral("SELECT * FROM %1%2").arg(table, hasId ? QStringLiteral(" ORDER BY id") : QString()));
    rows.exec();
    QStringList columns;
    for (const QString& column : rows.columnNames())
        if (targetColumns.contains(column))
            columns << column;
    const bool units = table == u"units"; // refers to itself: parents are set once every unit is there
    const QString oneRow = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
    // an evidence file may be large: those go one at a time
    const int rowsPerInsert = table == u"evidence_blobs"
                                  ? 1
                                  : std::max<int>(1, ValuesPerInsert / std::max<int>(1, static_cast<int>(columns.size())));
    QList<QVariantList> batch;
    const auto flush = [&] {
        if (batch.isEmpty())
            return;
        Query insert(to, QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                             .arg(table, columns.join(u','), QStringList(batch.size(), oneRow).join(u',')));
        for (const QVariantList& values : batch)
            for (const QVariant& value : values)
                insert.add(value);
        insert.exec();
        batch.clear();
    };
    QList<std::pair<QVariant, QVariant>> parents;
    qint64 copied = 0;
    while (rows.next()) {
        QVariantList values;
        for (const QString& column : columns) {
            const QVariant value = rows.value(column);
            if (units && column == u"parent_id" && !value.isNull()) {
                parents.append({rows.value(QStringLiteral("id")), value});
                values.append(QVariant());
            } else {
                values.append(value.isNull() ? QVariant() : value); // NULL stays NULL, not an empty text
            }
        }
        batch.append(values);
        ++copied;
        if (batch.size() >= rowsPerInsert)
            flush();
    }
    flush();
    for (const auto& [id, parent] : parents)
        Query(to, QStringLiteral("UPDATE units SET parent_id = ? WHERE id = ?")).add(parent).add(id).exec();
    return copied;
}

} // namespace

CopiedLedger copyLedger(Database& from, Database& to) {
    const QSqlDatabase& source = from.connection();
    const QSqlDatabase& target = to.connection();
    requireVerified(source, from.path());
    CopiedLedger copied;
    to.transaction([&] {
        for (const QString& table : tablesInOrder())
            if (Query(target, QStringLiteral("SELECT count(*) FROM %1").arg(table)).scalar().toLongLong() > 0)
                throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::LedgerCopy",
                                                        "%1 中已有数据（%2），只能复制到一份空的台账中").arg(to.path(), table));
        if (to.isServer()) {
            PostgresSchema::suspendRecording(target); // the entries come with the rows
            PostgresSchema::suspendDerived(target);
        }
        for (const QString& table : tablesInOrder()) {
            const qint64 rows = copyTable(source, target, table);
            (table == u"history" ? copied.entries : copied.rows) += rows;
        }
        if (to.isServer()) {
            for (const QString& table : DashboardFacts::keptTables())
                copyTable(source, target, table); // verified below with the rest
            PostgresSchema::resumeDerived(target);
            PostgresSchema::resumeRecording(target);
            PostgresSchema::continueNumbering(target);
            PostgresSchema::gatherStatistics(target);
        }
        requireVerified(target, to.path());
    });
    return copied;
}

} // namespace rectrack
