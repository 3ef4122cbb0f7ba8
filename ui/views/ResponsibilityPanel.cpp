#include "ResponsibilityPanel.h"

#include "LedgerExporter.h"
#include "services/Ledger.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

namespace {
enum ScopeChoice { ThisInspection, ThisRound, Everything };

QTableWidgetItem* number(double value, const QString& text = {}) {
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, text.isEmpty() ? QVariant(value) : QVariant(text));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

// Sorts on the raw value kept in UserRole (the rate column shows "85.0%").
class RawItem : public QTableWidgetItem {
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem& other) const override {
        return data(Qt::UserRole).toDouble() < other.data(Qt::UserRole).toDouble();
    }
};
} // namespace

ResponsibilityPanel::ResponsibilityPanel(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_scope(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_loader(new QFutureWatcher<Generational<QList<ResponsibilityRow>>>(this)) {
    setObjectName(QStringLiteral("responsibilityPanel"));
    m_status->setObjectName(QStringLiteral("responsibilityStatusLabel"));
    connect(m_loader, &QFutureWatcher<Generational<QList<ResponsibilityRow>>>::finished, this, [this] {
        const Generational<QList<ResponsibilityRow>> rows = m_loader->result();
        if (rows.generation == m_generation)
            showRows(rows.value);
    });
    m_scope->setObjectName(QStringLiteral("responsibilityScopeComboBox"));
    m_grouping->setObjectName(QStringLiteral("responsibilityGroupingComboBox"));
    m_table->setObjectName(QStringLiteral("responsibilityTableWidget"));
    m_scope->addItem(tr("当前巡察"), ThisInspection);
    m_scope->addItem(tr("当前轮次"), ThisRound);
    m_scope->addItem(tr("全部巡察"), Everything);
    m_scope->setCurrentIndex(2);
    m_grouping->addItem(tr("按责任单位"), 0);
    m_grouping->addItem(tr("按责任领导和责任人"), 1);
    m_table->setColumnCount(8);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* exportButton = new QPushButton(tr("导出…"), this);
    exportButton->setObjectName(QStringLiteral("exportResponsibilityButton"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        LedgerFilter filter;
        if (m_scope->currentData().toInt() == ThisInspection)
            filter.inspectionId = m_inspectionId.value_or(0);
        else if (m_scope->currentData().toInt() == ThisRound)
            filter.roundId = m_roundId.value_or(0);
        exportLedger(this, m_ledger, LedgerKind::Responsibility, filter);
    });
    auto* top = new QHBoxLayout;
    top->addWidget(m_grouping);
    top->addWidget(m_scope);
    top->addWidget(m_status, 1);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        emit ownerActivated(byLeader(), m_table->item(row, 0)->data(Qt::UserRole).toLongLong());
    });
}

bool ResponsibilityPanel::byLeader() const {
    return m_grouping->currentData().toInt() == 1;
}

void ResponsibilityPanel::setContext(std::optional<Id> inspectionId, std::optional<Id> roundId) {
    m_inspectionId = inspectionId;
    m_roundId = roundId;
    if (m_scope->currentData().toInt() != Everything)
        refresh();
}

void ResponsibilityPanel::refresh() {
    LedgerFilter filter;
    switch (m_scope->currentData().toInt()) {
    case ThisInspection:
        filter.inspectionId = m_inspectionId.value_or(0);
        break;
    case ThisRound:
        filter.roundId = m_roundId.value_or(0);
        break;
    default:
        break;
    }
    // aggregated over every finding and measure in scope: on a worker, with its own connection
    const bool leader = byLeader();
    const int generation = ++m_generation;
    m_loading = true;
    m_status->setText(tr("正在统计…"));
    m_loader->setFuture(readInBackground(m_ledger.readingSource(), generation, [=](const LedgerReading& reading) {
        const LedgerViews& views = reading.views();
        return leader ? views.byLeader(filter) : views.byUnit(filter);
    }));
}

void ResponsibilityPanel::showRows(const QList<ResponsibilityRow>& rows) {
    m_loading = false;
    m_status->setText(tr("逾期多、完成率低的排在前面；双击查看其任务清单。"));
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(static_cast<int>(rows.size()));
    m_table->setHorizontalHeaderLabels({byLeader() ? tr("责任领导 / 责任人") : tr("责任单位"), tr("负责问题"),
                                        tr("已完成"), tr("逾期问题"), tr("完成率"), tr("整改措施"), tr("已完成措施"),
                                        tr("逾期措施")});
    for (int r = 0; r < rows.size(); ++r) {
        const ResponsibilityRow& row = rows[r];
        auto* name = new QTableWidgetItem(row.name);
        name->setData(Qt::UserRole, row.id);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, number(row.findings));
        m_table->setItem(r, 2, number(row.findingsClosed));
        m_table->setItem(r, 3, number(row.findingsOverdue));
        auto* rate = new RawItem(QString::number(row.completionRate() * 100.0, 'f', 1) + u'%');
        rate->setData(Qt::UserRole, row.completionRate());
        rate->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 4, rate);
        m_table->setItem(r, 5, number(row.measures));
        m_table->setItem(r, 6, number(row.measuresClosed));
        m_table->setItem(r, 7, number(row.measuresOverdue));
        if (row.findingsOverdue + row.measuresOverdue > 0) {
            m_table->item(r, 3)->setForeground(QColor(0xc6, 0x28, 0x28));
            m_table->item(r, 7)->setForeground(QColor(0xc6, 0x28, 0x28));
        }
    }
    m_table->setSortingEnabled(true);
}

} // namespace rectrack::ui
