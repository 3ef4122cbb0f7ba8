#include "HistoryVerifier.h"

#include "DashboardFacts.h"
#include "Query.h"
#include "SearchTexts.h"
#include "RowStore.h"
#include "SqlDialect.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <algorithm>
#include <limits>

namespace rectrack {

namespace {
using Values = QHash<QString, std::optional<QString>>;

QString shown(const std::optional<QString>& v) {
    return v ? QStringLiteral("“%1”").arg(v->left(40)) : QStringLiteral("NULL");
}
} // namespace

namespace {
// What a row's history says of it: its values, and what its bookkeeping columns must be.
struct Replay {
    Values values; // empty when the history ends in the row's deletion
    QString createdAt; // the time of its creation's entry
    QString lastAt;    // the time of its last entry
    int updates = 0;   // update entries since its creation: row_version is one more
};

Replay replayed(Query& history, Id id, bool& more) {
    // history is positioned on the first entry of `id`; consumes that row's entries.
    Replay replay;
    Values& values = replay.values;
    bool exists = false;
    while (more && history.value(0).toLongLong() == id) {
        const QString action = history.value(1).toString();
        replay.lastAt = history.value(4).toString();
        if (action == u"delete") {
            values.clear();
            exists = false;
        } else if (action == u"create") {
            values.clear();
            values = HistoryLog::snapshotValues(history.value(3).toString());
            exists = true;
            replay.createdAt = replay.lastAt;
            replay.updates = 0;
        } else {
            const QVariant value = history.value(3);
            values[history.value(2).toString()] =
                value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
            ++replay.updates;
        }
        more = history.next();
    }
    if (!exists)
        values.clear();
    return replay;
}
} // namespace

namespace {
// Whether a row that its history says exists, but that is not there, went with a row it hangs
// from (ON DELETE CASCADE) whose deletion is recorded: ledgers written before every cascaded
// row got its own entry. Anything else is a row deleted behind the program's back.
bool cascadedAway(const QSqlDatabase& db, const HistoryLog& log, const QString& table, const Values& values,
                  int depth = 0) {
    if (depth > 8)
        return false;
    QList<std::pair<QString, QString>> parents;
    for (const ForeignKey& key : SqlDialect::of(db).foreignKeysOf(db, table))
        if (key.onDelete == ForeignKey::OnDelete::Cascade)
            parents.append({key.parent, key.column});
    for (const auto& [parent, column] : parents) {
        const auto parentId = values.value(column);
        if (!parentId || parentId->isEmpty())
            continue;
        const Id pid = parentId->toLongLong();
        Query exists(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(parent));
        if (exists.add(pid).scalar().toInt() > 0)
            continue; // the parent is there: this row should be too
        Query last(db, QStringLiteral("SELECT action FROM history WHERE entity = ? AND entity_id = ? "
                                      "ORDER BY id DESC LIMIT 1"));
        if (last.add(parent).add(pid).scalar().toString() == u"delete")
            return true;
        // the values its history leaves it with: none when it ends in its deletion
        const Values parentValues = log.rowBefore(parent, pid, std::numeric_limits<Id>::max()).value_or(Values());
        if (!parentValues.isEmpty() && cascadedAway(db, log, parent, parentValues, depth + 1))
            return true;
    }
    return false;
}

QString missingRow(const QString& table, Id id) {
    return QCoreApplication::translate("rectrack::HistoryVerifier",
                                       "%1 #%2 按修改记录应当存在，但数据中没有这一行（被绕过程序直接删除）")
        .arg(table)
        .arg(id);
}

QString coUnitsOf(const QSqlDatabase& db, Id findingId) {
    Query units(db, QStringLiteral("SELECT unit_id FROM finding_units WHERE finding_id = ? ORDER BY unit_id"));
    units.add(findingId).exec();
    QStringList ids;
    while (units.next())
        ids << units.value(0).toString();
    return ids.join(u',');
}
} // namespace

// Each stored evidence file still has the content its SHA-256 names: a file replaced in the
// database is found even though its evidence row is untouched.
template <typename Problem> void verifyEvidenceContent(const QSqlDatabase& db, VerifyReport& report, Problem&& problem) {
    Query blobs(db, QStringLiteral("SELECT sha256, size, data FROM evidence_blobs ORDER BY sha256"));
    blobs.exec();
    while (blobs.next()) {
        ++report.rowsChecked;
        const QString named = blobs.value(0).toString();
        const QByteArray data = blobs.value(2).toByteArray();
        const QString actual =
            QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        if (actual != named || blobs.value(1).toLongLong() != data.size())
            problem(QCoreApplication::translate("rectrack::HistoryVerifier",
                                                "佐证材料 %1… 的内容与它的 SHA-256 不符（文件在数据库中被替换过）")
                        .arg(named.left(12)));
    }
}

// The tables kept by triggers from the recorded ones — the search index and the dashboard's
// facts and tallies — rebuilt in thought and compared: text planted in the index, or a tally
// changed by hand, is named rather than trusted.
template <typename Problem> void verifyDerivedTables(const QSqlDatabase& db, Problem&& problem) {
    const SqlDialect& dialect = SqlDialect::of(db);
    const QString expected = searchTextsQuery(dialect);
    const QString held = QStringLiteral("SELECT %1, body, finding_id FROM search_index").arg(dialect.searchEntry());
    const qint64 planted =
        Query(db, QStringLiteral("SELECT count(*) FROM (%1 EXCEPT SELECT * FROM (%2) expected) planted").arg(held, expected))
            .scalar()
            .toLongLong();
    const qint64 missing =
        Query(db, QStringLiteral("SELECT count(*) FROM (SELECT * FROM (%2) expected EXCEPT %1) missing").arg(held, expected))
            .scalar()
            .toLongLong();
    if (planted > 0 || missing > 0)
        problem(QCoreApplication::translate("rectrack::HistoryVerifier",
                                            "全文检索索引与台账不符：%1 条是台账中没有的文字，%2 条台账文字不在索引中（索引被直接改动过）")
                    .arg(planted)
                    .arg(missing));
    for (const QString& check : DashboardFacts::consistencyChecks()) {
        Query q(db, check);
        q.exec();
        if (q.next())
            problem(QCoreApplication::translate("rectrack::HistoryVerifier",
                                                "统计汇总表与台账不符（%1，%2）：汇总被直接改动过，统计数字不可信")
                        .arg(q.value(0).toString(), q.value(1).toString()));
    }
}

// A row's row_version, created_at and updated_at are not in its history, but follow from it
// (RowStore keeps them so): changed by hand, they are named.
struct Bookkeeping {
    bool version = false; // the table has row_version
    bool stamps = false;  // and created_at, updated_at kept by RowStore
};

template <typename Problem>
void verifyBookkeeping(const QString& table, Id id, const Query& row, Bookkeeping kept, const Replay& replay,
                       Problem&& problem) {
    const auto check = [&](const QString& column, const QString& expected) {
        const QVariant now = row.value(column);
        if (!now.isValid() || now.toString() == expected)
            return;
        problem(QCoreApplication::translate("rectrack::HistoryVerifier",
                                            "%1 #%2 的 %3 现为 %4，但按修改记录应为 %5（数据被直接改动过）")
                    .arg(table)
                    .arg(id)
                    .arg(column, shown(now.toString()), shown(expected)));
    };
    if (kept.version)
        check(QStringLiteral("row_version"), QString::number(1 + replay.updates));
    if (kept.stamps) {
        check(QStringLiteral("created_at"), replay.createdAt);
        check(QStringLiteral("updated_at"), replay.lastAt);
    }
}

VerifyReport verifyHistory(const QSqlDatabase& db, int maxProblems) {
    VerifyReport report;
    const QString actor;
    FixedClock clock{QDate(2000, 1, 1)};
    HistoryLog log(db, clock, actor);
    report.brokenEntry = log.firstBrokenEntry();
    report.entries = Query(db, QStringLiteral("SELECT count(*) FROM history")).scalar().toLongLong();

    const auto problem = [&](const QString& text) {
        if (report.problems.size() < maxProblems)
            report.problems.append(text);
    };
    // Per table, the history (in entity_id order, by its index) and the rows (in id order)
    // are walked side by side, so only one row's replay is ever held.
    for (const QString& table : RowStore::recordedTables()) {
        Query history(db, QStringLiteral("SELECT entity_id, action, field, new_value, at FROM history "
                                         "WHERE entity = ? ORDER BY entity_id, id"));
        history.add(table).exec();
        bool more = history.next();
        Query rows(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        rows.exec();
        const QStringList columns = rows.columnNames();
        const Bookkeeping kept{columns.contains(u"row_version"), columns.contains(u"updated_at")};
        while (rows.next()) {
            ++report.rowsChecked;
            const Id id = rows.value(0).toLongLong();
            while (more && history.value(0).toLongLong() < id) { // rows the history knows, not here
                const Id gone = history.value(0).toLongLong();
                const Values last = replayed(history, gone, more).values;
                if (!last.isEmpty() && !cascadedAway(db, log, table, last))
                    problem(missingRow(table, gone));
            }
            const Replay replay =
                more && history.value(0).toLongLong() == id ? replayed(history, id, more) : Replay();
            const Values& values = replay.values;
            if (values.isEmpty()) {
                problem(QCoreApplication::translate("rectrack::HistoryVerifier",
                                                    "%1 #%2 没有对应的修改记录（可能是绕过程序直接写入的）")
                            .arg(table)
                            .arg(id));
                continue;
            }
            verifyBookkeeping(table, id, rows, kept, replay, problem);
            if (table == u"findings" && !values.contains(QStringLiteral("co_unit_ids"))) {
                // no co-unit recorded: the link table must have none either
                const QString now = coUnitsOf(db, id);
                if (!now.isEmpty())
                    problem(QCoreApplication::translate(
                                "rectrack::HistoryVerifier",
                                "%1 #%2 的 %3 现为 %4，但修改记录中最后的值是 %5（数据被直接改动过）")
                                .arg(table)
                                .arg(id)
                                .arg(QStringLiteral("co_unit_ids"), shown(now), shown(QString())));
            }
            for (auto field = values.cbegin(); field != values.cend(); ++field) {
                std::optional<QString> now;
                if (field.key() == u"co_unit_ids") { // kept in the finding_units table
                    now = coUnitsOf(db, id);
                    if (now == field.value().value_or(QString()))
                        continue;
                } else {
                    now = RowStore::historyText(table, field.key(), rows.value(field.key()));
                    if (now == field.value())
                        continue;
                    // ledgers written before secrets were fingerprinted keep the value itself
                    if (RowStore::historyText(rows.value(field.key())) == field.value())
                        continue;
                }
                problem(QCoreApplication::translate(
                            "rectrack::HistoryVerifier",
                            "%1 #%2 的 %3 现为 %4，但修改记录中最后的值是 %5（数据被直接改动过）")
                            .arg(table)
                            .arg(id)
                            .arg(field.key(), shown(now), shown(field.value())));
            }
        }
        while (more) { // after the last row: rows the history knows, not here
            const Id gone = history.value(0).toLongLong();
            const Values last = replayed(history, gone, more).values;
            if (!last.isEmpty() && !cascadedAway(db, log, table, last))
                problem(missingRow(table, gone));
        }
    }
    verifyEvidenceContent(db, report, problem);
    verifyDerivedTables(db, problem);
    return report;
}

} // namespace rectrack
