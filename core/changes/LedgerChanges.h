#pragma once
// Every kind of edit a user makes, by name: each returns a Change (Change.h) that checks,
// applies in its own transaction with its history, announces itself and can be undone. The
// desktop and the command line make their edits only through these.

#include "Change.h"
#include "domain/Entities.h"
#include "services/BulkEdit.h"

#include <memory>

namespace rectrack::Changes {

using ChangePtr = std::unique_ptr<Change>;

// Rounds, inspections and their categories
ChangePtr addRound(const InspectionRound& round);
ChangePtr editRound(const InspectionRound& after);
ChangePtr removeRound(Id roundId);
ChangePtr addInspection(const Inspection& inspection);
// With after.rowVersion: refused (Conflict) when the inspection was changed since it was read.
ChangePtr editInspection(const Inspection& after);
ChangePtr removeInspection(Id inspectionId);
ChangePtr addCategory(const Category& category);
ChangePtr editCategory(const Category& after);
ChangePtr moveCategory(Id categoryId, int delta);
ChangePtr removeCategory(Id categoryId);

// Findings and measures, with their quantified results
ChangePtr addFinding(const Finding& finding);
ChangePtr editFinding(const Finding& after, const QuantifiedResult& result);
ChangePtr removeFinding(Id findingId);
ChangePtr addMeasure(const Measure& measure);
ChangePtr editMeasure(const Measure& after, const QuantifiedResult& result);
// A completion is dated today (the real day) unless an earlier completedOn is given.
ChangePtr setMeasureStatus(Id measureId, Status status, std::optional<QDate> completedOn = {});
ChangePtr setFindingStatus(Id findingId, Status status, std::optional<QDate> completedOn = {});
ChangePtr removeMeasure(Id measureId);

// Activity
ChangePtr addNote(const ProgressNote& note);
ChangePtr removeNote(Id noteId);
ChangePtr addEvidence(Id findingId, OptionalId measureId, const QString& fileName, const QByteArray& content);
ChangePtr removeEvidence(Id evidenceId);

// The sign-off steps, the follow-up review and the extension of a deadline
ChangePtr signOff(Id findingId, SignOffAction action, const QString& comment);
ChangePtr followUp(Id findingId, ReviewResult result, const QString& comment);
ChangePtr extendDeadline(Id findingId, OptionalId measureId, const Deadline& deadline, const QString& reason);

// Units and people
ChangePtr addUnit(const Unit& unit);
ChangePtr editUnit(const Unit& after);
ChangePtr removeUnit(Id unitId);
ChangePtr addPerson(const Person& person);
ChangePtr editPerson(const Person& after);
ChangePtr removePerson(Id personId);

// Many findings or measures at once
ChangePtr bulkSetStatus(ItemKind kind, const QList<Id>& ids, Status status);
ChangePtr bulkReassign(ItemKind kind, const QList<Id>& ids, std::optional<Id> unitId, std::optional<Id> personId);
ChangePtr bulkSetDeadline(ItemKind kind, const QList<Id>& ids, const Deadline& deadline, const QString& reason);

// Office-wide settings
ChangePtr changePolicy(int dueSoonDays, bool workingDays);
ChangePtr changeCalendar(const QString& calendarText);

// Accounts (not undoable: the history keeps fingerprints of passwords, not passwords)
ChangePtr addAccount(const QString& name, Role role, const QString& password);
ChangePtr setRole(Id accountId, Role role);
ChangePtr setActive(Id accountId, bool active);
ChangePtr setPassword(Id accountId, const QString& password);

// The fictional sample inspection (administrators)
ChangePtr loadSampleData();

} // namespace rectrack::Changes
