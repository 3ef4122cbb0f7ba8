// The storage seam: a connection's SQL dialect is found by its driver, a driver without a
// backend is refused with an error, and the SQLite dialect's pieces run on a real ledger.
#include "model/Error.h"
#include "storage/Query.h"
#include "storage/Schema.h"
#include "storage/SqlDialect.h"
#include "support/PostgresServer.h"
#include "support/TestLedger.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace rectrack;
using namespace rectrack::test;

TEST_CASE("A ledger's connection finds its dialect - a driver no backend is built for is refused", "[dialect]") {
    TestLedger ledger;
    const QSqlDatabase& db = ledger->database().connection();
    const SqlDialect& dialect = SqlDialect::of(db);
    CHECK(&dialect == &ledger->database().dialect());
    CHECK(dialect.name() == (testsOnServer() ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite")));
    CHECK(dialect.schemaVersion(db) == Schema::CurrentVersion);
    CHECK(dialect.columnsOf(db, QStringLiteral("finding_units")) ==
          QStringList{QStringLiteral("finding_id"), QStringLiteral("unit_id")});

    try {
        SqlDialect::of(QSqlDatabase()); // Qt's null driver
        FAIL("a connection without a backend got a dialect");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Storage);
        CHECK(e.message().contains(QStringLiteral("No Rectrack backend")));
    }
}

TEST_CASE("A trigger written once runs in the dialect's syntax, its condition included", "[dialect]") {
    TestLedger ledger;
    const QSqlDatabase& db = ledger->database().connection();
    const SqlDialect& dialect = SqlDialect::of(db);
    const auto run = [&](const QString& sql) { // DDL is not prepared: a server refuses that
        QSqlQuery q(db);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    };
    ledger->database().transaction([&] {
        run(QStringLiteral("CREATE TABLE seen (n INTEGER, why TEXT)"));
        run(QStringLiteral("CREATE TABLE watched (n INTEGER)"));
        for (const QString& sql : dialect.createTrigger(
                 {QStringLiteral("watched_big"), QStringLiteral("INSERT"), QStringLiteral("watched"),
                  QStringLiteral("new.n > 10"),
                  {QStringLiteral("INSERT INTO seen (n, why) VALUES (new.n, 'big')"),
                   QStringLiteral("INSERT INTO seen (n, why) VALUES (new.n * 2, 'twice')")}}))
            run(sql);
        run(QStringLiteral("INSERT INTO watched VALUES (3), (12)"));
    });
    Query q(db, QStringLiteral("SELECT n, why FROM seen ORDER BY n"));
    q.exec();
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString() + q.value(1).toString();
    CHECK(rows == QStringList{QStringLiteral("12big"), QStringLiteral("24twice")});
}

TEST_CASE("The full-text condition takes any word as a value, quotes and operators included", "[dialect]") {
    TestLedger ledger;
    const QSqlDatabase& db = ledger->database().connection();
    const SqlDialect& dialect = SqlDialect::of(db);
    QVariantList bound;
    const QString condition = dialect.searchContainsAll(
        {QStringLiteral("三重一大"), QStringLiteral("a\"b OR c"), QStringLiteral("NEAR(")}, [&](const QVariant& v) {
            bound << v;
            return QStringLiteral("?");
        });
    REQUIRE_FALSE(bound.isEmpty());
    CHECK_FALSE(condition.contains(QStringLiteral("三重一大"))); // the words are values, never SQL
    CHECK_FALSE(condition.contains(QStringLiteral("NEAR(")));
    Query q(db, QStringLiteral("SELECT count(*) FROM search_index WHERE ") + condition);
    for (const QVariant& value : bound)
        q.add(value);
    CHECK(q.scalar().toInt() == 0); // runs: nothing in an empty ledger, and no syntax error
}
