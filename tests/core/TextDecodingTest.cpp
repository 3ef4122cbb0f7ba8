#include "import/TextDecoding.h"
#include "import/BulletinParser.h"
#include "model/Error.h"
#include "support/TestLedger.h"

#include <QStringEncoder>

using namespace rectrack;

namespace {
// A small bulletin written for these tests: full-width digits, a page break in the middle
// of a sentence, mixed punctuation, a Traditional character, runs of spaces.
const QString Fixture = QStringLiteral(
    "关于县委第一巡察组对测试局党组巡察整改情况的通报\n\n"
    "根据县委统一部署，２０２５年３月１日至４月３０日，第一巡察组对测试局党组开展了常规巡察。"
    "5月20日，县委巡察组向测试局党组反馈了巡察意见。\n\n"
    "一、整改工作组织落实情况\n\n局党组成立整改领导小组，\n\n召开专题会议3次。\n\n"
    "二、集中整改进展情况\n\n巡察反馈意见中指出2项3个问题；已完成整改问题2个，正在推进整改问题1个。"
    "制定整改措施4条，已完成3条。\n\n"
    "（一）已整改完成的问题 2 个\n\n"
    "1. 关于“资金拨付滞后。”问题的整改\n\n整改措施：①梳理台账。②限时拨付。\n\n整改成效：已全部拨付。\n\n"
    "2、关于“會议记录不全。”问题的整改\n\n整改措施:规范记录。\n\n整改成效:已规范。\n\n"
    "(二) 正在推进整改的问题 1 个\n\n"
    "3. 关于“项目验收不规范。”问题的整改\n\n整改措施：引入第三方验收。\n\n整改时限：2025年12月底\n\n"
    "存在的困难：项目较多。\n\n"
    "三、下一步工作\n\n一是持续推进整改。\n\n"
    "欢迎广大干部群众进行监督。联系电话：0000-1234567\n");
} // namespace

