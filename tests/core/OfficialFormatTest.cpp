// The full GB/T 9704 format around the bulletin, each element optional: the 版头 (份号, 密级,
// 紧急程度, the red 发文机关标志, 发文字号 and 签发人 over the red separator), 主送机关, 附件说明,
// the seal's clear space, and the 版记 at the foot of the last page. Checked by position in the
// PDF (poppler's word boxes) and by value in the Word document; every combination of the parts
// renders without two texts overlapping; a blank page before the 版记 and the 版记's page carry
// no number.

#include "bulletin/BulletinComposer.h"
#include "export/OfficialDocumentDocx.h"
#include "export/OfficialDocumentPdf.h"
#include "import/BulletinParser.h"
#include "import/readers/DocumentReader.h"
#include "import/text/DocumentFrame.h"
#include "services/BulletinSource.h"
#include "services/SampleData.h"
#include "support/ExportReadBack.h"
#include "support/TestLedger.h"

#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace rectrack;
using rectrack::test::TestLedger;
using rectrack::test::zipEntry;

namespace {
constexpr double PointsPerMm = 72 / 25.4;

bool havePoppler() {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the position checks are skipped");
        return false;
    }
    return true;
}

struct Word {
    int page = 0;
    QRectF box; // points, from the page's top left
    QString text;
};

// Every word of the PDF with its page and box, as pdftotext -bbox gives them.
QList<Word> words(const QByteArray& pdf, const QString& folder) {
    const QString path = folder + QStringLiteral("/doc.pdf");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    REQUIRE(process.waitForFinished(60000));
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression pageStart(QStringLiteral("<page "));
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<Word> out;
    const QStringList pages = html.split(pageStart);
    for (qsizetype p = 1; p < pages.size(); ++p)
        for (auto it = word.globalMatch(pages[p]); it.hasNext();) {
            const auto m = it.next();
            const QPointF from(m.captured(1).toDouble(), m.captured(2).toDouble());
            const QPointF to(m.captured(3).toDouble(), m.captured(4).toDouble());
            out << Word{static_cast<int>(p), QRectF(from, to), m.captured(5)};
        }
    return out;
}

QList<Word> wordsContaining(const QList<Word>& all, const QString& text) {
    QList<Word> found;
    for (const Word& w : all)
        if (w.text.contains(text))
            found << w;
    return found;
}

BulletinTexts sampleTexts(Ledger& ledger, BulletinData* data) {
    *data = loadBulletinData(ledger, 1);
    return defaultBulletinTexts(*data, ledger.today());
}

// Each part of the format, to be switched on alone or with others.
enum Part { CopyNumber, Secrecy, Urgency, Mark, Number, Signer, Addressee, Attachments, Seal, CopiesTo, Printer, Parts };

void apply(BulletinTexts& texts, const QList<Part>& parts) {
    for (Part part : parts)
        switch (part) {
        case CopyNumber: texts.frame.copyNumber = QStringLiteral("000012"); break;
        case Secrecy: texts.frame.secrecy = QStringLiteral("秘密★1年"); break;
        case Urgency: texts.frame.urgency = QStringLiteral("特急"); break;
        case Mark: texts.frame.issuerMark = QStringLiteral("中共青禾县农业农村局党组文件"); break;
        case Number: texts.frame.documentNumber = QStringLiteral("青农党[2026]3号"); break;
        case Signer: texts.frame.signer = QStringLiteral("周晓梅"); break;
        case Addressee: texts.addressee = QStringLiteral("县委巡察办"); break;
        case Attachments:
            texts.attachments = {QStringLiteral("整改任务分解表"),
                                 QStringLiteral("整改成效统计表（含制度清单和追回资金明细，按股室汇总）")};
            break;
        case Seal: texts.frame.sealed = true; break;
        case CopiesTo: texts.frame.copiesTo = QStringLiteral("县纪委监委，县委组织部，县委巡察办，县审计局，县财政局，县农业农村局各股室"); break;
        case Printer:
            texts.frame.printer = QStringLiteral("中共青禾县农业农村局党组办公室");
            texts.frame.printDate = QDate(2026, 9, 10);
            break;
        case Parts: break;
        }
}

