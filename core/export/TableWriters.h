#pragma once
// Writers of a ledger table for Excel and WPS users and for print: CSV (UTF-8 with a BOM, so
// Excel and WPS read Chinese right), XLSX (libxlsxwriter: header row, widths, dates as
// dates, frozen header, filter buttons) and a landscape PDF table with its header on every
// page, and a Word table in landscape (WordTable.h) for the attachments of a report. Each writes the whole file or nothing: it writes beside the target and renames
// over it only when done, so a failure or a cancel leaves no half-written file and an
// older file as it was. Failures throw Error.

#include "LedgerTable.h"

#include <memory>

namespace rectrack {

enum class TableFormat { Csv, Xlsx, Pdf, Docx };

std::optional<TableFormat> parseTableFormat(const QString& text); // csv | xlsx | pdf | docx
void writeTable(const Table& table, TableFormat format, const QString& path, const QString& subtitle = {});

// A CSV cell's text made safe to open in a spreadsheet (no formula runs): see docs/cli.md.
QString neutralisedCsvCell(const QString& text);
void writeCsv(const Table& table, const QString& path);
void writeXlsx(const Table& table, const QString& path);

// An XLSX written row by row as the rows arrive, straight to disk: the rows need not all be
// in memory. finish() completes the file and puts it in place; a writer dropped before that
// (a cancel, an error) leaves no file behind and an older file as it was. Not thread-safe:
// one thread at a time (it may be handed over between threads).
class XlsxTableWriter {
public:
    // `anchor` (the history's head, HistoryAnchor::text()) goes into the file's keywords.
    XlsxTableWriter(const QString& path, const QString& title, const QList<TableColumn>& columns,
                    const QString& anchor = {}); // throws Error
    ~XlsxTableWriter();
    XlsxTableWriter(const XlsxTableWriter&) = delete;
    XlsxTableWriter& operator=(const XlsxTableWriter&) = delete;

    void addRows(const QList<QVariantList>& rows);
    void finish(); // throws Error
    int rowCount() const { return m_rows; }

private:
    void protectForm(); // a form's lists and sheet protection, when it has editable columns
    struct Book;
    std::unique_ptr<Book> m_book;
    QList<TableColumn> m_columns;
    QString m_path;
    QString m_part;
    int m_rows = 0;
};
// progress(rows drawn, rows) now and then; returning false cancels: no file, false comes back.
bool writePdf(const Table& table, const QString& path, const QString& subtitle,
              const std::function<bool(int, int)>& progress = {});

// A cell's text as the writers put it: ISO dates, 36.4%, control characters dropped.
QString cellText(const QVariant& value, TableColumn::Type type);

} // namespace rectrack
