#include "DetailPanel.h"

#include "EvidencePanel.h"
#include "FindingForm.h"
#include "HistoryPanel.h"
#include "InspectionForm.h"
#include "MeasureForm.h"
#include "NotesPanel.h"
#include "RoundForm.h"
#include "SignOffPanel.h"
#include "main/Editor.h"
#include "model/Error.h"

#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

DetailPanel::DetailPanel(Editor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(tr("选择左侧的巡察，或台账中的问题、整改措施，在这里查看和编辑。"), this))
    , m_round(new RoundForm(editor, this))
    , m_inspection(new InspectionForm(editor, this))
    , m_finding(new FindingForm(editor, this))
    , m_measure(new MeasureForm(editor, this))
    , m_tabs(new QTabWidget(this))
    , m_notes(new NotesPanel(editor, this))
    , m_evidence(new EvidencePanel(editor, this))
    , m_history(new HistoryPanel(editor, this))
    , m_signOff(new SignOffPanel(editor, this)) {
    static_cast<QLabel*>(m_empty)->setWordWrap(true);
    static_cast<QLabel*>(m_empty)->setAlignment(Qt::AlignCenter);
    for (QWidget* page : {m_empty, static_cast<QWidget*>(m_round), static_cast<QWidget*>(m_inspection),
                          static_cast<QWidget*>(m_finding), static_cast<QWidget*>(m_measure)})
        m_stack->addWidget(page);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_tabs->setObjectName(QStringLiteral("activityTabWidget"));
    m_tabs->addTab(m_notes, tr("进展情况"));
    m_tabs->addTab(m_evidence, tr("佐证材料"));
    m_tabs->addTab(m_signOff, tr("销号与延期"));
    m_tabs->addTab(m_history, tr("修改记录"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    showNothing();
}

RecordForm* DetailPanel::currentForm() const {
    return qobject_cast<RecordForm*>(m_stack->currentWidget());
}

void DetailPanel::showActivity(std::optional<Id> findingId, OptionalId measureId) {
    m_tabs->setVisible(findingId.has_value());
    m_notes->setFinding(findingId, measureId);
    m_evidence->setFinding(findingId, measureId);
    m_history->setFinding(findingId);
    m_signOff->setFinding(findingId, measureId);
}

void DetailPanel::showNothing() {
    m_stack->setCurrentWidget(m_empty);
    showActivity(std::nullopt, std::nullopt);
}

void DetailPanel::showRound(Id roundId) {
    m_round->load(roundId);
    m_stack->setCurrentWidget(m_round);
    showActivity(std::nullopt, std::nullopt);
}

void DetailPanel::showInspection(Id inspectionId) {
    m_inspection->load(inspectionId);
    m_stack->setCurrentWidget(m_inspection);
    showActivity(std::nullopt, std::nullopt);
}

void DetailPanel::showFinding(Id findingId) {
    m_finding->load(findingId);
    m_stack->setCurrentWidget(m_finding);
    showActivity(findingId, std::nullopt);
}

void DetailPanel::showMeasure(Id measureId) {
    m_measure->load(measureId);
    m_stack->setCurrentWidget(m_measure);
    showActivity(m_measure->findingId(), measureId);
}

bool DetailPanel::saveCurrent() {
    RecordForm* form = currentForm();
    return !form || form->save();
}

bool DetailPanel::hasUnsavedChanges() const {
    const RecordForm* form = currentForm();
    return form && form->isDirty();
}

void DetailPanel::refreshCurrent() {
    RecordForm* form = currentForm();
    if (!form || form->isDirty())
        return;
    try {
        form->revert();
        if (form == m_finding)
            showActivity(m_finding->findingId(), std::nullopt);
        else if (form == m_measure)
            showActivity(m_measure->findingId(), m_measure->measureId());
    } catch (const Error&) { // the record is gone (deleted, or an undo removed it)
        showNothing();
    }
}

void DetailPanel::focusForm() {
    if (m_stack->currentWidget() == m_round)
        m_round->focusFirstField();
    else if (m_stack->currentWidget() == m_inspection)
        m_inspection->focusFirstField();
    else if (m_stack->currentWidget() == m_finding)
        m_finding->focusFirstField();
    else if (m_stack->currentWidget() == m_measure)
        m_measure->focusFirstField();
}

std::optional<Id> DetailPanel::currentFindingId() const {
    if (m_stack->currentWidget() == m_finding)
        return m_finding->findingId();
    if (m_stack->currentWidget() == m_measure)
        return m_measure->findingId();
    return std::nullopt;
}

} // namespace rectrack::ui
