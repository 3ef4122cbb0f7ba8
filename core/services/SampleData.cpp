#include "SampleData.h"

#include "Ledger.h"

namespace rectrack {

namespace {
QString zh(const char* text) {
    return QString::fromUtf8(text);
} // sample content stays Chinese

struct MeasureSpec {
    const char* text;
    const char* unit;
    Status status;
    DeadlineKind kind;
    int dueInDays; // relative to today; ignored for standing kinds
};

struct FindingSpec {
    FindingKind kind;
    const char* number;
    int category; // index into categories, -1 for none
    const char* title;
    const char* description;
    const char* leader;
    const char* leadUnit;
    DeadlineKind deadlineKind;
    int dueInDays;
    QList<MeasureSpec> measures;
    const char* outcome;
    const char* difficulties;
};
} // namespace

long long loadSampleData(Ledger& ledger) {
    const QDate today = ledger.today();
    const auto u8 = [](const char* s) { return QString::fromUtf8(s); };

    // The sample plays every role (edits, sign-off approvals, follow-up reviews), so only an
    // administrator (or the local user of a database without accounts) may load it.
    const auto grant = ledger.rows().grant(Operation::LoadSampleData);
    return ledger.rows().atomically([&]() -> long long {
        UnitRepository& units = ledger.units();
        const Id bureau = units.addUnit({0, std::nullopt, zh("青禾县农业农村局"), 1});
        const QStringList departments = {zh("办公室"),          zh("计划财务股"), zh("农田建设股"),
                                         zh("乡村产业股"),      zh("人事股"),     zh("机关党委"),
                                         zh("农业综合执法大队")};
        QMap<QString, Id> unitIds;
        int order = 1;
        for (const QString& name : departments)
            unitIds[name] = units.addUnit({0, bureau, name, order++});
        QMap<QString, Id> people;
        const auto addPerson = [&](const QString& name, const QString& title, const QString& unit) {
            people[name] = units.addPerson({0, name, title, unitIds.value(unit, bureau), QString()});
        };
        addPerson(zh("林建华"), zh("党组书记、局长"), QString());
        addPerson(zh("周晓梅"), zh("党组成员、副局长"), zh("乡村产业股"));
        addPerson(zh("陈立新"), zh("党组成员、副局长"), zh("农田建设股"));
        addPerson(zh("王丽"), zh("办公室主任"), zh("办公室"));
        addPerson(zh("赵国庆"), zh("机关党委书记"), zh("机关党委"));

        InspectionRepository& inspections = ledger.inspections();
        const Id roundId = inspections.addRound(
            {0, zh("十四届县委第三轮巡察"), InspectionKind::Xuncha, zh("县委"), today.year()});
        Inspection inspection;
        inspection.roundId = roundId;
        inspection.title = zh("县委第二巡察组对青禾县农业农村局党组巡察整改");
        inspection.team = zh("县委第二巡察组");
        inspection.inspectedUnitId = bureau;
        inspection.type = InspectionType::Regular;
        inspection.onsiteStart = today.addDays(-200);
        inspection.onsiteEnd = today.addDays(-150);
        inspection.feedbackDate = today.addDays(-120);
        inspection.rectificationEnd = today.addDays(-30);
        inspection.issuingBody = zh("中共青禾县农业农村局党组");
        inspection.organisationText =
            zh("局党组把巡察整改作为重大政治任务，成立由党组书记任组长的整改工作领导小组，召开专题会议6次，"
               "逐条研究制定整改方案，建立问题清单、任务清单、责任清单，实行“日报告、周调度、月推进”。");
        inspection.nextStepsText =
            zh("一是持续抓好未完成事项整改，对照时限逐项推进；二是健全长效机制，防止问题反弹回潮；"
               "三是把整改成果转化为推动农业农村工作高质量发展的实际成效。");
        inspection.contactText =
            zh("联系电话：0999-1234567（工作日8:30—17:00）\n电子邮箱：zhenggai@qinghe.example.cn\n"
               "通信地址：青禾县人民路1号青禾县农业农村局办公室");
        const Id inspectionId = inspections.addInspection(inspection);

        const QStringList categoryTitles = {
            zh("贯彻落实党的路线方针政策和县委决策部署不够到位"), zh("履行全面从严治党责任有差距"),
            zh("落实新时代党的组织路线不够有力"), zh("落实巡察、审计等监督发现问题整改不到位")};
        const QStringList categoryNumbers = {zh("（一）"), zh("（二）"), zh("（三）"), zh("（四）")};
        QList<Id> categories;
        for (qsizetype i = 0; i < categoryTitles.size(); ++i)
            categories.append(
                inspections.addCategory({0, inspectionId, categoryNumbers[i], categoryTitles[i], 0}));

        using S = Status;
        using K = DeadlineKind;
        const QList<FindingSpec> specs = {
            {FindingKind::Problem,
             "1",
             0,
             "高标准农田建设项目后续管护机制不健全",
             "部分已建成高标准农田项目管护责任未落实到村，灌排设施损毁后长期无人维修。",
             "陈立新",
             "农田建设股",
             K::Date,
             -40,
             {{"制定《高标准农田建设项目建后管护办法》，明确乡镇、村两级管护责任", "农田建设股", S::Completed,
               K::Date, -60},
              {"对已建成项目逐一排查，建立设施损毁台账并完成维修", "农田建设股", S::Completed, K::Date, -45}},
             "出台管护办法1项，排查项目23个，维修灌排设施146处。",
             ""},
            {FindingKind::Problem,
             "2",
             0,
             "耕地撂荒整治推进缓慢",
             "个别乡镇撂荒地复耕复种进度滞后，台账数据与实际不符。",
             "周晓梅",
             "乡村产业股",
             K::Date,
             -10,
             {{"开展撂荒地全面摸排，重新核定台账", "乡村产业股", S::Completed, K::Date, -50},
              {"制定复耕复种计划，分乡镇倒排工期", "乡村产业股", S::InProgress, K::Date, -10}},
             "",
             "部分撂荒地土壤条件差，复耕需要先行改良。"},
            {FindingKind::Problem,
             "3",
             0,
             "农业产业化项目资金拨付滞后",
             "2023年度产业化项目资金平均拨付周期超过规定时限。",
             "周晓梅",
             "计划财务股",
             K::Date,
             5,
             {{"梳理未拨付项目资金清单，明确拨付时间表", "计划财务股", S::Completed, K::Date, -20},
              {"完善项目资金拨付审核流程，压缩审核时限", "计划财务股", S::InProgress, K::Date, 5}},
             "",
             ""},
            {FindingKind::Problem,
             "4",
             1,
             "惠农补贴发放审核把关不严",
             "抽查发现部分补贴对象不符合条件，存在重复申领。",
             "林建华",
             "计划财务股",
             K::LongTerm,
             0,
             {{"对近三年补贴发放情况全面复核，追回违规资金", "计划财务股", S::Completed, K::Date, -70},
              {"建立补贴对象动态比对机制，每季度开展一次交叉核验", "计划财务股", S::Ongoing, K::LongTerm, 0}},
             "追回违规发放补贴资金3.268万元，问责2人。",
             ""},
            {FindingKind::Problem,
             "5",
             1,
             "落实“一岗双责”不到位",
             "班子成员对分管领域党风廉政建设研究部署不多。",
             "林建华",
             "机关党委",
             K::Date,
             60,
             {{"制定班子成员“一岗双责”责任清单", "机关党委", S::NotStarted, K::Date, 45},
              {"班子成员每半年听取一次分管股室党风廉政建设情况汇报", "机关党委", S::NotStarted, K::Date, 60}},
             "",
             ""},
            {FindingKind::Problem,
             "6",
             1,
             "公务用车管理不规范",
             "存在公车私用苗头，用车登记不完整。",
             "王丽",
             "办公室",
             K::Immediate,
             -90,
             {{"立行立改，全面清理用车登记，补齐手续", "办公室", S::Completed, K::Immediate, -95},
              {"修订《公务用车管理制度》，安装车辆定位系统", "办公室", S::Completed, K::Date, -75}},
             "修订制度1项，对相关责任人进行提醒谈话。",
             ""},
            {FindingKind::Problem,
             "7",
             1,
             "违规发放津贴补贴问题整改不彻底",
             "2022年违规发放的加班补贴尚未全部清退。",
             "王丽",
             "计划财务股",
             K::Immediate,
             0,
             {{"立行立改，督促相关人员限时清退违规发放的补贴", "计划财务股", S::InProgress, K::Immediate, 0}},
             "",
             ""},
            {FindingKind::Problem,
             "8",
             2,
             "干部队伍年龄结构老化，后备干部储备不足",
             "45岁以下干部占比不足三成。",
             "林建华",
             "人事股",
             K::Continuous,
             0,
             {{"制定年轻干部培养三年计划，持续推进", "人事股", S::InProgress, K::Continuous, 0}},
             "",
             ""},
            {FindingKind::Problem,
             "9",
             2,
             "基层党组织“三会一课”制度落实不严格",
             "部分支部会议记录不全，党课流于形式。",
             "赵国庆",
             "机关党委",
             K::Date,
             -20,
             {{"开展支部工作规范化专项检查", "机关党委", S::Completed, K::Date, -40},
              {"建立支部工作月通报制度", "机关党委", S::Completed, K::Date, -25}},
             "检查支部9个，整改问题31条，建立月通报制度1项。",
             ""},
            {FindingKind::Problem,
             "10",
             3,
             "上轮巡察反馈问题整改不到位",
             "上轮巡察指出的项目验收不规范问题仍然存在。",
             "陈立新",
             "农田建设股",
             K::Date,
             20,
             {{"对照上轮巡察反馈问题逐项“回头看”", "农田建设股", S::Completed, K::Date, -60},
              {"规范项目验收程序，引入第三方参与验收", "农田建设股", S::InProgress, K::Date, 20}},
             "",
             ""},
            {FindingKind::Problem,
             "11",
             3,
             "审计发现问题未按期整改",
             "县审计局指出的3个问题逾期未整改。",
             "周晓梅",
             "计划财务股",
             K::None,
             0,
             {},
             "",
             ""},
            {FindingKind::Suggestion,
             "一",
             -1,
             "进一步提高政治站位，压实整改主体责任",
             "",
             "林建华",
             "机关党委",
             K::LongTerm,
             0,
             {{"党组会议每季度专题研究巡察整改工作", "机关党委", S::Ongoing, K::LongTerm, 0}},
             "",
             ""},
            {FindingKind::Suggestion,
             "二",
             -1,
             "健全完善长效机制，巩固整改成果",
             "",
             "林建华",
             "办公室",
             K::LongTerm,
             0,
             {{"梳理整改中形成的制度成果，汇编成册", "办公室", S::InProgress, K::Date, 30}},
             "",
             ""},
        };

        FindingRepository& findings = ledger.findings();
        QList<Id> findingIds;
        for (const FindingSpec& spec : specs) {
            Finding f;
            f.inspectionId = inspectionId;
            f.kind = spec.kind;
            f.number = u8(spec.number);
            f.categoryId = spec.category >= 0 ? OptionalId(categories[spec.category]) : std::nullopt;
            f.title = zh(spec.title);
            f.description = zh(spec.description);
            f.leaderId = people.value(zh(spec.leader));
            f.leadUnitId = unitIds.value(zh(spec.leadUnit), bureau);
            f.deadline = {spec.deadlineKind,
                          spec.deadlineKind == K::Date ||
                                  (spec.deadlineKind == K::Immediate && spec.dueInDays != 0)
                              ? today.addDays(spec.dueInDays)
                              : QDate()};
            f.outcome = zh(spec.outcome);
            f.difficulties = zh(spec.difficulties);
            const Id findingId = findings.addFinding(f);
            findingIds.append(findingId);
            for (const MeasureSpec& ms : spec.measures) {
                Measure m;
                m.findingId = findingId;
                m.text = zh(ms.text);
                m.unitId = unitIds.value(zh(ms.unit), bureau);
                m.deadline = {ms.kind, ms.kind == K::Date || (ms.kind == K::Immediate && ms.dueInDays != 0)
                                           ? today.addDays(ms.dueInDays)
                                           : QDate()};
                m.status = ms.status;
                if (isClosed(ms.status))
                    m.completedDate = today.addDays(std::min(ms.dueInDays, 0) - 3);
                findings.addMeasure(m);
            }
        }

        ActivityRepository& activity = ledger.activity();
        activity.addNote({0, findingIds[1], std::nullopt, today.addDays(-14), zh("王丽"),
                          zh("已完成3个乡镇复耕计划编制，其余2个乡镇正在推进。")});
        activity.addNote({0, findingIds[1], std::nullopt, today.addDays(-3), zh("王丽"),
                          zh("周调度：复耕面积完成计划的68%，受天气影响进度滞后。")});
        activity.addNote({0, findingIds[2], std::nullopt, today.addDays(-7), zh("王丽"),
                          zh("已拨付项目资金4笔，剩余2笔待审核。")});
        activity.addNote({0, findingIds[6], std::nullopt, today.addDays(-1), zh("王丽"),
                          zh("已清退11人，尚有2人未清退。")});
        activity.addEvidence(findingIds[0], std::nullopt, zh("高标准农田建后管护办法.txt"),
                             zh("青禾县高标准农田建设项目建后管护办法（示例文件）").toUtf8());

        activity.setResult(
            {0, findingIds[0], std::nullopt, 1, zh("青禾县高标准农田建设项目建后管护办法"), {}, 0, {}});
        activity.setResult({0, findingIds[3], std::nullopt, 0, QString(),
                            Money::parseWan(QStringLiteral("3.268")).value(), 2,
                            Money::parseWan(QStringLiteral("3.268")).value()});
        activity.setResult(
            {0, findingIds[5], std::nullopt, 1, zh("青禾县农业农村局公务用车管理制度"), {}, 0, {}});
        activity.setResult({0, findingIds[8], std::nullopt, 1, zh("机关支部工作月通报制度"), {}, 0, {}});
        activity.setResult({0,
                            findingIds[2],
                            std::nullopt,
                            0,
                            QString(),
                            Money::parseWan(QStringLiteral("12.5")).value(),
                            1,
                            {}});

        activity.addEvidence(findingIds[5], std::nullopt, zh("公务用车登记台账.txt"),
                             zh("公务用车登记台账（示例文件）").toUtf8());
        activity.addEvidence(findingIds[8], std::nullopt, zh("支部规范化检查通报.txt"),
                             zh("支部工作规范化专项检查情况通报（示例文件）").toUtf8());
        activity.recordSignOff(findingIds[5], SignOffAction::Request, zh("佐证材料已齐全"));
        activity.recordSignOff(findingIds[5], SignOffAction::Approve, zh("经核查，同意销号"));
        activity.recordSignOff(findingIds[8], SignOffAction::Request, zh("申请对账销号"));
        activity.addReview(
            {0, findingIds[5], today.addDays(-5), zh("赵国庆"), ReviewResult::Confirmed, zh("未发现反弹")});
        activity.addReview({0, findingIds[9], today.addDays(-8), zh("赵国庆"), ReviewResult::Rebounded,
                            zh("新验收的2个项目仍未引入第三方，问题反弹")});
        return inspectionId;
    });
}

} // namespace rectrack
