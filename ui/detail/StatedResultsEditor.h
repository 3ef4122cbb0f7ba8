#pragma once
// The figures an inspection's bulletin states (通报所称的数字): one row per figure, its name and its
// number, the number editable; an empty number is a figure the bulletin does not state. Shown in
// the inspection form; what it gives is saved with the inspection, through core.

#include "domain/StatedResults.h"

#include <QTableWidget>

namespace rectrack::ui {

class StatedResultsEditor : public QTableWidget {
    Q_OBJECT
public:
    explicit StatedResultsEditor(QWidget* parent = nullptr);

    void setResults(const StatedResults& results);
    // The figures as edited; a number that is not a number leaves that figure as it was.
    StatedResults results() const;

signals:
    void edited();

private:
    StatedResults m_original;
};

} // namespace rectrack::ui
