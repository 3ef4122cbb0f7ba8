// Ledger exports read back: CSV parsed, XLSX unpacked and its sheet read (a test-time reader),
// PDF through pdftotext; the same rows as the table; failures leave no file.
#include "export/LedgerExport.h"
#include "services/DataGenerator.h"
#include "services/SampleData.h"
#include "model/Error.h"
#include "support/ExportReadBack.h"
#include "support/TestLedger.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace rectrack;
using namespace rectrack::test;

namespace {
void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray fileContent(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString pdfText(const QString& path, int page = 0) {
    QProcess process;
    QStringList args{QStringLiteral("-layout")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    process.start(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
    REQUIRE(process.waitForFinished(30000));
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

TEST_CASE("CSV and XLSX read back give the rows of the ledger - every field", "[export]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    // a hostile title: quotes, commas, a line break, a formula
    Finding odd = ledger->findings().findings(1).first();
    odd.title = QStringLiteral("=SUM(A1) \"引号\", 逗号\n换行");
    ledger->findings().updateFinding(odd);
    for (const LedgerKind kind : {LedgerKind::Findings, LedgerKind::Measures, LedgerKind::Responsibility}) {
        INFO(ledgerTitle(kind).toStdString());
        const std::optional<Table> table = ledgerTable(ledger->views(), kind, {});
        REQUIRE(table);
        REQUIRE_FALSE(table->rows.isEmpty());
        const QString csv = QDir(ledger.dir()).filePath(QStringLiteral("ledger.csv"));
        writeCsv(*table, csv);
        const QList<QStringList> csvRows = readCsv(csv);
        REQUIRE(csvRows.size() == table->rows.size() + 1);
        CHECK(csvRows[0].size() == table->columns.size());
        for (int r = 0; r < table->rows.size(); ++r) {
            QStringList got = csvRows[r + 1];
            for (QString& cell : got)
                if (cell.startsWith(QStringLiteral("'=")))
                    cell.remove(0, 1); // kept from running as a formula
            CHECK(got == expectedRow(*table, r));
        }

        const QString xlsx = QDir(ledger.dir()).filePath(QStringLiteral("ledger.xlsx"));
        writeXlsx(*table, xlsx);
        const QList<QStringList> sheet = readXlsx(xlsx, table->columns);
        REQUIRE(sheet.size() == table->rows.size() + 1);
        CHECK(sheet[0][0] == table->columns[0].title);
        for (int r = 0; r < table->rows.size(); ++r)
            CHECK(sheet[r + 1] == expectedRow(*table, r));
        // the header row is frozen and filterable
        const QByteArray xml = zipEntry(xlsx, "xl/worksheets/sheet1.xml");
        CHECK(xml.contains("state=\"frozen\""));
        CHECK(xml.contains("<autoFilter"));
    }
}

TEST_CASE("The PDF table: landscape, header on every page, text as written", "[export][pdf]") {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF read-back is skipped");
        return;
    }
    TestLedger ledger;
    GeneratorSize size;
    size.findings = 120;
    generateData(*ledger, size);
    const std::optional<Table> table = ledgerTable(ledger->views(), LedgerKind::Measures, {});
    REQUIRE(table);
    const QString pdf = QDir(ledger.dir()).filePath(QStringLiteral("tasks.pdf"));
    writePdf(*table, pdf, QStringLiteral("截至 2025-06-16"));
    const QString first = pdfText(pdf, 1);
    CHECK(first.contains(QStringLiteral("任务清单 — 截至 2025-06-16")));
    CHECK(first.contains(QStringLiteral("整改措施")));
    CHECK(first.contains(QRegularExpression(QStringLiteral("—\\s*1\\s*—")))); // the page number
    CHECK(first.contains(table->rows[0][4].toString().left(10)));
    const QString second = pdfText(pdf, 2);
    CHECK(second.contains(QStringLiteral("责任单位"))); // the header again
    CHECK(second.contains(QRegularExpression(QStringLiteral("—\\s*2\\s*—"))));
    bool radicals = false;
    for (QChar c : pdfText(pdf))
        radicals = radicals || (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF);
    CHECK_FALSE(radicals);
}

TEST_CASE("An export that fails or is cancelled leaves no file - an older file stays", "[export]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    const std::optional<Table> table = ledgerTable(ledger->views(), LedgerKind::Findings, {});
    REQUIRE(table);
    // a folder that is a file: nothing can be written there
    const QString notAFolder = QDir(ledger.dir()).filePath(QStringLiteral("plain"));
    writeFile(notAFolder, {});
    for (const TableFormat format : {TableFormat::Csv, TableFormat::Xlsx, TableFormat::Pdf})
        CHECK_THROWS_AS(writeTable(*table, format, notAFolder + QStringLiteral("/out.file")), Error);
    CHECK(QDir(ledger.dir()).entryList(QDir::Files).filter(QStringLiteral("part")).isEmpty());

    const QString older = QDir(ledger.dir()).filePath(QStringLiteral("old.csv"));
    writeFile(older, "older export");
    int calls = 0;
    CHECK_FALSE(ledgerTable(ledger->views(), LedgerKind::Measures, {}, [&](int, int) { return ++calls < 0; }));
    CHECK(calls == 1);
    CHECK(fileContent(older) == QByteArray("older export"));
}

TEST_CASE("An XLSX written while it is read holds what the whole table gives - a cancel or a failure leaves no file",
          "[export]") {
    TestLedger ledger;
    GeneratorSize size;
    size.findings = 800; // about 3,200 measures: several chunks through the queue
    generateData(*ledger, size);
    const std::optional<Table> table = ledgerTable(ledger->views(), LedgerKind::Measures, {});
    REQUIRE(table);
    REQUIRE(table->rows.size() > 2000); // more than four chunks of the views
    const QString xlsx = QDir(ledger.dir()).filePath(QStringLiteral("tasks.xlsx"));

    SECTION("the same sheet, row for row") {
        QList<std::pair<int, int>> reports;
        const std::optional<int> rows =
            exportLedger(ledger->views(), LedgerKind::Measures, {}, TableFormat::Xlsx, xlsx, {}, [&](int done, int total) {
                reports.append({done, total});
                return true;
            });
        REQUIRE(rows);
        CHECK(*rows == table->rows.size());
        CHECK(reports.size() > 4);
        CHECK(reports.last() == std::pair{int(table->rows.size()), int(table->rows.size())});
        const QList<QStringList> sheet = readXlsx(xlsx, table->columns);
        REQUIRE(sheet.size() == table->rows.size() + 1);
        for (int r = 0; r < table->rows.size(); ++r)
            CHECK(sheet[r + 1] == expectedRow(*table, r));
        CHECK(zipEntry(xlsx, "xl/worksheets/sheet1.xml").contains("<autoFilter"));
    }
    SECTION("cancelled halfway: no file, an older one as it was") {
        writeFile(xlsx, "older export");
        const std::optional<int> rows = exportLedger(ledger->views(), LedgerKind::Measures, {}, TableFormat::Xlsx, xlsx,
                                                     {}, [](int done, int total) { return done < total / 2; });
        CHECK_FALSE(rows);
        CHECK(fileContent(xlsx) == QByteArray("older export"));
    }
    SECTION("the PDF: progress through reading, then drawing - a cancel while drawing leaves no file") {
        const QString pdf = QDir(ledger.dir()).filePath(QStringLiteral("tasks.pdf"));
        writeFile(pdf, "older export");
        int furthest = 0;
        int outOf = 0;
        const std::optional<int> rows = exportLedger(ledger->views(), LedgerKind::Measures, {}, TableFormat::Pdf, pdf, {},
                                                     [&](int done, int total) {
                                                         furthest = std::max(furthest, done);
                                                         outOf = total;
                                                         return done < total * 3 / 4; // half way through drawing
                                                     });
        CHECK_FALSE(rows);
        CHECK(outOf == 2 * table->rows.size());
        CHECK(furthest > table->rows.size()); // reading was done, drawing had begun
        CHECK(fileContent(pdf) == QByteArray("older export"));
    }
    SECTION("nowhere to write: an error, and nothing half-written") {
        const QString notAFolder = QDir(ledger.dir()).filePath(QStringLiteral("plain"));
        writeFile(notAFolder, {});
        CHECK_THROWS_AS(exportLedger(ledger->views(), LedgerKind::Measures, {}, TableFormat::Xlsx,
                                     notAFolder + QStringLiteral("/tasks.xlsx"), {}),
                        Error);
    }
    CHECK(QDir(ledger.dir()).entryList(QDir::Files).filter(QStringLiteral("part")).isEmpty());

    // The other formats go through the same call.
    const QString csv = QDir(ledger.dir()).filePath(QStringLiteral("tasks.csv"));
    CHECK(exportLedger(ledger->views(), LedgerKind::Measures, {}, TableFormat::Csv, csv, {}) == table->rows.size());
    const QList<QStringList> read = readCsv(csv);
    CHECK(read.size() == table->rows.size() + 2); // the header, the rows, the history anchor
    CHECK(read.last().value(1).startsWith(QStringLiteral("rectrack-anchor:")));
}
