// Unit names an import would add that look like a unit already there, or like another name in
// the same file.

#include "services/UnitNames.h"
#include "support/TestLedger.h"

#include <catch2/catch.hpp>

using namespace rectrack;

TEST_CASE("Near-duplicate unit names are said, exact and unlike ones are not", "[import][units]") {
    ParsedBulletin b;
    ParsedFinding f;
    f.leadUnit = QStringLiteral("局办公室");
    f.coUnits = {QStringLiteral("财务科"), QStringLiteral("人事科")};
    ParsedMeasure m;
    m.leadUnit = QStringLiteral("计划财务股");
    m.coUnits = {QStringLiteral("计划财务股室")};
    f.measureDetails << m;
    b.findings << f;
    CHECK(unitNamesOf(b) == QStringList{QStringLiteral("局办公室"), QStringLiteral("财务科"), QStringLiteral("人事科"),
                                        QStringLiteral("计划财务股"), QStringLiteral("计划财务股室")});

    const QList<Unit> units{{1, std::nullopt, QStringLiteral("办公室"), 0}, {2, std::nullopt, QStringLiteral("财务科"), 0},
                            {3, std::nullopt, QStringLiteral("纪检监察室"), 0}};
    const QList<NearUnit> near = nearDuplicateUnits(units, b);
    REQUIRE(near.size() == 2);
    CHECK(near[0].name == QStringLiteral("局办公室"));
    CHECK(near[0].similar == QStringLiteral("办公室"));
    CHECK(near[0].inLedger);
    CHECK(near[1].name == QStringLiteral("计划财务股室")); // like another new name of the same file
    CHECK(near[1].similar == QStringLiteral("计划财务股"));
    CHECK_FALSE(near[1].inLedger);
    CHECK(describe(near[0]).contains(QStringLiteral("导入时将新建")));
    // 人事科 is like none of them; 财务科 is there already
    CHECK(nearDuplicateUnits({}, ParsedBulletin{}).isEmpty());
}
