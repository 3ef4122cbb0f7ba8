#pragma once
// A Word document (.docx, Office Open XML) put together from its XML parts and zipped with
// libzip in memory: the [Content_Types].xml, the relationships and the document properties are
// written from the parts given, so a writer supplies only what it composes (the body, its
// styles and settings, footers). The archive is the same bytes for the same parts: every entry
// carries one fixed time.

#include <QByteArray>
#include <QList>
#include <QString>

namespace rectrack {

struct WordPackage {
    QByteArray document;       // word/document.xml
    QByteArray styles;         // word/styles.xml
    QByteArray settings;       // word/settings.xml
    QByteArray fontTable;      // word/fontTable.xml (empty: none)
    QList<QByteArray> footers; // word/footer1.xml …, referred to by footerRelationship(i)
    QString title;             // docProps/core.xml
    QString keywords;          // the history's anchor when the document was composed

    // The relationship id the body's section uses for footer `index` (0-based).
    static QString footerRelationship(int index);
    // The zipped package. Throws Error(Storage) if libzip fails.
    QByteArray zip() const;
};

} // namespace rectrack
