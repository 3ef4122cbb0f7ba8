#include "TestLedger.h"

#include "storage/DashboardFacts.h"
#include "storage/Query.h"
#include "storage/postgres/PostgresSchema.h"
#include "storage/postgres/PostgresDatabase.h"
#include "PostgresServer.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace rectrack::test {

namespace {
// A file in the test's folder, or a new database on the test server when the tests run there.
QString newLocation(const QTemporaryDir& dir) {
    if (!testsOnServer())
        return dir.filePath(QStringLiteral("ledger.sqlite"));
    PostgresServer* server = PostgresServer::shared();
    if (!server)
        FAIL("the test server could not start: " << PostgresServer::unavailableReason().toStdString());
    return server->newDatabase();
}
} // namespace

TestLedger::TestLedger()
    : m_path(newLocation(m_dir))
    , m_clock(std::make_shared<FixedClock>(testToday())) {
    REQUIRE(m_dir.isValid());
    m_ledger = Ledger::open(m_path, m_clock, QStringLiteral("tester"));
}

void TestLedger::reopen() {
    m_ledger.reset();
    m_ledger = Ledger::open(m_path, m_clock, QStringLiteral("tester"));
}

Id makeRound(Ledger& ledger, const QString& name) {
    return ledger.inspections().addRound({0, name, InspectionKind::Xuncha, QStringLiteral("市委"), 2025});
}

Id makeInspection(Ledger& ledger, Id roundId, const QString& title) {
    Inspection i;
    i.roundId = roundId;
    i.title = title;
    return ledger.inspections().addInspection(i);
}

Id makeFinding(Ledger& ledger, Id inspectionId, const QString& title, Deadline deadline, FindingKind kind) {
    Finding f;
    f.inspectionId = inspectionId;
    f.title = title;
    f.deadline = deadline;
    f.kind = kind;
    return ledger.findings().addFinding(f);
}

Id makeMeasure(Ledger& ledger, Id findingId, Status status, Deadline deadline, const QString& text) {
    Measure m;
    m.findingId = findingId;
    m.text = text;
    m.status = status;
    m.deadline = deadline;
    return ledger.findings().addMeasure(m);
}

void execRaw(const QString& path, const QString& sql) {
    const QString name = QStringLiteral("raw-%1").arg(reinterpret_cast<quintptr>(&sql));
    {
        QSqlDatabase db;
        if (ServerLocation::isServer(path)) { // a connection of its own to the server, as psql would be
            db = PostgresDatabase::openConnection(name, ServerLocation::parse(path));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
        }
        REQUIRE(db.open());
        QSqlQuery q(db);
        INFO(sql.toStdString());
        const bool server = ServerLocation::isServer(path);
        if (server) {
            REQUIRE(db.transaction());
            PostgresSchema::suspendRecording(db);
        }
        const bool ok = q.exec(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(ok);
        if (server) {
            PostgresSchema::resumeRecording(db);
            REQUIRE(db.commit());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

void damagePages(const QString& path, qint64 first, int step) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 pages = file.size() / 4096;
    REQUIRE(pages > 4);
    for (qint64 page = first < 0 ? pages + first : first; page < pages; page += step) {
        REQUIRE(file.seek(page * 4096));
        file.write(QByteArray(4096, '\xA5'));
    }
}

QStringList factsDisagreements(Ledger& ledger) {
    QStringList out;
    for (const QString& check : DashboardFacts::consistencyChecks()) {
        Query q(ledger.database().connection(), check);
        q.exec();
        while (q.next())
            out << q.value(0).toString() + QStringLiteral(" (finding or key ") + q.value(1).toString() + u')';
    }
    return out;
}

void dropVersion3(const QString& path) {
    for (const char* sql :
         {"DROP TRIGGER findings_facts_insert", "DROP TRIGGER findings_facts_update", "DROP TRIGGER findings_facts_delete",
          "DROP TRIGGER measures_facts_insert", "DROP TRIGGER measures_facts_update", "DROP TRIGGER measures_facts_delete",
          "DROP TRIGGER measures_facts_move",
          "DROP TABLE finding_facts", "DROP TABLE tally_inspections", "DROP TABLE tally_categories",
          "DROP TABLE tally_units", "DROP TABLE tally_closed_days", "DROP INDEX measures_open_due",
          "ALTER TABLE inspections DROP COLUMN stated_totals", "ALTER TABLE findings DROP COLUMN withheld",
          "PRAGMA user_version = 2"})
        execRaw(path, QString::fromLatin1(sql));
}

} // namespace rectrack::test
