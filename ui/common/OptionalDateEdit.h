#pragma once

#include <QDateEdit>

namespace rectrack::ui {

// A date field that can also be empty: its lowest value stands for "no date" and shows "—".
class OptionalDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);
    QDate optionalDate() const; // invalid when empty
    void setOptionalDate(const QDate& date);
    void clearDate();

private:
    static QDate emptyMarker();
};

} // namespace rectrack::ui
