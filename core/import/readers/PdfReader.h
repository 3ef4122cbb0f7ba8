#pragma once

#include "DocumentReader.h"
#include "domain/UnifiedIdeographs.h"

namespace rectrack {

// PDF through poppler-qt6: the text of every page, with Kangxi-radical and CJK-radical code
// points (which some PDF producers emit for ordinary characters) mapped back to the unified
// ideographs.
class PdfReader final : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("pdf"); }
    bool recognises(const QString& fileName, const QByteArray& head) const override;
    ExtractedText read(const QByteArray& bytes) const override;
};

} // namespace rectrack
