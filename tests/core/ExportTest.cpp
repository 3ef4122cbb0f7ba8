// Ledger exports read back: CSV parsed, XLSX unpacked and its sheet read (a test-time reader),
// PDF through pdftotext; the same rows as the table; failures leave no file.
#include "export/TableWriters.h"
#include "services/DataGenerator.h"
#include "services/SampleData.h"
#include "storage/Error.h"
#include "support/TestLedger.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <zip.h>

using namespace rectrack;
using namespace rectrack::test;

namespace {
// RFC 4180 with a UTF-8 BOM, as Excel and WPS read it.
QList<QStringList> readCsv(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

QByteArray zipEntry(const QString& path, const char* name, bool required = true) {
    int error = 0;
    zip_t* archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    REQUIRE(archive != nullptr);
    zip_stat_t st;
    if (!required && zip_stat(archive, name, 0, &st) != 0) {
        zip_close(archive);
        return {};
    }
    REQUIRE(zip_stat(archive, name, 0, &st) == 0);
    zip_file_t* file = zip_fopen(archive, name, 0);
    QByteArray data(static_cast<qsizetype>(st.size), '\0');
    REQUIRE(zip_fread(file, data.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(file);
    zip_close(archive);
    return data;
}

// The first sheet of an .xlsx as text cells (shared or inline strings, dates from serials).
QList<QStringList> readXlsx(const QString& path, const QList<TableColumn>& columns) {
    QStringList shared;
    QXmlStreamReader strings(zipEntry(path, "xl/sharedStrings.xml", false)); // none when strings are inline
    QString current;
    while (!strings.atEnd()) {
        strings.readNext();
        if (strings.isStartElement() && strings.name() == u"si")
            current.clear();
        if (strings.isStartElement() && strings.name() == u"t")
            current += strings.readElementText();
        if (strings.isEndElement() && strings.name() == u"si")
            shared << current;
    }
    QList<QStringList> rows;
    QXmlStreamReader sheet(zipEntry(path, "xl/worksheets/sheet1.xml"));
    QString type;
    int column = 0;
    while (!sheet.atEnd()) {
        sheet.readNext();
        if (sheet.isStartElement() && sheet.name() == u"row")
            rows << QStringList(columns.size());
        if (sheet.isStartElement() && sheet.name() == u"c") {
            type = sheet.attributes().value(QStringLiteral("t")).toString();
            const QString ref = sheet.attributes().value(QStringLiteral("r")).toString();
            column = 0;
            for (QChar ch : ref) {
                if (!ch.isLetter())
                    break;
                column = column * 26 + (ch.unicode() - u'A' + 1);
            }
            --column;
        }
        if (sheet.isStartElement() && sheet.name() == u"t" && type == u"inlineStr") {
            rows.last()[column] += sheet.readElementText();
            continue;
        }
        if (sheet.isStartElement() && sheet.name() == u"v") {
            const QString value = sheet.readElementText();
            QString cell;
            if (type == u"s")
                cell = shared.value(value.toInt());
            else if (columns[column].type == TableColumn::Type::Date)
                cell = QDate(1899, 12, 30).addDays(static_cast<qint64>(value.toDouble())).toString(Qt::ISODate);
            else if (columns[column].type == TableColumn::Type::Percent)
                cell = QString::number(value.toDouble() * 100.0, 'f', 1) + u'%';
            else
                cell = QString::number(value.toDouble());
            rows.last()[column] = cell;
        }
    }
    return rows;
}

QStringList expectedRow(const Table& table, int r) {
    QStringList cells;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        cells << cellText(table.rows[r][c], table.columns[c].type);
    return cells;
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
    QFile plain(notAFolder);
    REQUIRE(plain.open(QIODevice::WriteOnly));
    plain.close();
    for (const TableFormat format : {TableFormat::Csv, TableFormat::Xlsx, TableFormat::Pdf})
        CHECK_THROWS_AS(writeTable(*table, format, notAFolder + QStringLiteral("/out.file")), Error);
    CHECK(QDir(ledger.dir()).entryList(QDir::Files).filter(QStringLiteral("part")).isEmpty());

    const QString older = QDir(ledger.dir()).filePath(QStringLiteral("old.csv"));
    QFile old(older);
    REQUIRE(old.open(QIODevice::WriteOnly));
    old.write("older export");
    old.close();
    int calls = 0;
    CHECK_FALSE(ledgerTable(ledger->views(), LedgerKind::Measures, {}, [&](int, int) { return ++calls < 0; }));
    CHECK(calls == 1);
    QFile again(older);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == QByteArray("older export"));
}
