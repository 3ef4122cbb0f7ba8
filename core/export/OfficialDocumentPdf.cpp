#include "OfficialDocumentPdf.h"

#include "AtomicSave.h"
#include "OfficialPage.h"
#include "PdfTextRepair.h"
#include "model/Error.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextCharFormat>
#include <QTextLayout>

#include <memory>
#include <vector>

namespace rectrack {

namespace {
using Style = BulletinBlock::Style;

// Device units: 720 dpi, ten to a point.
constexpr qreal Dpi = 720;
constexpr qreal mm(qreal millimetres) { return millimetres / 25.4 * Dpi; }
constexpr qreal pt(qreal points) { return points / 72.0 * Dpi; }

constexpr qreal PageWidth = mm(official::PageWidthMm), PageHeight = mm(official::PageHeightMm);
constexpr qreal MarginTop = mm(official::MarginTopMm), MarginBottom = mm(official::MarginBottomMm),
                MarginLeft = mm(official::MarginLeftMm), MarginRight = mm(official::MarginRightMm);
constexpr qreal TextWidth = PageWidth - MarginLeft - MarginRight;  // 156 mm
constexpr qreal TextHeight = PageHeight - MarginTop - MarginBottom; // 225 mm
constexpr int CharsPerLine = official::CharsPerLine;
constexpr int LinesPerPage = official::LinesPerPage;
constexpr qreal Pitch = TextHeight / LinesPerPage;
constexpr qreal CharWidth = TextWidth / CharsPerLine; // 3号 on the 28-character grid
constexpr qreal BodySize = official::BodyPoints, TitleSize = official::TitlePoints,
                PageNumberSize = official::PageNumberPoints;
constexpr qreal PageNumberGap = mm(official::PageNumberGapMm);

bool isOfficialXiaobiaosong(const QString& family) {
    return family.contains(QStringLiteral("小标宋")) || family.contains(QStringLiteral("XiaoBiaoSong"), Qt::CaseInsensitive);
}

// One line of text on the grid, or an empty line.
struct Row {
    const QTextLayout* layout = nullptr;
    int line = -1;
    qreal x = 0;        // from the left margin
    bool keepWithNext = false;
};

class Typesetter {
public:
    Typesetter(QPdfWriter& writer, const OfficialFonts& fonts)
        : m_writer(writer) {
        m_title = font(fonts.title, TitleSize, !isOfficialXiaobiaosong(fonts.title));
        m_body = font(fonts.body, BodySize);
        m_heading1 = font(fonts.heading1, BodySize);
        m_heading2 = font(fonts.heading2, BodySize);
        m_pageNumber = font(fonts.pageNumber, PageNumberSize);
        m_latinFamily = fonts.latin;
    }

    void set(const BulletinDocument& document) {
        for (qsizetype i = 0; i < document.blocks.size(); ++i) {
            const BulletinBlock& block = document.blocks[i];
            switch (block.style) {
            case Style::Title:
                paragraph(block.text, m_title, Qt::AlignHCenter, 0, true);
                m_rows.push_back(Row{}); // 标题下空一行
                break;
            case Style::Body:
                paragraph(block.text, m_body, Qt::AlignJustify, official::IndentChars * CharWidth, false);
                break;
            case Style::Heading1:
                paragraph(block.text, m_heading1, Qt::AlignJustify, official::IndentChars * CharWidth, true);
                break;
            case Style::Heading2:
                paragraph(block.text, m_heading2, Qt::AlignJustify, official::IndentChars * CharWidth, true);
                break;
            case Style::Heading3:
                paragraph(block.text, m_body, Qt::AlignJustify, official::IndentChars * CharWidth, true);
                break;
            case Style::Signature: {
                const bool dated = i + 1 < document.blocks.size() && document.blocks[i + 1].style == Style::Date;
                signature(block.text, dated ? document.blocks[i + 1].text : QString());
                if (dated)
                    ++i;
                break;
            }
            case Style::Date:
                signature(QString(), block.text);
                break;
            }
        }
    }

