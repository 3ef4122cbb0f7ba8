#pragma once

#include "DocumentReader.h"
#include "ZipPackage.h"

namespace rectrack {

// A Word body is a few megabytes of XML; one that inflates past this is refused as soon as it
// does, without ever holding it (a 700 KB archive can expand to 200 MB).
constexpr qint64 MaxWordBodyXml = 64LL * 1024 * 1024;

// What a Word package that cannot be read is told (the Word reader and its tables' share it).
ZipPackage::Words wordPackageWords();
QString wordBodyMissing();
QString wordXmlBroken(const QString& why);

// Word .docx: the paragraphs of word/document.xml, read from the zip with libzip.
class DocxReader final : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("docx"); }
    bool recognises(const QString& fileName, const QByteArray& head) const override;
    ExtractedText read(const QByteArray& bytes) const override;
};

} // namespace rectrack
