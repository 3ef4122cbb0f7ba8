#pragma once
// The strings a careless paste, a broken file or an attacker brings: each hostile-input test
// runs every one of them through its path.

#include <QByteArray>
#include <QList>
#include <QString>

namespace rectrack::test {

struct OddString {
    const char* name;
    QString text;
};

// Empty, blank, 1 MB, NUL bytes, control characters, what invalid UTF-8 decodes to, lone
// surrogates, zero-width and right-to-left marks, emoji, SQL metacharacters, markup, a
// spreadsheet formula, Qt's own %1 placeholders, a path.
QList<OddString> oddStrings();

struct OddBytes {
    const char* name;
    QByteArray bytes;
};

// Raw documents for the importers: empty, NUL-filled, 1 MB without a line break, invalid
// UTF-8, a lone UTF-16 BOM, truncated and garbage signatures of each format, markup that nests
// deeply, XML entity bombs inside a Word file, a Word file whose text is over the limit.
QList<OddBytes> oddDocuments();

// A zip archive of the given entries (stored, not compressed), written by hand so the tests
// can make malformed Word files.
QByteArray zipOf(const QList<QPair<QByteArray, QByteArray>>& entries);

} // namespace rectrack::test
