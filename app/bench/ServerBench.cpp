#include "ServerBench.h"

#include "SqlShell.h"

#include "changes/OutsideChanges.h"
#include "model/Error.h"
#include "services/DashboardFigures.h"
#include "services/Ledger.h"
#include "storage/LedgerCopy.h"
#include "storage/Query.h"
#include "storage/postgres/PostgresDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>

namespace rectrack::bench {

namespace {
using SteadyClock = std::chrono::steady_clock;

double msSince(SteadyClock::time_point start) {
    return std::chrono::duration<double, std::milli>(SteadyClock::now() - start).count();
}

void againstPsql(Figures& figures, const ServerRun& run, const QString& name, const std::function<void()>& work) {
    const Figure ours = figures.time(name, run.runs, work);
    QStringList statements;
    Query::captureInto(&statements);
    work();
    Query::captureInto(nullptr);
    QList<double> floor;
    for (int i = 0; i < run.runs; ++i)
        if (const auto ms = psqlMilliseconds(run.url, statements))
            floor << *ms;
    if (floor.isEmpty()) {
        figures.skip(name + QStringLiteral(" — psql"), QStringLiteral("psql is not installed or failed"));
        return;
    }
    const Figure shell =
        figures.add(name + QStringLiteral(" — psql, same %1 statements").arg(statements.size()), QStringLiteral("ms"), floor);
    figures.add(name + QStringLiteral(" — ours / psql"), QStringLiteral("×"),
                {shell.median > 0 ? ours.median / shell.median : 0});
}

QList<Id> openMeasures(Ledger& ledger) {
    LedgerFilter open;
    open.statuses = {Status::NotStarted, Status::InProgress};
    QList<Id> ids;
    for (const MeasureListRow& r : ledger.views().measures(open, {}, 0, 10'000))
        ids << r.row.measure.id;
    return ids;
}

// One status edit of a measure picked at random, committed; its time in ms.
double oneEdit(Ledger& ledger, const QList<Id>& ids, std::mt19937& random) {
    const Id id = ids[static_cast<qsizetype>(random() % ids.size())];
    const Status next = ledger.findings().measure(id).status == Status::InProgress ? Status::NotStarted : Status::InProgress;
    const auto start = SteadyClock::now();
    ledger.findings().setMeasureStatus(id, next, ledger.today());
    return msSince(start);
}

void addQuantiles(Figures& figures, const QString& name, QList<double> ms, const QString& note) {
    std::sort(ms.begin(), ms.end());
    figures.add(name + QStringLiteral(", p50"), QStringLiteral("ms"), {quantile(ms, 0.5)}, note);
    figures.add(name + QStringLiteral(", p99"), QStringLiteral("ms"), {quantile(ms, 0.99)}, note);
}
} // namespace

int benchServer(Figures& figures, const ServerRun& run) {
    std::unique_ptr<Ledger> ledger;
    try {
        ledger = Ledger::open(run.url, run.clock, QStringLiteral("bench"));
        if (ledger->isEmpty()) {
            const auto file = Database::open(run.file, Database::OpenMode::Existing);
            figures.time(QStringLiteral("server push: the generated ledger onto the server, verified"), 1,
                         [&] { copyLedger(*file, ledger->database()); });
        } else {
            figures.skip(QStringLiteral("server push"), QStringLiteral("reused the ledger on %1").arg(run.url));
        }
    } catch (const Error& e) {
        std::fprintf(stderr, "rectrack-bench: %s\n", e.what());
        return 1;
    }
    const QSqlDatabase db = ledger->database().connection();
    const QList<Inspection> inspections = ledger->inspections().inspections();
    const Inspection one = inspections[inspections.size() / 2];
    againstPsql(figures, run, QStringLiteral("server: dashboard, everything"),
                [&] { computeDashboard(db, Scope::all(), ledger->today(), ledger->policy()); });
    againstPsql(figures, run, QStringLiteral("server: dashboard, one inspection"),
                [&] { computeDashboard(db, Scope::inspection(one.id), ledger->today(), ledger->policy()); });
    const LedgerViews views = ledger->views();
    againstPsql(figures, run, QStringLiteral("server: search “整改方案” (4 characters), top 100"),
                [&] { views.search(QStringLiteral("整改方案"), 100); });
    againstPsql(figures, run, QStringLiteral("server: search “台账” (2 characters), top 100"),
                [&] { views.search(QStringLiteral("台账"), 100); });

    const QList<Id> ids = openMeasures(*ledger);
    if (ids.isEmpty()) {
        figures.skip(QStringLiteral("server: edits"), QStringLiteral("no open measures"));
        return 0;
    }
    // One desk alone.
    {
        std::mt19937 random(1);
        QList<double> ms;
        for (int i = 0; i < 1000; ++i)
            ms << oneEdit(*ledger, ids, random);
        addQuantiles(figures, QStringLiteral("server: one desk's status edit committed"), ms,
                     QStringLiteral("of %1 edits").arg(ms.size()));
    }
    // Many desks at once, each on its own connection, each edit its own transaction: back to
    // back (the server saturated), then at a pace still far beyond people's (an edit every
    // 100 ms at each desk on average).
    for (const int paceMs : {0, 100}) {
        constexpr int EditsEach = 200;
        std::mutex mutex;
        QList<double> ms;
        std::atomic<int> failed{0};
        std::vector<std::thread> desks;
        const auto start = SteadyClock::now();
        for (int c = 0; c < run.clients; ++c)
            desks.emplace_back([&, c] {
                try {
                    auto desk = Ledger::open(run.url, run.clock, QStringLiteral("desk%1").arg(c), Database::OpenMode::Existing);
                    std::mt19937 random(static_cast<unsigned>(c + 2));
                    // People do not edit in step: each desk's edits arrive at random moments,
                    // paceMs apart on average (a Poisson process), not all at once.
                    std::exponential_distribution<double> gap(paceMs > 0 ? 1.0 / paceMs : 1.0);
                    auto next = SteadyClock::now();
                    QList<double> mine;
                    for (int i = 0; i < EditsEach; ++i) {
                        if (paceMs > 0) {
                            next += std::chrono::duration_cast<SteadyClock::duration>(
                                std::chrono::duration<double, std::milli>(gap(random)));
                            std::this_thread::sleep_until(next);
                        }
                        mine << oneEdit(*desk, ids, random);
                    }
                    const std::lock_guard lock(mutex);
                    ms += mine;
                } catch (const Error& e) {
                    std::fprintf(stderr, "rectrack-bench: a desk failed: %s\n", e.what());
                    ++failed;
                }
            });
        for (std::thread& desk : desks)
            desk.join();
        const double seconds = msSince(start) / 1000.0;
        const QString how = paceMs == 0 ? QStringLiteral("back to back")
                                        : QStringLiteral("an edit every %1 ms each on average, at random moments").arg(paceMs);
        addQuantiles(figures, QStringLiteral("server: %1 desks at once (%2), a status edit committed").arg(run.clients).arg(how),
                     ms, QStringLiteral("%1 edits, %2 desks failed").arg(ms.size()).arg(failed.load()));
        figures.add(QStringLiteral("server: %1 desks at once (%2), edits committed per second").arg(run.clients).arg(how),
                    QStringLiteral("edits/s"), {seconds > 0 ? ms.size() / seconds : 0});
    }
    // Another desk hears of an edit: from the start of the edit (its commit included) on one
    // desk's connection to OutsideChanges::arrived on this one.
    {
        OutsideChanges outside(*ledger);
        std::atomic<bool> heard{false};
        SteadyClock::time_point heardAt;
        QObject::connect(&outside, &OutsideChanges::arrived, [&] {
            if (!heard.exchange(true))
                heardAt = SteadyClock::now();
        });
        constexpr int Edits = 20;
        std::atomic<int> asked{0};
        std::atomic<int> done{0};
        std::atomic<bool> failed{false};
        QList<SteadyClock::time_point> started(Edits);
        std::thread editor([&] { // the other desk: a connection of its own, on its own thread
            try {
                auto other = Ledger::open(run.url, run.clock, QStringLiteral("other"), Database::OpenMode::Existing);
                std::mt19937 random(99);
                for (int i = 0; i < Edits; ++i) {
                    while (asked.load() <= i)
                        std::this_thread::sleep_for(std::chrono::milliseconds(1));
                    started[i] = SteadyClock::now();
                    oneEdit(*other, ids, random);
                    done = i + 1;
                }
            } catch (const Error& e) {
                std::fprintf(stderr, "rectrack-bench: the other desk failed: %s\n", e.what());
                failed = true;
                done = Edits;
            }
        });
        QList<double> delays;
        for (int i = 0; i < Edits && !failed; ++i) {
            heard = false;
            asked = i + 1;
            QElapsedTimer waited;
            waited.start();
            while ((!heard || done.load() <= i) && waited.elapsed() < 5000 && !failed)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
            if (heard)
                delays << std::chrono::duration<double, std::milli>(heardAt - started[i]).count();
            outside.take();
        }
        asked = Edits;
        editor.join();
        addQuantiles(figures, QStringLiteral("server: another desk hears of an edit"), delays,
                     QStringLiteral("%1 of %2 heard").arg(delays.size()).arg(Edits));
    }
    return 0;
}

} // namespace rectrack::bench
