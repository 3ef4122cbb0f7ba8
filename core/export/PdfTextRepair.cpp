#include "PdfTextRepair.h"

#include "domain/UnifiedIdeographs.h"

#include <QSet>

namespace rectrack {

namespace {
bool isHex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'); }

// Rewrites the <XXXX> destination token that starts at `at` (the '<'); one BMP code point only.
int repairToken(QByteArray& pdf, qsizetype at) {
    if (at + 5 >= pdf.size() || pdf[at + 5] != '>')
        return 0;
    for (qsizetype i = at + 1; i < at + 5; ++i)
        if (!isHex(pdf[i]))
            return 0;
    bool ok = false;
    const uint code = pdf.mid(at + 1, 4).toUInt(&ok, 16);
    const char32_t unified = unifiedCodePoint(code);
    if (!ok || unified == code || unified > 0xFFFF)
        return 0;
    const QByteArray replacement = QByteArray::number(static_cast<uint>(unified), 16).toUpper().rightJustified(4, '0');
    pdf.replace(at + 1, 4, replacement);
    return 1;
}

// The hex tokens <…> of one line, as offsets of their '<'.
QList<qsizetype> tokens(const QByteArray& pdf, qsizetype from, qsizetype to) {
    QList<qsizetype> out;
    for (qsizetype i = from; i < to; ++i)
        if (pdf[i] == '<' && (i + 1 >= to || pdf[i + 1] != '<'))
            out.append(i);
    return out;
}

// One CMap stream's content [begin, end).
int repairCMap(QByteArray& pdf, qsizetype begin, qsizetype end) {
    enum class Section { None, Char, Range } section = Section::None;
    int changed = 0;
    qsizetype lineStart = begin;
    while (lineStart < end) {
        qsizetype lineEnd = pdf.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        const QByteArray line = pdf.mid(lineStart, lineEnd - lineStart).trimmed();
        if (line.endsWith("beginbfchar"))
            section = Section::Char;
        else if (line.endsWith("beginbfrange"))
            section = Section::Range;
        else if (line.startsWith("endbf"))
            section = Section::None;
        else if (section != Section::None) {
            const QList<qsizetype> hex = tokens(pdf, lineStart, lineEnd);
            if (section == Section::Char && hex.size() == 2) {
                changed += repairToken(pdf, hex[1]); // <source> <destination>
            } else if (section == Section::Range && hex.size() >= 3) {
                const qsizetype bracket = pdf.indexOf('[', lineStart);
                if (bracket >= 0 && bracket < lineEnd) { // <lo> <hi> [<d> <d> …]
                    for (qsizetype k = 2; k < hex.size(); ++k)
                        changed += repairToken(pdf, hex[k]);
                } else if (hex.size() == 3 && pdf.mid(hex[0], 6) == pdf.mid(hex[1], 6)) {
                    changed += repairToken(pdf, hex[2]); // <c> <c> <destination>
                }
            }
        }
        lineStart = lineEnd + 1;
    }
    return changed;
}
} // namespace

int repairToUnicode(QByteArray& pdf) {
    QSet<QByteArray> objects; // "/ToUnicode 45 0 R" → 45
    for (qsizetype at = pdf.indexOf("/ToUnicode "); at >= 0; at = pdf.indexOf("/ToUnicode ", at + 1)) {
        qsizetype end = at + 11;
        while (end < pdf.size() && pdf[end] >= '0' && pdf[end] <= '9')
            ++end;
        if (end > at + 11)
            objects.insert(pdf.mid(at + 11, end - at - 11));
    }
    int changed = 0;
    for (const QByteArray& number : objects) {
        const qsizetype object = pdf.indexOf("\n" + number + " 0 obj");
        if (object < 0)
            continue;
        const qsizetype stream = pdf.indexOf("stream\n", object);
        const qsizetype endObject = pdf.indexOf("endobj", object);
        if (stream < 0 || (endObject >= 0 && endObject < stream))
            continue;
        if (pdf.mid(object, stream - object).contains("/Filter"))
            continue; // a compressed map is not Qt's; leave it alone
        const qsizetype begin = stream + 7;
        const qsizetype end = pdf.indexOf("endstream", begin);
        if (end < 0)
            continue;
        changed += repairCMap(pdf, begin, end);
    }
    return changed;
}

} // namespace rectrack
