#include "PageNoise.h"

#include <QRegularExpression>
#include <QStringList>

namespace rectrack {

namespace {

using Re = QRegularExpression;

QString decodeEntities(QString text) {
    if (!text.contains(u'&') && !text.contains(u'<'))
        return text;
    static const Re numeric(QStringLiteral("&#(x[0-9A-Fa-f]{1,6}|\\d{1,7});"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString code = m.captured(1);
        bool ok = false;
        const uint value = code.startsWith(u'x') ? code.mid(1).toUInt(&ok, 16) : code.toUInt(&ok, 10);
        if (ok && value > 0 && value <= 0x10FFFF)
            out += QString::fromUcs4(reinterpret_cast<const char32_t*>(&value), 1);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    static const struct {
        const char16_t* entity;
        const char16_t* text;
    } named[] = {{u"&nbsp;", u" "},  {u"&ldquo;", u"“"},  {u"&rdquo;", u"”"}, {u"&lsquo;", u"‘"},
                 {u"&rsquo;", u"’"}, {u"&mdash;", u"—"},  {u"&ndash;", u"–"}, {u"&hellip;", u"…"},
                 {u"&middot;", u"·"}, {u"&quot;", u"\""}, {u"&lt;", u"<"},    {u"&gt;", u">"},
                 {u"&amp;", u"&"}};
    for (const auto& n : named)
        out.replace(QString::fromUtf16(n.entity), QString::fromUtf16(n.text), Qt::CaseInsensitive);
    // Tags left in copied text: <br>, <p class=…>, </span>.
    static const Re tag(QStringLiteral("</?[A-Za-z][A-Za-z0-9]{0,9}(?:\\s[^<>]{0,200})?/?>"));
    out.replace(tag, QStringLiteral(" "));
    return out;
}

QString removeInvisible(QString text) {
    static const Re invisible(QStringLiteral("[\\x{200B}-\\x{200F}\\x{2060}-\\x{2064}\\x{00AD}\\x{FEFF}\\x{E000}-\\x{F8FF}]"));
    return text.remove(invisible);
}

// A line of the page around the article, not of the article.
bool isPageControl(const QString& line) {
    static const Re controls(QStringLiteral(
        "^(?:[【\\[]?\\s*(?:打印(?:本页|此页|文章)?|关闭(?:窗口|本页)?|返回(?:顶部|首页|列表)?|收藏|分享(?:到)?|"
        "朗读|播报|语音播报|扫一扫|二维码|字号|字体|大|中|小|默认|加入收藏|上一篇|下一篇|相关(?:链接|阅读|新闻)|"
        "责任编辑|编辑|审核|校对|纠错|我要纠错)\\s*[】\\]]?\\s*[:：]?\\s*)+$"));
    static const Re breadcrumb(QStringLiteral(
        "^(?:当前位置|您现在的位置|您当前的位置|你的位置|所在位置)[:：]|^首页\\s*[>＞»›/]|^[【\\[]?(?:图片|视频|附件下载)[】\\]]$|"
        "^(?:扫一扫|微信扫一扫|用手机扫|手机扫码).{0,20}$|在手机(?:上)?打开|^https?://\\S+$|^www\\.\\S+$"));
    // "2024-11-05 来源：区发改局 浏览次数：286": two of the page's labels on one short line.
    static const Re pageLabel(QStringLiteral("(?:来源|信息来源|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|访问量|发布时间|发布日期|作者|编辑|字号)\\s*[:：]"));
    if (line.size() <= 200) {
        int labels = 0;
        for (auto it = pageLabel.globalMatch(line); it.hasNext(); it.next())
            ++labels;
        if (labels >= 2)
            return true;
    }
    return controls.match(line).hasMatch() || breadcrumb.match(line).hasMatch();
}

struct MetadataLine {
    bool isMetadata = false;
    QString label;
    QString value;
};

// "信息索引号：…", "发布时间：2024-08-12 来源：区委巡察办 浏览次数：120": the metadata of a
// government information page; short, label first.
MetadataLine metadataLine(const QString& line) {
    static const Re label(QStringLiteral(
        "^[【\\[]?(信息索引号|索引号|索 引 号|信息分类|主题分类|体裁分类|组配分类|服务对象|文件名称|文件标题|标\\s*题|"
        "发布机构|发文机关|发文单位|发布单位|成文日期|发文日期|发布日期|发布时间|公开日期|生效日期|废止日期|"
        "公开方式|公开范围|公开时限|公开形式|有效性|文\\s*号|发文字号|主\\s*题\\s*词|关\\s*键\\s*词|来\\s*源|"
        "信息来源|作\\s*者|撰稿|供稿|编\\s*辑|责任编辑|浏览量|浏览次数|阅读量|阅读次数|点击数|点击量|点击率|访问量|"
        "访问次数|日\\s*期|时\\s*间)[】\\]]?\\s*[:：]\\s*(.*)$"));
    const auto m = label.match(line);
    if (!m.hasMatch() || line.size() > 200)
        return {};
    QString name = m.captured(1);
    name.remove(u' ');
    return {true, name, m.captured(2).trimmed()};
}

} // namespace

QString removePinyinAnnotations(const QString& text) {
    // At least one tone mark, so an English word in brackets (PPP) stays.
    static const Re pinyin(QStringLiteral(
        "(?<=[\\x{4e00}-\\x{9fff}])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]"));
    if (!text.contains(u'(') && !text.contains(u'（'))
        return text;
    QString out = text;
    return out.remove(pinyin);
}

PageText removePageNoise(const QString& text) {
    PageText page;
    const QString decoded = removeInvisible(decodeEntities(text));
    QStringList kept;
    const QStringList lines = decoded.split(u'\n');
    // Metadata comes before the article and right after it; a metadata-like line deep inside
    // the article ("时间：…" in a contact block) is left alone unless it is one of the page's.
    const qsizetype edge = 40;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const bool nearEdge = i < edge || i >= lines.size() - edge;
        if (nearEdge && isPageControl(line)) {
            ++page.removedLines;
            continue;
        }
        if (const MetadataLine meta = metadataLine(line); meta.isMetadata && nearEdge) {
            if (meta.label.startsWith(QStringLiteral("文件")) || meta.label == QStringLiteral("标题"))
                page.metadata.documentTitle = meta.value;
            else if (meta.label == QStringLiteral("发布机构") || meta.label.startsWith(QStringLiteral("发文")))
                page.metadata.publisher = meta.value;
            else if (meta.label == QStringLiteral("成文日期"))
                page.metadata.writtenOn = meta.value;
            ++page.removedLines;
            continue;
        }
        kept.append(lines[i]);
    }
    page.text = removePinyinAnnotations(kept.join(u'\n'));
    return page;
}

} // namespace rectrack
