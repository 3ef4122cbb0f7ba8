#include "PdfLines.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

namespace rectrack {

namespace {
bool isPageNumber(const QString& text) {
    static const QRegularExpression number(QStringLiteral(R"(^[—\-–－]*\s*\d{1,4}\s*[—\-–－]*$)"));
    return number.match(text.trimmed()).hasMatch();
}

// The value most lines share, to the nearest point.
qreal mostCommon(const QList<qreal>& values) {
    QHash<int, int> counts;
    int best = 0;
    qreal bestValue = 0;
    for (qreal v : values) {
        const int key = qRound(v);
        const int n = ++counts[key];
        if (n > best) {
            best = n;
            bestValue = key;
        }
    }
    return bestValue;
}
} // namespace

QList<PdfLine> pdfLines(QList<PdfWord> words, qreal pageHeight) {
    std::stable_sort(words.begin(), words.end(),
                     [](const PdfWord& a, const PdfWord& b) { return a.box.center().y() < b.box.center().y(); });
    QList<QList<PdfWord>> rows;
    for (const PdfWord& word : words) {
        if (!rows.isEmpty()) {
            const QRectF& last = rows.last().back().box;
            if (std::abs(word.box.center().y() - last.center().y()) < 0.5 * std::max(last.height(), word.box.height())) {
                rows.last().append(word);
                continue;
            }
        }
        rows.append({word});
    }
    QList<PdfLine> lines;
    for (QList<PdfWord>& row : rows) {
        std::stable_sort(row.begin(), row.end(),
                         [](const PdfWord& a, const PdfWord& b) { return a.box.left() < b.box.left(); });
        PdfLine line;
        line.left = row.front().box.left();
        line.top = row.front().box.top();
        for (qsizetype i = 0; i < row.size(); ++i) {
            line.text += row[i].text;
            if (row[i].spaceAfter && i + 1 < row.size())
                line.text += u' ';
            line.right = std::max(line.right, row[i].box.right());
            line.height = std::max(line.height, row[i].box.height());
        }
        lines.append(line);
    }
    // A page number sits alone in the page's lowest part.
    if (!lines.isEmpty() && isPageNumber(lines.last().text) && lines.last().top > pageHeight * 0.8)
        lines.removeLast();
    return lines;
}

QString joinPdfParagraphs(const QList<QList<PdfLine>>& pages) {
    QList<qreal> lefts, rights, heights;
    for (const auto& page : pages)
        for (const PdfLine& line : page) {
            lefts.append(line.left);
            rights.append(line.right);
            heights.append(line.height);
        }
    if (lefts.isEmpty())
        return {};
    const qreal left = mostCommon(lefts);
    const qreal right = mostCommon(rights);
    std::sort(heights.begin(), heights.end());
    const qreal em = heights[heights.size() / 2];

    QString text;
    const PdfLine* previous = nullptr;
    for (const auto& page : pages)
        for (const PdfLine& line : page) {
            const bool continues = previous && std::abs(line.left - left) < 0.5 * em &&
                                   previous->right >= right - 1.5 * em && previous->left < right - 4 * em;
            if (previous && !continues)
                text += u'\n';
            text += line.text;
            previous = &line;
        }
    return text + u'\n';
}

} // namespace rectrack
