#include "FilterBar.h"

#include "common/Choosers.h"
#include "common/OptionalDateEdit.h"
#include "services/Ledger.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace rectrack::ui {

namespace {
// Status choices: what a user asks for, as lists of statuses.
enum StatusChoice { AnyStatus, Open, NotStartedOnly, InProgressOnly, CompletedOnly, OngoingOnly };
enum StateChoice { AnyState, Late, OverdueOnly, DueSoonOnly, OnTrackOnly, OngoingState, DoneState };
enum SignOffChoice { AnySignOff, Requested, Approved, Returned, Reopened };
} // namespace

FilterBar::FilterBar(Ledger& ledger, bool measures, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_scope(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_unit(new QComboBox(this))
    , m_leader(new QComboBox(this))
    , m_signOff(new QComboBox(this))
    , m_from(new OptionalDateEdit(this))
    , m_to(new OptionalDateEdit(this))
    , m_search(new QLineEdit(this))
    , m_typing(new QTimer(this))
    , m_presetLabel(new QLabel(this)) {
    m_presetLabel->setObjectName(QStringLiteral("presetLabel"));
    m_presetLabel->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4400; padding: 3px 6px;"));
    m_presetLabel->setVisible(false);
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_status->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_state->setObjectName(QStringLiteral("stateFilterComboBox"));
    m_category->setObjectName(QStringLiteral("categoryFilterComboBox"));
    m_unit->setObjectName(QStringLiteral("unitFilterComboBox"));
    m_leader->setObjectName(QStringLiteral("leaderFilterComboBox"));
    m_signOff->setObjectName(QStringLiteral("signOffFilterComboBox"));
    m_from->setObjectName(QStringLiteral("deadlineFromDateEdit"));
    m_to->setObjectName(QStringLiteral("deadlineToDateEdit"));
    m_search->setObjectName(QStringLiteral("searchLineEdit"));

    m_scope->addItem(tr("当前巡察"), static_cast<int>(Scope::Inspection));
    m_scope->addItem(tr("当前轮次"), static_cast<int>(Scope::Round));
    m_scope->addItem(tr("全部巡察"), static_cast<int>(Scope::All));
    m_scope->setCurrentIndex(2);
    m_kind->addItem(tr("问题和意见建议"), -1);
    m_kind->addItem(tr("只看问题"), static_cast<int>(FindingKind::Problem));
    m_kind->addItem(tr("只看意见建议"), static_cast<int>(FindingKind::Suggestion));
    m_status->addItem(tr("全部状态"), AnyStatus);
    m_status->addItem(tr("未完成"), Open);
    m_status->addItem(label(Status::NotStarted), NotStartedOnly);
    m_status->addItem(label(Status::InProgress), InProgressOnly);
    m_status->addItem(label(Status::Completed), CompletedOnly);
    m_status->addItem(label(Status::Ongoing), OngoingOnly);
    m_state->addItem(tr("全部时限"), AnyState);
    m_state->addItem(tr("逾期或即将到期"), Late);
    m_state->addItem(label(DeadlineState::Overdue), OverdueOnly);
    m_state->addItem(label(DeadlineState::DueSoon), DueSoonOnly);
    m_state->addItem(label(DeadlineState::OnTrack), OnTrackOnly);
    m_state->addItem(label(DeadlineState::Ongoing), OngoingState);
    m_state->addItem(label(DeadlineState::Done), DoneState);
    m_signOff->addItem(tr("全部销号状态"), AnySignOff);
    m_signOff->addItem(label(SignOffState::Requested), Requested);
    m_signOff->addItem(label(SignOffState::Approved), Approved);
    m_signOff->addItem(label(SignOffState::Returned), Returned);
    m_signOff->addItem(tr("已重新打开"), Reopened);
    m_signOff->setVisible(!measures);
    m_from->clearDate();
    m_to->clearDate();
    m_from->setToolTip(tr("整改时限不早于"));
    m_to->setToolTip(tr("整改时限不晚于"));
    m_search->setPlaceholderText(measures ? tr("搜索措施、问题标题、成效和进展（Ctrl+F）…")
                                          : tr("搜索问题标题、措施、成效和进展（Ctrl+F）…"));
    m_search->setClearButtonEnabled(true);
    m_typing->setSingleShot(true);
    m_typing->setInterval(250);
    reloadChoices();

    auto* clearButton = new QPushButton(tr("清除筛选"), this);
    clearButton->setObjectName(QStringLiteral("clearFilterButton"));

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_search, 0, 0, 1, 5);
    grid->addWidget(m_scope, 0, 5);
    grid->addWidget(clearButton, 0, 6);
    grid->addWidget(m_kind, 1, 0);
    grid->addWidget(m_status, 1, 1);
    grid->addWidget(m_state, 1, 2);
    grid->addWidget(m_category, 1, 3);
    grid->addWidget(m_signOff, 1, 4);
    grid->addWidget(m_unit, 2, 0, 1, 2);
    grid->addWidget(m_leader, 2, 2);
    auto* range = new QHBoxLayout;
    range->addWidget(new QLabel(tr("时限"), this));
    range->addWidget(m_from);
    range->addWidget(new QLabel(tr("至"), this));
    range->addWidget(m_to);
    grid->addLayout(range, 2, 3, 1, 4);
    grid->addWidget(m_presetLabel, 3, 0, 1, 7);
    for (int c = 0; c < 5; ++c)
        grid->setColumnStretch(c, 1);

    for (QComboBox* combo : {m_scope, m_kind, m_status, m_state, m_category, m_unit, m_leader, m_signOff})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { changed(); });
    connect(m_from, &QDateEdit::dateChanged, this, [this] { changed(); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { changed(); });
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_typing, &QTimer::timeout, this, [this] { changed(); });
    connect(clearButton, &QPushButton::clicked, this, [this] { clear(); });
}

