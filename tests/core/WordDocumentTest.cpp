// The Word documents Rectrack writes: the bulletin (整改情况通报) laid out as the official PDF
// is, the 整改方案 task table and the ledgers as landscape Word tables. Each package is opened
// as Word would (every part well-formed XML), its page, grid, styles, fonts and footers checked
// by value, and read back by the project's own Word readers; where LibreOffice is installed the
// bulletin is also turned into a PDF by it and compared with ours.

#include "bulletin/BulletinComposer.h"
#include "export/LedgerExport.h"
#include "export/OfficialDocumentDocx.h"
#include "export/OfficialDocumentPdf.h"
#include "export/WordTable.h"
#include "import/readers/DocumentReader.h"
#include "import/readers/DocxTables.h"
#include "services/BulletinFile.h"
#include "services/BulletinImport.h"
#include "services/BulletinSource.h"
#include "services/SampleData.h"
#include "services/TaskTable.h"
#include "support/ExportReadBack.h"
#include "support/TestLedger.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

using namespace rectrack;
using rectrack::test::TestLedger;
using rectrack::test::zipEntry;

namespace {
// Each element named `name` (local name, any namespace) with its attributes, in order; the
// XML must be well-formed.
QList<QXmlStreamAttributes> elements(const QByteArray& xml, const QString& name) {
    QXmlStreamReader reader(xml);
    QList<QXmlStreamAttributes> found;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            found << reader.attributes();
    }
    INFO(reader.errorString().toStdString());
    REQUIRE_FALSE(reader.hasError());
    return found;
}

QString attribute(const QXmlStreamAttributes& attributes, const QString& name) {
    for (const QXmlStreamAttribute& a : attributes)
        if (a.name() == name)
            return a.value().toString();
    return {};
}

// The style's part of styles.xml, from <w:style … w:styleId="id"> to its end.
QByteArray styleXml(const QByteArray& styles, const QString& id) {
    const qsizetype start = styles.indexOf(QStringLiteral("w:styleId=\"%1\"").arg(id).toUtf8());
    REQUIRE(start >= 0);
    return styles.mid(start, styles.indexOf("</w:style>", start) - start);
}

QStringList nonEmptyLines(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    return lines;
}

BulletinDocument sampleBulletin(Ledger& ledger, BulletinTexts* texts) {
    const BulletinData data = loadBulletinData(ledger, 1);
    *texts = defaultBulletinTexts(data, ledger.today());
    return composeBulletin(data, *texts);
}

QByteArray fileBytes(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString readText(const QString& path) { return readDocument(path, fileBytes(path)).text; }
} // namespace

