#include "PdfReader.h"

#include "PdfLines.h"

#include "storage/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <poppler-qt6.h>

namespace rectrack {

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
    QList<QList<PdfLine>> pages;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page)
            continue;
        QList<PdfWord> words;
        for (const std::unique_ptr<Poppler::TextBox>& box : page->textList())
            words.append(PdfWord{box->text(), box->boundingBox(), box->hasSpaceAfter()});
        pages.append(pdfLines(std::move(words), page->pageSizeF().height()));
    }
    const QString text = unifyRadicals(joinPdfParagraphs(pages));
    if (text.trimmed().isEmpty())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::PdfReader",
                                                "PDF 中没有可提取的文字（可能是扫描件图片），无法导入"));
    return ExtractedText{text, format(), QString()};
}

} // namespace rectrack
