// Bulletins in the styles offices publish, each a fixture written for these tests
// (tests/fixtures/bulletins/NAME.txt or .html) with what a correct import finds beside it
// (NAME.expected.json, written by hand, not by the program). Each is read as it is and, for a
// text fixture, also as a web page, a Word document and a PDF made from it: the same facts
// must come out of all four, and nothing more than the expected problems.

#include "import/BulletinJson.h"
#include "import/BulletinParser.h"
#include "import/readers/DocumentReader.h"
#include "support/TestFiles.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rectrack;

namespace {

const QString Folder = QStringLiteral(RECTRACK_FIXTURES "/bulletins/");

QByteArray readAll(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

// The text as a web page: each line a paragraph, with a page's head and scripts around it.
QByteArray asHtml(const QString& text) {
    QString html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>通报</title>"
                                  "<script>var x = 1;</script></head><body><div class=\"nav\">首页</div>"
                                  "<div class=\"article\">");
    for (const QString& line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(escaped(line));
    html += QStringLiteral("</div></body></html>");
    return html.toUtf8();
}

// The text as a Word document: each line a paragraph.
QByteArray asDocx(const QString& text) {
    QString body;
    for (const QString& line : text.split(u'\n'))
        if (!line.trimmed().isEmpty())
            body += QStringLiteral("<w:p><w:r><w:t xml:space=\"preserve\">%1</w:t></w:r></w:p>").arg(escaped(line));
    const QByteArray document =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                       "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                       "<w:body>%1</w:body></w:document>")
            .arg(body)
            .toUtf8();
    const QByteArray types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
        "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
        "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    return test::zipOf({{"[Content_Types].xml", types}, {"word/document.xml", document}});
}

// The text as a PDF set the way an office prints it: A4, each paragraph's first line indented
// by two characters, lines wrapped at 28 characters.
QByteArray asPdf(const QString& text) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        QPainter painter(&writer);
        QFont font(QStringLiteral("WenQuanYi Micro Hei"));
        font.setPixelSize(50);
        painter.setFont(font);
        const int left = 300, lineHeight = 80, perLine = 28, bottom = 3300;
        int y = 300;
        for (const QString& paragraph : text.split(u'\n')) {
            const QString p = paragraph.trimmed();
            if (p.isEmpty())
                continue;
            QString rest = p;
            bool first = true;
            while (!rest.isEmpty()) {
                const int width = first ? perLine - 2 : perLine;
                if (y > bottom) {
                    writer.newPage();
                    y = 300;
                }
                painter.drawText(left + (first ? 100 : 0), y, rest.left(width));
                rest = rest.mid(width);
                first = false;
                y += lineHeight;
            }
        }
    }
    return bytes;
}

QString statusCode(const QJsonValue& v) {
    return v.isNull() ? QStringLiteral("unknown") : v.toString();
}

