// rectrack-bench: what users wait for, at the scale of a provincial office, beside the floor
// (the sqlite3 shell running the same SQL) and the spreadsheet (LibreOffice). See
// docs/performance.md for the figures and how to run it.
//
//   rectrack-bench --size S|M|L [--repeat N] [--json FILE] [--work DIR] [--reuse]
//   rectrack-bench --db FILE ...        (a database made earlier: nothing is generated)
//   rectrack-bench --size S|M|L --server postgresql://…  (the same ledger on a PostgreSQL server)

#include "Figures.h"
#include "Programs.h"
#include "ServerBench.h"
#include "SheetBench.h"
#include "SqlShell.h"

#include "bulletin/BulletinComposer.h"
#include "export/LedgerTable.h"
#include "export/OfficialDocumentPdf.h"
#include "export/LedgerExport.h"
#include "import/BulletinParser.h"
#include "import/readers/DocumentReader.h"
#include "services/BulkEdit.h"
#include "services/BulletinSource.h"
#include "services/DashboardFigures.h"
#include "services/DataGenerator.h"
#include "services/Ledger.h"
#include "model/Error.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>
#include <cstdio>
#include <random>

using namespace rectrack;
using namespace rectrack::bench;

namespace {
constexpr int EditsTimed = 2000; // single status edits, each its own durable commit


double megabytes(const QString& path) {
    double bytes = 0;
    for (const char* suffix : {"", "-wal"})
        bytes += static_cast<double>(QFileInfo(path + QString::fromLatin1(suffix)).size());
    return bytes / 1e6;
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The inspection whose number of findings is nearest to `wanted`.
Id inspectionOfSize(Ledger& ledger, int wanted, int* found) {
    Id best = 0;
    int bestCount = -1;
    for (const Inspection& i : ledger.inspections().inspections()) {
        const int n = ledger.findings().findingCount(i.id);
        if (bestCount < 0 || std::abs(n - wanted) < std::abs(bestCount - wanted)) {
            best = i.id;
            bestCount = n;
        }
    }
    *found = bestCount;
    return best;
}

// Ours against the shell: the median time of `work` and of the same SQL in sqlite3.
void againstShell(Figures& figures, Ledger& ledger, const QString& file, const QString& name, int runs,
                  const std::function<void()>& work) {
    const Figure ours = figures.time(name, runs, work);
    const QStringList sql = captureStatements(ledger.database().connection(), work);
    QList<double> shell;
    for (int i = 0; i < runs; ++i)
        if (const auto ms = shellMilliseconds(file, sql))
            shell << *ms;
    if (shell.isEmpty()) {
        figures.skip(name + QStringLiteral(" — sqlite3 shell"), QStringLiteral("sqlite3 is not installed or failed"));
        return;
    }
    const Figure floor = figures.add(name + QStringLiteral(" — sqlite3 shell, same %1 statements").arg(sql.size()),
                                     QStringLiteral("ms"), shell);
    figures.add(name + QStringLiteral(" — ours / shell"), QStringLiteral("×"),
                {floor.median > 0 ? ours.median / floor.median : 0});
}

} // namespace

int main(int argc, char* argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts and PDFs without a display
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Rectrack benchmark (docs/performance.md)"));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size"), QStringLiteral("generate a ledger: S, M or L"),
                                        QStringLiteral("S|M|L"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("use this database instead"),
                                      QStringLiteral("file"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"), QStringLiteral("runs per figure (default 5)"),
                                          QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption todayOption(QStringLiteral("today"), QStringLiteral("the date deadlines are seen from"),
                                         QStringLiteral("YYYY-MM-DD"), QStringLiteral("2025-06-16"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("also write the figures here"),
                                        QStringLiteral("file"));
    const QCommandLineOption workOption(QStringLiteral("work"), QStringLiteral("folder for the generated files"),
                                        QStringLiteral("dir"), QDir::temp().filePath(QStringLiteral("rectrack-bench")));
    const QCommandLineOption reuseOption(QStringLiteral("reuse"),
                                         QStringLiteral("keep a ledger generated by an earlier run of the same size"));
    const QCommandLineOption reportsOption(QStringLiteral("reports"), QStringLiteral("folder of the real bulletins"),
                                           QStringLiteral("dir"),
                                           QStringLiteral(RECTRACK_SOURCE_DIR "/../shared/reports"));
    const QCommandLineOption scrollOption(QStringLiteral("scroll-timeout"),
                                          QStringLiteral("seconds allowed for scrolling the whole 任务清单 (default 1200)"),
                                          QStringLiteral("s"), QStringLiteral("1200"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("run only these sections (comma-separated): start, dashboard, search, edits, scroll, "
                       "import, sheet, bulletin, export"),
        QStringLiteral("sections"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QStringLiteral("also measure the ledger on this PostgreSQL server: an empty database it is pushed into "
                       "(scripts/throwaway-postgres.sh makes one), or one pushed earlier"),
        QStringLiteral("url"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"),
                                           QStringLiteral("desks editing the server's ledger at once (default 16)"),
                                           QStringLiteral("n"), QStringLiteral("16"));
    parser.addOptions({sizeOption, dbOption, repeatOption, todayOption, jsonOption, workOption, reuseOption,
                       reportsOption, scrollOption, onlyOption, serverOption, clientsOption});
    parser.process(app);
    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&](const char* section) { return only.isEmpty() || only.contains(QLatin1String(section)); };

    const int runs = std::max(1, parser.value(repeatOption).toInt());
    const QString todayText = parser.value(todayOption);
    const auto clock = std::make_shared<FixedClock>(QDate::fromString(todayText, Qt::ISODate));
    const QString work = parser.value(workOption);
    QDir().mkpath(work);
    Figures figures;
    QJsonObject about{{QStringLiteral("date"), QDateTime::currentDateTime().toString(Qt::ISODate)},
                      {QStringLiteral("machine"), QSysInfo::prettyProductName() + QStringLiteral(", ") +
                                                      QString::number(QThread::idealThreadCount()) +
                                                      QStringLiteral(" cores")},
                      {QStringLiteral("version"), QStringLiteral(RECTRACK_VERSION)}};

    // 1. The ledger: generated (timed) or given.
    QString file;
    if (parser.isSet(dbOption)) {
        file = parser.value(dbOption);
        if (!QFileInfo(file).isFile()) { // opening would create an empty ledger there
            std::fprintf(stderr, "rectrack-bench: %s is not a file\n", file.toUtf8().constData());
            return 1;
        }
    } else {
        const auto size = generatorSize(parser.value(sizeOption));
        if (!size) {
            std::fprintf(stderr, "rectrack-bench: --size S, M or L (or --db FILE) is required\n");
            return 2;
        }
        file = QDir(work).filePath(QStringLiteral("ledger-%1.sqlite").arg(parser.value(sizeOption)));
        about.insert(QStringLiteral("size"), parser.value(sizeOption));
        if (!parser.isSet(reuseOption) || !QFileInfo::exists(file)) {
            for (const char* suffix : {"", "-wal", "-shm"})
                QFile::remove(file + QString::fromLatin1(suffix));
            try {
                auto ledger = Ledger::open(file, clock, QStringLiteral("bench"));
                GeneratedCounts counts;
                figures.time(QStringLiteral("generate"), 1, [&] { counts = generateData(*ledger, *size); });
                about.insert(QStringLiteral("generated"),
                             QJsonObject{{QStringLiteral("inspections"), counts.inspections},
                                         {QStringLiteral("rounds"), counts.rounds},
                                         {QStringLiteral("findings"), counts.findings},
                                         {QStringLiteral("measures"), counts.measures},
                                         {QStringLiteral("notes"), counts.notes},
                                         {QStringLiteral("evidence"), counts.evidence}});
            } catch (const Error& e) {
                std::fprintf(stderr, "rectrack-bench: %s\n", e.what());
                return 1;
            }
        } else {
            figures.skip(QStringLiteral("generate"), QStringLiteral("reused %1").arg(file));
        }
    }
    std::unique_ptr<Ledger> ledger;
    try {
        ledger = Ledger::open(file, clock, QStringLiteral("bench"));
    } catch (const Error& e) {
        std::fprintf(stderr, "rectrack-bench: %s\n", e.what());
        return 1;
    }
    const LedgerStats all = ledger->statistics(Scope::all());
    const int historyEntries =
        static_cast<int>(ledger->history().entryCount());
    std::printf("database: %s — %d inspections, %d problems, %d suggestions, %d measures, %d history entries\n",
                file.toUtf8().constData(), all.inspections, all.findings, all.suggestions, all.measures,
                historyEntries);
    figures.add(QStringLiteral("database size on disk"), QStringLiteral("MB"), {megabytes(file)});
    about.insert(QStringLiteral("database"),
                 QJsonObject{{QStringLiteral("inspections"), all.inspections},
                             {QStringLiteral("problems"), all.findings},
                             {QStringLiteral("suggestions"), all.suggestions},
                             {QStringLiteral("measures"), all.measures},
                             {QStringLiteral("history"), historyEntries}});
    const QSqlDatabase db = ledger->database().connection();
    const QList<Inspection> inspections = ledger->inspections().inspections();
    if (inspections.isEmpty()) {
        std::fprintf(stderr, "rectrack-bench: the database has no inspections\n");
        return 1;
    }

    // 2. Cold start of the desktop program to the first painted 任务清单 page.
    const QString desktop = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("rectrack"));
    if (!wanted("start")) {
    } else if (QFileInfo(desktop).isExecutable()) {
        QList<double> paint;
        QString error;
        for (int i = 0; i < runs; ++i)
            if (const auto run = runDesktop(desktop, file, todayText, false, 60'000, &error))
                paint << run->firstPaintMs;
        if (paint.isEmpty())
            figures.skip(QStringLiteral("cold start to the first painted 任务清单 page"), error);
        else
            figures.add(QStringLiteral("cold start to the first painted 任务清单 page"), QStringLiteral("ms"), paint);
    } else {
        figures.skip(QStringLiteral("cold start"), QStringLiteral("the desktop program was not built"));
    }

    // 3. Dashboard: every aggregate, for everything and for one inspection; 4. search.
    const Inspection one = inspections[inspections.size() / 2];
    if (wanted("dashboard")) {
        againstShell(figures, *ledger, file, QStringLiteral("dashboard: everything"), runs,
                     [&] { computeDashboard(db, Scope::all(), ledger->today(), ledger->policy()); });
        againstShell(figures, *ledger, file, QStringLiteral("dashboard: one inspection"), runs,
                     [&] { computeDashboard(db, Scope::inspection(one.id), ledger->today(), ledger->policy()); });
    }
    const LedgerViews views = ledger->views();
    if (wanted("search")) {
        againstShell(figures, *ledger, file, QStringLiteral("search “整改方案” (4 characters), top 100"), runs,
                     [&] { views.search(QStringLiteral("整改方案"), 100); });
        againstShell(figures, *ledger, file, QStringLiteral("search “台账” (2 characters), top 100"), runs,
                     [&] { views.search(QStringLiteral("台账"), 100); });
    }

    // 5. Edits, each committed durably (synchronous = FULL), with its history entry.
    if (wanted("edits")) {
        LedgerFilter open;
        open.statuses = {Status::NotStarted, Status::InProgress};
        const QList<MeasureListRow> rows = views.measures(open, {}, 0, 10'000);
        // Every edit changes the status (an edit to the same value writes nothing), of a measure
        // picked at random: 2,000 of them, so that p99 is not one or two slow commits.
        std::mt19937 random(1);
        QHash<Id, Status> status;
        for (const MeasureListRow& r : rows)
            status.insert(r.row.measure.id, r.row.measure.status);
        QList<double> ms;
        const int checkpointsBefore = ledger->database().checkpointsDone();
        for (int i = 0; i < EditsTimed && !rows.isEmpty(); ++i) {
            const Id id = rows[static_cast<qsizetype>(random() % rows.size())].row.measure.id;
            const Status next = status.value(id) == Status::InProgress ? Status::NotStarted : Status::InProgress;
            QElapsedTimer timer;
            timer.start();
            ledger->findings().setMeasureStatus(id, next, ledger->today());
            ms << static_cast<double>(timer.nsecsElapsed()) / 1e6;
            status.insert(id, next);
        }
        std::sort(ms.begin(), ms.end());
        figures.add(QStringLiteral("one status edit committed, p50"), QStringLiteral("ms"), {quantile(ms, 0.5)},
                    QStringLiteral("of %1 edits").arg(ms.size()));
        figures.add(QStringLiteral("one status edit committed, p99"), QStringLiteral("ms"), {quantile(ms, 0.99)},
                    QStringLiteral("%1 checkpoints meanwhile").arg(ledger->database().checkpointsDone() - checkpointsBefore));
        QList<Id> ids;
        for (const MeasureListRow& r : rows)
            ids << r.row.measure.id;
        figures.time(QStringLiteral("bulk edit: status of %1 measures").arg(ids.size()), 1,
                     [&] { BulkEdit::setStatus(*ledger, ItemKind::Measure, ids, Status::InProgress); });
    }

    // 6 and 9. Scroll the whole 任务清单 in the desktop program; its peak memory.
    if (wanted("scroll") && QFileInfo(desktop).isExecutable()) {
        QString error;
        const int timeout = parser.value(scrollOption).toInt() * 1000;
        if (const auto run = runDesktop(desktop, file, todayText, true, timeout, &error)) {
            figures.add(QStringLiteral("scroll the whole 任务清单 (%1 rows)").arg(run->rows), QStringLiteral("ms"),
                        {run->scrollMs});
            figures.add(QStringLiteral("desktop program peak memory after scrolling"), QStringLiteral("MiB"),
                        {static_cast<double>(run->peakResidentKiB) / 1024.0});
        } else {
            figures.skip(QStringLiteral("scroll the whole 任务清单"), error);
        }
    }

    // 7. Import parse: the real bulletin and a fixture of the project.
    const QList<QPair<QString, QString>> documents{
        {QStringLiteral("import parse: real bulletin 000"),
         QDir(parser.value(reportsOption)).filePath(QStringLiteral("000_489d3953438e12cd.txt"))},
        {QStringLiteral("import parse: fixture feedback-list.txt"),
         QStringLiteral(RECTRACK_SOURCE_DIR "/tests/fixtures/import/feedback-list.txt")}};
    for (const auto& [name, path] : wanted("import") ? documents : decltype(documents){}) {
        const QByteArray bytes = readFile(path);
        if (bytes.isEmpty()) {
            figures.skip(name, QStringLiteral("%1 is not there").arg(path));
            continue;
        }
        figures.time(name, runs, [&] { parseBulletin(readDocument(QFileInfo(path).fileName(), bytes).text); });
    }

    // 7b. An office's ledger workbook of 10,000 measure rows, imported into a new ledger.
    if (wanted("sheet"))
        if (const int code = benchSheetImport(figures, work, 10'000, clock); code != 0)
            return code;

    // 8. Bulletin PDFs and the whole 任务清单 as XLSX, CSV and PDF.
    const OfficialFonts fonts = defaultOfficialFonts(QFontDatabase::families());
    for (const int findings : wanted("bulletin") ? QList<int>{28, 500} : QList<int>{}) {
        int found = 0;
        const Id inspection = inspectionOfSize(*ledger, findings, &found);
        int pages = 0;
        QList<double> ms;
        for (int i = 0; i < (findings > 100 ? 1 : runs); ++i) {
            QElapsedTimer timer;
            timer.start();
            const BulletinData data = loadBulletinData(*ledger, inspection);
            pages = renderOfficialDocument(composeBulletin(data, defaultBulletinTexts(data, ledger->today())), fonts,
                                           data.inspection.title)
                        .pages;
            ms << static_cast<double>(timer.nsecsElapsed()) / 1e6;
        }
        figures.add(QStringLiteral("bulletin PDF, %1 findings").arg(found), QStringLiteral("ms"), ms,
                    QStringLiteral("%1 pages").arg(pages));
    }
    if (wanted("export")) {
        // Each export is timed whole: reading the ledger and writing the file (for the XLSX the
        // two overlap, on two threads).
        const QString csv = QDir(work).filePath(QStringLiteral("tasks.csv"));
        const QString xlsx = QDir(work).filePath(QStringLiteral("tasks.xlsx"));
        const QString pdf = QDir(work).filePath(QStringLiteral("tasks.pdf"));
        const auto exported = [&](TableFormat format, const QString& path) {
            return [&views, format, path] { exportLedger(views, LedgerKind::Measures, {}, format, path, QStringLiteral("全部")); };
        };
        const int rows = views.measureCount({});
        const Figure ourXlsx = figures.time(QStringLiteral("任务清单 XLSX (%1 rows), read and written").arg(rows), 1,
                                            exported(TableFormat::Xlsx, xlsx));
        figures.time(QStringLiteral("任务清单 CSV, read and written"), 1, exported(TableFormat::Csv, csv));
        const Figure ourPdf = figures.time(QStringLiteral("任务清单 PDF, read and written"), 1, exported(TableFormat::Pdf, pdf));
        // The spreadsheet users have today, on the same 任务清单.
        for (const auto& [format, ours] : {std::pair{QStringLiteral("xlsx"), ourXlsx}, std::pair{QStringLiteral("pdf"), ourPdf}}) {
            const QString name = QStringLiteral("LibreOffice: 任务清单 CSV → %1").arg(format.toUpper());
            QString error;
            const QString out = QDir(work).filePath(QStringLiteral("office"));
            QDir().mkpath(out);
            if (const auto ms = libreOfficeConvert(csv, format, out, &error)) {
                const Figure office = figures.add(name, QStringLiteral("ms"), {*ms});
                figures.add(QStringLiteral("ours / LibreOffice, %1").arg(format.toUpper()), QStringLiteral("×"),
                            {ours.median / office.median});
            } else {
                figures.skip(name, error);
            }
        }
    }

    if (parser.isSet(serverOption)) {
        const int code = benchServer(figures, {parser.value(serverOption), file, runs,
                                               std::max(1, parser.value(clientsOption).toInt()), clock});
        if (code != 0)
            return code;
    }

    if (parser.isSet(jsonOption)) {
        about.insert(QStringLiteral("figures"), figures.toJson());
        QFile out(parser.value(jsonOption));
        if (!out.open(QIODevice::WriteOnly) || out.write(QJsonDocument(about).toJson()) < 0) {
            std::fprintf(stderr, "rectrack-bench: cannot write %s\n", parser.value(jsonOption).toUtf8().constData());
            return 1;
        }
    }
    return 0;
}
