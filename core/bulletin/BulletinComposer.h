#pragma once
// Composes the bulletin (整改情况通报) of one inspection from its data, in the structure of the
// bulletins units publish: title; preamble; 一、 how the rectification was organised; 二、
// progress — a totals sentence, the completed findings with their measures and outcomes, the
// long-term ones, those still in progress with 整改时限 and 存在的困难, the suggestions; 三、
// next steps; the contact block; the issuing body and date.
//
// Every number comes from the LedgerStats the dashboard shows; the free-text parts
// (BulletinTexts) are the inspection's own texts, which the user may change for one export
// without touching the data. The bulletin is a Chinese document whatever the interface
// language, so its words are not translated.

#include "BulletinDocument.h"
#include "domain/Entities.h"
#include "model/LedgerStats.h"

#include <QDate>
#include <QStringList>

namespace rectrack {

struct BulletinFinding {
    Finding finding;
    QStringList measures;      // in order
    int measuresCompleted = 0; // of those
};

struct BulletinData {
    Inspection inspection;
    InspectionRound round;
    QString inspectedUnit;
    LedgerStats stats;               // of this inspection, as on the dashboard
    QList<BulletinFinding> findings; // problems and suggestions, by category then number
};

// 党内通报 (internal: everything) or the public one (双公开): findings marked 不公开 are left out.
enum class BulletinVersion { Internal, Public };

// The parts a person writes. Empty parts are left out of the document.
struct BulletinTexts {
    QString title;
    QString preamble;
    QString organisation; // one paragraph per line; lines starting （一） are headings
    QString nextSteps;
    QString contact;
    QString issuingBody;
    QDate date;
    bool dateInChineseNumerals = false; // 二〇二五年六月十六日 rather than 2025年6月16日
    QString addressee;                  // 主送机关
    QStringList attachments;            // 附件说明: the attachments' names, in order
    OfficialFrame frame;                // 版头, 印章 and 版记: each part optional
    BulletinVersion version = BulletinVersion::Internal;
    // In the public version: the totals count only the findings it lists (otherwise they are
    // the inspection's, and each group says how many it leaves out).
    bool publicCountsListedOnly = false;

    bool operator==(const BulletinTexts&) const = default;
};

// The texts as stored with the inspection, with a composed title, preamble and signature
// where the inspection has none.
BulletinTexts defaultBulletinTexts(const BulletinData& data, QDate today);

BulletinDocument composeBulletin(const BulletinData& data, const BulletinTexts& texts);

// What the public version leaves out: one line per withheld finding (its number, title and why),
// for the person exporting it; empty for the internal version or when nothing is withheld.
QStringList withheldFromBulletin(const BulletinData& data, const BulletinTexts& texts);

// 2024年7月17日
QString chineseDate(QDate date);
// 二〇二四年七月十七日
QString chineseNumeralDate(QDate date);
// 整改时限 as an official document writes it: 2024年7月17日, 立行立改, 长期坚持, 持续推进; empty for none.
QString deadlineText(const Deadline& deadline);

} // namespace rectrack
