#include "UnitRepository.h"

#include "model/Error.h"
#include "Query.h"
#include "RowStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace rectrack {

namespace {
const QString UnitsTable = QStringLiteral("units");
const QString PersonsTable = QStringLiteral("persons");

Fields fieldsOf(const Unit& u) {
    return {{QStringLiteral("parent_id"), toSql(u.parentId)},
            {QStringLiteral("name"), u.name.trimmed()},
            {QStringLiteral("sort_order"), u.sortOrder}};
}

Fields fieldsOf(const Person& p) {
    return {{QStringLiteral("name"), p.name.trimmed()},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("unit_id"), toSql(p.unitId)},
            {QStringLiteral("phone"), p.phone}};
}

Unit unitFrom(const Query& q) {
    return Unit{q.value(0).toLongLong(), optionalId(q.value(1)), q.value(2).toString(), q.value(3).toInt()};
}

Person personFrom(const Query& q) {
    return Person{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                  optionalId(q.value(3)), q.value(4).toString()};
}

void requireName(const QString& name, const char* what) {
    if (name.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::UnitRepository", what));
}
} // namespace

QList<Unit> UnitRepository::units() const {
    Query q(m_db,
            QStringLiteral("SELECT id, parent_id, name, sort_order FROM units ORDER BY sort_order, id"));
    q.exec();
    QList<Unit> flat;
    while (q.next())
        flat.append(unitFrom(q));
    // Depth-first order so that every parent comes before its children (each level in the
    // query's order), in linear time: an office has thousands of units.
    QHash<Id, QList<qsizetype>> children; // parent id → positions in flat; roots under 0
    for (qsizetype i = 0; i < flat.size(); ++i)
        children[flat[i].parentId.value_or(0)].append(i);
    QList<Unit> ordered;
    ordered.reserve(flat.size());
    QSet<Id> placed;
    std::function<void(Id)> visit = [&](Id parent) {
        for (const qsizetype i : children.value(parent)) {
            if (placed.contains(flat[i].id))
                continue;
            placed.insert(flat[i].id);
            ordered.append(flat[i]);
            visit(flat[i].id);
        }
    };
    visit(0);
    for (const Unit& u : flat) // units whose parent chain is broken still show
        if (!placed.contains(u.id))
            ordered.append(u);
    return ordered;
}

Unit UnitRepository::unit(Id id) const {
    Query q(m_db, QStringLiteral("SELECT id, parent_id, name, sort_order FROM units WHERE id = ?"));
    q.add(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, QStringLiteral("No unit with id %1").arg(id));
    return unitFrom(q);
}

Id UnitRepository::addUnit(const Unit& unit) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    requireName(unit.name, QT_TRANSLATE_NOOP("rectrack::UnitRepository", "单位名称不能为空"));
    return m_rows.insert(UnitsTable, fieldsOf(unit));
}

void UnitRepository::updateUnit(const Unit& unit) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    requireName(unit.name, QT_TRANSLATE_NOOP("rectrack::UnitRepository", "单位名称不能为空"));
    m_rows.atomically([&] {
        for (OptionalId p = unit.parentId; p; p = this->unit(*p).parentId)
            if (*p == unit.id)
                throw Error(Error::Kind::Invalid,
                            QCoreApplication::translate("rectrack::UnitRepository",
                                                        "上级单位不能是它自己或它的下级单位"));
        m_rows.update(UnitsTable, unit.id, fieldsOf(unit));
    });
}

void UnitRepository::removeUnit(Id id) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.atomically([&] {
        Query children(m_db, QStringLiteral("SELECT count(*) FROM units WHERE parent_id = ?"));
        if (children.add(id).scalar().toInt() > 0)
            throw Error(Error::Kind::Invalid,
                        QCoreApplication::translate("rectrack::UnitRepository",
                                                    "该单位还有下级单位，请先删除或移走下级单位"));
        m_rows.remove(UnitsTable, id);
    });
}

Id UnitRepository::unitNamed(const QString& name) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    return m_rows.atomically([&] {
        Query q(m_db, QStringLiteral("SELECT id FROM units WHERE name = ? ORDER BY id LIMIT 1"));
        const QVariant id = q.add(name.trimmed()).scalar();
        if (id.isValid())
            return id.toLongLong();
        return addUnit(Unit{0, std::nullopt, name, 0});
    });
}

QList<Person> UnitRepository::persons() const {
    Query q(m_db, QStringLiteral("SELECT id, name, title, unit_id, phone FROM persons ORDER BY name, id"));
    q.exec();
    QList<Person> out;
    while (q.next())
        out.append(personFrom(q));
    return out;
}

Person UnitRepository::person(Id id) const {
    Query q(m_db, QStringLiteral("SELECT id, name, title, unit_id, phone FROM persons WHERE id = ?"));
    q.add(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, QStringLiteral("No person with id %1").arg(id));
    return personFrom(q);
}

Id UnitRepository::addPerson(const Person& person) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    requireName(person.name, QT_TRANSLATE_NOOP("rectrack::UnitRepository", "姓名不能为空"));
    return m_rows.insert(PersonsTable, fieldsOf(person));
}

void UnitRepository::updatePerson(const Person& person) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    requireName(person.name, QT_TRANSLATE_NOOP("rectrack::UnitRepository", "姓名不能为空"));
    m_rows.update(PersonsTable, person.id, fieldsOf(person));
}

void UnitRepository::removePerson(Id id) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.remove(PersonsTable, id);
}

Id UnitRepository::personNamed(const QString& name) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    return m_rows.atomically([&] {
        Query q(m_db, QStringLiteral("SELECT id FROM persons WHERE name = ? ORDER BY id LIMIT 1"));
        const QVariant id = q.add(name.trimmed()).scalar();
        if (id.isValid())
            return id.toLongLong();
        return addPerson(Person{0, name, {}, std::nullopt, {}});
    });
}

} // namespace rectrack
