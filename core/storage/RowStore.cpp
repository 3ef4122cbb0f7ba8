#include "RowStore.h"

#include "model/Error.h"
#include "Query.h"
#include "SqlDialect.h"
#include "domain/Clock.h"
#include "domain/UnicodeText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

namespace rectrack {

namespace {
// SQLite keeps text as UTF-8, where half a surrogate pair has no spelling: it would be stored
// as something else than what was given (and the history would then disagree with the row).
void requireWellFormedText(const Fields& fields) {
    for (const auto& field : fields)
        if (field.second.typeId() == QMetaType::QString && !isWellFormed(field.second.toString()))
            throw Error(Error::Kind::Invalid,
                        QCoreApplication::translate("rectrack::RowStore",
                                                    "文字中有无效的字符（不成对的 Unicode 代理项，多来自损坏的复制粘贴），"
                                                    "没有保存。请删去这个字符后再保存。"));
}

QString snapshot(const QString& table, const Fields& fields) {
    QJsonObject object;
    for (const auto& [column, value] : fields) {
        const auto text = RowStore::historyText(table, column, value);
        object.insert(column, text ? QJsonValue(*text) : QJsonValue());
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Where the stored values (theirs, in the order of `fields`) differ from the ones in `fields`.
QList<Error::Difference> differencesOf(const QVariantList& stored, const Fields& fields) {
    QList<Error::Difference> differences;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const auto theirs = RowStore::historyText(stored[i]);
        const auto yours = RowStore::historyText(fields[i].second);
        if (theirs != yours)
            differences.append({fields[i].first, theirs.value_or(QString()), yours.value_or(QString())});
    }
    return differences;
}

QStringList columnsOf(const Fields& fields) {
    QStringList columns;
    for (const auto& field : fields)
        columns.append(field.first);
    return columns;
}
} // namespace

RowStore::RowStore(Database& database, const Clock& clock, const QString& actor)
    : m_database(database)
    , m_db(database.connection())
    , m_clock(clock)
    , m_actor(actor)
    , m_history(m_db, clock, actor)
    , m_serverRecords(database.isServer()) {} // a server ledger is opened with its rules (ServerHistory)

void RowStore::announce(const QDateTime& at) {
    if (!m_serverRecords)
        return;
    // Said once per transaction while the time stays the same (a transaction's settings end
    // with it): a round trip saved on each further write.
    const Announced now{m_database.transactionNumber(), toSql(at).toString()};
    if (now == m_announced)
        return;
    Query(m_db, QStringLiteral("SELECT set_config('rectrack.actor', ?, true), set_config('rectrack.now', ?, true)"))
        .add(m_actor)
        .add(now.at)
        .exec();
    m_announced = now;
}

void RowStore::recordEntry(const QString& table, Id id, OptionalId findingId, const QString& action,
                           const QString& field, const std::optional<QString>& oldValue,
                           const std::optional<QString>& newValue, const QDateTime& at) {
    if (!m_serverRecords)
        m_history.record(table, id, findingId, action, field, oldValue, newValue, at);
}

RowStore::Grant RowStore::grant(Operation operation) {
    if (!m_refusal.isEmpty() && m_refusalAllows != operation)
        throw Error(Error::Kind::Forbidden, m_refusal);
    if (!allows(operation))
        throw Error(Error::Kind::Forbidden,
                    m_role ? QCoreApplication::translate("rectrack::RowStore", "%1（%2）无权%3。")
                                 .arg(m_actor, label(*m_role), label(operation))
                           : QCoreApplication::translate("rectrack::RowStore", "请先登录，才能%1。")
                                 .arg(label(operation)));
    return Grant(*this);
}

void RowStore::requireGrant() const {
    if (m_grants == 0) // a programming error: the caller did not ask for permission
        throw Error(Error::Kind::Forbidden, QStringLiteral("Write without a permission check refused"));
}

QDateTime RowStore::now() const {
    return m_clock.now();
}

std::optional<QString> RowStore::historyText(const QVariant& value) {
    if (value.isNull() || !value.isValid())
        return std::nullopt;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

std::optional<QString> RowStore::historyText(const QString& table, const QString& column, const QVariant& value) {
    const auto text = historyText(value);
    if (!text || table != u"accounts" || (column != u"password_hash" && column != u"password_salt"))
        return text;
    const QByteArray digest = QCryptographicHash::hash(text->toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("fingerprint:") + QString::fromLatin1(digest.left(12));
}

OptionalId RowStore::findingOf(const QString& table, Id id) const {
    if (table == u"findings")
        return id;
    static const QStringList children = {QStringLiteral("measures"), QStringLiteral("progress_notes"),
                                         QStringLiteral("evidence"), QStringLiteral("results"),
                                         QStringLiteral("signoffs"), QStringLiteral("followup_reviews"),
                                         QStringLiteral("deadline_extensions")};
    if (!children.contains(table))
        return std::nullopt;
    Query q(m_db, QStringLiteral("SELECT finding_id FROM %1 WHERE id = ?").arg(table));
    return optionalId(q.add(id).scalar());
}

bool RowStore::hasTimestamps(const QString& table) const {
    return table == u"inspections" || table == u"findings" || table == u"measures";
}

Id RowStore::insert(const QString& table, const Fields& fields) {
    return atomically([&] { return insertRow(table, fields); });
}

Id RowStore::insertRow(const QString& table, const Fields& fields) {
    requireGrant();
    requireWellFormedText(fields);
    QStringList columns = columnsOf(fields);
    if (hasTimestamps(table))
        columns << QStringLiteral("created_at") << QStringLiteral("updated_at");
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    Query q(
        m_db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id").arg(table, columns.join(u','), marks.join(u',')));
    for (const auto& field : fields)
        q.add(field.second);
    const QDateTime now = m_clock.now(); // the row's created_at is its entry's time
    if (hasTimestamps(table))
        q.add(toSql(now)).add(toSql(now));
    announce(now);
    q.exec();
    // The row's own id, given or made: a driver's "last insert id" may be a sequence's last value.
    if (!q.next())
        throw Error(Error::Kind::Storage, QStringLiteral("INSERT INTO %1 returned no id").arg(table));
    const Id id = q.value(0).toLongLong();
    if (!m_serverRecords)
        m_history.record(table, id, findingOf(table, id), QStringLiteral("create"), QStringLiteral("*"),
                         std::nullopt, snapshot(table, fields), now);
    return id;
}

QVariantList RowStore::read(const QString& table, Id id, const QStringList& columns) const {
    Query q(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(columns.join(u','), table));
    q.add(id).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound, QStringLiteral("No %1 with id %2").arg(table).arg(id));
    QVariantList values;
    for (qsizetype i = 0; i < columns.size(); ++i)
        values.append(q.value(static_cast<int>(i)));
    return values;
}

QList<Error::Difference> RowStore::differences(const QString& table, Id id, const Fields& expected) const {
    const std::optional<Fields> now = values(table, id); // a finding's co-units included
    if (!now)
        throw Error(Error::Kind::NotFound, QStringLiteral("No %1 with id %2").arg(table).arg(id));
    QHash<QString, QVariant> stored;
    for (const auto& [column, value] : *now)
        stored.insert(column, value);
    QVariantList inOrder;
    for (const auto& field : expected)
        inOrder.append(stored.value(field.first));
    return differencesOf(inOrder, expected);
}

bool RowStore::update(const QString& table, Id id, const Fields& fields, std::optional<int> expectedVersion) {
    return atomically([&] { return updateRow(table, id, fields, expectedVersion); });
}

bool RowStore::updateRow(const QString& table, Id id, const Fields& fields,
                         std::optional<int> expectedVersion) {
    requireGrant();
    requireWellFormedText(fields);
    QStringList columns = columnsOf(fields);
    columns << QStringLiteral("row_version");
    const QVariantList current = read(table, id, columns);
    const int version = current.last().toInt();
    if (expectedVersion && *expectedVersion != version) {
        // whose change won, and when: its newest entry
        const std::optional<HistoryEntry> last = m_history.lastEntryOf(table, id);
        const QString who = last ? QCoreApplication::translate("rectrack::RowStore", "%1（%2）")
                                       .arg(last->actor, last->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                                 : QCoreApplication::translate("rectrack::RowStore", "他人");
        throw Error(Error::Kind::Conflict,
                    QCoreApplication::translate("rectrack::RowStore",
                                                "这一条（%1 #%2）在您打开之后已被%3修改，您的修改没有保存。"
                                                "请核对双方的内容，重新打开后再改。")
                        .arg(table)
                        .arg(id)
                        .arg(who),
                    differencesOf(current, fields));
    }

    QStringList assignments;
    QVariantList values;
    std::optional<OptionalId> finding; // looked up once, when the first change is recorded
    const QDateTime now = m_clock.now(); // the row's updated_at is its entries' time
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (historyText(current[i]) == historyText(fields[i].second))
            continue;
        const auto before = historyText(table, fields[i].first, current[i]);
        const auto after = historyText(table, fields[i].first, fields[i].second);
        assignments << fields[i].first + QStringLiteral(" = ?");
        values << fields[i].second;
        if (!finding && !m_serverRecords)
            finding = findingOf(table, id);
        recordEntry(table, id, finding.value_or(std::nullopt), QStringLiteral("update"), fields[i].first, before, after,
                    now);
    }
    if (assignments.isEmpty())
        return false;
    assignments << QStringLiteral("row_version = row_version + %1").arg(assignments.size());
    if (hasTimestamps(table)) {
        assignments << QStringLiteral("updated_at = ?");
        values << toSql(now);
    }
    Query q(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(u',')));
    for (const QVariant& v : values)
        q.add(v);
    announce(now);
    q.add(id).exec();
    return true;
}

void RowStore::reinstate(const QString& table, Id id, const Fields& fields) {
    Fields withId = fields;
    withId.prepend({QStringLiteral("id"), id});
    atomically([&] { insertRow(table, withId); });
}

bool RowStore::exists(const QString& table, Id id) const {
    Query q(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table));
    return q.add(id).scalar().toInt() > 0;
}

std::optional<Fields> RowStore::values(const QString& table, Id id) const {
    // The columns named, not `*`: a server's driver would look up each result column's table
    // in the catalog, a round trip per read.
    const QStringList names = valueColumnsOf(table);
    Query q(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(names.join(u','), table));
    q.add(id).exec();
    if (!q.next())
        return std::nullopt;
    Fields fields;
    for (int i = 0; i < names.size(); ++i)
        fields.append({names[i], q.value(i)});
    if (table == u"findings") { // its co-units live in their link table
        Query units(m_db, QStringLiteral("SELECT unit_id FROM finding_units WHERE finding_id = ? ORDER BY unit_id"));
        units.add(id).exec();
        QStringList ids;
        while (units.next())
            ids << units.value(0).toString();
        fields.append({QStringLiteral("co_unit_ids"), ids.join(u',')});
    }
    return fields;
}

bool RowStore::hasDependents(const QString& table, Id id) const {
    for (const Dependent& d : dependentsOf(table)) {
        Query q(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(d.table, d.column));
        if (q.add(id).scalar().toInt() > 0)
            return true;
    }
    if (table == u"units") {
        Query q(m_db, QStringLiteral("SELECT count(*) FROM finding_units WHERE unit_id = ?"));
        if (q.add(id).scalar().toInt() > 0)
            return true;
    }
    return false;
}

void RowStore::recordLinkedChange(const QString& table, Id id, const QString& field, const QString& before,
                                  const QString& after) {
    requireGrant();
    if (m_serverRecords)
        return; // the link table's trigger recorded it, and touched the row
    const QDateTime now = m_clock.now();
    m_history.record(table, id, findingOf(table, id), QStringLiteral("update"), field, before, after, now);
    Query touch(m_db, hasTimestamps(table)
                          ? QStringLiteral("UPDATE %1 SET row_version = row_version + 1, updated_at = ? WHERE id = ?").arg(table)
                          : QStringLiteral("UPDATE %1 SET row_version = row_version + 1 WHERE id = ?").arg(table));
    if (hasTimestamps(table))
        touch.add(toSql(now));
    touch.add(id).exec();
}

const QStringList& RowStore::recordedTables() {
    static const QStringList tables = {
        QStringLiteral("units"),          QStringLiteral("persons"),          QStringLiteral("inspection_rounds"),
        QStringLiteral("inspections"),    QStringLiteral("categories"),       QStringLiteral("findings"),
        QStringLiteral("measures"),       QStringLiteral("progress_notes"),   QStringLiteral("evidence"),
        QStringLiteral("results"),        QStringLiteral("signoffs"),         QStringLiteral("followup_reviews"),
        QStringLiteral("deadline_extensions"), QStringLiteral("accounts"),    QStringLiteral("settings")};
    return tables;
}

QStringList RowStore::valueColumnsOf(const QString& table) const {
    // Every ledger this program opens has its schema (each is migrated to it): read once.
    static QMutex mutex;
    static QHash<QString, QStringList> cache;
    const QMutexLocker lock(&mutex);
    auto known = cache.constFind(table);
    if (known != cache.constEnd())
        return *known;
    static const QStringList bookkeeping = {QStringLiteral("id"), QStringLiteral("row_version"),
                                            QStringLiteral("created_at"), QStringLiteral("updated_at")};
    QStringList columns;
    for (const QString& column : SqlDialect::of(m_db).columnsOf(m_db, table))
        if (!bookkeeping.contains(column))
            columns << column;
    if (columns.isEmpty())
        throw Error(Error::Kind::Storage, QStringLiteral("No table %1").arg(table));
    cache.insert(table, columns);
    return columns;
}

QList<RowStore::Dependent> RowStore::dependentsOf(const QString& table) const {
    // The schema is the same for every ledger this program opens (it migrates each to its own
    // version), so the foreign keys are read once.
    static QMutex mutex;
    static QHash<QString, QList<Dependent>> cache;
    const QMutexLocker lock(&mutex);
    if (cache.isEmpty()) {
        const QStringList& recorded = recordedTables();
        for (auto child = recorded.crbegin(); child != recorded.crend(); ++child) { // children first
            for (const ForeignKey& key : SqlDialect::of(m_db).foreignKeysOf(m_db, *child))
                cache[key.parent].append({*child, key.column, key.onDelete});
        }
        cache[QStringLiteral("*")]; // read, even for a schema without keys
    }
    return cache.value(table);
}

void RowStore::settleDependents(const QString& table, Id id) {
    for (const Dependent& d : dependentsOf(table)) {
        if (d.onDelete == Dependent::OnDelete::Refuse)
            continue; // SQLite refuses the delete, with its message
        Query rows(m_db, QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(d.table, d.column));
        rows.add(id).exec();
        QList<Id> ids;
        while (rows.next())
            ids.append(rows.value(0).toLongLong());
        for (Id child : ids) {
            if (d.onDelete == Dependent::OnDelete::SetNull) {
                updateRow(d.table, child, {{d.column, QVariant()}}, std::nullopt);
            } else {
                Query still(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(d.table));
                if (still.add(child).scalar().toInt() > 0) // not gone already with another parent
                    removeRow(d.table, child);
            }
        }
    }
    if (table == u"units") { // a co-unit leaves the findings it shares: recorded on each finding
        Query shared(m_db, QStringLiteral("SELECT DISTINCT finding_id FROM finding_units WHERE unit_id = ? "
                                          "ORDER BY finding_id"));
        shared.add(id).exec();
        QList<Id> findings;
        while (shared.next())
            findings.append(shared.value(0).toLongLong());
        for (Id finding : findings) {
            Query units(m_db, QStringLiteral("SELECT unit_id FROM finding_units WHERE finding_id = ? ORDER BY unit_id"));
            units.add(finding).exec();
            QStringList before;
            QStringList after;
            while (units.next()) {
                before << units.value(0).toString();
                if (units.value(0).toLongLong() != id)
                    after << units.value(0).toString();
            }
            Query(m_db, QStringLiteral("DELETE FROM finding_units WHERE finding_id = ? AND unit_id = ?"))
                .add(finding)
                .add(id)
                .exec();
            recordLinkedChange(QStringLiteral("findings"), finding, QStringLiteral("co_unit_ids"), before.join(u','),
                               after.join(u','));
        }
    }
}

void RowStore::remove(const QString& table, Id id) {
    atomically([&] { removeRow(table, id); });
}

void RowStore::removeRow(const QString& table, Id id) {
    requireGrant();
    Query exists(m_db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table));
    if (exists.add(id).scalar().toInt() == 0)
        throw Error(Error::Kind::NotFound, QStringLiteral("No %1 with id %2").arg(table).arg(id));
    settleDependents(table, id);
    const QDateTime now = m_clock.now();
    recordEntry(table, id, m_serverRecords ? std::nullopt : findingOf(table, id), QStringLiteral("delete"),
                QStringLiteral("*"), std::nullopt, std::nullopt, now);
    announce(now);
    Query(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)).add(id).exec();
}

} // namespace rectrack
