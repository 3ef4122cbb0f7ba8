#pragma once
// A bulletin (整改情况通报) as a sequence of styled paragraphs: what the composer writes, what
// the preview shows and what the official-document PDF lays out. It holds text only; the
// layout decides fonts, sizes and places.

#include "OfficialFrame.h"

#include <QList>
#include <QString>

namespace rectrack {

struct BulletinBlock {
    enum class Style {
        Title,     // 标题: 2号小标宋, centred
        Body,      // 正文: 3号仿宋, first line indented two characters
        Heading1,  // 一、 3号黑体
        Heading2,  // （一） 3号楷体
        Heading3,  // 1. 3号仿宋
        Signature, // 发文机关署名, right
        Date,      // 成文日期, under the signature
        Addressee, // 主送机关: under the title, flush left, ending in ：
        Attachment // 附件说明: 附件：1．… two characters in; a further item aligned under the first
    };
    Style style = Style::Body;
    QString text;

    bool operator==(const BulletinBlock&) const = default;
};

struct BulletinDocument {
    QList<BulletinBlock> blocks;
    OfficialFrame frame; // 版头 and 版记 around the blocks; empty: none

    void add(BulletinBlock::Style style, const QString& text) { blocks.append({style, text}); }
    // The text as one paragraph per line, as a reader copies it.
    QString plainText() const;
};

} // namespace rectrack
