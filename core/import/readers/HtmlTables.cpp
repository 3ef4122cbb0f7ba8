#include "HtmlTables.h"

#include "HtmlReader.h"

#include <QCoreApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::HtmlTables)
};

QString cellText(const QTextTableCell& cell) {
    QTextCursor cursor = cell.firstCursorPosition();
    cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n').replace(QChar::Nbsp, u' ');
    return text.trimmed();
}

void collect(QTextFrame* frame, QList<Sheet>& sheets) {
    for (QTextFrame* child : frame->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(child)) {
            Sheet sheet{Text::tr("表%1").arg(sheets.size() + 1), {}, true};
            for (int r = 0; r < table->rows(); ++r) {
                QStringList row;
                QSet<int> fromAbove;
                for (int c = 0; c < table->columns(); ++c) {
                    const QTextTableCell cell = table->cellAt(r, c);
                    // a cell spanning columns is read once on its row (its text would repeat
                    // across the columns it covers); spanning rows, on each row
                    row << (cell.isValid() && cell.column() == c ? cellText(cell) : QString());
                    if (cell.isValid() && cell.column() == c && cell.row() < r)
                        fromAbove.insert(c);
                }
                while (!row.isEmpty() && row.last().isEmpty())
                    row.removeLast();
                if (!row.isEmpty())
                    sheet.rows.append({r + 1, row, fromAbove});
            }
            if (sheet.rows.size() >= 2)
                sheets.append(sheet);
        }
        collect(child, sheets); // tables inside a table's cells
    }
}
} // namespace

bool looksLikeHtml(const QByteArray& bytes) {
    const QByteArray head = bytes.left(4096).toLower();
    return head.contains("<table") || head.contains("<html") || head.contains("<!doctype html");
}

QList<Sheet> readHtmlTables(const QByteArray& bytes, QString* encoding) {
    QString charset;
    const QString html = decodeHtmlBytes(bytes, charset);
    if (encoding)
        *encoding = charset;
    QTextDocument document;
    document.setHtml(html);
    QList<Sheet> sheets;
    collect(document.rootFrame(), sheets);
    return sheets;
}

} // namespace rectrack
