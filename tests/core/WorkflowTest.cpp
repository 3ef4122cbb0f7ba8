#include "model/Error.h"
#include "support/TestLedger.h"

using namespace rectrack;
using namespace rectrack::test;

TEST_CASE("Sign-off: request - return with a reason - request again - approve", "[workflow]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    const Id finding = makeFinding(*ledger, inspection);
    const Id measure = makeMeasure(*ledger, finding, Status::InProgress);
    ActivityRepository& activity = ledger->activity();

    CHECK_THROWS_AS(activity.recordSignOff(finding, SignOffAction::Request, {}), Error); // not closed yet
    ledger->findings().setMeasureStatus(measure, Status::Completed, testToday());
    CHECK_THROWS_AS(activity.recordSignOff(finding, SignOffAction::Approve, {}), Error); // nothing requested
    CHECK_THROWS_AS(activity.recordSignOff(finding, SignOffAction::Request, {}), Error); // no evidence yet
    CHECK(activity.signOffs(finding).isEmpty());
    activity.addEvidence(finding, measure, QStringLiteral("整改报告.docx"), "report");
    activity.recordSignOff(finding, SignOffAction::Request, QStringLiteral("材料齐全"));
    CHECK(ledger->findings().finding(finding).signOff == SignOffState::Requested);
    CHECK_THROWS_AS(activity.recordSignOff(finding, SignOffAction::Return, QStringLiteral("  ")),
                    Error); // reason needed
    activity.recordSignOff(finding, SignOffAction::Return, QStringLiteral("缺少会议纪要"));
    CHECK(ledger->findings().finding(finding).signOff == SignOffState::Returned);
    activity.recordSignOff(finding, SignOffAction::Request, QStringLiteral("已补充"));
    activity.recordSignOff(finding, SignOffAction::Approve, QStringLiteral("同意销号"));
    CHECK(ledger->findings().finding(finding).signOff == SignOffState::Approved);
    const QList<SignOffRecord> records = activity.signOffs(finding);
    REQUIRE(records.size() == 4);
    CHECK(records[1].comment == QStringLiteral("缺少会议纪要"));
    CHECK(records[3].actor == QStringLiteral("tester"));
    CHECK(ledger->statistics(Scope::inspection(inspection)).signedOff == 1);

    SECTION("a follow-up review that finds a rebound reopens the finding") {
        CHECK_THROWS_AS(activity.addReview({0, finding, QDate(2025, 9, 1), {}, ReviewResult::Rebounded, {}}),
                        Error);
        activity.addReview({0, finding, QDate(2025, 9, 1), QStringLiteral("回头看组"),
                            ReviewResult::Rebounded, QStringLiteral("问题反弹")});
        const Finding f = ledger->findings().finding(finding);
        CHECK(f.reopened);
        CHECK(f.signOff == SignOffState::None);
        const LedgerStats s = ledger->statistics(Scope::inspection(inspection));
        CHECK(s.reopened == 1);
        CHECK(s.signedOff == 0);
        CHECK(activity.reviews(finding).size() == 1);
    }
}
