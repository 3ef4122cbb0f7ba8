#pragma once
// Rebuilds paragraphs from the lines of a PDF's pages. A line that starts at the text's left
// edge, right after a line that ran to the right edge, continues that paragraph (also across a
// page break); any other line starts a new one. Official documents indent each paragraph's
// first line by two characters, so this tells "…完成率\n82.1%…" (one sentence) from
// "…。\n2. 关于…" (a new item). Page numbers ("— 3 —", "- 3 -", "3") at a page's foot are left out.

#include <QList>
#include <QRectF>
#include <QString>

namespace rectrack {

struct PdfWord {
    QString text;
    QRectF box; // points, from the page's top left
    bool spaceAfter = false;
};

struct PdfLine {
    QString text;
    qreal left = 0, right = 0, top = 0, height = 0;
    // Words set apart on one line (发文字号 … 签发人, 印发机关 … 印发日期): fields, not prose that
    // runs on to the next line.
    bool fields = false;
};

// The words of one page as lines, top to bottom, page numbers dropped.
QList<PdfLine> pdfLines(QList<PdfWord> words, qreal pageHeight);

// The lines of all pages as text: one paragraph per line.
QString joinPdfParagraphs(const QList<QList<PdfLine>>& pages);

} // namespace rectrack
