#include "ImportUpdateDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rectrack::ui {

ImportUpdateDialog::ImportUpdateDialog(const UpdatePlan& plan, const QString& inspectionTitle, QWidget* parent)
    : QDialog(parent)
    , m_removals(plan.removalsWithWork()) {
    setWindowTitle(tr("更新原导入"));
    setObjectName(QStringLiteral("importUpdateDialog"));
    setMinimumWidth(640); // the summary on two lines, not broken mid-phrase
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(tr("用新文件更新巡察“%1”：\n%2。\n已有的进展情况、佐证材料、状态、时限、责任和销号都保留。")
                                   .arg(inspectionTitle, planSummary(plan)),
                               this);
    summary->setTextFormat(Qt::PlainText);
    summary->setObjectName(QStringLiteral("updateSummaryLabel"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    if (!m_removals.isEmpty()) {
        auto* ask = new QLabel(tr("新文件中没有下列条目，但已有工作。勾选的将被删除（连同其工作），未勾选的保留："), this);
        ask->setWordWrap(true);
        layout->addWidget(ask);
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("removalsListWidget"));
        for (const UpdatePlan::Removal& r : m_removals) {
            auto* item = new QListWidgetItem(QStringLiteral("%1（%2）").arg(r.label, r.work.join(tr("，"))), m_list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        layout->addWidget(m_list);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("更新"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("applyUpdateButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

ConfirmedRemovals ImportUpdateDialog::confirmedRemovals() const {
    ConfirmedRemovals confirmed;
    for (int i = 0; m_list && i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            confirmed.insert(m_removals[i]);
    return confirmed;
}

} // namespace rectrack::ui
