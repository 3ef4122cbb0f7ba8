#include "InspectionRepository.h"

#include "model/Error.h"
#include "Query.h"
#include "RowStore.h"

#include <QCoreApplication>

namespace rectrack {

namespace {

const QString RoundsTable = QStringLiteral("inspection_rounds");
const QString InspectionsTable = QStringLiteral("inspections");
const QString CategoriesTable = QStringLiteral("categories");

const QString RoundSelect = QStringLiteral("SELECT id, name, kind, level, year FROM inspection_rounds ");
const QString InspectionSelect = QStringLiteral(
    "SELECT id, round_id, title, team, inspected_unit_id, type, onsite_start, onsite_end, feedback_date, "
    "rectification_end, organisation_text, next_steps_text, contact_text, issuing_body, published_date, "
    "row_version, source_hash, stated_totals "
    "FROM inspections ");
const QString CategorySelect =
    QStringLiteral("SELECT id, inspection_id, number, title, sort_order FROM categories ");

Fields fieldsOf(const InspectionRound& r) {
    return {{QStringLiteral("name"), r.name.trimmed()},
            {QStringLiteral("kind"), code(r.kind)},
            {QStringLiteral("level"), r.level},
            {QStringLiteral("year"), r.year}};
}

Fields fieldsOf(const Inspection& i) {
    return {{QStringLiteral("round_id"), i.roundId},
            {QStringLiteral("title"), i.title.trimmed()},
            {QStringLiteral("team"), i.team},
            {QStringLiteral("inspected_unit_id"), toSql(i.inspectedUnitId)},
            {QStringLiteral("type"), code(i.type)},
            {QStringLiteral("onsite_start"), toSql(i.onsiteStart)},
            {QStringLiteral("onsite_end"), toSql(i.onsiteEnd)},
            {QStringLiteral("feedback_date"), toSql(i.feedbackDate)},
            {QStringLiteral("rectification_end"), toSql(i.rectificationEnd)},
            {QStringLiteral("organisation_text"), i.organisationText},
            {QStringLiteral("next_steps_text"), i.nextStepsText},
            {QStringLiteral("contact_text"), i.contactText},
            {QStringLiteral("issuing_body"), i.issuingBody},
            {QStringLiteral("published_date"), toSql(i.publishedDate)},
            {QStringLiteral("source_hash"), i.sourceHash.isEmpty() ? QVariant() : QVariant(i.sourceHash)},
            {QStringLiteral("stated_totals"), i.stated.toText()}};
}

Fields fieldsOf(const Category& c) {
    return {{QStringLiteral("inspection_id"), c.inspectionId},
            {QStringLiteral("number"), c.number.trimmed()},
            {QStringLiteral("title"), c.title.trimmed()},
            {QStringLiteral("sort_order"), c.sortOrder}};
}

InspectionRound roundFrom(const Query& q) {
    InspectionRound r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.kind = parseCode<InspectionKind>(q.value(2).toString()).value_or(InspectionKind::Xuncha);
    r.level = q.value(3).toString();
    r.year = q.value(4).toInt();
    return r;
}

Inspection inspectionFrom(const Query& q) {
    Inspection i;
    i.id = q.value(0).toLongLong();
    i.roundId = q.value(1).toLongLong();
    i.title = q.value(2).toString();
    i.team = q.value(3).toString();
    i.inspectedUnitId = optionalId(q.value(4));
    i.type = parseCode<InspectionType>(q.value(5).toString()).value_or(InspectionType::Regular);
    i.onsiteStart = dateFrom(q.value(6));
    i.onsiteEnd = dateFrom(q.value(7));
    i.feedbackDate = dateFrom(q.value(8));
    i.rectificationEnd = dateFrom(q.value(9));
    i.organisationText = q.value(10).toString();
    i.nextStepsText = q.value(11).toString();
    i.contactText = q.value(12).toString();
    i.issuingBody = q.value(13).toString();
    i.publishedDate = dateFrom(q.value(14));
    i.rowVersion = q.value(15).toInt();
    i.sourceHash = q.value(16).toString();
    i.stated = StatedResults::fromText(q.value(17).toString());
    return i;
}

Category categoryFrom(const Query& q) {
    return Category{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toInt()};
}

void validate(const Inspection& i) {
    if (i.title.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::InspectionRepository", "巡察标题不能为空"));
    if (i.onsiteStart.isValid() && i.onsiteEnd.isValid() && i.onsiteEnd < i.onsiteStart)
        throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::InspectionRepository",
                                                                      "进驻结束日期早于开始日期"));
}
} // namespace

QList<InspectionRound> InspectionRepository::rounds() const {
    Query q(m_db, RoundSelect + QStringLiteral("ORDER BY year DESC, id DESC"));
    q.exec();
    QList<InspectionRound> out;
    while (q.next())
        out.append(roundFrom(q));
    return out;
}

InspectionRound InspectionRepository::round(Id id) const {
    Query q(m_db, RoundSelect + QStringLiteral("WHERE id = ?"));
    q.add(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, QCoreApplication::translate("rectrack::InspectionRepository",
                                                                       "找不到编号为 %1 的巡察轮次")
                                               .arg(id));
    return roundFrom(q);
}

Id InspectionRepository::addRound(const InspectionRound& round) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    if (round.name.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::InspectionRepository", "轮次名称不能为空"));
    return m_rows.insert(RoundsTable, fieldsOf(round));
}

