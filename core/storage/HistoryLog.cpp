#include "HistoryLog.h"

#include "Query.h"
#include "domain/Clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace rectrack {

namespace {
QJsonValue json(const std::optional<QString>& value) { return value ? QJsonValue(*value) : QJsonValue(); }

std::optional<QString> optionalText(const QVariant& v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

const QString SelectColumns = QStringLiteral(
    "SELECT id, at, actor, entity, entity_id, action, field, old_value, new_value, hash, prev_hash FROM history ");

HistoryEntry entryFrom(const Query& q)
{
    HistoryEntry e;
    e.id = q.value(0).toLongLong();
    e.at = dateTimeFrom(q.value(1));
    e.actor = q.value(2).toString();
    e.entity = q.value(3).toString();
    e.entityId = q.value(4).toLongLong();
    e.action = q.value(5).toString();
    e.field = q.value(6).toString();
    e.oldValue = optionalText(q.value(7));
    e.newValue = optionalText(q.value(8));
    e.hash = q.value(9).toString();
    return e;
}
} // namespace

HistoryLog::HistoryLog(const QSqlDatabase& db, const Clock& clock, const QString& actor)
    : m_db(db), m_clock(clock), m_actor(actor)
{
}

QString HistoryLog::hashOf(const QString& previousHash, const HistoryEntry& e)
{
    const QJsonArray content{previousHash, e.at.toUTC().toString(Qt::ISODateWithMs), e.actor, e.entity,
                             QString::number(e.entityId), e.action, e.field, json(e.oldValue), json(e.newValue)};
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void HistoryLog::record(const QString& entity, Id entityId, const QString& action, const QString& field,
                        const std::optional<QString>& oldValue, const std::optional<QString>& newValue)
{
    QString previous = Query(m_db, QStringLiteral("SELECT hash FROM history ORDER BY id DESC LIMIT 1")).scalar().toString();
    if (previous.isEmpty())
        previous = genesisHash();
    HistoryEntry e;
    e.at = m_clock.now();
    e.actor = m_actor;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    Query(m_db, QStringLiteral("INSERT INTO history (at, actor, entity, entity_id, action, field, old_value, new_value, "
                               "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .add(toSql(e.at))
        .add(e.actor)
        .add(entity)
        .add(entityId)
        .add(action)
        .add(field)
        .add(oldValue ? QVariant(*oldValue) : QVariant())
        .add(newValue ? QVariant(*newValue) : QVariant())
        .add(previous)
        .add(hashOf(previous, e))
        .exec();
}

QList<HistoryEntry> HistoryLog::forEntity(const QString& entity, Id entityId) const
{
    Query q(m_db, SelectColumns + QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY id"));
    q.add(entity).add(entityId).exec();
    QList<HistoryEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

QList<HistoryEntry> HistoryLog::forFinding(Id findingId) const
{
    // Measures keep their id in history after deletion, so look them up through history itself.
    Query q(m_db, SelectColumns + QStringLiteral(
        "WHERE (entity = 'findings' AND entity_id = ?1) "
        "   OR (entity = 'measures' AND entity_id IN (SELECT id FROM measures WHERE finding_id = ?1)) "
        "   OR (entity IN ('progress_notes','evidence','results','signoffs','followup_reviews') "
        "       AND entity_id IN (SELECT id FROM progress_notes WHERE finding_id = ?1 AND entity = 'progress_notes' "
        "                         UNION ALL SELECT id FROM evidence WHERE finding_id = ?1 AND entity = 'evidence' "
        "                         UNION ALL SELECT id FROM results WHERE finding_id = ?1 AND entity = 'results' "
        "                         UNION ALL SELECT id FROM signoffs WHERE finding_id = ?1 AND entity = 'signoffs' "
        "                         UNION ALL SELECT id FROM followup_reviews WHERE finding_id = ?1 AND entity = 'followup_reviews')) "
        "ORDER BY id"));
    q.add(findingId).exec();
    QList<HistoryEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

std::optional<Id> HistoryLog::firstBrokenEntry() const
{
    Query q(m_db, SelectColumns + QStringLiteral("ORDER BY id"));
    q.exec();
    QString previous = genesisHash();
    while (q.next()) {
        const HistoryEntry e = entryFrom(q);
        if (q.value(10).toString() != previous || hashOf(previous, e) != e.hash)
            return e.id;
        previous = e.hash;
    }
    return std::nullopt;
}

} // namespace rectrack
