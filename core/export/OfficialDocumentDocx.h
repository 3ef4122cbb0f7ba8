#pragma once
// Writes a BulletinDocument as an editable Word document (.docx) with the layout of the PDF
// (OfficialDocumentPdf.h), for an office to edit, stamp and file in WPS or Word: A4, margins
// 37/35/28/26 mm, the 28-character, 22-line grid (w:docGrid), named styles for the title
// (方正小标宋简体 2号), the body (仿宋_GB2312 3号), 一、 (黑体) and （一） (楷体_GB2312); page
// numbers as PAGE fields in odd and even footers, "— N —" at the outer side; the signature and
// date placed as in the PDF.
//
// The styles name the official faces a receiving office has. Where the face chosen for the PDF
// is another (a free font on this machine), it is given as the face's alternative name, so a
// program without the official face takes the same one the PDF used.

#include "OfficialDocumentPdf.h"

namespace rectrack {

// The document's bytes. Throws Error(Storage) when the package cannot be made.
QByteArray officialDocumentDocx(const BulletinDocument& document, const OfficialFonts& fonts,
                                const QString& documentTitle, const QString& anchor = {});

// Writes it to `path` through a temporary file renamed at the end. Throws Error.
void writeOfficialDocx(const BulletinDocument& document, const OfficialFonts& fonts, const QString& documentTitle,
                       const QString& path, const QString& anchor = {});

// The face the Word document names for a role: the chosen one when it is an official face,
// otherwise the role's first official face (and the chosen one is its alternative).
QString officialFaceFor(FontRole role, const QString& chosen);

} // namespace rectrack
