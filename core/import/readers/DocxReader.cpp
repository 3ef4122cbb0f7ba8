#include "DocxReader.h"

#include "model/Error.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <zip.h>

namespace rectrack {

namespace {

// A Word bulletin's body is a few megabytes of XML; anything that inflates past this is refused
// as soon as it does, without ever holding it (a 700 KB archive can expand to 200 MB).
constexpr qint64 MaxDocumentXml = 64LL * 1024 * 1024;
constexpr qsizetype MaxText = 8 * 1024 * 1024; // characters of text taken from it
constexpr zip_uint64_t Chunk = 64 * 1024;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::DocxReader)
};

// word/document.xml of a .docx, read chunk by chunk as it inflates.
class DocumentXml {
public:
    explicit DocumentXml(const QByteArray& bytes) {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source =
            zip_source_buffer_create(bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &error);
        if (!source)
            throw Error(Error::Kind::Invalid, Text::tr("无法读取 Word 文件"));
        m_archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
        if (!m_archive) {
            zip_source_free(source);
            zip_error_fini(&error);
            throw Error(Error::Kind::Invalid, Text::tr("Word 文件已损坏或不完整（不是有效的 .docx 压缩包）"));
        }
        try { // the destructor does not run for a constructor that throws
            zip_stat_t stat;
            if (zip_stat(m_archive, "word/document.xml", 0, &stat) != 0)
                throw Error(Error::Kind::Invalid, Text::tr("这个压缩包里没有 Word 正文（word/document.xml），不是 .docx 文件"));
            if ((stat.valid & ZIP_STAT_SIZE) && stat.size > static_cast<zip_uint64_t>(MaxDocumentXml))
                throw Error(Error::Kind::Invalid, Text::tr("Word 正文过大，无法导入"));
            m_file = zip_fopen(m_archive, "word/document.xml", 0);
            if (!m_file)
                throw Error(Error::Kind::Invalid, Text::tr("无法打开 Word 正文"));
        } catch (...) {
            zip_discard(m_archive);
            throw;
        }
    }
    ~DocumentXml() {
        if (m_file)
            zip_fclose(m_file);
        zip_discard(m_archive);
    }
    DocumentXml(const DocumentXml&) = delete;
    DocumentXml& operator=(const DocumentXml&) = delete;

    // The next piece; empty at the end. The declared size is not trusted: the bytes are counted.
    QByteArray next() {
        QByteArray chunk(static_cast<qsizetype>(Chunk), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(m_file, chunk.data(), Chunk);
        if (read < 0)
            throw Error(Error::Kind::Invalid, Text::tr("Word 文件已损坏，正文读取不完整"));
        m_total += read;
        if (m_total > MaxDocumentXml)
            throw Error(Error::Kind::Invalid, Text::tr("Word 正文过大，无法导入"));
        chunk.resize(static_cast<qsizetype>(read));
        return chunk;
    }

private:
    zip_t* m_archive = nullptr;
    zip_file_t* m_file = nullptr;
    qint64 m_total = 0;
};
} // namespace

bool DocxReader::recognises(const QString& fileName, const QByteArray& head) const {
    return head.startsWith("PK\x03\x04") || fileName.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive);
}

ExtractedText DocxReader::read(const QByteArray& bytes) const {
    DocumentXml document(bytes);
    QXmlStreamReader xml;
    QStringList paragraphs;
    QString current;
    qsizetype taken = 0;
    bool inText = false; // inside <w:t>, whose characters are the document's text
    bool exhausted = false;
    while (true) {
        xml.readNext();
        if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !exhausted) {
            const QByteArray chunk = document.next(); // more of the body, as it inflates
            if (chunk.isEmpty())
                exhausted = true;
            xml.addData(chunk); // at the end nothing is added: a cut-off body stays an error
            continue;
        }
        if (xml.hasError() || xml.atEnd())
            break;
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"t")
                inText = true;
            else if (name == u"tab")
                current += u'\t';
            else if (name == u"br" || name == u"cr")
                current += u'\n';
        } else if (xml.isCharacters() && inText) {
            current += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"t")
                inText = false;
            else if (xml.name() == u"p") {
                taken += current.size() + 1;
                if (taken > MaxText)
                    throw Error(Error::Kind::Invalid, Text::tr("Word 正文过大，无法导入"));
                paragraphs.append(current);
                current.clear();
            }
        }
    }
    if (xml.hasError())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::DocxReader", "Word 正文的 XML 已损坏：%1").arg(xml.errorString()));
    return ExtractedText{paragraphs.join(u'\n'), format(), QString()};
}

} // namespace rectrack