// No two words' boxes overlap, and every word but the page numbers is inside the text area.
void checkLayout(const QList<Word>& all) {
    const QRectF area(28 * PointsPerMm - 0.5, 37 * PointsPerMm - 0.5, 156 * PointsPerMm + 1, 225 * PointsPerMm + 1);
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Word& a = all[i];
        const bool pageNumber = a.box.top() > area.bottom();
        if (!pageNumber) {
            INFO(a.text.toStdString() << " on page " << a.page);
            CHECK(area.contains(a.box.adjusted(0, 3, 0, -1))); // glyph boxes reach a little above the line
        }
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            const Word& b = all[j];
            if (a.page != b.page)
                continue;
            const QRectF overlap = a.box.adjusted(0.5, 3, -0.5, -1).intersected(b.box.adjusted(0.5, 3, -0.5, -1));
            INFO(a.text.toStdString() << " / " << b.text.toStdString() << " on page " << a.page);
            CHECK(overlap.isEmpty());
        }
    }
}
} // namespace

TEST_CASE("The 版头, 主送机关, 附件说明, seal and 版记 stand where GB/T 9704 puts them", "[official][pdf]") {
    if (!havePoppler())
        return;
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinData data;
    BulletinTexts texts = sampleTexts(*ledger, &data);
    apply(texts, {CopyNumber, Secrecy, Urgency, Mark, Number, Addressee, Attachments, Seal, CopiesTo, Printer});
    texts.dateInChineseNumerals = true;
    const BulletinDocument document = composeBulletin(data, texts);
    const OfficialPdf pdf = renderOfficialDocument(document, defaultOfficialFonts(QFontDatabase::families()), texts.title);
    QTemporaryDir dir;
    const QList<Word> all = words(pdf.bytes, dir.path());
    const double left = 28 * PointsPerMm, top = 37 * PointsPerMm, line = 225.0 / 22 * PointsPerMm;
    const double centre = (28 + 78) * PointsPerMm;

    // 份号, 密级, 紧急程度: flush left on the first three lines of page 1
    const QList<QString> firstLines{QStringLiteral("000012"), QStringLiteral("秘密"), QStringLiteral("特急")};
    for (int i = 0; i < 3; ++i) {
        const QList<Word> found = wordsContaining(all, firstLines[i]);
        REQUIRE_FALSE(found.isEmpty());
        CHECK(found[0].page == 1);
        CHECK(std::abs(found[0].box.left() - left) < 1);
        CHECK(found[0].box.center().y() > top + i * line);
        CHECK(found[0].box.center().y() < top + (i + 1) * line);
    }
    // the mark: centred, its top 35 mm under the text area's, larger than the body
    const QList<Word> mark = wordsContaining(all, QStringLiteral("农业农村局党组文件"));
    REQUIRE(mark.size() == 1);
    CHECK(std::abs(mark[0].box.center().x() - centre) < 3);
    // (poppler's box reaches the face's ascent, a few points above the characters' em box)
    CHECK(mark[0].box.top() > top + 30 * PointsPerMm);
    CHECK(mark[0].box.top() < top + 35 * PointsPerMm);
    CHECK(mark[0].box.bottom() > top + 35 * PointsPerMm + 0.8 * mark[0].box.height() * 0.6);
    CHECK(mark[0].box.height() > 25);
    // 发文字号 with 六角括号, centred, two lines or more under the mark; the title under it
    const QList<Word> number = wordsContaining(all, QStringLiteral("〔2026〕"));
    REQUIRE(number.size() == 1);
    CHECK(std::abs(number[0].box.center().x() - centre) < 3);
    CHECK(number[0].box.top() > mark[0].box.bottom() + 2 * line - 4);
    const QList<Word> title = wordsContaining(all, QStringLiteral("关于"));
    REQUIRE_FALSE(title.isEmpty());
    CHECK(title[0].box.top() > number[0].box.bottom() + 2 * line);
    // 主送机关 flush left under the title
    const QList<Word> addressee = wordsContaining(all, QStringLiteral("县委巡察办："));
    REQUIRE(addressee.size() == 1);
    CHECK(std::abs(addressee[0].box.left() - left) < 1);
    CHECK(addressee[0].box.top() > title[0].box.bottom());
    // 附件说明 two characters in; the second name under the first one's
    const QList<Word> attachment = wordsContaining(all, QStringLiteral("附件："));
    REQUIRE(attachment.size() == 1);
    const double character = 156.0 / 28 * PointsPerMm;
    CHECK(std::abs(attachment[0].box.left() - (left + 2 * character)) < 1.5);
    // the date in Chinese numerals, four characters from the right
    const QList<Word> date = wordsContaining(all, QStringLiteral("二〇"));
    REQUIRE(date.size() == 1);
    CHECK(std::abs(date[0].box.right() - (left + 24 * character)) < 2);
    // 版记 on the last page, the 印发 line on the text area's last line
    const QList<Word> printed = wordsContaining(all, QStringLiteral("印发"));
    REQUIRE_FALSE(printed.isEmpty());
    CHECK(printed.last().page == pdf.pages);
    CHECK(printed.last().box.bottom() <= top + 22 * line + 1);
    CHECK(printed.last().box.top() >= top + 21 * line - 1);
    CHECK(printed.last().box.right() <= left + 156 * PointsPerMm - 14 + 1); // one 4号 character in
    const QList<Word> copies = wordsContaining(all, QStringLiteral("抄送"));
    REQUIRE(copies.size() == 1);
    CHECK(copies[0].page == pdf.pages);
    CHECK(copies[0].box.bottom() < printed.last().box.top());
    CHECK(std::abs(copies[0].box.left() - (left + 14)) < 1.5);
    checkLayout(all);
}

