#pragma once

#include <QWidget>

class QPushButton;

namespace rectrack::ui {

// Shown in place of the ledger while the database holds no inspection.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

signals:
    void newInspectionRequested();
    void sampleDataRequested();
};

} // namespace rectrack::ui
