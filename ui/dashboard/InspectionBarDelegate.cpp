#include "InspectionBarDelegate.h"

#include "DashboardPalette.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace rectrack::ui {

void InspectionBarDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear(); // background and selection only; the number is drawn beside the bar
    const QStyle* style = plain.widget ? plain.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &plain, painter, plain.widget);
    const double rate = std::clamp(index.data(Qt::DisplayRole).toDouble(), 0.0, 1.0);
    const QString text = QString::number(rate * 100.0, 'f', 1) + u'%';
    const QRect cell = option.rect.adjusted(4, 4, -4, -4);
    const int textWidth = option.fontMetrics.horizontalAdvance(QStringLiteral("100.0%")) + 6;
    const QRect track(cell.left(), cell.top(), std::max(10, cell.width() - textWidth), cell.height());
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0xE6, 0xE6, 0xE6));
    painter->drawRect(track);
    painter->setBrush(palette::completed());
    painter->drawRect(QRect(track.topLeft(), QSize(static_cast<int>(track.width() * rate), track.height())));
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(QRect(track.right() + 4, cell.top(), textWidth, cell.height()), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

} // namespace rectrack::ui
