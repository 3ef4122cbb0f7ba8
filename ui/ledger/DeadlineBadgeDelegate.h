#pragma once

#include <QStyledItemDelegate>

namespace rectrack::ui {

// Draws the deadline state as a coloured badge that also carries its name, so it reads in
// grey-scale and for colour-blind readers: red overdue, amber due soon, green on track,
// grey ongoing / done / no deadline.
class DeadlineBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rectrack::ui
