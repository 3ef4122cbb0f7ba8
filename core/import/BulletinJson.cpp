#include "BulletinJson.h"

#include "StatedTotalsReader.h"

#include "domain/Deadline.h"
#include "ledger/SheetBulletin.h"

#include <QJsonArray>

namespace rectrack {

namespace {
QJsonValue dateValue(const QDate& d) {
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue textValue(const QString& s) {
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue numberValue(const QString& number) {
    bool ok = false;
    const int n = number.toInt(&ok);
    return ok ? QJsonValue(n) : QJsonValue(number);
}

QJsonValue statusValue(ParsedFinding::Status s) {
    switch (s) {
    case ParsedFinding::Status::Completed:
        return QStringLiteral("completed");
    case ParsedFinding::Status::InProgress:
        return QStringLiteral("in_progress");
    case ParsedFinding::Status::Ongoing:
        return QStringLiteral("ongoing");
    case ParsedFinding::Status::Unknown:
        break;
    }
    return QJsonValue();
}

// A completion date as YYYY-MM-DD; null when none is given or it cannot be read.
QJsonValue completedValue(const QString& written) {
    const Deadline d = parseDeadline(written);
    return d.kind == DeadlineKind::Date ? QJsonValue(d.date.toString(Qt::ISODate)) : QJsonValue();
}

// A deadline as YYYY-MM-DD, immediate, long_term or continuous; as written when it is none of these.
QJsonValue deadlineValue(const QString& written, QDate reference) {
    const Deadline d = parseDeadline(written, reference);
    switch (d.kind) {
    case DeadlineKind::Date:
        return d.date.toString(Qt::ISODate);
    case DeadlineKind::Immediate:
        return QStringLiteral("immediate");
    case DeadlineKind::LongTerm:
        return QStringLiteral("long_term");
    case DeadlineKind::Continuous:
        return QStringLiteral("continuous");
    case DeadlineKind::None:
        break;
    }
    return textValue(written);
}
} // namespace

QJsonObject toJson(const ParsedBulletin& b) {
    QJsonObject totals;
    for (auto it = b.stated.counts.cbegin(); it != b.stated.counts.cend(); ++it)
        totals.insert(it.key(), it.value());
    for (auto it = b.stated.amounts.cbegin(); it != b.stated.amounts.cend(); ++it)
        totals.insert(it.key(), it.value().toWanString().toDouble());
    if (b.stated.completionRate)
        totals.insert(QStringLiteral("completion_rate"), *b.stated.completionRate);
    // Which each total is: its meaning and the words it was read from.
    QJsonObject said;
    for (auto it = b.stated.phrases.cbegin(); it != b.stated.phrases.cend(); ++it)
        said.insert(it.key(), QJsonObject{{QStringLiteral("label"), statedTotalLabel(it.key())},
                                          {QStringLiteral("text"), it.value()}});

    QJsonArray categories;
    for (const ParsedCategory& c : b.categories)
        categories.append(
            QJsonObject{{QStringLiteral("number"), c.number}, {QStringLiteral("title"), c.title}});

    // the day year-less deadlines count from: as saving takes it (BulletinImport)
    const QDate reference = b.deadlineReference().isValid() ? b.deadlineReference() : QDate::currentDate();
    QJsonArray findings;
    for (const ParsedFinding& f : b.findings) {
        // each measure's own unit, person, deadline and status, as a ledger sheet gives them
        QJsonArray details;
        for (const ParsedMeasure& m : f.measureDetails)
            details.append(QJsonObject{{QStringLiteral("text"), m.text},
                                       {QStringLiteral("lead_unit"), textValue(m.leadUnit)},
                                       {QStringLiteral("co_units"), QJsonArray::fromStringList(m.coUnits)},
                                       {QStringLiteral("person"), textValue(m.person)},
                                       {QStringLiteral("deadline"), deadlineValue(m.deadline, reference)},
                                       {QStringLiteral("status"), statusValue(statusOfWords(m.progress))},
                                       {QStringLiteral("completed_on"), completedValue(m.completedOn)}});
        findings.append(QJsonObject{
            {QStringLiteral("kind"), f.kind == ParsedFinding::Kind::Problem ? QStringLiteral("problem")
                                                                            : QStringLiteral("suggestion")},
            {QStringLiteral("number"), numberValue(f.number)},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("category"), f.category ? QJsonValue(*f.category) : QJsonValue()},
            {QStringLiteral("status"), statusValue(f.status)},
            {QStringLiteral("deadline"), textValue(f.deadline)},
            {QStringLiteral("measures"), QJsonArray::fromStringList(f.measures)},
            {QStringLiteral("outcomes"), QJsonArray::fromStringList(f.outcomes)},
            {QStringLiteral("difficulties"), textValue(f.difficulties)},
            {QStringLiteral("leader"), textValue(f.leader)},
            {QStringLiteral("lead_unit"), textValue(f.leadUnit)},
            {QStringLiteral("co_units"), QJsonArray::fromStringList(f.coUnits)},
            {QStringLiteral("persons"), QJsonArray::fromStringList(f.persons)},
            {QStringLiteral("measure_details"), details}});
    }

    return QJsonObject{
        {QStringLiteral("title"), b.title},
        {QStringLiteral("issuing_body"), textValue(b.issuingBody)},
        {QStringLiteral("inspected_unit"), textValue(b.inspectedUnit)},
        {QStringLiteral("team"), textValue(b.team)},
        {QStringLiteral("round"), textValue(b.round)},
        {QStringLiteral("kind"), textValue(b.kind)},
        {QStringLiteral("level"), textValue(b.level)},
        {QStringLiteral("type"), textValue(b.type)},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), dateValue(b.periodStart)},
                                               {QStringLiteral("end"), dateValue(b.periodEnd)}}},
        {QStringLiteral("feedback_date"), dateValue(b.feedbackDate)},
        {QStringLiteral("published_date"), dateValue(b.publishedDate)},
        {QStringLiteral("publication_window"),
         b.publicationStart.isValid()
             ? QJsonValue(QJsonArray{dateValue(b.publicationStart), dateValue(b.publicationEnd)})
             : QJsonValue()},
        {QStringLiteral("contact"), QJsonObject{{QStringLiteral("phone"), textValue(b.contactPhone)},
                                                {QStringLiteral("address"), textValue(b.contactAddress)},
                                                {QStringLiteral("postcode"), textValue(b.contactPostcode)},
                                                {QStringLiteral("email"), textValue(b.contactEmail)}}},
        {QStringLiteral("stated_totals"), totals},
        {QStringLiteral("stated_totals_said"), said},
        {QStringLiteral("doubts"), QJsonArray::fromStringList(b.doubts)},
        {QStringLiteral("reading"), QJsonObject{{QStringLiteral("problem_level"), headingLevelName(b.problemLevel)},
                                                {QStringLiteral("category_level"), headingLevelName(b.categoryLevel)}}},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("findings"), findings},
        {QStringLiteral("format"), textValue(b.format)},
        {QStringLiteral("encoding"), textValue(b.encoding)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(b.warnings)}};
}

} // namespace rectrack
