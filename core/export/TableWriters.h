#pragma once
// Writers of a ledger table for Excel and WPS users and for print: CSV (UTF-8 with a BOM, so
// Excel and WPS read Chinese right), XLSX (libxlsxwriter: header row, widths, dates as
// dates, frozen header, filter buttons) and a landscape PDF table with its header on every
// page. Each writes the whole file or nothing: it writes beside the target and renames
// over it only when done, so a failure or a cancel leaves no half-written file and an
// older file as it was. Failures throw Error.

#include "LedgerTable.h"

namespace rectrack {

enum class TableFormat { Csv, Xlsx, Pdf };

std::optional<TableFormat> parseTableFormat(const QString& text); // csv | xlsx | pdf
void writeTable(const Table& table, TableFormat format, const QString& path, const QString& subtitle = {});

void writeCsv(const Table& table, const QString& path);
void writeXlsx(const Table& table, const QString& path);
void writePdf(const Table& table, const QString& path, const QString& subtitle);

// A cell's text as the writers put it: ISO dates, 36.4%, control characters dropped.
QString cellText(const QVariant& value, TableColumn::Type type);

} // namespace rectrack
