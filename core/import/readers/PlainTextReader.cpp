#include "PlainTextReader.h"

#include "import/TextDecoding.h"

namespace rectrack {

ExtractedText PlainTextReader::read(const QByteArray& bytes) const {
    DecodedText decoded = decodeText(bytes);
    return ExtractedText{std::move(decoded.text), format(), decoded.encoding};
}

} // namespace rectrack
