#include "ChineseNumerals.h"

namespace rectrack {

namespace {
const QString Digits = QStringLiteral("〇一二三四五六七八九");

int digitValue(QChar c) {
    if (c == u'零')
        return 0;
    if (c == u'两')
        return 2;
    return static_cast<int>(Digits.indexOf(c));
}
} // namespace

QString chineseNumeral(int value) {
    if (value <= 0 || value > 99)
        return QString::number(value);
    const int tens = value / 10;
    const int ones = value % 10;
    QString text;
    if (tens > 1)
        text += Digits[tens];
    if (tens > 0)
        text += u'十';
    if (ones > 0)
        text += Digits[ones];
    return text;
}

std::optional<int> parseChineseNumeral(const QString& text) {
    if (text.isEmpty())
        return std::nullopt;
    const qsizetype ten = text.indexOf(u'十');
    if (ten < 0) {
        if (text.size() != 1)
            return std::nullopt;
        const int d = digitValue(text[0]);
        return d > 0 ? std::optional<int>(d) : std::nullopt;
    }
    if (text.size() > 3 || text.count(u'十') != 1)
        return std::nullopt;
    int tens = 1;
    if (ten == 1) {
        tens = digitValue(text[0]);
        if (tens <= 0)
            return std::nullopt;
    } else if (ten != 0) {
        return std::nullopt;
    }
    int ones = 0;
    if (ten + 1 < text.size()) {
        ones = digitValue(text[ten + 1]);
        if (ones <= 0 || ten + 2 != text.size())
            return std::nullopt;
    }
    return tens * 10 + ones;
}

} // namespace rectrack