void compare(const QJsonObject& got, const QJsonObject& want) {
    if (want.contains(QStringLiteral("title")))
        CHECK(got.value(QStringLiteral("title")).toString() == want.value(QStringLiteral("title")).toString());
    const QJsonObject inspection = want.value(QStringLiteral("inspection")).toObject();
    const struct {
        const char* wantKey;
        QJsonValue have;
    } fields[] = {
        {"team", got.value(QStringLiteral("team"))},
        {"inspected_unit", got.value(QStringLiteral("inspected_unit"))},
        {"kind", got.value(QStringLiteral("kind"))},
        {"type", got.value(QStringLiteral("type"))},
        {"round", got.value(QStringLiteral("round"))},
        {"start", got.value(QStringLiteral("period")).toObject().value(QStringLiteral("start"))},
        {"end", got.value(QStringLiteral("period")).toObject().value(QStringLiteral("end"))},
        {"feedback", got.value(QStringLiteral("feedback_date"))},
        {"published", got.value(QStringLiteral("published_date"))},
    };
    for (const auto& f : fields) {
        const QString key = QString::fromLatin1(f.wantKey);
        if (!inspection.contains(key))
            continue;
        INFO(f.wantKey);
        CHECK(f.have.toString() == inspection.value(key).toString());
    }
    const QJsonObject stated = got.value(QStringLiteral("stated_totals")).toObject();
    const QJsonObject wantStated = want.value(QStringLiteral("stated_totals")).toObject();
    for (auto it = wantStated.begin(); it != wantStated.end(); ++it) {
        INFO("stated " << it.key().toStdString());
        CHECK(stated.value(it.key()).toDouble(-1) == Approx(it.value().toDouble()));
    }
    if (want.contains(QStringLiteral("no_other_totals")))
        CHECK(stated.keys() == wantStated.keys());
    QStringList categories;
    for (const QJsonValue& c : got.value(QStringLiteral("categories")).toArray())
        categories.append(c.toObject().value(QStringLiteral("title")).toString());
    QStringList wantCategories;
    for (const QJsonValue& c : want.value(QStringLiteral("categories")).toArray())
        wantCategories.append(c.toString());
    CHECK(categories == wantCategories);

    QList<QJsonObject> problems;
    for (const QJsonValue& f : got.value(QStringLiteral("findings")).toArray())
        problems.append(f.toObject());
    const QJsonArray wantProblems = want.value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == wantProblems.size()); // none missed, none invented
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const QJsonObject p = problems[i];
        const QJsonObject w = wantProblems[i].toObject();
        INFO("item " << i + 1 << ": " << p.value(QStringLiteral("title")).toString().toStdString());
        CHECK(p.value(QStringLiteral("title")).toString() == w.value(QStringLiteral("title")).toString());
        if (w.contains(QStringLiteral("number")))
            CHECK(p.value(QStringLiteral("number")).toInt() == w.value(QStringLiteral("number")).toInt());
        if (w.contains(QStringLiteral("kind")))
            CHECK(p.value(QStringLiteral("kind")).toString() == w.value(QStringLiteral("kind")).toString());
        if (w.contains(QStringLiteral("category")))
            CHECK(p.value(QStringLiteral("category")).toInt(-1) == w.value(QStringLiteral("category")).toInt(-1));
        if (w.contains(QStringLiteral("status")))
            CHECK(statusCode(p.value(QStringLiteral("status"))) == w.value(QStringLiteral("status")).toString());
        if (w.contains(QStringLiteral("measures")))
            CHECK(p.value(QStringLiteral("measures")).toArray().size() == w.value(QStringLiteral("measures")).toInt());
    }
    for (const QJsonValue& d : want.value(QStringLiteral("doubts_mention")).toArray()) {
        const QString words = d.toString();
        const QJsonArray doubts = got.value(QStringLiteral("doubts")).toArray();
        INFO("a doubt saying " << words.toStdString());
        CHECK(std::any_of(doubts.begin(), doubts.end(), [&](const QJsonValue& v) { return v.toString().contains(words); }));
    }
    for (const QJsonValue& w : want.value(QStringLiteral("warnings_mention")).toArray()) {
        const QString words = w.toString();
        const QJsonArray warnings = got.value(QStringLiteral("warnings")).toArray();
        INFO("a warning saying " << words.toStdString());
        CHECK(std::any_of(warnings.begin(), warnings.end(), [&](const QJsonValue& v) { return v.toString().contains(words); }));
    }
}

} // namespace

TEST_CASE("Bulletins of every style import with the facts a person reads in them", "[import][styles]") {
    const QStringList expected = QDir(Folder).entryList({QStringLiteral("*.expected.json")}, QDir::Files, QDir::Name);
    REQUIRE(expected.size() >= 10);
    for (const QString& name : expected) {
        const QString base = name.chopped(int(qstrlen(".expected.json")));
        const QJsonObject want = QJsonDocument::fromJson(readAll(Folder + name)).object();
        REQUIRE_FALSE(want.isEmpty());
        QString source;
        for (const char* ext : {".txt", ".html"})
            if (QFile::exists(Folder + base + QLatin1String(ext)))
                source = base + QLatin1String(ext);
        REQUIRE_FALSE(source.isEmpty());
        const QByteArray bytes = readAll(Folder + source);
        QList<std::pair<QString, QByteArray>> forms = {{source, bytes}};
        if (source.endsWith(QStringLiteral(".txt"))) {
            const QString text = QString::fromUtf8(bytes);
            forms.append({base + QStringLiteral(".html"), asHtml(text)});
            forms.append({base + QStringLiteral(".docx"), asDocx(text)});
            forms.append({base + QStringLiteral(".pdf"), asPdf(text)});
        }
        for (const auto& [fileName, content] : forms) {
            DYNAMIC_SECTION(fileName.toStdString()) {
                const ExtractedText extracted = readDocument(fileName, content);
                const ParsedBulletin parsed = parseBulletin(extracted.text);
                const QJsonObject got = toJson(parsed);
                INFO(QJsonDocument(got.value(QStringLiteral("warnings")).toArray()).toJson().toStdString());
                compare(got, want);
            }
        }
    }
}
