#include "TableWriters.h"

#include "AtomicSave.h"
#include "StderrCapture.h"
#include "WordTable.h"

#include "model/Error.h"
#include "storage/OutputGuard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLoggingCategory>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTextOption>

#include <algorithm>
#include <cstdio>
#include <vector>
#include <xlsxwriter.h>

namespace rectrack {

namespace {
// Q_DECLARE_TR_FUNCTIONS, not a free tr(): lupdate files a free tr() under the wrong
// context, and the translation is then never found.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::TableWriters)
};

[[noreturn]] void fail(const QString& path, const QString& why) {
    throw Error(Error::Kind::Storage, Text::tr("无法写入 %1：%2").arg(path, why));
}

Q_LOGGING_CATEGORY(xlsxLog, "rectrack.export.xlsx", QtInfoMsg)

// libxlsxwriter says why it failed on stderr only ("[ERROR] workbook_close(): …"): its words
// go into our message, and to the log category above (silent unless QT_LOGGING_RULES turns it
// on), not to the user's terminal.
QString libraryWords(StderrCapture& capture) {
    static const QRegularExpression libraryLine(QStringLiteral("^\\[(ERROR|WARNING)\\]\\s*"));
    QStringList lines;
    for (QString line : capture.take().split(u'\n', Qt::SkipEmptyParts)) {
        if (!libraryLine.match(line).hasMatch()) { // another thread's: back where it was going
            std::fprintf(stderr, "%s\n", qUtf8Printable(line));
            continue;
        }
        qCDebug(xlsxLog) << line;
        line.remove(libraryLine);
        if (!line.trimmed().isEmpty())
            lines << line.trimmed();
    }
    return lines.join(u' ');
}

QString withLibraryWords(const QString& why, const QString& words) {
    return words.isEmpty() ? why : QStringLiteral("%1（%2）").arg(why, words);
}

// A file name beside the target, for writing before the rename.
QString partPath(const QString& path) {
    OutputGuard::requireSafeOutput(path);
    QTemporaryFile probe(path + QStringLiteral(".part-XXXXXX"));
    if (!probe.open())
        fail(path, probe.errorString());
    return probe.fileName(); // removed when probe goes; the writer creates it again
}

void replace(const QString& part, const QString& path) {
    QString why;
    if (!OutputGuard::isSafeOutput(path, &why)) { // the target became a ledger while we wrote
        QFile::remove(part);
        throw Error(Error::Kind::Invalid, why);
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(part);
        fail(path, Text::tr("无法替换原文件"));
    }
}

QString clean(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        if (c.unicode() >= 0x20 || c == u'\n' || c == u'\t')
            out.append(c);
    return out;
}
} // namespace

QString cellText(const QVariant& value, TableColumn::Type type) {
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid() ? value.toDate().toString(Qt::ISODate) : QString();
    if (type == TableColumn::Type::Percent)
        return QString::number(value.toDouble() * 100.0, 'f', 1) + u'%';
    return clean(value.toString());
}

std::optional<TableFormat> parseTableFormat(const QString& text) {
    const QString t = text.toLower();
    if (t == u"csv")
        return TableFormat::Csv;
    if (t == u"xlsx")
        return TableFormat::Xlsx;
    if (t == u"pdf")
        return TableFormat::Pdf;
    if (t == u"docx")
        return TableFormat::Docx;
    return std::nullopt;
}

void writeTable(const Table& table, TableFormat format, const QString& path, const QString& subtitle) {
    switch (format) {
    case TableFormat::Csv:
        return writeCsv(table, path);
    case TableFormat::Xlsx:
        return writeXlsx(table, path);
    case TableFormat::Pdf:
        writePdf(table, path, subtitle);
        return;
    case TableFormat::Docx:
        return writeWordTable(table, path, WordTableLayout{subtitle, {}, {}, {}});
    }
}

QString neutralisedCsvCell(const QString& text) {
    // OWASP's advice on CSV injection: a cell that starts with = + - @, a tab or a carriage
    // return could be run by a spreadsheet as a formula, so it gets a leading apostrophe and is
    // read as text. A plain number (-5, +3.5) is left as it is.
    if (text.isEmpty())
        return text;
    const QChar first = text[0];
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return text;
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d+(\\.\\d+)?$"));
    if (number.match(text).hasMatch())
        return text;
    return u'\'' + text;
}

