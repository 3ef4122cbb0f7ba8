#include "Commands.h"

#include "changes/LedgerChanges.h"
#include "export/AnchorFiles.h"
#include "import/BulletinJson.h"
#include "import/BulletinParser.h"
#include "import/readers/DocumentReader.h"
#include "services/BulletinChanges.h"
#include "services/BulletinFile.h"
#include "services/BulletinImport.h"
#include "services/BulletinUpdate.h"
#include "services/DataGenerator.h"
#include "services/Ledger.h"
#include "services/SampleData.h"
#include "services/UnitNames.h"
#include "model/Error.h"
#include "storage/HistoryVerifier.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

namespace rectrack::cli {

void printJson(QTextStream& out, const QJsonValue& value) {
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

namespace {

Id parseId(const QString& text, const QString& what) {
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        throw UsageError{
            QCoreApplication::translate("rectrack::cli", "%1 应为正整数编号，收到“%2”").arg(what, text)};
    return id;
}

QDate parseDate(const QString& text) {
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw UsageError{
            QCoreApplication::translate("rectrack::cli", "日期应为 YYYY-MM-DD 格式，收到“%1”").arg(text)};
    return date;
}

QJsonValue dateJson(const QDate& date) {
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

double rounded(double value) {
    return std::round(value * 10000.0) / 10000.0;
}

QString percent(double rate) {
    return QString::number(rate * 100.0, 'f', 1) + u'%';
}

// Pads text to a display width, counting CJK characters as two columns.
QString pad(const QString& text, int width) {
    int w = 0;
    for (QChar c : text)
        w += c.unicode() >= 0x1100 ? 2 : 1;
    return text + QString(std::max(0, width - w), u' ');
}
} // namespace

int runInit(Ledger& ledger, const Invocation&, QTextStream& out) {
    out << QCoreApplication::translate("rectrack::cli", "数据库已就绪：%1（结构版本 %2）")
               .arg(ledger.database().path())
               .arg(Schema::CurrentVersion)
        << Qt::endl;
    return 0;
}

int runSample(Ledger& ledger, const Invocation& in, QTextStream& out) {
    const auto change = Changes::loadSampleData();
    change->apply(ledger);
    const Id id = *change->createdIn(QStringLiteral("inspections"));
    if (in.json)
        printJson(out, QJsonObject{{QStringLiteral("inspection"), id}});
    else
        out << QCoreApplication::translate("rectrack::cli", "已载入示例巡察，编号 %1").arg(id) << Qt::endl;
    return 0;
}

namespace {
// The inspection an import with --update goes into: --inspection, else the one this very file
// became, else the one with the document's title.
Id inspectionToUpdate(Ledger& ledger, const Invocation& in, const QString& hash, const QString& title) {
    if (!in.value("inspection").isEmpty()) {
        const Id id = parseId(in.value("inspection"), CliText::tr("巡察编号"));
        ledger.inspections().inspection(id); // NotFound when there is none
        return id;
    }
    if (const auto earlier = earlierImport(ledger, hash, title))
        return earlier->inspection;
    const QList<Id> titled = ledger.inspections().inspectionsTitled(title);
    if (titled.size() == 1)
        return titled.first();
    if (titled.isEmpty())
        throw Error(Error::Kind::NotFound,
                    CliText::tr("找不到要更新的巡察：这份文件没有导入过，也没有标题为“%1”的巡察。"
                                "请用 --inspection 巡察编号 指定，或不加 --update 导入为新的巡察。")
                        .arg(title));
    QStringList ids;
    for (Id id : titled)
        ids << QString::number(id);
    throw Error(Error::Kind::Invalid, CliText::tr("有多个标题为“%1”的巡察（%2），请用 --inspection 巡察编号 指定要更新哪一个。")
                                          .arg(title, ids.join(QStringLiteral("、"))));
}

void printPlan(const UpdatePlan& plan, QTextStream& out) {
    using A = UpdatePlan::Action;
    out << CliText::tr("更新巡察 %1：%2").arg(plan.inspectionId).arg(planSummary(plan)) << Qt::endl;
    if (!plan.inspectionFields.isEmpty())
        out << CliText::tr("巡察信息有改动：%1").arg(plan.inspectionFields.join(QStringLiteral("、"))) << Qt::endl;
    for (const UpdatePlan::FindingChange& f : plan.findings) {
        if (f.action == A::Add)
            out << CliText::tr("  新增 问题 %1 %2").arg(f.number, f.title) << Qt::endl;
        else if (f.action == A::Update)
            out << CliText::tr("  修改 问题 %1 %2").arg(f.number, f.title) << Qt::endl;
        else if (f.action == A::Remove)
            out << CliText::tr("  删除 问题 %1 %2").arg(f.number, f.title)
                << (f.work.isEmpty() ? QString() : CliText::tr("（已有工作：%1）").arg(f.work.join(QStringLiteral("，"))))
                << Qt::endl;
    }
}
} // namespace

int runImport(Ledger* ledger, const Invocation& in, QTextStream& out) {
    if (in.args.size() != 1)
        throw UsageError{QCoreApplication::translate(
            "rectrack::cli", "用法：rectrack-cli import 文件 [--dry-run] [--update [--inspection 巡察编号] "
                             "[--allow-removal]] [--map 列=字段,…] [--json]")};
    const BulletinFile read = readBulletinFile(in.args[0], in.value("map"));
    const ParsedBulletin& bulletin = read.bulletin;
    const QString& hash = read.hash;
    // unit names that would become a second unit for one the ledger (or the file) already has (before this import adds any)
    const QList<NearUnit> nearUnits = nearDuplicateUnits(ledger ? ledger->units().units() : QList<Unit>{}, bulletin);

    std::optional<Id> saved;
    std::optional<UpdatePlan> plan;
    bool updated = false;
    if (ledger) {
        if (in.isSet("update")) {
            // A newer version of a bulletin already imported: matched to what is there, keeping
            // the office's work (BulletinUpdate).
            plan = planBulletinUpdate(*ledger, inspectionToUpdate(*ledger, in, hash, bulletin.title), bulletin);
            const QList<UpdatePlan::Removal> removals = plan->removalsWithWork();
            if (!in.isSet("dry-run")) {
                if (!removals.isEmpty() && !in.isSet("allow-removal")) {
                    QStringList lines;
                    for (const UpdatePlan::Removal& r : removals)
                        lines << QStringLiteral("  %1（%2）").arg(r.label, r.work.join(QStringLiteral("，")));
                    throw Error(Error::Kind::Conflict,
                                CliText::tr("新文件中没有下列已有工作的条目，未作任何修改。确认要删除它们，请加 --allow-removal；"
                                            "要保留它们，请先在台账中处理：\n%1")
                                    .arg(lines.join(u'\n')));
                }
                ConfirmedRemovals confirmed;
                if (in.isSet("allow-removal"))
                    for (const UpdatePlan::Removal& r : removals)
                        confirmed.insert(r);
                Changes::updateFromBulletin(*plan, bulletin, hash, confirmed)->apply(*ledger);
                saved = plan->inspectionId;
                updated = true;
            }
        } else if (!in.isSet("dry-run")) {
            if (const auto earlier = earlierImport(*ledger, hash, bulletin.title); earlier && earlier->sameFile)
                throw Error(
                    Error::Kind::Conflict,
                    QCoreApplication::translate(
                        "rectrack::cli", "这份文件已经导入过（巡察编号 %1）。要用它更新那次导入，请加 --update")
                        .arg(earlier->inspection));
            const auto change = Changes::importBulletin(bulletin, hash);
            change->apply(*ledger);
            saved = change->createdIn(QStringLiteral("inspections"));
        }
    }
    if (in.json) {
        QJsonObject json = toJson(bulletin);
        QJsonArray near;
        for (const NearUnit& n : nearUnits)
            near.append(QJsonObject{{QStringLiteral("name"), n.name},
                                    {QStringLiteral("similar"), n.similar},
                                    {QStringLiteral("in_ledger"), n.inLedger}});
        json.insert(QStringLiteral("near_duplicate_units"), near);
        json.insert(QStringLiteral("inspection"), saved ? QJsonValue(*saved) : QJsonValue());
        json.insert(QStringLiteral("updated"), updated);
        if (plan)
            json.insert(QStringLiteral("update"), toJson(*plan));
        printJson(out, json);
        return 0;
    }
    out << bulletin.title << Qt::endl;
    out << QCoreApplication::translate("rectrack::cli",
                                       "格式 %1 %2；类别 %3 个，问题 %4 个，意见建议 %5 个，整改措施 %6 条")
               .arg(bulletin.format, bulletin.encoding)
               .arg(bulletin.categories.size())
               .arg(bulletin.count(ParsedFinding::Kind::Problem))
               .arg(bulletin.count(ParsedFinding::Kind::Suggestion))
               .arg(bulletin.measureCount(ParsedFinding::Kind::Problem))
        << Qt::endl;
    for (const QString& warning : bulletin.warnings)
        out << QCoreApplication::translate("rectrack::cli", "提示：") << warning << Qt::endl;
    for (const NearUnit& near : nearUnits)
        out << QCoreApplication::translate("rectrack::cli", "提示：") << describe(near) << Qt::endl;
    if (plan)
        printPlan(*plan, out);
    if (saved)
        out << (updated ? QCoreApplication::translate("rectrack::cli", "已更新巡察 %1").arg(*saved)
                        : QCoreApplication::translate("rectrack::cli", "已导入为巡察 %1").arg(*saved))
            << Qt::endl;
    return 0;
}

int runVerify(Ledger& ledger, const Invocation& in, QTextStream& out) {
    VerifyReport report = verifyHistory(ledger.database().connection());
    const HistoryAnchor head = ledger.historyAnchor();
    // The chain must still pass through the anchors given and those this user's programs saw.
    QStringList anchorProblems = ledger.anchorProblems();
    QJsonArray anchors;
    for (const QString& given : in.values("anchor")) {
        const std::optional<HistoryAnchor> anchor =
            QFileInfo::exists(given) ? std::optional<HistoryAnchor>(anchorInFile(given)) : HistoryAnchor::find(given);
        if (!anchor)
            throw UsageError{CliText::tr("--anchor 应为“条数:哈希”、哈希或带锚点的文件，收到“%1”").arg(given)};
        const AnchorCheck check = checkAnchor(ledger.database().connection(), *anchor);
        const QString state = check == AnchorCheck::Passes     ? QStringLiteral("passes")
                              : check == AnchorCheck::Diverged ? QStringLiteral("diverged")
                                                               : QStringLiteral("missing");
        anchors.append(QJsonObject{{QStringLiteral("anchor"), anchor->text()}, {QStringLiteral("state"), state}});
        if (check == AnchorCheck::Diverged)
            anchorProblems << CliText::tr("修改记录不再经过锚点 %1：第 %2 条被改写过。").arg(given).arg(anchor->entry);
        else if (check == AnchorCheck::Missing)
            anchorProblems << CliText::tr("修改记录没有锚点 %1 的第 %2 条：记录被删除，或这是一份更早的副本。")
                                  .arg(given)
                                  .arg(anchor->entry);
    }
    report.problems += anchorProblems;
    if (in.json) {
        printJson(out,
                  QJsonObject{{QStringLiteral("ok"), report.ok()},
                              {QStringLiteral("entries"), report.entries},
                              {QStringLiteral("rows_checked"), report.rowsChecked},
                              {QStringLiteral("head"), QJsonObject{{QStringLiteral("entry"), head.entry},
                                                                   {QStringLiteral("hash"), head.hash},
                                                                   {QStringLiteral("anchor"), head.text()}}},
                              {QStringLiteral("anchors"), anchors},
                              {QStringLiteral("broken_entry"),
                               report.brokenEntry ? QJsonValue(*report.brokenEntry) : QJsonValue()},
                              {QStringLiteral("problems"), QJsonArray::fromStringList(report.problems)}});
    } else if (report.ok()) {
        out << QCoreApplication::translate("rectrack::cli",
                                           "修改记录完整：%1 条记录的哈希链无误，%2 行数据与修改记录一致")
                   .arg(report.entries)
                   .arg(report.rowsChecked)
            << Qt::endl
            << CliText::tr("锚点：%1").arg(head.text()) << Qt::endl;
    } else {
        if (report.brokenEntry)
            out << QCoreApplication::translate("rectrack::cli",
                                               "修改记录被改动过：第 %1 条记录的哈希与链条不符")
                       .arg(*report.brokenEntry)
                << Qt::endl;
        for (const QString& p : report.problems)
            out << p << Qt::endl;
    }
    return report.ok() ? 0 : 1;
}

int runGenerate(Ledger& ledger, const Invocation& in, QTextStream& out) {
    GeneratorSize size;
    if (!in.value("findings").isEmpty())
        size.findings = static_cast<int>(parseId(in.value("findings"), QStringLiteral("--findings")));
    if (!in.value("seed").isEmpty())
        size.seed = static_cast<quint32>(parseId(in.value("seed"), QStringLiteral("--seed")));
    size.units = std::clamp(size.findings / 20, 10, 5000);
    QTextStream err(stderr);
    int committed = 0; // findings in whole inspections written so far (one transaction each)
    GeneratedCounts counts;
    try {
        counts = generateData(ledger, size, [&](int done, int total) {
            committed = done;
            if (!in.json)
                err << QStringLiteral("\r%1 / %2").arg(done).arg(total) << Qt::flush;
            return true;
        });
    } catch (const Error& e) {
        // Each inspection is its own transaction: what was written before the failure stays, whole.
        throw Error(e.kind(), e.message() + u'\n' +
                                  CliText::tr("生成中途失败：失败前已写入的 %1 个问题（整巡察）保留在台账中，失败的那个巡察没有写入。")
                                      .arg(committed));
    }
    if (!in.json)
        err << Qt::endl;
    const QJsonObject result{{QStringLiteral("rounds"), counts.rounds},
                             {QStringLiteral("inspections"), counts.inspections},
                             {QStringLiteral("findings"), counts.findings},
                             {QStringLiteral("measures"), counts.measures},
                             {QStringLiteral("notes"), counts.notes}};
    if (in.json)
        printJson(out, result);
    else
        out << QCoreApplication::translate("rectrack::cli",
                                           "已生成：轮次 %1，巡察 %2，问题 %3，整改措施 %4，进展 %5")
                   .arg(counts.rounds)
                   .arg(counts.inspections)
                   .arg(counts.findings)
                   .arg(counts.measures)
                   .arg(counts.notes)
            << Qt::endl;
    return 0;
}

int runInspections(Ledger& ledger, const Invocation& in, QTextStream& out) {
    QJsonArray array;
    for (const InspectionRound& round : ledger.inspections().rounds()) {
        for (const Inspection& i : ledger.inspections().inspections(round.id)) {
            const LedgerStats s = ledger.statistics(Scope::inspection(i.id));
            if (in.json) {
                array.append(QJsonObject{{QStringLiteral("id"), i.id},
                                         {QStringLiteral("round_id"), round.id},
                                         {QStringLiteral("round"), round.name},
                                         {QStringLiteral("title"), i.title},
                                         {QStringLiteral("team"), i.team},
                                         {QStringLiteral("type"), code(i.type)},
                                         {QStringLiteral("feedback_date"), dateJson(i.feedbackDate)},
                                         {QStringLiteral("findings"), s.findings},
                                         {QStringLiteral("suggestions"), s.suggestions},
                                         {QStringLiteral("completion_rate"), rounded(s.completionRate())},
                                         {QStringLiteral("overdue"), s.overdue()}});
            } else {
                out << QStringLiteral("%1  %2  %3").arg(i.id, 4).arg(pad(round.name, 24), i.title)
                    << Qt::endl;
                out << QStringLiteral("      ")
                    << QCoreApplication::translate("rectrack::cli", "问题 %1 个，完成率 %2，逾期 %3 个")
                           .arg(s.findings)
                           .arg(percent(s.completionRate()))
                           .arg(s.overdue())
                    << Qt::endl;
            }
        }
    }
    if (in.json)
        printJson(out, array);
    return 0;
}

int runFindings(Ledger& ledger, const Invocation& in, QTextStream& out) {
    if (in.args.size() != 1)
        throw UsageError{
            QCoreApplication::translate("rectrack::cli", "用法：rectrack-cli findings 巡察编号")};
    const Id inspectionId = parseId(in.args[0], QCoreApplication::translate("rectrack::cli", "巡察编号"));
    ledger.inspections().inspection(inspectionId); // NotFound
    const int total = ledger.findings().findingCount(inspectionId);
    QJsonArray array;
    constexpr int Page = 500;
    for (int offset = 0; offset < total; offset += Page) {
        for (const FindingRow& row : ledger.findings().findingRows(inspectionId, offset, Page)) {
            const Finding& f = row.finding;
            const DeadlineState state = ledger.deadlineState(row);
            if (in.json) {
                array.append(
                    QJsonObject{{QStringLiteral("id"), f.id},
                                {QStringLiteral("kind"), code(f.kind)},
                                {QStringLiteral("number"), f.number},
                                {QStringLiteral("title"), f.title},
                                {QStringLiteral("category"),
                                 row.categoryTitle.isEmpty() ? QJsonValue() : QJsonValue(row.categoryTitle)},
                                {QStringLiteral("status"), code(f.status)},
                                {QStringLiteral("deadline_kind"), code(f.deadline.kind)},
                                {QStringLiteral("deadline_date"), dateJson(f.deadline.date)},
                                {QStringLiteral("deadline_state"), code(state)},
                                {QStringLiteral("signoff"), code(f.signOff)},
                                {QStringLiteral("reopened"), f.reopened},
                                {QStringLiteral("measures"), row.measureCount},
                                {QStringLiteral("measures_closed"), row.measuresClosed},
                                {QStringLiteral("leader"), row.leaderName},
                                {QStringLiteral("lead_unit"), row.leadUnitName}});
            } else {
                out << QStringLiteral("%1  %2 %3  %4  %5  %6/%7  %8")
                           .arg(f.id, 5)
                           .arg(pad(label(f.kind), 8), pad(f.number, 4), pad(label(f.status), 8),
                                pad(label(state), 8))
                           .arg(row.measuresClosed)
                           .arg(row.measureCount)
                           .arg(f.title)
                    << Qt::endl;
            }
        }
    }
    if (in.json)
        printJson(out, array);
    return 0;
}

int runStats(Ledger& ledger, const Invocation& in, QTextStream& out) {
    Scope scope = Scope::all();
    if (in.args.size() > 1)
        throw UsageError{QCoreApplication::translate(
            "rectrack::cli", "用法：rectrack-cli stats [巡察编号] [--round 轮次编号]")};
    if (!in.args.isEmpty()) {
        scope =
            Scope::inspection(parseId(in.args[0], QCoreApplication::translate("rectrack::cli", "巡察编号")));
        ledger.inspections().inspection(scope.id);
    } else if (!in.value("round").isEmpty()) {
        scope = Scope::round(parseId(in.value("round"), QCoreApplication::translate("rectrack::cli", "轮次编号")));
        ledger.inspections().round(scope.id);
    }
    const LedgerStats s = ledger.statistics(scope);
    if (in.json) {
        QJsonObject states;
        for (int i = 0; i < enumCount<DeadlineState>(); ++i) {
            const auto state = static_cast<DeadlineState>(i);
            states.insert(code(state), s.deadlineStates.value(state));
        }
        const QString scopeName = scope.kind == Scope::Kind::All     ? QStringLiteral("all")
                                  : scope.kind == Scope::Kind::Round ? QStringLiteral("round")
                                                                     : QStringLiteral("inspection");
        printJson(out,
                  QJsonObject{
                      {QStringLiteral("scope"), scopeName},
                      {QStringLiteral("scope_id"),
                       scope.kind == Scope::Kind::All ? QJsonValue() : QJsonValue(scope.id)},
                      {QStringLiteral("today"), ledger.today().toString(Qt::ISODate)},
                      {QStringLiteral("inspections"), s.inspections},
                      {QStringLiteral("categories"), s.categories},
                      {QStringLiteral("findings"), s.findings},
                      {QStringLiteral("findings_completed"), s.findingsCompleted},
                      {QStringLiteral("findings_ongoing"), s.findingsOngoing},
                      {QStringLiteral("findings_in_progress"), s.findingsInProgress},
                      {QStringLiteral("findings_not_started"), s.findingsNotStarted},
                      {QStringLiteral("suggestions"), s.suggestions},
                      {QStringLiteral("suggestions_closed"), s.suggestionsClosed},
                      {QStringLiteral("measures"), s.measures},
                      {QStringLiteral("measures_completed"), s.measuresCompleted},
                      {QStringLiteral("measures_ongoing"), s.measuresOngoing},
                      {QStringLiteral("measures_in_progress"), s.measuresInProgress},
                      {QStringLiteral("measures_overdue"), s.measuresOverdue},
                      {QStringLiteral("completion_rate"), rounded(s.completionRate())},
                      {QStringLiteral("overdue"), s.overdue()},
                      {QStringLiteral("due_soon"), s.dueSoon()},
                      {QStringLiteral("deadline_states"), states},
                      {QStringLiteral("signed_off"), s.signedOff},
                      {QStringLiteral("reopened"), s.reopened},
                      {QStringLiteral("rules_made"), s.rulesMade},
                      {QStringLiteral("recovered_loss_wan_yuan"), s.recovered.toWanString().toDouble()},
                      {QStringLiteral("accountability_persons"), s.accountablePersons},
                      {QStringLiteral("funds_returned_wan_yuan"), s.fundsReturned.toWanString().toDouble()}});
        return 0;
    }
    out << QCoreApplication::translate("rectrack::cli", "巡察 %1 个，问题类别 %2 项")
               .arg(s.inspections)
               .arg(s.categories)
        << Qt::endl;
    out << QCoreApplication::translate(
               "rectrack::cli",
               "反馈问题 %1 个：已完成 %2 个，长期坚持 %3 个，正在推进 %4 个，未启动 %5 个；完成率 %6")
               .arg(s.findings)
               .arg(s.findingsCompleted)
               .arg(s.findingsOngoing)
               .arg(s.findingsInProgress)
               .arg(s.findingsNotStarted)
               .arg(percent(s.completionRate()))
        << Qt::endl;
    out << QCoreApplication::translate("rectrack::cli", "意见建议 %1 条，已落实 %2 条")
               .arg(s.suggestions)
               .arg(s.suggestionsClosed)
        << Qt::endl;
    out << QCoreApplication::translate("rectrack::cli",
                                       "整改措施 %1 条：已完成 %2 条，长期坚持 %3 条，逾期 %4 条")
               .arg(s.measures)
               .arg(s.measuresCompleted)
               .arg(s.measuresOngoing)
               .arg(s.measuresOverdue)
        << Qt::endl;
    out << QCoreApplication::translate("rectrack::cli",
                                       "逾期问题 %1 个，即将到期 %2 个；已销号 %3 个，重新整改 %4 个")
               .arg(s.overdue())
               .arg(s.dueSoon())
               .arg(s.signedOff)
               .arg(s.reopened)
        << Qt::endl;
    out << QCoreApplication::translate("rectrack::cli",
                                       "制定制度 %1 个，挽回经济损失 %2 万元，问责 %3 人，清退资金 %4 万元")
               .arg(s.rulesMade)
               .arg(s.recovered.toWanString())
               .arg(s.accountablePersons)
               .arg(s.fundsReturned.toWanString())
        << Qt::endl;
    return 0;
}

int runAddNote(Ledger& ledger, const Invocation& in, QTextStream& out) {
    if (in.args.size() != 2)
        throw UsageError{QCoreApplication::translate(
            "rectrack::cli", "用法：rectrack-cli add-note 问题编号 \"进展情况\" [--date YYYY-MM-DD] "
                             "[--author 姓名] [--measure 措施编号]\n"
                             "以 - 开头的进展内容请放在 -- 之后：add-note 12 -- \"-已整改\"")};
    ProgressNote note;
    note.findingId = parseId(in.args[0], QCoreApplication::translate("rectrack::cli", "问题编号"));
    note.text = in.args[1];
    note.date = in.value("date").isEmpty() ? ledger.recordDay() : parseDate(in.value("date"));
    note.author = in.value("author").isEmpty() ? ledger.actor() : in.value("author");
    if (!in.value("measure").isEmpty()) {
        note.measureId = parseId(in.value("measure"), QCoreApplication::translate("rectrack::cli", "措施编号"));
        if (ledger.findings().measure(*note.measureId).findingId != note.findingId)
            throw Error(Error::Kind::Invalid,
                        QCoreApplication::translate("rectrack::cli", "措施 %1 不属于问题 %2")
                            .arg(*note.measureId)
                            .arg(note.findingId));
    }
    const auto change = Changes::addNote(note);
    change->apply(ledger);
    const Id id = *change->createdIn(QStringLiteral("progress_notes"));
    if (in.json)
        printJson(out, QJsonObject{{QStringLiteral("note"), id}});
    else
        out << QCoreApplication::translate("rectrack::cli", "已添加进展情况，编号 %1").arg(id) << Qt::endl;
    return 0;
}

int runSetStatus(Ledger& ledger, const Invocation& in, QTextStream& out) {
    const QString usage = QCoreApplication::translate(
        "rectrack::cli",
        "用法：rectrack-cli set-status finding|measure 编号 not_started|in_progress|completed|ongoing "
        "[--completed-on YYYY-MM-DD]");
    if (in.args.size() != 3)
        throw UsageError{usage};
    const QString target = in.args[0];
    const Id id = parseId(in.args[1], QCoreApplication::translate("rectrack::cli", "编号"));
    const auto status = parseCode<Status>(in.args[2]);
    if (!status)
        throw UsageError{QCoreApplication::translate("rectrack::cli", "未知状态“%1”。").arg(in.args[2]) +
                         usage};
    // What is closed now is dated today (the real day, whatever --today says); an earlier
    // completion is a date the user gives, and the history records it as that field.
    QDate completedOn = ledger.recordDay();
    if (!in.value("completed-on").isEmpty()) {
        completedOn = parseDate(in.value("completed-on"));
        if (completedOn > ledger.recordDay())
            throw UsageError{QCoreApplication::translate("rectrack::cli", "--completed-on 不能晚于今天（%1）。")
                                 .arg(ledger.recordDay().toString(Qt::ISODate))};
    }
    Status resulting = *status;
    if (target == u"finding") {
        Changes::setFindingStatus(id, *status, completedOn)->apply(ledger);
        resulting = ledger.findings().finding(id).status;
    } else if (target == u"measure") {
        Changes::setMeasureStatus(id, *status, completedOn)->apply(ledger);
    } else {
        throw UsageError{usage};
    }
    if (in.json)
        printJson(out, QJsonObject{{QStringLiteral(u"target"), target},
                                   {QStringLiteral("id"), id},
                                   {QStringLiteral("status"), code(resulting)}});
    else
        out << QCoreApplication::translate("rectrack::cli", "已将%1 %2 的状态设为“%3”")
                   .arg(target == u"finding" ? QCoreApplication::translate("rectrack::cli", "问题")
                                             : QCoreApplication::translate("rectrack::cli", "措施"))
                   .arg(id)
                   .arg(label(resulting))
            << Qt::endl;
    return 0;
}

} // namespace rectrack::cli
