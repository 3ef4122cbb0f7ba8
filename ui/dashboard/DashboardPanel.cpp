#include "DashboardPanel.h"

#include "DashboardPalette.h"
#include "InspectionBarDelegate.h"
#include "services/Ledger.h"
#include "model/Error.h"
#include "storage/OutputGuard.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QGraphicsSimpleTextItem>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

namespace rectrack::ui {

namespace {
QString percent(double rate) {
    return QString::number(rate * 100.0, 'f', 1) + u'%';
}

QString shortened(const QString& text, int length) {
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

// Numbers as numbers: a category's name carries its count.
QString withCount(const QString& name, int count) {
    return QStringLiteral("%1 %2").arg(name).arg(count);
}

QChart* newChart(const QString& title, int points) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setTitleFont(palette::font(points + 1, true));
    chart->legend()->setFont(palette::font(points));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The legend clips its entries to its own shape; drawn into a scaled PDF page that clip
    // comes out too small and hides all but the first entry. The legend never scrolls here.
    chart->legend()->setCacheMode(QGraphicsItem::NoCache);
    chart->legend()->setFlag(QGraphicsItem::ItemClipsChildrenToShape, false);
    for (QGraphicsItem* item : chart->legend()->childItems())
        item->setFlag(QGraphicsItem::ItemClipsChildrenToShape, false);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    return chart;
}

// A value axis of whole numbers with round steps: 0, 1, 2 … or 0, 5, 10 …
QValueAxis* countAxis(int maximum, int points) {
    auto* axis = new QValueAxis;
    int step = 1;
    for (const int candidate : {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000})
        if ((step = candidate) * 5 >= maximum)
            break;
    const int top = std::max(step, ((maximum + step - 1) / step) * step);
    axis->setRange(0, top);
    axis->setTickCount(top / step + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setLabelsFont(palette::font(points - 1));
    return axis;
}

// Horizontal bars with their names (and counts) on the left and whole numbers below.
void addBars(QChart* chart, QAbstractBarSeries* series, const QStringList& names, int most, int points) {
    chart->addSeries(series);
    auto* axis = new QBarCategoryAxis;
    axis->append(names);
    axis->setLabelsFont(palette::font(points));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    QValueAxis* values = countAxis(most, points);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
}

QBarSet* barSet(const QString& name, const QColor& color, Qt::BrushStyle style = Qt::SolidPattern) {
    auto* set = new QBarSet(name);
    set->setColor(color);
    set->setBrush(QBrush(color, style));
    set->setBorderColor(palette::ink());
    return set;
}
} // namespace

DashboardPanel::DashboardPanel(Ledger& ledger, bool presentation, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_presentation(presentation)
    , m_loader(new QFutureWatcher<Generational<DashboardFigures>>(this))
    , m_scope(new QComboBox(this))
    , m_heading(new QLabel(this))
    , m_content(new QWidget(this))
    , m_findingsView(new QChartView(m_content))
    , m_measuresView(new QChartView(m_content))
    , m_statesView(new QChartView(m_content))
    , m_categoriesView(new QChartView(m_content))
    , m_unitsView(new QChartView(m_content))
    , m_trendView(new QChartView(m_content))
    , m_rules(new QLabel(m_content))
    , m_recovered(new QLabel(m_content))
    , m_accountable(new QLabel(m_content))
    , m_returned(new QLabel(m_content))
    , m_inspections(new QTableWidget(m_content)) {
    setObjectName(presentation ? QStringLiteral("presentationDashboard") : QStringLiteral("dashboardPanel"));
    m_scope->setObjectName(QStringLiteral("dashboardScopeComboBox"));
    m_heading->setObjectName(QStringLiteral("dashboardHeadingLabel"));
    m_findingsView->setObjectName(QStringLiteral("findingsRingChartView"));
    m_measuresView->setObjectName(QStringLiteral("measuresRingChartView"));
    m_statesView->setObjectName(QStringLiteral("deadlineStatesChartView"));
    m_categoriesView->setObjectName(QStringLiteral("categoriesChartView"));
    m_unitsView->setObjectName(QStringLiteral("unitsChartView"));
    m_trendView->setObjectName(QStringLiteral("trendChartView"));
    m_rules->setObjectName(QStringLiteral("rulesMadeLabel"));
    m_recovered->setObjectName(QStringLiteral("recoveredLabel"));
    m_accountable->setObjectName(QStringLiteral("accountableLabel"));
    m_returned->setObjectName(QStringLiteral("fundsReturnedLabel"));
    m_inspections->setObjectName(QStringLiteral("inspectionsTableWidget"));

    m_scope->addItem(tr("当前巡察"), static_cast<int>(ScopeChoice::Inspection));
    m_scope->addItem(tr("当前轮次"), static_cast<int>(ScopeChoice::Round));
    m_scope->addItem(tr("全部巡察"), static_cast<int>(ScopeChoice::All));
    m_scope->setCurrentIndex(2);
    m_heading->setFont(palette::font(presentation ? 20 : 14, true));

    const int minimum = presentation ? 320 : 220;
    for (QChartView* view : {m_findingsView, m_measuresView, m_statesView, m_categoriesView, m_unitsView, m_trendView}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(minimum + 20, minimum);
        replaceChart(view, newChart(QString(), 9)); // the view's own default chart is freed, not released
    }
    for (QLabel* figure : {m_rules, m_recovered, m_accountable, m_returned}) {
        figure->setAlignment(Qt::AlignCenter);
        figure->setTextFormat(Qt::RichText);
        figure->setFrameShape(QFrame::StyledPanel);
        figure->setMinimumHeight(presentation ? 90 : 64);
        figure->setFont(palette::font(presentation ? 14 : 10));
    }
    m_inspections->setColumnCount(6);
    m_inspections->setHorizontalHeaderLabels(
        {tr("巡察"), tr("问题"), tr("已完成"), tr("完成率"), tr("逾期"), tr("已销号")});
    m_inspections->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_inspections->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_inspections->setSortingEnabled(true);
    m_inspections->verticalHeader()->hide();
    m_inspections->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_inspections->setItemDelegateForColumn(3, new InspectionBarDelegate(m_inspections));
    m_inspections->setFont(palette::font(presentation ? 13 : 9));

    auto* grid = new QGridLayout(m_content);
    grid->addWidget(m_findingsView, 0, 0);
    grid->addWidget(m_measuresView, 0, 1);
    grid->addWidget(m_statesView, 0, 2);
    grid->addWidget(m_categoriesView, 1, 0);
    grid->addWidget(m_unitsView, 1, 1);
    grid->addWidget(m_trendView, 1, 2);
    auto* figureRow = new QHBoxLayout;
    for (QLabel* figure : {m_rules, m_recovered, m_accountable, m_returned})
        figureRow->addWidget(figure);
    grid->addLayout(figureRow, 2, 0, 1, 3);
    grid->addWidget(m_inspections, 3, 0, 1, 3);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 3);


    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_scope);
    if (!presentation) {
        const auto button = [&](const QString& text, const QString& name, auto slot) {
            auto* b = new QPushButton(text, this);
            b->setObjectName(name);
            connect(b, &QPushButton::clicked, this, slot);
            top->addWidget(b);
        };
        button(tr("刷新"), QStringLiteral("refreshDashboardButton"), [this] { refresh(); });
        button(tr("导出…"), QStringLiteral("exportDashboardButton"), [this] { chooseAndExport(); });
        button(tr("打印…"), QStringLiteral("printDashboardButton"), [this] { print(); });
        button(tr("演示模式"), QStringLiteral("presentDashboardButton"), [this] { emit presentationRequested(); });
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_loader, &QFutureWatcher<Generational<DashboardFigures>>::finished, this, [this] {
        Generational<DashboardFigures> answer = m_loader->result();
        if (answer.generation != m_generation)
            return;
        answer.value.scope = scope(); // also when the file could not be read: show the scope, empty
        answer.value.today = m_ledger.today();
        display(answer.value);
    });
    connect(m_inspections, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        LedgerFilter filter;
        filter.inspectionId = m_inspections->item(row, 0)->data(Qt::UserRole).toLongLong();
        drill(filter, m_inspections->item(row, 0)->text());
    });
}

