#include "FieldLabels.h"

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QMap>

namespace rectrack::ui {

QString fieldLabel(const QString& field) {
    static const QMap<QString, const char*> names = {
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "标题")},
        {QStringLiteral("text"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "内容")},
        {QStringLiteral("number"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "序号")},
        {QStringLiteral("kind"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "类型")},
        {QStringLiteral("category_id"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "问题类别")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "问题描述")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "整改状态")},
        {QStringLiteral("deadline_kind"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "整改时限类型")},
        {QStringLiteral("deadline_date"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "整改时限")},
        {QStringLiteral("leader_id"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "责任领导")},
        {QStringLiteral("lead_unit_id"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "牵头单位")},
        {QStringLiteral("co_unit_ids"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "配合单位")},
        {QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "责任单位")},
        {QStringLiteral("person_id"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "责任人")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "整改成效")},
        {QStringLiteral("difficulties"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "存在的困难")},
        {QStringLiteral("completed_date"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "完成日期")},
        {QStringLiteral("signoff_state"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "对账销号")},
        {QStringLiteral("reopened"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "重新整改")},
        {QStringLiteral("sort_order"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "排序")},
        {QStringLiteral("note_date"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "进展日期")},
        {QStringLiteral("rules_made"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "制定制度")},
        {QStringLiteral("recovered_fen"),
         QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "挽回经济损失（分）")},
        {QStringLiteral("accountable_persons"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "问责人数")},
        {QStringLiteral("funds_returned_fen"),
         QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "清退资金（分）")},
    };
    if (field == u"*")
        return QString();
    const auto it = names.find(field);
    return it == names.end() ? field : QCoreApplication::translate("rectrack::ui::HistoryPanel", it.value());
}

QString fieldValueText(const QString& field, const QString& value) {
    if (field == u"status")
        if (const auto status = parseCode<Status>(value))
            return label(*status);
    if (field == u"deadline_kind")
        if (const auto kind = parseCode<DeadlineKind>(value))
            return label(*kind);
    return value;
}

} // namespace rectrack::ui
