#pragma once

#include <QStyledItemDelegate>

namespace rectrack::ui {

// A completion rate drawn as a small bar with its percentage beside it.
class InspectionBarDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rectrack::ui