TEST_CASE("The bulletin as Word: A4, official margins, the 28 by 22 grid, named styles and outer page numbers",
          "[word][bulletin]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinTexts texts;
    const BulletinDocument document = sampleBulletin(*ledger, &texts);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("通报.docx"));
    writeOfficialDocx(document, defaultOfficialFonts(QFontDatabase::families()), texts.title, path, QStringLiteral("anchor-1"));

    for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/settings.xml",
                             "word/fontTable.xml", "docProps/core.xml", "docProps/app.xml"})
        elements(zipEntry(path, part), QStringLiteral("none")); // well-formed
    const QByteArray body = zipEntry(path, "word/document.xml");
    const QByteArray styles = zipEntry(path, "word/styles.xml");

    // page and margins in twips: 210 × 297 mm; 37, 35, 28, 26 mm
    const QList<QXmlStreamAttributes> size = elements(body, QStringLiteral("pgSz"));
    REQUIRE(size.size() == 1);
    CHECK(attribute(size[0], QStringLiteral("w")) == u"11906");
    CHECK(attribute(size[0], QStringLiteral("h")) == u"16838");
    const QXmlStreamAttributes margins = elements(body, QStringLiteral("pgMar")).value(0);
    CHECK(attribute(margins, QStringLiteral("top")) == u"2098");
    CHECK(attribute(margins, QStringLiteral("bottom")) == u"1984");
    CHECK(attribute(margins, QStringLiteral("left")) == u"1587");
    CHECK(attribute(margins, QStringLiteral("right")) == u"1474");
    // 22 lines of 579 twips fill the 225 mm text height; 28 characters of 3号 with the grid's
    // squeeze fill the 156 mm line
    const QXmlStreamAttributes grid = elements(body, QStringLiteral("docGrid")).value(0);
    CHECK(attribute(grid, QStringLiteral("type")) == u"linesAndChars");
    const int linePitch = attribute(grid, QStringLiteral("linePitch")).toInt();
    CHECK(linePitch * 22 <= 12756);
    CHECK(linePitch * 23 > 12756);
    const double charPitch = 320 + attribute(grid, QStringLiteral("charSpace")).toDouble() / 4096 * 20;
    CHECK(charPitch * 28 <= 8844);
    CHECK(charPitch * 28 > 8844 - 28);

    // named styles with the official faces and sizes; the faces missing here are given the PDF's
    // fallbacks as alternative names
    CHECK(styleXml(styles, QStringLiteral("Title")).contains("w:eastAsia=\"方正小标宋简体\""));
    CHECK(styleXml(styles, QStringLiteral("Title")).contains("<w:sz w:val=\"44\"/>"));
    CHECK(styleXml(styles, QStringLiteral("Normal")).contains("w:eastAsia=\"仿宋_GB2312\""));
    CHECK(styleXml(styles, QStringLiteral("Normal")).contains("<w:sz w:val=\"32\"/>"));
    CHECK(styleXml(styles, QStringLiteral("Normal")).contains("w:firstLineChars=\"200\""));
    CHECK(styleXml(styles, QStringLiteral("Heading1")).contains("w:eastAsia=\"黑体\""));
    CHECK(styleXml(styles, QStringLiteral("Heading1")).contains("<w:keepNext/>"));
    CHECK(styleXml(styles, QStringLiteral("Heading2")).contains("w:eastAsia=\"楷体_GB2312\""));
    CHECK(styleXml(styles, QStringLiteral("Normal")).contains("w:ascii=\"Times New Roman\""));
    const OfficialFonts fonts = defaultOfficialFonts(QFontDatabase::families());
    const QByteArray fontTable = zipEntry(path, "word/fontTable.xml");
    if (fonts.body != QStringLiteral("仿宋_GB2312"))
        CHECK(fontTable.contains(QStringLiteral("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"%1\"/>").arg(fonts.body).toUtf8()));
    // every paragraph names one of those styles
    QSet<QString> used;
    for (const QXmlStreamAttributes& a : elements(body, QStringLiteral("pStyle")))
        used << attribute(a, QStringLiteral("val"));
    CHECK(used == QSet<QString>{QStringLiteral("Title"), QStringLiteral("Normal"), QStringLiteral("Heading1"),
                                QStringLiteral("Heading2"), QStringLiteral("Heading3"), QStringLiteral("Signature"),
                                QStringLiteral("Date")});

    // page numbers: a PAGE field between dashes, odd pages right and even pages left
    CHECK(elements(zipEntry(path, "word/settings.xml"), QStringLiteral("evenAndOddHeaders")).size() == 1);
    QMap<QString, QString> footers; // type → relationship
    for (const QXmlStreamAttributes& a : elements(body, QStringLiteral("footerReference")))
        footers.insert(attribute(a, QStringLiteral("type")), attribute(a, QStringLiteral("id")));
    REQUIRE(footers.keys() == QStringList{QStringLiteral("default"), QStringLiteral("even")});
    QMap<QString, QString> targets; // relationship → part
    for (const QXmlStreamAttributes& a : elements(zipEntry(path, "word/_rels/document.xml.rels"), QStringLiteral("Relationship")))
        targets.insert(attribute(a, QStringLiteral("Id")), attribute(a, QStringLiteral("Target")));
    const auto footer = [&](const QString& type) {
        return zipEntry(path, (QStringLiteral("word/") + targets.value(footers.value(type))).toUtf8().constData());
    };
    for (const QString& type : {QStringLiteral("default"), QStringLiteral("even")}) {
        const QByteArray xml = footer(type);
        CHECK(attribute(elements(xml, QStringLiteral("fldSimple")).value(0), QStringLiteral("instr")).trimmed() == u"PAGE");
        CHECK(xml.contains("— </w:t>"));
        CHECK(xml.contains("> —</w:t>"));
        CHECK(attribute(elements(xml, QStringLiteral("jc")).value(0), QStringLiteral("val")) ==
              (type == u"default" ? u"right" : u"left"));
    }
    // the signature right of the middle, the date under it two characters further right
    QMap<QString, int> leftChars; // paragraph style → its indent, in hundredths of a character
    {
        QXmlStreamReader reader(body);
        QString style;
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            if (reader.name() == u"pStyle")
                style = attribute(reader.attributes(), QStringLiteral("val"));
            else if (reader.name() == u"ind" && (style == u"Signature" || style == u"Date"))
                leftChars.insert(style, attribute(reader.attributes(), QStringLiteral("leftChars")).toInt());
        }
    }
    REQUIRE(leftChars.size() == 2);
    CHECK(leftChars.value(QStringLiteral("Signature")) >= 1000);
    CHECK(leftChars.value(QStringLiteral("Date")) == leftChars.value(QStringLiteral("Signature")) + 200);

    // the properties: the title, and the history's anchor as in the PDF
    const QByteArray core = zipEntry(path, "docProps/core.xml");
    CHECK(core.contains(texts.title.toUtf8()));
    CHECK(core.contains("anchor-1"));

    // read back by the project's Word reader: the composed text, paragraph by paragraph
    CHECK(nonEmptyLines(readText(path)) == nonEmptyLines(document.plainText()));
}

