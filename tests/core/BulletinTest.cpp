// The bulletin (整改情况通报): composed from the data with the dashboard's numbers, written as
// an official-document PDF and read back with poppler-utils — the text character by character,
// A4 with GB/T 9704 margins, fonts embedded, no radical code points — and imported again.

#include "bulletin/BulletinComposer.h"
#include "domain/ChineseNumerals.h"
#include "export/OfficialDocumentDocx.h"
#include "export/OfficialDocumentPdf.h"
#include "export/PdfTextRepair.h"
#include "import/BulletinParser.h"
#include "import/TextDecoding.h"
#include "import/readers/DocumentReader.h"
#include "import/readers/PdfLines.h"
#include "services/BulletinImport.h"
#include "services/BulletinSource.h"
#include "services/SampleData.h"
#include "services/DashboardFigures.h"
#include "services/LedgerReading.h"
#include "model/ResultFigures.h"
#include "storage/HistoryVerifier.h"
#include "support/TestLedger.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace rectrack;
using rectrack::test::TestLedger;

namespace {
bool havePopplerUtils() {
    for (const char* tool : {"pdftotext", "pdfinfo", "pdffonts"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            WARN(tool << " (poppler-utils) is not installed: the PDF read-back is skipped");
            return false;
        }
    return true;
}

QString run(const QString& program, QStringList args) {
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutSpace(QString text) {
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// pdftotext's text without the page numbers ("— 3 —") and without line breaks and spaces.
QString extracted(const QString& pdf) {
    static const QRegularExpression pageNumber(QStringLiteral("—\\s*\\d+\\s*—"));
    return withoutSpace(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).remove(pageNumber));
}

bool hasRadical(const QString& text) {
    for (const char32_t c : text.toUcs4())
        if ((c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF) || c == 0x2329 || c == 0x232A)
            return true;
    return false;
}

BulletinDocument sampleBulletin(Ledger& ledger, BulletinTexts* textsOut = nullptr) {
    const BulletinData data = loadBulletinData(ledger, 1);
    const BulletinTexts texts = defaultBulletinTexts(data, ledger.today());
    if (textsOut)
        *textsOut = texts;
    return composeBulletin(data, texts);
}

Id importFile(Ledger& ledger, const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const ExtractedText text = readDocument(path, bytes);
    ParsedBulletin parsed = parseBulletin(text.text);
    return saveBulletin(ledger, parsed, contentHash(bytes));
}

// Everything the bulletin states about a finding, in order.
QStringList findingDigest(Ledger& ledger, Id inspection) {
    QStringList out;
    for (const BulletinFinding& f : loadBulletinData(ledger, inspection).findings) {
        QStringList measures;
        for (const Measure& m : ledger.findings().measures(f.finding.id))
            measures << m.text + u'|' + code(m.status);
        // a completed finding's 整改时限 and 存在的困难 are not restated in a bulletin
        const bool done = f.finding.status == Status::Completed;
        // a bulletin numbers items 1. 2.; a ledger may have written 一, 二
        const QString number = parseChineseNumeral(f.finding.number)
                                   ? QString::number(*parseChineseNumeral(f.finding.number))
                                   : f.finding.number;
        out << QStringList{code(f.finding.kind), number, f.finding.title, code(f.finding.status),
                           done ? QString() : code(f.finding.deadline.kind),
                           done ? QString() : f.finding.deadline.date.toString(Qt::ISODate),
                           f.finding.outcome, done ? QString() : f.finding.difficulties,
                           measures.join(QStringLiteral("##"))}
                   .join(u'\t');
    }
    return out;
}
// The bulletin orders findings by status, the ledger by category: compare them sorted.
void checkSameFindings(QStringList imported, QStringList original) {
    REQUIRE(imported.size() == original.size());
    imported.sort();
    original.sort();
    for (qsizetype i = 0; i < original.size(); ++i)
        CHECK(imported[i] == original[i]);
}
} // namespace

TEST_CASE("The bulletin's numbers are the dashboard's and follow the data", "[bulletin]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    const LedgerStats stats = ledger->statistics(Scope::inspection(1));
    BulletinTexts texts;
    const BulletinDocument document = sampleBulletin(*ledger, &texts);
    const QString text = document.plainText();

    CHECK(document.blocks.front().style == BulletinBlock::Style::Title);
    CHECK(document.blocks.front().text == texts.title);
    const int open = stats.findingsInProgress + stats.findingsNotStarted;
    CHECK(text.contains(QStringLiteral("已完成整改问题%1个").arg(stats.findingsCompleted)));
    CHECK(text.contains(QStringLiteral("正在推进整改问题%1个").arg(open)));
    CHECK(text.contains(QStringLiteral("制定整改措施%1条，已完成%2条").arg(stats.measures).arg(stats.measuresCompleted)));
    if (stats.recovered.fen() != 0)
        CHECK(text.contains(QStringLiteral("挽回经济损失%1万元").arg(stats.recovered.toWanString())));
    // every finding appears once, under its number
    for (const Finding& f : ledger->findings().findings(1))
        CHECK(text.count(QStringLiteral("关于“%1”").arg(f.title)) == 1);
    // the structure: 一、 … 二、 … 三、 in order, the signature and date last
    const auto indexOf = [&](const QString& heading) { return text.indexOf(heading); };
    CHECK(indexOf(QStringLiteral("一、整改工作组织落实情况")) < indexOf(QStringLiteral("二、集中整改进展情况")));
    CHECK(indexOf(QStringLiteral("二、集中整改进展情况")) < indexOf(QStringLiteral("三、下一步整改工作计划")));
    CHECK(document.blocks.back().style == BulletinBlock::Style::Date);
    CHECK(document.blocks.back().text == chineseDate(texts.date));

    // An edit in the ledger changes the next bulletin.
    Finding open1;
    for (const Finding& f : ledger->findings().findings(1))
        if (f.kind == FindingKind::Problem && !isClosed(f.status) && ledger->findings().measures(f.id).size() > 0) {
            open1 = f;
            break;
        }
    REQUIRE(open1.id != 0);
    for (const Measure& m : ledger->findings().measures(open1.id))
        ledger->findings().setMeasureStatus(m.id, Status::Completed, ledger->today());
    const LedgerStats after = ledger->statistics(Scope::inspection(1));
    REQUIRE(after.findingsCompleted == stats.findingsCompleted + 1);
    const QString next = sampleBulletin(*ledger).plainText();
    CHECK(next.contains(QStringLiteral("已完成整改问题%1个").arg(after.findingsCompleted)));
    CHECK(next != text);
}

TEST_CASE("The user's free text goes into the bulletin and the data stays as it was", "[bulletin]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    const BulletinData data = loadBulletinData(*ledger, 1);
    BulletinTexts texts = defaultBulletinTexts(data, ledger->today());
    texts.title = QStringLiteral("关于某某巡察整改进展情况的通报");
    texts.nextSteps = QStringLiteral("（一）持续跟踪\n一是每月调度一次。");
    texts.issuingBody = QStringLiteral("中共青禾县某某委员会");
    const BulletinDocument document = composeBulletin(data, texts);
    CHECK(document.blocks.front().text == texts.title);
    CHECK(document.blocks.contains(BulletinBlock{BulletinBlock::Style::Heading2, QStringLiteral("（一）持续跟踪")}));
    CHECK(document.blocks.contains(BulletinBlock{BulletinBlock::Style::Body, QStringLiteral("一是每月调度一次。")}));
    CHECK(document.blocks.contains(BulletinBlock{BulletinBlock::Style::Signature, texts.issuingBody}));
    CHECK(ledger->inspections().inspection(1).nextStepsText == data.inspection.nextStepsText);
    // radicals typed by someone become the characters they stand for
    texts.title = QStringLiteral("使\u2F64人\u2EA0");
    CHECK(composeBulletin(data, texts).blocks.front().text == QStringLiteral("使用人民"));
}

TEST_CASE("The bulletin PDF gives back exactly the composed text, on A4 with official margins", "[bulletin][pdf]") {
    if (!havePopplerUtils())
        return;
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinTexts texts;
    const BulletinDocument document = sampleBulletin(*ledger, &texts);
    const OfficialFonts fonts = defaultOfficialFonts(QFontDatabase::families());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("通报.pdf"));
    const int pages = writeOfficialDocument(document, fonts, texts.title, pdf);
    REQUIRE(pages >= 2);

    const QString text = extracted(pdf);
    CHECK(text == withoutSpace(document.plainText()));
    CHECK_FALSE(hasRadical(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})));

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("Pages:           %1").arg(pages)));
    CHECK(info.contains(QStringLiteral("595 x 842 pts (A4)")));
    CHECK(info.contains(texts.title));

    // every font embedded with a ToUnicode map
    const QStringList fontLines = run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE(fontLines.size() >= 3);
    for (const QString& line : fontLines) {
        INFO(line.toStdString());
        CHECK(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+(yes|no)\\s+yes\\b"))));
    }

    // The words sit inside the text area: left 28 mm, right 26 mm, top 37 mm, bottom 35 mm;
    // only the page number is under it. Page numbers: — N — on every page, odd right, even left.
    const QString boxes = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral(
        R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    const auto mmToPt = [](double mm) { return mm / 25.4 * 72; };
    double minLeft = 1e9, maxRight = 0, minTop = 1e9, maxBottom = 0;
    int pageNumbers = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const auto m = it.next();
        const double x0 = m.captured(1).toDouble(), y0 = m.captured(2).toDouble();
        const double x1 = m.captured(3).toDouble(), y1 = m.captured(4).toDouble();
        if (y0 > mmToPt(297 - 35)) { // under the text: the page number
            CHECK(y0 < mmToPt(297 - 35 + 7 + 8));
            pageNumbers += m.captured(5).contains(QRegularExpression(QStringLiteral("^\\d+$"))) ? 1 : 0;
            continue;
        }
        if (y1 - y0 > 27) // the title's 22 pt glyph boxes reach above its grid line; their ink does not
            continue;
        minLeft = std::min(minLeft, x0);
        maxRight = std::max(maxRight, x1);
        minTop = std::min(minTop, y0);
        maxBottom = std::max(maxBottom, y1);
    }
    CHECK(pageNumbers == pages);
    CHECK(minLeft >= mmToPt(28) - 0.5);
    CHECK(minLeft <= mmToPt(28) + 0.5);
    CHECK(maxRight <= mmToPt(210 - 26) + 0.5);
    CHECK(maxRight >= mmToPt(210 - 26) - 2);
    CHECK(minTop >= mmToPt(37) - 0.5);
    CHECK(maxBottom <= mmToPt(297 - 35) + 0.5);
    const QString page2 = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-f"), QStringLiteral("2"),
                                                            QStringLiteral("-l"), QStringLiteral("2"), pdf, QStringLiteral("-")});
    CHECK(page2.contains(QRegularExpression(QStringLiteral("—\\s*2\\s*—"))));
}

