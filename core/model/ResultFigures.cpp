#include "ResultFigures.h"

#include <QCoreApplication>

namespace rectrack {

QList<ResultFigure> resultFigures(const LedgerStats& summed, const StatedResults& stated) {
    QList<ResultFigure> out;
    const auto count = [&](const char* key, const char* label, const char* unit, int fromFindings) {
        const QString k = QString::fromLatin1(key);
        const int fromBulletin = stated.count(k).value_or(-1);
        const bool useStated = fromBulletin >= fromFindings && fromBulletin > 0;
        const int value = useStated ? fromBulletin : fromFindings;
        if (value > 0)
            out.append({k, QString::fromUtf8(label), QString::fromUtf8(unit), QString::number(value), useStated});
    };
    const auto money = [&](const char* key, const char* label, Money fromFindings) {
        const QString k = QString::fromLatin1(key);
        const std::optional<Money> fromBulletin = stated.amount(k);
        const bool useStated = fromBulletin && fromBulletin->fen() >= fromFindings.fen() && fromBulletin->fen() > 0;
        const Money value = useStated ? *fromBulletin : fromFindings;
        if (value.fen() != 0)
            out.append({k, QString::fromUtf8(label), QStringLiteral("万元"), value.toWanString(), useStated});
    };
    count("rules_made", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "制定制度"), QT_TRANSLATE_NOOP("rectrack::ResultFigures", "个"), summed.rulesMade);
    money("recovered_loss_wan_yuan", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "挽回经济损失"), summed.recovered);
    money("funds_returned_wan_yuan", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "清退资金"), summed.fundsReturned);
    money("funds_recovered_wan_yuan", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "追缴资金"), Money());
    count("accountability_persons", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "问责"), QT_TRANSLATE_NOOP("rectrack::ResultFigures", "人"), summed.accountablePersons);
    // The people handled by kind: only as the bulletin stated them (findings do not record them).
    static const struct {
        const char* key;
        const char* label;
    } people[] = {
        {"persons_disciplined", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "给予党纪政务处分")},
        {"persons_party_discipline", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "给予党纪处分")},
        {"persons_government_discipline", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "给予政务处分")},
        {"persons_organisational", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "组织处理")},
        {"persons_admonished", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "诫勉")},
        {"persons_investigated", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "交由纪委监委调查")},
        {"persons_criticised", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "批评教育")},
        {"persons_reminder_talk", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "提醒谈话")},
        {"persons_ordered_review", QT_TRANSLATE_NOOP("rectrack::ResultFigures", "责令检查")},
    };
    for (const auto& p : people)
        count(p.key, p.label, QT_TRANSLATE_NOOP("rectrack::ResultFigures", "人"), 0);
    return out;
}

QString ResultFigure::displayLabel() const {
    return QCoreApplication::translate("rectrack::ResultFigures", label.toUtf8().constData());
}

QString resultsSentence(const QList<ResultFigure>& figures) {
    QStringList parts;
    for (const ResultFigure& f : figures)
        parts.append(f.label + f.value + f.unit);
    return parts.isEmpty() ? QString() : parts.join(u'，') + u'。';
}

} // namespace rectrack