void DashboardPanel::setContext(std::optional<Id> inspectionId, std::optional<Id> roundId) {
    m_inspectionId = inspectionId;
    m_roundId = roundId;
    if (scopeChoice() != ScopeChoice::All)
        refresh();
}

void DashboardPanel::setScopeChoice(ScopeChoice choice) {
    m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(choice)));
}

DashboardPanel::ScopeChoice DashboardPanel::scopeChoice() const {
    return static_cast<ScopeChoice>(m_scope->currentData().toInt());
}

Scope DashboardPanel::scope() const {
    switch (scopeChoice()) {
    case ScopeChoice::Inspection:
        return Scope::inspection(m_inspectionId.value_or(0));
    case ScopeChoice::Round:
        return Scope::round(m_roundId.value_or(0));
    case ScopeChoice::All:
        break;
    }
    return Scope::all();
}

LedgerFilter DashboardPanel::scopeFilter() const {
    LedgerFilter filter;
    const Scope s = m_figures.scope;
    if (s.kind == Scope::Kind::Inspection)
        filter.inspectionId = s.id;
    if (s.kind == Scope::Kind::Round)
        filter.roundId = s.id;
    return filter;
}

QString DashboardPanel::title() const {
    const Scope s = m_figures.scope;
    QString name = tr("全部巡察");
    try {
        if (s.kind == Scope::Kind::Inspection && s.id > 0)
            name = m_ledger.inspections().inspection(s.id).title;
        else if (s.kind == Scope::Kind::Round && s.id > 0)
            name = m_ledger.inspections().round(s.id).name;
        else if (s.kind != Scope::Kind::All)
            name = tr("（未选择）");
    } catch (const Error&) {
        name = tr("（已删除）");
    }
    return tr("整改进度 — %1").arg(name);
}

