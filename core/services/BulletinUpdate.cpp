#include "BulletinUpdate.h"

#include "import/ledger/SheetBulletin.h"

#include "BulletinImport.h"
#include "Ledger.h"
#include "model/Error.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <algorithm>

namespace rectrack {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::BulletinUpdate)
};

QString normalised(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            out.append(c);
    return out;
}

// Wording similar enough to be the same item rewritten.
constexpr double SameItem = 0.6;
// With the same number and kind, wording this similar is still the same item.
constexpr double SameNumberedItem = 0.3;

// Pairs items of two lists, best first: identical wording, then (when `key` says two items share
// a number) similar wording, then the most similar wording above SameItem. Returns for each
// item of `ours` the index in `theirs`, or -1.
QList<int> match(const QStringList& ours, const QStringList& theirs,
                 const std::function<bool(int, int)>& sameNumber = {}) {
    QList<int> pairedOurs(ours.size(), -1);
    QList<bool> takenTheirs(theirs.size(), false);
    QStringList a;
    QStringList b;
    for (const QString& t : ours)
        a << normalised(t);
    for (const QString& t : theirs)
        b << normalised(t);
    for (int i = 0; i < a.size(); ++i) // identical
        for (int j = 0; j < b.size(); ++j)
            if (!takenTheirs[j] && a[i] == b[j]) {
                pairedOurs[i] = j;
                takenTheirs[j] = true;
                break;
            }
    struct Pair {
        double score;
        int i;
        int j;
    };
    QList<Pair> pairs;
    for (int i = 0; i < a.size(); ++i) {
        if (pairedOurs[i] >= 0)
            continue;
        for (int j = 0; j < b.size(); ++j) {
            if (takenTheirs[j])
                continue;
            const double score = textSimilarity(a[i], b[j]);
            const bool numbered = sameNumber && sameNumber(i, j);
            if (score >= SameItem || (numbered && score >= SameNumberedItem))
                pairs.append({score + (numbered ? 1.0 : 0.0), i, j}); // the same number first
        }
    }
    std::stable_sort(pairs.begin(), pairs.end(), [](const Pair& x, const Pair& y) { return x.score > y.score; });
    for (const Pair& p : pairs)
        if (pairedOurs[p.i] < 0 && !takenTheirs[p.j]) {
            pairedOurs[p.i] = p.j;
            takenTheirs[p.j] = true;
        }
    return pairedOurs;
}

qint64 countOf(const QSqlDatabase& db, const QString& sql, Id id) {
    Query q(db, sql);
    return q.add(id).scalar().toLongLong();
}

// What the office did on a finding or a measure: the records hanging from it, and the edits of
// its status, deadline, people or sign-off (not of the text a bulletin brings).
// What a ledger sheet's row says of a measure that differs from the ledger: status (when the sheet
// says progress), deadline, unit, person. Reads only.
QStringList sheetChanges(Ledger& ledger, const Measure& m, const ParsedMeasure& d, bool progressSaid, QDate reference) {
    QStringList fields;
    if (progressSaid) {
        if (ledgerStatus(statusOfWords(d.progress)) != m.status)
            fields << QStringLiteral("status");
    }
    if (const Deadline own = parseDeadline(d.deadline, reference); own.kind != DeadlineKind::None && !(own == m.deadline))
        fields << QStringLiteral("deadline");
    const QString unit = d.leadUnit.trimmed();
    if (!unit.isEmpty() && (!m.unitId || ledger.units().unit(*m.unitId).name != unit))
        fields << QStringLiteral("unit");
    const QString person = d.person.trimmed();
    if (!person.isEmpty() && (!m.personId || ledger.units().person(*m.personId).name != person))
        fields << QStringLiteral("person");
    return fields;
}

