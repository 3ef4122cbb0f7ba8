#include "NotesPanel.h"

#include "common/OptionalDateEdit.h"
#include "main/Editor.h"
#include "services/Ledger.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

NotesPanel::NotesPanel(Editor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_list(new QTreeWidget(this))
    , m_date(new OptionalDateEdit(this))
    , m_text(new QLineEdit(this))
    , m_add(new QPushButton(tr("添加"), this))
    , m_remove(new QPushButton(tr("删除"), this)) {
    m_list->setObjectName(QStringLiteral("notesTreeWidget"));
    m_date->setObjectName(QStringLiteral("noteDateEdit"));
    m_text->setObjectName(QStringLiteral("noteTextLineEdit"));
    m_add->setObjectName(QStringLiteral("addNoteButton"));
    m_remove->setObjectName(QStringLiteral("removeNoteButton"));
    m_list->setHeaderLabels({tr("日期"), tr("填报人"), tr("进展情况")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->setColumnWidth(0, 96);
    m_list->setColumnWidth(1, 80);
    m_text->setPlaceholderText(tr("记录新的进展（回车添加）"));

    auto* entry = new QHBoxLayout;
    entry->addWidget(m_date);
    entry->addWidget(m_text, 1);
    entry->addWidget(m_add);
    entry->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addLayout(entry);

    connect(m_add, &QPushButton::clicked, this, &NotesPanel::addNote);
    connect(m_text, &QLineEdit::returnPressed, this, &NotesPanel::addNote);
    connect(m_remove, &QPushButton::clicked, this, &NotesPanel::removeSelected);
    setFinding(std::nullopt);
}

void NotesPanel::setFinding(std::optional<Id> findingId, OptionalId measureId) {
    m_findingId = findingId;
    m_measureId = measureId;
    m_date->setOptionalDate(m_editor.ledger().recordDay());
    setEnabled(findingId.has_value());
    reload();
}

void NotesPanel::reload() {
    m_list->clear();
    if (!m_findingId)
        return;
    for (const ProgressNote& note : m_editor.ledger().activity().notes(*m_findingId)) {
        auto* item = new QTreeWidgetItem(m_list, {note.date.toString(Qt::ISODate), note.author, note.text});
        item->setData(0, Qt::UserRole, note.id);
        item->setToolTip(2, note.text);
    }
}

void NotesPanel::addNote() {
    if (!m_findingId || m_text->text().trimmed().isEmpty())
        return;
    const ProgressNote note{
        0, *m_findingId, m_measureId, m_date->optionalDate(), m_editor.ledger().actor(), m_text->text()};
    if (m_editor.apply(Changes::addNote(note))) {
        m_text->clear();
        reload();
    }
}

void NotesPanel::removeSelected() {
    QTreeWidgetItem* item = m_list->currentItem();
    if (!item || !m_findingId)
        return;
    if (QMessageBox::question(this, tr("删除进展情况"), tr("删除这条进展情况？删除会记入修改记录。")) !=
        QMessageBox::Yes)
        return;
    const Id id = item->data(0, Qt::UserRole).toLongLong();
    if (m_editor.apply(Changes::removeNote(id)))
        reload();
}

} // namespace rectrack::ui
