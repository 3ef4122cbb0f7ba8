#pragma once
// For rectrack-bench (the desktop program's --bench-exit option): writes a line on stdout
// once a ledger table has painted its first rows, and then either quits or first scrolls the
// table to its last row through its model, page by page as a user dragging the scroll bar
// to the end would, and writes how long that took and the process's peak memory.

#include <QElapsedTimer>
#include <QObject>

class QTableView;

namespace rectrack::ui {

class LedgerListModel;

class StartupProbe : public QObject {
    Q_OBJECT
public:
    enum class Mode { FirstPaint, Scroll };
    StartupProbe(QTableView* view, Mode mode, QObject* parent = nullptr);

    // The process's peak resident memory so far, in KiB (0 where /proc is not there).
    static qint64 peakResidentKiB();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void painted();
    void scrollStep();

    QTableView* m_view;
    LedgerListModel* m_model;
    Mode m_mode;
    bool m_painted = false;
    QElapsedTimer m_scrolling;
};

} // namespace rectrack::ui
