#include "OfficialDocumentDocx.h"

#include "AtomicSave.h"
#include "OfficialPage.h"
#include "word/PageNumberFooter.h"
#include "word/WordPackage.h"
#include "word/WordXml.h"

#include <QSet>

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

QByteArray settings() {
    QByteArray out;
    WordXml w(&out, QStringLiteral("settings"));
    // (Word wants the settings in the schema's order.)
    w.value(QStringLiteral("defaultTabStop"), number(CharPitch * 2));
    w.empty(QStringLiteral("evenAndOddHeaders")); // the page number at the outer side
    // Punctuation keeps its full width: the characters stay on the grid.
    w.value(QStringLiteral("characterSpacingControl"), QStringLiteral("doNotCompress"));
    w.start(QStringLiteral("compat"));
    w.empty(QStringLiteral("compatSetting"), {{QStringLiteral("name"), QStringLiteral("compatibilityMode")},
                                              {QStringLiteral("uri"), QStringLiteral("http://schemas.microsoft.com/office/word")},
                                              {QStringLiteral("val"), QStringLiteral("15")}});
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

// 发文机关署名 two characters from the right, 成文日期 under it two characters further right;
// a long date moves both left (as the PDF does, GB/T 9704 7.3.5.2).
void signature(WordXml& w, const QString& name, const QString& date) {
    paragraph(w, QStringLiteral("Normal"), QString()); // 正文下空一行
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

QByteArray body(const BulletinDocument& document) {
    QByteArray out;
    WordXml w(&out, QStringLiteral("document"));
    w.start(QStringLiteral("body"));
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
            signature(w, block.text, dated ? document.blocks[i + 1].text : QString());
            if (dated)
                ++i;
            break;
        }
        case Style::Date:
            signature(w, QString(), block.text);
            break;
        }
    }
    w.start(QStringLiteral("sectPr"));
    w.empty(QStringLiteral("footerReference"), {{QStringLiteral("type"), QStringLiteral("default")}});
    w.stream().writeAttribute(WordXml::Relationships, QStringLiteral("id"), WordPackage::footerRelationship(0));
    w.empty(QStringLiteral("footerReference"), {{QStringLiteral("type"), QStringLiteral("even")}});
    w.stream().writeAttribute(WordXml::Relationships, QStringLiteral("id"), WordPackage::footerRelationship(1));
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
    package.document = body(document);
    package.styles = styles(faces);
    package.settings = settings();
    package.fontTable = fontTable(fonts);
    // "— N —", odd pages right and even pages left, one character in.
    const int inset = static_cast<int>(PageNumberPoints * 20);
    package.footers = {word::pageNumberFooter(word::FooterSide::Right, inset, QStringLiteral("Footer")),
                       word::pageNumberFooter(word::FooterSide::Left, inset, QStringLiteral("Footer"))};
    package.title = documentTitle;
    package.keywords = anchor;
    return package.zip();
}

void writeOfficialDocx(const BulletinDocument& document, const OfficialFonts& fonts, const QString& documentTitle,
                       const QString& path, const QString& anchor) {
    saveFileAtomically(path, officialDocumentDocx(document, fonts, documentTitle, anchor));
}

} // namespace rectrack