TEST_CASE("Fonts whose glyphs double as radicals still give back the written characters", "[bulletin][pdf]") {
    if (!havePopplerUtils())
        return;
    if (!QFontDatabase::families().contains(QStringLiteral("Noto Serif CJK SC"))) {
        WARN("Noto Serif CJK SC is not installed: skipped");
        return;
    }
    TestLedger ledger;
    loadSampleData(*ledger);
    BulletinDocument document = sampleBulletin(*ledger);
    // 用 民 人 入 〈〉 are the characters Noto maps to radicals or look-alikes
    document.add(BulletinBlock::Style::Body, QStringLiteral("使用人民群众入口〈试行〉长风一二三。"));
    OfficialFonts fonts = defaultOfficialFonts(QFontDatabase::families());
    for (FontRole role : fontRoles())
        if (role != FontRole::Latin)
            fonts[role] = QStringLiteral("Noto Serif CJK SC");
    fonts.heading1 = QStringLiteral("Noto Sans CJK SC");
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("noto.pdf"));
    writeOfficialDocument(document, fonts, QStringLiteral("通报"), pdf);
    CHECK(extracted(pdf) == withoutSpace(document.plainText()));
}

TEST_CASE("ToUnicode maps are mended in place", "[bulletin]") {
    const QByteArray head("%PDF-1.4\n5 0 obj\n<< /Type /Font /ToUnicode 6 0 R >>\nendobj\n6 0 obj\n<< /Length 99 >>\nstream\n");
    const QByteArray map("2 beginbfchar\n<0003> <2F64>\n<0004> <0041>\nendbfchar\n2 beginbfrange\n<0005> <0007> "
                         "[<2EA0> <4EBA> <2329>]\n<0008> <0008> <2F0A>\nendbfrange\n");
    QByteArray pdf = head + map + QByteArray("endstream\nendobj\n");
    const qsizetype size = pdf.size();
    CHECK(repairToUnicode(pdf) == 4);
    CHECK(pdf.size() == size);
    CHECK(pdf.contains("<0003> <7528>"));
    CHECK(pdf.contains("<0004> <0041>"));
    CHECK(pdf.contains("[<6C11> <4EBA> <3008>]"));
    CHECK(pdf.contains("<0008> <0008> <5165>"));
    // the sources (CIDs) are never touched, even when they look like a radical
    QByteArray source = head + QByteArray("1 beginbfchar\n<2F64> <0041>\nendbfchar\n") + "endstream\nendobj\n";
    CHECK(repairToUnicode(source) == 0);
}

