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
                                "工程建设", "惠民政策", "作风建设", "选人用人", "乡村振兴",
                                "生态环境", "债务风险", "公车管理"};
const char* const Problems[] = {"统筹谋划不足",   "推进缓慢",        "监管不到位",   "制度执行不严格",
                                "责任落实不到位", "整改不彻底",      "审核把关不严", "台账管理不规范",
                                "考核机制不健全", "廉政风险防控薄弱", "形式主义问题突出", "主体责任压得不实"};
// Sentences of a description as bulletins write them (30–50 characters each).
const char* const Details[] = {
    "部分单位对上级决策部署理解不深、把握不准，存在上热中温下冷的现象",
    "相关制度虽已建立，但执行过程中打折扣、搞变通，监督检查流于形式",
    "台账资料不完整，部分事项缺少审批手续，资金使用绩效评价未按要求开展",
    "对下属单位指导督促不够，问题发现后跟踪问效不及时，整改成效不明显",
    "重点领域廉政风险排查不深入，防控措施针对性不强，存在一定风险隐患",
    "干部担当作为意识不强，遇到矛盾问题绕着走，工作推进力度层层递减",
    "专项资金拨付滞后，项目进度与资金使用进度不匹配，部分资金闲置沉淀",
    "会议精神传达学习不及时，研究部署多、督促落实少，工作落实存在温差",
    "合同管理不规范，部分工程未按规定公开招标，存在化整为零规避招标的情况",
    "基层党组织建设薄弱，三会一课制度落实不到位，组织生活质量不高"};
const char* const Actions[] = {
    "制定专项整改方案，明确责任分工和完成时限", "开展全面排查，建立问题台账并逐项销号",
    "修订完善相关管理制度，堵塞制度漏洞",       "组织专题学习培训，提高干部业务能力",
    "建立定期调度机制，每月通报整改进展",       "对相关责任人进行提醒谈话，严肃追责问责",
    "引入第三方审计，规范资金使用流程",         "建立长效监督机制，防止问题反弹回潮",
    "召开专题民主生活会，深入剖析问题根源",     "对照问题清单逐项整改，实行挂图作战、对账销号"};
const char* const Aims[] = {"，确保整改工作落到实处、见到实效", "，做到举一反三、标本兼治",
                            "，切实把整改成果转化为工作成效", "，推动形成长效机制",
                            "，杜绝类似问题再次发生"};
const char* const Progress[] = {"已完成前期摸底排查，形成问题清单", "已召开推进会，逐项明确整改责任人",
                                "相关制度修订稿已形成，正在征求意见", "已完成第一阶段整改任务，正在开展自查",
                                "已约谈相关责任人，督促限期整改到位", "整改资料已汇总归档，待纪检监察组审核"};
const char* const CategoryTitles[] = {"贯彻落实党中央决策部署和上级要求不够到位",
                                      "履行全面从严治党主体责任有差距", "落实新时代党的组织路线不够有力",
                                      "巡视巡察、审计等监督发现问题整改不到位", "防范化解重大风险不够有力"};
} // namespace

std::optional<GeneratorSize> generatorSize(const QString& name) {
    GeneratorSize size;
    size.findingsPerInspection = 50;
    size.inspectionsPerRound = 25;
    if (name == QLatin1String("L")) {
        size.findings = 100'000;
        size.units = 5'000;
    } else if (name == QLatin1String("M")) {
        size.findings = 10'000;
        size.units = 500;
    } else if (name == QLatin1String("S")) {
        size.findings = 1'000;
        size.units = 50;
    } else {
        return std::nullopt;
    }
    size.lastInspections = {28, 500};
    return size;
}

