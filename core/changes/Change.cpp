#include "Change.h"

#include "services/Ledger.h"
#include "model/Error.h"

#include <QCoreApplication>

#include <limits>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::Change)
};

const QString CoUnits = QStringLiteral("co_unit_ids");

QList<Id> idsOf(const std::optional<QString>& text) {
    QList<Id> ids;
    if (text)
        for (const QString& part : text->split(u',', Qt::SkipEmptyParts))
            ids << part.toLongLong();
    return ids;
}

QVariant valueOf(const std::optional<QString>& text) {
    return text ? QVariant(*text) : QVariant();
}

// What a row is, for a message: 整改措施 #12.
QString itemLabel(const QString& table) {
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("inspection_rounds"), QT_TRANSLATE_NOOP("rectrack::Change", "轮次")},
        {QStringLiteral("inspections"), QT_TRANSLATE_NOOP("rectrack::Change", "巡察")},
        {QStringLiteral("categories"), QT_TRANSLATE_NOOP("rectrack::Change", "问题类别")},
        {QStringLiteral("findings"), QT_TRANSLATE_NOOP("rectrack::Change", "问题")},
        {QStringLiteral("measures"), QT_TRANSLATE_NOOP("rectrack::Change", "整改措施")},
        {QStringLiteral("progress_notes"), QT_TRANSLATE_NOOP("rectrack::Change", "进展情况")},
        {QStringLiteral("evidence"), QT_TRANSLATE_NOOP("rectrack::Change", "佐证材料")},
        {QStringLiteral("results"), QT_TRANSLATE_NOOP("rectrack::Change", "量化成效")},
        {QStringLiteral("signoffs"), QT_TRANSLATE_NOOP("rectrack::Change", "销号记录")},
        {QStringLiteral("followup_reviews"), QT_TRANSLATE_NOOP("rectrack::Change", "回头看记录")},
        {QStringLiteral("deadline_extensions"), QT_TRANSLATE_NOOP("rectrack::Change", "延期记录")},
        {QStringLiteral("units"), QT_TRANSLATE_NOOP("rectrack::Change", "单位")},
        {QStringLiteral("persons"), QT_TRANSLATE_NOOP("rectrack::Change", "人员")},
        {QStringLiteral("settings"), QT_TRANSLATE_NOOP("rectrack::Change", "设置")},
        {QStringLiteral("accounts"), QT_TRANSLATE_NOOP("rectrack::Change", "账号")},
    };
    const char* label = labels.value(table);
    return label ? Text::tr(label) : table;
}

bool undoable(const HistoryEntry& entry) {
    // Not a restore of the whole ledger, nor accounts: their history keeps fingerprints of the
    // secrets, not the secrets.
    return RowStore::recordedTables().contains(entry.entity) && entry.entity != u"accounts";
}
} // namespace

// The inverse of a change: the entries it wrote, taken back newest first.
class Revert final : public Change {
public:
    Revert(const Change& done)
        : Change(done.text(), done.operation())
        , m_entries(done.m_written)
        , m_rows(done.m_rowsAfter) {
        for (auto it = done.m_blobs.cbegin(); it != done.m_blobs.cend(); ++it)
            keepBlob(it.key(), it.value());
    }

protected:
    void write(Ledger& ledger) override {
        RowStore& rows = ledger.rows();
        const auto grant = rows.grant(operation());
        requireAsLeft(rows);
        try {
            takeBack(ledger);
        } catch (const Error& e) {
            if (e.kind() == Error::Kind::Conflict)
                throw;
            // A row the old values refer to is gone since (a unit, a person, a category deleted
            // by someone else): the transaction rolls back, and the user learns why.
            throw Error(Error::Kind::Conflict,
                        Text::tr("不能撤销或重做“%1”：它涉及的内容在这之后已被删除或改动（%2）。这一步没有执行。")
                            .arg(text(), e.message()));
        }
    }

private:
    void takeBack(Ledger& ledger) {
        RowStore& rows = ledger.rows();
        for (auto it = keptBlobs().cbegin(); it != keptBlobs().cend(); ++it)
            ledger.activity().restoreBlob(it.key(), it.value());
        for (auto e = m_entries.crbegin(); e != m_entries.crend(); ++e) {
            if (e->action == u"create") {
                if (rows.hasDependents(e->entity, e->entityId))
                    throw conflict(e->entity, e->entityId);
                if (e->entity == u"evidence") {
                    // the file's bytes go with the last record that refers to them, as on a
                    // removal; kept here for the redo
                    keepBlob(ledger.activity().evidenceFile(e->entityId).sha256,
                             ledger.activity().evidenceContent(e->entityId));
                    ledger.activity().removeEvidence(e->entityId);
                } else {
                    rows.remove(e->entity, e->entityId);
                }
            } else if (e->action == u"delete") {
                const auto values = ledger.history().rowBefore(e->entity, e->entityId, e->id);
                if (!values)
                    throw conflict(e->entity, e->entityId);
                Fields fields;
                for (auto v = values->cbegin(); v != values->cend(); ++v)
                    if (v.key() != CoUnits && v.key() != u"id")
                        fields.append({v.key(), valueOf(v.value())});
                rows.reinstate(e->entity, e->entityId, fields);
                if (const QList<Id> units = idsOf(values->value(CoUnits)); !units.isEmpty())
                    ledger.findings().setCoUnits(e->entityId, units);
            } else if (e->field == CoUnits) {
                ledger.findings().setCoUnits(e->entityId, idsOf(e->oldValue));
            } else {
                rows.update(e->entity, e->entityId, {{e->field, valueOf(e->oldValue)}});
            }
        }
    }

