#include "DeadlineBadgeDelegate.h"

#include "common/Roles.h"
#include "domain/Enums.h"

#include <QApplication>
#include <QPainter>

namespace rectrack::ui {

namespace {
struct BadgeColours {
    QColor fill;
    QColor text;
};

BadgeColours coloursFor(DeadlineState state) {
    switch (state) {
    case DeadlineState::Overdue:
        return {QColor(0xc6, 0x28, 0x28), Qt::white};
    case DeadlineState::DueSoon:
        return {QColor(0xf9, 0xa8, 0x25), QColor(0x3e, 0x27, 0x00)};
    case DeadlineState::OnTrack:
        return {QColor(0x2e, 0x7d, 0x32), Qt::white};
    case DeadlineState::Ongoing:
        return {QColor(0xcf, 0xd8, 0xdc), QColor(0x26, 0x32, 0x38)};
    case DeadlineState::Done:
        return {QColor(0xec, 0xef, 0xf1), QColor(0x54, 0x6e, 0x7a)};
    case DeadlineState::NoDeadline:
        return {QColor(0xf5, 0xf5, 0xf5), QColor(0x75, 0x75, 0x75)};
    }
    return {Qt::lightGray, Qt::black};
}
} // namespace

void DeadlineBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                  const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle* style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    if (text.isEmpty())
        return;

    const auto state = static_cast<DeadlineState>(index.data(DeadlineStateRole).toInt());
    const BadgeColours colours = coloursFor(state);
    const QFontMetrics metrics(opt.font);
    const int width = metrics.horizontalAdvance(text) + 14;
    const int height = metrics.height() + 4;
    QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2, width, height);
    badge = badge.intersected(opt.rect.adjusted(2, 1, -2, -1));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colours.fill);
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(colours.text);
    if (state == DeadlineState::Overdue) {
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
    } else {
        painter->setFont(opt.font);
    }
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize DeadlineBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(size.width() + 20);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace rectrack::ui
