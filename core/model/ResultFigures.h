#pragma once
// The quantified results of an inspection (制定制度, 挽回经济损失, 清退资金, 问责 and the people
// handled by kind) as the bulletin, the dashboard and the inspection form give them: what the
// inspection's own bulletin stated, unless the ledger's findings add up to more (results
// recorded since); each figure says which of the two it is.

#include "domain/StatedResults.h"
#include "model/LedgerStats.h"

#include <QList>
#include <QString>

namespace rectrack {

struct ResultFigure {
    QString key;     // rules_made, recovered_loss_wan_yuan … (docs/import.md)
    QString label;   // 制定制度 …: the bulletin's words (a document is in Chinese whatever the UI)
    QString unit;    // 个, 万元, 人
    QString value;   // as written in the bulletin: 5, 948.191724
    bool stated = false; // from the bulletin's own figures; else summed from the findings

    QString displayLabel() const; // the label in the UI's language
};

// The figures that are not zero, in the order the bulletin names them.
QList<ResultFigure> resultFigures(const LedgerStats& summed, const StatedResults& stated);

// The sentence of the bulletin that gives them: "制定制度5个，挽回经济损失948.191724万元，问责3人。"
// (empty when there are none).
QString resultsSentence(const QList<ResultFigure>& figures);

} // namespace rectrack
