#include "DocxTables.h"

#include "DocxReader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace rectrack {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::DocxTables)
};


QString wordAttribute(const QXmlStreamReader& xml, QLatin1StringView name) {
    for (const QXmlStreamAttribute& a : xml.attributes())
        if (a.name() == name)
            return a.value().toString();
    return QString();
}

// One table as it is read: its rows of cells by grid column.
struct TableReading {
    QList<SheetRow> rows;
    QStringList row;          // the row being read, by grid column
    QSet<int> rowMerged;      // its columns continuing a vertical merge
    int column = 0;           // the grid column the current cell starts in
    int span = 1;             // w:gridSpan of the current cell
    bool mergedFromAbove = false; // w:vMerge without "restart"
    QString cell;             // the current cell's text
    QString paragraph;
};
} // namespace

QList<Sheet> readDocxTables(const QByteArray& bytes) {
    const ZipPackage package(bytes, wordPackageWords());
    QList<Sheet> sheets;
    QList<TableReading> open; // nested tables: the last is the innermost
    bool inText = false;
    package.parseXml(
        QStringLiteral("word/document.xml"), MaxWordBodyXml, wordBodyMissing(),
        [&](QXmlStreamReader& xml) {
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == u"tbl") {
                    open.append(TableReading{});
                } else if (open.isEmpty()) {
                    return; // text outside tables is the Word reader's
                } else if (name == u"tr") {
                    open.last().row.clear();
                    open.last().rowMerged.clear();
                    open.last().column = 0;
                } else if (name == u"tc") {
                    TableReading& t = open.last();
                    t.cell.clear();
                    t.paragraph.clear();
                    t.span = 1;
                    t.mergedFromAbove = false;
                } else if (name == u"gridSpan") {
                    open.last().span = std::clamp(wordAttribute(xml, QLatin1StringView("val")).toInt(), 1, 64);
                } else if (name == u"vMerge") {
                    const QString val = wordAttribute(xml, QLatin1StringView("val"));
                    open.last().mergedFromAbove = val.isEmpty() || val == u"continue";
                } else if (name == u"t") {
                    inText = true;
                } else if (name == u"tab") {
                    open.last().paragraph += u'\t';
                } else if (name == u"br" || name == u"cr") {
                    open.last().paragraph += u'\n';
                }
            } else if (xml.isCharacters() && inText && !open.isEmpty()) {
                open.last().paragraph += xml.text();
            } else if (xml.isEndElement() && !open.isEmpty()) {
                const auto name = xml.name();
                TableReading& t = open.last();
                if (name == u"t") {
                    inText = false;
                } else if (name == u"p") {
                    if (!t.paragraph.trimmed().isEmpty())
                        t.cell += (t.cell.isEmpty() ? QString() : QStringLiteral("\n")) + t.paragraph.trimmed();
                    t.paragraph.clear();
                } else if (name == u"tc") {
                    while (t.row.size() < t.column)
                        t.row << QString();
                    QString text = t.cell;
                    if (t.mergedFromAbove) { // the text of the cell that starts the merge, above
                        text = t.rows.isEmpty() ? QString() : t.rows.last().cells.value(t.column);
                        t.rowMerged.insert(t.column);
                    }
                    t.row << text;
                    for (int extra = 1; extra < t.span; ++extra)
                        t.row << QString();
                    t.column += t.span;
                } else if (name == u"tr") {
                    QStringList cells = t.row;
                    // a merge continues from the last row read, even when that row was blank
                    t.rows.append({static_cast<int>(t.rows.size()) + 1, cells, t.rowMerged});
                } else if (name == u"tbl") {
                    TableReading done = open.takeLast();
                    Sheet sheet{Text::tr("表格%1").arg(sheets.size() + 1), {}, true};
                    QString nestedText;
                    for (SheetRow& row : done.rows) {
                        while (!row.cells.isEmpty() && row.cells.last().trimmed().isEmpty())
                            row.cells.removeLast();
                        if (!row.cells.isEmpty())
                            sheet.rows.append(row);
                        nestedText += row.cells.join(u' ') + u'\n';
                    }
                    if (!open.isEmpty()) // a table in a cell: its text is the cell's
                        open.last().cell += nestedText.trimmed();
                    else if (sheet.rows.size() >= 2)
                        sheets.append(sheet);
                }
            }
        },
        wordXmlBroken);
    return sheets;
}

} // namespace rectrack
