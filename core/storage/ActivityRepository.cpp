#include "ActivityRepository.h"

#include "model/Error.h"
#include "FindingRepository.h"
#include "Query.h"
#include "RowStore.h"
#include "domain/UnicodeText.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace rectrack {

namespace {

const QString NotesTable = QStringLiteral("progress_notes");
const QString EvidenceTable = QStringLiteral("evidence");
const QString ResultsTable = QStringLiteral("results");
const QString SignOffsTable = QStringLiteral("signoffs");
const QString ReviewsTable = QStringLiteral("followup_reviews");

Fields fieldsOf(const ProgressNote& n) {
    return {{QStringLiteral("finding_id"), n.findingId},
            {QStringLiteral("measure_id"), toSql(n.measureId)},
            {QStringLiteral("note_date"), toSql(n.date)},
            {QStringLiteral("author"), n.author},
            {QStringLiteral("text"), n.text}};
}

Fields fieldsOf(const QuantifiedResult& r) {
    return {{QStringLiteral("finding_id"), r.findingId},
            {QStringLiteral("measure_id"), toSql(r.measureId)},
            {QStringLiteral("rules_made"), r.rulesMade},
            {QStringLiteral("rule_titles"), r.ruleTitles},
            {QStringLiteral("recovered_fen"), r.recovered.fen()},
            {QStringLiteral("accountable_persons"), r.accountablePersons},
            {QStringLiteral("funds_returned_fen"), r.fundsReturned.fen()}};
}

// A user's file name reduced to a plain label: no folders, no control characters.
QString safeFileName(const QString& name) {
    QString base = name;
    base.replace(u'\\', u'/');
    base = base.section(u'/', -1);
    QString clean = printablePart(base).trimmed();
    if (clean.isEmpty() || clean == u"." || clean == u"..")
        clean = QCoreApplication::translate("rectrack::ActivityRepository", "未命名文件");
    return clean.left(255);
}

EvidenceFile evidenceFrom(const Query& q) {
    EvidenceFile e;
    e.id = q.value(0).toLongLong();
    e.findingId = q.value(1).toLongLong();
    e.measureId = optionalId(q.value(2));
    e.fileName = q.value(3).toString();
    e.size = q.value(4).toLongLong();
    e.sha256 = q.value(5).toString();
    e.addedAt = dateTimeFrom(q.value(6));
    e.addedBy = q.value(7).toString();
    return e;
}

const QString EvidenceSelect = QStringLiteral(
    "SELECT id, finding_id, measure_id, file_name, size, sha256, added_at, added_by FROM evidence ");
} // namespace

QString code(SignOffAction action) {
    switch (action) {
    case SignOffAction::Request:
        return QStringLiteral("request");
    case SignOffAction::Approve:
        return QStringLiteral("approve");
    case SignOffAction::Return:
        return QStringLiteral("return");
    }
    return {};
}

QString code(ReviewResult result) {
    return result == ReviewResult::Confirmed ? QStringLiteral("confirmed") : QStringLiteral("rebounded");
}

QList<ProgressNote> ActivityRepository::notes(Id findingId) const {
    Query q(m_db,
            QStringLiteral("SELECT id, finding_id, measure_id, note_date, author, text FROM progress_notes "
                           "WHERE finding_id = ? ORDER BY note_date DESC, id DESC"));
    q.add(findingId).exec();
    QList<ProgressNote> out;
    while (q.next())
        out.append(ProgressNote{q.value(0).toLongLong(), q.value(1).toLongLong(), optionalId(q.value(2)),
                                dateFrom(q.value(3)), q.value(4).toString(), q.value(5).toString()});
    return out;
}

Id ActivityRepository::addNote(const ProgressNote& note) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    if (note.text.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::ActivityRepository", "进展情况不能为空"));
    if (!note.date.isValid())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::ActivityRepository", "请填写进展日期"));
    return m_rows.atomically([&] {
        m_findings.finding(note.findingId); // throws NotFound
        Fields fields = fieldsOf(note);
        fields.append({QStringLiteral("created_at"), toSql(m_rows.now())});
        return m_rows.insert(NotesTable, fields);
    });
}

void ActivityRepository::removeNote(Id id) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.remove(NotesTable, id);
}

QList<EvidenceFile> ActivityRepository::evidence(Id findingId) const {
    Query q(m_db, EvidenceSelect + QStringLiteral("WHERE finding_id = ? ORDER BY id"));
    q.add(findingId).exec();
    QList<EvidenceFile> out;
    while (q.next())
        out.append(evidenceFrom(q));
    return out;
}

