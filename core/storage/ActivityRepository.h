#pragma once
// What happens to a finding after it is planned: progress notes, evidence files, quantified
// results, sign-off records and follow-up reviews.
// Evidence is stored inside the database (content-addressed, deduplicated by SHA-256), so
// moving or backing up the database file moves the evidence with it, and a user's file name
// is only ever a label, never a path.

#include "domain/Entities.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace rectrack {

class RowStore;
class FindingRepository;

class ActivityRepository {
public:
    static constexpr qint64 MaxEvidenceBytes = 512LL * 1024 * 1024;

    ActivityRepository(const QSqlDatabase& db, RowStore& rows, FindingRepository& findings)
        : m_db(db)
        , m_rows(rows)
        , m_findings(findings) {}

    QList<ProgressNote> notes(Id findingId) const; // newest first
    Id addNote(const ProgressNote& note);
    void removeNote(Id id);

    QList<EvidenceFile> evidence(Id findingId) const;
    Id addEvidence(Id findingId, OptionalId measureId, const QString& fileName, const QByteArray& content);
    QByteArray evidenceContent(Id evidenceId) const;
    EvidenceFile evidenceFile(Id evidenceId) const;
    void removeEvidence(Id evidenceId); // the content goes once nothing refers to it
    // Puts an evidence file's content back (when it is not there), for the undo of a removal.
    void restoreBlob(const QString& sha256, const QByteArray& data);

    // The result row of a finding (measureId empty) or of one measure; empty if none yet.
    QuantifiedResult result(Id findingId, OptionalId measureId) const;
    void setResult(const QuantifiedResult& result); // creates, updates, or removes an empty one

    QList<SignOffRecord> signOffs(Id findingId) const;
    // Records a sign-off action and moves the finding's sign-off state. Request needs a closed
    // finding; approve and return need a pending request; return needs a reason.
    Id recordSignOff(Id findingId, SignOffAction action, const QString& comment);

    QList<FollowUpReview> reviews(Id findingId) const;
    // A rebounded review reopens the finding: marked reopened, its sign-off cleared.
    Id addReview(const FollowUpReview& review);

private:
    QSqlDatabase m_db;
    RowStore& m_rows;
    FindingRepository& m_findings;
};

QString code(SignOffAction action);
QString code(ReviewResult result);

} // namespace rectrack
