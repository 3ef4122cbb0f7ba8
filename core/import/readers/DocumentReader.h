#pragma once
// One reader per document format, behind one interface: each turns a file's bytes into the
// text of the bulletin, or throws Error(Invalid) saying why it cannot.

#include <QByteArray>
#include <QString>
#include <memory>
#include <vector>

namespace rectrack {

struct ExtractedText {
    QString text;
    QString format;   // txt, html, docx, pdf
    QString encoding; // for text formats; empty otherwise
};

class DocumentReader {
public:
    virtual ~DocumentReader() = default;
    virtual QString format() const = 0;
    // Whether this reader handles the file, judged by its first bytes and then its name.
    virtual bool recognises(const QString& fileName, const QByteArray& head) const = 0;
    virtual ExtractedText read(const QByteArray& bytes) const = 0;
};

// The readers, most specific first (PDF and Word by their signature, HTML by its tags,
// plain text last).
const std::vector<std::unique_ptr<DocumentReader>>& documentReaders();

// Picks the reader and reads; throws Error(Invalid) for an unsupported or unreadable file.
ExtractedText readDocument(const QString& fileName, const QByteArray& bytes);

} // namespace rectrack
