#pragma once
// Inspection rounds, inspections and their ordered categories.

#include "domain/Entities.h"

#include <QSqlDatabase>

namespace rectrack {

class RowStore;

class InspectionRepository {
public:
    InspectionRepository(const QSqlDatabase& db, RowStore& rows)
        : m_db(db)
        , m_rows(rows) {}

    QList<InspectionRound> rounds() const;
    InspectionRound round(Id id) const;
    Id addRound(const InspectionRound& round);
    void updateRound(const InspectionRound& round);
    void removeRound(Id id); // refuses a round that still has inspections

    QList<Inspection> inspections(std::optional<Id> roundId = {}) const;
    Inspection inspection(Id id) const;
    Id addInspection(const Inspection& inspection);
    void updateInspection(const Inspection& inspection, std::optional<int> expectedVersion = {});
    void removeInspection(Id id); // with its categories, findings, measures and everything under them
    int inspectionCount(Id roundId) const;
    // The inspection imported from a document with this content hash, if any.
    std::optional<Id> inspectionWithSource(const QString& sourceHash) const;
    QList<Id> inspectionsTitled(const QString& title) const;
    // The round of that name, created from `wanted` if there is none.
    Id roundNamed(const InspectionRound& wanted);

    QList<Category> categories(Id inspectionId) const;
    Category category(Id id) const;
    Id addCategory(const Category& category); // sortOrder 0 appends at the end
    void updateCategory(const Category& category);
    void removeCategory(Id id);          // its findings stay, without a category
    void moveCategory(Id id, int delta); // -1 up, +1 down

private:
    QSqlDatabase m_db;
    RowStore& m_rows;
};

} // namespace rectrack