TEST_CASE("Every combination of the format's parts renders without overlap, the body's text unchanged", "[official][pdf]") {
    if (!havePoppler())
        return;
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinData data;
    const BulletinTexts plain = sampleTexts(*ledger, &data);
    const OfficialFonts fonts = defaultOfficialFonts(QFontDatabase::families());
    // groups switched together in every combination, then each part alone
    const QList<QList<Part>> groups{{CopyNumber, Secrecy, Urgency}, {Mark, Number, Signer}, {Addressee, Attachments},
                                    {Seal}, {CopiesTo, Printer}};
    QList<QList<Part>> cases;
    for (int mask = 0; mask < (1 << groups.size()); ++mask) {
        QList<Part> parts;
        for (qsizetype g = 0; g < groups.size(); ++g)
            if (mask & (1 << g))
                parts += groups[g];
        cases << parts;
    }
    for (int part = 0; part < Parts; ++part)
        cases << QList<Part>{static_cast<Part>(part)};
    QTemporaryDir dir;
    for (const QList<Part>& parts : cases) {
        BulletinTexts texts = plain;
        apply(texts, parts);
        const BulletinDocument document = composeBulletin(data, texts);
        const OfficialPdf pdf = renderOfficialDocument(document, fonts, texts.title);
        INFO("parts: " << parts.size() << " first " << (parts.isEmpty() ? -1 : int(parts.first())));
        const QList<Word> all = words(pdf.bytes, dir.path());
        checkLayout(all);
        // the findings' text is all there
        QString text;
        for (const Word& w : all)
            text += w.text;
        CHECK(text.contains(QStringLiteral("高标准农田建设项目后续管护机制不健全")));
    }
}

TEST_CASE("A 版记 that needs a page of its own goes on an even page - a blank page before it and its page have no number",
          "[official][pdf]") {
    if (!havePoppler())
        return;
    const OfficialFonts fonts = defaultOfficialFonts(QFontDatabase::families());
    QTemporaryDir dir;
    bool sawOwnPage = false, sawBlank = false, sawFoot = false;
    for (int paragraphs = 14; paragraphs <= 44; ++paragraphs) {
        BulletinDocument document;
        document.add(BulletinBlock::Style::Title, QStringLiteral("关于测试版记位置的通报"));
        for (int i = 0; i < paragraphs; ++i)
            document.add(BulletinBlock::Style::Body, QStringLiteral("第%1段正文。").arg(i + 1));
        document.frame.copiesTo = QStringLiteral("县纪委监委");
        document.frame.printer = QStringLiteral("县委办公室");
        document.frame.printDate = QDate(2026, 9, 10);
        const OfficialPdf pdf = renderOfficialDocument(document, fonts, QStringLiteral("测试"));
        const QList<Word> all = words(pdf.bytes, dir.path());
        INFO(paragraphs << " paragraphs, " << pdf.pages << " pages");
        const QList<Word> printed = wordsContaining(all, QStringLiteral("印发"));
        REQUIRE(printed.size() == 1);
        CHECK(printed[0].page == pdf.pages);
        CHECK(pdf.record.recordPage == pdf.pages);
        const auto numberOn = [&](int page) {
            for (const Word& w : all)
                if (w.page == page && w.box.top() > (297 - 35) * PointsPerMm &&
                    w.text.contains(QRegularExpression(QStringLiteral("^\\d+$"))))
                    return true;
            return false;
        };
        if (pdf.record.blankBeforeRecord) {
            sawBlank = true;
            CHECK(pdf.pages % 2 == 0);
            for (const Word& w : all)
                CHECK(w.page != pdf.pages - 1); // the blank page is blank: no text, no number
            CHECK_FALSE(numberOn(pdf.pages));
            CHECK(numberOn(pdf.pages - 2));
        } else {
            CHECK(numberOn(pdf.pages));
            if (pdf.record.recordOnItsOwnPage) {
                sawOwnPage = true;
                CHECK(pdf.pages % 2 == 0);
            } else {
                sawFoot = true;
            }
        }
    }
    CHECK(sawBlank);
    CHECK(sawOwnPage);
    CHECK(sawFoot);
}

