// rectrack-bench: times what users wait for, on a database file (make one with
// `rectrack-cli generate --findings 100000`): the dashboard's aggregates for everything, a
// round and one inspection; the ledger views' first pages, sorted and filtered; the count;
// full-text search. One line a figure: median and spread over the repeats.

#include "services/DashboardFigures.h"
#include "services/Ledger.h"
#include "storage/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <functional>

using namespace rectrack;

namespace {
struct Figure {
    QString name;
    double median = 0, min = 0, max = 0;
};

Figure measure(const QString& name, int repeats, const std::function<void()>& work) {
    QList<double> ms;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << static_cast<double>(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    const Figure f{name, ms[ms.size() / 2], ms.first(), ms.last()};
    std::printf("%-48s %9.1f ms  (min %.1f, max %.1f, n=%d)\n", name.toUtf8().constData(), f.median, f.min, f.max,
                repeats);
    std::fflush(stdout);
    return f;
}
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rectrack benchmark: dashboard, ledger views and search on a database"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("file"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("runs per figure (default 5)"),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QStringLiteral("the date deadlines are seen from"),
                                         QStringLiteral("YYYY-MM-DD"), QStringLiteral("2025-06-16"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("also write the figures here"),
                                        QStringLiteral("file"));
    parser.addOptions({dbOption, repeatOption, todayOption, jsonOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "rectrack-bench: --db FILE is required\n");
        return 2;
    }
    const int repeats = std::max(1, parser.value(repeatOption).toInt());
    std::unique_ptr<Ledger> ledger;
    try {
        ledger = Ledger::open(parser.value(dbOption),
                              std::make_shared<FixedClock>(QDate::fromString(parser.value(todayOption), Qt::ISODate)), {});
    } catch (const Error& e) {
        std::fprintf(stderr, "rectrack-bench: %s\n", e.what());
        return 1;
    }
    const QList<Inspection> inspections = ledger->inspections().inspections();
    if (inspections.isEmpty()) {
        std::fprintf(stderr, "rectrack-bench: the database has no inspections (rectrack-cli generate makes some)\n");
        return 1;
    }
    const LedgerStats all = ledger->statistics(Scope::all());
    std::printf("database: %s — %d inspections, %d problems, %d suggestions, %d measures\n",
                parser.value(dbOption).toUtf8().constData(), all.inspections, all.findings, all.suggestions, all.measures);
    const QSqlDatabase db = ledger->database().connection();
    const Inspection one = inspections[inspections.size() / 2];
    QList<Figure> figures;
    const auto dashboard = [&](const QString& name, const Scope& scope) {
        figures << measure(name, repeats, [&] { computeDashboard(db, scope, ledger->today(), ledger->policy()); });
    };
    dashboard(QStringLiteral("dashboard: everything"), Scope::all());
    dashboard(QStringLiteral("dashboard: one round"), Scope::round(one.roundId));
    dashboard(QStringLiteral("dashboard: one inspection"), Scope::inspection(one.id));
    figures << measure(QStringLiteral("  of which totals"), repeats, [&] { ledger->statistics(Scope::all()); });
    figures << measure(QStringLiteral("  of which by category"), repeats, [&] { ledger->stats().byCategory(Scope::all()); });
    figures << measure(QStringLiteral("  of which by unit"), repeats,
                       [&] { ledger->stats().byUnit(Scope::all(), ledger->today(), ledger->policy()); });
    figures << measure(QStringLiteral("  of which burn-up"), repeats, [&] { ledger->stats().trend(Scope::all(), ledger->today()); });
    figures << measure(QStringLiteral("  of which by inspection"), repeats,
                       [&] { ledger->stats().byInspection(Scope::all(), ledger->today(), ledger->policy()); });

    const LedgerViews views = ledger->views();
    const auto page = [&](const QString& name, const LedgerFilter& filter, LedgerOrder order, bool measures) {
        figures << measure(name, repeats, [&] {
            if (measures)
                views.measures(filter, order, 0, 200);
            else
                views.findings(filter, order, 0, 200);
        });
    };
    LedgerFilter none;
    LedgerFilter overdue;
    overdue.deadlineStates = {DeadlineState::Overdue};
    page(QStringLiteral("问题清单 first page"), none, {}, false);
    page(QStringLiteral("问题清单 first page by deadline"), none, {LedgerSort::Deadline, false}, false);
    page(QStringLiteral("问题清单 overdue, first page"), overdue, {}, false);
    page(QStringLiteral("任务清单 first page"), none, {}, true);
    page(QStringLiteral("任务清单 first page by deadline"), none, {LedgerSort::Deadline, false}, true);
    page(QStringLiteral("任务清单 overdue, first page"), overdue, {}, true);
    figures << measure(QStringLiteral("任务清单 count (background)"), repeats, [&] { views.measureCount(none); });
    figures << measure(QStringLiteral("任务清单 overdue count (background)"), repeats, [&] { views.measureCount(overdue); });
    figures << measure(QStringLiteral("责任清单 by unit, everything (background)"), repeats, [&] { views.byUnit(none); });
    for (const char* words : {"整改方案", "台账", "审"}) {
        const QString text = QString::fromUtf8(words);
        figures << measure(QStringLiteral("search “%1”, top 100").arg(text), repeats, [&] { views.search(text, 100); });
        LedgerFilter filtered;
        filtered.text = text;
        page(QStringLiteral("问题清单 filtered by “%1”, first page").arg(text), filtered, {}, false);
    }

    if (parser.isSet(jsonOption)) {
        QJsonArray rows;
        for (const Figure& f : figures)
            rows.append(QJsonObject{{QStringLiteral("name"), f.name},
                                    {QStringLiteral("median_ms"), f.median},
                                    {QStringLiteral("min_ms"), f.min},
                                    {QStringLiteral("max_ms"), f.max}});
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(rows).toJson()) < 0) {
            std::fprintf(stderr, "rectrack-bench: cannot write %s\n", parser.value(jsonOption).toUtf8().constData());
            return 1;
        }
    }
    return 0;
}
