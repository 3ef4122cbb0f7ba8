#include "DocxReader.h"

#include "storage/Error.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <zip.h>

namespace rectrack {

namespace {

constexpr qint64 MaxDocumentXml = 200LL * 1024 * 1024;

QByteArray documentXml(const QByteArray& bytes) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source =
        zip_source_buffer_create(bytes.constData(), static_cast<zip_uint64_t>(bytes.size()), 0, &error);
    if (!source)
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::DocxReader", "无法读取 Word 文件"));
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (!archive) {
        zip_source_free(source);
        zip_error_fini(&error);
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::DocxReader",
                                                "Word 文件已损坏或不完整（不是有效的 .docx 压缩包）"));
    }
    struct Closer {
        zip_t* a;
        ~Closer() { zip_discard(a); }
    } closer{archive};
    zip_stat_t stat;
    if (zip_stat(archive, "word/document.xml", 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE))
        throw Error(
            Error::Kind::Invalid,
            QCoreApplication::translate("rectrack::DocxReader",
                                        "这个压缩包里没有 Word 正文（word/document.xml），不是 .docx 文件"));
    if (stat.size > static_cast<zip_uint64_t>(MaxDocumentXml))
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::DocxReader", "Word 正文过大，无法导入"));
    zip_file_t* file = zip_fopen(archive, "word/document.xml", 0);
    if (!file)
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::DocxReader", "无法打开 Word 正文"));
    QByteArray xml(static_cast<qsizetype>(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, xml.data(), stat.size);
    zip_fclose(file);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::DocxReader", "Word 文件已损坏，正文读取不完整"));
    return xml;
}
} // namespace

bool DocxReader::recognises(const QString& fileName, const QByteArray& head) const {
    return head.startsWith("PK\x03\x04") || fileName.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive);
}

ExtractedText DocxReader::read(const QByteArray& bytes) const {
    QXmlStreamReader xml(documentXml(bytes));
    QStringList paragraphs;
    QString current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"t")
                current += xml.readElementText();
            else if (name == u"tab")
                current += u'\t';
            else if (name == u"br" || name == u"cr")
                current += u'\n';
        } else if (xml.isEndElement() && xml.name() == u"p") {
            paragraphs.append(current);
            current.clear();
        }
    }
    if (xml.hasError())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::DocxReader", "Word 正文的 XML 已损坏：%1")
                        .arg(xml.errorString()));
    return ExtractedText{paragraphs.join(u'\n'), format(), QString()};
}

} // namespace rectrack
