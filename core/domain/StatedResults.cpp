#include "StatedResults.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rectrack {

QString StatedResults::toText() const {
    if (isEmpty())
        return {};
    QJsonObject counted, amounted, said;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        counted.insert(it.key(), it.value());
    for (auto it = amounts.cbegin(); it != amounts.cend(); ++it)
        amounted.insert(it.key(), it.value().toWanString()); // a decimal string: exact
    for (auto it = phrases.cbegin(); it != phrases.cend(); ++it)
        said.insert(it.key(), it.value());
    QJsonObject all{{QStringLiteral("counts"), counted}, {QStringLiteral("amounts_wan_yuan"), amounted}};
    if (completionRate)
        all.insert(QStringLiteral("completion_rate"), *completionRate);
    if (!said.isEmpty())
        all.insert(QStringLiteral("phrases"), said);
    return QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact));
}

StatedResults StatedResults::fromText(const QString& text) {
    StatedResults r;
    if (text.isEmpty())
        return r;
    const QJsonObject all = QJsonDocument::fromJson(text.toUtf8()).object();
    const QJsonObject counted = all.value(QStringLiteral("counts")).toObject();
    for (auto it = counted.begin(); it != counted.end(); ++it)
        if (it.value().isDouble())
            r.counts.insert(it.key(), it.value().toInt());
    const QJsonObject amounted = all.value(QStringLiteral("amounts_wan_yuan")).toObject();
    for (auto it = amounted.begin(); it != amounted.end(); ++it)
        if (const auto m = Money::parseWan(it.value().toString()))
            r.amounts.insert(it.key(), *m);
    if (all.value(QStringLiteral("completion_rate")).isDouble())
        r.completionRate = all.value(QStringLiteral("completion_rate")).toDouble();
    const QJsonObject said = all.value(QStringLiteral("phrases")).toObject();
    for (auto it = said.begin(); it != said.end(); ++it)
        r.phrases.insert(it.key(), it.value().toString());
    return r;
}

} // namespace rectrack
