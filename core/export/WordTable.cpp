#include "WordTable.h"

#include "AtomicSave.h"
#include "OfficialDocumentPdf.h"
#include "TableWriters.h"
#include "word/PageNumberFooter.h"
#include "word/WordPackage.h"
#include "word/WordXml.h"

#include <QSet>

namespace rectrack {

namespace {
using word::twips;
using word::WordXml;

constexpr double PageWidthMm = 297, PageHeightMm = 210; // A4 landscape
constexpr double MarginMm = 20, SideMarginMm = 15;
const int TextWidth = twips(PageWidthMm - 2 * SideMarginMm);

QString officialFace(FontRole role) { return fontCandidates(role).first(); }

void fonts(WordXml& w, const QString& eastAsia) {
    const QString latin = officialFace(FontRole::Latin);
    w.empty(QStringLiteral("rFonts"), {{QStringLiteral("ascii"), latin},
                                       {QStringLiteral("hAnsi"), latin},
                                       {QStringLiteral("eastAsia"), eastAsia},
                                       {QStringLiteral("cs"), latin}});
}

void size(WordXml& w, double points) {
    w.value(QStringLiteral("sz"), QString::number(qRound(points * 2)));
    w.value(QStringLiteral("szCs"), QString::number(qRound(points * 2)));
}

void style(WordXml& w, const QString& id, const QString& name, const QString& face, double points,
           const QString& align, bool bold) {
    w.start(QStringLiteral("style"), {{QStringLiteral("type"), QStringLiteral("paragraph")},
                                      {QStringLiteral("styleId"), id}});
    if (id == u"Normal")
        w.stream().writeAttribute(WordXml::Main, QStringLiteral("default"), QStringLiteral("1"));
    w.value(QStringLiteral("name"), name);
    if (id != u"Normal")
        w.value(QStringLiteral("basedOn"), QStringLiteral("Normal"));
    w.empty(QStringLiteral("qFormat"));
    w.start(QStringLiteral("pPr"));
    w.empty(QStringLiteral("spacing"), {{QStringLiteral("before"), QStringLiteral("0")},
                                        {QStringLiteral("after"), QStringLiteral("0")},
                                        {QStringLiteral("line"), QStringLiteral("240")},
                                        {QStringLiteral("lineRule"), QStringLiteral("auto")}});
    w.value(QStringLiteral("jc"), align);
    w.end();
    w.start(QStringLiteral("rPr"));
    fonts(w, face);
    if (bold)
        w.empty(QStringLiteral("b"));
    size(w, points);
    w.end();
    w.end();
}

QByteArray styles(double cellPoints) {
    QByteArray out;
    WordXml w(&out, QStringLiteral("styles"));
    w.start(QStringLiteral("docDefaults"));
    w.start(QStringLiteral("rPrDefault"));
    w.start(QStringLiteral("rPr"));
    fonts(w, officialFace(FontRole::Body));
    size(w, cellPoints);
    w.empty(QStringLiteral("lang"), {{QStringLiteral("val"), QStringLiteral("en-US")},
                                     {QStringLiteral("eastAsia"), QStringLiteral("zh-CN")}});
    w.end();
    w.end();
    w.end();
    style(w, QStringLiteral("Normal"), QStringLiteral("Normal"), officialFace(FontRole::Body), cellPoints,
          QStringLiteral("left"), false);
    style(w, QStringLiteral("Title"), QStringLiteral("Title"), officialFace(FontRole::Title), 18, QStringLiteral("center"),
          false);
    style(w, QStringLiteral("Subtitle"), QStringLiteral("Subtitle"), officialFace(FontRole::Heading2), 12,
          QStringLiteral("center"), false);
    style(w, QStringLiteral("TableHeader"), QStringLiteral("Table Header"), officialFace(FontRole::Heading1), cellPoints,
          QStringLiteral("center"), false);
    style(w, QStringLiteral("Footer"), QStringLiteral("footer"), officialFace(FontRole::PageNumber), 10.5,
          QStringLiteral("center"), false);
    w.finish();
    return out;
}

void paragraph(WordXml& w, const QString& style, const QString& text) {
    w.start(QStringLiteral("p"));
    w.start(QStringLiteral("pPr"));
    w.value(QStringLiteral("pStyle"), style);
    w.end();
    if (!text.isEmpty())
        w.run(text);
    w.end();
}

void cell(WordXml& w, int width, const QString& text, const QString& style, const QString& merge = {},
          int span = 1, bool shaded = false) {
    w.start(QStringLiteral("tc"));
    w.start(QStringLiteral("tcPr"));
    w.empty(QStringLiteral("tcW"), {{QStringLiteral("w"), QString::number(width)}, {QStringLiteral("type"), QStringLiteral("dxa")}});
    if (span > 1)
        w.value(QStringLiteral("gridSpan"), QString::number(span));
    if (merge == u"restart")
        w.value(QStringLiteral("vMerge"), merge);
    else if (merge == u"continue")
        w.empty(QStringLiteral("vMerge"));
    if (shaded)
        w.empty(QStringLiteral("shd"), {{QStringLiteral("val"), QStringLiteral("clear")},
                                        {QStringLiteral("color"), QStringLiteral("auto")},
                                        {QStringLiteral("fill"), QStringLiteral("E7E6E6")}});
    w.value(QStringLiteral("vAlign"), QStringLiteral("center"));
    w.end();
    // A cell holds at least one paragraph, even a merged-away one; lines of its text are paragraphs.
    const QStringList lines = merge == u"continue" ? QStringList{QString()} : text.split(u'\n');
    for (const QString& line : lines)
        paragraph(w, style, line);
    w.end();
}

QByteArray body(const Table& table, const WordTableLayout& layout, const QList<int>& columns) {
    QByteArray out;
    WordXml w(&out, QStringLiteral("document"));
    w.start(QStringLiteral("body"));
    paragraph(w, QStringLiteral("Title"), table.title);
    if (!layout.subtitle.isEmpty())
        paragraph(w, QStringLiteral("Subtitle"), layout.subtitle);
    paragraph(w, QStringLiteral("Normal"), QString());

    int units = 0;
    for (int c : columns)
        units += std::max(1, table.columns[c].width);
    QList<int> widths;
    for (int c : columns)
        widths << TextWidth * std::max(1, table.columns[c].width) / std::max(units, 1);

    w.start(QStringLiteral("tbl"));
    w.start(QStringLiteral("tblPr"));
    w.empty(QStringLiteral("tblW"), {{QStringLiteral("w"), QString::number(TextWidth)}, {QStringLiteral("type"), QStringLiteral("dxa")}});
    w.value(QStringLiteral("jc"), QStringLiteral("center"));
    w.start(QStringLiteral("tblBorders"));
    for (const char* edge : {"top", "left", "bottom", "right", "insideH", "insideV"})
        w.empty(QString::fromLatin1(edge), {{QStringLiteral("val"), QStringLiteral("single")},
                                            {QStringLiteral("sz"), QStringLiteral("4")},
                                            {QStringLiteral("space"), QStringLiteral("0")},
                                            {QStringLiteral("color"), QStringLiteral("000000")}});
    w.end();
    w.empty(QStringLiteral("tblLayout"), {{QStringLiteral("type"), QStringLiteral("fixed")}});
    w.start(QStringLiteral("tblCellMar"));
    w.empty(QStringLiteral("left"), {{QStringLiteral("w"), QStringLiteral("85")}, {QStringLiteral("type"), QStringLiteral("dxa")}});
    w.empty(QStringLiteral("right"), {{QStringLiteral("w"), QStringLiteral("85")}, {QStringLiteral("type"), QStringLiteral("dxa")}});
    w.end();
    w.end();
    w.start(QStringLiteral("tblGrid"));
    for (int width : widths)
        w.empty(QStringLiteral("gridCol"), {{QStringLiteral("w"), QString::number(width)}});
    w.end();

    // The header row, repeated at the top of every page.
    w.start(QStringLiteral("tr"));
    w.start(QStringLiteral("trPr"));
    w.empty(QStringLiteral("tblHeader"));
    w.empty(QStringLiteral("cantSplit"));
    w.end();
    for (qsizetype i = 0; i < columns.size(); ++i)
        cell(w, widths[i], table.columns[columns[i]].title, QStringLiteral("TableHeader"), {}, 1, true);
    w.end();

    const QSet<int> merged(layout.mergedColumns.cbegin(), layout.mergedColumns.cend());
    const QSet<int> spanning(layout.spanningRows.cbegin(), layout.spanningRows.cend());
    const auto groupOf = [&](qsizetype row) { return row < layout.groups.size() ? layout.groups[row] : -1; };
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QVariantList& row = table.rows[r];
        w.start(QStringLiteral("tr"));
        if (spanning.contains(static_cast<int>(r))) {
            w.start(QStringLiteral("trPr"));
            w.empty(QStringLiteral("cantSplit"));
            w.end();
            QString text;
            for (const QVariant& value : row)
                if (!value.toString().isEmpty()) {
                    text = value.toString();
                    break;
                }
            cell(w, TextWidth, text, QStringLiteral("TableHeader"), {}, static_cast<int>(columns.size()));
            w.end();
            continue;
        }
        const int group = groupOf(r);
        const bool continues = group >= 0 && r > 0 && groupOf(r - 1) == group;
        const bool continued = group >= 0 && r + 1 < table.rows.size() && groupOf(r + 1) == group;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const int c = columns[i];
            const QString text = c < row.size() ? cellText(row[c], table.columns[c].type) : QString();
            QString merge;
            if (merged.contains(c) && (continues || continued))
                merge = continues ? QStringLiteral("continue") : QStringLiteral("restart");
            cell(w, widths[i], text, QStringLiteral("Normal"), merge);
        }
        w.end();
    }
    w.end(); // tbl
    paragraph(w, QStringLiteral("Normal"), QString()); // Word wants a paragraph after a table

