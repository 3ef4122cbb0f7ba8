#include "ColumnMappingDialog.h"

#include "import/ledger/LedgerColumns.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

ColumnMappingDialog::ColumnMappingDialog(const QStringList& headers, const QStringList& fields, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(static_cast<int>(headers.size()), 3, this)) {
    setObjectName(QStringLiteral("columnMappingDialog"));
    setWindowTitle(tr("表格各列的含义"));
    resize(560, 460);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("导入按表头的文字判断每一列是什么。认错的列请在右边改正，按“按此重新读取”后再预览；"
                                "保存到台账时，这样的表头会记住这次的选择。"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("columnMappingTable"));
    m_table->setHorizontalHeaderLabels({tr("列"), tr("表头"), tr("含义")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setColumnWidth(0, 40);
    m_table->setColumnWidth(2, 150);
    for (int c = 0; c < headers.size(); ++c) {
        auto* letters = new QTableWidgetItem(columnLetters(c));
        letters->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(c, 0, letters);
        auto* header = new QTableWidgetItem(headers[c]);
        header->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(c, 1, header);
        auto* choice = new QComboBox(m_table);
        for (LedgerField f : allLedgerFields())
            choice->addItem(fieldLabel(f), fieldKey(f));
        choice->setCurrentIndex(std::max(0, choice->findData(fields.value(c, fieldKey(LedgerField::Ignored)))));
        m_table->setCellWidget(c, 2, choice);
    }
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("按此重新读取"), QDialogButtonBox::AcceptRole)->setObjectName(QStringLiteral("columnMappingApply"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString ColumnMappingDialog::mapText() const {
    QStringList items;
    for (int c = 0; c < m_table->rowCount(); ++c)
        if (const auto* choice = qobject_cast<QComboBox*>(m_table->cellWidget(c, 2)))
            items << QStringLiteral("%1=%2").arg(columnLetters(c), choice->currentData().toString());
    return items.join(u',');
}

void ColumnMappingDialog::choose(int column, const QString& key) {
    if (auto* choice = qobject_cast<QComboBox*>(m_table->cellWidget(column, 2)))
        choice->setCurrentIndex(std::max(0, choice->findData(key)));
}

} // namespace rectrack::ui
