#pragma once
// A ledger saved as CSV by Excel or WPS: UTF-8 with or without a BOM, or GB18030 (what Excel
// writes on a Chinese Windows), cells separated by commas (or tabs, or semicolons, judged from
// the first line), quoted cells with doubled quotes and line breaks inside. Refused with a
// message when the bytes are not text, or hold a million rows or more.

#include "Sheet.h"

#include <QByteArray>

namespace rectrack {

struct CsvSheet {
    Sheet sheet;
    QString encoding; // as TextDecoding names it
};

CsvSheet readCsv(const QByteArray& bytes, const QString& name = {});

} // namespace rectrack
