#pragma once
// The records of the ledger, as core hands them out and takes them in.
// Ids are 0 until stored. Optional references are std::optional.

#include "Deadline.h"
#include "Enums.h"
#include "Money.h"
#include "StatedResults.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace rectrack {

using Id = qint64;
using OptionalId = std::optional<Id>;

struct Unit {
    Id id = 0;
    OptionalId parentId;
    QString name;
    int sortOrder = 0;
};

struct Person {
    Id id = 0;
    QString name;
    QString title; // 职务, e.g. 党组书记、局长
    OptionalId unitId;
    QString phone;
};

struct InspectionRound {
    Id id = 0;
    QString name; // 十三届市委第六轮巡察
    InspectionKind kind = InspectionKind::Xuncha;
    QString level; // 省委 / 市委 / 县委
    int year = 0;
};

struct Inspection {
    Id id = 0;
    Id roundId = 0;
    QString title;
    QString team; // 第七巡察组
    OptionalId inspectedUnitId;
    InspectionType type = InspectionType::Regular;
    QDate onsiteStart;
    QDate onsiteEnd;
    QDate feedbackDate;
    QDate rectificationEnd;   // end of concentrated rectification
    QString organisationText; // how the rectification work was organised
    QString nextStepsText;
    QString contactText; // contact block for public supervision
    QString issuingBody;
    QDate publishedDate;
    QString sourceHash; // SHA-256 of the document it was imported from, if any
    StatedResults stated; // the figures its bulletin states for it (an import, or typed in)
    int rowVersion = 0;
};

struct Category {
    Id id = 0;
    Id inspectionId = 0;
    QString number; // as written: （一）
    QString title;
    int sortOrder = 0;
};

struct Finding {
    Id id = 0;
    Id inspectionId = 0;
    OptionalId categoryId;
    FindingKind kind = FindingKind::Problem;
    QString number; // as written: 1, 23, 一
    int sortOrder = 0;
    QString title;
    QString description;
    Status status = Status::NotStarted; // derived from measures when it has any
    Deadline deadline;
    OptionalId leaderId;
    OptionalId leadUnitId;
    QList<Id> coUnitIds;
    QString outcome;
    QString difficulties;
    SignOffState signOff = SignOffState::None;
    bool reopened = false;
    // 不公开: why the public bulletin leaves this finding's details out (涉密, 正在查办, 个人隐私,
    // or the office's own words); empty: public.
    QString withheld;
    int rowVersion = 0;
};

struct Measure {
    Id id = 0;
    Id findingId = 0;
    int sortOrder = 0;
    QString text;
    OptionalId unitId;
    OptionalId personId;
    Deadline deadline;
    Status status = Status::NotStarted;
    QDate completedDate;
    int rowVersion = 0;
};

struct ProgressNote {
    Id id = 0;
    Id findingId = 0;
    OptionalId measureId;
    QDate date;
    QString author;
    QString text;
};

struct EvidenceFile {
    Id id = 0;
    Id findingId = 0;
    OptionalId measureId;
    QString fileName; // as the user named it; never used as a path
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt;
    QString addedBy;
};

// Quantified results (整改成效的量化数据) of a finding, or of one of its measures.
struct QuantifiedResult {
    Id id = 0;
    Id findingId = 0;
    OptionalId measureId;
    int rulesMade = 0;
    QString ruleTitles; // one title per line
    Money recovered;    // 挽回经济损失
    int accountablePersons = 0;
    Money fundsReturned; // 清退资金

    bool isEmpty() const {
        return rulesMade == 0 && ruleTitles.isEmpty() && recovered.fen() == 0 && accountablePersons == 0 &&
               fundsReturned.fen() == 0;
    }
};

enum class SignOffAction { Request, Approve, Return };

struct SignOffRecord {
    Id id = 0;
    Id findingId = 0;
    SignOffAction action = SignOffAction::Request;
    QString actor;
    QDateTime at;
    QString comment;
};

enum class ReviewResult { Confirmed, Rebounded };

struct FollowUpReview {
    Id id = 0;
    Id findingId = 0;
    QDate reviewDate;
    QString reviewer;
    ReviewResult result = ReviewResult::Confirmed;
    QString comment;
};

// 延期: a deadline moved, with the old and new deadline and why.
struct DeadlineExtension {
    Id id = 0;
    Id findingId = 0;
    OptionalId measureId;
    Deadline oldDeadline;
    Deadline newDeadline;
    QString reason;
    QString requestedBy;
    QDateTime requestedAt;
};

struct HistoryEntry {
    Id id = 0;
    QDateTime at;
    QString actor;
    QString entity; // table name: findings, measures, ...
    Id entityId = 0;
    OptionalId findingId; // the finding the entity belongs to, when it belongs to one
    QString action;       // create / update / delete
    QString field;        // column name; "*" for a whole-row snapshot
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
    QString hash;
};

} // namespace rectrack