void DashboardPanel::refresh() {
    const Scope wanted = scope();
    const int generation = ++m_generation;
    m_loading = true;
    m_heading->setText(tr("%1（正在统计…）").arg(title()));
    m_loader->setFuture(readInBackground(m_ledger.readingSource(), generation, [=](const LedgerReading& reading) {
        return reading.dashboard(wanted);
    }));
}

void DashboardPanel::display(const DashboardFigures& figures) {
    m_figures = figures;
    m_loading = false;
    m_heading->setText(QStringLiteral("%1　<span style='font-size:small;font-weight:normal'>%2</span>")
                           .arg(title().toHtmlEscaped(), tr("截至 %1").arg(figures.today.toString(Qt::ISODate))));
    replaceChart(m_findingsView, findingsRing());
    replaceChart(m_measuresView, measuresRing());
    replaceChart(m_statesView, deadlineStates());
    replaceChart(m_categoriesView, categories());
    replaceChart(m_unitsView, units());
    replaceChart(m_trendView, trend());
    fillFigures();
    fillInspections();
}

void DashboardPanel::replaceChart(QChartView* view, QChart* chart) {
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

void DashboardPanel::drill(LedgerFilter filter, const QString& description, bool measures) {
    const LedgerFilter scope = scopeFilter();
    if (!filter.inspectionId)
        filter.inspectionId = scope.inspectionId;
    if (!filter.roundId)
        filter.roundId = scope.roundId;
    emit drillDown(filter, description, measures);
}

namespace {
// A ring: slices with their numbers, the rate written in the hole.
QChart* ring(const QString& title, const QString& centre, const QList<std::tuple<QString, int, QColor>>& slices,
             int points, const std::function<void(int)>& clicked) {
    QChart* chart = newChart(title, points);
    auto* series = new QPieSeries;
    series->setHoleSize(0.55);
    series->setPieSize(0.8);
    for (int i = 0; i < slices.size(); ++i) {
        const auto& [name, count, color] = slices[i];
        QPieSlice* slice = series->append(withCount(name, count), count);
        slice->setColor(color);
        slice->setBorderColor(Qt::white);
        slice->setLabelVisible(false);
        QObject::connect(slice, &QPieSlice::clicked, chart, [clicked, i] { clicked(i); });
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    auto* text = new QGraphicsSimpleTextItem(centre, chart);
    text->setFont(palette::font(points + 5, true));
    const auto place = [chart, text] {
        const QRectF area = chart->plotArea();
        const QRectF box = text->boundingRect();
        text->setPos(area.center().x() - box.width() / 2, area.center().y() - box.height() / 2);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, chart, place);
    place();
    return chart;
}
} // namespace

QChart* DashboardPanel::findingsRing() {
    const LedgerStats& s = m_figures.totals;
    const int points = m_presentation ? 13 : 9;
    const QList<std::tuple<QString, int, QColor>> slices = {
        {tr("已完成"), s.findingsCompleted, palette::completed()},
        {tr("长期坚持"), s.findingsOngoing, palette::ongoing()},
        {tr("正在推进"), s.findingsInProgress, palette::inProgress()},
        {tr("未启动"), s.findingsNotStarted, palette::notStarted()}};
    static const Status statuses[] = {Status::Completed, Status::Ongoing, Status::InProgress, Status::NotStarted};
    return ring(tr("反馈问题 %1 个 · 已销号 %2 · 重新整改 %3").arg(s.findings).arg(s.signedOff).arg(s.reopened),
                percent(s.completionRate()), slices, points, [this, slices](int i) {
                    LedgerFilter filter;
                    filter.kind = FindingKind::Problem;
                    filter.statuses = {statuses[i]};
                    drill(filter, std::get<0>(slices[i]));
                });
}

QChart* DashboardPanel::measuresRing() {
    const LedgerStats& s = m_figures.totals;
    const int notStarted = s.measures - s.measuresCompleted - s.measuresOngoing - s.measuresInProgress;
    const double rate = s.measures == 0 ? 0.0 : static_cast<double>(s.measuresCompleted + s.measuresOngoing) / s.measures;
    const QList<std::tuple<QString, int, QColor>> slices = {
        {tr("已完成"), s.measuresCompleted, palette::completed()},
        {tr("长期坚持"), s.measuresOngoing, palette::ongoing()},
        {tr("正在推进"), s.measuresInProgress, palette::inProgress()},
        {tr("未启动"), notStarted, palette::notStarted()}};
    static const Status statuses[] = {Status::Completed, Status::Ongoing, Status::InProgress, Status::NotStarted};
    return ring(tr("整改措施 %1 条 · 逾期 %2").arg(s.measures).arg(s.measuresOverdue), percent(rate), slices,
                m_presentation ? 13 : 9, [this, slices](int i) {
                    LedgerFilter filter;
                    filter.statuses = {statuses[i]};
                    drill(filter, tr("整改措施：%1").arg(std::get<0>(slices[i])), true);
                });
}

QChart* DashboardPanel::deadlineStates() {
    const int points = m_presentation ? 13 : 9;
    QChart* chart = newChart(tr("整改时限（问题和意见建议）"), points);
    static const DeadlineState states[] = {DeadlineState::Overdue, DeadlineState::DueSoon, DeadlineState::OnTrack,
                                           DeadlineState::Ongoing, DeadlineState::NoDeadline, DeadlineState::Done};
    const QColor colors[] = {palette::overdue(), palette::dueSoon(), palette::completed(),
                             palette::ongoing(), palette::notStarted(), palette::signedOff()};
    auto* series = new QHorizontalStackedBarSeries;
    QStringList names;
    for (int i = 0; i < 6; ++i) // bars go up from the axis: overdue ends at the top
        names.prepend(withCount(label(states[i]), m_figures.totals.deadlineStates.value(states[i])));
    for (int i = 0; i < 6; ++i) {
        const int count = m_figures.totals.deadlineStates.value(states[i]);
        QBarSet* set = barSet(label(states[i]), colors[i]);
        for (int j = 0; j < 6; ++j)
            *set << (j == 5 - i ? count : 0);
        connect(set, &QBarSet::clicked, this, [this, i](int) {
            LedgerFilter filter;
            filter.deadlineStates = {states[i]};
            drill(filter, label(states[i]));
        });
        series->append(set);
    }
    series->setBarWidth(0.7);
    int most = 0;
    for (const DeadlineState state : states)
        most = std::max(most, m_figures.totals.deadlineStates.value(state));
    addBars(chart, series, names, most, points);
    chart->legend()->hide();
    return chart;
}

QChart* DashboardPanel::categories() {
    const int points = m_presentation ? 12 : 8;
    QChart* chart = newChart(tr("按问题类别"), points);
    auto* series = new QHorizontalStackedBarSeries;
    const QList<std::tuple<QString, QColor, Status>> parts = {{tr("已完成"), palette::completed(), Status::Completed},
                                                              {tr("长期坚持"), palette::ongoing(), Status::Ongoing},
                                                              {tr("正在推进"), palette::inProgress(), Status::InProgress},
                                                              {tr("未启动"), palette::notStarted(), Status::NotStarted}};
    QList<CategoryStats> rows = m_figures.categories.mid(0, 12);
    std::reverse(rows.begin(), rows.end()); // the first category at the top
    QStringList names;
    for (const CategoryStats& c : rows) {
        const int done = c.completed + c.ongoing;
        // the count first, so that it survives when the axis has to cut a long title
        names << QStringLiteral("%1/%2 %3").arg(done).arg(c.total()).arg(shortened(c.title.isEmpty() ? tr("未分类") : c.title, 9));
    }
    int most = 0;
    for (const CategoryStats& c : rows)
        most = std::max(most, c.total());
    for (const auto& [name, color, status] : parts) {
        QBarSet* set = barSet(name, color);
        for (const CategoryStats& c : rows)
            *set << (status == Status::Completed    ? c.completed
                     : status == Status::Ongoing    ? c.ongoing
                     : status == Status::InProgress ? c.inProgress
                                                    : c.notStarted);
        connect(set, &QBarSet::clicked, this, [this, rows, name, status](int index) {
            LedgerFilter filter;
            filter.kind = FindingKind::Problem;
            filter.categoryTitle = rows[index].title;
            filter.statuses = {status};
            drill(filter, QStringLiteral("%1 · %2").arg(rows[index].title.isEmpty() ? tr("未分类") : rows[index].title, name));
        });
        series->append(set);
    }
    addBars(chart, series, names, most, points);
    return chart;
}

QChart* DashboardPanel::units() {
    const int points = m_presentation ? 12 : 8;
    QChart* chart = newChart(tr("责任单位（逾期多的在上）"), points);
    auto* series = new QHorizontalStackedBarSeries;
    QList<UnitStats> rows = m_figures.units.mid(0, 10);
    std::reverse(rows.begin(), rows.end()); // the laggard at the top
    QStringList names;
    for (const UnitStats& u : rows)
        names << QStringLiteral("%1/%2 %3").arg(u.closed).arg(u.total()).arg(shortened(u.name, 8));
    int most = 0;
    for (const UnitStats& u : rows)
        most = std::max(most, u.total());
    enum Part { Closed, InProgress, Overdue };
    const QList<std::tuple<QString, QColor, Part>> parts = {{tr("已完成"), palette::completed(), Closed},
                                                            {tr("正在推进"), palette::inProgress(), InProgress},
                                                            {tr("已逾期"), palette::overdue(), Overdue}};
    for (const auto& [name, color, part] : parts) {
        QBarSet* set = barSet(name, color, part == Overdue ? Qt::Dense2Pattern : Qt::SolidPattern);
        for (const UnitStats& u : rows)
            *set << (part == Closed ? u.closed : part == InProgress ? u.inProgress : u.overdue);
        connect(set, &QBarSet::clicked, this, [this, rows, name, part](int index) {
            LedgerFilter filter;
            filter.leadUnitId = rows[index].unitId;
            if (part == Closed)
                filter.statuses = {Status::Completed, Status::Ongoing};
            else if (part == Overdue)
                filter.deadlineStates = {DeadlineState::Overdue};
            else {
                filter.statuses = {Status::NotStarted, Status::InProgress};
                filter.deadlineStates = {DeadlineState::DueSoon, DeadlineState::OnTrack, DeadlineState::Ongoing,
                                         DeadlineState::NoDeadline};
            }
            drill(filter, QStringLiteral("%1 · %2").arg(rows[index].name, name));
        });
        series->append(set);
    }
    addBars(chart, series, names, most, points);
    return chart;
}

QChart* DashboardPanel::trend() {
    const int points = m_presentation ? 12 : 8;
    const Trend& t = m_figures.trend;
    QChart* chart = newChart(t.stepDays == 7 ? tr("整改进度（按周）") : tr("整改进度（每 %1 天）").arg(t.stepDays), points);
    auto* total = new QLineSeries;
    total->setName(tr("问题总数 %1").arg(t.points.isEmpty() ? 0 : t.points.last().total));
    total->setPen(QPen(palette::ink(), 2, Qt::DashLine));
    auto* done = new QLineSeries;
    done->setName(tr("已完成 %1").arg(t.points.isEmpty() ? 0 : t.points.last().completed));
    done->setPen(QPen(palette::completed(), 3));
    int top = 1;
    for (const TrendPoint& p : t.points) {
        const qreal x = QDateTime(p.weekEnd, QTime(12, 0)).toMSecsSinceEpoch();
        total->append(x, p.total);
        done->append(x, p.completed);
        top = std::max(top, p.total);
    }
    chart->addSeries(total);
    chart->addSeries(done);
    auto* dates = new QDateTimeAxis;
    dates->setFormat(QStringLiteral("yy-MM-dd"));
    dates->setLabelsFont(palette::font(points - 1));
    dates->setTickCount(5);
    QValueAxis* values = countAxis(top, points);
    top = static_cast<int>(values->max());
    chart->addAxis(dates, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QLineSeries* s : {total, done}) {
        s->attachAxis(dates);
        s->attachAxis(values);
    }
    if (!t.points.isEmpty())
        dates->setRange(QDateTime(t.points.first().weekEnd.addDays(-t.stepDays), QTime(12, 0)),
                        QDateTime(t.points.last().weekEnd, QTime(12, 0)));
    if (t.rectificationEnd.isValid() && !t.points.isEmpty() &&
        t.rectificationEnd >= t.points.first().weekEnd.addDays(-t.stepDays) && t.rectificationEnd <= t.points.last().weekEnd) {
        auto* end = new QLineSeries;
        end->setName(tr("集中整改截止 %1").arg(t.rectificationEnd.toString(QStringLiteral("MM-dd"))));
        end->setPen(QPen(palette::overdue(), 2, Qt::DotLine));
        const qreal x = QDateTime(t.rectificationEnd, QTime(12, 0)).toMSecsSinceEpoch();
        end->append(x, 0);
        end->append(x, top);
        chart->addSeries(end);
        end->attachAxis(dates);
        end->attachAxis(values);
    }
    if (t.points.isEmpty())
        chart->setTitle(chart->title() + tr("：尚无反馈日期"));
    return chart;
}

void DashboardPanel::fillFigures() {
    const auto figure = [](const QString& name, const QString& number, const QString& unit, const QString& source) {
        return QStringLiteral("<div>%1</div><div style='font-size:x-large;font-weight:bold'>%2 <span "
                              "style='font-size:medium'>%3</span></div><div style='font-size:small;color:gray'>%4</div>")
            .arg(name, number, unit, source);
    };
    // Each figure as the bulletins state it, else as the findings add up: said under it.
    const auto show = [&](QLabel* label, const QString& key, const QString& name, const QString& unit) {
        QString value = QStringLiteral("0");
        QString source = tr("各问题合计");
        for (const ResultFigure& r : m_figures.results)
            if (r.key == key) {
                value = r.value;
                source = r.stated ? tr("通报所称") : tr("各问题合计");
            }
        label->setText(figure(name, value, unit, source));
    };
    show(m_rules, QStringLiteral("rules_made"), tr("制定制度"), tr("个"));
    show(m_recovered, QStringLiteral("recovered_loss_wan_yuan"), tr("挽回经济损失"), tr("万元"));
    show(m_accountable, QStringLiteral("accountability_persons"), tr("问责"), tr("人"));
    show(m_returned, QStringLiteral("funds_returned_wan_yuan"), tr("清退资金"), tr("万元"));
}

void DashboardPanel::fillInspections() {
    m_inspections->setSortingEnabled(false);
    m_inspections->clearContents();
    m_inspections->setRowCount(static_cast<int>(m_figures.inspections.size()));
    const auto number = [](int value) {
        auto* item = new QTableWidgetItem;
        item->setData(Qt::DisplayRole, value);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    for (int r = 0; r < m_figures.inspections.size(); ++r) {
        const InspectionStats& s = m_figures.inspections[r];
        auto* title = new QTableWidgetItem(s.title);
        title->setData(Qt::UserRole, s.inspectionId);
        m_inspections->setItem(r, 0, title);
        m_inspections->setItem(r, 1, number(s.findings));
        m_inspections->setItem(r, 2, number(s.closed));
        auto* rate = new QTableWidgetItem;
        rate->setData(Qt::DisplayRole, s.completionRate());
        m_inspections->setItem(r, 3, rate);
        m_inspections->setItem(r, 4, number(s.overdue));
        m_inspections->setItem(r, 5, number(s.signedOff));
    }
    m_inspections->setSortingEnabled(true);
    m_inspections->setVisible(m_figures.scope.kind != Scope::Kind::Inspection);
    // as tall as its rows (up to a dozen; it scrolls beyond), so the charts keep the room
    const int rows = std::clamp(static_cast<int>(m_figures.inspections.size()), 1, 12);
    m_inspections->setFixedHeight(m_inspections->horizontalHeader()->sizeHint().height() +
                                  rows * m_inspections->verticalHeader()->defaultSectionSize() + 4);
}

void DashboardPanel::paintPage(QPainter& painter, const QRectF& page) {
    painter.save();
    painter.setPen(palette::ink());
    painter.setFont(palette::font(16, true));
    const QFontMetricsF titleMetrics(painter.font(), painter.device());
    const QRectF titleBox(page.left(), page.top(), page.width(), titleMetrics.height() * 1.4);
    painter.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter, title());
    painter.setFont(palette::font(10));
    painter.drawText(titleBox, Qt::AlignRight | Qt::AlignVCenter,
                     tr("截至 %1 · 整改台账").arg(m_figures.today.toString(Qt::ISODate)));
    const QRectF body(page.left(), titleBox.bottom() + titleBox.height() * 0.2, page.width(),
                      page.bottom() - titleBox.bottom() - titleBox.height() * 0.2);
    // Lay the dashboard out at a landscape size of its own, then scale it onto the page.
    const QSize before = m_content->size();
    const QSize layout(1500, static_cast<int>(1500 * body.height() / body.width()));
    m_content->resize(layout);
    m_content->layout()->activate();
    // the charts lay out their legends and axes in posted events: let them run first
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    const double scale = std::min(body.width() / layout.width(), body.height() / layout.height());
    painter.translate(body.topLeft());
    painter.scale(scale, scale);
    m_content->render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
    m_content->resize(before);
    painter.restore();
}

bool DashboardPanel::exportPdf(const QString& path) {
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setPageMargins(QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(title());
    writer.setCreator(QStringLiteral("Rectrack"));
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    paintPage(painter, writer.pageLayout().paintRectPixels(writer.resolution()));
    return painter.end();
}

bool DashboardPanel::exportPng(const QString& path) {
    QImage image(QSize(2400, 1700), QImage::Format_ARGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(static_cast<int>(2400 / 0.297)); // an A4 landscape page's width
    image.setDotsPerMeterY(static_cast<int>(2400 / 0.297));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    paintPage(painter, QRectF(40, 30, image.width() - 80, image.height() - 60));
    painter.end();
    return image.save(path, "PNG");
}

void DashboardPanel::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setDocName(title());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    paintPage(painter, printer.pageLayout().paintRectPixels(printer.resolution()));
}

void DashboardPanel::chooseAndExport() {
    const QString suggested = QStringLiteral("%1-%2.pdf").arg(tr("整改进度"), m_figures.today.toString(QStringLiteral("yyyyMMdd")));
    const QString path = QFileDialog::getSaveFileName(this, tr("导出整改进度"), suggested,
                                                      tr("PDF 文件 (*.pdf);;PNG 图片 (*.png)"));
    if (path.isEmpty())
        return;
    if (QString why; !OutputGuard::isSafeOutput(path, &why)) {
        QMessageBox::warning(this, tr("导出失败"), why);
        return;
    }
    const bool ok = path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive) ? exportPng(path) : exportPdf(path);
    if (!ok)
        QMessageBox::warning(this, tr("导出失败"), tr("无法写入 %1").arg(path));
}

} // namespace rectrack::ui
