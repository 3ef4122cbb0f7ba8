#pragma once
// The figures a bulletin states for a whole inspection — 4个方面28个问题, 已完成整改27个, 制定制度5个,
// 挽回经济损失948.19万元, 问责3人, the people handled by kind — kept on the inspection as the
// document said them, beside what the ledger's own findings add up to. Keys are those of
// docs/import.md (problems, problems_completed, rules_made, recovered_loss_wan_yuan …).

#include "domain/Money.h"

#include <QMap>
#include <QString>
#include <optional>

namespace rectrack {

struct StatedResults {
    QMap<QString, int> counts;
    QMap<QString, Money> amounts;         // 万元, exact
    std::optional<double> completionRate; // percent, as stated
    QMap<QString, QString> phrases;       // each key's words as the document wrote them

    bool isEmpty() const { return counts.isEmpty() && amounts.isEmpty() && !completionRate; }
    std::optional<int> count(const QString& key) const {
        return counts.contains(key) ? std::optional<int>(counts.value(key)) : std::nullopt;
    }
    std::optional<Money> amount(const QString& key) const {
        return amounts.contains(key) ? std::optional<Money>(amounts.value(key)) : std::nullopt;
    }
    bool operator==(const StatedResults&) const = default;

    // Stored as one compact JSON text ('' when empty), its keys in order, so the same figures
    // are always the same text (the history compares texts).
    QString toText() const;
    // The figures of a stored text; empty for '' and for text that is not such JSON.
    static StatedResults fromText(const QString& text);
};

} // namespace rectrack
