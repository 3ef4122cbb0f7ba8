#pragma once
// 整改进度: the leaders' dashboard for one inspection, a round or everything. Completion
// rings for findings and measures, deadline states, categories, the responsible units
// ranked with the laggards first, the weekly burn-up with the end of concentrated
// rectification, the quantified results, and every inspection of the scope in a table.
// Figures are computed on a worker thread (core's StatsRepository, the ledgers' numbers);
// a click on a slice, bar or row asks for the ledger filtered to exactly those items.

#include "common/BackgroundRead.h"
#include "services/DashboardFigures.h"
#include "model/LedgerFilter.h"

#include <QFutureWatcher>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QPainter;
class QPushButton;
class QTableWidget;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class DashboardPanel : public QWidget {
    Q_OBJECT
public:
    enum class ScopeChoice { Inspection, Round, All };

    // A presentation copy (full screen in a meeting room) has larger type and no buttons.
    DashboardPanel(rectrack::Ledger& ledger, bool presentation = false, QWidget* parent = nullptr);

    void setContext(std::optional<Id> inspectionId, std::optional<Id> roundId);
    void setScopeChoice(ScopeChoice choice);
    ScopeChoice scopeChoice() const;
    void refresh();
    bool isLoading() const { return m_loading; }
    const DashboardFigures& figures() const { return m_figures; }
    QString title() const; // 整改进度 — the scope's name

    // One A4 landscape page, titled and dated; the text stays text.
    bool exportPdf(const QString& path);
    bool exportPng(const QString& path);
    void print();
    // The dashboard drawn into a page rectangle (PDF, printer, image).
    void paintPage(QPainter& painter, const QRectF& page);

signals:
    void drillDown(const LedgerFilter& filter, const QString& description, bool measures);
    void presentationRequested();

private:
    Scope scope() const;
    LedgerFilter scopeFilter() const;
    void display(const DashboardFigures& figures);
    void drill(LedgerFilter filter, const QString& description, bool measures = false);
    void replaceChart(QChartView* view, QChart* chart);
    QChart* findingsRing();
    QChart* measuresRing();
    QChart* deadlineStates();
    QChart* categories();
    QChart* units();
    QChart* trend();
    void fillFigures();
    void fillInspections();
    void chooseAndExport();

    rectrack::Ledger& m_ledger;
    bool m_presentation;
    std::optional<Id> m_inspectionId;
    std::optional<Id> m_roundId;
    DashboardFigures m_figures;
    bool m_loading = false;
    int m_generation = 0;
    QFutureWatcher<Generational<DashboardFigures>>* m_loader;

    QComboBox* m_scope;
    QLabel* m_heading;
    QWidget* m_content; // what is exported
    QChartView* m_findingsView;
    QChartView* m_measuresView;
    QChartView* m_statesView;
    QChartView* m_categoriesView;
    QChartView* m_unitsView;
    QChartView* m_trendView;
    QLabel* m_rules;
    QLabel* m_recovered;
    QLabel* m_accountable;
    QLabel* m_returned;
    QTableWidget* m_inspections;
};

} // namespace rectrack::ui
