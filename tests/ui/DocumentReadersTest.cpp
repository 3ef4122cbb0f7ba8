// Every document format read back into the same bulletin: a saved web page with site chrome,
// a Word file built with libzip, a PDF drawn by Qt's PDF writer with a Chinese font.
// Damaged files give a clear error. (Here rather than in core_tests because drawing the PDF
// needs a GUI application.)

#include "import/BulletinParser.h"
#include "import/readers/DocumentReader.h"
#include "import/readers/PdfReader.h"
#include "import/ledger/SheetBulletin.h"
#include "services/BulletinFile.h"
#include "model/Error.h"
#include "support/TestLedger.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QStringEncoder>
#include "support/TestFiles.h"

using namespace rectrack;

namespace {
const QStringList Lines = {
    QStringLiteral("关于县委第一巡察组对测试局党组巡察整改情况的通报"),
    QStringLiteral("根据县委统一部署，2025年3月1日至4月30日，第一巡察组对测试局党组开展了专项巡察。5月20日，"
                   "县委巡察组向测试局党组反馈了巡察意见。"),
    QStringLiteral("二、集中整改进展情况"),
    QStringLiteral(
        "巡察反馈意见中指出1项2个问题；已完成整改问题1个，正在推进整改问题1个。制定整改措施3条，已完成2条。"),
    QStringLiteral("（一）已整改完成的问题1个"),
    QStringLiteral("1. 关于“资金拨付滞后。”问题的整改"),
    QStringLiteral("整改措施：①梳理台账。②限时拨付。"),
    QStringLiteral("整改成效：已全部拨付。"),
    QStringLiteral("（二）正在推进整改的问题1个"),
    QStringLiteral("2. 关于“验收不规范。”问题的整改"),
    QStringLiteral("整改措施：引入第三方验收。"),
    QStringLiteral("整改时限：持续推进"),
};

void checkParsed(const ExtractedText& extracted) {
    const ParsedBulletin b = parseBulletin(extracted.text);
    INFO(extracted.text.toStdString());
    CHECK(b.title == Lines.first());
    CHECK(b.team == QStringLiteral("县委第一巡察组"));
    REQUIRE(b.findings.size() == 2);
    CHECK(b.findings[0].title == QStringLiteral("资金拨付滞后"));
    CHECK(b.findings[0].measures.size() == 2);
    CHECK(b.findings[1].status == ParsedFinding::Status::InProgress);
    CHECK(b.findings[1].deadline == QStringLiteral("持续推进"));
    CHECK(b.stated.counts.value(QStringLiteral("measures")) == 3);
}

QByteArray makeDocx(const QStringList& paragraphs) {
    QString body;
    for (const QString& p : paragraphs)
        body += QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>")
                    .arg(p.toHtmlEscaped());
    const QByteArray xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                       "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:body>%1</w:body></w:document>")
            .arg(body)
            .toUtf8();
    return test::zipOf({{"word/document.xml", xml}});
}

QByteArray makePdf(const QStringList& lines) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QPainter painter(&writer);
        QFont font(QStringLiteral("WenQuanYi Micro Hei"));
        font.setPointSize(10);
        painter.setFont(font);
        int y = 200;
        for (const QString& line : lines) {
            // long lines wrap onto two, as a real page would
            const QStringList parts =
                line.size() > 40 ? QStringList{line.left(40), line.mid(40)} : QStringList{line};
            for (const QString& part : parts) {
                painter.drawText(150, y, part);
                y += 60;
            }
        }
    }
    return bytes;
}
} // namespace

TEST_CASE("A saved web page gives the article without the site around it", "[import][readers]") {
    QString body;
    for (const QString& line : Lines)
        body += QStringLiteral("<p>%1</p>\n")
                    .arg(line.toHtmlEscaped().replace(QStringLiteral("“"), QStringLiteral("&ldquo;")));
    const QString page =
        QStringLiteral(
            "<!DOCTYPE html><html><head><meta charset=\"gbk\"><title>通报_测试县纪委网站</title>"
            "<script>var nav = '首页 关于我们';</script><style>p{color:red}</style></head><body>"
            "<header><div>首页</div><div>工作动态</div></header><nav><a>首页</a><a>巡察工作</a></nav>"
            "<div>当前位置：首页 &gt; 巡察工作</div><div class=\"article\">%1</div>"
            "<footer>版权所有：测试县纪委 备案号</footer><div>网站地图</div></body></html>")
            .arg(body);
    QStringEncoder gbk("GB18030");
    const ExtractedText extracted = readDocument(QStringLiteral("通报.html"), gbk(page));
    CHECK(extracted.format == QStringLiteral("html"));
    CHECK(extracted.encoding == QStringLiteral("GBK"));
    CHECK_FALSE(extracted.text.contains(QStringLiteral("网站地图")));
    CHECK_FALSE(extracted.text.contains(QStringLiteral("var nav")));
    CHECK_FALSE(extracted.text.contains(QStringLiteral("版权所有")));
    checkParsed(extracted);
}