TEST_CASE("The Word document carries the same 版头 and 版记: red mark and separator, 版记 at the foot between rules",
          "[official][word]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinData data;
    BulletinTexts texts = sampleTexts(*ledger, &data);
    apply(texts, {CopyNumber, Secrecy, Urgency, Mark, Number, Signer, Addressee, Attachments, Seal, CopiesTo, Printer});
    const BulletinDocument document = composeBulletin(data, texts);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("official.docx"));
    writeOfficialDocx(document, defaultOfficialFonts(QFontDatabase::families()), texts.title, path);
    const QByteArray body = zipEntry(path, "word/document.xml");
    // the parts in order, the mark in red, 发文字号 with 六角括号 over a red rule, the 签发人 in kai
    const QList<QByteArray> order{"000012", "秘密★1年", "特急", "中共青禾县农业农村局党组文件", "青农党〔2026〕3号",
                                  "签发人：", "周晓梅", "县委巡察办：", "附件：1．整改任务分解表", "抄送：", "2026年9月10日印发"};
    qsizetype at = 0;
    for (const QByteArray& part : order) {
        INFO(part.toStdString());
        const qsizetype found = body.indexOf(part, at);
        CHECK(found > at);
        at = std::max(at, found);
    }
    const qsizetype mark = body.indexOf("中共青禾县农业农村局党组文件");
    CHECK(body.lastIndexOf("<w:color w:val=\"E60012\"/>", mark) > body.lastIndexOf("<w:p>", mark));
    const qsizetype number = body.indexOf("青农党〔2026〕3号");
    const qsizetype numberParagraph = body.lastIndexOf("<w:p>", number);
    CHECK(body.mid(numberParagraph, number - numberParagraph).contains("w:color=\"E60012\""));
    CHECK(body.mid(numberParagraph, number - numberParagraph).contains("<w:tab w:val=\"right\""));
    CHECK(body.indexOf("w:eastAsia=\"楷体_GB2312\"", number) < body.indexOf("周晓梅", number));
    // the 版记: a table held at the foot of the text area, rules of 0.35 mm and 0.25 mm
    const qsizetype record = body.indexOf("抄送：");
    const qsizetype table = body.lastIndexOf("<w:tbl>", record);
    REQUIRE(table > 0);
    const QByteArray tableXml = body.mid(table, body.indexOf("</w:tbl>", table) - table);
    CHECK(tableXml.contains("w:tblpYSpec=\"bottom\""));
    CHECK(tableXml.contains("<w:top w:val=\"single\" w:sz=\"8\""));
    CHECK(tableXml.contains("<w:bottom w:val=\"single\" w:sz=\"8\""));
    CHECK(tableXml.contains("<w:insideH w:val=\"single\" w:sz=\"6\""));
    // read back: every part's text is there
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = readDocument(path, file.readAll()).text;
    for (const QString& part : {QStringLiteral("000012"), QStringLiteral("中共青禾县农业农村局党组文件"),
                                QStringLiteral("青农党〔2026〕3号"), QStringLiteral("县委巡察办："),
                                QStringLiteral("抄送：县纪委监委")})
        CHECK(text.contains(part));
}

