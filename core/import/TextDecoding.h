#pragma once
// Turns the bytes of a text file into text, detecting the encoding: a BOM (UTF-8, UTF-16 LE
// or BE) when there is one, else strict UTF-8, else UTF-16 without a BOM (recognised by its
// zero bytes), else GB18030 (which covers GBK and GB2312). Binary data is refused.

#include <QByteArray>
#include <QString>

namespace rectrack {

struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "GB18030"
};

// Throws Error(Invalid) with a message for the user when the bytes are not text.
DecodedText decodeText(const QByteArray& bytes);

} // namespace rectrack
