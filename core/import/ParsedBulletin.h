#pragma once
// What the bulletin parser found in a document, before anything is saved: the user checks
// it in the preview (or reads it as JSON), warnings included.

#include "BulletinOutline.h"
#include "domain/Money.h"
#include "domain/StatedResults.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace rectrack {

struct ParsedCategory {
    QString number; // 一, 二 … as written
    QString title;
};

// A measure with its own unit, person, deadline and progress: what a ledger sheet says of each
// (a bulletin says only its text).
struct ParsedMeasure {
    QString text;
    QString leadUnit;
    QStringList coUnits;
    QString person;
    QString deadline; // as written
    QString progress; // as written: 已完成, 正在推进 …
    QString completedOn; // as written
};

struct ParsedFinding {
    enum class Kind { Problem, Suggestion };
    enum class Status { Unknown, Completed, InProgress, Ongoing };
    Kind kind = Kind::Problem;
    QString number; // as written: 1, 23
    QString title;
    std::optional<int> category; // index into categories
    Status status = Status::Unknown;
    QString deadline;      // 整改时限 as written: 持续推进, 2025年6月底 …
    QStringList measures;  // 整改措施, one per ①/一是 item
    QStringList outcomes;  // 整改成效 / 整改情况 / 整改进展情况
    QString difficulties;  // 存在的困难
    // From a ledger sheet: who answers for it, and each measure's details in the order of
    // `measures` (empty for a bulletin, whose measures share the finding's deadline and status).
    QString leader;
    QString leadUnit;
    QStringList coUnits;
    QStringList persons;
    QList<ParsedMeasure> measureDetails;
    int sourceOffset = -1; // where its heading starts in the cleaned text
    QStringList warnings;  // what looks wrong about this item (also in the bulletin's warnings)
};

// Totals stated in the prose, under the keys of docs/import.md: counts (problems, measures,
// persons_disciplined …), sums of money in 万元 (recovered_loss_wan_yuan, funds_returned_wan_yuan
// …), and each one's words as the bulletin wrote them. Kept on the inspection as it is.
using StatedTotals = StatedResults;

// How the user told the parser to read a document whose structure it guessed wrong (the
// import preview's corrections): which numbering level holds the problems and which the
// categories, and headings (by their offset in the cleaned text) marked as a problem, as not a
// problem, or as part of the problem before them.
struct BulletinReading {
    std::optional<HeadingLevel> problemLevel;
    std::optional<HeadingLevel> categoryLevel; // HeadingLevel::None: no categories
    QSet<int> problems;
    QSet<int> notProblems;
    QSet<int> mergedWithPrevious;

    bool isEmpty() const {
        return !problemLevel && !categoryLevel && problems.isEmpty() && notProblems.isEmpty() &&
               mergedWithPrevious.isEmpty();
    }
};

struct ParsedBulletin {
    QString title;
    QString issuingBody;
    QString inspectedUnit;
    QString team;
    QString round;
    QString kind;  // 巡视 / 巡察
    QString level; // 省委 / 市委 / 县委 …
    QString type;  // 专项巡察, 常规巡视 …
    QDate periodStart;
    QDate periodEnd;
    QDate feedbackDate;
    QDate publishedDate;
    QDate publicationStart;
    QDate publicationEnd;
    QString organisationText;
    QString nextStepsText;
    QString contactText;
    QString contactPhone;
    QString contactAddress;
    QString contactPostcode;
    QString contactEmail;
    StatedTotals stated;
    // A ledger sheet's columns as read: each header (two rows joined by " / ") and the field key
    // it was taken for (fieldKey); empty for a document.
    QStringList sheetHeaders;
    QStringList sheetFields;
    QList<ParsedCategory> categories;
    QList<ParsedFinding> findings;
    QString format;   // txt, html, docx, pdf
    QString encoding; // of a text format
    QStringList warnings;
    // Said at the top of the preview, in plain words: the structure was unusual or the numbers
    // do not agree, so the user should check (and may correct the reading).
    QStringList doubts;
    // The reading used: the level chosen for problems and for categories, every heading with
    // its level and words (for the preview to offer corrections), and what the user corrected.
    HeadingLevel problemLevel = HeadingLevel::None;
    HeadingLevel categoryLevel = HeadingLevel::None;
    QList<OutlineLine> headings;
    BulletinReading reading;
    QString text;   // the cleaned text the offsets refer to
    QString source; // the text as read from the document, for reading it again another way

    int count(ParsedFinding::Kind kind) const;
    // The day a deadline without its year (6月底前) is counted from: the feedback, else the
    // document's date, else the end of the on-site period; invalid when it gives none.
    QDate deadlineReference() const;
    int measureCount(ParsedFinding::Kind kind, std::optional<ParsedFinding::Status> status = {}) const;
};

} // namespace rectrack
