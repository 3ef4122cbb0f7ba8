#include "HtmlReader.h"

#include "import/TextDecoding.h"
#include "storage/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringList>

namespace rectrack {

namespace {
using Re = QRegularExpression;
constexpr auto Options = Re::CaseInsensitiveOption | Re::DotMatchesEverythingOption;

QString decodeBytes(const QByteArray& bytes, QString& encoding) {
    static const Re charset(QStringLiteral(R"(<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+))"), Options);
    const auto m = charset.match(QString::fromLatin1(bytes.left(4096)));
    if (m.hasMatch()) {
        const QString name = m.captured(1).toUpper();
        if (name != u"UTF-8" && name != u"UTF8") {
            QStringDecoder decoder(name == u"GB2312" || name == u"GBK" ? "GB18030"
                                                                       : name.toLatin1().constData());
            if (decoder.isValid()) {
                QString text = decoder(bytes);
                if (!decoder.hasError()) {
                    encoding = name;
                    return text;
                }
            }
        }
    }
    DecodedText decoded = decodeText(bytes);
    encoding = decoded.encoding;
    return decoded.text;
}

bool isChrome(const QString& line) {
    static const Re punctuation(QStringLiteral("[。；;，,！？：:]"));
    return line.size() < 30 && !punctuation.match(line).hasMatch();
}

bool endsArticle(const QString& line) {
    static const Re tail(QStringLiteral(
        R"(^(\d{4}年\d{1,2}月\d{1,2}日$|.*(联系电话|电话|邮箱|邮政|公开期限|委员会$|党组$|党工委$)))"));
    return tail.match(line).hasMatch();
}
} // namespace

bool HtmlReader::recognises(const QString& fileName, const QByteArray& head) const {
    const QByteArray lower = head.toLower();
    return fileName.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive) ||
           fileName.endsWith(QStringLiteral(".htm"), Qt::CaseInsensitive) || lower.contains("<html") ||
           lower.contains("<!doctype html");
}

QString HtmlReader::decodeEntities(const QString& text) {
    static const Re entity(QStringLiteral("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);"));
    static const QHash<QString, QString> named = {
        {QStringLiteral("nbsp"), QStringLiteral(" ")},   {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("quot"), QStringLiteral("\"")},  {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},  {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},  {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("mdash"), QStringLiteral("—")},  {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("middot"), QStringLiteral("·")}, {QStringLiteral("emsp"), QStringLiteral(" ")},
        {QStringLiteral("ensp"), QStringLiteral(" ")}};
    QString out;
    qsizetype last = 0;
    auto it = entity.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        bool ok = false;
        uint code = 0;
        if (name.startsWith(QStringLiteral("#x")) || name.startsWith(QStringLiteral("#X")))
            code = name.mid(2).toUInt(&ok, 16);
        else if (name.startsWith(u'#'))
            code = name.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&code), 1);
        else
            out += named.value(name, m.captured(0));
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

ExtractedText HtmlReader::read(const QByteArray& bytes) const {
    QString encoding;
    QString html = decodeBytes(bytes, encoding);
    static const Re comments(QStringLiteral("<!--.*?-->"), Options);
    static const Re dropped(
        QStringLiteral(
            R"(<(head|script|style|noscript|nav|header|footer|aside|form|select|iframe)\b.*?</\1\s*>)"),
        Options);
    static const Re blocks(
        QStringLiteral(
            R"(<\s*(br|/p|/div|/h[1-6]|/li|/tr|/table|/section|/article|p|div|h[1-6]|li|tr)\b[^>]*>)"),
        Options);
    static const Re tags(QStringLiteral("<[^>]*>"), Options);
    html.remove(comments).remove(dropped);
    html.replace(blocks, QStringLiteral("\n"));
    html.remove(tags);
    const QString text = decodeEntities(html);

    QStringList lines;
    for (const QString& raw : text.split(u'\n')) {
        const QString line = raw.simplified();
        if (!line.isEmpty())
            lines.append(line);
    }
    // The article: from its title (or first real paragraph) to its signature or contact block.
    qsizetype first = 0;
    static const Re breadcrumb(QStringLiteral("^(当前位置|您的位置|您现在的位置|位置)[:：]"));
    while (first < lines.size() &&
           ((isChrome(lines[first]) && !lines[first].contains(QStringLiteral("通报")) &&
             !lines[first].startsWith(QStringLiteral("关于"))) || // a title's first line
            breadcrumb.match(lines[first]).hasMatch()))
        ++first;
    qsizetype last = lines.size() - 1;
    while (last > first && isChrome(lines[last]) && !endsArticle(lines[last]))
        --last;
    if (first >= lines.size())
        throw Error(Error::Kind::Invalid,
                    QCoreApplication::translate("rectrack::HtmlReader", "网页中没有找到正文"));
    return ExtractedText{lines.mid(first, last - first + 1).join(u'\n'), format(), encoding};
}

} // namespace rectrack
