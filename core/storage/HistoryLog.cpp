#include "HistoryLog.h"
#include <QJsonObject>

#include "Query.h"
#include "domain/Clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rectrack {

namespace {
QJsonValue json(const std::optional<QString>& value) {
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<QString> optionalText(const QVariant& v) {
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

const QString SelectColumns =
    QStringLiteral("SELECT id, at, actor, entity, entity_id, action, field, old_value, new_value, hash, "
                   "prev_hash, finding_id FROM history ");

HistoryEntry entryFrom(const Query& q) {
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
    e.findingId = optionalId(q.value(11));
    return e;
}
} // namespace

HistoryLog::HistoryLog(const QSqlDatabase& db, const Clock& clock, const QString& actor)
    : m_db(db)
    , m_clock(clock)
    , m_actor(actor) {}

QString HistoryLog::hashOf(const QString& previousHash, const HistoryEntry& e) {
    const QJsonArray content{previousHash,
                             e.at.toUTC().toString(Qt::ISODateWithMs),
                             e.actor,
                             e.entity,
                             QString::number(e.entityId),
                             e.findingId ? QJsonValue(QString::number(*e.findingId)) : QJsonValue(),
                             e.action,
                             e.field,
                             json(e.oldValue),
                             json(e.newValue)};
    const QByteArray bytes = QJsonDocument(content).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void HistoryLog::record(const QString& entity, Id entityId, OptionalId findingId, const QString& action,
                        const QString& field, const std::optional<QString>& oldValue,
                        const std::optional<QString>& newValue, const std::optional<QDateTime>& at) {
    QString previous =
        Query(m_db, QStringLiteral("SELECT hash FROM history ORDER BY id DESC LIMIT 1")).scalar().toString();
    if (previous.isEmpty())
        previous = genesisHash();
    HistoryEntry e;
    e.at = at ? *at : m_clock.now();
    e.actor = m_actor;
    e.entity = entity;
    e.entityId = entityId;
    e.findingId = findingId;
    e.action = action;
    e.field = field;
    e.oldValue = oldValue;
    e.newValue = newValue;
    Query(m_db,
          QStringLiteral(
              "INSERT INTO history (at, actor, entity, entity_id, finding_id, action, field, old_value, "
              "new_value, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        .add(toSql(e.at))
        .add(e.actor)
        .add(entity)
        .add(entityId)
        .add(toSql(findingId))
        .add(action)
        .add(field)
        .add(oldValue ? QVariant(*oldValue) : QVariant())
        .add(newValue ? QVariant(*newValue) : QVariant())
        .add(previous)
        .add(hashOf(previous, e))
        .exec();
}

QList<HistoryEntry> HistoryLog::forFinding(Id findingId) const {
    Query q(m_db, SelectColumns + QStringLiteral("WHERE finding_id = ? ORDER BY id"));
    q.add(findingId).exec();
    QList<HistoryEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

QList<HistoryEntry> HistoryLog::between(Id afterId, Id lastId) const {
    Query q(m_db, SelectColumns + QStringLiteral("WHERE id > ? AND id <= ? ORDER BY id"));
    q.add(afterId).add(lastId).exec();
    QList<HistoryEntry> out;
    while (q.next())
        out.append(entryFrom(q));
    return out;
}

std::optional<HistoryEntry> HistoryLog::lastEntryOf(const QString& entity, Id entityId) const {
    Query q(m_db, SelectColumns + QStringLiteral("WHERE entity = ? AND entity_id = ? ORDER BY id DESC LIMIT 1"));
    q.add(entity).add(entityId).exec();
    if (!q.next())
        return std::nullopt;
    return entryFrom(q);
}

Id HistoryLog::lastEntryId() const {
    return Query(m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM history")).scalar().toLongLong();
}

std::optional<QHash<QString, std::optional<QString>>> HistoryLog::rowBefore(const QString& table, Id id,
                                                                           Id beforeId) const {
    Query q(m_db, QStringLiteral("SELECT action, field, new_value FROM history WHERE entity = ? AND entity_id = ? "
                                 "AND id < ? ORDER BY id"));
    q.add(table).add(id).add(beforeId).exec();
    std::optional<QHash<QString, std::optional<QString>>> values;
    while (q.next()) {
        const QString action = q.value(0).toString();
        if (action == u"delete") {
            values.reset();
        } else if (action == u"create") {
            values = snapshotValues(q.value(2).toString());
        } else if (values) {
            const QVariant value = q.value(2);
            values->insert(q.value(1).toString(),
                           value.isNull() ? std::nullopt : std::optional<QString>(value.toString()));
        }
    }
    return values;
}

QHash<QString, std::optional<QString>> HistoryLog::snapshotValues(const QString& snapshot) {
    QHash<QString, std::optional<QString>> values;
    const QJsonObject object = QJsonDocument::fromJson(snapshot.toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), it.value().isNull() ? std::nullopt : std::optional<QString>(it.value().toString()));
    return values;
}

std::optional<Id> HistoryLog::firstBrokenEntry() const {
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

qint64 HistoryLog::entryCount() const {
    return Query(m_db, QStringLiteral("SELECT count(*) FROM history")).scalar().toLongLong();
}

} // namespace rectrack
