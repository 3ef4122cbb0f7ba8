#include "PdfReader.h"

#include "storage/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <poppler-qt6.h>

namespace rectrack {

namespace {

const QHash<char32_t, char32_t>& radicalMap() {
    static const QHash<char32_t, char32_t> map = [] {
        QHash<char32_t, char32_t> m;
        QFile file(QStringLiteral(":/unicode/EquivalentUnifiedIdeograph.txt"));
        if (!file.open(QIODevice::ReadOnly))
            return m;
        static const QRegularExpression line(
            QStringLiteral(R"(^([0-9A-F]{4,5})(?:\.\.([0-9A-F]{4,5}))?\s*;\s*([0-9A-F]{4,5}))"));
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const auto m2 = line.match(QString::fromLatin1(raw));
            if (!m2.hasMatch())
                continue;
            const char32_t from = m2.captured(1).toUInt(nullptr, 16);
            const char32_t to = m2.captured(2).isEmpty() ? from : m2.captured(2).toUInt(nullptr, 16);
            const char32_t target = m2.captured(3).toUInt(nullptr, 16);
            for (char32_t c = from; c <= to; ++c)
                m.insert(c, target);
        }
        return m;
    }();
    return map;
}
} // namespace

QString unifyRadicals(const QString& text) {
    const QHash<char32_t, char32_t>& map = radicalMap();
    QList<uint> codes = text.toUcs4();
    bool changed = false;
    for (uint& c : codes)
        if (const auto it = map.constFind(c); it != map.constEnd()) {
            c = *it;
            changed = true;
        }
    return changed ? QString::fromUcs4(reinterpret_cast<const char32_t*>(codes.constData()), codes.size())
                   : text;
}

bool PdfReader::recognises(const QString& fileName, const QByteArray& head) const {
    return head.startsWith("%PDF") || fileName.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
}

ExtractedText PdfReader::read(const QByteArray& bytes) const {
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document || document->isLocked())
        throw Error(
            Error::Kind::Invalid,
            document
                ? QCoreApplication::translate("rectrack::PdfReader", "PDF 文件有密码保护，无法读取")
                : QCoreApplication::translate("rectrack::PdfReader", "PDF 文件已损坏或不完整，无法读取"));
    QStringList pages;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (page)
            pages.append(page->text(QRectF()));
    }
    const QString text = unifyRadicals(pages.join(u'\n'));
    if (text.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::PdfReader",
                                                "PDF 中没有可提取的文字（可能是扫描件图片），无法导入"));
    return ExtractedText{text, format(), QString()};
}

} // namespace rectrack
