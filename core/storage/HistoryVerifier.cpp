#include "HistoryVerifier.h"

#include "Query.h"
#include "RowStore.h"
#include "domain/Clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>
#include <algorithm>

namespace rectrack {

namespace {
using Values = QHash<QString, std::optional<QString>>;

// The tables whose rows RowStore writes, so whose every row has a history.
const char* const Recorded[] = {"units",      "persons",  "inspection_rounds", "inspections",
                                "categories", "findings", "measures",          "progress_notes",
                                "evidence",   "results",  "signoffs",          "followup_reviews",
                                "deadline_extensions", "accounts", "settings"};

QString shown(const std::optional<QString>& v) {
    return v ? QStringLiteral("“%1”").arg(v->left(40)) : QStringLiteral("NULL");
}
} // namespace

namespace {
Values replayed(Query& history, Id id, bool& more) {
    // history is positioned on the first entry of `id`; consumes that row's entries.
    Values values;
    bool exists = false;
    while (more && history.value(0).toLongLong() == id) {
        const QString action = history.value(1).toString();
        if (action == u"delete") {
            values.clear();
            exists = false;
        } else if (action == u"create") {
            values.clear();
            const QJsonObject snapshot =
                QJsonDocument::fromJson(history.value(3).toString().toUtf8()).object();
            for (auto it = snapshot.begin(); it != snapshot.end(); ++it)
                values.insert(it.key(), it.value().isNull() ? std::nullopt
                                                            : std::optional<QString>(it.value().toString()));
            exists = true;
        } else {
            const QVariant value = history.value(3);
            values[history.value(2).toString()] =
                value.isNull() ? std::nullopt : std::optional<QString>(value.toString());
        }
        more = history.next();
    }
    if (!exists)
        values.clear();
    return values;
}
} // namespace

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
    for (const char* name : Recorded) {
        const QString table = QString::fromLatin1(name);
        Query history(db, QStringLiteral("SELECT entity_id, action, field, new_value FROM history "
                                         "WHERE entity = ? ORDER BY entity_id, id"));
        history.add(table).exec();
        bool more = history.next();
        Query rows(db, QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table));
        rows.exec();
        while (rows.next()) {
            ++report.rowsChecked;
            const Id id = rows.value(0).toLongLong();
            while (more && history.value(0).toLongLong() < id) // rows deleted since, or cascaded away
                replayed(history, history.value(0).toLongLong(), more);
            const Values values =
                more && history.value(0).toLongLong() == id ? replayed(history, id, more) : Values();
            if (values.isEmpty()) {
                problem(QCoreApplication::translate("rectrack::HistoryVerifier",
                                                    "%1 #%2 没有对应的修改记录（可能是绕过程序直接写入的）")
                            .arg(table)
                            .arg(id));
                continue;
            }
            for (auto field = values.cbegin(); field != values.cend(); ++field) {
                std::optional<QString> now;
                if (field.key() == u"co_unit_ids") { // kept in the finding_units table
                    Query units(
                        db, QStringLiteral(
                                "SELECT unit_id FROM finding_units WHERE finding_id = ? ORDER BY unit_id"));
                    units.add(id).exec();
                    QStringList ids;
                    while (units.next())
                        ids << units.value(0).toString();
                    now = ids.join(u',');
                    if (now == field.value().value_or(QString()))
                        continue;
                } else {
                    now = RowStore::historyText(rows.value(field.key()));
                    if (now == field.value())
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
    }
    return report;
}

} // namespace rectrack