void writeCsv(const Table& table, const QString& path) {
    const auto field = [](QString text) {
        text = neutralisedCsvCell(text);
        if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r'))
            return u'"' + text.replace(u'"', QStringLiteral("\"\"")) + u'"';
        return text;
    };
    QStringList lines;
    QStringList header;
    for (const TableColumn& c : table.columns)
        header << field(c.title);
    lines << header.join(u',');
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells << field(cellText(row[i], table.columns[i].type));
        lines << cells.join(u',');
    }
    if (!table.anchor.isEmpty()) // the history's head when it was read: `verify --anchor FILE`
        lines << field(Text::tr("修改记录锚点")) + u',' + field(table.anchor);
    saveFileAtomically(path, "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
}

struct XlsxTableWriter::Book {
    lxw_workbook* workbook = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* dateFormat = nullptr;
    lxw_format* percentFormat = nullptr;
    // the cells of editable columns: unlocked, shaded, wrapped
    lxw_format* open = nullptr;
    lxw_format* openDate = nullptr;
    std::vector<QByteArray> choices; // kept alive until the book is closed
};

namespace {
QByteArray xlsxText(const QString& s) {
    QString t = clean(s);
    if (t.size() > 32767) // Excel's limit for a cell
        t = t.left(32766) + u'…';
    return t.toUtf8();
}
} // namespace

XlsxTableWriter::XlsxTableWriter(const QString& path, const QString& title, const QList<TableColumn>& columns,
                                 const QString& anchor)
    : m_book(std::make_unique<Book>())
    , m_columns(columns)
    , m_path(path)
    , m_part(partPath(path)) {
    // Rows go straight to disk as they are written (they are written in order), with inline
    // strings: a 400,000-row 任务清单 neither waits on a shared-string table nor sits in memory.
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    const QByteArray tmpdir = QFile::encodeName(QFileInfo(m_part).absolutePath());
    options.tmpdir = const_cast<char*>(tmpdir.constData());
    StderrCapture capture;
    m_book->workbook = workbook_new_opt(QFile::encodeName(m_part).constData(), &options);
    if (!m_book->workbook)
        fail(path, withLibraryWords(Text::tr("无法创建工作簿"), libraryWords(capture)));
    if (!anchor.isEmpty()) { // copied by libxlsxwriter
        QByteArray keywords = anchor.toUtf8();
        QByteArray author("Rectrack");
        lxw_doc_properties properties = {};
        properties.keywords = keywords.data();
        properties.author = author.data();
        workbook_set_properties(m_book->workbook, &properties);
    }
    const QByteArray sheetName = title.left(31).toUtf8();
    m_book->sheet = workbook_add_worksheet(m_book->workbook, sheetName.constData());
    const QString words = libraryWords(capture); // its rows go to a file of its own from now on
    if (!m_book->sheet) {
        lxw_workbook_free(std::exchange(m_book->workbook, nullptr));
        QFile::remove(m_part);
        fail(path, withLibraryWords(Text::tr("无法创建工作簿"), words));
    }
    lxw_format* bold = workbook_add_format(m_book->workbook);
    format_set_bold(bold);
    format_set_bg_color(bold, 0xEEEEEE);
    format_set_border(bold, LXW_BORDER_THIN);
    m_book->dateFormat = workbook_add_format(m_book->workbook);
    format_set_num_format(m_book->dateFormat, "yyyy-mm-dd");
    m_book->percentFormat = workbook_add_format(m_book->workbook);
    format_set_num_format(m_book->percentFormat, "0.0%");
    lxw_format* wrap = workbook_add_format(m_book->workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);
    m_book->open = workbook_add_format(m_book->workbook);
    format_set_unlocked(m_book->open);
    format_set_bg_color(m_book->open, 0xFFF8DC);
    format_set_text_wrap(m_book->open);
    format_set_align(m_book->open, LXW_ALIGN_VERTICAL_TOP);
    m_book->openDate = workbook_add_format(m_book->workbook);
    format_set_unlocked(m_book->openDate);
    format_set_bg_color(m_book->openDate, 0xFFF8DC);
    format_set_num_format(m_book->openDate, "yyyy-mm-dd");
    for (int c = 0; c < columns.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(m_book->sheet, 0, col, xlsxText(columns[c].title).constData(), bold);
        lxw_row_col_options hidden = {};
        hidden.hidden = columns[c].hidden ? LXW_TRUE : LXW_FALSE;
        worksheet_set_column_opt(m_book->sheet, col, col, columns[c].width, columns[c].width >= 30 ? wrap : nullptr,
                                 &hidden);
    }
}

