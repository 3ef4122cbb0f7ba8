#pragma once
// Exports read back the way a user's spreadsheet would: CSV parsed, an .xlsx unpacked and
// its first sheet read (a test-time reader, independent of the writer).

#include "export/TableWriters.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace rectrack::test {

// RFC 4180 with a UTF-8 BOM, as Excel and WPS read it.
QList<QStringList> readCsv(const QString& path);
// One entry of a zip archive; empty when it is missing and not required.
QByteArray zipEntry(const QString& path, const char* name, bool required = true);
// The first sheet of an .xlsx as text cells (shared or inline strings, dates from serials).
QList<QStringList> readXlsx(const QString& path, const QList<TableColumn>& columns);
// A table's row as the cells' text (cellText).
QStringList expectedRow(const Table& table, int r);

} // namespace rectrack::test
