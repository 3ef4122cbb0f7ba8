#include "LedgerTable.h"

#include <QCoreApplication>

namespace rectrack {

namespace {
// Q_DECLARE_TR_FUNCTIONS, not a free tr(): lupdate files a free tr() under the wrong
// context, and the translation is then never found.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::LedgerTable)
};

using Type = TableColumn::Type;

QVariant date(const QDate& d) {
    return d.isValid() ? QVariant(d) : QVariant(QString());
}
} // namespace

QString ledgerTitle(LedgerKind kind) {
    switch (kind) {
    case LedgerKind::Findings:
        return Text::tr("问题清单");
    case LedgerKind::Measures:
        return Text::tr("任务清单");
    case LedgerKind::Responsibility:
        return Text::tr("责任清单");
    }
    return {};
}

std::optional<LedgerKind> parseLedgerKind(const QString& text) {
    if (text == u"findings")
        return LedgerKind::Findings;
    if (text == u"measures" || text == u"tasks")
        return LedgerKind::Measures;
    if (text == u"responsibility")
        return LedgerKind::Responsibility;
    return std::nullopt;
}

Table ledgerTableShape(LedgerKind kind) {
    Table table;
    table.title = ledgerTitle(kind);
    switch (kind) {
    case LedgerKind::Responsibility:
        table.columns = {{Text::tr("责任单位"), Type::Text, 24},  {Text::tr("负责问题"), Type::Number, 10},
                         {Text::tr("已完成"), Type::Number, 10},   {Text::tr("逾期问题"), Type::Number, 10},
                         {Text::tr("完成率"), Type::Percent, 10},  {Text::tr("整改措施"), Type::Number, 10},
                         {Text::tr("已完成措施"), Type::Number, 10}, {Text::tr("逾期措施"), Type::Number, 10}};
        break;
    case LedgerKind::Findings:
        table.columns = {{Text::tr("巡察"), Type::Text, 30},         {Text::tr("类型"), Type::Text, 8},
                         {Text::tr("序号"), Type::Text, 6},          {Text::tr("问题类别"), Type::Text, 24},
                         {Text::tr("问题"), Type::Text, 40},         {Text::tr("问题描述"), Type::Text, 40},
                         {Text::tr("整改状态"), Type::Text, 10},     {Text::tr("整改时限"), Type::Text, 12},
                         {Text::tr("时限日期"), Type::Date, 12},     {Text::tr("时限状态"), Type::Text, 10},
                         {Text::tr("责任领导"), Type::Text, 10},     {Text::tr("牵头单位"), Type::Text, 16},
                         {Text::tr("整改措施"), Type::Number, 8},    {Text::tr("已完成措施"), Type::Number, 8},
                         {Text::tr("整改成效"), Type::Text, 40},     {Text::tr("存在的困难"), Type::Text, 30},
                         {Text::tr("销号状态"), Type::Text, 10},     {Text::tr("重新整改"), Type::Text, 8},
                         {Text::tr("最新进展日期"), Type::Date, 12}, {Text::tr("最新进展"), Type::Text, 40}};
        break;
    case LedgerKind::Measures:
        table.columns = {{Text::tr("巡察"), Type::Text, 30},     {Text::tr("问题序号"), Type::Text, 8}, {Text::tr("问题"), Type::Text, 36},
                         {Text::tr("措施序号"), Type::Number, 8}, {Text::tr("整改措施"), Type::Text, 50}, {Text::tr("整改状态"), Type::Text, 10},
                         {Text::tr("整改时限"), Type::Text, 12}, {Text::tr("时限日期"), Type::Date, 12}, {Text::tr("时限状态"), Type::Text, 10},
                         {Text::tr("责任单位"), Type::Text, 16}, {Text::tr("责任人"), Type::Text, 10},   {Text::tr("完成日期"), Type::Date, 12}};
        break;
    }
    return table;
}

bool ledgerTableRows(const LedgerViews& views, LedgerKind kind, const LedgerFilter& filter,
                     const std::function<bool(QList<QVariantList>&&)>& rows,
                     const std::function<bool(int, int)>& progress) {
    const QDate today = views.today();
    const DeadlinePolicy& policy = views.policy();
    int done = 0;
    const auto deliver = [&](QList<QVariantList>&& chunk, int total) {
        done += static_cast<int>(chunk.size());
        return rows(std::move(chunk)) && (!progress || progress(done, total));
    };

    switch (kind) {
    case LedgerKind::Responsibility: {
        QList<QVariantList> chunk;
        for (const ResponsibilityRow& r : views.byUnit(filter))
            chunk.append({r.name, r.findings, r.findingsClosed, r.findingsOverdue, r.completionRate(), r.measures,
                          r.measuresClosed, r.measuresOverdue});
        const int total = static_cast<int>(chunk.size());
        return deliver(std::move(chunk), total);
    }
    case LedgerKind::Findings: {
        const int total = views.findingCount(filter);
        return views.eachFinding(filter, {}, [&](const QList<FindingRow>& found) {
            QList<QVariantList> chunk;
            chunk.reserve(found.size());
            for (const FindingRow& r : found) {
                const Finding& f = r.finding;
                chunk.append({r.inspectionTitle, label(f.kind), f.number, r.categoryTitle, f.title, f.description,
                              label(f.status), label(f.deadline.kind), date(f.deadline.date),
                              label(findingDeadlineState(f.deadline, f.status, r.openMeasures, today, policy)),
                              r.leaderName, r.leadUnitName, r.measureCount, r.measuresClosed, f.outcome,
                              f.difficulties, label(f.signOff), f.reopened ? Text::tr("是") : QString(),
                              date(r.latestNoteDate), r.latestNote});
            }
            return deliver(std::move(chunk), total);
        });
    }
    case LedgerKind::Measures: {
        const int total = views.measureCount(filter);
        return views.eachMeasure(filter, {}, [&](const QList<MeasureListRow>& found) {
            QList<QVariantList> chunk;
            chunk.reserve(found.size());
            for (const MeasureListRow& r : found) {
                const Measure& m = r.row.measure;
                chunk.append({r.inspectionTitle, r.findingNumber, r.findingTitle, m.sortOrder, m.text, label(m.status),
                              label(m.deadline.kind), date(m.deadline.date),
                              label(deadlineState(m.deadline, m.status, today, policy)), r.row.unitName,
                              r.row.personName, date(m.completedDate)});
            }
            return deliver(std::move(chunk), total);
        });
    }
    }
    return false;
}

std::optional<Table> ledgerTable(const LedgerViews& views, LedgerKind kind, const LedgerFilter& filter,
                                 const std::function<bool(int, int)>& progress) {
    Table table = ledgerTableShape(kind);
    const bool done = ledgerTableRows(
        views, kind, filter,
        [&table](QList<QVariantList>&& chunk) {
            table.rows.append(std::move(chunk));
            return true;
        },
        progress);
    return done ? std::optional(std::move(table)) : std::nullopt;
}

} // namespace rectrack