    // Every row is still as the change left it; otherwise nothing is written.
    void requireAsLeft(const RowStore& rows) const {
        QHash<QString, QHash<Id, QString>> last; // the last action of the change on each row
        for (const HistoryEntry& e : m_entries)
            last[e.entity][e.entityId] = e.action;
        for (auto table = last.cbegin(); table != last.cend(); ++table) {
            for (auto row = table.value().cbegin(); row != table.value().cend(); ++row) {
                const bool gone = row.value() == u"delete";
                if (rows.exists(table.key(), row.key()) == gone)
                    throw conflict(table.key(), row.key());
                if (gone)
                    continue;
                const QList<Error::Difference> changed =
                    rows.differences(table.key(), row.key(), m_rows.value(table.key()).value(row.key()));
                if (!changed.isEmpty())
                    throw conflict(table.key(), row.key(), changed);
            }
        }
    }

    Error conflict(const QString& table, Id id, const QList<Error::Difference>& changed = {}) const {
        return Error(Error::Kind::Conflict,
                     Text::tr("不能撤销或重做“%1”：%2 #%3 在这之后又被改动过（可能是他人所改）。"
                              "为了不覆盖这些改动，这一步没有执行。")
                         .arg(text(), itemLabel(table))
                         .arg(id),
                     changed);
    }

    QList<HistoryEntry> m_entries;
    QHash<QString, QHash<Id, Fields>> m_rows;
};

Change::Change(QString text, Operation operation)
    : m_text(std::move(text))
    , m_operation(operation) {}

Change::~Change() = default;

void Change::apply(Ledger& ledger) {
    ledger.rows().atomically([&] {
        HistoryLog& history = ledger.history();
        const Id before = history.lastEntryId();
        write(ledger);
        m_written = history.between(before, std::numeric_limits<Id>::max());
        m_rowsAfter.clear();
        for (const HistoryEntry& e : m_written)
            if (RowStore::recordedTables().contains(e.entity) && !m_rowsAfter.value(e.entity).contains(e.entityId))
                if (const auto values = ledger.rows().values(e.entity, e.entityId))
                    m_rowsAfter[e.entity][e.entityId] = *values;
    });
    m_applied = true;
    if (!m_written.isEmpty())
        ledger.notifier().remember(m_written.constFirst().id, m_written.constLast().id);
    // Committed: from here on nothing may report the change as refused. Should reading what it
    // touched fail, every view is told to read again.
    try {
        m_scope = ChangeScope::of(ledger, m_written);
        if (m_scope.settings)
            ledger.setPolicy(ledger.settings().policy());
    } catch (const Error& e) {
        qWarning("rectrack: after a change: %s", qUtf8Printable(e.message()));
        m_scope = ChangeScope::everything();
    }
    try {
        ledger.notifier().announce(m_scope);
    } catch (const Error& e) { // a view that could not read again: the change stands
        qWarning("rectrack: announcing a change: %s", qUtf8Printable(e.message()));
    }
}

std::unique_ptr<Change> Change::inverse() const {
    if (!m_applied || m_written.isEmpty())
        return nullptr;
    for (const HistoryEntry& e : m_written)
        if (!undoable(e))
            return nullptr;
    return std::make_unique<Revert>(*this);
}

OptionalId Change::createdIn(const QString& table) const {
    for (const HistoryEntry& e : m_written)
        if (e.entity == table && e.action == u"create")
            return e.entityId;
    return std::nullopt;
}

} // namespace rectrack
