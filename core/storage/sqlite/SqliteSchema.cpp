#include "SqliteSchema.h"

#include "Backup.h"
#include "model/Error.h"
#include "storage/DashboardFacts.h"
#include "storage/Database.h"
#include "storage/Query.h"
#include "storage/RowStore.h"
#include "storage/SchemaTables.h"
#include "storage/SqlDialect.h"

#include <QDateTime>
#include <QFile>
#include <QStringList>

namespace rectrack::SqliteSchema {

using Schema::CurrentVersion;

namespace {

// Version 2 also adds the full-text index over titles, descriptions, outcomes, difficulties,
// measures and progress notes: an FTS5 trigram table kept in step by triggers (so every
// writer, the CLI included, keeps it right); its rowid encodes the source: id * 4 + 1
// finding, + 2 measure, + 3 progress note.
const char* const FullText[] = {
    "CREATE VIRTUAL TABLE search_index USING fts5(body, finding_id UNINDEXED, tokenize = 'trigram')",
    R"(CREATE TRIGGER findings_search_insert AFTER INSERT ON findings BEGIN
        INSERT INTO search_index (rowid, body, finding_id) VALUES (new.id * 4 + 1,
            new.title || char(10) || new.description || char(10) || new.outcome || char(10) || new.difficulties,
            new.id);
        END)",
    R"(CREATE TRIGGER findings_search_update AFTER UPDATE OF title, description, outcome, difficulties
        ON findings BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
        INSERT INTO search_index (rowid, body, finding_id) VALUES (new.id * 4 + 1,
            new.title || char(10) || new.description || char(10) || new.outcome || char(10) || new.difficulties,
            new.id);
        END)",
    R"(CREATE TRIGGER findings_search_delete AFTER DELETE ON findings BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
        END)",
    R"(CREATE TRIGGER measures_search_insert AFTER INSERT ON measures BEGIN
        INSERT INTO search_index (rowid, body, finding_id) VALUES (new.id * 4 + 2, new.text, new.finding_id);
        END)",
    R"(CREATE TRIGGER measures_search_update AFTER UPDATE OF text, finding_id ON measures BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
        INSERT INTO search_index (rowid, body, finding_id) VALUES (new.id * 4 + 2, new.text, new.finding_id);
        END)",
    R"(CREATE TRIGGER measures_search_delete AFTER DELETE ON measures BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
        END)",
    R"(CREATE TRIGGER notes_search_insert AFTER INSERT ON progress_notes BEGIN
        INSERT INTO search_index (rowid, body, finding_id) VALUES (new.id * 4 + 3, new.text, new.finding_id);
        END)",
    R"(CREATE TRIGGER notes_search_update AFTER UPDATE OF text, finding_id ON progress_notes BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
        INSERT INTO search_index (rowid, body, finding_id) VALUES (new.id * 4 + 3, new.text, new.finding_id);
        END)",
    R"(CREATE TRIGGER notes_search_delete AFTER DELETE ON progress_notes BEGIN
        DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
        END)",
    // what a database of version 1 already holds
    R"(INSERT INTO search_index (rowid, body, finding_id)
        SELECT id * 4 + 1, title || char(10) || description || char(10) || outcome || char(10) || difficulties, id
        FROM findings)",
    "INSERT INTO search_index (rowid, body, finding_id) SELECT id * 4 + 2, text, finding_id FROM measures",
    "INSERT INTO search_index (rowid, body, finding_id) SELECT id * 4 + 3, text, finding_id FROM progress_notes",
};

void run(const QSqlDatabase& db, const QString& sql) {
    Query(db, sql).exec();
}

void createVersion1(const QSqlDatabase& db) {
    for (const QString& statement : SchemaTables::version1())
        run(db, statement);
}

void upgradeTo2(const QSqlDatabase& db) {
    for (const QString& statement : SchemaTables::version2())
        run(db, statement);
    for (const char* statement : FullText)
        run(db, QString::fromUtf8(statement));
}