TEST_CASE("A Word file gives its paragraphs - a damaged one a clear error", "[import][readers]") {
    const QByteArray docx = makeDocx(Lines);
    const ExtractedText extracted = readDocument(QStringLiteral("通报.docx"), docx);
    CHECK(extracted.format == QStringLiteral("docx"));
    checkParsed(extracted);
    try {
        readDocument(QStringLiteral("通报.docx"), docx.left(docx.size() / 2));
        FAIL("a truncated .docx was read");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("Word")));
    }
    CHECK_THROWS_AS(readDocument(QStringLiteral("x.docx"),
                                 makeDocx({}).replace("word/document.xml", "word/other000.xml")),
                    Error);

    // a long document: its XML comes out of the zip in many pieces, all read
    QStringList many = Lines;
    for (int i = 0; i < 3000; ++i)
        many << QStringLiteral("附：第%1条整改工作记录，逐项对账销号，确保整改到位。").arg(i + 1);
    const QByteArray long_ = makeDocx(many);
    const ExtractedText longText = readDocument(QStringLiteral("长通报.docx"), long_);
    CHECK(longText.text.contains(QStringLiteral("附：第3000条整改工作记录")));
}

TEST_CASE("A PDF gives its text with radicals unified - a damaged one a clear error", "[import][readers]") {
    const QByteArray pdf = makePdf(Lines);
    const ExtractedText extracted = readDocument(QStringLiteral("通报.pdf"), pdf);
    CHECK(extracted.format == QStringLiteral("pdf"));
    checkParsed(extracted);
    try {
        readDocument(QStringLiteral("通报.pdf"), pdf.left(300));
        FAIL("a truncated PDF was read");
    } catch (const Error& e) {
        INFO(e.message().toStdString());
        CHECK(e.message().contains(QStringLiteral("PDF")));
        CHECK(e.message().contains(QStringLiteral("（"))); // with Poppler's own words, which are not printed on stderr
    }
    CHECK(unifyRadicals(QStringLiteral("使\u2F64人\u2EA0")) == QStringLiteral("使用人民"));
    CHECK(unifyRadicals(QStringLiteral("没有部首")) == QStringLiteral("没有部首"));
}

namespace {
QString fixture(const QString& name) {
    QFile f(QStringLiteral(RECTRACK_FIXTURES "/import/") + name);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

QStringList fixtureLines(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(u'\n'))
        lines.append(line); // blank lines kept: they are part of the damage
    return lines;
}

struct Summary {
    QString title, team, round;
    QDate start, feedback;
    QStringList categories;
    QStringList findings; // kind|number|title|status|measures|deadline
    QMap<QString, int> stated;
    bool operator==(const Summary&) const = default;
};

Summary summarise(const ParsedBulletin& b) {
    Summary s{b.title, b.team, b.round, b.periodStart, b.feedbackDate, {}, {}, b.stated.counts};
    for (const ParsedCategory& c : b.categories)
        s.categories << c.number + c.title;
    for (const ParsedFinding& f : b.findings)
        s.findings << QStringLiteral("%1|%2|%3|%4|%5|%6")
                          .arg(int(f.kind))
                          .arg(f.number, f.title)
                          .arg(int(f.status))
                          .arg(f.measures.size())
                          .arg(f.deadline);
    return s;
}

std::string describe(const Summary& s) {
    return (s.title + u'\n' + s.team + u'\n' + s.categories.join(u';') + u'\n' + s.findings.join(u'\n'))
        .toStdString();
}
} // namespace