TEST_CASE("PDF lines become paragraphs by their indentation", "[bulletin][import]") {
    const auto line = [](const QString& text, qreal left, qreal right, qreal top) {
        return PdfLine{text, left, right, top, 16};
    };
    // 16 pt characters from x=80 to 520; paragraphs indented by 32 pt
    const QList<QList<PdfLine>> pages{
        {line(QStringLiteral("整改成效：完成率"), 112, 520, 100), line(QStringLiteral("82.1%。"), 80, 150, 130),
         line(QStringLiteral("2. 关于“某”问题的整改"), 112, 300, 160), line(QStringLiteral("整改措施：一句话"), 112, 520, 190)},
        {line(QStringLiteral("接着上一页。"), 80, 200, 100), line(QStringLiteral("新的一段。"), 112, 519, 130),
         line(QStringLiteral("满行结尾。"), 80, 520, 160), line(QStringLiteral("中共某委员会"), 300, 480, 220)}};
    CHECK(joinPdfParagraphs(pages) == QStringLiteral("整改成效：完成率82.1%。\n2. 关于“某”问题的整改\n整改措施：一句话接着上一页。\n"
                                                     "新的一段。满行结尾。\n中共某委员会\n"));
    // the page number at the foot is left out
    const QList<PdfWord> words{{QStringLiteral("正文"), QRectF(80, 100, 32, 16), false},
                               {QStringLiteral("—"), QRectF(400, 780, 14, 14), true},
                               {QStringLiteral("3"), QRectF(418, 780, 7, 14), true},
                               {QStringLiteral("—"), QRectF(430, 780, 14, 14), false}};
    const QList<PdfLine> lines = pdfLines(words, 842);
    REQUIRE(lines.size() == 1);
    CHECK(lines.front().text == QStringLiteral("正文"));
}

