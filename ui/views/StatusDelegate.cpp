#include "StatusDelegate.h"

#include "common/Choosers.h"

#include <QComboBox>
#include <QPersistentModelIndex>
#include <QTimer>

namespace rectrack::ui {

QWidget* StatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const {
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QStringLiteral("inlineStatusComboBox"));
    fillEnum<Status>(combo);
    return combo;
}

void StatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    auto* combo = static_cast<QComboBox*>(editor);
    combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
}

void StatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const {
    const int status = static_cast<QComboBox*>(editor)->currentData().toInt();
    if (status == index.data(Qt::EditRole).toInt())
        return;
    // Applied once the editor has closed: the edit refreshes the rows, which must not
    // happen under an open editor.
    QTimer::singleShot(0, model, [model, at = QPersistentModelIndex(index), status] {
        if (at.isValid())
            model->setData(at, status, Qt::EditRole);
    });
}

} // namespace rectrack::ui
