// A newer version of a bulletin imported over the earlier one: matched, not replaced, so the
// office's work on it survives (BulletinUpdate).

#include "import/BulletinParser.h"
#include "changes/Change.h"
#include "services/BulletinChanges.h"
#include "services/BulletinImport.h"
#include "services/BulletinUpdate.h"
#include "storage/HistoryVerifier.h"
#include "storage/Query.h"
#include "support/TestLedger.h"

#include <QJsonArray>

using namespace rectrack;
using namespace rectrack::test;

namespace {

// Written for these tests in the common style of a county bulletin.
const QString Version1 = QStringLiteral(
    "关于县委第一巡察组对测试局党组巡察整改情况的通报\n\n"
    "根据县委统一部署，2025年3月1日至4月30日，第一巡察组对测试局党组开展了专项巡察。\n\n"
    "二、集中整改进展情况\n\n"
    "（一）已整改完成的问题 1 个\n\n"
    "1. 关于“资金拨付滞后。”问题的整改\n\n整改措施：①梳理资金台账。②限时拨付到位。\n\n"
    "（二）正在推进整改的问题 4 个\n\n"
    "2. 关于“工程验收不规范。”问题的整改\n\n整改措施：引入第三方验收机构。\n\n整改时限：2025年12月底\n\n"
    "3. 关于“档案管理混乱。”问题的整改\n\n整改措施：建立档案管理制度。\n\n"
    "4. 关于“会议记录不全。”问题的整改\n\n整改措施：补齐三年会议记录。\n\n"
    "5. 关于“公车管理不严。”问题的整改\n\n整改措施：完善公车使用登记。\n");

// The same bulletin a month later: one title and one measure reworded, a measure and a finding
// added, three findings dropped, a deadline moved.
const QString Version2 = QStringLiteral(
    "关于县委第一巡察组对测试局党组巡察整改情况的通报\n\n"
    "根据县委统一部署，2025年3月1日至4月30日，第一巡察组对测试局党组开展了专项巡察。\n\n"
    "二、集中整改进展情况\n\n"
    "（一）已整改完成的问题 1 个\n\n"
    "1. 关于“专项资金拨付严重滞后。”问题的整改\n\n整改措施：①梳理全部资金台账。②限时拨付到位。③建立资金拨付通报机制。\n\n"
    "（二）正在推进整改的问题 2 个\n\n"
    "2. 关于“工程验收不规范。”问题的整改\n\n整改措施：引入第三方验收机构。\n\n整改时限：2026年6月底\n\n"
    "3. 关于“食堂采购不透明。”问题的整改\n\n整改措施：采购清单每月公示。\n");

struct Imported {
    TestLedger ledger;
    Id inspection = 0;
    QList<Finding> findings;
    Imported() {
        inspection = saveBulletin(*ledger, parseBulletin(Version1), QStringLiteral("v1"));
        findings = ledger->findings().findings(inspection);
        REQUIRE(findings.size() == 5);
        // The office's work: a note on 2, a status on 3's measure, evidence on 4; nothing on 5.
        ProgressNote note;
        note.findingId = findings[1].id;
        note.text = QStringLiteral("已联系第三方机构");
        note.date = testToday();
        ledger->activity().addNote(note);
        const Measure m3 = ledger->findings().measures(findings[2].id).first();
        ledger->findings().setMeasureStatus(m3.id, Status::Completed, testToday());
        ledger->activity().addEvidence(findings[3].id, std::nullopt, QStringLiteral("记录.pdf"), "%PDF-1.4");
    }
    Finding byTitle(const QString& part) {
        for (const Finding& f : ledger->findings().findings(inspection))
            if (f.title.contains(part))
                return f;
        FAIL("no finding with " << part.toStdString());
        return {};
    }
};

} // namespace

