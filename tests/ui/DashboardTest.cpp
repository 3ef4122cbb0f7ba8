// The leaders' dashboard on the offscreen platform: its numbers are core's, a click on a bar
// opens the ledger filtered to exactly those items, and its PDF export reads back with
// pdftotext as the title and the figures, on one A4 landscape page with embedded fonts.

#include "UiTestHelpers.h"
#include "dashboard/DashboardPanel.h"
#include "main/Editor.h"
#include "main/MainWindow.h"
#include "services/SampleData.h"
#include "support/TestLedger.h"
#include "views/LedgerViewPanel.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTest>

using namespace rectrack;
using namespace rectrack::test;
using rectrack::ui::DashboardPanel;
using rectrack::ui::MainWindow;

namespace {
QChart* chartOf(QWidget* parent, const char* name) {
    auto* view = parent->findChild<QChartView*>(QString::fromLatin1(name));
    REQUIRE(view != nullptr);
    return view->chart();
}

QString run(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void settle(DashboardPanel* dashboard) {
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading(), 20000);
}
} // namespace

TEST_CASE("The dashboard shows core's numbers in its charts and figures", "[ui][dashboard]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    MainWindow window(*ledger);
    window.show();
    window.viewTabs()->setCurrentWidget(window.dashboard());
    DashboardPanel* dashboard = window.dashboard();
    settle(dashboard);
    const LedgerStats s = ledger->statistics(Scope::all());

    QChart* ring = chartOf(dashboard, "findingsRingChartView");
    CHECK(ring->title().contains(QStringLiteral("反馈问题 %1 个").arg(s.findings)));
    auto* pie = qobject_cast<QPieSeries*>(ring->series().first());
    REQUIRE(pie != nullptr);
    CHECK(pie->slices()[0]->value() == s.findingsCompleted);
    CHECK(pie->slices()[2]->value() == s.findingsInProgress);
    CHECK(pie->slices()[0]->label().endsWith(QString::number(s.findingsCompleted)));
    CHECK(dashboard->findChild<QLabel*>(QStringLiteral("rulesMadeLabel"))->text().contains(QString::number(s.rulesMade)));
    CHECK(dashboard->findChild<QLabel*>(QStringLiteral("recoveredLabel"))->text().contains(s.recovered.toWanString()));
    CHECK(dashboard->findChild<QLabel*>(QStringLiteral("accountableLabel"))->text().contains(QString::number(s.accountablePersons)));
    auto* table = dashboard->findChild<QTableWidget*>(QStringLiteral("inspectionsTableWidget"));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->data(Qt::DisplayRole).toInt() == s.findings);
    CHECK(table->item(0, 4)->data(Qt::DisplayRole).toInt() == s.overdue());

    // an edit in the ledger shows on the dashboard without reopening it
    const Id open = ledger->views().measures([] {
                                        LedgerFilter f;
                                        f.statuses = {Status::InProgress};
                                        return f;
                                    }(),
                                    {}, 0, 1)
                        .first()
                        .row.measure.id;
    REQUIRE(window.editor().bulkSetStatus(ItemKind::Measure, {open}, Status::Completed));
    settle(dashboard);
    const LedgerStats after = ledger->statistics(Scope::all());
    CHECK(qobject_cast<QPieSeries*>(chartOf(dashboard, "measuresRingChartView")->series().first())->slices()[0]->value() ==
          after.measuresCompleted);
    CHECK(after.measuresCompleted == s.measuresCompleted + 1);
}

