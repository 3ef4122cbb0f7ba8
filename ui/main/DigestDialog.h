#pragma once
// On start: what is overdue and what falls due soon, across every inspection, shown only
// when there is something to show. Its buttons open the 问题清单 filtered to those items.

#include <QDialog>

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class DigestDialog : public QDialog {
    Q_OBJECT
public:
    enum Choice { ShowOverdue = 10, ShowDueSoon = 11 };
    explicit DigestDialog(rectrack::Ledger& ledger, QWidget* parent = nullptr);
    // Whether there is anything to say (nothing overdue or due soon: no digest).
    bool hasNews() const { return m_overdue + m_dueSoon > 0; }
    int overdue() const { return m_overdue; }
    int dueSoon() const { return m_dueSoon; }

private:
    int m_overdue = 0;
    int m_dueSoon = 0;
};

} // namespace rectrack::ui