void InspectionRepository::updateRound(const InspectionRound& round) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    if (round.name.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::InspectionRepository", "轮次名称不能为空"));
    m_rows.update(RoundsTable, round.id, fieldsOf(round));
}

void InspectionRepository::removeRound(Id id) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.atomically([&] {
        if (inspectionCount(id) > 0)
            throw Error(Error::Kind::Invalid,
                        QCoreApplication::translate("rectrack::InspectionRepository",
                                                    "该轮次下还有巡察，请先删除其中的巡察"));
        m_rows.remove(RoundsTable, id);
    });
}

std::optional<Id> InspectionRepository::inspectionWithSource(const QString& sourceHash) const {
    const QVariant id =
        Query(m_db, QStringLiteral("SELECT id FROM inspections WHERE source_hash = ? ORDER BY id LIMIT 1"))
            .add(sourceHash)
            .scalar();
    return id.isValid() ? std::optional<Id>(id.toLongLong()) : std::nullopt;
}

QList<Id> InspectionRepository::inspectionsTitled(const QString& title) const {
    Query q(m_db, QStringLiteral("SELECT id FROM inspections WHERE title = ? ORDER BY id"));
    q.add(title.trimmed()).exec();
    QList<Id> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Id InspectionRepository::roundNamed(const InspectionRound& wanted) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    return m_rows.atomically([&] {
        const QVariant id =
            Query(m_db, QStringLiteral("SELECT id FROM inspection_rounds WHERE name = ? ORDER BY id LIMIT 1"))
                .add(wanted.name.trimmed())
                .scalar();
        return id.isValid() ? id.toLongLong() : addRound(wanted);
    });
}

int InspectionRepository::inspectionCount(Id roundId) const {
    return Query(m_db, QStringLiteral("SELECT count(*) FROM inspections WHERE round_id = ?"))
        .add(roundId)
        .scalar()
        .toInt();
}

QList<Inspection> InspectionRepository::inspections(std::optional<Id> roundId) const {
    Query q(m_db, InspectionSelect + (roundId ? QStringLiteral("WHERE round_id = ? ORDER BY id")
                                              : QStringLiteral("ORDER BY id")));
    if (roundId)
        q.add(*roundId);
    q.exec();
    QList<Inspection> out;
    while (q.next())
        out.append(inspectionFrom(q));
    return out;
}

Inspection InspectionRepository::inspection(Id id) const {
    Query q(m_db, InspectionSelect + QStringLiteral("WHERE id = ?"));
    q.add(id).exec();
    if (!q.next())
        throw Error(
            Error::Kind::NotFound,
            QCoreApplication::translate("rectrack::InspectionRepository", "找不到编号为 %1 的巡察").arg(id));
    return inspectionFrom(q);
}

Id InspectionRepository::addInspection(const Inspection& inspection) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    validate(inspection);
    return m_rows.insert(InspectionsTable, fieldsOf(inspection));
}

void InspectionRepository::updateInspection(const Inspection& inspection,
                                            std::optional<int> expectedVersion) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    validate(inspection);
    m_rows.update(InspectionsTable, inspection.id, fieldsOf(inspection), expectedVersion);
}

void InspectionRepository::removeInspection(Id id) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.remove(InspectionsTable, id);
}

QList<Category> InspectionRepository::categories(Id inspectionId) const {
    Query q(m_db, CategorySelect + QStringLiteral("WHERE inspection_id = ? ORDER BY sort_order, id"));
    q.add(inspectionId).exec();
    QList<Category> out;
    while (q.next())
        out.append(categoryFrom(q));
    return out;
}

Category InspectionRepository::category(Id id) const {
    Query q(m_db, CategorySelect + QStringLiteral("WHERE id = ?"));
    q.add(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, QCoreApplication::translate("rectrack::InspectionRepository",
                                                                       "找不到编号为 %1 的问题类别")
                                               .arg(id));
    return categoryFrom(q);
}

Id InspectionRepository::addCategory(const Category& category) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    if (category.title.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::InspectionRepository", "类别名称不能为空"));
    return m_rows.atomically([&] {
        Category c = category;
        if (c.sortOrder == 0)
            c.sortOrder =
                Query(m_db,
                      QStringLiteral(
                          "SELECT COALESCE(MAX(sort_order), 0) + 1 FROM categories WHERE inspection_id = ?"))
                    .add(c.inspectionId)
                    .scalar()
                    .toInt();
        return m_rows.insert(CategoriesTable, fieldsOf(c));
    });
}

void InspectionRepository::updateCategory(const Category& category) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    if (category.title.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::InspectionRepository", "类别名称不能为空"));
    m_rows.update(CategoriesTable, category.id, fieldsOf(category));
}

void InspectionRepository::removeCategory(Id id) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.remove(CategoriesTable, id);
}

void InspectionRepository::moveCategory(Id id, int delta) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.atomically([&] {
        QList<Category> list = categories(category(id).inspectionId);
        const auto it =
            std::find_if(list.begin(), list.end(), [id](const Category& c) { return c.id == id; });
        const qsizetype from = it - list.begin();
        const qsizetype to = from + delta;
        if (to < 0 || to >= list.size())
            return;
        list.move(from, to);
        for (qsizetype i = 0; i < list.size(); ++i) {
            list[i].sortOrder = static_cast<int>(i + 1);
            m_rows.update(CategoriesTable, list[i].id, fieldsOf(list[i]));
        }
    });
}

} // namespace rectrack
