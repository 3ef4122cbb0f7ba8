#pragma once
// An old Excel workbook (.xls, BIFF5 and BIFF8) or a WPS 表格 file saved in that format (.et),
// read with FreeXL: each sheet as rows of cell text; numbers as Excel shows them in General;
// dates as yyyy-MM-dd. FreeXL runs in a helper program of its own (rectrack-xls-reader), with a
// time and a memory limit: on some damaged files it reads memory it should not, and that must
// cost the user a message, not the program. FreeXL does not tell merged areas or hidden rows apart: a problem's
// merged cell reads as its text on the first row and blanks below, which the ledger reader
// takes as the same problem. A workbook with an open password is refused saying what to do; so
// is one too large to read.

#include "XlsxReader.h"

namespace rectrack {

// Whether the bytes are an OLE compound file (.xls, .et, .doc, or an encrypted .xlsx).
bool isCompoundFile(const QByteArray& bytes);

Workbook readXls(const QByteArray& bytes);

} // namespace rectrack