TEST_CASE("Text in any of the supported encodings decodes and says which it was", "[import][encoding]") {
    const auto decodedAs = [](const QByteArray& bytes) { return decodeText(bytes); };
    CHECK(decodedAs(Fixture.toUtf8()).encoding == QStringLiteral("UTF-8"));
    CHECK(decodedAs(QByteArray("\xEF\xBB\xBF") + Fixture.toUtf8()).encoding == QStringLiteral("UTF-8 (BOM)"));
    CHECK(decodedAs(QByteArray("\xEF\xBB\xBF") + Fixture.toUtf8()).text == Fixture);
    for (const auto& [name, expected] :
         {std::pair{"UTF-16LE", "UTF-16LE"}, std::pair{"UTF-16BE", "UTF-16BE"}}) {
        QStringEncoder encoder(name);
        const QByteArray bytes = encoder(Fixture);
        INFO(name);
        CHECK(decodedAs(bytes).encoding ==
              QString::fromLatin1(expected)); // no BOM: recognised by its zero bytes
        CHECK(decodedAs(bytes).text == Fixture);
    }
    QStringEncoder withBom(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    CHECK(decodedAs(withBom(Fixture)).text == Fixture);
    QStringEncoder gb("GB18030");
    const QByteArray gbBytes = gb(Fixture);
    CHECK(decodedAs(gbBytes).encoding == QStringLiteral("GB18030"));
    CHECK(decodedAs(gbBytes).text == Fixture);
}

TEST_CASE("Bytes that are not text are refused with a clear message", "[import][encoding]") {
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(static_cast<char>((i * 7919) % 256));
    CHECK_THROWS_AS(decodeText(garbage), Error);
    CHECK_THROWS_AS(decodeText(QByteArray("\xEF\xBB\xBF\xFF\xFE\x00", 6)),
                    Error); // a UTF-8 BOM, then broken bytes
    CHECK(decodeText(QByteArray()).text.isEmpty());
}

TEST_CASE("A fixture with numbering variants and text damage parses fully", "[import][parser]") {
    for (const char* encoding : {"UTF-8", "GB18030", "UTF-16LE"}) {
        INFO(encoding);
        QStringEncoder encoder(encoding);
        const DecodedText decoded = decodeText(encoder(Fixture));
        const ParsedBulletin b = parseBulletin(decoded.text);
        CHECK(b.title == QStringLiteral("关于县委第一巡察组对测试局党组巡察整改情况的通报"));
        CHECK(b.team == QStringLiteral("县委第一巡察组"));
        CHECK(b.inspectedUnit == QStringLiteral("测试局党组"));
        CHECK(b.type == QStringLiteral("常规巡察"));
        CHECK(b.periodStart == QDate(2025, 3, 1)); // full-width digits
        CHECK(b.feedbackDate == QDate(2025, 5, 20));
        CHECK(b.organisationText ==
              QStringLiteral("局党组成立整改领导小组，召开专题会议3次。")); // page break repaired
        REQUIRE(b.findings.size() == 3);
        CHECK(b.findings[0].measures ==
              QStringList{QStringLiteral("梳理台账。"), QStringLiteral("限时拨付。")});
        CHECK(b.findings[1].number == QStringLiteral("2"));           // "2、" numbering
        CHECK(b.findings[1].title == QStringLiteral("会议记录不全")); // Traditional 會 read as 会
        CHECK(b.findings[1].measures.size() == 1);                    // half-width colon label
        CHECK(b.findings[2].status == ParsedFinding::Status::InProgress);
        CHECK(b.findings[2].deadline == QStringLiteral("2025年12月底"));
        CHECK(b.findings[2].difficulties == QStringLiteral("项目较多。"));
        CHECK(b.stated.counts.value(QStringLiteral("problems")) == 3);
        CHECK(b.stated.counts.value(QStringLiteral("measures")) == 4);
        CHECK(b.contactPhone == QStringLiteral("0000-1234567"));
        // stated 2 categories but none headed, and no round named; 4 measures = 2 + 1 + 1 agrees
        INFO(b.warnings.join(QStringLiteral(" / ")).toStdString());
        CHECK(b.warnings.size() == 3); // also the one Traditional character read as Simplified
        CHECK(b.round == QStringLiteral("县委巡察（2025年常规巡察）"));
    }
}

TEST_CASE("A document that is not a bulletin gives an honest empty result with a warning",
          "[import][parser]") {
    const ParsedBulletin b =
        parseBulletin(QStringLiteral("今天天气很好。\n我们去公园散步，看见很多人在跑步。\n"));
    CHECK(b.findings.isEmpty());
    CHECK_FALSE(b.warnings.isEmpty());
    const ParsedBulletin empty = parseBulletin(QString());
    CHECK(empty.findings.isEmpty());
    const ParsedBulletin hostile = parseBulletin(
        QString(200000, u'（') + QStringLiteral("1.关于“”问题的整改\n") + QString(1000, QChar(0)));
    CHECK(hostile.findings.isEmpty());
}

TEST_CASE("Feedback lists numbered 反馈问题一： with (1)(2) measures and categories parse",
          "[import][parser]") {
    const QString text =
        QStringLiteral("关于市委第三巡察组反馈意见整改落实情况的通报\n"
                       "根据市委统一部署，2024年9月2日至10月31日，市委第三巡察组对测试集团党委进行了常规巡察"
                       "。12月5日，市委巡察组向测试集团党委反馈了巡察意见。\n"
                       "二、整改落实情况\n"
                       "（一）关于落实主体责任方面\n"
                       "反馈问题一：党委会议研究部署不够。\n"
                       "整改措施：(1)每季度专题研究一次。(2)建立督办台账。\n"
                       "整改情况：已召开专题会议2次。\n"
                       "反馈问题二：制度执行不严格。\n"
                       "整改措施：（1）修订议事规则。\n"
                       "(二)关于作风建设方面\n"
                       "反馈问题三：公务接待超标准。\n"
                       "整改措施：①清理接待台账。②追回超标费用。\n");
    const ParsedBulletin b = parseBulletin(text);
    REQUIRE(b.categories.size() == 2);
    CHECK(b.categories[0].title == QStringLiteral("关于落实主体责任方面"));
    REQUIRE(b.findings.size() == 3);
    CHECK(b.findings[0].number == QStringLiteral("1"));
    CHECK(b.findings[0].title == QStringLiteral("党委会议研究部署不够"));
    CHECK(b.findings[0].measures ==
          QStringList{QStringLiteral("每季度专题研究一次。"), QStringLiteral("建立督办台账。")});
    CHECK(b.findings[0].outcomes == QStringList{QStringLiteral("已召开专题会议2次。")});
    CHECK(b.findings[1].measures.size() == 1);
    CHECK(b.findings[2].number == QStringLiteral("3"));
    CHECK(b.findings[2].category == 1);
    CHECK(b.findings[2].measures.size() == 2);
    CHECK(b.team == QStringLiteral("市委第三巡察组"));
    CHECK(b.feedbackDate == QDate(2024, 12, 5));
}

TEST_CASE("A 50 MB text parses without crashing and without inventing items", "[import][parser]") {
    QString big;
    const QString paragraph =
        QStringLiteral("这是一段很长的说明文字，没有任何问题条目，只是重复出现的普通段落。\n");
    big.reserve(26 * 1024 * 1024);
    while (big.size() * 2 < 50 * 1024 * 1024)
        big += paragraph;
    const ParsedBulletin b = parseBulletin(big);
    CHECK(b.findings.isEmpty());
    CHECK_FALSE(b.warnings.isEmpty());
}

TEST_CASE("Dates without 年月日 - status from an item's own words - item-level warnings",
          "[import][parser]") {
    const QString text =
        QStringLiteral("关于区委第二巡察组巡察整改情况的通报\n"
                       "根据区委统一部署，2024.4.8—6.14，区委第二巡察组对测试街道党工委开展了机动巡察。\n"
                       "二、整改落实情况\n"
                       "（一）党的建设方面\n"
                       "1.组织生活不规范。一是规范三会一课。二是建立月度通报。\n"
                       "整改情况：已完成整改，建立制度2项。\n"
                       "2.宣传阵地管理不严。一是清理宣传栏。\n"
                       "整改情况：正在推进，预计年底完成。\n"
                       "3.台账资料缺失。\n");
    const ParsedBulletin b = parseBulletin(text);
    CHECK(b.periodStart == QDate(2024, 4, 8));
    CHECK(b.periodEnd == QDate(2024, 6, 14));
    CHECK(b.type == QStringLiteral("机动巡察"));
    REQUIRE(b.findings.size() == 3);
    CHECK(b.findings[0].status == ParsedFinding::Status::Completed);
    CHECK(b.findings[1].status == ParsedFinding::Status::InProgress);
    CHECK(b.findings[2].status == ParsedFinding::Status::Unknown);
    REQUIRE(b.findings[2].warnings.size() == 1);
    CHECK(b.findings[2].warnings.first().contains(QStringLiteral("整改措施")));
    CHECK(std::any_of(b.warnings.begin(), b.warnings.end(),
                      [](const QString& w) { return w.startsWith(QStringLiteral("第3项")); }));
}
