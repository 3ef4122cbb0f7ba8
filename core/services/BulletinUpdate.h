#pragma once
// Importing a newer version of a bulletin into the inspection an earlier version became,
// without losing what the office did meanwhile. The new document's findings and measures are
// matched to the ledger's (same wording, else same number and kind with similar wording, else
// the most similar wording); a matched record takes the document's changed text as ordinary
// edits with history, and keeps its notes, evidence, status, sign-off, deadline and people.
// What is new is added. What the document no longer has is removed only when nothing was done
// on it; a record with work on it is removed only when the user confirmed that one record.

#include "domain/Entities.h"
#include "import/ParsedBulletin.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

namespace rectrack {

class Ledger;

struct UpdatePlan {
    enum class Action { Add, Update, Keep, Remove };

    struct MeasureChange {
        Action action = Action::Keep;
        OptionalId existing;     // the ledger's measure (all but Add)
        int parsedIndex = -1;    // its place in the document's finding (all but Remove)
        QString text;            // the document's text; for Remove, the ledger's
        QString before;          // for Update: the ledger's text
        QStringList work;        // for Remove: what was done on it ("3 条进展情况" …)
        QStringList fields;      // for Update: text, and of a ledger sheet's measure status, deadline, unit, person
    };

    struct FindingChange {
        Action action = Action::Keep;
        OptionalId existing;
        int parsedIndex = -1;
        QString number;
        QString title;
        QStringList fields;      // for Update: the fields whose text changes
        QStringList work;        // for Remove: what was done on it
        QList<MeasureChange> measures;
    };

    Id inspectionId = 0;
    QStringList inspectionFields; // the inspection's fields the document changes
    QStringList newCategories;
    QList<FindingChange> findings;

    int count(Action action) const;         // findings
    int measureCount(Action action) const;  // measures of kept, updated and added findings
    // Removals of records with work on them: findings and measures, each needing confirmation.
    struct Removal {
        QString table; // findings or measures
        Id id = 0;
        QString label; // 问题 3 “…” / 措施 “…”
        QStringList work;
    };
    QList<Removal> removalsWithWork() const;
    bool changesNothing() const;
};

// What importing `bulletin` into inspection `inspectionId` would change. Reads only.
UpdatePlan planBulletinUpdate(Ledger& ledger, Id inspectionId, const ParsedBulletin& bulletin);

// The records with work on them the user confirmed for removal, findings and measures apart
// (their ids are of different tables).
struct ConfirmedRemovals {
    QSet<Id> findings;
    QSet<Id> measures;
    bool contains(const UpdatePlan::Removal& removal) const;
    void insert(const UpdatePlan::Removal& removal);
    bool isEmpty() const { return findings.isEmpty() && measures.isEmpty(); }
};

// Applies the plan in one transaction. A removal of a record with work on it happens only when
// it is in `confirmed`; the others are kept as they are. The work is looked at again inside the
// transaction, so a record someone worked on since the plan was made is kept too. The
// inspection keeps its round and inspected unit. Throws Error; writes nothing then.
void applyBulletinUpdate(Ledger& ledger, const UpdatePlan& plan, const ParsedBulletin& bulletin,
                         const QString& sourceHash, const ConfirmedRemovals& confirmed);

// One sentence of what the plan does: 问题 新增 2 个、修改 1 个… (the CLI and the update dialog).
QString planSummary(const UpdatePlan& plan);

// The plan as JSON (import --dry-run --update --json): what would change, exactly.
QJsonObject toJson(const UpdatePlan& plan);

// How alike two texts are, 0 to 1 (Dice's coefficient over character pairs, ignoring spaces
// and punctuation).
double textSimilarity(const QString& a, const QString& b);

} // namespace rectrack
