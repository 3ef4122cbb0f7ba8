// libFuzzer target for everything an imported document goes through: format detection, the
// readers (text encodings, HTML, Word, PDF) and the bulletin parser. Errors the readers
// report are the expected outcome for most inputs; anything else (a crash, a hang, an
// address error) is a finding. Build with -DRECTRACK_FUZZ=ON and clang.

#include "import/BulletinJson.h"
#include "import/BulletinParser.h"
#include "import/readers/DocumentReader.h"
#include "storage/Error.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // The first byte picks the file name the readers see, so every reader is exercised.
    static const char* const names[] = {"fuzz.txt", "fuzz.html", "fuzz.docx", "fuzz.pdf"};
    const QString name = QString::fromLatin1(names[size > 0 ? data[0] % 4 : 0]);
    try {
        const rectrack::ExtractedText text = rectrack::readDocument(name, bytes);
        const rectrack::ParsedBulletin bulletin = rectrack::parseBulletin(text.text);
        (void)rectrack::toJson(bulletin);
    } catch (const rectrack::Error&) {
    }
    return 0;
}
