#include "DigestDialog.h"

#include "services/Ledger.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

DigestDialog::DigestDialog(Ledger& ledger, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("digestDialog"));
    setWindowTitle(tr("时限提醒"));
    const LedgerViews views = ledger.views();
    LedgerFilter overdue;
    overdue.deadlineStates = {DeadlineState::Overdue};
    LedgerFilter soon;
    soon.deadlineStates = {DeadlineState::DueSoon};
    m_overdue = views.findingCount(overdue);
    m_dueSoon = views.findingCount(soon);
    const int overdueMeasures = views.measureCount(overdue);
    const int soonMeasures = views.measureCount(soon);

    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("digestSummaryLabel"));
    summary->setWordWrap(true);
    summary->setText(tr("<p><span style='color:#c62828'><b>已逾期：问题 %1 个，整改措施 %2 条</b></span><br>"
                        "<b>%3 内到期：问题 %4 个，整改措施 %5 条</b></p>")
                         .arg(m_overdue)
                         .arg(overdueMeasures)
                         .arg(ledger.policy().workingDays ? tr("%1 个工作日").arg(ledger.policy().dueSoonDays)
                                                          : tr("%1 天").arg(ledger.policy().dueSoonDays))
                         .arg(m_dueSoon)
                         .arg(soonMeasures));
    auto* list = new QTreeWidget(this);
    list->setObjectName(QStringLiteral("digestTreeWidget"));
    list->setHeaderLabels({tr("时限状态"), tr("整改时限"), tr("问题"), tr("巡察"), tr("牵头单位")});
    list->setRootIsDecorated(false);
    list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    LedgerFilter late;
    late.deadlineStates = {DeadlineState::Overdue, DeadlineState::DueSoon};
    for (const FindingRow& row : views.findings(late, {LedgerSort::Deadline, false}, 0, 50)) {
        const DeadlineState state = ledger.deadlineState(row);
        auto* item = new QTreeWidgetItem({label(state), row.finding.deadline.displayText(), row.finding.title,
                                          row.inspectionTitle, row.leadUnitName});
        if (state == DeadlineState::Overdue)
            item->setForeground(0, QColor(0xc6, 0x28, 0x28));
        list->addTopLevelItem(item);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* showOverdue = buttons->addButton(tr("查看逾期问题"), QDialogButtonBox::ActionRole);
    QPushButton* showSoon = buttons->addButton(tr("查看即将到期"), QDialogButtonBox::ActionRole);
    showOverdue->setObjectName(QStringLiteral("showOverdueButton"));
    showSoon->setObjectName(QStringLiteral("showDueSoonButton"));
    showOverdue->setEnabled(m_overdue > 0);
    showSoon->setEnabled(m_dueSoon > 0);
    connect(showOverdue, &QPushButton::clicked, this, [this] { done(ShowOverdue); });
    connect(showSoon, &QPushButton::clicked, this, [this] { done(ShowDueSoon); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    resize(820, 460);
}

} // namespace rectrack::ui
