#include "DocxReader.h"

#include "ZipPackage.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace rectrack {

namespace {

constexpr qsizetype MaxText = 8 * 1024 * 1024; // characters of text taken from it

struct Text {
    Q_DECLARE_TR_FUNCTIONS(rectrack::DocxReader)
};
} // namespace

ZipPackage::Words wordPackageWords() {
    return {Text::tr("Word 文件已损坏或不完整（不是有效的 .docx 压缩包）"), Text::tr("Word 正文过大，无法导入")};
}

QString wordBodyMissing() {
    return Text::tr("这个压缩包里没有 Word 正文（word/document.xml），不是 .docx 文件");
}

QString wordXmlBroken(const QString& why) {
    return Text::tr("Word 正文的 XML 已损坏：%1").arg(why);
}

bool DocxReader::recognises(const QString& fileName, const QByteArray& head) const {
    return head.startsWith("PK\x03\x04") || fileName.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive);
}

ExtractedText DocxReader::read(const QByteArray& bytes) const {
    const ZipPackage package(bytes, wordPackageWords());
    QStringList paragraphs;
    QString current;
    qsizetype taken = 0;
    bool inText = false; // inside <w:t>, whose characters are the document's text
    package.parseXml(
        QStringLiteral("word/document.xml"), MaxWordBodyXml, wordBodyMissing(),
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
        wordXmlBroken);
    return ExtractedText{paragraphs.join(u'\n'), format(), QString()};
}

} // namespace rectrack
