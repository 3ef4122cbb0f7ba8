#include "HistoryPanel.h"

#include "common/FieldLabels.h"

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