// Version 3: the dashboard's facts and tallies, kept by triggers (DashboardFacts.h).
void upgradeTo3(const QSqlDatabase& db) {
    for (const QString& statement : DashboardFacts::schemaStatements(SqlDialect::of(db)))
        run(db, statement);
}

// Version 4: a row's row_version, created_at and updated_at follow from its history (1 + its
// update entries since its creation; the times of its first and last entries), so that verify
// can check them. Rows written before are given those values once, from their history.
void upgradeTo4(const QSqlDatabase& db) {
    for (const QString& table : RowStore::recordedTables()) {
        const QStringList names = SqlDialect::of(db).columnsOf(db, table);
        const QString created = QStringLiteral(
                                    "(SELECT max(c.id) FROM history c WHERE c.entity = '%1' AND c.entity_id = %1.id "
                                    "AND c.action = 'create')")
                                    .arg(table);
        QStringList assignments;
        if (names.contains(u"row_version"))
            assignments << QStringLiteral("row_version = 1 + (SELECT count(*) FROM history h WHERE h.entity = '%1' "
                                          "AND h.entity_id = %1.id AND h.action = 'update' AND h.id > %2)")
                               .arg(table, created);
        if (names.contains(u"updated_at"))
            assignments << QStringLiteral("created_at = (SELECT at FROM history WHERE id = %1)").arg(created)
                        << QStringLiteral("updated_at = (SELECT at FROM history h WHERE h.entity = '%1' "
                                          "AND h.entity_id = %1.id ORDER BY h.id DESC LIMIT 1)")
                               .arg(table);
        if (!assignments.isEmpty())
            run(db, QStringLiteral("UPDATE %1 SET %2 WHERE %3 IS NOT NULL").arg(table, assignments.join(u','), created));
    }
}

// Version 5: the totals an inspection's bulletin states.
void upgradeTo5(const QSqlDatabase& db) {
    for (const QString& statement : SchemaTables::version5())
        run(db, statement);
}

// Version 6: a finding left out of the public bulletin.
void upgradeTo6(const QSqlDatabase& db) {
    for (const QString& statement : SchemaTables::version6())
        run(db, statement);
}

// Each later version adds a step: `if (from < 7) upgradeTo7(db);` and so on.
void climb(const QSqlDatabase& db, int from) {
    if (from < 1)
        createVersion1(db);
    if (from < 2)
        upgradeTo2(db);
    if (from < 3)
        upgradeTo3(db);
    if (from < 4)
        upgradeTo4(db);
    if (from < 5)
        upgradeTo5(db);
    if (from < 6)
        upgradeTo6(db);
}

int userTableCount(const QSqlDatabase& db) {
    return Query(db,
                 QStringLiteral(
                     "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"))
        .scalar()
        .toInt();
}

} // namespace

void checkCompatible(const QSqlDatabase& db, const QString& path) {
    const int appId = Query(db, QStringLiteral("PRAGMA application_id")).scalar().toInt();
    const int ver = Schema::version(db);
    const bool empty = userTableCount(db) == 0;
    if (!empty && appId != ApplicationId)
        throw Error(
            Error::Kind::NotRectrack,
            QStringLiteral("%1 is an SQLite database of another program, not a Rectrack database").arg(path));
    Schema::requireKnown(ver, path);
}

QString migrate(Database& database) {
    const QSqlDatabase& db = database.connection();
    const int from = Schema::version(db);
    if (from == CurrentVersion)
        return {};
    QString backup;
    if (from > 0) // the file as it was, in case the upgrade goes wrong
        backup = Backup::make(database.path(), Backup::Reason::Upgrade, QDateTime::currentDateTime());
    database.transaction([&] {
        climb(db, from);
        run(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
        run(db, QStringLiteral("PRAGMA user_version = %1").arg(CurrentVersion));
    });
    return backup;
}

} // namespace rectrack::SqliteSchema
