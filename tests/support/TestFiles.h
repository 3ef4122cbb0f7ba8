#pragma once
// Files the tests make for the readers: a zip package of given parts (a .docx, an .xlsx, or
// something that only looks like one), and a sheet of given rows.

#include "import/readers/Sheet.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace rectrack::test {

// A zip archive of the named parts, made with libzip in memory.
QByteArray zipOf(const QList<std::pair<const char*, QByteArray>>& parts);

// Writes an .xlsx of one sheet with these rows of text, as Excel or WPS would save it (shared
// strings, no styles), with libxlsxwriter.
void writeWorkbook(const QString& path, const QList<QStringList>& rows, const char* sheetName = "Sheet1");
// The same with several sheets, in order.
void writeWorkbook(const QString& path, const QList<std::pair<const char*, QList<QStringList>>>& sheets);

// The first sheet of a workbook file as rows of cell text (XlsxReader).
QList<QStringList> workbookRows(const QString& path);
// The column whose header starts with `start` (for example 整改状态 in 整改状态（请选择）).
int columnStarting(const QStringList& header, const QString& start);

// A sheet named 台账 whose rows are numbered from 1, as a reader would give it.
Sheet sheetOf(const QList<QStringList>& rows);

} // namespace rectrack::test
