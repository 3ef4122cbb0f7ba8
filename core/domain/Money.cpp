#include "Money.h"

#include <limits>

namespace rectrack {

std::optional<Money> Money::parseWan(const QString& input) {
    QString text;
    for (QChar c : input.trimmed()) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19) // full-width digits
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        else if (c == QChar(0xFF0E))
            c = u'.';
        if (c != u',' && c != QChar(0xFF0C))
            text.append(c);
    }
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text.remove(0, 1);
    }
    const qsizetype dot = text.indexOf(u'.');
    const QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    for (QChar c : whole + fraction)
        if (!c.isDigit() || c.unicode() > u'9')
            return std::nullopt;
    while (fraction.size() > 6 && fraction.endsWith(u'0'))
        fraction.chop(1);
    if (fraction.size() > 6 || whole.size() > 12)
        return std::nullopt;
    fraction = fraction.leftJustified(6, u'0');
    const qint64 fen = (whole.isEmpty() ? 0 : whole.toLongLong()) * FenPerWan + fraction.toLongLong();
    return Money(negative ? -fen : fen);
}

QString Money::toWanString() const {
    const qint64 magnitude = m_fen < 0 ? -m_fen : m_fen;
    QString text = QString::number(magnitude / FenPerWan);
    QString fraction = QString::number(magnitude % FenPerWan).rightJustified(6, u'0');
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += u'.' + fraction;
    return m_fen < 0 ? u'-' + text : text;
}

} // namespace rectrack
