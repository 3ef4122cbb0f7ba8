#pragma once

#include "DocumentReader.h"

namespace rectrack {

// Plain text in UTF-8 (with or without BOM), UTF-16 or GB18030.
class PlainTextReader final : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("txt"); }
    bool recognises(const QString&, const QByteArray&) const override { return true; }
    ExtractedText read(const QByteArray& bytes) const override;
};

} // namespace rectrack
