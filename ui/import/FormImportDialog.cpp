#include "FormImportDialog.h"

#include "main/Editor.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

FormImportDialog::FormImportDialog(Editor& editor, FormPlan plan, const QString& fileName, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_plan(std::move(plan)) {
    setObjectName(QStringLiteral("formImportDialog"));
    setWindowTitle(tr("导入进展填报表：%1").arg(fileName));
    resize(860, 520);
    auto* layout = new QVBoxLayout(this);
    auto* summary = new QLabel(formSummary(m_plan), this);
    summary->setObjectName(QStringLiteral("formSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto* changes = new QTreeWidget(this);
    changes->setObjectName(QStringLiteral("formChanges"));
    changes->setRootIsDecorated(false);
    changes->setHeaderLabels({tr("行"), tr("整改措施"), tr("改动")});
    changes->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    changes->setColumnWidth(0, 50);
    changes->setColumnWidth(1, 300);
    const auto add = [&](int row, const QString& measure, const QString& what, bool conflict) {
        auto* item = new QTreeWidgetItem(changes, {QString::number(row), measure, what});
        item->setToolTip(2, what);
        if (conflict)
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
    };
    for (const FormPlan::Edit& e : m_plan.edits) {
        if (e.status)
            add(e.row, e.measureText, tr("状态：%1 → %2").arg(label(e.before), label(*e.status)), false);
        if (!e.note.isEmpty())
            add(e.row, e.measureText, tr("新进展：%1").arg(e.note), false);
    }
    for (const FormPlan::Conflict& c : m_plan.conflicts)
        add(c.row, c.measureText,
            tr("冲突，不导入：%1（发出时“%2”，台账中现为“%3”，填报为“%4”）").arg(c.reason, c.sent, c.ledger, c.form), true);
    layout->addWidget(changes, 1);

    if (!m_plan.warnings.isEmpty()) {
        layout->addWidget(new QLabel(tr("提示："), this));
        auto* warnings = new QListWidget(this);
        warnings->setObjectName(QStringLiteral("formWarnings"));
        warnings->addItems(m_plan.warnings);
        warnings->setMaximumHeight(110);
        layout->addWidget(warnings);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* importButton = buttons->addButton(tr("导入改动"), QDialogButtonBox::AcceptRole);
    importButton->setObjectName(QStringLiteral("formImportButton"));
    importButton->setEnabled(!m_plan.changesNothing());
    if (m_plan.changesNothing())
        summary->setText(summary->text() + u'\n' + tr("没有要导入的改动（这份填报表可能已经导入过）。"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FormImportDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

void FormImportDialog::apply() {
    if (m_editor.apply(Changes::importProgressForm(m_plan))) {
        m_applied = true;
        accept();
    }
}

} // namespace rectrack::ui