TEST_CASE("Dates in Chinese numerals and 发文字号 brackets are written as official documents write them", "[official]") {
    CHECK(chineseNumeralDate(QDate(2025, 6, 16)) == QStringLiteral("二〇二五年六月十六日"));
    CHECK(chineseNumeralDate(QDate(2030, 10, 20)) == QStringLiteral("二〇三〇年十月二十日"));
    CHECK(chineseNumeralDate(QDate(2024, 1, 1)) == QStringLiteral("二〇二四年一月一日"));
    CHECK(normalisedDocumentNumber(QStringLiteral("青农党[2025]3号")) == QStringLiteral("青农党〔2025〕3号"));
    CHECK(normalisedDocumentNumber(QStringLiteral("青农党（2025）3号")) == QStringLiteral("青农党〔2025〕3号"));
    CHECK(normalisedDocumentNumber(QStringLiteral("青农党〔2025〕3号")) == QStringLiteral("青农党〔2025〕3号"));
    CHECK(normalisedDocumentNumber(QStringLiteral("青农党(3)号")) == QStringLiteral("青农党(3)号")); // no year: as typed
    CHECK(printedOn(QDate(2026, 9, 10)) == QStringLiteral("2026年9月10日印发"));
    CHECK(copiesToLine(QStringLiteral("县纪委监委，县委组织部")) == QStringLiteral("抄送：县纪委监委，县委组织部。"));
    CHECK(copiesToLine(QStringLiteral(" 抄送：县审计局。 ")) == QStringLiteral("抄送：县审计局。"));
    CHECK(copiesToLine(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("A red-head document's 版头 and 版记 are not read as its title or text", "[official][import][parser]") {
    const QString text = QStringLiteral(
        "000012\n秘密★1年\n特急\n中共青禾县农业农村局党组文件\n青农党 〔2026〕 3号\n"
        "关于巡察整改情况的通报\n县委巡察办：\n根据县委统一部署，开展了巡察。\n特急\n中共青禾县农业农村局党组\n2026年9月1日\n"
        "抄送：县纪委监委，县委组织部，县委巡察办，县审计局，\n县财政局。\n中共青禾县农业农村局党组办公室  2026年9月10日印发\n");
    const DocumentFrameLines cleaned = removeDocumentFrame(text);
    CHECK(cleaned.documentNumber == QStringLiteral("青农党〔2026〕3号"));
    CHECK(cleaned.text.trimmed().startsWith(QStringLiteral("关于巡察整改情况的通报")));
    CHECK(cleaned.text.contains(QStringLiteral("\n特急\n"))); // inside the text: left alone
    CHECK(cleaned.text.trimmed().endsWith(QStringLiteral("2026年9月1日")));
    CHECK_FALSE(cleaned.text.contains(QStringLiteral("县财政局")));
    // a text without them is left as it was
    const QString plain = QStringLiteral("关于巡察整改情况的通报\n根据县委统一部署，开展了巡察。\n联系电话：123。\n");
    CHECK(removeDocumentFrame(plain).text == plain);
    CHECK(removeDocumentFrame(plain).removedLines == 0);
}

TEST_CASE("A bulletin exported with the full format imports again with its own title and items", "[official][import]") {
    if (!havePoppler())
        return;
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinData data;
    BulletinTexts texts = sampleTexts(*ledger, &data);
    apply(texts, {CopyNumber, Secrecy, Urgency, Mark, Number, Signer, Addressee, Attachments, Seal, CopiesTo, Printer});
    const BulletinDocument document = composeBulletin(data, texts);
    const OfficialFonts fonts = defaultOfficialFonts(QFontDatabase::families());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("official.pdf"));
    const QString docx = dir.filePath(QStringLiteral("official.docx"));
    writeOfficialDocument(document, fonts, texts.title, pdf);
    writeOfficialDocx(document, fonts, texts.title, docx);
    for (const QString& path : {pdf, docx}) {
        INFO(path.toStdString());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const ParsedBulletin parsed = parseBulletin(readDocument(path, file.readAll()).text);
        CHECK(parsed.title == texts.title);
        CHECK(parsed.findings.size() == data.findings.size());
        CHECK_FALSE(parsed.contactText.contains(QStringLiteral("抄送")));
        CHECK_FALSE(parsed.contactText.contains(QStringLiteral("印发")));
    }
}
