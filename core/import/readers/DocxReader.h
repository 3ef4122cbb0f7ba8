#pragma once

#include "DocumentReader.h"

namespace rectrack {

// Word .docx: the paragraphs of word/document.xml, read from the zip with libzip.
class DocxReader final : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("docx"); }
    bool recognises(const QString& fileName, const QByteArray& head) const override;
    ExtractedText read(const QByteArray& bytes) const override;
};

} // namespace rectrack
