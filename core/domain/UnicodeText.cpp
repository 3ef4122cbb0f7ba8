#include "UnicodeText.h"

namespace rectrack {

namespace {
constexpr char32_t LoneSurrogate = 0xFFFFFFFF; // not a code point

// Calls `visit` with each code point of the text; half a surrogate pair is LoneSurrogate.
template <typename Visit>
void forEachCodePoint(QStringView text, Visit visit) {
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < n && text[i + 1].isLowSurrogate()) {
            visit(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            visit(c.isSurrogate() ? LoneSurrogate : char32_t(c.unicode()));
        }
    }
}

bool printable(char32_t c) {
    return c <= QChar::LastValidCodePoint && QChar::isPrint(c);
}

void append(QString& out, char32_t c) {
    out += QString::fromUcs4(&c, 1);
}
} // namespace

bool isWellFormed(QStringView text) {
    return text.isValidUtf16();
}

QString withLoneSurrogatesReplaced(const QString& text) {
    if (isWellFormed(text))
        return text;
    QString out;
    out.reserve(text.size());
    forEachCodePoint(text, [&out](char32_t c) { append(out, c == LoneSurrogate ? char32_t(QChar::ReplacementCharacter) : c); });
    return out;
}

bool isPrintable(QStringView text) {
    bool all = true;
    forEachCodePoint(text, [&all](char32_t c) { all = all && printable(c); });
    return all;
}

QString printablePart(QStringView text) {
    QString out;
    forEachCodePoint(text, [&out](char32_t c) {
        if (printable(c))
            append(out, c);
    });
    return out;
}

} // namespace rectrack
