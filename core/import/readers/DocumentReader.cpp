#include "DocumentReader.h"

#include "DocxReader.h"
#include "HtmlReader.h"
#include "PdfReader.h"
#include "PlainTextReader.h"
#include "domain/UnicodeText.h"
#include "model/Error.h"

#include <QCoreApplication>

namespace rectrack {

const std::vector<std::unique_ptr<DocumentReader>>& documentReaders() {
    static const std::vector<std::unique_ptr<DocumentReader>> readers = [] {
        std::vector<std::unique_ptr<DocumentReader>> list;
        list.push_back(std::make_unique<PdfReader>());
        list.push_back(std::make_unique<DocxReader>());
        list.push_back(std::make_unique<HtmlReader>());
        list.push_back(std::make_unique<PlainTextReader>());
        return list;
    }();
    return readers;
}

ExtractedText readDocument(const QString& fileName, const QByteArray& bytes) {
    const QByteArray head = bytes.left(1024);
    for (const auto& reader : documentReaders())
        if (reader->recognises(fileName, head)) {
            ExtractedText text = reader->read(bytes);
            // what no decoder should let through, and SQLite could not store as given
            text.text = withLoneSurrogatesReplaced(text.text);
            return text;
        }
    throw Error(Error::Kind::Invalid,
                QCoreApplication::translate("rectrack::DocumentReader", "不支持这种文件格式"));
}

} // namespace rectrack
