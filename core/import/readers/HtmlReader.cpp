#include "HtmlReader.h"

#include "import/BulletinText.h"

#include "import/TextDecoding.h"
#include "model/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QStringList>

namespace rectrack {

namespace {
using Re = QRegularExpression;
constexpr auto Options = Re::CaseInsensitiveOption | Re::DotMatchesEverythingOption;

// A short line of the page around the article (a menu entry, a button), not a numbered
// heading or item of the article (a text cut off after "2.关于“…" ends with one).
bool isChrome(const QString& line) {
    static const Re punctuation(QStringLiteral("[。；;，,！？：:]"));
    return line.size() < 30 && !punctuation.match(line).hasMatch() && !startsStructure(line);
}

bool endsArticle(const QString& line) {
    static const Re tail(QStringLiteral(
        R"(^(\d{4}年\d{1,2}月\d{1,2}日$|.*(联系电话|电话|邮箱|邮政|公开期限|委员会$|党组$|党工委$)))"));
    return tail.match(line).hasMatch();
}

// The name of a tag ("p", "/div" → "div"), lower case; empty for <!…> and <?…>.
QString tagName(QStringView tag, bool& closing) {
    qsizetype i = 0;
    closing = i < tag.size() && tag[i] == u'/';
    if (closing)
        ++i;
    qsizetype end = i;
    while (end < tag.size() && (tag[end].isLetterOrNumber()))
        ++end;
    return tag.mid(i, end - i).toString().toLower();
}

// The text of a page's markup, one block element per line: comments and the elements that are
// never the article (head, script, style, navigation …) dropped, tags removed. One pass over
// the text, so that a hostile page (thousands of unclosed tags or comments) takes linear time;
// a regular expression per construct took quadratic time on such pages.
QString markupToLines(const QString& html) {
    static const QSet<QString> dropped{
        QStringLiteral("head"),  QStringLiteral("script"), QStringLiteral("style"),  QStringLiteral("noscript"),
        QStringLiteral("nav"),   QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("aside"),
        QStringLiteral("form"),  QStringLiteral("select"), QStringLiteral("iframe")};
    static const QSet<QString> blocks{QStringLiteral("br"), QStringLiteral("p"),  QStringLiteral("div"),
                                      QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
                                      QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"),
                                      QStringLiteral("li"), QStringLiteral("tr")};
    static const QSet<QString> blockEnds{QStringLiteral("table"), QStringLiteral("section"), QStringLiteral("article")};
    QSet<QString> unclosed; // elements with no end tag after some point: none after any later one either
    bool commentsClosed = true;
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const qsizetype open = html.indexOf(u'<', i);
        if (open < 0) {
            out += QStringView(html).mid(i);
            break;
        }
        out += QStringView(html).mid(i, open - i);
        if (commentsClosed && QStringView(html).mid(open, 4) == u"<!--") {
            const qsizetype end = html.indexOf(QStringLiteral("-->"), open + 4);
            if (end >= 0) {
                i = end + 3;
                continue;
            }
            commentsClosed = false; // then it is a tag like any other, up to the next '>'
        }
        const qsizetype close = html.indexOf(u'>', open + 1);
        if (close < 0) { // no tag from here on: the rest is text, as written
            out += QStringView(html).mid(open);
            break;
        }
        bool closing = false;
        const QString name = tagName(QStringView(html).mid(open + 1, close - open - 1), closing);
        i = close + 1;
        if (!closing && dropped.contains(name) && !unclosed.contains(name)) {
            // up to its end tag, </name followed by blanks and '>'
            const QString endTag = QStringLiteral("</") + name;
            qsizetype from = open + 1 + name.size();
            for (;;) {
                const qsizetype end = html.indexOf(endTag, from, Qt::CaseInsensitive);
                if (end < 0) {
                    unclosed.insert(name);
                    break;
                }
                qsizetype after = end + endTag.size();
                while (after < n && html[after].isSpace())
                    ++after;
                if (after < n && html[after] == u'>') {
                    i = after + 1;
                    break;
                }
                from = end + 1;
            }
            continue;
        }
        if (closing ? (blocks.contains(name) && name != u"br") || blockEnds.contains(name) : blocks.contains(name))
            out += u'\n';
    }
    return out;
}
} // namespace

QString decodeHtmlBytes(const QByteArray& bytes, QString& encoding) {
    using Re = QRegularExpression;
    constexpr auto Options = Re::CaseInsensitiveOption | Re::DotMatchesEverythingOption;
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
    const QString html = decodeHtmlBytes(bytes, encoding);
    const QString text = decodeEntities(markupToLines(html));

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
