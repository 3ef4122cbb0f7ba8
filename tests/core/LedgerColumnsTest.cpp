// Which column of an office's ledger sheet holds what, from its header words, in the layouts
// offices use.

#include "support/TestFiles.h"
#include "import/ledger/LedgerColumns.h"
#include "model/Error.h"

#include <catch2/catch.hpp>

using namespace rectrack;
using rectrack::test::sheetOf;

namespace {
QString keys(const LedgerColumns& columns) {
    QStringList keys;
    for (LedgerField f : columns.fields)
        keys << fieldKey(f);
    return keys.join(u',');
}
} // namespace

TEST_CASE("A header's words name its field, the most specific word deciding", "[import][ledger-sheet]") {
    CHECK(fieldOfHeader(QStringLiteral("反馈问题")) == LedgerField::Problem);
    CHECK(fieldOfHeader(QStringLiteral("问题表现")) == LedgerField::Problem);
    CHECK(fieldOfHeader(QStringLiteral("问题类别")) == LedgerField::Category);
    CHECK(fieldOfHeader(QStringLiteral("方面")) == LedgerField::Category);
    CHECK(fieldOfHeader(QStringLiteral("整改举措")) == LedgerField::Measure);
    CHECK(fieldOfHeader(QStringLiteral("牵头领导")) == LedgerField::Leader);
    CHECK(fieldOfHeader(QStringLiteral("责任单位（部门）")) == LedgerField::LeadUnit);
    CHECK(fieldOfHeader(QStringLiteral("协同单位")) == LedgerField::CoUnits);
    CHECK(fieldOfHeader(QStringLiteral("具体责任人")) == LedgerField::Person);
    CHECK(fieldOfHeader(QStringLiteral("整改\n期限")) == LedgerField::Deadline);
    CHECK(fieldOfHeader(QStringLiteral("是否完成")) == LedgerField::Progress);
    CHECK(fieldOfHeader(QStringLiteral("整改措施完成情况")) == LedgerField::Progress);
    CHECK(fieldOfHeader(QStringLiteral("整改成效")) == LedgerField::Outcome);
    CHECK(fieldOfHeader(QStringLiteral("备  注")) == LedgerField::Remark);
    CHECK(fieldOfHeader(QStringLiteral("序号")) == LedgerField::Number);
    CHECK_FALSE(fieldOfHeader(QStringLiteral("涉及金额（万元）")).has_value());
    CHECK_FALSE(fieldOfHeader(QStringLiteral("")).has_value());
}

TEST_CASE("The header is found under a title row and a unit and date row", "[import][ledger-sheet]") {
    const Sheet sheet = sheetOf({
        QStringList(7, QStringLiteral("县委第二巡察组反馈问题整改台账")), // the merged title, across every column
        {QStringLiteral("填报单位：县农业农村局"), QString(), QString(), QString(), QStringLiteral("填报日期：2025年3月5日")},
        {QStringLiteral("序号"), QStringLiteral("问题类别"), QStringLiteral("反馈问题"), QStringLiteral("整改措施"),
         QStringLiteral("牵头单位"), QStringLiteral("责任人"), QStringLiteral("完成时限")},
        {QStringLiteral("1"), QStringLiteral("党的建设"), QStringLiteral("“三会一课”不规范"), QStringLiteral("制定学习计划"),
         QStringLiteral("办公室"), QStringLiteral("张三"), QStringLiteral("2025年6月底前")},
    });
    const auto columns = recogniseColumns(sheet);
    REQUIRE(columns.has_value());
    CHECK(columns->headerFirst == 2);
    CHECK(columns->headerLast == 2);
    CHECK(keys(*columns) == QStringLiteral("number,category,title,measure,lead_unit,person,deadline"));
}

TEST_CASE("A two-row header: 整改措施 over its content and its deadline", "[import][ledger-sheet]") {
    const Sheet sheet = sheetOf({
        {QStringLiteral("序号"), QStringLiteral("反馈问题"), QStringLiteral("整改措施"), QStringLiteral("整改措施"),
         QStringLiteral("责任部门"), QStringLiteral("配合部门"), QStringLiteral("备注")},
        {QString(), QString(), QStringLiteral("措施内容"), QStringLiteral("完成时限")},
        {QStringLiteral("1"), QStringLiteral("公务用车管理不规范，存在公车私用情况"), QStringLiteral("修订车辆管理办法"),
         QStringLiteral("立行立改"), QStringLiteral("办公室")},
    });
    const auto columns = recogniseColumns(sheet);
    REQUIRE(columns.has_value());
    CHECK(columns->headerLast == 1);
    CHECK(keys(*columns) == QStringLiteral("number,title,measure,deadline,lead_unit,co_units,remark"));
    CHECK(columns->headers.value(3) == QStringLiteral("整改措施 / 完成时限"));
}

TEST_CASE("A sheet with no ledger header is not taken for one - a mapping by hand is", "[import][ledger-sheet]") {
    const Sheet sheet = sheetOf({
        {QStringLiteral("1"), QStringLiteral("公务用车管理不规范"), QStringLiteral("修订车辆管理办法"), QStringLiteral("办公室")},
        {QStringLiteral("2"), QStringLiteral("会议室被个人长期占用"), QStringLiteral("清理腾退"), QStringLiteral("后勤中心")},
    });
    CHECK_FALSE(recogniseColumns(sheet).has_value());
    const LedgerColumns mapped = mappedByHand(QStringLiteral("b=title, C=measure,D=lead_unit"), std::nullopt, sheet);
    CHECK(keys(mapped) == QStringLiteral("ignored,title,measure,lead_unit"));

    // over a recognised mapping: a field given to another column moves there
    const Sheet headed = sheetOf({{QStringLiteral("反馈问题"), QStringLiteral("整改措施"), QStringLiteral("情况说明")}});
    const auto recognised = recogniseColumns(headed);
    REQUIRE(recognised.has_value());
    CHECK(keys(mappedByHand(QStringLiteral("C=measure"), recognised, headed)) == QStringLiteral("title,ignored,measure"));

    for (const QString& wrong : {QStringLiteral("C"), QStringLiteral("C=标题"), QStringLiteral("3=title"), QStringLiteral("=title")}) {
        INFO(wrong.toStdString());
        CHECK_THROWS_AS(mappedByHand(wrong, std::nullopt, sheet), Error);
    }
}