EvidenceFile ActivityRepository::evidenceFile(Id evidenceId) const {
    Query q(m_db, EvidenceSelect + QStringLiteral("WHERE id = ?"));
    q.add(evidenceId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("rectrack::ActivityRepository", "找不到编号为 %1 的佐证材料")
                        .arg(evidenceId));
    return evidenceFrom(q);
}

Id ActivityRepository::addEvidence(Id findingId, OptionalId measureId, const QString& fileName,
                                   const QByteArray& content) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    if (content.size() > MaxEvidenceBytes)
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::ActivityRepository",
                                                "文件太大（超过 512 MB），无法作为佐证材料保存"));
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    return m_rows.atomically([&] {
        m_findings.finding(findingId);
        Query(m_db, QStringLiteral("INSERT INTO evidence_blobs (sha256, size, data) VALUES (?, ?, ?) "
                                   "ON CONFLICT (sha256) DO NOTHING"))
            .add(hash)
            .add(static_cast<qint64>(content.size()))
            .add(content)
            .exec();
        return m_rows.insert(EvidenceTable, {{QStringLiteral("finding_id"), findingId},
                                             {QStringLiteral("measure_id"), toSql(measureId)},
                                             {QStringLiteral("file_name"), safeFileName(fileName)},
                                             {QStringLiteral("size"), static_cast<qint64>(content.size())},
                                             {QStringLiteral("sha256"), hash},
                                             {QStringLiteral("added_at"), toSql(m_rows.now())},
                                             {QStringLiteral("added_by"), m_rows.actor()}});
    });
}

QByteArray ActivityRepository::evidenceContent(Id evidenceId) const {
    Query q(m_db,
            QStringLiteral(
                "SELECT b.data FROM evidence e JOIN evidence_blobs b ON b.sha256 = e.sha256 WHERE e.id = ?"));
    q.add(evidenceId).exec();
    if (!q.next())
        throw Error(Error::Kind::NotFound,
                    QCoreApplication::translate("rectrack::ActivityRepository", "找不到编号为 %1 的佐证材料")
                        .arg(evidenceId));
    return q.value(0).toByteArray();
}

void ActivityRepository::restoreBlob(const QString& sha256, const QByteArray& data) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    Query(m_db, QStringLiteral("INSERT INTO evidence_blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING"))
        .add(sha256)
        .add(static_cast<qint64>(data.size()))
        .add(data)
        .exec();
}

void ActivityRepository::removeEvidence(Id evidenceId) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    m_rows.atomically([&] {
        const QString hash = evidenceFile(evidenceId).sha256;
        m_rows.remove(EvidenceTable, evidenceId);
        Query(m_db, QStringLiteral("DELETE FROM evidence_blobs WHERE sha256 = ? "
                                   "AND NOT EXISTS (SELECT 1 FROM evidence WHERE sha256 = ?)"))
            .add(hash)
            .add(hash)
            .exec();
    });
}

QuantifiedResult ActivityRepository::result(Id findingId, OptionalId measureId) const {
    Query q(m_db,
            QStringLiteral(
                "SELECT id, rules_made, rule_titles, recovered_fen, accountable_persons, funds_returned_fen "
                "FROM results WHERE finding_id = ? AND %1 ORDER BY id LIMIT 1")
                .arg(measureId ? QStringLiteral("measure_id = ?") : QStringLiteral("measure_id IS NULL")));
    q.add(findingId);
    if (measureId)
        q.add(*measureId);
    q.exec();
    QuantifiedResult r;
    r.findingId = findingId;
    r.measureId = measureId;
    if (q.next()) {
        r.id = q.value(0).toLongLong();
        r.rulesMade = q.value(1).toInt();
        r.ruleTitles = q.value(2).toString();
        r.recovered = Money::fromFen(q.value(3).toLongLong());
        r.accountablePersons = q.value(4).toInt();
        r.fundsReturned = Money::fromFen(q.value(5).toLongLong());
    }
    return r;
}

void ActivityRepository::setResult(const QuantifiedResult& result) {
    const auto grant = m_rows.grant(Operation::EditLedger);
    if (result.rulesMade < 0 || result.accountablePersons < 0)
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::ActivityRepository", "数量不能为负数"));
    m_rows.atomically([&] {
        const QuantifiedResult existing = this->result(result.findingId, result.measureId);
        if (existing.id == 0) {
            if (!result.isEmpty())
                m_rows.insert(ResultsTable, fieldsOf(result));
        } else if (result.isEmpty()) {
            m_rows.remove(ResultsTable, existing.id);
        } else {
            m_rows.update(ResultsTable, existing.id, fieldsOf(result));
        }
    });
}

