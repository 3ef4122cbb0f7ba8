#pragma once
// A ledger on a real SQLite file in a fresh temporary folder — or, when the tests run on the
// server (RECTRACK_TEST_BACKEND=postgresql), in a new database of the throwaway PostgreSQL
// cluster (PostgresServer.h) — with a clock fixed at a known day, so no test depends on the
// machine's date.

#include "services/Ledger.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace Catch {
template <> struct StringMaker<QString> {
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};
template <> struct StringMaker<QDate> {
    static std::string convert(const QDate& d) {
        return d.isValid() ? d.toString(Qt::ISODate).toStdString() : "(no date)";
    }
};
} // namespace Catch

namespace rectrack::test {

inline QDate testToday() {
    return QDate(2025, 6, 16);
}

class TestLedger {
public:
    TestLedger();
    Ledger& operator*() { return *m_ledger; }
    Ledger* operator->() { return m_ledger.get(); }
    QString path() const { return m_path; } // the file, or the server database's URL
    QString dir() const { return m_dir.path(); }
    std::shared_ptr<FixedClock> clock() const { return m_clock; }
    void reopen(); // closes and opens the same file again
    void close() { m_ledger.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Ledger> m_ledger;
};

// Small builders for the common records.
Id makeRound(Ledger& ledger, const QString& name = QStringLiteral("测试轮次"));
Id makeInspection(Ledger& ledger, Id roundId, const QString& title = QStringLiteral("测试巡察"));
Id makeFinding(Ledger& ledger, Id inspectionId, const QString& title = QStringLiteral("测试问题"),
               Deadline deadline = {}, FindingKind kind = FindingKind::Problem);
Id makeMeasure(Ledger& ledger, Id findingId, Status status = Status::NotStarted, Deadline deadline = {},
               const QString& text = QStringLiteral("测试措施"));

// Runs a statement on a separate raw connection to the file or server database (to tamper with
// it as an outsider would). On a server, whose triggers record every edit, it is the owner's
// tampering: the recording triggers switched off for the statement, as only the owner can.
void execRaw(const QString& path, const QString& sql);
// Writes garbage over every `step`-th 4 KB page of a closed file, from page `first` (negative:
// counted from the end) to the end, as a failing disk would.
void damagePages(const QString& path, qint64 first, int step = 2);
// Every row of every DashboardFacts consistency check: empty when the dashboard's facts and
// tallies agree with the ledger.
QStringList factsDisagreements(Ledger& ledger);
// Takes a closed file back to schema version 2: the dashboard's facts and tallies are gone.
void dropVersion3(const QString& path);

} // namespace rectrack::test
