#include "RecordForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

namespace rectrack::ui {

bool RecordForm::save() {
    if (!m_dirty || m_saving) // saving can move the selection, which asks to save again
        return true;
    m_saving = true;
    const bool stored = apply();
    m_saving = false;
    if (stored)
        reload();
    return stored;
}

void RecordForm::watch(QLineEdit* edit) {
    connect(edit, &QLineEdit::textEdited, this, &RecordForm::markDirty);
}
void RecordForm::watch(QPlainTextEdit* edit) {
    connect(edit, &QPlainTextEdit::textChanged, this, &RecordForm::markDirty);
}
void RecordForm::watch(QComboBox* combo) {
    connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::markDirty);
}
void RecordForm::watch(QDateEdit* edit) {
    connect(edit, &QDateEdit::dateChanged, this, &RecordForm::markDirty);
}
void RecordForm::watch(QSpinBox* spin) {
    connect(spin, &QSpinBox::valueChanged, this, &RecordForm::markDirty);
}
void RecordForm::watch(QListWidget* list) {
    connect(list, &QListWidget::itemChanged, this, &RecordForm::markDirty);
}

void RecordForm::markDirty() {
    if (m_loading || m_dirty)
        return;
    m_dirty = true;
    if (m_saveButton) {
        m_saveButton->setEnabled(true);
        m_revertButton->setEnabled(true);
    }
    emit dirtyChanged(true);
}

void RecordForm::loaded() {
    m_loading = false;
    const bool wasDirty = m_dirty;
    m_dirty = false;
    if (m_saveButton) {
        m_saveButton->setEnabled(false);
        m_revertButton->setEnabled(false);
    }
    if (wasDirty)
        emit dirtyChanged(false);
}

QWidget* RecordForm::makeButtonRow(const QString& prefix) {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_saveButton = new QPushButton(tr("保存"), row);
    m_saveButton->setObjectName(prefix + QStringLiteral("SaveButton"));
    m_saveButton->setToolTip(tr("保存修改 (Ctrl+S)"));
    m_saveButton->setDefault(true);
    m_revertButton = new QPushButton(tr("还原"), row);
    m_revertButton->setObjectName(prefix + QStringLiteral("RevertButton"));
    m_saveButton->setEnabled(false);
    m_revertButton->setEnabled(false);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_revertButton, &QPushButton::clicked, this, [this] { revert(); });
    layout->addStretch();
    layout->addWidget(m_revertButton);
    layout->addWidget(m_saveButton);
    return row;
}

} // namespace rectrack::ui
