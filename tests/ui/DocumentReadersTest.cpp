// Every document format read back into the same bulletin: a saved web page with site chrome,
// a Word file built with libzip, a PDF drawn by Qt's PDF writer with a Chinese font.
// Damaged files give a clear error. (Here rather than in core_tests because drawing the PDF
// needs a GUI application.)

#include "import/BulletinParser.h"
#include "import/readers/DocumentReader.h"
#include "import/readers/PdfReader.h"
#include "storage/Error.h"
#include "support/TestLedger.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <QStringEncoder>
#include <zip.h>

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
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_source_keep(out);
    zip_t* archive = zip_open_from_source(out, ZIP_TRUNCATE, &error);
    REQUIRE(archive);
    zip_source_t* entry =
        zip_source_buffer(archive, xml.constData(), static_cast<zip_uint64_t>(xml.size()), 0);
    REQUIRE(zip_file_add(archive, "word/document.xml", entry, ZIP_FL_OVERWRITE) >= 0);
    REQUIRE(zip_close(archive) == 0);
    REQUIRE(zip_source_open(out) == 0);
    zip_stat_t stat;
    zip_source_stat(out, &stat);
    QByteArray bytes(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    zip_source_read(out, bytes.data(), stat.size);
    zip_source_close(out);
    zip_source_free(out);
    return bytes;
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
        CHECK(e.message().contains(QStringLiteral("PDF")));
    }
    CHECK(unifyRadicals(QStringLiteral("使\u2F64人\u2EA0")) == QStringLiteral("使用人民"));
    CHECK(unifyRadicals(QStringLiteral("没有部首")) == QStringLiteral("没有部首"));
}
