#include "DocxReader.h"

#include "ZipPackage.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace rectrack {

namespace {

// A Word bulletin's body is a few megabytes of XML; anything that inflates past this is refused
// as soon as it does, without ever holding it (a 700 KB archive can expand to 200 MB).
constexpr qint64 MaxDocumentXml = 64LL * 1024 * 1024;
constexpr qsizetype MaxText = 8 * 1024 * 1024; // characters of text taken from it

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::DocxReader)
};
} // namespace

bool DocxReader::recognises(const QString& fileName, const QByteArray& head) const {
    return head.startsWith("PK\x03\x04") || fileName.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive);
}

ExtractedText DocxReader::read(const QByteArray& bytes) const {
    const ZipPackage package(bytes, {Text::tr("Word 文件已损坏或不完整（不是有效的 .docx 压缩包）"),
                                     Text::tr("Word 正文过大，无法导入")});
    QStringList paragraphs;
    QString current;
    qsizetype taken = 0;
    bool inText = false; // inside <w:t>, whose characters are the document's text
    package.parseXml(
        QStringLiteral("word/document.xml"), MaxDocumentXml,
        Text::tr("这个压缩包里没有 Word 正文（word/document.xml），不是 .docx 文件"),
        [&](QXmlStreamReader& xml) {
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
        },
        [](const QString& why) {
            return QCoreApplication::translate("rectrack::DocxReader", "Word 正文的 XML 已损坏：%1").arg(why);
        });
    return ExtractedText{paragraphs.join(u'\n'), format(), QString()};
}

} // namespace rectrack
