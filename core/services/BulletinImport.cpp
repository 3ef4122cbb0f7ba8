#include "BulletinImport.h"

#include "Ledger.h"
#include "domain/StatusRules.h"
#include "import/ledger/SheetBulletin.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

namespace rectrack {

namespace {
InspectionType typeOf(const QString& type) {
    if (type.startsWith(QStringLiteral("专项")))
        return InspectionType::Special;
    if (type.startsWith(QStringLiteral("机动")))
        return InspectionType::AdHoc;
    if (type.startsWith(QStringLiteral("回头看")))
        return InspectionType::FollowUp;
    if (type.startsWith(QStringLiteral("提级")))
        return InspectionType::Elevated;
    if (type.startsWith(QStringLiteral("交叉")))
        return InspectionType::Cross;
    return InspectionType::Regular;
}

} // namespace

QString contentHash(const QByteArray& document) {
    return QString::fromLatin1(QCryptographicHash::hash(document, QCryptographicHash::Sha256).toHex());
}

Inspection inspectionFrom(Ledger& ledger, const ParsedBulletin& b, Inspection inspection, bool createRound) {
    const int year = b.periodStart.isValid() ? b.periodStart.year() : ledger.today().year();
    const QString roundName = b.round.isEmpty() ? QStringLiteral("导入的通报") : b.round;
    if (createRound)
        inspection.roundId = ledger.inspections().roundNamed(
            {0, roundName, b.kind == u"巡视" ? InspectionKind::Xunshi : InspectionKind::Xuncha, b.level, year});
    inspection.title = b.title;
    inspection.team = b.team;
    if (!b.inspectedUnit.isEmpty() && createRound)
        inspection.inspectedUnitId = ledger.units().unitNamed(b.inspectedUnit);
    inspection.type = typeOf(b.type);
    inspection.onsiteStart = b.periodStart;
    inspection.onsiteEnd = b.periodEnd;
    inspection.feedbackDate = b.feedbackDate;
    inspection.issuingBody = b.issuingBody;
    inspection.publishedDate = b.publishedDate;
    inspection.organisationText = b.organisationText;
    inspection.nextStepsText = b.nextStepsText;
    inspection.contactText = b.contactText;
    inspection.stated = b.stated;
    return inspection;
}

Finding findingFrom(const ParsedFinding& pf, Id inspectionId, const QList<Id>& categoryIds, QDate reference) {
    Finding f;
    f.inspectionId = inspectionId;
    f.kind = pf.kind == ParsedFinding::Kind::Problem ? FindingKind::Problem : FindingKind::Suggestion;
    f.number = pf.number;
    f.title = pf.title;
    if (pf.category && *pf.category >= 0 && *pf.category < categoryIds.size())
        f.categoryId = categoryIds[*pf.category];
    f.deadline = parseDeadline(pf.deadline, reference);
    f.outcome = pf.outcomes.join(u'\n');
    f.difficulties = pf.difficulties;
    f.status = ledgerStatus(pf.status);
    return f;
}

bool saysProgress(const ParsedFinding& pf) {
    // A sheet that says some measures' progress says nothing of the others: not started, rather
    // than the problem's status taken from the ones that were said.
    return std::any_of(pf.measureDetails.cbegin(), pf.measureDetails.cend(),
                       [](const ParsedMeasure& d) { return !d.progress.trimmed().isEmpty(); });
}

void applyMeasureDetails(Ledger& ledger, Measure& m, const ParsedMeasure& d, bool progressSaid, QDate reference) {
    if (!d.leadUnit.trimmed().isEmpty())
        m.unitId = ledger.units().unitNamed(d.leadUnit.trimmed());
    if (!d.person.trimmed().isEmpty())
        m.personId = ledger.units().personNamed(d.person.trimmed());
    if (const Deadline own = parseDeadline(d.deadline, reference); own.kind != DeadlineKind::None)
        m.deadline = own;
    if (progressSaid)
        m.status = ledgerStatus(statusOfWords(d.progress));
    if (m.status == Status::Completed || m.status == Status::Ongoing) // closed on the day the sheet says
        if (const Deadline done = parseDeadline(d.completedOn); done.kind == DeadlineKind::Date)
            m.completedDate = done.date;
}

Id addParsedFinding(Ledger& ledger, const ParsedFinding& pf, Id inspectionId, const QList<Id>& categoryIds,
                    QDate reference) {
    Finding f = findingFrom(pf, inspectionId, categoryIds, reference);
    // who answers for it, as a ledger sheet names them: found by name, or added
    if (!pf.leader.trimmed().isEmpty())
        f.leaderId = ledger.units().personNamed(pf.leader.trimmed());
    if (!pf.leadUnit.trimmed().isEmpty())
        f.leadUnitId = ledger.units().unitNamed(pf.leadUnit.trimmed());
    for (const QString& unit : pf.coUnits)
        if (const Id id = ledger.units().unitNamed(unit.trimmed()); id != f.leadUnitId && !f.coUnitIds.contains(id))
            f.coUnitIds << id;
    const bool progressSaid = saysProgress(pf);
    QList<Measure> measures;
    for (qsizetype i = 0; i < pf.measures.size(); ++i) {
        Measure m = measureFrom(pf.measures[i], 0, f);
        if (i < pf.measureDetails.size()) // a ledger sheet's measure: its own unit, person, deadline, status
            applyMeasureDetails(ledger, m, pf.measureDetails[i], progressSaid, reference);
        measures << m;
    }
    // the status its measures will give it, so that adding them changes nothing more
    if (!measures.isEmpty()) {
        QList<Status> statuses;
        for (const Measure& m : measures)
            statuses << m.status;
        f.status = deriveFindingStatus(statuses, Status::NotStarted);
    }
    const Id findingId = ledger.findings().addFinding(f);
    ledger.findings().addMeasures(findingId, measures);
    return findingId;
}

Measure measureFrom(const QString& text, Id findingId, const Finding& f) {
    Measure m;
    m.findingId = findingId;
    m.text = text;
    m.status = f.status; // bulletins state progress per problem; its measures share it
    m.deadline = f.deadline;
    return m;
}

Id saveBulletin(Ledger& ledger, const ParsedBulletin& b, const QString& sourceHash) {
    if (b.findings.isEmpty())
        throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::BulletinImport",
                                                                      "文件中没有找到任何问题条目，未导入"));
    return ledger.rows().atomically([&]() -> Id {
        Inspection inspection = inspectionFrom(ledger, b, Inspection{}, true);
        inspection.sourceHash = sourceHash;
        const Id inspectionId = ledger.inspections().addInspection(inspection);
        QList<Id> categoryIds;
        for (const ParsedCategory& c : b.categories)
            categoryIds.append(ledger.inspections().addCategory(
                {0, inspectionId, QStringLiteral("（%1）").arg(c.number), c.title, 0}));
        // as the JSON preview takes it (BulletinJson)
        const QDate reference = b.deadlineReference().isValid() ? b.deadlineReference() : ledger.today();
        for (const ParsedFinding& pf : b.findings)
            addParsedFinding(ledger, pf, inspectionId, categoryIds, reference);
        return inspectionId;
    });
}

} // namespace rectrack
