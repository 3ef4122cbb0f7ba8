#include "DataGenerator.h"

#include "Ledger.h"
#include "domain/ChineseNumerals.h"

#include <random>

namespace rectrack {

namespace {
QString zh(const char* text) {
    return QString::fromUtf8(text);
}

const char* const Subjects[] = {"招商引资", "项目建设", "资金管理", "安全生产", "营商环境",
                                "干部队伍", "基层党建", "意识形态", "财务审批", "国有资产",
                                "工程建设", "惠民政策", "作风建设", "选人用人"};
const char* const Problems[] = {"统筹谋划不足",   "推进缓慢",        "监管不到位",   "制度执行不严格",
                                "责任落实不到位", "整改不彻底",      "审核把关不严", "台账管理不规范",
                                "考核机制不健全", "廉政风险防控薄弱"};
const char* const Actions[] = {
    "制定专项整改方案，明确责任分工和完成时限", "开展全面排查，建立问题台账并逐项销号",
    "修订完善相关管理制度，堵塞制度漏洞",       "组织专题学习培训，提高干部业务能力",
    "建立定期调度机制，每月通报整改进展",       "对相关责任人进行提醒谈话，严肃追责问责",
    "引入第三方审计，规范资金使用流程",         "建立长效监督机制，防止问题反弹回潮"};
const char* const CategoryTitles[] = {"贯彻落实党中央决策部署和上级要求不够到位",
                                      "履行全面从严治党主体责任有差距", "落实新时代党的组织路线不够有力",
                                      "巡视巡察、审计等监督发现问题整改不到位", "防范化解重大风险不够有力"};
} // namespace

GeneratedCounts generateData(Ledger& ledger, const GeneratorSize& size,
                             const std::function<bool(int, int)>& progress) {
    std::mt19937 random(size.seed);
    const auto pick = [&](int n) {
        return static_cast<int>(random() % static_cast<unsigned>(std::max(n, 1)));
    };
    const QDate today = ledger.today();
    GeneratedCounts counts;

    QList<Id> units;
    QList<Id> people;
    ledger.rows().atomically([&] {
        for (int u = 0; u < size.units; ++u) {
            const OptionalId parent = u >= 10 && pick(3) > 0 ? OptionalId(units[pick(10)]) : std::nullopt;
            units << ledger.units().addUnit(
                {0, parent, zh("第%1责任单位").replace(QStringLiteral("%1"), QString::number(u + 1)), u});
            people << ledger.units().addPerson(
                {0, zh("责任人%1").replace(QStringLiteral("%1"), QString::number(u + 1)), zh("负责人"),
                 units.last(), QString()});
        }
    });

    const int inspectionCount =
        std::max(1, (size.findings + size.findingsPerInspection - 1) / size.findingsPerInspection);
    int made = 0;
    Id roundId = 0;
    for (int i = 0; i < inspectionCount && made < size.findings; ++i) {
        bool keepGoing = true;
        ledger.rows().atomically([&] {
            if (i % size.inspectionsPerRound == 0) {
                const int n = i / size.inspectionsPerRound + 1;
                roundId = ledger.inspections().addRound(
                    {0,
                     zh("第") + chineseNumeral(std::min(n, 99)) +
                         zh("轮巡察（%1）").replace(QStringLiteral("%1"), QString::number(n)),
                     n % 4 == 0 ? InspectionKind::Xunshi : InspectionKind::Xuncha, zh("市委"),
                     today.year() - n / 8});
                ++counts.rounds;
            }
            const QDate feedback = today.addDays(-30 - pick(900));
            Inspection inspection;
            inspection.roundId = roundId;
            inspection.title = zh("第%1巡察组对被巡察单位%2党组织巡察整改")
                                   .replace(QStringLiteral("%1"), chineseNumeral(pick(12) + 1))
                                   .replace(QStringLiteral("%2"), QString::number(i + 1));
            inspection.team = zh("第") + chineseNumeral(pick(12) + 1) + zh("巡察组");
            inspection.inspectedUnitId = units[pick(static_cast<int>(units.size()))];
            inspection.type = static_cast<InspectionType>(pick(4));
            inspection.onsiteStart = feedback.addDays(-90);
            inspection.onsiteEnd = feedback.addDays(-30);
            inspection.feedbackDate = feedback;
            inspection.rectificationEnd = feedback.addDays(90);
            const Id inspectionId = ledger.inspections().addInspection(inspection);
            ++counts.inspections;
            QList<Id> categories;
            for (int c = 0; c < 4; ++c)
                categories << ledger.inspections().addCategory(
                    {0, inspectionId, zh("（") + chineseNumeral(c + 1) + zh("）"), zh(CategoryTitles[c]), 0});

            const int findingsHere = std::min(size.findingsPerInspection, size.findings - made);
            for (int f = 0; f < findingsHere; ++f) {
                Finding finding;
                finding.inspectionId = inspectionId;
                finding.kind =
                    f >= findingsHere - findingsHere / 10 ? FindingKind::Suggestion : FindingKind::Problem;
                finding.number = QString::number(f + 1);
                finding.categoryId = categories[f * 4 / findingsHere];
                finding.title = zh("关于") + zh(Subjects[pick(14)]) + zh(Problems[pick(10)]) + zh("的问题");
                finding.description =
                    finding.title + zh("，具体表现为相关工作落实不到位，存在一定风险隐患。");
                finding.leaderId = people[pick(static_cast<int>(people.size()))];
                finding.leadUnitId = units[pick(static_cast<int>(units.size()))];
                finding.deadline = {DeadlineKind::Date, feedback.addDays(60 + pick(400))};
                const Id findingId = ledger.findings().addFinding(finding);
                const int measures = 1 + pick(size.measuresPerFinding * 2 - 1);
                for (int m = 0; m < measures; ++m) {
                    Measure measure;
                    measure.findingId = findingId;
                    measure.text = zh(Actions[pick(8)]);
                    measure.unitId = finding.leadUnitId;
                    measure.personId = people[pick(static_cast<int>(people.size()))];
                    const int kind = pick(10);
                    measure.deadline = kind == 0   ? Deadline{DeadlineKind::Immediate, {}}
                                       : kind == 1 ? Deadline{DeadlineKind::LongTerm, {}}
                                       : kind == 2
                                           ? Deadline{DeadlineKind::Continuous, {}}
                                           : Deadline{DeadlineKind::Date, feedback.addDays(30 + pick(420))};
                    measure.status = static_cast<Status>(pick(10) < 6 ? 2 : pick(4));
                    if (measure.deadline.kind == DeadlineKind::LongTerm &&
                        measure.status == Status::Completed)
                        measure.status = Status::Ongoing;
                    ledger.findings().addMeasure(measure);
                    ++counts.measures;
                }
                if (pick(3) == 0) {
                    ledger.activity().addNote({0, findingId, std::nullopt, today.addDays(-pick(60)),
                                               zh("填报人"), zh("本周推进情况：") + zh(Actions[pick(8)])});
                    ++counts.notes;
                }
                if (pick(8) == 0)
                    ledger.activity().setResult({0, findingId, std::nullopt, pick(3), QString(),
                                                 Money::fromFen(pick(50'000'000)), pick(4), Money()});
                ++counts.findings;
            }
            made += findingsHere;
        });
        if (progress && !progress(made, size.findings))
            keepGoing = false;
        if (!keepGoing)
            break;
    }
    return counts;
}

} // namespace rectrack
