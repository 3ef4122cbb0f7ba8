#pragma once
// Units (a hierarchy) and the people who answer for things.

#include "domain/Entities.h"

#include <QSqlDatabase>

namespace rectrack {

class RowStore;

class UnitRepository {
public:
    UnitRepository(const QSqlDatabase& db, RowStore& rows)
        : m_db(db)
        , m_rows(rows) {}

    QList<Unit> units() const; // ordered for a tree: parents before children, by sort order
    Unit unit(Id id) const;
    Id addUnit(const Unit& unit);
    void updateUnit(const Unit& unit);
    void removeUnit(Id id); // refuses a unit that still has sub-units
    // The unit of that name, created at top level if there is none.
    Id unitNamed(const QString& name);

    QList<Person> persons() const;
    Person person(Id id) const;
    Id addPerson(const Person& person);
    void updatePerson(const Person& person);
    void removePerson(Id id);
    Id personNamed(const QString& name);

private:
    QSqlDatabase m_db;
    RowStore& m_rows;
};

} // namespace rectrack
