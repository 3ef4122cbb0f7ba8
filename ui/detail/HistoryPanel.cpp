#include "HistoryPanel.h"

#include "main/Editor.h"
#include "services/Ledger.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

namespace {
QString entityLabel(const QString& entity) {
    static const QMap<QString, const char*> names = {
        {QStringLiteral("findings"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "问题")},
        {QStringLiteral("measures"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "整改措施")},
        {QStringLiteral("progress_notes"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "进展情况")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "佐证材料")},
        {QStringLiteral("results"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "量化成效")},
        {QStringLiteral("signoffs"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "对账销号")},
        {QStringLiteral("followup_reviews"), QT_TRANSLATE_NOOP("rectrack::ui::HistoryPanel", "回头看")},
    };
    const auto it = names.find(entity);
    return it == names.end() ? entity : HistoryPanel::tr(it.value());
}

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
    return it == names.end() ? field : HistoryPanel::tr(it.value());
}

QString actionLabel(const QString& action) {
    if (action == u"create")
        return HistoryPanel::tr("新增");
    if (action == u"delete")
        return HistoryPanel::tr("删除");
    return HistoryPanel::tr("修改");
}
} // namespace

HistoryPanel::HistoryPanel(Editor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_list(new QTreeWidget(this)) {
    m_list->setObjectName(QStringLiteral("historyTreeWidget"));
    m_list->setHeaderLabels(
        {tr("时间"), tr("修改人"), tr("对象"), tr("操作"), tr("字段"), tr("原值"), tr("新值")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(0, 150);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
}

void HistoryPanel::setFinding(std::optional<Id> findingId) {
    m_findingId = findingId;
    reload();
}

void HistoryPanel::reload() {
    m_list->clear();
    if (!m_findingId)
        return;
    for (const HistoryEntry& e : m_editor.ledger().history().forFinding(*m_findingId)) {
        const QString field = fieldLabel(e.field);
        auto* item = new QTreeWidgetItem(
            m_list, {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), e.actor,
                     entityLabel(e.entity) + QStringLiteral(" #%1").arg(e.entityId), actionLabel(e.action),
                     field, e.oldValue.value_or(QString()), e.newValue.value_or(QString())});
        item->setToolTip(6, e.newValue.value_or(QString()));
    }
    m_list->scrollToBottom();
}

} // namespace rectrack::ui
