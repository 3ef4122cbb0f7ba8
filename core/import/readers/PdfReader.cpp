#include "PdfReader.h"

#include "PdfLines.h"

#include "model/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <poppler-qt6.h>

#include <mutex>

namespace rectrack {

namespace {
Q_LOGGING_CATEGORY(pdfLog, "rectrack.import.pdf", QtInfoMsg)

// Poppler reports what it could not parse ("Couldn't read xref table") through one global
// function, on the thread that parses. Its messages go to the log category above (silent
// unless QT_LOGGING_RULES turns it on), not to stderr, and the first few of the current
// read are kept to say why a file could not be read.
thread_local QStringList* t_messages = nullptr;

void keepPopplerMessage(const QString& message, const QVariant&) {
    qCDebug(pdfLog) << message;
    if (t_messages && t_messages->size() < 3)
        t_messages->append(message.trimmed());
}

class PopplerMessages {
public:
    PopplerMessages() {
        static std::once_flag installed;
        std::call_once(installed, [] { Poppler::setDebugErrorFunction(keepPopplerMessage, QVariant()); });
        t_messages = &m_messages;
    }
    ~PopplerMessages() { t_messages = nullptr; }
    PopplerMessages(const PopplerMessages&) = delete;
    PopplerMessages& operator=(const PopplerMessages&) = delete;
    QString first() const { return m_messages.isEmpty() ? QString() : m_messages.first(); }

private:
    QStringList m_messages;
};
} // namespace

bool PdfReader::recognises(const QString& fileName, const QByteArray& head) const {
    return head.startsWith("%PDF") || fileName.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive);
}

ExtractedText PdfReader::read(const QByteArray& bytes) const {
    const PopplerMessages messages;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (document && document->isLocked())
        throw Error(Error::Kind::Invalid, QCoreApplication::translate("rectrack::PdfReader", "PDF 文件有密码保护，无法读取"));
    if (!document) {
        const QString damaged = QCoreApplication::translate("rectrack::PdfReader", "PDF 文件已损坏或不完整，无法读取");
        throw Error(Error::Kind::Invalid,
                    messages.first().isEmpty() ? damaged : QStringLiteral("%1（%2）").arg(damaged, messages.first()));
    }
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