    int draw() {
        const QList<QList<Row>> pages = paginate();
        QPainter painter(&m_writer);
        if (!painter.isActive())
            throw Error(Error::Kind::Storage, QCoreApplication::translate("rectrack::OfficialDocumentPdf",
                                                                     "无法生成 PDF 文件"));
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                m_writer.newPage();
            for (qsizetype slot = 0; slot < pages[p].size(); ++slot) {
                const Row& row = pages[p][slot];
                if (!row.layout)
                    continue;
                const QTextLine line = row.layout->lineAt(row.line);
                // The characters sit in the middle of their grid line: a CJK face's em box spans
                // about 0.88 em above the baseline and 0.12 em below.
                const qreal em = row.layout->font().pixelSize();
                const qreal baseline = MarginTop + slot * Pitch + Pitch / 2 + 0.38 * em;
                line.draw(&painter, QPointF(MarginLeft + row.x, baseline - line.ascent() - line.y()));
            }
            pageNumber(painter, static_cast<int>(p) + 1);
        }
        return static_cast<int>(pages.size());
    }

private:
    QFont font(const QString& family, qreal points, bool bold = false) const {
        QFont f(family);
        f.setPixelSize(qRound(pt(points)));
        f.setBold(bold);
        f.setKerning(false);
        f.setStyleStrategy(QFont::PreferOutline);
        // Characters on the grid: 28 full-width characters fill the line.
        if (points == BodySize) {
            // The spacing's unit is the layout's own: find it from two measurements.
            const QString grid(CharsPerLine, QChar(0x56FD)); // 国
            f.setLetterSpacing(QFont::AbsoluteSpacing, 0);
            const qreal natural = measuredWidth(grid, f);
            f.setLetterSpacing(QFont::AbsoluteSpacing, -1);
            const qreal perUnit = natural - measuredWidth(grid, f);
            if (perUnit > 0)
                f.setLetterSpacing(QFont::AbsoluteSpacing, (TextWidth - natural) / -perUnit);
        }
        return f;
    }

    qreal measuredWidth(const QString& text, const QFont& f) const {
        QTextLayout layout(text, f, &m_writer);
        QTextOption option;
        option.setUseDesignMetrics(true);
        layout.setTextOption(option);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(TextWidth * 2);
        layout.endLayout();
        return line.naturalTextWidth();
    }

    // Latin letters and digits in the Latin face: CJK faces shape them with alternates that
    // have no code point, which would vanish from the copied text.
    QList<QTextLayout::FormatRange> latinRuns(const QString& text, const QFont& f) const {
        QList<QTextLayout::FormatRange> runs;
        if (m_latinFamily.isEmpty())
            return runs;
        QTextCharFormat format;
        format.setFontFamilies({m_latinFamily});
        format.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        format.setFontLetterSpacing(0);
        format.setFontWeight(f.weight());
        const auto isLatin = [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7F; };
        for (qsizetype i = 0; i < text.size();) {
            if (!isLatin(text[i])) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < text.size() && (isLatin(text[end]) || (text[end] == u' ' && end + 1 < text.size() &&
                                                                 isLatin(text[end + 1]))))
                ++end;
            runs.append({static_cast<int>(i), static_cast<int>(end - i), format});
            i = end;
        }
        return runs;
    }

    QTextLayout* newLayout(const QString& text, const QFont& f, Qt::Alignment alignment) {
        auto layout = std::make_unique<QTextLayout>(text, f, &m_writer);
        layout->setFormats(latinRuns(text, f));
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        option.setUseDesignMetrics(true);
        layout->setTextOption(option);
        m_layouts.push_back(std::move(layout));
        return m_layouts.back().get();
    }