void FilterBar::changed() {
    if (m_preset && !m_quiet) { // the user moved on from the dashboard's selection
        m_preset.reset();
        m_presetLabel->setVisible(false);
    }
    m_category->setEnabled(m_scope->currentData().toInt() == static_cast<int>(Scope::Inspection) && m_inspectionId);
    if (!m_quiet)
        emit filterChanged();
}

void FilterBar::reloadChoices() {
    m_quiet = true;
    const OptionalId unit = selectedId(m_unit), leader = selectedId(m_leader), category = selectedId(m_category);
    fillUnits(m_unit, m_ledger, tr("全部责任单位"));
    fillPersons(m_leader, m_ledger, tr("全部责任领导和责任人"));
    if (m_inspectionId)
        fillCategories(m_category, m_ledger, *m_inspectionId, tr("全部类别"));
    else {
        m_category->clear();
        m_category->addItem(tr("全部类别"));
    }
    selectId(m_unit, unit);
    selectId(m_leader, leader);
    selectId(m_category, category);
    m_quiet = false;
}

void FilterBar::setContext(std::optional<Id> inspectionId, std::optional<Id> roundId) {
    const bool inspectionChanged = inspectionId != m_inspectionId;
    m_inspectionId = inspectionId;
    m_roundId = roundId;
    if (inspectionChanged) {
        m_quiet = true;
        m_category->clear();
        if (inspectionId)
            fillCategories(m_category, m_ledger, *inspectionId, tr("全部类别"));
        else
            m_category->addItem(tr("全部类别"));
        m_quiet = false;
    }
    if (m_scope->currentData().toInt() != static_cast<int>(Scope::All))
        changed();
}

void FilterBar::setScope(Scope scope) {
    m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(scope)));
}

void FilterBar::showQuick(Quick quick) {
    m_quiet = true;
    clear();
    m_scope->setCurrentIndex(m_scope->findData(static_cast<int>(Scope::All)));
    m_state->setCurrentIndex(m_state->findData(quick == Quick::Overdue   ? OverdueOnly
                                               : quick == Quick::DueSoon ? DueSoonOnly
                                                                         : Late));
    m_quiet = false;
    changed();
}

void FilterBar::setUnit(std::optional<Id> unitId) {
    selectId(m_unit, unitId);
}

void FilterBar::setLeader(std::optional<Id> personId) {
    selectId(m_leader, personId);
}

void FilterBar::clear() {
    const bool wasQuiet = m_quiet;
    m_quiet = true;
    m_preset.reset();
    m_presetLabel->setVisible(false);
    for (QComboBox* combo : {m_kind, m_status, m_state, m_category, m_unit, m_leader, m_signOff})
        combo->setCurrentIndex(0);
    m_from->clearDate();
    m_to->clearDate();
    m_search->clear();
    m_typing->stop();
    m_quiet = wasQuiet;
    changed();
}

void FilterBar::setPreset(const LedgerFilter& filter, const QString& description) {
    m_quiet = true;
    clear();
    m_quiet = false;
    m_preset = filter;
    m_presetLabel->setText(tr("来自整改进度图：%1（改动任一筛选条件即返回普通筛选）").arg(description));
    m_presetLabel->setVisible(true);
    emit filterChanged();
}

LedgerFilter FilterBar::filter() const {
    if (m_preset)
        return *m_preset;
    LedgerFilter f;
    switch (static_cast<Scope>(m_scope->currentData().toInt())) {
    case Scope::Inspection:
        f.inspectionId = m_inspectionId.value_or(0); // no inspection selected: nothing
        f.categoryId = selectedId(m_category);
        break;
    case Scope::Round:
        f.roundId = m_roundId.value_or(0);
        break;
    case Scope::All:
        break;
    }
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.kind = static_cast<FindingKind>(kind);
    switch (m_status->currentData().toInt()) {
    case Open:
        f.statuses = {Status::NotStarted, Status::InProgress};
        break;
    case NotStartedOnly:
        f.statuses = {Status::NotStarted};
        break;
    case InProgressOnly:
        f.statuses = {Status::InProgress};
        break;
    case CompletedOnly:
        f.statuses = {Status::Completed};
        break;
    case OngoingOnly:
        f.statuses = {Status::Ongoing};
        break;
    default:
        break;
    }
    switch (m_state->currentData().toInt()) {
    case Late:
        f.deadlineStates = {DeadlineState::Overdue, DeadlineState::DueSoon};
        break;
    case OverdueOnly:
        f.deadlineStates = {DeadlineState::Overdue};
        break;
    case DueSoonOnly:
        f.deadlineStates = {DeadlineState::DueSoon};
        break;
    case OnTrackOnly:
        f.deadlineStates = {DeadlineState::OnTrack};
        break;
    case OngoingState:
        f.deadlineStates = {DeadlineState::Ongoing};
        break;
    case DoneState:
        f.deadlineStates = {DeadlineState::Done};
        break;
    default:
        break;
    }
    switch (m_signOff->currentData().toInt()) {
    case Requested:
        f.signOff = SignOffState::Requested;
        break;
    case Approved:
        f.signOff = SignOffState::Approved;
        break;
    case Returned:
        f.signOff = SignOffState::Returned;
        break;
    case Reopened:
        f.reopenedOnly = true;
        break;
    default:
        break;
    }
    f.unitId = selectedId(m_unit);
    f.leaderId = selectedId(m_leader);
    f.deadlineFrom = m_from->optionalDate();
    f.deadlineTo = m_to->optionalDate();
    f.text = m_search->text();
    return f;
}

} // namespace rectrack::ui
