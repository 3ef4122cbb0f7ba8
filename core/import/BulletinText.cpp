#include "BulletinText.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace rectrack {

namespace {
bool isHan(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x3000 && u <= 0x303F) ||
           (u >= 0xFF00 && u <= 0xFFEF) || u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019;
}

// Traditional characters seen in bulletins republished from Traditional sources.
const QHash<QChar, QChar>& traditional() {
    static const QHash<QChar, QChar> map = [] {
        const QString from = QStringLiteral(
            "關於問題進實總體現狀況滯後責任領導單個項條這類屬會議報告處團組織區縣國務檢員導業發學習講話傳達將"
            "與為開時間過內對應經濟機構層級黨風廉政紀監察視饋複劃規範標準據資訊聯繫電郵編碼記錄計設財審並確認"
            "證則費產辦務檢議鎮圍實現幹級歲親職稅貸款");
        const QString to = QStringLiteral(
            "关于问题进实总体现状况滞后责任领导单个项条这类属会议报告处团组织区县国务检员导业发学习讲话传达将"
            "与为开时间过内对应经济机构层级党风廉政纪监察视馈复划规范标准据资讯联系电邮编码记录计设财审并确认"
            "证则费产办务检议镇围实现干级岁亲职税贷款");
        QHash<QChar, QChar> m;
        for (qsizetype i = 0; i < from.size() && i < to.size(); ++i)
            if (from[i] != to[i])
                m.insert(from[i], to[i]);
        return m;
    }();
    return map;
}

// A title line ("…整改情况的通报") is complete even without a full stop.
bool endsTitle(const QString& paragraph) {
    static const QRegularExpression title(QStringLiteral("(通报|报告|公告|通知)$"));
    return paragraph.size() < 120 && title.match(paragraph).hasMatch();
}

bool isHeading(const QString& paragraph) {
    static const QRegularExpression heading(QStringLiteral(
        R"(^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]\s*关于.*(?:问题的整改|的落实情况)$))"));
    return heading.match(paragraph).hasMatch() && paragraph.size() < 120;
}
} // namespace

bool endsSentence(const QString& paragraph) {
    static const QString enders = QStringLiteral("。！？；;!?…”\"」』）)");
    return !paragraph.isEmpty() && enders.contains(paragraph.back());
}

bool isPageNumber(const QString& line) {
    static const QRegularExpression number(QStringLiteral(R"(^[—\-–－]+\s*\d{1,4}\s*[—\-–－]+$)"));
    return number.match(line).hasMatch();
}
QString normaliseLine(const QString& line) {
    QString out;
    out.reserve(line.size());
    for (QChar c : line) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            c = QChar(u'0' + (u - 0xFF10));
        else if ((u >= 0xFF21 && u <= 0xFF3A) || (u >= 0xFF41 && u <= 0xFF5A))
            c = QChar(u - 0xFEE0);
        else if (u == 0x3000 || u == 0x00A0 || u == 0x2002 || u == 0x2003)
            c = u' ';
        else if (const auto it = traditional().constFind(c); it != traditional().constEnd())
            c = *it;
        out.append(c);
    }
    // Spaces next to a Chinese character are layout, not content: "2024 年 6 月" → "2024年6月".
    QString compact;
    compact.reserve(out.size());
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i] == u' ' || out[i] == u'\t') {
            qsizetype j = i;
            while (j < out.size() && (out[j] == u' ' || out[j] == u'\t'))
                ++j;
            const bool hanBefore = !compact.isEmpty() && isHan(compact.back());
            const bool hanAfter = j < out.size() && isHan(out[j]);
            if (!hanBefore && !hanAfter && !compact.isEmpty() && j < out.size())
                compact.append(u' ');
            i = j - 1;
            continue;
        }
        compact.append(out[i]);
    }
    return compact.trimmed();
}

bool startsStructure(const QString& p) {
    static const QRegularExpression marker(QStringLiteral(
        R"(^([一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、](?!\d)|[①-⑳]|(?:反馈)?问题[一二三四五六七八九十\d]+[：:]|)"
        R"([\x{4e00}-\x{9fff}]{2,8}[:：]|\d{4}年\d{1,2}月\d{1,2}日$|中共))"));
    return marker.match(p).hasMatch();
}

CleanedText cleanBulletinText(const QString& raw) {
    QString text = raw;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n').replace(u'\f', u'\n');
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QStringList paragraphs;
    for (const QString& rawLine : text.split(u'\n')) {
        const QString line = normaliseLine(rawLine);
        if (line.isEmpty() || isPageNumber(line))
            continue;
        // A paragraph that stops mid-sentence continues on the next line, unless that line
        // starts a new structure or the paragraph is a complete title or a heading.
        if (!paragraphs.isEmpty() && !endsSentence(paragraphs.last()) && !startsStructure(line) &&
            !isHeading(paragraphs.last()) && !endsTitle(paragraphs.last())) {
            paragraphs.last().append(line);
            continue;
        }
        paragraphs.append(line);
    }
    CleanedText cleaned;
    for (const QString& p : paragraphs) {
        cleaned.paragraphs.append(Paragraph{p, static_cast<int>(cleaned.text.size())});
        cleaned.text += p + u'\n';
    }
    return cleaned;
}

} // namespace rectrack
