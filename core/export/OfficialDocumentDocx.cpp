#include "OfficialDocumentDocx.h"

#include "AtomicSave.h"
#include "OfficialPage.h"
#include "word/PageNumberFooter.h"
#include "word/WordPackage.h"
#include "word/WordXml.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

#include <cmath>

namespace rectrack {

namespace {
using Style = BulletinBlock::Style;
using word::twips;
using word::WordXml;
using namespace official;

const int TextWidth = twips(TextWidthMm);
const double CharPitch = double(TextWidth) / CharsPerLine;          // twips
const int LinePitch = static_cast<int>(twips(TextHeightMm) / LinesPerPage); // 579: 22 lines fit
// The grid's characters are narrower than 3号 by this much, in 4096ths of a point (w:charSpace).
// Rounded down: 28 cells never overflow the line.
const int CharSpace = static_cast<int>(std::floor((CharPitch - BodyPoints * 20) / 20 * 4096));
// Twips taken off each character's advance so that 3号 fits a cell (see the styles).
const int GlyphSqueeze = static_cast<int>(std::floor(CharPitch - BodyPoints * 20));

QString number(double value) { return QString::number(static_cast<int>(std::lround(value))); }

bool isFreeFallback(const QString& family) {
    for (const char* prefix : {"Noto ", "AR PL ", "WenQuanYi", "Liberation ", "DejaVu "})
        if (family.startsWith(QLatin1String(prefix), Qt::CaseInsensitive))
            return true;
    return false;
}

// Width in grid characters: a full-width character is one, a half-width one a half.
double charsWide(const QString& text) {
    double width = 0;
    for (const QChar c : text)
        width += c.unicode() < 0x2E80 ? 0.5 : 1.0;
    return width;
}

struct Faces {
    QString title, body, heading1, heading2, pageNumber, latin;
};

Faces facesFor(const OfficialFonts& fonts) {
    return {officialFaceFor(FontRole::Title, fonts.title),       officialFaceFor(FontRole::Body, fonts.body),
            officialFaceFor(FontRole::Heading1, fonts.heading1), officialFaceFor(FontRole::Heading2, fonts.heading2),
            officialFaceFor(FontRole::PageNumber, fonts.pageNumber), officialFaceFor(FontRole::Latin, fonts.latin)};
}

void fontsOf(WordXml& w, const QString& eastAsia, const QString& latin) {
    w.empty(QStringLiteral("rFonts"), {{QStringLiteral("ascii"), latin},
                                       {QStringLiteral("hAnsi"), latin},
                                       {QStringLiteral("eastAsia"), eastAsia},
                                       {QStringLiteral("cs"), latin}});
}

void sizeOf(WordXml& w, double points) {
    w.value(QStringLiteral("sz"), number(points * 2));
    w.value(QStringLiteral("szCs"), number(points * 2));
}

void exactLines(WordXml& w, int line) {
    w.empty(QStringLiteral("spacing"), {{QStringLiteral("before"), QStringLiteral("0")},
                                        {QStringLiteral("after"), QStringLiteral("0")},
                                        {QStringLiteral("line"), QString::number(line)},
                                        {QStringLiteral("lineRule"), QStringLiteral("exact")}});
}

void indentFirstLine(WordXml& w, int chars) {
    w.empty(QStringLiteral("ind"), {{QStringLiteral("firstLineChars"), QString::number(chars * 100)},
                                    {QStringLiteral("firstLine"), number(chars * CharPitch)}});
}

struct ParagraphStyle {
    QString id;
    QString name;
    QString face;
    double points = BodyPoints;
    QString align = QStringLiteral("both");
    int indentChars = IndentChars;
    int outlineLevel = -1; // -1: body text
    bool keepNext = false;
};

QByteArray styles(const Faces& faces) {
    QByteArray out;
    WordXml w(&out, QStringLiteral("styles"));
    w.start(QStringLiteral("docDefaults"));
    w.start(QStringLiteral("rPrDefault"));
    w.start(QStringLiteral("rPr"));
    fontsOf(w, faces.body, faces.latin);
    // A 3号 character is a little wider than the grid's 28th of a line. Word squeezes it onto
    // the grid; LibreOffice and WPS in some versions give it two cells instead: narrowed by a
    // quarter point, it fits one cell in all of them.
    w.value(QStringLiteral("spacing"), QString::number(GlyphSqueeze));
    sizeOf(w, BodyPoints);
    w.empty(QStringLiteral("lang"), {{QStringLiteral("val"), QStringLiteral("en-US")},
                                     {QStringLiteral("eastAsia"), QStringLiteral("zh-CN")}});
    w.end();
    w.end();
    w.start(QStringLiteral("pPrDefault"));
    w.start(QStringLiteral("pPr"));
    exactLines(w, LinePitch);
    w.end();
    w.end();
    w.end();

    const QList<ParagraphStyle> list{
        {QStringLiteral("Normal"), QStringLiteral("Normal"), faces.body},
        {QStringLiteral("Title"), QStringLiteral("Title"), faces.title, TitlePoints, QStringLiteral("center"), 0},
        {QStringLiteral("Heading1"), QStringLiteral("heading 1"), faces.heading1, BodyPoints, QStringLiteral("both"),
         IndentChars, 0, true},
        {QStringLiteral("Heading2"), QStringLiteral("heading 2"), faces.heading2, BodyPoints, QStringLiteral("both"),
         IndentChars, 1, true},
        {QStringLiteral("Heading3"), QStringLiteral("heading 3"), faces.body, BodyPoints, QStringLiteral("both"),
         IndentChars, 2, true},
        {QStringLiteral("Signature"), QStringLiteral("Signature"), faces.body, BodyPoints, QStringLiteral("left"), 0},
        {QStringLiteral("Date"), QStringLiteral("Date"), faces.body, BodyPoints, QStringLiteral("left"), 0},
        {QStringLiteral("Head"), QStringLiteral("Document Head"), faces.body, BodyPoints, QStringLiteral("left"), 0},
        {QStringLiteral("Record"), QStringLiteral("Document Record"), faces.body, PageNumberPoints, QStringLiteral("left"), 0},
    };
    for (const ParagraphStyle& style : list) {
        const bool normal = style.id == u"Normal";
        w.start(QStringLiteral("style"), {{QStringLiteral("type"), QStringLiteral("paragraph")},
                                          {QStringLiteral("styleId"), style.id}});
        if (normal)
            w.stream().writeAttribute(WordXml::Main, QStringLiteral("default"), QStringLiteral("1"));
        w.value(QStringLiteral("name"), style.name);
        if (!normal) {
            w.value(QStringLiteral("basedOn"), QStringLiteral("Normal"));
            w.value(QStringLiteral("next"), QStringLiteral("Normal"));
        }
        w.empty(QStringLiteral("qFormat"));
        w.start(QStringLiteral("pPr"));
        if (style.keepNext)
            w.empty(QStringLiteral("keepNext"));
        if (style.points > BodyPoints) // a 2号 title is set free of the grid, as the PDF sets it
            w.value(QStringLiteral("snapToGrid"), QStringLiteral("0"));
        exactLines(w, LinePitch);
        if (style.id == u"Record") // 版记: one 4号 character in from each side, off the grid
            w.empty(QStringLiteral("ind"), {{QStringLiteral("left"), number(PageNumberPoints * 20)},
                                            {QStringLiteral("right"), number(PageNumberPoints * 20)},
                                            {QStringLiteral("firstLine"), QStringLiteral("0")}});
        else
            indentFirstLine(w, style.indentChars);
        w.value(QStringLiteral("jc"), style.align);
        if (style.outlineLevel >= 0)
            w.value(QStringLiteral("outlineLvl"), QString::number(style.outlineLevel));
        w.end();
        w.start(QStringLiteral("rPr"));
        fontsOf(w, style.face, faces.latin);
        w.empty(QStringLiteral("b"), {{QStringLiteral("val"), QStringLiteral("0")}});
        sizeOf(w, style.points);
        w.end();
        w.end();
    }
    // The page number's style.
    w.start(QStringLiteral("style"), {{QStringLiteral("type"), QStringLiteral("paragraph")},
                                      {QStringLiteral("styleId"), QStringLiteral("Footer")}});
    w.value(QStringLiteral("name"), QStringLiteral("footer"));
    w.value(QStringLiteral("basedOn"), QStringLiteral("Normal"));
    w.start(QStringLiteral("pPr"));
    w.value(QStringLiteral("snapToGrid"), QStringLiteral("0"));
    exactLines(w, static_cast<int>(PageNumberPoints * 20 * 1.2));
    indentFirstLine(w, 0);
    w.end();
    w.start(QStringLiteral("rPr"));
    fontsOf(w, faces.pageNumber, faces.pageNumber);
    sizeOf(w, PageNumberPoints);
    w.end();
    w.end();
    w.finish();
    return out;
}

QByteArray fontTable(const OfficialFonts& fonts) {
    QByteArray out;
    WordXml w(&out, QStringLiteral("fonts"));
    QSet<QString> written;
    for (FontRole role : fontRoles()) {
        const QString face = officialFaceFor(role, fonts[role]);
        if (written.contains(face))
            continue;
        written.insert(face);
        w.start(QStringLiteral("font"), {{QStringLiteral("name"), face}});
        if (face != fonts[role])
            w.value(QStringLiteral("altName"), fonts[role]);
        const bool latin = role == FontRole::Latin;
        w.value(QStringLiteral("charset"), latin ? QStringLiteral("00") : QStringLiteral("86"));
        w.value(QStringLiteral("family"), role == FontRole::Heading1 ? QStringLiteral("modern") : QStringLiteral("roman"));
        w.value(QStringLiteral("pitch"), latin ? QStringLiteral("variable") : QStringLiteral("fixed"));
        w.end();
    }
    w.finish();
    return out;
}

void sectionProperties(WordXml& w, int footer);

void paragraph(WordXml& w, const QString& style, const QString& text, double leftChars = -1) {
    w.start(QStringLiteral("p"));
    w.start(QStringLiteral("pPr"));
    w.value(QStringLiteral("pStyle"), style);
    if (leftChars >= 0)
        w.empty(QStringLiteral("ind"), {{QStringLiteral("leftChars"), number(leftChars * 100)},
                                        {QStringLiteral("left"), number(leftChars * CharPitch)},
                                        {QStringLiteral("firstLineChars"), QStringLiteral("0")},
                                        {QStringLiteral("firstLine"), QStringLiteral("0")}});
    w.end();
    if (!text.isEmpty())
        w.run(text);
    w.end();
}

// A paragraph of `style` whose first line starts `first` characters in and whose other lines
// start `rest` characters in.
void indented(WordXml& w, const QString& style, const QString& text, double first, double rest) {
    w.start(QStringLiteral("p"));
    w.start(QStringLiteral("pPr"));
    w.value(QStringLiteral("pStyle"), style);
    const double hanging = rest - first;
    w.empty(QStringLiteral("ind"), {{QStringLiteral("leftChars"), number(rest * 100)},
                                    {QStringLiteral("left"), number(rest * CharPitch)},
                                    {hanging >= 0 ? QStringLiteral("hangingChars") : QStringLiteral("firstLineChars"),
                                     number(std::abs(hanging) * 100)},
                                    {hanging >= 0 ? QStringLiteral("hanging") : QStringLiteral("firstLine"),
                                     number(std::abs(hanging) * CharPitch)}});
    w.end();
    if (!text.isEmpty())
        w.run(text);
    w.end();
}

// A run in another face, size or colour than its paragraph's.
void styledRun(WordXml& w, const QString& text, const QString& eastAsia, double points = 0, bool red = false) {
    w.run(text, [&] {
        if (!eastAsia.isEmpty())
            w.empty(QStringLiteral("rFonts"), {{QStringLiteral("eastAsia"), eastAsia}});
        if (red)
            w.value(QStringLiteral("color"), QStringLiteral("E60012"));
        if (points > 0)
            sizeOf(w, points);
    });
}

// 版头 (GB/T 9704 7.2), as the PDF lays it out: 份号, 密级, 紧急程度 flush left; the red
// 发文机关标志 centred, its top 35 mm under the text area's; 发文字号 (and 签发人) two lines under
// it over the red separator, 4 mm under them; two lines, then the title.
void head(WordXml& w, const OfficialFrame& frame, const Faces& faces) {
    int lines = 0;
    const auto flush = [&](const QString& text, const QString& face) {
        w.start(QStringLiteral("p"));
        w.start(QStringLiteral("pPr"));
        w.value(QStringLiteral("pStyle"), QStringLiteral("Head"));
        w.end();
        styledRun(w, text, face);
        w.end();
        ++lines;
    };
    if (!frame.copyNumber.isEmpty())
        flush(frame.copyNumber, {});
    if (!frame.secrecy.isEmpty())
        flush(frame.secrecy, faces.heading1);
    if (!frame.urgency.isEmpty())
        flush(frame.urgency, faces.heading1);
    if (!frame.hasMark())
        return;
    if (!frame.issuerMark.isEmpty()) {
        const double points = std::floor(std::min(15.0, 0.95 * TextWidthMm / std::max<qsizetype>(1, frame.issuerMark.size())) / 25.4 * 72);
        const int height = static_cast<int>(points * 20 * 1.1);
        w.start(QStringLiteral("p"));
        w.start(QStringLiteral("pPr"));
        w.value(QStringLiteral("pStyle"), QStringLiteral("Head"));
        w.value(QStringLiteral("snapToGrid"), QStringLiteral("0"));
        w.empty(QStringLiteral("spacing"), {{QStringLiteral("before"), QString::number(std::max(0, twips(35) - lines * LinePitch))},
                                            {QStringLiteral("after"), QString::number(std::max(0, 2 * LinePitch))},
                                            {QStringLiteral("line"), QString::number(height)},
                                            {QStringLiteral("lineRule"), QStringLiteral("exact")}});
        w.value(QStringLiteral("jc"), QStringLiteral("center"));
        w.end();
        styledRun(w, frame.issuerMark, faces.title, points, true);
        w.end();
    }
    // 发文字号 centred, or one character in with the 签发人 one character from the right
    w.start(QStringLiteral("p"));
    w.start(QStringLiteral("pPr"));
    w.value(QStringLiteral("pStyle"), QStringLiteral("Head"));
    w.start(QStringLiteral("pBdr"));
    w.empty(QStringLiteral("bottom"), {{QStringLiteral("val"), QStringLiteral("single")},
                                       {QStringLiteral("sz"), QStringLiteral("12")},
                                       {QStringLiteral("space"), QStringLiteral("11")},
                                       {QStringLiteral("color"), QStringLiteral("E60012")}});
    w.end();
    if (!frame.signer.isEmpty()) {
        w.start(QStringLiteral("tabs"));
        w.empty(QStringLiteral("tab"), {{QStringLiteral("val"), QStringLiteral("right")},
                                        {QStringLiteral("pos"), number(TextWidth - CharPitch)}});
        w.end();
        w.empty(QStringLiteral("ind"), {{QStringLiteral("leftChars"), QStringLiteral("100")},
                                        {QStringLiteral("left"), number(CharPitch)}});
    } else {
        w.value(QStringLiteral("jc"), QStringLiteral("center"));
    }
    w.end();
    if (!frame.documentNumber.isEmpty())
        w.run(frame.documentNumber);
    if (!frame.signer.isEmpty()) {
        w.start(QStringLiteral("r"));
        w.empty(QStringLiteral("tab"));
        w.end();
        w.run(QStringLiteral("签发人："));
        styledRun(w, frame.signer, faces.heading2);
    }
    w.end();
    paragraph(w, QStringLiteral("Normal"), QString()); // 空二行
    paragraph(w, QStringLiteral("Normal"), QString());
}

// 版记 (GB/T 9704 7.4): a table at the foot of its page, as wide as the text, 抄送 and
// 印发机关/印发日期 in 4号 one character in, between rules of 0.35 mm (first and last) and
// 0.25 mm; on a page of its own, after a blank page, where the PDF put it.
void record(WordXml& w, const OfficialFrame& frame, const RecordPlacement& placement) {
    if (placement.recordOnItsOwnPage) {
        if (placement.blankBeforeRecord) {
            // the numbered pages end here; the blank page and the 版记's page have no number
            w.start(QStringLiteral("p"));
            w.start(QStringLiteral("pPr"));
            sectionProperties(w, 0);
            w.end();
            w.end();
            w.start(QStringLiteral("p"));
            w.start(QStringLiteral("r"));
            w.empty(QStringLiteral("br"), {{QStringLiteral("type"), QStringLiteral("page")}});
            w.end();
            w.end();
        } else {
            w.start(QStringLiteral("p"));
            w.start(QStringLiteral("r"));
            w.empty(QStringLiteral("br"), {{QStringLiteral("type"), QStringLiteral("page")}});
            w.end();
            w.end();
        }
    }
    const int inset = static_cast<int>(PageNumberPoints * 20); // one 4号 character
    w.start(QStringLiteral("tbl"));
    w.start(QStringLiteral("tblPr"));
    w.empty(QStringLiteral("tblpPr"), {{QStringLiteral("vertAnchor"), QStringLiteral("margin")},
                                       {QStringLiteral("horzAnchor"), QStringLiteral("margin")},
                                       {QStringLiteral("tblpXSpec"), QStringLiteral("center")},
                                       {QStringLiteral("tblpYSpec"), QStringLiteral("bottom")}});
    w.empty(QStringLiteral("tblW"), {{QStringLiteral("w"), QString::number(TextWidth)}, {QStringLiteral("type"), QStringLiteral("dxa")}});
    w.start(QStringLiteral("tblBorders"));
    const auto rule = [&](const char* edge, const char* size) {
        w.empty(QString::fromLatin1(edge), {{QStringLiteral("val"), QStringLiteral("single")},
                                            {QStringLiteral("sz"), QString::fromLatin1(size)},
                                            {QStringLiteral("space"), QStringLiteral("0")},
                                            {QStringLiteral("color"), QStringLiteral("000000")}});
    };
    rule("top", "8");     // 0.35 mm
    rule("bottom", "8");
    rule("insideH", "6"); // 0.25 mm
    w.end();
    w.empty(QStringLiteral("tblLayout"), {{QStringLiteral("type"), QStringLiteral("fixed")}});
    w.start(QStringLiteral("tblCellMar"));
    w.empty(QStringLiteral("left"), {{QStringLiteral("w"), QStringLiteral("0")}, {QStringLiteral("type"), QStringLiteral("dxa")}});
    w.empty(QStringLiteral("right"), {{QStringLiteral("w"), QStringLiteral("0")}, {QStringLiteral("type"), QStringLiteral("dxa")}});
    w.end();
    w.end();
    w.start(QStringLiteral("tblGrid"));
    w.empty(QStringLiteral("gridCol"), {{QStringLiteral("w"), QString::number(TextWidth)}});
    w.end();
    const auto row = [&](const std::function<void()>& content, bool tabbed) {
        w.start(QStringLiteral("tr"));
        w.start(QStringLiteral("trPr"));
        w.empty(QStringLiteral("trHeight"), {{QStringLiteral("val"), QString::number(LinePitch)},
                                             {QStringLiteral("hRule"), QStringLiteral("atLeast")}});
        w.end();
        w.start(QStringLiteral("tc"));
        w.start(QStringLiteral("tcPr"));
        w.empty(QStringLiteral("tcW"), {{QStringLiteral("w"), QString::number(TextWidth)}, {QStringLiteral("type"), QStringLiteral("dxa")}});
        w.value(QStringLiteral("vAlign"), QStringLiteral("center"));
        w.end();
        w.start(QStringLiteral("p"));
        w.start(QStringLiteral("pPr"));
        w.value(QStringLiteral("pStyle"), QStringLiteral("Record"));
        if (tabbed) {
            w.start(QStringLiteral("tabs"));
            w.empty(QStringLiteral("tab"), {{QStringLiteral("val"), QStringLiteral("right")},
                                            {QStringLiteral("pos"), QString::number(TextWidth - inset)}});
            w.end();
        }
        w.end();
        content();
        w.end();
        w.end();
        w.end();
    };
    if (const QString text = copiesToLine(frame.copiesTo); !text.isEmpty()) {
        row([&] { w.run(text); }, false);
    }
    if (!frame.printer.isEmpty() || frame.printDate.isValid())
        row([&] {
            w.run(frame.printer);
            w.start(QStringLiteral("r"));
            w.empty(QStringLiteral("tab"));
            w.end();
            w.run(printedOn(frame.printDate));
        }, true);
    w.end(); // tbl
    paragraph(w, QStringLiteral("Normal"), QString()); // the table's anchor
}

// 发文机关署名 two characters from the right, 成文日期 under it two characters further right;
// a long date moves both left (as the PDF does, GB/T 9704 7.3.5.2).
void signature(WordXml& w, const QString& name, const QString& date, bool sealed) {
    paragraph(w, QStringLiteral("Normal"), QString()); // 正文下空一行
    if (sealed) { // 成文日期右空四字, 署名 centred over it, two lines above them for the seal
        paragraph(w, QStringLiteral("Normal"), QString());
        paragraph(w, QStringLiteral("Normal"), QString());
        const double dateWidth = charsWide(date), nameWidth = charsWide(name);
        const double dateX = CharsPerLine - 4 - dateWidth;
        const double nameX = date.isEmpty() ? CharsPerLine - 4 - nameWidth : dateX + (dateWidth - nameWidth) / 2;
        if (!name.isEmpty())
            paragraph(w, QStringLiteral("Signature"), name, std::max(0.0, nameX));
        if (!date.isEmpty())
            paragraph(w, QStringLiteral("Date"), date, std::max(0.0, dateX));
        return;
    }
    const double space = SignatureSpaceChars;
    const double nameWidth = charsWide(name), dateWidth = charsWide(date);
    double nameX = CharsPerLine - space - nameWidth;
    double dateX = name.isEmpty() ? CharsPerLine - space - dateWidth : nameX + space;
    if (dateX + dateWidth > CharsPerLine - space) {
        dateX = CharsPerLine - space - dateWidth;
        nameX = std::min(nameX, dateX - space);
    }
    if (!name.isEmpty())
        paragraph(w, QStringLiteral("Signature"), name, std::max(0.0, nameX));
    if (!date.isEmpty())
        paragraph(w, QStringLiteral("Date"), date, std::max(0.0, dateX));
}

// The section's page: A4, the margins, the grid; its footers `footer` and `footer + 1` (odd,
// even) of the package's.
void sectionProperties(WordXml& w, int footer) {
    w.start(QStringLiteral("sectPr"));
    w.empty(QStringLiteral("footerReference"), {{QStringLiteral("type"), QStringLiteral("default")}});
    w.stream().writeAttribute(WordXml::Relationships, QStringLiteral("id"), WordPackage::footerRelationship(footer));
    w.empty(QStringLiteral("footerReference"), {{QStringLiteral("type"), QStringLiteral("even")}});
    w.stream().writeAttribute(WordXml::Relationships, QStringLiteral("id"), WordPackage::footerRelationship(footer + 1));
    w.empty(QStringLiteral("pgSz"), {{QStringLiteral("w"), QString::number(twips(PageWidthMm))},
                                     {QStringLiteral("h"), QString::number(twips(PageHeightMm))}});
    // The number's top 7 mm under the text: the footer's lower edge a line further down.
    const int footerLine = static_cast<int>(PageNumberPoints * 20 * 1.2);
    w.empty(QStringLiteral("pgMar"),
            {{QStringLiteral("top"), QString::number(twips(MarginTopMm))},
             {QStringLiteral("right"), QString::number(twips(MarginRightMm))},
             {QStringLiteral("bottom"), QString::number(twips(MarginBottomMm))},
             {QStringLiteral("left"), QString::number(twips(MarginLeftMm))},
             {QStringLiteral("header"), QString::number(twips(15))},
             {QStringLiteral("footer"), QString::number(twips(MarginBottomMm - PageNumberGapMm) - footerLine)},
             {QStringLiteral("gutter"), QStringLiteral("0")}});
    w.empty(QStringLiteral("docGrid"), {{QStringLiteral("type"), QStringLiteral("linesAndChars")},
                                        {QStringLiteral("linePitch"), QString::number(LinePitch)},
                                        {QStringLiteral("charSpace"), QString::number(CharSpace)}});
    w.end();
}

QByteArray body(const BulletinDocument& document, const Faces& faces, const RecordPlacement& placement) {
    QByteArray out;
    WordXml w(&out, QStringLiteral("document"));
    w.start(QStringLiteral("body"));
    head(w, document.frame, faces);
    bool attached = false;
    for (qsizetype i = 0; i < document.blocks.size(); ++i) {
        const BulletinBlock& block = document.blocks[i];
        switch (block.style) {
        case Style::Title:
            paragraph(w, QStringLiteral("Title"), block.text);
            paragraph(w, QStringLiteral("Normal"), QString()); // 标题下空一行
            break;
        case Style::Body:
            paragraph(w, QStringLiteral("Normal"), block.text);
            break;
        case Style::Heading1:
            paragraph(w, QStringLiteral("Heading1"), block.text);
            break;
        case Style::Heading2:
            paragraph(w, QStringLiteral("Heading2"), block.text);
            break;
        case Style::Heading3:
            paragraph(w, QStringLiteral("Heading3"), block.text);
            break;
        case Style::Signature: {
            const bool dated = i + 1 < document.blocks.size() && document.blocks[i + 1].style == Style::Date;
            signature(w, block.text, dated ? document.blocks[i + 1].text : QString(), document.frame.sealed);
            if (dated)
                ++i;
            break;
        }
        case Style::Date:
            signature(w, QString(), block.text, document.frame.sealed);
            break;
        case Style::Addressee:
            indented(w, QStringLiteral("Normal"), block.text, 0, 0);
            break;
        case Style::Attachment: {
            // 正文下空一行左空二字; a long name goes on under its first character
            if (!attached)
                paragraph(w, QStringLiteral("Normal"), QString());
            static const QRegularExpression label(QStringLiteral("^(附件：)?(\\d+．)?"));
            const double first = IndentChars + (attached ? charsWide(QStringLiteral("附件：")) : 0);
            indented(w, QStringLiteral("Normal"), block.text, first, first + charsWide(label.match(block.text).captured(0)));
            attached = true;
            break;
        }
        }
    }
    if (document.frame.hasRecord())
        record(w, document.frame, placement);
    sectionProperties(w, document.frame.hasRecord() && placement.blankBeforeRecord ? 2 : 0);
    w.finish();
    return out;
}
} // namespace

QString officialFaceFor(FontRole role, const QString& chosen) {
    if (!chosen.isEmpty() && !isFreeFallback(chosen))
        return chosen;
    return fontCandidates(role).first();
}

QByteArray officialDocumentDocx(const BulletinDocument& document, const OfficialFonts& fonts,
                                const QString& documentTitle, const QString& anchor) {
    const Faces faces = facesFor(fonts);
    WordPackage package;
    // Where the 版记 goes is where the PDF's layout of the same grid puts it.
    const RecordPlacement placement = document.frame.hasRecord()
                                          ? renderOfficialDocument(document, fonts, documentTitle).record
                                          : RecordPlacement{};
    package.document = body(document, faces, placement);
    package.styles = styles(faces);
    package.settings = word::settingsPart(static_cast<int>(std::lround(CharPitch * 2)), true, true);
    package.fontTable = fontTable(fonts);
    // "— N —", odd pages right and even pages left, one character in.
    const int inset = static_cast<int>(PageNumberPoints * 20);
    package.footers = {word::pageNumberFooter(word::FooterSide::Right, inset, QStringLiteral("Footer")),
                       word::pageNumberFooter(word::FooterSide::Left, inset, QStringLiteral("Footer"))};
    if (placement.blankBeforeRecord) // the blank page and the 版记's: footers without a number
        package.footers << word::emptyFooter() << word::emptyFooter();
    package.title = documentTitle;
    package.keywords = anchor;
    return package.zip();
}

void writeOfficialDocx(const BulletinDocument& document, const OfficialFonts& fonts, const QString& documentTitle,
                       const QString& path, const QString& anchor) {
    saveFileAtomically(path, officialDocumentDocx(document, fonts, documentTitle, anchor));
}

} // namespace rectrack
