#pragma once

#include "DocumentReader.h"

namespace rectrack {

// A page's bytes as text: in the charset its <meta> names, else as TextDecoding detects.
QString decodeHtmlBytes(const QByteArray& bytes, QString& encoding);

// A saved web page: the article's text, without scripts, styles, navigation, headers,
// footers and the site's banner lines around the article.
class HtmlReader final : public DocumentReader {
public:
    QString format() const override { return QStringLiteral("html"); }
    bool recognises(const QString& fileName, const QByteArray& head) const override;
    ExtractedText read(const QByteArray& bytes) const override;

    static QString decodeEntities(const QString& text);
};

} // namespace rectrack