TEST_CASE("A click on a bar opens the ledger filtered to exactly the items it counts", "[ui][dashboard]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    MainWindow window(*ledger);
    window.show();
    window.viewTabs()->setCurrentWidget(window.dashboard());
    DashboardPanel* dashboard = window.dashboard();
    settle(dashboard);

    // the deadline-state bar of "overdue"
    auto* states = qobject_cast<QHorizontalStackedBarSeries*>(chartOf(dashboard, "deadlineStatesChartView")->series().first());
    REQUIRE(states != nullptr);
    QBarSet* overdue = states->barSets().first();
    REQUIRE(overdue->label() == label(DeadlineState::Overdue));
    emit overdue->clicked(5);
    CHECK(window.viewTabs()->currentWidget() == window.findingsView());
    QTRY_VERIFY(!window.findingsView()->model()->isLoading());
    CHECK(window.findingsView()->model()->rowCount() == ledger->statistics(Scope::all()).overdue());
    CHECK(window.findingsView()->filterBar()->hasPreset());

    // a category's "in progress" segment
    window.viewTabs()->setCurrentWidget(window.dashboard());
    settle(dashboard);
    auto* categories = qobject_cast<QHorizontalStackedBarSeries*>(chartOf(dashboard, "categoriesChartView")->series().first());
    QBarSet* inProgress = categories->barSets()[2];
    const QList<CategoryStats> perCategory = ledger->stats().byCategory(Scope::all());
    const int index = static_cast<int>(perCategory.size()) - 1; // the chart lists them top down
    emit inProgress->clicked(index);
    QTRY_VERIFY(!window.findingsView()->model()->isLoading());
    CHECK(window.findingsView()->model()->rowCount() == perCategory.first().inProgress);

    // a unit's overdue bar, and the row of an inspection
    window.viewTabs()->setCurrentWidget(window.dashboard());
    settle(dashboard);
    auto* units = qobject_cast<QHorizontalStackedBarSeries*>(chartOf(dashboard, "unitsChartView")->series().first());
    const QList<UnitStats> perUnit = ledger->stats().byUnit(Scope::all(), ledger->today(), ledger->policy());
    emit units->barSets()[2]->clicked(static_cast<int>(std::min<qsizetype>(perUnit.size(), 10)) - 1);
    QTRY_VERIFY(!window.findingsView()->model()->isLoading());
    CHECK(window.findingsView()->model()->rowCount() == perUnit.first().overdue);

    window.viewTabs()->setCurrentWidget(window.dashboard());
    settle(dashboard);
    auto* table = dashboard->findChild<QTableWidget*>(QStringLiteral("inspectionsTableWidget"));
    emit table->cellDoubleClicked(0, 0);
    QTRY_VERIFY(!window.findingsView()->model()->isLoading());
    CHECK(window.findingsView()->model()->rowCount() == 13);
}

TEST_CASE("The dashboard exported as one A4 landscape PDF page: title and figures as searchable text", "[ui][dashboard][pdf]") {
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        WARN("pdftotext (poppler-utils) is not installed: the PDF read-back is skipped");
        return;
    }
    TestLedger ledger;
    loadSampleData(*ledger);
    DashboardPanel dashboard(*ledger);
    dashboard.resize(1400, 900);
    dashboard.show();
    dashboard.refresh();
    settle(&dashboard);
    const QString pdf = QDir(ledger.dir()).filePath(QStringLiteral("dashboard.pdf"));
    REQUIRE(dashboard.exportPdf(pdf));

    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("Pages:           1")));
    CHECK(info.contains(QStringLiteral("842 x 595 pts (A4)"))); // landscape
    const QStringList fonts = run(QStringLiteral("pdffonts"), {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    static const QRegularExpression embedded(QStringLiteral("\\s(yes|no)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"));
    for (const QString& font : fonts) {
        INFO(font.toStdString());
        CHECK(embedded.match(font).captured(1) == QStringLiteral("yes"));
    }
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    const LedgerStats s = ledger->statistics(Scope::all());
    CHECK(text.contains(QStringLiteral("整改进度")));
    CHECK(text.contains(QStringLiteral("全部巡察")));
    CHECK(text.contains(testToday().toString(Qt::ISODate)));
    CHECK(text.contains(QStringLiteral("36.4%")));
    CHECK(text.contains(s.recovered.toWanString()));
    CHECK(text.contains(QStringLiteral("挽回经济损失")));
    CHECK(text.contains(QStringLiteral("反馈问题 %1 个").arg(s.findings)));
    CHECK(text.contains(QStringLiteral("县委第二巡察组对青禾县农业农村局党组巡察整改")));
    bool radicals = false; // Kangxi radicals or the supplement would mean the text copies back wrong
    for (QChar c : text)
        radicals = radicals || (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF);
    CHECK_FALSE(radicals);

    const QString png = QDir(ledger.dir()).filePath(QStringLiteral("dashboard.png"));
    REQUIRE(dashboard.exportPng(png));
    CHECK(QImage(png).size() == QSize(2400, 1700));
    const QString dir = qEnvironmentVariable("RECTRACK_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QFile::copy(pdf, QDir(dir).filePath(QStringLiteral("dashboard.pdf")));
        QFile::copy(png, QDir(dir).filePath(QStringLiteral("dashboard-export.png")));
    }
}

TEST_CASE("A leader's account opens straight into the dashboard", "[ui][dashboard][access]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    ledger->accounts().addAccount(QStringLiteral("管理员"), Role::Administrator, QStringLiteral("secret-123"));
    ledger->accounts().addAccount(QStringLiteral("书记"), Role::Leader, QStringLiteral("secret-123"));
    ledger.reopen();
    ledger->signIn(QStringLiteral("书记"), QStringLiteral("secret-123"));
    MainWindow window(*ledger);
    window.show();
    CHECK(window.viewTabs()->currentWidget() == window.dashboard());
    settle(window.dashboard());
    CHECK(window.dashboard()->figures().totals.findings == 11);
}
