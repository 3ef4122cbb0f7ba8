#include "StatedResultsEditor.h"

#include "import/StatedTotalsReader.h"

#include <QHeaderView>

namespace rectrack::ui {

namespace {

// The figures offered even when the bulletin stated none of them, in the order bulletins name them.
const char* const Offered[] = {"categories",
                               "problems",
                               "problems_completed",
                               "problems_in_progress",
                               "measures",
                               "measures_completed",
                               "suggestions",
                               "rules_made",
                               "recovered_loss_wan_yuan",
                               "funds_returned_wan_yuan",
                               "funds_recovered_wan_yuan",
                               "accountability_persons",
                               "persons_disciplined",
                               "persons_organisational",
                               "persons_admonished",
                               "persons_investigated",
                               "persons_criticised",
                               "persons_reminder_talk",
                               "persons_ordered_review",
                               "completion_rate"};

bool isMoney(const QString& key) {
    return key.endsWith(QStringLiteral("_wan_yuan"));
}

} // namespace

StatedResultsEditor::StatedResultsEditor(QWidget* parent)
    : QTableWidget(0, 2, parent) {
    setObjectName(QStringLiteral("statedResultsTable"));
    setHorizontalHeaderLabels({tr("通报所称"), tr("数字")});
    horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    verticalHeader()->hide();
    setToolTip(tr("通报中写明的总数和量化成效；空白表示通报没有写。仪表盘和导出的通报使用这些数字，"
                  "除非各问题登记的成效合计更大"));
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == 1)
            emit edited();
    });
}

void StatedResultsEditor::setResults(const StatedResults& results) {
    const QSignalBlocker block(this);
    m_original = results;
    QStringList keys;
    for (const char* k : Offered)
        keys.append(QString::fromLatin1(k));
    for (const QString& k : results.counts.keys() + results.amounts.keys())
        if (!keys.contains(k))
            keys.append(k);
    setRowCount(static_cast<int>(keys.size()));
    for (int row = 0; row < keys.size(); ++row) {
        const QString& key = keys[row];
        auto* name = new QTableWidgetItem(statedTotalLabel(key));
        name->setData(Qt::UserRole, key);
        name->setFlags(Qt::ItemIsEnabled);
        if (results.phrases.contains(key))
            name->setToolTip(tr("通报原文：%1").arg(results.phrases.value(key)));
        QString value;
        if (key == QStringLiteral("completion_rate"))
            value = results.completionRate ? QString::number(*results.completionRate) : QString();
        else if (isMoney(key))
            value = results.amount(key) ? results.amount(key)->toWanString() : QString();
        else
            value = results.count(key) ? QString::number(*results.count(key)) : QString();
        auto* number = new QTableWidgetItem(value);
        number->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, 0, name);
        setItem(row, 1, number);
    }
}

StatedResults StatedResultsEditor::results() const {
    StatedResults r = m_original;
    for (int row = 0; row < rowCount(); ++row) {
        const QString key = item(row, 0)->data(Qt::UserRole).toString();
        const QString text = item(row, 1)->text().trimmed();
        if (key == QStringLiteral("completion_rate")) {
            bool ok = false;
            const double v = text.toDouble(&ok);
            if (text.isEmpty())
                r.completionRate.reset();
            else if (ok && v >= 0 && v <= 100)
                r.completionRate = v;
        } else if (isMoney(key)) {
            if (text.isEmpty())
                r.amounts.remove(key);
            else if (const auto m = Money::parseWan(text))
                r.amounts.insert(key, *m);
        } else {
            bool ok = false;
            const int v = text.toInt(&ok);
            if (text.isEmpty())
                r.counts.remove(key);
            else if (ok && v >= 0)
                r.counts.insert(key, v);
        }
        // A figure typed in by hand has no words of the bulletin behind it.
        const bool same = key == QStringLiteral("completion_rate") ? r.completionRate == m_original.completionRate
                          : isMoney(key) ? r.amount(key) == m_original.amount(key)
                                         : r.count(key) == m_original.count(key);
        if (!same)
            r.phrases.remove(key);
    }
    return r;
}

} // namespace rectrack::ui
