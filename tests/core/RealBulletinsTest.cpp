// The two real bulletins in ../shared/reports, parsed and compared field by field with the
// expected.json read by hand. Skipped, saying so, where ../shared is absent.

#include "import/BulletinJson.h"
#include "import/BulletinParser.h"
#include "import/TextDecoding.h"
#include "support/TestLedger.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace rectrack;

namespace {
struct Report {
    QJsonObject parsed;
    QJsonObject expected;
    QStringList warnings;
};

std::optional<Report> load(const QString& name) {
    const QDir dir(QStringLiteral(RECTRACK_SHARED_REPORTS));
    QFile text(dir.filePath(name + QStringLiteral(".txt")));
    QFile expected(dir.filePath(name + QStringLiteral(".expected.json")));
    if (!text.open(QIODevice::ReadOnly) || !expected.open(QIODevice::ReadOnly)) {
        WARN("skipped: " << dir.path().toStdString()
                         << " is absent (the shared reports are not on this machine)");
        return std::nullopt;
    }
    const DecodedText decoded = decodeText(text.readAll());
    ParsedBulletin bulletin = parseBulletin(decoded.text);
    bulletin.encoding = decoded.encoding;
    return Report{toJson(bulletin), QJsonDocument::fromJson(expected.readAll()).object(), bulletin.warnings};
}

QString str(const QJsonValue& v) {
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

void checkInspection(const Report& r) {
    const QJsonObject i = r.expected[QStringLiteral("inspection")].toObject();
    CHECK(str(r.parsed[QStringLiteral("title")]) == str(r.expected[QStringLiteral("title")]));
    CHECK(str(r.parsed[QStringLiteral("round")]) == str(i[QStringLiteral("round")]));
    CHECK(str(r.parsed[QStringLiteral("team")]) == str(i[QStringLiteral("team")]));
    CHECK(str(r.parsed[QStringLiteral("inspected_unit")]) == str(i[QStringLiteral("inspected_unit")]));
    CHECK(str(r.parsed[QStringLiteral("kind")]) == str(i[QStringLiteral("kind")]));
    CHECK(str(r.parsed[QStringLiteral("level")]) == str(i[QStringLiteral("level")]));
    CHECK(str(r.parsed[QStringLiteral("type")]) == str(i[QStringLiteral("type")]));
    const QJsonObject period = r.parsed[QStringLiteral("period")].toObject();
    CHECK(str(period[QStringLiteral("start")]) == str(i[QStringLiteral("start")]));
    CHECK(str(period[QStringLiteral("end")]) == str(i[QStringLiteral("end")]));
    CHECK(str(r.parsed[QStringLiteral("feedback_date")]) == str(i[QStringLiteral("feedback")]));
    if (i.contains(QStringLiteral("published"))) {
        CHECK(str(r.parsed[QStringLiteral("published_date")]) == str(i[QStringLiteral("published")]));
        CHECK(r.parsed[QStringLiteral("publication_window")] == i[QStringLiteral("publication_window")]);
    }
    const QJsonObject totals = r.expected[QStringLiteral("stated_totals")].toObject();
    for (auto it = totals.begin(); it != totals.end(); ++it) {
        INFO("stated total " << it.key().toStdString());
        CHECK(str(r.parsed[QStringLiteral("stated_totals")][it.key()]) == str(it.value()));
    }
    const QJsonObject contact = r.expected[QStringLiteral("contact")].toObject();
    for (auto it = contact.begin(); it != contact.end(); ++it) {
        INFO("contact " << it.key().toStdString());
        CHECK(str(r.parsed[QStringLiteral("contact")][it.key()]) == str(it.value()));
    }
    CHECK(str(r.parsed[QStringLiteral("encoding")]) == QStringLiteral("UTF-8"));
}

QList<QJsonObject> findingsOfKind(const QJsonObject& parsed, const QString& kind) {
    QList<QJsonObject> out;
    for (const QJsonValue& v : parsed[QStringLiteral("findings")].toArray())
        if (v[QStringLiteral("kind")].toString() == kind)
            out.append(v.toObject());
    return out;
}

bool anyWarning(const QStringList& warnings, const QString& needle1, const QString& needle2) {
    return std::any_of(warnings.begin(), warnings.end(),
                       [&](const QString& w) { return w.contains(needle1) && w.contains(needle2); });
}
} // namespace

TEST_CASE("The city-level bulletin (000) imports with every expected field", "[import][real]") {
    const auto report = load(QStringLiteral("000_489d3953438e12cd"));
    if (!report)
        return;
    checkInspection(*report);
    const QList<QJsonObject> problems = findingsOfKind(report->parsed, QStringLiteral("problem"));
    const QJsonArray expected = report->expected[QStringLiteral("problems")].toArray();
    REQUIRE(problems.size() == expected.size());
    int measures = 0, completedMeasures = 0;
    for (qsizetype i = 0; i < problems.size(); ++i) {
        const QJsonObject e = expected[i].toObject();
        INFO("problem " << e[QStringLiteral("number")].toInt());
        CHECK(problems[i][QStringLiteral("number")].toInt() == e[QStringLiteral("number")].toInt());
        CHECK(problems[i][QStringLiteral("title")].toString() == e[QStringLiteral("title")].toString());
        CHECK(problems[i][QStringLiteral("status")].toString() == e[QStringLiteral("status")].toString());
        CHECK(problems[i][QStringLiteral("measures")].toArray().size() ==
              e[QStringLiteral("measures")].toInt());
        if (e.contains(QStringLiteral("deadline")))
            CHECK(problems[i][QStringLiteral("deadline")].toString() ==
                  e[QStringLiteral("deadline")].toString());
        measures += static_cast<int>(problems[i][QStringLiteral("measures")].toArray().size());
        if (e[QStringLiteral("status")].toString() == u"completed")
            completedMeasures += static_cast<int>(problems[i][QStringLiteral("measures")].toArray().size());
    }
    CHECK(measures == 56);
    CHECK(completedMeasures == 52);
    // problem 23: its ①②③ under 整改进展情况 are progress, not measures; it has difficulties
    const QJsonObject p23 = problems.last();
    CHECK(p23[QStringLiteral("outcomes")].toArray().size() == 3);
    CHECK(p23[QStringLiteral("difficulties")].toString().startsWith(QStringLiteral("因出借资金问题")));
    // a page break split "目前项目 / 已实现开工建设" in the organisation part; it is one sentence again
    const QList<QJsonObject> suggestions = findingsOfKind(report->parsed, QStringLiteral("suggestion"));
    const QJsonArray expectedSuggestions = report->expected[QStringLiteral("suggestions")].toArray();
    REQUIRE(suggestions.size() == expectedSuggestions.size());
    for (qsizetype i = 0; i < suggestions.size(); ++i) {
        CHECK(suggestions[i][QStringLiteral("title")].toString() ==
              expectedSuggestions[i][QStringLiteral("title")].toString());
        CHECK(suggestions[i][QStringLiteral("status")].toString() ==
              expectedSuggestions[i][QStringLiteral("status")].toString());
    }
    CHECK(report->parsed[QStringLiteral("categories")].toArray().isEmpty());
    // the warnings its notes call for: categories not headed; the stale 23-of-28 figure
    CHECK(anyWarning(report->warnings, QStringLiteral("4个方面"), QStringLiteral("没有列出类别")));
    CHECK(anyWarning(report->warnings, QStringLiteral("已完成23项"), QStringLiteral("未采用")));
    CHECK_FALSE(report->parsed[QStringLiteral("stated_totals")].toObject().contains(
        QStringLiteral("completion_rate")));
}

TEST_CASE("The provincial bulletin (003) imports and reports the difference in totals", "[import][real]") {
    const auto report = load(QStringLiteral("003_f52511ed11e6dba5"));
    if (!report)
        return;
    checkInspection(*report);
    const QJsonArray categories = report->parsed[QStringLiteral("categories")].toArray();
    const QJsonArray expected = report->expected[QStringLiteral("categories")].toArray();
    REQUIRE(categories.size() == expected.size());
    const QList<QJsonObject> items = findingsOfKind(report->parsed, QStringLiteral("problem"));
    int measures = 0;
    for (qsizetype c = 0; c < expected.size(); ++c) {
        const QJsonObject e = expected[c].toObject();
        CHECK(categories[c][QStringLiteral("number")].toString() == e[QStringLiteral("number")].toString());
        CHECK(categories[c][QStringLiteral("title")].toString() == e[QStringLiteral("title")].toString());
        QList<QJsonObject> inCategory;
        for (const QJsonObject& f : items)
            if (f[QStringLiteral("category")].toInt(-1) == c)
                inCategory.append(f);
        const QJsonArray expectedItems = e[QStringLiteral("items")].toArray();
        REQUIRE(inCategory.size() == expectedItems.size());
        for (qsizetype i = 0; i < inCategory.size(); ++i) {
            const QJsonObject ei = expectedItems[i].toObject();
            INFO("category " << c + 1 << " item " << ei[QStringLiteral("number")].toInt());
            CHECK(inCategory[i][QStringLiteral("number")].toInt() == ei[QStringLiteral("number")].toInt());
            CHECK(inCategory[i][QStringLiteral("title")].toString() ==
                  ei[QStringLiteral("title")].toString());
            CHECK(inCategory[i][QStringLiteral("measures")].toArray().size() ==
                  ei[QStringLiteral("measures")].toInt());
            CHECK(inCategory[i][QStringLiteral("status")].isNull()); // no per-item status is published
            measures += static_cast<int>(inCategory[i][QStringLiteral("measures")].toArray().size());
        }
    }
    CHECK(items.size() == 16); // never 46: no problems are invented
    CHECK(measures == 45);
    CHECK(anyWarning(report->warnings, QStringLiteral("46个问题"), QStringLiteral("16项")));
    CHECK(anyWarning(report->warnings, QStringLiteral("64项"), QStringLiteral("45条")));
    CHECK(str(report->parsed[QStringLiteral("issuing_body")]) ==
          QStringLiteral("中共沈阳高新技术产业开发区工作委员会"));
    // section 一's (一)…(五) describe how the work was organised; they are not categories
    CHECK(report->parsed[QStringLiteral("categories")]
              .toArray()[0][QStringLiteral("title")]
              .toString()
              .startsWith(QStringLiteral("贯彻落实党中央决策部署")));
}

TEST_CASE("The real bulletins read the same after a republisher's damage: one line, half-width punctuation, a "
          "web page's furniture",
          "[import][real][damage]") {
    for (const char* name : {"000_489d3953438e12cd", "003_f52511ed11e6dba5"}) {
        QFile file(QDir(QStringLiteral(RECTRACK_SHARED_REPORTS)).filePath(QString::fromLatin1(name) + QStringLiteral(".txt")));
        if (!file.open(QIODevice::ReadOnly)) {
            WARN("skipped: the shared reports are absent");
            return;
        }
        const QString text = decodeText(file.readAll()).text;
        const ParsedBulletin original = parseBulletin(text);
        QString half = text;
        for (const auto& [from, to] : {std::pair{u'，', u','}, {u'：', u':'}, {u'；', u';'}, {u'（', u'('}, {u'）', u')'}})
            half.replace(QChar(from), QChar(to));
        const QList<std::pair<const char*, QString>> damaged = {
            {"one line", QString(text).remove(u'\n')},
            {"half-width punctuation", half},
            {"a web page's furniture",
             QStringLiteral("首页 > 信息公开 > 巡察工作\n信息索引号: 000-2024-0001\n发布机构: 某区\n"
                            "发布时间: 2024-08-01 来源: 某区 浏览次数: 12\n【字体：大 中 小】【打印】\n") +
                 text + QStringLiteral("\n分享到:\n打印本页 关闭窗口\n")},
        };
        for (const auto& [what, copy] : damaged) {
            INFO(name << ": " << what);
            const ParsedBulletin b = parseBulletin(copy);
            CHECK(b.periodStart == original.periodStart);
            CHECK(b.periodEnd == original.periodEnd);
            CHECK(b.feedbackDate == original.feedbackDate);
            CHECK(b.team == original.team);
            CHECK(b.stated.counts == original.stated.counts);
            CHECK(b.stated.amounts == original.stated.amounts);
            CHECK(b.categories.size() == original.categories.size());
            REQUIRE(b.findings.size() == original.findings.size());
            for (qsizetype i = 0; i < b.findings.size(); ++i) {
                // the words, whatever punctuation the copy gave them
                QString want = original.findings[i].title, got = b.findings[i].title;
                for (QString* t : {&want, &got})
                    t->remove(QRegularExpression(QStringLiteral("[，,：:；;（）()\\s]")));
                CHECK(got == want);
                CHECK(b.findings[i].measures.size() == original.findings[i].measures.size());
            }
        }
    }
}