TEST_CASE("Every status survives the bulletin: export, import the PDF, compare", "[bulletin][pdf][import]") {
    if (!havePopplerUtils())
        return;
    TestLedger ledger;
    loadSampleData(*ledger);
    // one finding of each state, and suggestions split between done and not
    QList<Finding> problems, suggestions;
    for (const Finding& f : ledger->findings().findings(1))
        (f.kind == FindingKind::Problem ? problems : suggestions).append(f);
    REQUIRE(problems.size() >= 4);
    REQUIRE(suggestions.size() >= 2);
    const auto setAll = [&](const Finding& f, Status status) {
        for (const Measure& m : ledger->findings().measures(f.id))
            ledger->findings().setMeasureStatus(m.id, status, ledger->today());
        Finding g = ledger->findings().finding(f.id);
        if (ledger->findings().measures(f.id).isEmpty()) {
            g.status = status;
            ledger->findings().updateFinding(g);
        }
    };
    // A bulletin states progress per finding, so each finding's measures share its status.
    const QList<Status> cycle{Status::Completed, Status::Ongoing, Status::InProgress};
    for (qsizetype i = 0; i < problems.size(); ++i)
        setAll(problems[i], cycle[i % cycle.size()]);
    for (qsizetype i = 0; i < suggestions.size(); ++i)
        setAll(suggestions[i], i % 2 == 0 ? Status::Completed : Status::InProgress);
    for (const Finding& f : problems)
        REQUIRE_FALSE(ledger->findings().finding(f.id).status == Status::NotStarted);

    BulletinTexts texts;
    const BulletinDocument document = sampleBulletin(*ledger, &texts);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("sample.pdf"));
    writeOfficialDocument(document, defaultOfficialFonts(QFontDatabase::families()), texts.title, pdf);

    TestLedger second;
    const Id again = importFile(*second, pdf);
    checkSameFindings(findingDigest(*second, again), findingDigest(*ledger, 1));
    const LedgerStats a = ledger->statistics(Scope::inspection(1));
    const LedgerStats b = second->statistics(Scope::inspection(again));
    CHECK(a.findings == b.findings);
    CHECK(a.findingsCompleted == b.findingsCompleted);
    CHECK(a.findingsOngoing == b.findingsOngoing);
    CHECK(a.findingsInProgress == b.findingsInProgress);
    CHECK(a.suggestions == b.suggestions);
    CHECK(a.suggestionsClosed == b.suggestionsClosed);
    CHECK(a.measures == b.measures);
    CHECK(a.measuresCompleted == b.measuresCompleted);
}