    w.start(QStringLiteral("sectPr"));
    w.empty(QStringLiteral("footerReference"), {{QStringLiteral("type"), QStringLiteral("default")}});
    w.stream().writeAttribute(WordXml::Relationships, QStringLiteral("id"), WordPackage::footerRelationship(0));
    w.empty(QStringLiteral("pgSz"), {{QStringLiteral("w"), QString::number(twips(PageWidthMm))},
                                     {QStringLiteral("h"), QString::number(twips(PageHeightMm))},
                                     {QStringLiteral("orient"), QStringLiteral("landscape")}});
    w.empty(QStringLiteral("pgMar"), {{QStringLiteral("top"), QString::number(twips(MarginMm))},
                                      {QStringLiteral("right"), QString::number(twips(SideMarginMm))},
                                      {QStringLiteral("bottom"), QString::number(twips(MarginMm))},
                                      {QStringLiteral("left"), QString::number(twips(SideMarginMm))},
                                      {QStringLiteral("header"), QString::number(twips(10))},
                                      {QStringLiteral("footer"), QString::number(twips(8))},
                                      {QStringLiteral("gutter"), QStringLiteral("0")}});
    w.end();
    w.finish();
    return out;
}
} // namespace

QByteArray wordTable(const Table& table, const WordTableLayout& layout) {
    QList<int> columns;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        if (!table.columns[c].hidden)
            columns << static_cast<int>(c);
    // Many columns take a smaller size so that each still holds a few characters a line.
    const double cellPoints = columns.size() <= 9 ? 10.5 : columns.size() <= 14 ? 9 : 7.5;
    WordPackage package;
    package.document = body(table, layout, columns);
    package.styles = styles(cellPoints);
    package.settings = word::settingsPart(420, false, false);
    package.footers = {word::pageNumberFooter(word::FooterSide::Centre, 0, QStringLiteral("Footer"))};
    package.title = table.title;
    package.keywords = table.anchor;
    return package.zip();
}

void writeWordTable(const Table& table, const QString& path, const WordTableLayout& layout) {
    saveFileAtomically(path, wordTable(table, layout));
}

} // namespace rectrack
