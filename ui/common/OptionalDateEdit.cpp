#include "OptionalDateEdit.h"

#include <QKeyEvent>

namespace rectrack::ui {

QDate OptionalDateEdit::emptyMarker() {
    return QDate(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent) {
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(emptyMarker());
    setMaximumDate(QDate(2999, 12, 31));
    setSpecialValueText(QStringLiteral("—"));
    clearDate();
}

QDate OptionalDateEdit::optionalDate() const {
    return date() == emptyMarker() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& value) {
    if (value.isValid())
        setDate(value);
    else
        clearDate();
}

void OptionalDateEdit::clearDate() {
    setDate(emptyMarker());
}

} // namespace rectrack::ui