    void paragraph(const QString& text, const QFont& f, Qt::Alignment alignment, qreal indent,
                   bool keepWithNext) {
        QTextLayout* layout = newLayout(text, f, alignment);
        layout->beginLayout();
        for (int n = 0;; ++n) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            const qreal x = n == 0 ? indent : 0;
            line.setLineWidth(TextWidth - x);
            // A line cut short by an unbreakable word (an e-mail address, a long number) is not
            // stretched: the gaps would tear its characters apart for a reader copying them.
            const bool last = line.textStart() + line.textLength() >= text.size();
            if (!last && TextWidth - x - line.naturalTextWidth() > 1.2 * CharWidth)
                line.setLineWidth(line.naturalTextWidth() + 1);
            line.setPosition(QPointF(0, 0));
            m_rows.push_back(Row{layout, n, x, keepWithNext});
        }
        layout->endLayout();
    }

    qreal singleLine(QTextLayout* layout) const {
        layout->beginLayout();
        QTextLine line = layout->createLine();
        line.setLineWidth(TextWidth);
        line.setPosition(QPointF(0, 0));
        layout->endLayout();
        return line.naturalTextWidth();
    }

    // 发文机关署名 right with two characters' space, 成文日期 under it starting two characters
    // further right (GB/T 9704 7.3.5.2); a long date moves both left.
    void signature(const QString& name, const QString& date) {
        m_rows.push_back(Row{}); // 正文下空一行
        const qreal space = official::SignatureSpaceChars * CharWidth;
        QTextLayout* nameLayout = name.isEmpty() ? nullptr : newLayout(name, m_body, Qt::AlignLeft);
        QTextLayout* dateLayout = date.isEmpty() ? nullptr : newLayout(date, m_body, Qt::AlignLeft);
        const qreal nameWidth = nameLayout ? singleLine(nameLayout) : 0;
        const qreal dateWidth = dateLayout ? singleLine(dateLayout) : 0;
        qreal nameX = TextWidth - space - nameWidth;
        qreal dateX = nameLayout ? nameX + space : TextWidth - space - dateWidth;
        if (dateX + dateWidth > TextWidth - space) {
            dateX = TextWidth - space - dateWidth;
            nameX = std::min(nameX, dateX - space);
        }
        if (nameLayout)
            m_rows.push_back(Row{nameLayout, 0, std::max<qreal>(0, nameX), dateLayout != nullptr});
        if (dateLayout)
            m_rows.push_back(Row{dateLayout, 0, std::max<qreal>(0, dateX), false});
    }

    // Fills pages of 22 lines. A heading never ends a page: its lines move to the next page
    // with the first line of what follows. Empty lines at the top of a page are dropped.
    QList<QList<Row>> paginate() const {
        QList<QList<Row>> pages(1);
        for (size_t i = 0; i < m_rows.size(); ++i) {
            const Row& row = m_rows[i];
            QList<Row>* page = &pages.last();
            if (page->size() == LinesPerPage) {
                pages.append(QList<Row>());
                page = &pages.last();
            }
            if (!row.layout && page->isEmpty())
                continue;
            page->append(row);
            const bool last = i + 1 == m_rows.size();
            if (page->size() == LinesPerPage && row.keepWithNext && !last) {
                qsizetype start = page->size() - 1; // the run of kept lines that ends the page
                while (start > 0 && (*page)[start - 1].keepWithNext && (*page)[start - 1].layout)
                    --start;
                if (start > 0) {
                    QList<Row> moved = page->mid(start);
                    page->remove(start, page->size() - start);
                    pages.append(moved);
                }
            }
        }
        if (pages.size() > 1 && pages.last().isEmpty())
            pages.removeLast();
        return pages;
    }

    // "— 1 —", 4号 half-width digits, 7 mm under the text; odd pages right, even pages left,
    // one character in from the edge of the text.
    void pageNumber(QPainter& painter, int number) const {
        painter.setFont(m_pageNumber);
        const QString text = QStringLiteral("— %1 —").arg(number);
        const QFontMetricsF metrics(m_pageNumber, &m_writer);
        const qreal width = metrics.horizontalAdvance(text);
        const qreal inset = pt(PageNumberSize);
        const qreal x = number % 2 == 1 ? MarginLeft + TextWidth - inset - width : MarginLeft + inset;
        const qreal y = PageHeight - MarginBottom + PageNumberGap + metrics.ascent();
        painter.drawText(QPointF(x, y), text);
    }

    QPdfWriter& m_writer;
    QFont m_title, m_body, m_heading1, m_heading2, m_pageNumber;
    QString m_latinFamily;
    std::vector<std::unique_ptr<QTextLayout>> m_layouts;
    std::vector<Row> m_rows;
};
} // namespace

QString& OfficialFonts::operator[](FontRole role) {
    switch (role) {
    case FontRole::Title:
        return title;
    case FontRole::Body:
        return body;
    case FontRole::Heading1:
        return heading1;
    case FontRole::Heading2:
        return heading2;
    case FontRole::PageNumber:
        return pageNumber;
    case FontRole::Latin:
        break;
    }
    return latin;
}

const QString& OfficialFonts::operator[](FontRole role) const {
    return const_cast<OfficialFonts&>(*this)[role];
}

QList<FontRole> fontRoles() {
    return {FontRole::Title,    FontRole::Body,       FontRole::Heading1,
            FontRole::Heading2, FontRole::PageNumber, FontRole::Latin};
}

