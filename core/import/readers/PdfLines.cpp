#include "PdfLines.h"

#include "import/BulletinText.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace rectrack {

namespace {
// A page number: "— 3 —" or a bare "3".
bool isFootNumber(const QString& text) {
    static const QRegularExpression bare(QStringLiteral("^\\d{1,4}$"));
    return isPageNumber(text.trimmed()) || bare.match(text.trimmed()).hasMatch();
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
            if (i > 0 && row[i].box.left() - row[i - 1].box.right() > 3 * std::max(row[i].box.height(), qreal(1)))
                line.fields = true;
            line.text += row[i].text;
            if (row[i].spaceAfter && i + 1 < row.size())
                line.text += u' ';
            line.right = std::max(line.right, row[i].box.right());
            line.height = std::max(line.height, row[i].box.height());
        }
        lines.append(line);
    }
    // A page number sits alone in the page's lowest part.
    if (!lines.isEmpty() && isFootNumber(lines.last().text) && lines.last().top > pageHeight * 0.8)
        lines.removeLast();
    return lines;
}

QString joinPdfParagraphs(const QList<QList<PdfLine>>& pages) {
    // The text's edges: where its leftmost lines start and its longest lines end.
    qreal left = std::numeric_limits<qreal>::max(), right = 0;
    QList<qreal> heights;
    for (const auto& page : pages)
        for (const PdfLine& line : page) {
            left = std::min(left, line.left);
            right = std::max(right, line.right);
            heights.append(line.height);
        }
    if (heights.isEmpty())
        return {};
    std::sort(heights.begin(), heights.end());
    const qreal em = heights[heights.size() / 2];
    // Without first-line indents (every line flush left) the geometry tells nothing: each line
    // stays a line and the text cleaner joins them by their punctuation.
    bool indents = false;
    for (const auto& page : pages)
        for (const PdfLine& line : page)
            indents = indents || (line.left - left > 0.8 * em && line.left - left < 3 * em);

    QString text;
    const PdfLine* previous = nullptr;
    for (const auto& page : pages)
        for (const PdfLine& line : page) {
            const bool atMargin = indents && previous && std::abs(line.left - left) < 0.5 * em && previous->left < right - 4 * em;
            // A full line goes on; so does a line cut short by a word too long to fit
            // ("…同比增长" / "85%。"), unless what follows starts something new. A short or
            // centred line (份号, 密级, 发文字号 over the title) is one of its own.
            const bool longLine = previous && previous->left < left + 3 * em &&
                                  previous->right - previous->left > 0.6 * (right - left);
            const bool continues =
                atMargin && !previous->fields && (previous->right >= right - 1.5 * em ||
                             (longLine && !endsSentence(previous->text) && !startsStructure(line.text)));
            if (previous && !continues)
                text += u'\n';
            text += line.text;
            previous = &line;
        }
    return text + u'\n';
}

} // namespace rectrack