GeneratedCounts generateData(Ledger& ledger, const GeneratorSize& size,
                             const std::function<bool(int, int)>& progress) {
    std::mt19937 random(size.seed);
    const auto pick = [&](int n) {
        return static_cast<int>(random() % static_cast<unsigned>(std::max(n, 1)));
    };
    const auto any = [&](const auto& pool) {
        return zh(pool[pick(static_cast<int>(std::size(pool)))]);
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
    const auto anyUnit = [&] { return units[pick(static_cast<int>(units.size()))]; };
    const auto anyPerson = [&] { return people[pick(static_cast<int>(people.size()))]; };

    QList<int> inspectionSizes;
    int planned = 0;
    for (const int last : size.lastInspections)
        planned += last;
    for (int left = size.findings - planned; left > 0; left -= size.findingsPerInspection)
        inspectionSizes << std::min(left, size.findingsPerInspection);
    for (const int last : size.lastInspections)
        if (planned <= size.findings)
            inspectionSizes << last;
    if (inspectionSizes.isEmpty())
        inspectionSizes << 0;
    int made = 0;
    Id roundId = 0;
    for (int i = 0; i < inspectionSizes.size(); ++i) {
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
            inspection.inspectedUnitId = anyUnit();
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

            const int findingsHere = inspectionSizes[i];
            for (int f = 0; f < findingsHere; ++f) {
                Finding finding;
                finding.inspectionId = inspectionId;
                finding.kind =
                    f >= findingsHere - findingsHere / 10 ? FindingKind::Suggestion : FindingKind::Problem;
                finding.number = QString::number(f + 1);
                finding.categoryId = categories[f * 4 / findingsHere];
                finding.title = any(Subjects) + zh("工作") + any(Problems) + zh("，") + any(Subjects) +
                                zh("领域") + any(Problems);
                finding.description = finding.title + zh("。");
                for (int d = 2 + pick(4); d > 0; --d)
                    finding.description += any(Details) + zh("。");
                finding.leaderId = anyPerson();
                finding.leadUnitId = anyUnit();
                finding.deadline = {DeadlineKind::Date, feedback.addDays(60 + pick(400))};
                const Id findingId = ledger.findings().addFinding(finding);
                const int measures = 1 + pick(size.measuresPerFinding * 2 - 1);
                bool allClosed = true;
                for (int m = 0; m < measures; ++m) {
                    Measure measure;
                    measure.findingId = findingId;
                    measure.text = any(Actions) + any(Aims) + zh("。");
                    measure.unitId = pick(4) == 0 ? anyUnit() : *finding.leadUnitId;
                    measure.personId = anyPerson();
                    const int kind = pick(10);
                    measure.deadline = kind == 0   ? Deadline{DeadlineKind::Immediate, {}}
                                       : kind == 1 ? Deadline{DeadlineKind::LongTerm, {}}
                                       : kind == 2
                                           ? Deadline{DeadlineKind::Continuous, {}}
                                           : Deadline{DeadlineKind::Date, feedback.addDays(30 + pick(420))};
                    Status status = static_cast<Status>(pick(10) < 6 ? 2 : pick(4));
                    if (measure.deadline.kind == DeadlineKind::LongTerm && status == Status::Completed)
                        status = Status::Ongoing;
                    allClosed = allClosed && (status == Status::Completed || status == Status::Ongoing);
                    const QDate doneOn = std::min(today, feedback.addDays(pick(std::max<int>(
                                                             1, static_cast<int>(feedback.daysTo(today)) + 1))));
                    // A quarter of the measures are entered first and moved on later, as staff
                    // do, so the history holds their status changes.
                    const bool movedLater = status != Status::NotStarted && pick(4) == 0;
                    measure.status = movedLater ? Status::NotStarted : status;
                    if (measure.status == Status::Completed)
                        measure.completedDate = doneOn;
                    const Id measureId = ledger.findings().addMeasure(measure);
                    if (movedLater) {
                        measure = ledger.findings().measure(measureId);
                        measure.status = status;
                        if (status == Status::Completed)
                            measure.completedDate = doneOn;
                        ledger.findings().updateMeasure(measure, today);
                    }
                    ++counts.measures;
                }
                for (int n = pick(size.notesPerFinding * 2 + 1); n > 0; --n) {
                    ledger.activity().addNote({0, findingId, std::nullopt, today.addDays(-pick(300)), zh("填报人"),
                                               zh("推进情况：") + any(Progress) + zh("；下一步将") + any(Actions) +
                                                   any(Aims) + zh("。")});
                    ++counts.notes;
                }
                if (size.evidenceEvery > 0 && pick(size.evidenceEvery) == 0) {
                    const QByteArray content = (zh("整改佐证材料\n问题：") + finding.title + zh("\n") +
                                                finding.description.repeated(1 + pick(20)))
                                                   .toUtf8();
                    ledger.activity().addEvidence(findingId, std::nullopt,
                                                  zh("佐证材料-%1.txt").replace(QStringLiteral("%1"),
                                                                                QString::number(findingId)),
                                                  content);
                    ++counts.evidence;
                    if (allClosed && pick(2) == 0) {
                        ledger.activity().recordSignOff(findingId, SignOffAction::Request, QString());
                        ledger.activity().recordSignOff(findingId, SignOffAction::Approve, zh("同意销号"));
                    }
                }
                if (pick(8) == 0)
                    ledger.activity().setResult({0, findingId, std::nullopt, pick(3), QString(),
                                                 Money::fromFen(pick(50'000'000)), pick(4), Money()});
                ++counts.findings;
            }
            made += findingsHere;
        });
        if (progress && !progress(made, size.findings))
            break;
    }
    return counts;
}

} // namespace rectrack
