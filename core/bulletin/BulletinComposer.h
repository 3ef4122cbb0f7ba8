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
    QStringList measures; // in order
};

struct BulletinData {
    Inspection inspection;
    InspectionRound round;
    QString inspectedUnit;
    LedgerStats stats;               // of this inspection, as on the dashboard
    QList<BulletinFinding> findings; // problems and suggestions, by category then number
};

// The parts a person writes. Empty parts are left out of the document.
struct BulletinTexts {
    QString title;
    QString preamble;
    QString organisation; // one paragraph per line; lines starting （一） are headings
    QString nextSteps;
    QString contact;
    QString issuingBody;
    QDate date;

    bool operator==(const BulletinTexts&) const = default;
};

// The texts as stored with the inspection, with a composed title, preamble and signature
// where the inspection has none.
BulletinTexts defaultBulletinTexts(const BulletinData& data, QDate today);

BulletinDocument composeBulletin(const BulletinData& data, const BulletinTexts& texts);

// 2024年7月17日
QString chineseDate(QDate date);
// 整改时限 as an official document writes it: 2024年7月17日, 立行立改, 长期坚持, 持续推进; empty for none.
QString deadlineText(const Deadline& deadline);

} // namespace rectrack
