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
#include <QRegularExpression>
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

constexpr qreal RecordSize = 14; // 版记: 4号
const QColor Red(0xE6, 0x00, 0x12);

// One line of text on the grid, or an empty line.
struct Row {
    const QTextLayout* layout = nullptr;
    int line = -1;
    qreal x = 0;        // from the left margin
    bool keepWithNext = false;
    const QTextLayout* right = nullptr; // a second text on the same line (签发人), one line
    qreal rightX = 0;
    qreal top = -1;          // ≥ 0: the text's top this far under the text area's, not on the grid
    bool red = false;        // 发文机关标志
    qreal ruleAbove = 0;     // 版记's rules, their thickness (device units) at the line's edges
    qreal ruleBelow = 0;
    bool separator = false;  // the red separator 4 mm under this line's characters
    bool held = false;       // an empty line that stays at the top of a page (the 版头's)
};

// The pages as laid out, and those that carry no page number (GB/T 9704 7.5: a blank page
// before the 版记, and the 版记's page after it).
struct Pages {
    QList<QList<Row>> rows;
    QList<bool> numbered;
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
        m_frame = document.frame;
        head();
        bool attached = false;
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
            case Style::Addressee: // 顶格
                paragraph(block.text, m_body, Qt::AlignJustify, 0, false);
                break;
            case Style::Attachment: {
                // 正文下空一行左空二字; a long name goes on under its first character
                if (!attached)
                    m_rows.push_back(Row{});
                const qreal lead = official::IndentChars * CharWidth;
                const qreal first = attached ? lead + measuredWidth(QStringLiteral("附件："), m_body) : lead;
                static const QRegularExpression label(QStringLiteral("^(附件：)?(\\d+．)?"));
                const qreal rest = first + measuredWidth(label.match(block.text).captured(0), m_body);
                paragraph(block.text, m_body, Qt::AlignJustify, first, false, rest);
                attached = true;
                break;
            }
            }
        }
        record();
    }

    RecordPlacement placement() const { return m_placement; }

    int draw() {
        const Pages laidOut = paginate();
        const QList<QList<Row>>& pages = laidOut.rows;
        QPainter painter(&m_writer);
        if (!painter.isActive())
            throw Error(Error::Kind::Storage, QCoreApplication::translate("rectrack::OfficialDocumentPdf",
                                                                     "无法生成 PDF 文件"));
        for (qsizetype p = 0; p < pages.size(); ++p) {
            if (p > 0)
                m_writer.newPage();
            for (qsizetype slot = 0; slot < pages[p].size(); ++slot) {
                const Row& row = pages[p][slot];
                const qreal lineTop = MarginTop + slot * Pitch;
                if (row.ruleAbove > 0)
                    painter.fillRect(QRectF(MarginLeft, lineTop - row.ruleAbove / 2, TextWidth, row.ruleAbove), Qt::black);
                if (row.ruleBelow > 0)
                    painter.fillRect(QRectF(MarginLeft, lineTop + Pitch - row.ruleBelow, TextWidth, row.ruleBelow), Qt::black);
                if (!row.layout) {
                    if (row.separator) // a 发文机关标志 without 发文字号: the separator under its line
                        painter.fillRect(QRectF(MarginLeft, lineTop + Pitch / 2 + mm(4), TextWidth, mm(0.5)), Red);
                    continue;
                }
                // The characters sit in the middle of their grid line: a CJK face's em box spans
                // about 0.88 em above the baseline and 0.12 em below.
                const qreal em = row.layout->font().pixelSize();
                const qreal baseline = row.top >= 0 ? MarginTop + row.top + 0.88 * em : lineTop + Pitch / 2 + 0.38 * em;
                painter.setPen(row.red ? Red : QColor(Qt::black));
                const QTextLine line = row.layout->lineAt(row.line);
                line.draw(&painter, QPointF(MarginLeft + row.x, baseline - line.ascent() - line.y()));
                if (row.right) {
                    const QTextLine second = row.right->lineAt(0);
                    second.draw(&painter, QPointF(MarginLeft + row.rightX, baseline - second.ascent() - second.y()));
                }
                painter.setPen(Qt::black);
                if (row.separator) // 发文字号之下 4 mm
                    painter.fillRect(QRectF(MarginLeft, baseline + 0.12 * em + mm(4), TextWidth, mm(0.5)), Red);
            }
            if (laidOut.numbered.value(p, true))
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
                   bool keepWithNext, qreal restIndent = 0) {
        QTextLayout* layout = newLayout(text, f, alignment);
        layout->beginLayout();
        for (int n = 0;; ++n) {
            QTextLine line = layout->createLine();
            if (!line.isValid())
                break;
            const qreal x = n == 0 ? indent : restIndent;
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

    // 版头 (GB/T 9704 7.2): 份号, 密级和保密期限, 紧急程度 flush left on the first lines; the red
    // 发文机关标志 centred with its top 35 mm under the text area's; 发文字号 centred two lines
    // under it (with a 签发人, 发文字号 one character in from the left and 签发人 one from the
    // right); the red separator 4 mm under them; the title two lines further down.
    void head() {
        if (!m_frame.hasHead())
            return;
        if (!m_frame.copyNumber.isEmpty())
            m_rows.push_back(Row{line(m_frame.copyNumber, m_body), 0, 0});
        if (!m_frame.secrecy.isEmpty())
            m_rows.push_back(Row{line(m_frame.secrecy, m_heading1), 0, 0});
        if (!m_frame.urgency.isEmpty())
            m_rows.push_back(Row{line(m_frame.urgency, m_heading1), 0, 0});
        if (!m_frame.hasMark())
            return;
        if (!m_frame.issuerMark.isEmpty()) {
            // characters up to 15 mm, smaller when the name would not fit the line
            const qreal size = std::floor(std::min<qreal>(mm(15), 0.95 * TextWidth / std::max<qsizetype>(1, m_frame.issuerMark.size())));
            QFont mark(m_title.family());
            mark.setPixelSize(qRound(size));
            mark.setBold(m_title.bold());
            QTextLayout* layout = line(m_frame.issuerMark, mark);
            const qreal width = singleLine(layout);
            const qreal top = mm(35);
            while (m_rows.size() < static_cast<size_t>(top / Pitch))
                m_rows.push_back(heldLine());
            Row row{layout, 0, (TextWidth - width) / 2};
            row.top = top;
            row.red = true;
            m_rows.push_back(row);
            const int under = static_cast<int>(std::ceil((top + size) / Pitch));
            while (m_rows.size() < static_cast<size_t>(under))
                m_rows.push_back(heldLine());
            m_rows.push_back(heldLine()); // 空二行
            m_rows.push_back(heldLine());
        }
        Row numberRow;
        const QString number = m_frame.documentNumber;
        QTextLayout* numberLayout = number.isEmpty() ? nullptr : line(number, m_body);
        numberRow.layout = numberLayout;
        if (m_frame.signer.isEmpty()) {
            numberRow.x = numberLayout ? (TextWidth - singleLine(numberLayout)) / 2 : 0;
        } else {
            numberRow.x = CharWidth;
            // 签发人： in fangsong, the name in kai
            const QString text = QStringLiteral("签发人：") + m_frame.signer;
            QTextLayout* signer = newLayout(text, m_body, Qt::AlignLeft);
            QList<QTextLayout::FormatRange> formats = signer->formats();
            QTextCharFormat kai;
            kai.setFontFamilies({m_heading2.family()});
            formats.append({4, static_cast<int>(text.size()) - 4, kai});
            signer->setFormats(formats);
            const qreal width = singleLine(signer);
            numberRow.right = signer;
            numberRow.rightX = TextWidth - CharWidth - width;
            if (!numberRow.layout) { // a 签发人 alone: on its own line
                numberRow.layout = signer;
                numberRow.x = numberRow.rightX;
                numberRow.right = nullptr;
            }
        }
        numberRow.line = 0;
        numberRow.separator = true;
        numberRow.held = true;
        m_rows.push_back(numberRow);
        m_rows.push_back(heldLine()); // 空二行 under the separator
        m_rows.push_back(heldLine());
    }

    static Row heldLine() {
        Row row;
        row.held = true;
        return row;
    }

    // 版记 (GB/T 9704 7.4): 抄送 and 印发机关/印发日期 in 4号, one character in from each side,
    // between rules as wide as the text: the first and last 0.35 mm, those between 0.25 mm; the
    // last rule on the text area's last line. Placed by paginate().
    void record() {
        if (!m_frame.hasRecord())
            return;
        QFont small = m_body;
        small.setLetterSpacing(QFont::AbsoluteSpacing, 0);
        small.setPixelSize(qRound(pt(RecordSize)));
        const qreal inset = pt(RecordSize);
        if (const QString text = copiesToLine(m_frame.copiesTo); !text.isEmpty()) {
            QTextLayout* layout = newLayout(text, small, Qt::AlignLeft);
            layout->beginLayout();
            const qreal hang = inset + measuredWidth(QStringLiteral("抄送："), small);
            for (int n = 0;; ++n) {
                QTextLine l = layout->createLine();
                if (!l.isValid())
                    break;
                const qreal x = n == 0 ? inset : hang;
                l.setLineWidth(TextWidth - x - inset);
                l.setPosition(QPointF(0, 0));
                m_record.push_back(Row{layout, n, x});
            }
            layout->endLayout();
        }
        if (!m_frame.printer.isEmpty() || m_frame.printDate.isValid()) {
            Row row;
            if (!m_frame.printer.isEmpty()) {
                row.layout = line(m_frame.printer, small);
                row.x = inset;
            }
            if (m_frame.printDate.isValid()) {
                QTextLayout* date = line(printedOn(m_frame.printDate), small);
                const qreal x = TextWidth - inset - singleLine(date);
                if (row.layout) {
                    row.right = date;
                    row.rightX = x;
                } else {
                    row.layout = date;
                    row.x = x;
                }
            }
            row.line = 0;
            m_record.push_back(row);
        }
        for (size_t i = 0; i < m_record.size(); ++i) {
            m_record[i].ruleAbove = i == 0 ? mm(0.35) : mm(0.25);
            if (i + 1 == m_record.size())
                m_record[i].ruleBelow = mm(0.35);
        }
    }

    // A one-line layout of `text`.
    QTextLayout* line(const QString& text, const QFont& f) {
        QTextLayout* layout = newLayout(text, f, Qt::AlignLeft);
        singleLine(layout);
        return layout;
    }

    // 发文机关署名 right with two characters' space, 成文日期 under it starting two characters
    // further right (GB/T 9704 7.3.5.2); a long date moves both left.
    void signature(const QString& name, const QString& date) {
        m_rows.push_back(Row{}); // 正文下空一行
        if (m_frame.sealed) {
            sealedSignature(name, date);
            return;
        }
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

    // With a seal (GB/T 9704 7.3.5.1): 成文日期 four characters in from the right, 发文机关署名
    // centred over it, two empty lines above them for the seal, which presses on both.
    void sealedSignature(const QString& name, const QString& date) {
        Row space;
        space.keepWithNext = true;
        m_rows.push_back(space);
        m_rows.push_back(space);
        QTextLayout* nameLayout = name.isEmpty() ? nullptr : newLayout(name, m_body, Qt::AlignLeft);
        QTextLayout* dateLayout = date.isEmpty() ? nullptr : newLayout(date, m_body, Qt::AlignLeft);
        const qreal nameWidth = nameLayout ? singleLine(nameLayout) : 0;
        const qreal dateWidth = dateLayout ? singleLine(dateLayout) : 0;
        const qreal dateX = TextWidth - 4 * CharWidth - dateWidth;
        const qreal nameX = dateLayout ? dateX + (dateWidth - nameWidth) / 2 : TextWidth - 4 * CharWidth - nameWidth;
        if (nameLayout)
            m_rows.push_back(Row{nameLayout, 0, std::max<qreal>(0, nameX), dateLayout != nullptr});
        if (dateLayout)
            m_rows.push_back(Row{dateLayout, 0, std::max<qreal>(0, dateX), false});
    }

    // Fills pages of 22 lines. A heading never ends a page: its lines move to the next page
    // with the first line of what follows. Empty lines at the top of a page are dropped.
    Pages paginate() const {
        QList<QList<Row>> pages(1);
        for (size_t i = 0; i < m_rows.size(); ++i) {
            const Row& row = m_rows[i];
            QList<Row>* page = &pages.last();
            if (page->size() == LinesPerPage) {
                pages.append(QList<Row>());
                page = &pages.last();
            }
            if (!row.layout && !row.held && page->isEmpty())
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
        QList<bool> numbered(pages.size(), true);
        if (!m_record.empty()) { // the 版记 at the foot of the last page, or of a page of its own
            const qsizetype lines = static_cast<qsizetype>(m_record.size());
            if (pages.last().size() + lines > LinesPerPage) {
                // Its page would be odd: a blank page first, and neither is numbered (7.5).
                const bool blank = pages.size() % 2 == 0;
                m_placement.recordOnItsOwnPage = true;
                m_placement.blankBeforeRecord = blank;
                if (blank) {
                    pages.append(QList<Row>());
                    numbered.append(false);
                }
                pages.append(QList<Row>());
                numbered.append(!blank);
            }
            m_placement.recordPage = static_cast<int>(pages.size());
            while (pages.last().size() < LinesPerPage - lines)
                pages.last().append(Row{});
            for (const Row& row : m_record)
                pages.last().append(row);
        }
        return Pages{pages, numbered};
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
    std::vector<Row> m_record; // the 版记's lines, placed at the foot of the last page
    mutable RecordPlacement m_placement;
    OfficialFrame m_frame;
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
        out.record = typesetter.placement();
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