XlsxTableWriter::~XlsxTableWriter() {
    if (m_book->workbook) { // not finished: nothing is written, nothing is left behind
        lxw_workbook_free(m_book->workbook);
        QFile::remove(m_part);
    }
}

void XlsxTableWriter::addRows(const QList<QVariantList>& rows) {
    lxw_worksheet* sheet = m_book->sheet;
    for (const QVariantList& row : rows) {
        const auto line = static_cast<lxw_row_t>(++m_rows);
        for (int c = 0; c < m_columns.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            const bool editable = m_columns[c].editable;
            const bool isDate = m_columns[c].type == TableColumn::Type::Date;
            lxw_format* open = isDate ? m_book->openDate : m_book->open;
            if (c >= row.size() || (editable && row[c].toString().isEmpty())) {
                if (editable) // an empty cell the unit may type in
                    worksheet_write_blank(sheet, line, col, open);
                continue;
            }
            const QVariant& v = row[c];
            switch (m_columns[c].type) {
            case TableColumn::Type::Date:
                if (v.typeId() == QMetaType::QDate && v.toDate().isValid()) {
                    const QDate d = v.toDate();
                    lxw_datetime when = {d.year(), d.month(), d.day(), 0, 0, 0.0};
                    worksheet_write_datetime(sheet, line, col, &when, editable ? open : m_book->dateFormat);
                }
                break;
            case TableColumn::Type::Number:
                worksheet_write_number(sheet, line, col, v.toDouble(), nullptr);
                break;
            case TableColumn::Type::Percent:
                worksheet_write_number(sheet, line, col, v.toDouble(), m_book->percentFormat);
                break;
            case TableColumn::Type::Text: {
                const QByteArray utf8 = xlsxText(v.toString());
                if (!utf8.isEmpty())
                    worksheet_write_string(sheet, line, col, utf8.constData(), editable ? open : nullptr);
                break;
            }
            }
        }
    }
}

void XlsxTableWriter::finish() {
    worksheet_freeze_panes(m_book->sheet, 1, 0);
    if (!m_columns.isEmpty())
        worksheet_autofilter(m_book->sheet, 0, 0, static_cast<lxw_row_t>(m_rows),
                             static_cast<lxw_col_t>(m_columns.size() - 1));
    protectForm();
    StderrCapture capture;
    const lxw_error error = workbook_close(std::exchange(m_book->workbook, nullptr));
    const QString words = libraryWords(capture);
    if (error != LXW_NO_ERROR) {
        QFile::remove(m_part);
        fail(m_path, withLibraryWords(QString::fromUtf8(lxw_strerror(error)), words));
    }
    replace(m_part, m_path);
}

void XlsxTableWriter::protectForm() {
    const bool isForm = std::any_of(m_columns.cbegin(), m_columns.cend(), [](const TableColumn& c) { return c.editable; });
    if (!isForm || m_rows == 0)
        return;
    for (int c = 0; c < m_columns.size(); ++c) {
        if (m_columns[c].choices.isEmpty())
            continue;
        for (const QString& choice : m_columns[c].choices)
            m_book->choices.push_back(choice.toUtf8());
        std::vector<char*> list;
        for (qsizetype i = m_book->choices.size() - m_columns[c].choices.size(); i < qsizetype(m_book->choices.size()); ++i)
            list.push_back(m_book->choices[i].data());
        list.push_back(nullptr);
        lxw_data_validation validation = {};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = list.data();
        validation.ignore_blank = LXW_VALIDATION_ON;
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_data_validation_range(m_book->sheet, 1, col, static_cast<lxw_row_t>(m_rows), col, &validation);
    }
    // No password: the lock keeps a careless edit out of the fields the office owns, it is
    // not a seal (the rows' keys and the preview of every change are).
    lxw_protection protection = {};
    protection.format_columns = LXW_TRUE;
    protection.format_rows = LXW_TRUE;
    protection.autofilter = LXW_TRUE;
    worksheet_protect(m_book->sheet, nullptr, &protection);
}

void writeXlsx(const Table& table, const QString& path) {
    XlsxTableWriter writer(path, table.title, table.columns, table.anchor);
    writer.addRows(table.rows);
    writer.finish();
}

