// libFuzzer targets for everything an imported document goes through. The build makes one
// program per target from this file, chosen by RECTRACK_FUZZ_TARGET_<name>:
//   document  format detection, then the reader it picks, the parser and the JSON preview
//   txt       the plain-text reader (encoding detection: UTF-8, UTF-16, GB18030), then the parser
//   html      the HTML reader, then the parser
//   docx      the Word reader (zip, XML), then the parser
//   pdf       the PDF reader (Poppler, line and paragraph joining), then the parser
//   xlsx      the workbook reader (zip, shared strings, styles, sheets, merged cells)
//   xls       the old-workbook reader (FreeXL in its helper process: a crash there must come back
//             as a message), then the ledger's columns and rows
//   parser    the bulletin parser alone, on the input decoded as UTF-8
// Errors the readers report (Error) are the expected outcome for most inputs; anything else
// (a crash, a hang, an address or undefined-behaviour error, an uncaught exception) is a
// finding, and becomes a regression test in tests/reliability/HostileInputTest.cpp.

#include "import/BulletinJson.h"
#include "import/BulletinParser.h"
#include "import/readers/DocumentReader.h"
#include "import/readers/DocxReader.h"
#include "import/readers/HtmlReader.h"
#include "import/readers/PdfReader.h"
#include "import/readers/PlainTextReader.h"
#include "import/ledger/SheetBulletin.h"
#include "import/readers/XlsReader.h"
#include "import/readers/XlsxReader.h"
#include "model/Error.h"

#include <cstddef>
#include <cstdint>

namespace {

void parse(const QString& text) {
    const rectrack::ParsedBulletin bulletin = rectrack::parseBulletin(text);
    (void)rectrack::toJson(bulletin);
}

template <typename Reader>
void readThenParse(const QByteArray& bytes) {
    parse(Reader().read(bytes).text);
}

void fuzzOne(const QByteArray& bytes) {
#if defined(RECTRACK_FUZZ_TARGET_document)
    // The first byte picks the file name the detection sees, so every reader is reached.
    static const char* const names[] = {"fuzz.txt", "fuzz.html", "fuzz.docx", "fuzz.pdf"};
    const QString name = QString::fromLatin1(names[bytes.isEmpty() ? 0 : static_cast<uint8_t>(bytes[0]) % 4]);
    parse(rectrack::readDocument(name, bytes).text);
#elif defined(RECTRACK_FUZZ_TARGET_txt)
    readThenParse<rectrack::PlainTextReader>(bytes);
#elif defined(RECTRACK_FUZZ_TARGET_html)
    readThenParse<rectrack::HtmlReader>(bytes);
#elif defined(RECTRACK_FUZZ_TARGET_docx)
    readThenParse<rectrack::DocxReader>(bytes);
#elif defined(RECTRACK_FUZZ_TARGET_pdf)
    readThenParse<rectrack::PdfReader>(bytes);
#elif defined(RECTRACK_FUZZ_TARGET_xlsx)
    (void)rectrack::readXlsx(bytes);
#elif defined(RECTRACK_FUZZ_TARGET_xls)
    if (rectrack::isCompoundFile(bytes))
        (void)rectrack::readSheetBulletin(QStringLiteral("fuzz.xls"), bytes);
#elif defined(RECTRACK_FUZZ_TARGET_parser)
    parse(QString::fromUtf8(bytes));
#else
#error "define RECTRACK_FUZZ_TARGET_<document|txt|html|docx|pdf|xlsx|xls|parser>"
#endif
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        fuzzOne(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    } catch (const rectrack::Error&) {
    }
    return 0;
}