QList<SignOffRecord> ActivityRepository::signOffs(Id findingId) const {
    Query q(m_db, QStringLiteral("SELECT id, finding_id, action, actor, at, comment FROM signoffs WHERE "
                                 "finding_id = ? ORDER BY id"));
    q.add(findingId).exec();
    QList<SignOffRecord> out;
    while (q.next()) {
        SignOffRecord r;
        r.id = q.value(0).toLongLong();
        r.findingId = q.value(1).toLongLong();
        const QString action = q.value(2).toString();
        r.action = action == u"approve"  ? SignOffAction::Approve
                   : action == u"return" ? SignOffAction::Return
                                         : SignOffAction::Request;
        r.actor = q.value(3).toString();
        r.at = dateTimeFrom(q.value(4));
        r.comment = q.value(5).toString();
        out.append(r);
    }
    return out;
}

Id ActivityRepository::recordSignOff(Id findingId, SignOffAction action, const QString& comment) {
    const auto grant = m_rows.grant(action == SignOffAction::Request ? Operation::RequestSignOff
                                                                     : Operation::ReviewSignOff);
    return m_rows.atomically([&] {
        const Finding f = m_findings.finding(findingId);
        SignOffState next = f.signOff;
        switch (action) {
        case SignOffAction::Request:
            if (!isClosed(f.status))
                throw Error(Error::Kind::Invalid,
                            QCoreApplication::translate("rectrack::ActivityRepository",
                                                        "只有已完成整改的问题才能申请对账销号"));
            if (f.signOff == SignOffState::Requested || f.signOff == SignOffState::Approved)
                throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::ActivityRepository",
                                                                              "该问题已申请或已销号"));
            if (Query(m_db, QStringLiteral("SELECT count(*) FROM evidence WHERE finding_id = ?"))
                    .add(findingId)
                    .scalar()
                    .toInt() == 0)
                throw Error(Error::Kind::Invalid,
                            QCoreApplication::translate("rectrack::ActivityRepository",
                                                        "申请对账销号需要先上传佐证材料"));
            next = SignOffState::Requested;
            break;
        case SignOffAction::Approve:
        case SignOffAction::Return:
            if (f.signOff != SignOffState::Requested)
                throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::ActivityRepository",
                                                                              "该问题没有待审核的销号申请"));
            if (action == SignOffAction::Return && comment.trimmed().isEmpty())
                throw Error(Error::Kind::Invalid,
                            QCoreApplication::translate("rectrack::ActivityRepository", "退回时请写明理由"));
            next = action == SignOffAction::Approve ? SignOffState::Approved : SignOffState::Returned;
            break;
        }
        const Id id = m_rows.insert(SignOffsTable, {{QStringLiteral("finding_id"), findingId},
                                                    {QStringLiteral("action"), code(action)},
                                                    {QStringLiteral("actor"), m_rows.actor()},
                                                    {QStringLiteral("at"), toSql(m_rows.now())},
                                                    {QStringLiteral("comment"), comment}});
        m_findings.setWorkflowState(findingId, next, f.reopened);
        return id;
    });
}

QList<FollowUpReview> ActivityRepository::reviews(Id findingId) const {
    Query q(m_db, QStringLiteral(
                      "SELECT id, finding_id, review_date, reviewer, result, comment FROM followup_reviews "
                      "WHERE finding_id = ? ORDER BY review_date, id"));
    q.add(findingId).exec();
    QList<FollowUpReview> out;
    while (q.next())
        out.append(FollowUpReview{
            q.value(0).toLongLong(), q.value(1).toLongLong(), dateFrom(q.value(2)), q.value(3).toString(),
            q.value(4).toString() == u"rebounded" ? ReviewResult::Rebounded : ReviewResult::Confirmed,
            q.value(5).toString()});
    return out;
}

Id ActivityRepository::addReview(const FollowUpReview& review) {
    const auto grant = m_rows.grant(Operation::FollowUpReview);
    if (!review.reviewDate.isValid())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::ActivityRepository", "请填写回头看日期"));
    if (review.result == ReviewResult::Rebounded && review.comment.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::ActivityRepository", "问题反弹时请写明原因"));
    return m_rows.atomically([&] {
        const Finding f = m_findings.finding(review.findingId);
        const Id id = m_rows.insert(ReviewsTable, {{QStringLiteral("finding_id"), review.findingId},
                                                   {QStringLiteral("review_date"), toSql(review.reviewDate)},
                                                   {QStringLiteral("reviewer"), review.reviewer},
                                                   {QStringLiteral("result"), code(review.result)},
                                                   {QStringLiteral("comment"), review.comment}});
        if (review.result == ReviewResult::Rebounded)
            m_findings.setWorkflowState(f.id, SignOffState::None, true);
        return id;
    });
}

} // namespace rectrack