bool writePdf(const Table& table, const QString& path, const QString& subtitle,
              const std::function<bool(int, int)>& progress) {
    const QString part = partPath(path);
    {
        QPdfWriter writer(part);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(10, 10, 10, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(table.title);
        writer.setCreator(table.anchor.isEmpty() ? QStringLiteral("Rectrack")
                                                 : QStringLiteral("Rectrack ") + table.anchor);
        QPainter painter;
        if (!painter.begin(&writer)) {
            QFile::remove(part);
            fail(path, Text::tr("无法创建 PDF"));
        }
        // a face whose PDF text copies back as written (see TOOLCHAIN.md on Noto CJK)
        QFont font;
        for (const QString& family : {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Noto Sans CJK SC")})
            if (QFontDatabase::families().contains(family)) {
                font.setFamily(family);
                break;
            }
        font.setPointSizeF(7.5);
        QFont bold = font;
        bold.setBold(true);
        QFont heading = font;
        heading.setPointSize(13);
        heading.setBold(true);

        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        const double unit = page.width() / [&] {
            int total = 0;
            for (const TableColumn& c : table.columns)
                total += c.width;
            return std::max(total, 1);
        }();
        QList<double> widths;
        for (const TableColumn& c : table.columns)
            widths << c.width * unit;
        const double pad = writer.resolution() / 50.0;
        QTextOption wrapping;
        wrapping.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);

        const auto rowHeight = [&](const QStringList& cells, const QFont& f) {
            painter.setFont(f);
            double height = QFontMetricsF(f, &writer).height();
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const QRectF box = painter.boundingRect(QRectF(0, 0, widths[i] - 2 * pad, 1e6), cells[i], wrapping);
                height = std::max(height, box.height());
            }
            return height + 2 * pad;
        };
        const auto drawRow = [&](const QStringList& cells, const QFont& f, double top, double height, bool shade) {
            painter.setFont(f);
            double left = page.left();
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const QRectF cell(left, top, widths[i], height);
                if (shade)
                    painter.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
                painter.setPen(QColor(0x99, 0x99, 0x99));
                painter.drawRect(cell);
                painter.setPen(Qt::black);
                painter.drawText(cell.adjusted(pad, pad, -pad, -pad), cells[i], wrapping);
                left += widths[i];
            }
        };
        QStringList header;
        for (const TableColumn& c : table.columns)
            header << c.title;
        const double headerHeight = rowHeight(header, bold);
        const double footer = QFontMetricsF(font, &writer).height() * 1.5;
        int pageNumber = 1;
        double y = page.top();
        const auto startPage = [&](bool first) {
            if (!first)
                writer.newPage();
            y = page.top();
            if (first) {
                painter.setFont(heading);
                const double h = QFontMetricsF(heading, &writer).height() * 1.3;
                painter.drawText(QRectF(page.left(), y, page.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
                                 subtitle.isEmpty() ? table.title : table.title + QStringLiteral(" — ") + subtitle);
                y += h;
            }
            drawRow(header, bold, y, headerHeight, true); // the header on every page
            y += headerHeight;
            painter.setFont(font);
            painter.drawText(QRectF(page.left(), page.bottom() - footer, page.width(), footer),
                             Qt::AlignHCenter | Qt::AlignBottom, Text::tr("— %1 —").arg(pageNumber));
        };
        startPage(true);
        const int total = static_cast<int>(table.rows.size());
        int done = 0;
        for (const QVariantList& row : table.rows) {
            if (progress && ++done % 200 == 0 && !progress(done, total)) { // cancelled: no file
                painter.end();
                QFile::remove(part);
                return false;
            }
            QStringList cells;
            for (qsizetype i = 0; i < row.size(); ++i)
                cells << cellText(row[i], table.columns[i].type);
            const double height = std::min(rowHeight(cells, font), page.height() / 2);
            if (y + height > page.bottom() - footer) {
                ++pageNumber;
                startPage(false);
            }
            drawRow(cells, font, y, height, false);
            y += height;
        }
        if (!painter.end()) {
            QFile::remove(part);
            fail(path, Text::tr("无法完成 PDF"));
        }
    }
    if (QFileInfo(part).size() == 0) {
        QFile::remove(part);
        fail(path, Text::tr("无法完成 PDF"));
    }
    replace(part, path);
    if (progress)
        progress(static_cast<int>(table.rows.size()), static_cast<int>(table.rows.size()));
    return true;
}

} // namespace rectrack
