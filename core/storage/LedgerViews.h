#pragma once
// The ledgers as views, across one inspection, a round or everything: 问题清单 (findings),
// 任务清单 (measures) and 责任清单 (per responsible unit and per leader), each filtered,
// sorted on raw values in SQL and read a page at a time; plus full-text search.
// Reads only, over any connection: the window's background counter uses its own.

#include "FindingRepository.h"
#include "domain/StatusRules.h"
#include "model/LedgerFilter.h"

#include <QSqlDatabase>
#include <functional>

namespace rectrack {

// One line of the 任务清单: the measure and the finding it serves.
struct MeasureListRow {
    MeasureRow row;
    Id inspectionId = 0;
    QString inspectionTitle;
    QString findingNumber;
    QString findingTitle;
    bool findingReopened = false;
};

// One line of the 责任清单: what a unit (or a leader) answers for.
struct ResponsibilityRow {
    Id id = 0; // unit or person
    QString name;
    int findings = 0;
    int findingsClosed = 0;
    int findingsOverdue = 0;
    int measures = 0;
    int measuresClosed = 0;
    int measuresOverdue = 0;
    double completionRate() const {
        return findings == 0 ? 0.0 : static_cast<double>(findingsClosed) / findings;
    }
};

struct SearchHit {
    Id findingId = 0;
    Id inspectionId = 0;
    QString inspectionTitle;
    QString number;
    QString title;
    QString source; // finding / measure / note
    Id sourceId = 0;
    QString excerpt; // the matching text around the first match
};

class LedgerViews {
public:
    LedgerViews(const QSqlDatabase& db, QDate today, DeadlinePolicy policy)
        : m_db(db)
        , m_today(today)
        , m_policy(std::move(policy)) {}

    QDate today() const { return m_today; }
    const QSqlDatabase& connection() const { return m_db; }
    const DeadlinePolicy& policy() const { return m_policy; }

    QList<FindingRow> findings(const LedgerFilter& filter, LedgerOrder order, int offset, int limit) const;
    int findingCount(const LedgerFilter& filter) const;
    QList<MeasureListRow> measures(const LedgerFilter& filter, LedgerOrder order, int offset, int limit) const;
    int measureCount(const LedgerFilter& filter) const;
    // Every row of a ledger in order, handed over a chunk at a time (exports); the callback
    // returns false to stop. Returns whether it went through to the end.
    bool eachFinding(const LedgerFilter& filter, LedgerOrder order,
                     const std::function<bool(const QList<FindingRow>&)>& chunk) const;
    bool eachMeasure(const LedgerFilter& filter, LedgerOrder order,
                     const std::function<bool(const QList<MeasureListRow>&)>& chunk) const;
    QList<ResponsibilityRow> byUnit(const LedgerFilter& filter) const;
    QList<ResponsibilityRow> byLeader(const LedgerFilter& filter) const;

    // The ids of a whole ledger in order (what a list scrolls through), and the rows of given
    // ids in the order given: a page of a long list without OFFSET.
    QList<Id> allFindingIds(const LedgerFilter& filter, LedgerOrder order) const {
        return findingIds(filter, order, 0, -1);
    }
    QList<Id> allMeasureIds(const LedgerFilter& filter, LedgerOrder order) const {
        return measureIds(filter, order, 0, -1);
    }
    QList<FindingRow> findingRows(const QList<Id>& ids) const;        // in that order
    QList<MeasureListRow> measureRows(const QList<Id>& ids) const;    // in that order

    // Findings whose title, description, outcome, difficulties, measures or notes contain
    // every word of text; newest first. Words of three or more characters use the trigram
    // index, shorter ones a scan of the indexed text.
    QList<SearchHit> search(const QString& text, int limit = 100) const;

    // The SQL state of a measure (columns of alias m) and of a finding (alias f), for tests.
    static QString measureStateSql();

private:
    static constexpr int ChunkSize = 500;
    struct Where;
    QList<Id> findingIds(const LedgerFilter& filter, LedgerOrder order, int offset, int limit) const; // limit -1: all
    QList<Id> measureIds(const LedgerFilter& filter, LedgerOrder order, int offset, int limit) const;
    Where scopeWhere(const LedgerFilter& filter) const; // what both ledgers filter alike
    Where findingWhere(const LedgerFilter& filter) const;
    Where measureWhere(const LedgerFilter& filter) const;
    QList<ResponsibilityRow> responsibility(const LedgerFilter& filter, bool byLeader) const;
    QList<Id> pageIds(const QString& sql, const QList<std::pair<QString, QVariant>>& values) const;

    QSqlDatabase m_db;
    QDate m_today;
    DeadlinePolicy m_policy;
};

// The words of a search text and the SQL conditions they become (shared with tests).
QStringList searchWords(const QString& text);

} // namespace rectrack
