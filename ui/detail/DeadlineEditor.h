#pragma once

#include "domain/Deadline.h"

#include <QWidget>

class QComboBox;

namespace rectrack::ui {

class OptionalDateEdit;

// 整改时限: the kind (立行立改 / 限期整改 / 长期坚持 / 持续推进 / 未定) and, where it applies, a date.
class DeadlineEditor : public QWidget {
    Q_OBJECT
public:
    DeadlineEditor(const QString& objectPrefix, QWidget* parent = nullptr);
    void setDeadline(const Deadline& deadline);
    Deadline deadline() const;
    QComboBox* kindCombo() const { return m_kind; }
    OptionalDateEdit* dateEdit() const { return m_date; }

signals:
    void changed();

private:
    void updateDateEnabled();
    QComboBox* m_kind;
    OptionalDateEdit* m_date;
};

} // namespace rectrack::ui