TEST_CASE("The same bulletin gives the same Word file, byte for byte", "[word][bulletin]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinTexts texts;
    const BulletinDocument document = sampleBulletin(*ledger, &texts);
    const OfficialFonts fonts = defaultOfficialFonts(QFontDatabase::families());
    CHECK(officialDocumentDocx(document, fonts, texts.title) == officialDocumentDocx(document, fonts, texts.title));
}

TEST_CASE("Text Word cannot hold is left out of the document, the rest kept", "[word][bulletin]") {
    BulletinDocument document;
    document.add(BulletinBlock::Style::Title, QStringLiteral("标题"));
    document.add(BulletinBlock::Style::Body, QStringLiteral("控制\x01字符\x1f与<标签>&符号\t制表") + QChar(0xD800) +
                                                 QStringLiteral("半个代理对；𠀀扩展字"));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.docx"));
    writeOfficialDocx(document, defaultOfficialFonts(QFontDatabase::families()), QStringLiteral("标题"), path);
    elements(zipEntry(path, "word/document.xml"), QStringLiteral("none"));
    const QString text = readText(path);
    CHECK(text.contains(QStringLiteral("控制字符与<标签>&符号")));
    CHECK(text.contains(QStringLiteral("半个代理对；𠀀扩展字")));
}

TEST_CASE("A bulletin's Word file is not written over the ledger or left half-written", "[word][bulletin][file]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinTexts texts;
    const BulletinDocument document = sampleBulletin(*ledger, &texts);
    const QString database = ledger.path();
    const QByteArray before = fileBytes(database);
    CHECK_THROWS(writeOfficialDocx(document, defaultOfficialFonts(QFontDatabase::families()), texts.title, database));
    CHECK(fileBytes(database) == before);
    QTemporaryDir dir;
    CHECK_THROWS(writeOfficialDocx(document, defaultOfficialFonts(QFontDatabase::families()), texts.title,
                                   dir.filePath(QStringLiteral("no/such/folder/x.docx"))));
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("The task table as Word: landscape, header on every page, a problem merged over its measures, read back",
          "[word][tasks]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    const TaskTable tasks = loadTaskTable(*ledger, 1);
    CHECK(tasks.table.columns.size() == 8);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("任务分解表.docx"));
    REQUIRE(writeTaskTable(tasks, path));
    const QByteArray body = zipEntry(path, "word/document.xml");
    const QXmlStreamAttributes size = elements(body, QStringLiteral("pgSz")).value(0);
    CHECK(attribute(size, QStringLiteral("orient")) == u"landscape");
    CHECK(attribute(size, QStringLiteral("w")) == u"16838");
    CHECK(elements(body, QStringLiteral("tblHeader")).size() == 1); // the first row, repeated by Word
    CHECK(body.indexOf("<w:tblHeader/>") < body.indexOf("序号"));
    int restarts = 0;
    for (const QXmlStreamAttributes& a : elements(body, QStringLiteral("vMerge")))
        restarts += attribute(a, QStringLiteral("val")) == u"restart";
    CHECK(restarts > 0);

    // every measure once, each with its problem (the merged cell's text) and its deadline
    const QList<Sheet> tables = readDocxTables(fileBytes(path));
    REQUIRE(tables.size() == 1);
    const QList<SheetRow>& rows = tables[0].rows;
    REQUIRE(rows.size() == tasks.table.rows.size() + 1);
    CHECK(rows[0].cells.mid(0, 8) == QStringList{QStringLiteral("序号"), QStringLiteral("问题"), QStringLiteral("整改措施"),
                                                QStringLiteral("责任领导"), QStringLiteral("牵头单位"), QStringLiteral("配合单位"),
                                                QStringLiteral("责任人"), QStringLiteral("整改时限")});
    int measures = 0;
    for (const Finding& f : ledger->findings().findings(1))
        measures += static_cast<int>(std::max<qsizetype>(1, ledger->findings().measures(f.id).size()));
    int measureRows = 0;
    for (qsizetype r = 1; r < rows.size(); ++r)
        if (!tasks.layout.spanningRows.contains(static_cast<int>(r - 1))) {
            ++measureRows;
            CHECK_FALSE(rows[r].cells.value(1).isEmpty());
        }
    CHECK(measureRows == measures);

    // imported again as a 整改方案: the same problems with the same measures
    const BulletinFile read = readBulletinFile(path);
    int problems = 0, importedMeasures = 0;
    for (const ParsedFinding& f : read.bulletin.findings) {
        ++problems;
        importedMeasures += static_cast<int>(f.measures.size());
    }
    CHECK(problems == ledger->findings().findings(1).size());
    int ledgerMeasures = 0;
    for (const Finding& f : ledger->findings().findings(1))
        ledgerMeasures += static_cast<int>(ledger->findings().measures(f.id).size());
    CHECK(importedMeasures == ledgerMeasures);
}