QStringList workOn(const QSqlDatabase& db, const QString& table, Id id) {
    const QString column = table == u"findings" ? QStringLiteral("finding_id") : QStringLiteral("measure_id");
    QStringList work;
    const std::pair<const char*, QString> kinds[] = {
        {"progress_notes", Text::tr("%1 条进展情况")}, {"evidence", Text::tr("%1 份佐证材料")},
        {"results", Text::tr("%1 项整改成果")},        {"deadline_extensions", Text::tr("%1 次延期")},
        {"signoffs", Text::tr("%1 次销号")},           {"followup_reviews", Text::tr("%1 次回头看")}};
    for (const auto& [child, label] : kinds) {
        if (table == u"measures" && (qstrcmp(child, "signoffs") == 0 || qstrcmp(child, "followup_reviews") == 0))
            continue;
        const qint64 n = countOf(
            db, QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?").arg(QLatin1String(child), column), id);
        if (n > 0)
            work << label.arg(n);
    }
    // a finding's own edits and its measures' (their entries carry its id); a measure's own
    const QString whose = table == u"findings" ? QStringLiteral("finding_id = ?")
                                               : QStringLiteral("entity = 'measures' AND entity_id = ?");
    const qint64 edits = countOf(
        db,
        QStringLiteral("SELECT count(*) FROM history WHERE %1 AND action = 'update' "
                       "AND field NOT IN ('title', 'text', 'outcome', 'difficulties', 'description', 'number', "
                       "'category_id', 'sort_order')")
            .arg(whose),
        id);
    if (edits > 0)
        work << Text::tr("%1 次状态、时限或责任的修改").arg(edits);
    return work;
}

QString findingLabel(const QString& number, const QString& title) {
    return Text::tr("问题 %1“%2”").arg(number, title.left(30));
}

QString actionCode(UpdatePlan::Action action) {
    switch (action) {
    case UpdatePlan::Action::Add:
        return QStringLiteral("add");
    case UpdatePlan::Action::Update:
        return QStringLiteral("update");
    case UpdatePlan::Action::Keep:
        return QStringLiteral("keep");
    case UpdatePlan::Action::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

QStringList inspectionDifferences(const Inspection& a, const Inspection& b) {
    QStringList fields;
    const auto differ = [&](const char* name, const auto& x, const auto& y) {
        if (x != y)
            fields << QString::fromLatin1(name);
    };
    differ("title", a.title, b.title);
    differ("team", a.team, b.team);
    differ("type", a.type, b.type);
    differ("onsite_start", a.onsiteStart, b.onsiteStart);
    differ("onsite_end", a.onsiteEnd, b.onsiteEnd);
    differ("feedback_date", a.feedbackDate, b.feedbackDate);
    differ("issuing_body", a.issuingBody, b.issuingBody);
    differ("published_date", a.publishedDate, b.publishedDate);
    differ("organisation_text", a.organisationText, b.organisationText);
    differ("next_steps_text", a.nextStepsText, b.nextStepsText);
    differ("contact_text", a.contactText, b.contactText);
    differ("stated_totals", a.stated, b.stated);
    return fields;
}

} // namespace

double textSimilarity(const QString& a, const QString& b) {
    const QString x = normalised(a);
    const QString y = normalised(b);
    if (x == y)
        return 1.0;
    if (x.size() < 2 || y.size() < 2)
        return 0.0;
    QHash<QString, int> pairs;
    for (qsizetype i = 0; i + 1 < x.size(); ++i)
        ++pairs[x.mid(i, 2)];
    int shared = 0;
    for (qsizetype i = 0; i + 1 < y.size(); ++i) {
        auto it = pairs.find(y.mid(i, 2));
        if (it != pairs.end() && it.value() > 0) {
            --it.value();
            ++shared;
        }
    }
    return 2.0 * shared / double((x.size() - 1) + (y.size() - 1));
}

int UpdatePlan::count(Action action) const {
    return int(std::count_if(findings.begin(), findings.end(), [&](const FindingChange& f) { return f.action == action; }));
}

int UpdatePlan::measureCount(Action action) const {
    int n = 0;
    for (const FindingChange& f : findings)
        for (const MeasureChange& m : f.measures)
            n += m.action == action ? 1 : 0;
    return n;
}

QList<UpdatePlan::Removal> UpdatePlan::removalsWithWork() const {
    QList<Removal> removals;
    for (const FindingChange& f : findings) {
        if (f.action == Action::Remove && !f.work.isEmpty())
            removals.append({QStringLiteral("findings"), *f.existing, findingLabel(f.number, f.title), f.work});
        if (f.action == Action::Remove)
            continue; // its measures go with it
        for (const MeasureChange& m : f.measures)
            if (m.action == Action::Remove && !m.work.isEmpty())
                removals.append({QStringLiteral("measures"), *m.existing,
                                 Text::tr("%1的措施“%2”").arg(findingLabel(f.number, f.title), m.text.left(30)), m.work});
    }
    return removals;
}

bool UpdatePlan::changesNothing() const {
    if (!inspectionFields.isEmpty() || !newCategories.isEmpty())
        return false;
    for (const FindingChange& f : findings) {
        if (f.action != Action::Keep)
            return false;
        for (const MeasureChange& m : f.measures)
            if (m.action != Action::Keep)
                return false;
    }
    return true;
}

UpdatePlan planBulletinUpdate(Ledger& ledger, Id inspectionId, const ParsedBulletin& bulletin) {
    const QSqlDatabase& db = ledger.database().connection();
    UpdatePlan plan;
    plan.inspectionId = inspectionId;
    const Inspection current = ledger.inspections().inspection(inspectionId);
    plan.inspectionFields = inspectionDifferences(current, inspectionFrom(ledger, bulletin, current, false));

    const QList<Category> categories = ledger.inspections().categories(inspectionId);
    for (const ParsedCategory& c : bulletin.categories) {
        const QString title = c.title.trimmed();
        if (std::none_of(categories.begin(), categories.end(), [&](const Category& k) { return k.title == title; }))
            plan.newCategories << title;
    }

    const QList<Finding> existing = ledger.findings().findings(inspectionId);
    QStringList ourTitles;
    for (const Finding& f : existing)
        ourTitles << f.title;
    QStringList theirTitles;
    for (const ParsedFinding& pf : bulletin.findings)
        theirTitles << pf.title;
    const auto kindOf = [](ParsedFinding::Kind k) {
        return k == ParsedFinding::Kind::Problem ? FindingKind::Problem : FindingKind::Suggestion;
    };
    const QList<int> paired = match(ourTitles, theirTitles, [&](int i, int j) {
        return existing[i].kind == kindOf(bulletin.findings[j].kind) &&
               existing[i].number.trimmed() == bulletin.findings[j].number.trimmed();
    });

    QList<bool> theirsMatched(bulletin.findings.size(), false);
    for (int i = 0; i < existing.size(); ++i) {
        const Finding& ours = existing[i];
        UpdatePlan::FindingChange change;
        change.existing = ours.id;
        change.number = ours.number;
        change.title = ours.title;
        if (paired[i] < 0) {
            change.action = UpdatePlan::Action::Remove;
            change.work = workOn(db, QStringLiteral("findings"), ours.id);
            for (const Measure& m : ledger.findings().measures(ours.id))
                change.measures.append({UpdatePlan::Action::Remove, m.id, -1, m.text, {}, {}, {}});
            plan.findings.append(change);
            continue;
        }
        const ParsedFinding& pf = bulletin.findings[paired[i]];
        theirsMatched[paired[i]] = true;
        change.parsedIndex = paired[i];
        const Finding theirs = findingFrom(pf, inspectionId, {});
        if (theirs.title != ours.title)
            change.fields << QStringLiteral("title");
        if (theirs.number != ours.number)
            change.fields << QStringLiteral("number");
        if (!theirs.outcome.isEmpty() && theirs.outcome != ours.outcome)
            change.fields << QStringLiteral("outcome");
        if (!theirs.difficulties.isEmpty() && theirs.difficulties != ours.difficulties)
            change.fields << QStringLiteral("difficulties");
        change.title = pf.title;
        change.number = pf.number;

        const QList<Measure> measures = ledger.findings().measures(ours.id);
        QStringList ourTexts;
        for (const Measure& m : measures)
            ourTexts << m.text;
        const QList<int> measurePairs = match(ourTexts, pf.measures);
        QList<bool> textMatched(pf.measures.size(), false);
        for (int k = 0; k < measures.size(); ++k) {
            UpdatePlan::MeasureChange mc;
            mc.existing = measures[k].id;
            if (measurePairs[k] < 0) {
                mc.action = UpdatePlan::Action::Remove;
                mc.text = measures[k].text;
                mc.work = workOn(db, QStringLiteral("measures"), measures[k].id);
            } else {
                textMatched[measurePairs[k]] = true;
                mc.parsedIndex = measurePairs[k];
                mc.text = pf.measures[measurePairs[k]];
                if (mc.text != measures[k].text)
                    mc.fields << QStringLiteral("text");
                // a ledger sheet says each measure's status, deadline, unit and person too
                if (const int d = measurePairs[k]; d < pf.measureDetails.size())
                    mc.fields += sheetChanges(ledger, measures[k], pf.measureDetails[d], saysProgress(pf),
                                              bulletin.deadlineReference());
                mc.action = mc.fields.isEmpty() ? UpdatePlan::Action::Keep : UpdatePlan::Action::Update;
                if (mc.action == UpdatePlan::Action::Update)
                    mc.before = measures[k].text;
            }
            change.measures.append(mc);
        }
        for (int t = 0; t < pf.measures.size(); ++t)
            if (!textMatched[t])
                change.measures.append({UpdatePlan::Action::Add, std::nullopt, t, pf.measures[t], {}, {}, {}});
        const bool measuresChange = std::any_of(change.measures.begin(), change.measures.end(), [](const auto& m) {
            return m.action != UpdatePlan::Action::Keep;
        });
        change.action = change.fields.isEmpty() && !measuresChange ? UpdatePlan::Action::Keep : UpdatePlan::Action::Update;
        plan.findings.append(change);
    }
    for (int j = 0; j < bulletin.findings.size(); ++j) {
        if (theirsMatched[j])
            continue;
        const ParsedFinding& pf = bulletin.findings[j];
        UpdatePlan::FindingChange change;
        change.action = UpdatePlan::Action::Add;
        change.parsedIndex = j;
        change.number = pf.number;
        change.title = pf.title;
        for (int t = 0; t < pf.measures.size(); ++t)
            change.measures.append({UpdatePlan::Action::Add, std::nullopt, t, pf.measures[t], {}, {}, {}});
        plan.findings.append(change);
    }
    return plan;
}

bool ConfirmedRemovals::contains(const UpdatePlan::Removal& removal) const {
    return (removal.table == u"findings" ? findings : measures).contains(removal.id);
}

void ConfirmedRemovals::insert(const UpdatePlan::Removal& removal) {
    (removal.table == u"findings" ? findings : measures).insert(removal.id);
}

void applyBulletinUpdate(Ledger& ledger, const UpdatePlan& plan, const ParsedBulletin& bulletin,
                         const QString& sourceHash, const ConfirmedRemovals& confirmed) {
    if (bulletin.findings.isEmpty())
        throw Error(Error::Kind::Invalid, Text::tr("文件中没有找到任何问题条目，未导入"));
    ledger.rows().atomically([&] {
        const Id inspectionId = plan.inspectionId;
        // the office's round and inspected unit stay; the document's texts and dates come in
        Inspection inspection = inspectionFrom(ledger, bulletin, ledger.inspections().inspection(inspectionId), false);
        inspection.sourceHash = sourceHash;
        ledger.inspections().updateInspection(inspection);

        // The document's categories, found by title or added, in its order.
        QList<Id> categoryIds;
        const QList<Category> categories = ledger.inspections().categories(inspectionId);
        for (const ParsedCategory& c : bulletin.categories) {
            const QString title = c.title.trimmed();
            const auto found =
                std::find_if(categories.begin(), categories.end(), [&](const Category& k) { return k.title == title; });
            categoryIds.append(found != categories.end()
                                   ? found->id
                                   : ledger.inspections().addCategory(
                                         {0, inspectionId, QStringLiteral("（%1）").arg(c.number), c.title, 0}));
        }

        const QSqlDatabase& db = ledger.database().connection();
        // Removed when nothing was done on it (looked at again now) or when confirmed.
        const auto mayRemove = [&](const QString& table, Id id) {
            return (table == u"findings" ? confirmed.findings : confirmed.measures).contains(id) ||
                   workOn(db, table, id).isEmpty();
        };
        for (const UpdatePlan::FindingChange& change : plan.findings) {
            switch (change.action) {
            case UpdatePlan::Action::Add:
                addParsedFinding(ledger, bulletin.findings[change.parsedIndex], inspectionId, categoryIds,
                                 bulletin.deadlineReference());
                continue;
            case UpdatePlan::Action::Remove:
                if (mayRemove(QStringLiteral("findings"), *change.existing))
                    ledger.findings().removeFinding(*change.existing);
                continue;
            case UpdatePlan::Action::Keep:
                continue;
            case UpdatePlan::Action::Update:
                break;
            }
            const ParsedFinding& pf = bulletin.findings[change.parsedIndex];
            Finding ours = ledger.findings().finding(*change.existing);
            const Finding theirs = findingFrom(pf, inspectionId, categoryIds);
            // The text the document brings; status, deadline, people and sign-off stay the office's.
            ours.title = theirs.title;
            ours.number = theirs.number;
            if (!theirs.outcome.isEmpty())
                ours.outcome = theirs.outcome;
            if (!theirs.difficulties.isEmpty())
                ours.difficulties = theirs.difficulties;
            if (theirs.categoryId)
                ours.categoryId = theirs.categoryId;
            ledger.findings().updateFinding(ours);
            for (const UpdatePlan::MeasureChange& mc : change.measures) {
                switch (mc.action) {
                case UpdatePlan::Action::Add: {
                    Measure m = measureFrom(mc.text, ours.id, ours);
                    if (mc.parsedIndex >= 0 && mc.parsedIndex < pf.measureDetails.size())
                        applyMeasureDetails(ledger, m, pf.measureDetails[mc.parsedIndex], saysProgress(pf),
                                            bulletin.deadlineReference());
                    ledger.findings().addMeasure(m);
                    break;
                }
                case UpdatePlan::Action::Update: {
                    Measure m = ledger.findings().measure(*mc.existing);
                    m.text = mc.text;
                    if (mc.parsedIndex >= 0 && mc.parsedIndex < pf.measureDetails.size()) {
                        // only what the plan saw change: a field the sheet leaves as it was keeps
                        // what the office did meanwhile
                        Measure sheet = m;
                        applyMeasureDetails(ledger, sheet, pf.measureDetails[mc.parsedIndex], saysProgress(pf),
                                            bulletin.deadlineReference());
                        if (mc.fields.contains(QStringLiteral("status"))) {
                            m.status = sheet.status;
                            m.completedDate = sheet.completedDate;
                        }
                        if (mc.fields.contains(QStringLiteral("deadline")))
                            m.deadline = sheet.deadline;
                        if (mc.fields.contains(QStringLiteral("unit")))
                            m.unitId = sheet.unitId;
                        if (mc.fields.contains(QStringLiteral("person")))
                            m.personId = sheet.personId;
                    }
                    ledger.findings().updateMeasure(m, ledger.recordDay());
                    break;
                }
                case UpdatePlan::Action::Remove:
                    if (mayRemove(QStringLiteral("measures"), *mc.existing))
                        ledger.findings().removeMeasure(*mc.existing);
                    break;
                case UpdatePlan::Action::Keep:
                    break;
                }
            }
        }
    });
}

QString planSummary(const UpdatePlan& plan) {
    using A = UpdatePlan::Action;
    const qsizetype asked = plan.removalsWithWork().size();
    const QString kept = asked == 0 ? QString() : Text::tr("（其中 %1 条已有工作，确认后才删除，否则保留）").arg(asked);
    return Text::tr("问题 新增 %1 个、修改 %2 个、不变 %3 个、删除 %4 个；措施 新增 %5 条、修改 %6 条、删除 %7 条")
               .arg(plan.count(A::Add))
               .arg(plan.count(A::Update))
               .arg(plan.count(A::Keep))
               .arg(plan.count(A::Remove))
               .arg(plan.measureCount(A::Add))
               .arg(plan.measureCount(A::Update))
               .arg(plan.measureCount(A::Remove)) +
           kept;
}

QJsonObject toJson(const UpdatePlan& plan) {
    QJsonArray findings;
    for (const UpdatePlan::FindingChange& f : plan.findings) {
        QJsonArray measures;
        for (const UpdatePlan::MeasureChange& m : f.measures) {
            QJsonObject measure{{QStringLiteral("action"), actionCode(m.action)}, {QStringLiteral("text"), m.text}};
            if (m.existing)
                measure.insert(QStringLiteral("id"), *m.existing);
            if (m.action == UpdatePlan::Action::Update) {
                measure.insert(QStringLiteral("before"), m.before);
                measure.insert(QStringLiteral("fields"), QJsonArray::fromStringList(m.fields));
            }
            if (!m.work.isEmpty())
                measure.insert(QStringLiteral("work"), QJsonArray::fromStringList(m.work));
            measures.append(measure);
        }
        QJsonObject finding{{QStringLiteral("action"), actionCode(f.action)},
                            {QStringLiteral("number"), f.number},
                            {QStringLiteral("title"), f.title},
                            {QStringLiteral("measures"), measures}};
        if (f.existing)
            finding.insert(QStringLiteral("id"), *f.existing);
        if (!f.fields.isEmpty())
            finding.insert(QStringLiteral("fields"), QJsonArray::fromStringList(f.fields));
        if (!f.work.isEmpty())
            finding.insert(QStringLiteral("work"), QJsonArray::fromStringList(f.work));
        findings.append(finding);
    }
    QJsonArray needConfirmation;
    for (const UpdatePlan::Removal& r : plan.removalsWithWork())
        needConfirmation.append(QJsonObject{{QStringLiteral("table"), r.table},
                                            {QStringLiteral("id"), r.id},
                                            {QStringLiteral("label"), r.label},
                                            {QStringLiteral("work"), QJsonArray::fromStringList(r.work)}});
    using A = UpdatePlan::Action;
    return QJsonObject{
        {QStringLiteral("inspection"), plan.inspectionId},
        {QStringLiteral("inspection_fields"), QJsonArray::fromStringList(plan.inspectionFields)},
        {QStringLiteral("new_categories"), QJsonArray::fromStringList(plan.newCategories)},
        {QStringLiteral("findings_added"), plan.count(A::Add)},
        {QStringLiteral("findings_updated"), plan.count(A::Update)},
        {QStringLiteral("findings_kept"), plan.count(A::Keep)},
        {QStringLiteral("findings_removed"), plan.count(A::Remove)},
        {QStringLiteral("measures_added"), plan.measureCount(A::Add)},
        {QStringLiteral("measures_updated"), plan.measureCount(A::Update)},
        {QStringLiteral("measures_removed"), plan.measureCount(A::Remove)},
        {QStringLiteral("removals_needing_confirmation"), needConfirmation},
        {QStringLiteral("findings"), findings},
    };
}

} // namespace rectrack
