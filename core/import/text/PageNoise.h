#pragma once
// What a web page or a republishing site adds to a bulletin's text, taken out before parsing:
// the metadata block of a government information page (信息索引号, 发布机构, 成文日期, 浏览量 …),
// breadcrumbs and page controls (分享, 打印, 字号 大 中 小), HTML entities and tags left in copied
// text, invisible characters, and the pinyin some converters put after each character
// (統(tǒng)). The article's own text is left as it is.

#include <QString>

namespace rectrack {

struct PageMetadata {
    QString documentTitle; // 文件名称 / 标题, when the page gives it
    QString publisher;     // 发布机构 / 发文机关
    QString writtenOn;     // 成文日期 as written
};

struct PageText {
    QString text;
    PageMetadata metadata;
    int removedLines = 0; // metadata and page-control lines taken out
};

PageText removePageNoise(const QString& text);

// "統(tǒng)計(jì)" → "統計": pinyin in brackets after a Chinese character.
QString removePinyinAnnotations(const QString& text);

} // namespace rectrack