TEST_CASE("Round trip of the real bulletin: import, export to PDF, import the PDF", "[bulletin][pdf][import][real]") {
    const QString source = QDir(QStringLiteral(RECTRACK_SHARED_REPORTS)).filePath(QStringLiteral("000_489d3953438e12cd.txt"));
    if (!QFile::exists(source)) {
        WARN("skipped: " << source.toStdString() << " is absent (the shared reports are not on this machine)");
        return;
    }
    if (!havePopplerUtils())
        return;
    TestLedger first;
    const Id original = importFile(*first, source);
    BulletinTexts texts;
    const BulletinData data = loadBulletinData(*first, original);
    texts = defaultBulletinTexts(data, first->today());
    const BulletinDocument document = composeBulletin(data, texts);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("000.pdf"));
    writeOfficialDocument(document, defaultOfficialFonts(QFontDatabase::families()), texts.title, pdf);
    CHECK(extracted(pdf) == withoutSpace(document.plainText()));

    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const ParsedBulletin reparsed = parseBulletin(readDocument(pdf, file.readAll()).text);
    TestLedger second;
    const Id again = importFile(*second, pdf);

    checkSameFindings(findingDigest(*second, again), findingDigest(*first, original));
    const Inspection a = first->inspections().inspection(original);
    const Inspection b = second->inspections().inspection(again);
    CHECK(b.title == a.title);
    CHECK(b.team == a.team);
    CHECK(b.onsiteStart == a.onsiteStart);
    CHECK(b.feedbackDate == a.feedbackDate);
    CHECK(b.organisationText == a.organisationText);
    CHECK(b.nextStepsText == a.nextStepsText);
    CHECK(b.contactText == a.contactText);
    // the totals the exported text states are the data's, and they match what was read back
    const LedgerStats stats = first->statistics(Scope::inspection(original));
    CHECK(reparsed.stated.counts.value(QStringLiteral("problems")) == stats.findings);
    CHECK(reparsed.stated.counts.value(QStringLiteral("problems_completed")) == stats.findingsCompleted);
    CHECK(reparsed.stated.counts.value(QStringLiteral("measures")) == stats.measures);
    CHECK(reparsed.stated.counts.value(QStringLiteral("measures_completed")) == stats.measuresCompleted);
    CHECK(reparsed.stated.counts.value(QStringLiteral("suggestions")) == stats.suggestions);
    const LedgerStats statsAgain = second->statistics(Scope::inspection(again));
    CHECK(statsAgain.findingsCompleted == stats.findingsCompleted);
    CHECK(statsAgain.measuresCompleted == stats.measuresCompleted);
    for (const QString& warning : reparsed.warnings)
        CHECK_FALSE((warning.contains(QStringLiteral("不一致")) && !warning.contains(QStringLiteral("82.1%"))));

    // The results the bulletin states are kept on the inspection and said again in its export,
    // though no finding records them; and read back from the PDF.
    CHECK(a.stated.amount(QStringLiteral("recovered_loss_wan_yuan")) == Money::parseWan(QStringLiteral("948.191724")));
    CHECK(a.stated.count(QStringLiteral("rules_made")) == 5);
    CHECK(a.stated.count(QStringLiteral("accountability_persons")) == 3);
    CHECK(extracted(pdf).contains(QStringLiteral("制定制度5个，挽回经济损失948.191724万元，问责3人。")));
    CHECK(b.stated.amount(QStringLiteral("recovered_loss_wan_yuan")) == a.stated.amount(QStringLiteral("recovered_loss_wan_yuan")));
    const DashboardFigures figures = LedgerReading(first->readingSource()).dashboard(Scope::inspection(original));
    const auto recovered = std::find_if(figures.results.begin(), figures.results.end(), [](const ResultFigure& r) {
        return r.key == QStringLiteral("recovered_loss_wan_yuan");
    });
    REQUIRE(recovered != figures.results.end());
    CHECK(recovered->value == QStringLiteral("948.191724"));
    CHECK(recovered->stated);
}