TEST_CASE("Every numbering-style and damage fixture gives the same parse in every format",
          "[import][readers][fixtures]") {
    for (const char* name : {"about-circled.txt", "feedback-list.txt", "areas-yishi.txt", "damaged.txt"}) {
        const QString text = fixture(QString::fromLatin1(name));
        const Summary reference = summarise(parseBulletin(text));
        INFO("fixture " << name << "\n" << describe(reference));
        REQUIRE_FALSE(reference.findings.isEmpty());

        QList<std::pair<QString, QByteArray>> files;
        files.append({QStringLiteral("f.txt"), text.toUtf8()});
        for (const char* encoding : {"GB18030", "UTF-16LE", "UTF-16BE"}) {
            QStringEncoder encoder(encoding, QStringConverter::Flag::WriteBom);
            files.append({QStringLiteral("f.txt"), encoder(text)});
        }
        QString html =
            QStringLiteral("<html><head><title>站点</title></head><body><nav>首页 | 工作动态</nav>");
        for (const QString& line : fixtureLines(text))
            html += QStringLiteral("<p>%1</p>\n").arg(line.toHtmlEscaped());
        html += QStringLiteral("<footer>版权所有</footer></body></html>");
        files.append({QStringLiteral("f.html"), html.toUtf8()});
        files.append({QStringLiteral("f.docx"), makeDocx(fixtureLines(text))});
        files.append({QStringLiteral("f.pdf"), makePdf(fixtureLines(text))});

        for (const auto& [fileName, bytes] : files) {
            const ExtractedText extracted = readDocument(fileName, bytes);
            INFO("format " << extracted.format.toStdString() << " " << extracted.encoding.toStdString());
            const Summary parsed = summarise(parseBulletin(extracted.text));
            INFO(describe(parsed));
            CHECK(parsed == reference);
        }
    }
}

TEST_CASE("What the fixtures must give", "[import][fixtures]") {
    const ParsedBulletin damaged = parseBulletin(fixture(QStringLiteral("damaged.txt")));
    CHECK(damaged.title ==
          QStringLiteral("关于县委第一巡察组对测试镇党委巡察整改情况的通报")); // title on two lines
    CHECK(damaged.periodStart == QDate(2025, 3, 1));                           // full-width digits
    CHECK(damaged.organisationText ==
          QStringLiteral("镇党委成立整改领导小组，召开专题会议3次，逐条研究整改措施。"));
    REQUIRE(damaged.findings.size() == 2);
    CHECK(damaged.findings[0].title == QStringLiteral("会议记录不完整")); // Traditional, 1、 numbering
    CHECK(damaged.findings[0].measures ==
          QStringList{QStringLiteral("规范记录格式。"), QStringLiteral("每月检查一次。")});
    CHECK(damaged.findings[1].title == QStringLiteral("财务审批不严格")); // a run of spaces
    CHECK(damaged.findings[1].measures ==
          QStringList{QStringLiteral("修订审批制度，明确审批权限。")}); // page break
    CHECK(damaged.findings[1].deadline == QStringLiteral("持续推进"));

    const ParsedBulletin areas = parseBulletin(fixture(QStringLiteral("areas-yishi.txt")));
    CHECK(areas.categories.size() == 2); // the (一) of section 一 is not a category
    CHECK(areas.findings.size() == 3);
    CHECK(areas.measureCount(ParsedFinding::Kind::Problem) == 7);
    CHECK(areas.stated.counts.value(QStringLiteral("problems")) == 5);
    CHECK(areas.stated.counts.value(QStringLiteral("tasks")) == 8);
    CHECK(areas.warnings.size() >= 3); // no title, no round, 5 problems vs 3 areas, 8 tasks vs 7 measures

    const ParsedBulletin feedback = parseBulletin(fixture(QStringLiteral("feedback-list.txt")));
    REQUIRE(feedback.findings.size() == 3);
    CHECK(feedback.findings[0].status == ParsedFinding::Status::Completed); // 整改情况：已完成整改
    CHECK(feedback.findings[2].category == 1);

    const ParsedBulletin circled = parseBulletin(fixture(QStringLiteral("about-circled.txt")));
    CHECK(circled.warnings.isEmpty() == false); // the round is not named
    CHECK(circled.measureCount(ParsedFinding::Kind::Problem) == 5);
    CHECK(circled.measureCount(ParsedFinding::Kind::Problem, ParsedFinding::Status::Completed) == 4);
}