TEST_CASE("Text similarity: the same item reworded is alike, another item is not", "[import][update]") {
    CHECK(textSimilarity(QStringLiteral("资金拨付滞后。"), QStringLiteral("资金拨付滞后")) == 1.0);
    CHECK(textSimilarity(QStringLiteral("梳理资金台账。"), QStringLiteral("梳理全部资金台账。")) > 0.6);
    CHECK(textSimilarity(QStringLiteral("资金拨付滞后。"), QStringLiteral("食堂采购不透明。")) < 0.2);
}

TEST_CASE("An update matches findings and measures, keeps the office's work and asks before removing worked-on ones",
          "[import][update]") {
    Imported im;
    const ParsedBulletin v2 = parseBulletin(Version2);
    const UpdatePlan plan = planBulletinUpdate(*im.ledger, im.inspection, v2);
    using A = UpdatePlan::Action;
    CHECK(plan.count(A::Add) == 1);
    CHECK(plan.count(A::Update) == 1);
    CHECK(plan.count(A::Keep) == 1);
    CHECK(plan.count(A::Remove) == 3);
    CHECK(plan.measureCount(A::Add) == 2); // one on finding 1, one of the new finding
    CHECK(plan.measureCount(A::Update) == 1);
    const QList<UpdatePlan::Removal> asks = plan.removalsWithWork();
    REQUIRE(asks.size() == 2);
    CHECK(asks[0].id == im.findings[2].id);
    CHECK(asks[1].id == im.findings[3].id);
    CHECK(asks[1].work.join(u' ').contains(QStringLiteral("佐证材料")));
    const QJsonObject json = toJson(plan);
    CHECK(json[QStringLiteral("findings_removed")].toInt() == 3);
    CHECK(json[QStringLiteral("removals_needing_confirmation")].toArray().size() == 2);

    SECTION("nothing confirmed: worked-on findings stay, the rest is applied with history") {
        applyBulletinUpdate(*im.ledger, plan, v2, QStringLiteral("v2"), {});
        const QList<Finding> now = im.ledger->findings().findings(im.inspection);
        CHECK(now.size() == 5); // 1, 2, 3 and 4 kept, 5 gone, the new one added
        const Finding first = im.byTitle(QStringLiteral("专项资金拨付严重滞后"));
        CHECK(first.id == im.findings[0].id);
        QStringList texts;
        for (const Measure& m : im.ledger->findings().measures(first.id))
            texts << m.text;
        CHECK(texts.size() == 3);
        CHECK(texts.contains(QStringLiteral("梳理全部资金台账。")));
        CHECK(texts.contains(QStringLiteral("建立资金拨付通报机制。")));
        const Finding second = im.ledger->findings().finding(im.findings[1].id);
        CHECK(second.deadline.date == QDate(2025, 12, 31)); // the office's deadline, not the document's
        CHECK(im.ledger->activity().notes(second.id).size() == 1);
        CHECK(im.ledger->findings().measures(im.findings[2].id).first().status == Status::Completed);
        CHECK(im.ledger->activity().evidence(im.findings[3].id).size() == 1);
        // (ids are by title here: SQLite may give a removed finding's id to the next one added)
        CHECK(std::none_of(now.begin(), now.end(), [](const Finding& f) { return f.title.contains(QStringLiteral("公车")); }));
        im.byTitle(QStringLiteral("食堂采购不透明"));
        Query titleEdit(im.ledger->database().connection(),
                        QStringLiteral("SELECT count(*) FROM history WHERE entity = 'findings' AND entity_id = ? "
                                       "AND field = 'title'"));
        CHECK(titleEdit.add(first.id).scalar().toInt() == 1);
        CHECK(im.ledger->inspections().inspection(im.inspection).sourceHash == QStringLiteral("v2"));
        const VerifyReport report = verifyHistory(im.ledger->database().connection());
        INFO(report.problems.join(u'\n').toStdString());
        CHECK(report.ok());
    }
    SECTION("a confirmed removal goes, an unconfirmed one stays") {
        ConfirmedRemovals confirmed;
        confirmed.findings.insert(im.findings[2].id);
        confirmed.measures.insert(im.findings[3].id); // a measure of that number: not the finding
        applyBulletinUpdate(*im.ledger, plan, v2, QStringLiteral("v2"), confirmed);
        const QList<Finding> now = im.ledger->findings().findings(im.inspection);
        CHECK(std::none_of(now.begin(), now.end(), [](const Finding& f) { return f.title.contains(QStringLiteral("档案")); }));
        CHECK(im.ledger->findings().finding(im.findings[3].id).id == im.findings[3].id);
        CHECK(verifyHistory(im.ledger->database().connection()).ok());
    }
    SECTION("work done after the plan was made keeps the record") {
        ProgressNote late;
        late.findingId = im.findings[4].id; // 公车管理不严: nothing on it when the plan was made
        late.text = QStringLiteral("刚刚开始整改");
        late.date = testToday();
        im.ledger->activity().addNote(late);
        applyBulletinUpdate(*im.ledger, plan, v2, QStringLiteral("v2"), {});
        CHECK(im.ledger->findings().finding(im.findings[4].id).title.contains(QStringLiteral("公车")));
    }
    SECTION("the update is one change: its undo brings back what it removed, with the work on it") {
        ConfirmedRemovals confirmed;
        confirmed.findings.insert(im.findings[3].id); // the finding with the evidence
        const auto snapshot = [&] {
            QStringList out;
            for (const Finding& f : im.ledger->findings().findings(im.inspection)) {
                out << QStringLiteral("%1 %2 %3").arg(f.id).arg(f.title, f.deadline.displayText());
                for (const Measure& m : im.ledger->findings().measures(f.id))
                    out << QStringLiteral("  %1 %2 %3").arg(m.id).arg(m.text).arg(int(m.status));
                out << QStringLiteral("  notes %1 evidence %2")
                           .arg(im.ledger->activity().notes(f.id).size())
                           .arg(im.ledger->activity().evidence(f.id).size());
            }
            return out;
        };
        const QStringList before = snapshot();
        const auto update = Changes::updateFromBulletin(plan, v2, QStringLiteral("v2"), confirmed);
        update->apply(*im.ledger);
        const QStringList after = snapshot();
        CHECK(after != before);
        CHECK(im.ledger->inspections().inspection(im.inspection).sourceHash == QStringLiteral("v2"));
        // A refused step says which rows and fields stood in its way.
        const auto applyExplained = [&](Change& change) {
            try {
                change.apply(*im.ledger);
            } catch (const Error& e) {
                for (const Error::Difference& d : e.differences())
                    UNSCOPED_INFO(d.field.toStdString() << ": theirs " << d.theirs.toStdString() << ", yours "
                                                        << d.yours.toStdString());
                FAIL(e.message().toStdString());
            }
        };
        const auto undo = update->inverse();
        REQUIRE(undo);
        applyExplained(*undo);
        CHECK(snapshot() == before);
        CHECK(im.ledger->inspections().inspection(im.inspection).sourceHash == QStringLiteral("v1"));
        const auto redo = undo->inverse();
        REQUIRE(redo);
        applyExplained(*redo);
        CHECK(snapshot() == after);
        const VerifyReport report = verifyHistory(im.ledger->database().connection());
        INFO(report.problems.join(u'\n').toStdString());
        CHECK(report.ok());
    }
    SECTION("the same document again changes nothing") {
        const UpdatePlan same = planBulletinUpdate(*im.ledger, im.inspection, parseBulletin(Version1));
        CHECK(same.changesNothing());
        const qint64 before = im.ledger->history().entryCount();
        applyBulletinUpdate(*im.ledger, same, parseBulletin(Version1), QStringLiteral("v1"), {});
        CHECK(im.ledger->history().entryCount() == before);
        CHECK(im.ledger->findings().findings(im.inspection).size() == 5);
    }
}