TEST_CASE("A ledger as a Word table: every row under a repeating header", "[word][export]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    QTemporaryDir dir;
    for (const LedgerKind kind : {LedgerKind::Findings, LedgerKind::Measures, LedgerKind::Responsibility}) {
        const QString path = dir.filePath(QStringLiteral("ledger-%1.docx").arg(static_cast<int>(kind)));
        const std::optional<int> rows =
            exportLedger(ledger->views(), kind, LedgerFilter{}, TableFormat::Docx, path, QStringLiteral("截至今天"));
        REQUIRE(rows);
        const QList<Sheet> tables = readDocxTables(fileBytes(path));
        REQUIRE(tables.size() == 1);
        CHECK(tables[0].rows.size() == *rows + 1);
        CHECK(tables[0].rows[0].cells.value(0) == ledgerTableShape(kind).columns[0].title);
        const QByteArray body = zipEntry(path, "word/document.xml");
        CHECK(body.contains("<w:tblHeader/>"));
        CHECK(body.contains("w:orient=\"landscape\""));
    }
}

TEST_CASE("LibreOffice lays the Word bulletin out on as many pages as our PDF, with the same text", "[word][bulletin][libreoffice]") {
    const QString office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
    if (office.isEmpty() || QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("LibreOffice (soffice) or pdftotext is not installed: the Word layout check is skipped "
             "(apt-get install libreoffice-writer-nogui poppler-utils to run it)");
        return;
    }
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinTexts texts;
    const BulletinDocument document = sampleBulletin(*ledger, &texts);
    const OfficialFonts fonts = defaultOfficialFonts(QFontDatabase::families());
    QTemporaryDir dir;
    const QString docx = dir.filePath(QStringLiteral("bulletin.docx"));
    const QString ours = dir.filePath(QStringLiteral("ours.pdf"));
    writeOfficialDocx(document, fonts, texts.title, docx);
    const int pages = writeOfficialDocument(document, fonts, texts.title, ours);

    QProcess convert;
    convert.start(office, {QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile")),
                           QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
                           QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")), docx});
    REQUIRE(convert.waitForFinished(180000));
    const QString theirs = dir.filePath(QStringLiteral("lo/bulletin.pdf"));
    REQUIRE(QFile::exists(theirs));
    const auto text = [](const QString& pdf) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")}); // in the order written
        REQUIRE(p.waitForFinished(60000));
        static const QRegularExpression noise(QStringLiteral("\\s+|—\\s*\\d+\\s*—"));
        return QString::fromUtf8(p.readAllStandardOutput()).remove(noise).remove(u'\f');
    };
    const auto pageCount = [](const QString& pdf) {
        QProcess p;
        p.start(QStringLiteral("pdfinfo"), {pdf});
        REQUIRE(p.waitForFinished(60000));
        const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
        return m.captured(1).toInt();
    };
    CHECK(std::abs(pageCount(theirs) - pages) <= 1);
    CHECK(text(theirs) == text(ours));
}