TEST_CASE("A web page saved as .xls by an office system: its table read as the ledger, spans and all", "[import][xls][html]") {
    // GBK, as such systems write it, with the charset in a <meta>; a category row spanning the
    // table; a problem spanning its two measures' rows
    const QString html = QStringLiteral(
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gbk\"></head><body>"
        "<table border=1><tr><td colspan=5>示例区水务局巡察整改台账</td></tr>"
        "<tr><td>序号</td><td>问题描述</td><td>整改措施</td><td>责任单位</td><td>整改时限</td></tr>"
        "<tr><td colspan=5>一、工程项目管理方面</td></tr>"
        "<tr><td rowspan=2>1</td><td rowspan=2>小型水利工程验收把关不严</td><td>全面复查近三年验收资料</td><td>建设管理科</td><td>2025年9月底前</td></tr>"
        "<tr><td>引入第三方参与验收</td><td>建设管理科、质监站</td><td>长期坚持</td></tr>"
        "<tr><td>2</td><td>河道采砂监管&nbsp;存在空档</td><td>建立联合巡查机制</td><td>河湖管理科</td><td>立行立改</td></tr>"
        "</table></body></html>");
    QStringEncoder gbk("GB18030");
    const QByteArray bytes = gbk(html);
    const ParsedBulletin b = readSheetBulletin(QStringLiteral("台账导出.xls"), bytes);
    CHECK(b.format == QStringLiteral("html"));
    CHECK(b.title == QStringLiteral("示例区水务局巡察整改台账"));
    REQUIRE(b.categories.size() == 1);
    CHECK(b.categories[0].title == QStringLiteral("工程项目管理方面"));
    REQUIRE(b.findings.size() == 2);
    CHECK(b.findings[0].title == QStringLiteral("小型水利工程验收把关不严"));
    REQUIRE(b.findings[0].measures.size() == 2);
    CHECK(b.findings[0].measureDetails[1].coUnits == QStringList{QStringLiteral("质监站")});
    CHECK(b.findings[1].title == QStringLiteral("河道采砂监管 存在空档"));
}

TEST_CASE("A 整改方案 in Word with its 任务分解表: the problems and measures come from the table", "[import][docx][tables]") {
    // the table as Word writes it: a header, a problem merged down over its two measures
    // (w:vMerge), a heading row spanning the table (w:gridSpan)
    const auto cell = [](const QString& text, const char* properties = "") {
        return QStringLiteral("<w:tc><w:tcPr>%1</w:tcPr><w:p><w:r><w:t>%2</w:t></w:r></w:p></w:tc>")
            .arg(QString::fromLatin1(properties), text.toHtmlEscaped());
    };
    const auto row = [](const QStringList& cells) { return QStringLiteral("<w:tr>%1</w:tr>").arg(cells.join(QString())); };
    QString table = QStringLiteral("<w:tbl>");
    table += row({cell(QStringLiteral("序号")), cell(QStringLiteral("问题")), cell(QStringLiteral("整改措施")),
                  cell(QStringLiteral("责任单位")), cell(QStringLiteral("完成时限"))});
    table += row({cell(QStringLiteral("一、政治建设方面"), "<w:gridSpan w:val=\"5\"/>")});
    table += row({cell(QStringLiteral("1"), "<w:vMerge w:val=\"restart\"/>"),
                  cell(QStringLiteral("理论学习中心组学习流于形式"), "<w:vMerge w:val=\"restart\"/>"),
                  cell(QStringLiteral("制定年度学习计划")), cell(QStringLiteral("办公室")), cell(QStringLiteral("2025年6月底前"))});
    table += row({cell(QString(), "<w:vMerge/>"), cell(QString(), "<w:vMerge/>"), cell(QStringLiteral("开展专题研讨")),
                  cell(QStringLiteral("机关党委")), cell(QStringLiteral("长期坚持"))});
    table += row({cell(QStringLiteral("2")), cell(QStringLiteral("意识形态工作责任制落实不到位")),
                  cell(QStringLiteral("修订意识形态工作责任清单")), cell(QStringLiteral("宣传科")), cell(QStringLiteral("立行立改"))});
    table += QStringLiteral("</w:tbl>");
    const QString body = QStringLiteral("<w:p><w:r><w:t>中共示范局党组关于落实县委巡察反馈意见的整改方案</w:t></w:r></w:p>"
                                        "<w:p><w:r><w:t>为抓好巡察反馈问题整改，制定本方案。整改任务见下表。</w:t></w:r></w:p>") +
                         table;
    const QByteArray xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                                          "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                                          "<w:body>%1</w:body></w:document>")
                               .arg(body)
                               .toUtf8();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("整改方案.docx"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(test::zipOf({{"word/document.xml", xml}}));
    file.close();

    const ParsedBulletin b = readBulletinFile(path).bulletin;
    CHECK(b.title == QStringLiteral("中共示范局党组关于落实县委巡察反馈意见的整改方案"));
    REQUIRE(b.categories.size() == 1);
    CHECK(b.categories[0].title == QStringLiteral("政治建设方面"));
    REQUIRE(b.findings.size() == 2);
    CHECK(b.findings[0].title == QStringLiteral("理论学习中心组学习流于形式"));
    REQUIRE(b.findings[0].measureDetails.size() == 2);
    CHECK(b.findings[0].measureDetails[1].leadUnit == QStringLiteral("机关党委"));
    CHECK(b.findings[1].measureDetails.value(0).deadline == QStringLiteral("立行立改"));
    CHECK(b.warnings.join(u' ').contains(QStringLiteral("表格")));
}