QString fontRoleKey(FontRole role) {
    switch (role) {
    case FontRole::Title:
        return QStringLiteral("title");
    case FontRole::Body:
        return QStringLiteral("body");
    case FontRole::Heading1:
        return QStringLiteral("heading1");
    case FontRole::Heading2:
        return QStringLiteral("heading2");
    case FontRole::PageNumber:
        return QStringLiteral("page");
    case FontRole::Latin:
        break;
    }
    return QStringLiteral("latin");
}

std::optional<FontRole> parseFontRole(const QString& key) {
    for (FontRole role : fontRoles())
        if (fontRoleKey(role) == key)
            return role;
    return std::nullopt;
}

QString fontRoleLabel(FontRole role) {
    switch (role) {
    case FontRole::Title:
        return QCoreApplication::translate("rectrack::OfficialDocumentPdf", "标题（小标宋）");
    case FontRole::Body:
        return QCoreApplication::translate("rectrack::OfficialDocumentPdf", "正文（仿宋）");
    case FontRole::Heading1:
        return QCoreApplication::translate("rectrack::OfficialDocumentPdf", "一级标题（黑体）");
    case FontRole::Heading2:
        return QCoreApplication::translate("rectrack::OfficialDocumentPdf", "二级标题（楷体）");
    case FontRole::PageNumber:
        return QCoreApplication::translate("rectrack::OfficialDocumentPdf", "页码（宋体）");
    case FontRole::Latin:
        break;
    }
    return QCoreApplication::translate("rectrack::OfficialDocumentPdf", "西文和数字（Times New Roman）");
}

QStringList fontCandidates(FontRole role) {
    switch (role) {
    case FontRole::Title:
        return {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"), QStringLiteral("FZXiaoBiaoSong-B05S"),
                QStringLiteral("小标宋"), QStringLiteral("Noto Serif CJK SC"), QStringLiteral("AR PL UMing CN"),
                QStringLiteral("WenQuanYi Micro Hei")};
    case FontRole::Body:
        return {QStringLiteral("仿宋_GB2312"), QStringLiteral("FangSong_GB2312"), QStringLiteral("仿宋"),
                QStringLiteral("FangSong"), QStringLiteral("STFangsong"), QStringLiteral("Noto Serif CJK SC"),
                QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Micro Hei")};
    case FontRole::Heading1:
        return {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("方正黑体_GBK"),
                QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei")};
    case FontRole::Heading2:
        return {QStringLiteral("楷体_GB2312"), QStringLiteral("KaiTi_GB2312"), QStringLiteral("楷体"),
                QStringLiteral("KaiTi"), QStringLiteral("STKaiti"), QStringLiteral("AR PL UKai CN"),
                QStringLiteral("Noto Serif CJK SC"), QStringLiteral("WenQuanYi Micro Hei")};
    case FontRole::PageNumber:
        return {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("Noto Serif CJK SC"),
                QStringLiteral("AR PL UMing CN"), QStringLiteral("WenQuanYi Micro Hei")};
    case FontRole::Latin:
        break;
    }
    return {QStringLiteral("Times New Roman"), QStringLiteral("Liberation Serif"), QStringLiteral("DejaVu Serif")};
}

OfficialFonts defaultOfficialFonts(const QStringList& installedFamilies) {
    OfficialFonts fonts;
    for (FontRole role : fontRoles()) {
        const QStringList candidates = fontCandidates(role);
        fonts[role] = candidates.back();
        for (const QString& family : candidates)
            if (installedFamilies.contains(family, Qt::CaseInsensitive)) {
                fonts[role] = family;
                break;
            }
    }
    return fonts;
}

OfficialPdf renderOfficialDocument(const BulletinDocument& document, const OfficialFonts& fonts,
                                   const QString& documentTitle, const QString& anchor) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    OfficialPdf out;
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(static_cast<int>(Dpi));
        writer.setTitle(documentTitle);
        writer.setCreator(anchor.isEmpty() ? QStringLiteral("Rectrack") : QStringLiteral("Rectrack ") + anchor);
        Typesetter typesetter(writer, fonts);
        typesetter.set(document);
        out.pages = typesetter.draw();
    }
    out.bytes = buffer.data();
    repairToUnicode(out.bytes);
    return out;
}

int writeOfficialDocument(const BulletinDocument& document, const OfficialFonts& fonts,
                          const QString& documentTitle, const QString& path, const QString& anchor) {
    const OfficialPdf pdf = renderOfficialDocument(document, fonts, documentTitle, anchor);
    saveFileAtomically(path, pdf.bytes);
    return pdf.pages;
}

} // namespace rectrack