TEST_CASE("Stated results are kept exactly, follow the findings when they add up to more, and verify",
          "[bulletin][stated]") {
    StatedResults stated;
    stated.counts[QStringLiteral("rules_made")] = 5;
    stated.counts[QStringLiteral("persons_admonished")] = 2;
    stated.amounts[QStringLiteral("recovered_loss_wan_yuan")] = *Money::parseWan(QStringLiteral("948.191724"));
    stated.completionRate = 96.4;
    stated.phrases[QStringLiteral("rules_made")] = QStringLiteral("制定制度5个");
    CHECK(StatedResults::fromText(stated.toText()) == stated);
    CHECK(StatedResults::fromText(QString()).isEmpty());
    CHECK(StatedResults::fromText(QStringLiteral("not json")).isEmpty());

    LedgerStats summed;
    summed.rulesMade = 7; // more recorded since the bulletin
    summed.recovered = *Money::parseWan(QStringLiteral("10"));
    const QList<ResultFigure> figures = resultFigures(summed, stated);
    REQUIRE(figures.size() == 3);
    CHECK(figures[0].value == QStringLiteral("7"));
    CHECK_FALSE(figures[0].stated);
    CHECK(figures[1].value == QStringLiteral("948.191724"));
    CHECK(figures[1].stated);
    CHECK(resultsSentence(figures) == QStringLiteral("制定制度7个，挽回经济损失948.191724万元，诫勉2人。"));

    TestLedger ledger;
    const Id round = test::makeRound(*ledger);
    const Id id = test::makeInspection(*ledger, round);
    Inspection inspection = ledger->inspections().inspection(id);
    inspection.stated = stated;
    ledger->inspections().updateInspection(inspection);
    CHECK(ledger->inspections().inspection(id).stated == stated);
    CHECK(verifyHistory(ledger->database().connection()).problems.isEmpty());
    // changed behind the program's back: verify says so
    ledger.close();
    test::execRaw(ledger.path(), QStringLiteral("UPDATE inspections SET stated_totals = replace(stated_totals, '948.191724', "
                                          "'9948.191724') WHERE id = %1")
                               .arg(id));
    ledger.reopen();
    CHECK_FALSE(verifyHistory(ledger->database().connection()).problems.isEmpty());
}

TEST_CASE("Round trip of the real bulletin through Word: import, export to DOCX, import the DOCX", "[bulletin][word][import][real]") {
    const QString source = QDir(QStringLiteral(RECTRACK_SHARED_REPORTS)).filePath(QStringLiteral("000_489d3953438e12cd.txt"));
    if (!QFile::exists(source)) {
        WARN("skipped: " << source.toStdString() << " is absent (the shared reports are not on this machine)");
        return;
    }
    TestLedger first;
    const Id original = importFile(*first, source);
    const BulletinData data = loadBulletinData(*first, original);
    const BulletinTexts texts = defaultBulletinTexts(data, first->today());
    QTemporaryDir dir;
    const QString docx = dir.filePath(QStringLiteral("000.docx"));
    writeOfficialDocx(composeBulletin(data, texts), defaultOfficialFonts(QFontDatabase::families()), texts.title, docx);

    TestLedger second;
    const Id again = importFile(*second, docx);
    checkSameFindings(findingDigest(*second, again), findingDigest(*first, original));
    const LedgerStats a = first->statistics(Scope::inspection(original));
    const LedgerStats b = second->statistics(Scope::inspection(again));
    CHECK(b.findings == 28);
    CHECK(b.findingsCompleted == 27);
    CHECK(b.measures == 56);
    CHECK(b.findings == a.findings);
    CHECK(b.findingsCompleted == a.findingsCompleted);
    CHECK(b.measures == a.measures);
    CHECK(b.measuresCompleted == a.measuresCompleted);
    const Inspection x = first->inspections().inspection(original);
    const Inspection y = second->inspections().inspection(again);
    CHECK(y.title == x.title);
    CHECK(y.onsiteStart == x.onsiteStart);
    CHECK(y.feedbackDate == x.feedbackDate);
    // every figure the export states is the original's (it need not restate them all)
    CHECK(y.stated.counts.size() >= 8);
    for (auto it = y.stated.counts.cbegin(); it != y.stated.counts.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(x.stated.counts.value(it.key(), -1) == it.value());
    }
    CHECK(y.stated.amounts == x.stated.amounts);
}
