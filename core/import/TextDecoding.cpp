#include "TextDecoding.h"

#include "model/Error.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace rectrack {

namespace {

std::optional<QString> strictDecode(QStringConverter::Encoding encoding, QByteArrayView bytes) {
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> strictDecode(const char* name, QByteArrayView bytes) {
    QStringDecoder decoder(name, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder(bytes);
    if (decoder.hasError() || text.contains(QChar::ReplacementCharacter))
        return std::nullopt;
    return text;
}

// UTF-16 without a BOM: in Chinese or ASCII text one byte of most pairs is zero (ASCII) or
// the text has no zero bytes at all (then it is not UTF-16).
std::optional<QStringConverter::Encoding> guessUtf16(QByteArrayView bytes) {
    if (bytes.size() < 4 || bytes.size() % 2 != 0)
        return std::nullopt;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i + 1 < bytes.size(); i += 2) {
        evenZeros += bytes[i] == 0;
        oddZeros += bytes[i + 1] == 0;
    }
    const qsizetype pairs = bytes.size() / 2;
    if (oddZeros * 5 > pairs && evenZeros * 20 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 5 > pairs && oddZeros * 20 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

// Share of characters one expects in a Chinese document: CJK, ASCII, punctuation, spaces.
double plausibility(const QString& text) {
    if (text.isEmpty())
        return 0;
    qsizetype good = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        good += (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3000 && u <= 0x303F) ||
                (u >= 0xFF00 && u <= 0xFFEF) || (u >= 0x20 && u <= 0x7E) || u == u'\n' || u == u'\r' ||
                u == u'\t' || (u >= 0x2000 && u <= 0x206F) || (u >= 0x2460 && u <= 0x24FF);
    }
    return static_cast<double>(good) / text.size();
}

// Text has few control characters other than line breaks and tabs.
bool looksLikeText(const QString& text) {
    if (text.isEmpty())
        return true;
    qsizetype controls = 0;
    for (QChar c : text)
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t' && c != u'\f') ||
            c.unicode() == 0x7f)
            ++controls;
    return controls * 100 < text.size();
}

DecodedText accept(QString text, const QString& encoding) {
    if (!looksLikeText(text))
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::TextDecoding",
                                                "文件内容不是文本（可能是二进制文件或已损坏），无法导入"));
    return DecodedText{std::move(text), encoding};
}
} // namespace

DecodedText decodeText(const QByteArray& bytes) {
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        if (auto text = strictDecode(QStringConverter::Utf8, view.sliced(3)))
            return accept(*text, QStringLiteral("UTF-8 (BOM)"));
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::TextDecoding",
                                                "文件标明为 UTF-8 编码，但内容有损坏的字节"));
    }
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const bool little = view.startsWith("\xFF\xFE");
        if (auto text =
                strictDecode(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE, view.sliced(2)))
            return accept(*text, little ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE"));
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::TextDecoding",
                                                "文件标明为 UTF-16 编码，但内容有损坏的字节"));
    }
    if (const auto utf16 = guessUtf16(view))
        if (auto text = strictDecode(*utf16, view))
            return accept(*text, *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                                     : QStringLiteral("UTF-16BE"));
    if (auto text = strictDecode(QStringConverter::Utf8, view))
        return accept(*text, QStringLiteral("UTF-8"));
    // UTF-16 without a BOM and with few ASCII characters has few zero bytes: judge by content.
    if (view.size() % 2 == 0)
        for (const auto encoding : {QStringConverter::Utf16LE, QStringConverter::Utf16BE})
            if (auto text = strictDecode(encoding, view); text && plausibility(*text) > 0.95)
                return accept(*text, encoding == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                                           : QStringLiteral("UTF-16BE"));
    if (!view.contains('\0'))
        if (auto text = strictDecode("GB18030", view))
            return accept(*text, QStringLiteral("GB18030"));
    throw Error(Error::Kind::Invalid,
                QCoreApplication::translate(
                    "rectrack::TextDecoding",
                    "无法识别文件的文字编码（支持 UTF-8、UTF-16、GB18030/GBK），或者它不是文本文件"));
}

} // namespace rectrack
