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

// A body run together on one line (a copy that lost its line breaks): split again before
// the headings and labels it runs into, where a sentence has just ended. Numbered items (1.)
// are split only in a really long run, and not inside a list of measures.
QStringList splitRunTogether(const QStringList& paragraphs) {
    static const QRegularExpression inlineHeading(QStringLiteral(
        "(?<=[。！？；;!?”\"])\\s*(?=[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|"
        "[【\\[]?(?:反馈)?问题[一二三四五六七八九十\\d]{1,3}[】\\]：:]|"
        "(?:整改措施|整改情况|整改成效|整改进展情况|整改进展|整改时限|完成时限|责任领导|责任单位|牵头单位)[:：]|"
        "\\d{1,2}[.．、](?!\\d)\\s*[\\x{4e00}-\\x{9fff}“\"])"));
    static const QRegularExpression numbered(QStringLiteral("^\\d{1,2}[.．、]"));
    // "2.关于“…”": an item's heading, never a measure's number
    static const QRegularExpression numberedAbout(QStringLiteral("^\\d{1,2}[.．、]\\s*关于"));
    // "（二）推进管理机制改革不彻底,统筹推动发展不到位1.深化体制机制改革。": a heading run into its first item
    static const QRegularExpression headingIntoFirst(QStringLiteral(
        "^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^。；;]{4,80}?(?<=[\\x{4e00}-\\x{9fff}”\"])(?=1[.．、](?!\\d))"));
    static const QRegularExpression measuresLabel(QStringLiteral("(?:整改措施|具体措施)[:：][^：:]*$"));
    static const QRegularExpression titleEnd(QStringLiteral("^(.{6,100}?(?:通报|报告|公告))(?=根据|按照|为|20\\d\\d年|\\d{1,2}月)"));
    // "一、整改工作组织情况局党组召开…": a section heading run into its first sentence ends
    // with the words section headings end with.
    static const QRegularExpression runInSection(QStringLiteral(
        "^[一二三四五六七八九十]{1,3}、[^。，,；;]{2,24}?(?:情况|打算|计划|安排|成效|举措)(?=[\\x{4e00}-\\x{9fff}（(])"));
    QStringList out;
    for (const QString& p : paragraphs) {
        if (p.size() < 300) {
            out.append(p);
            continue;
        }
        QString rest = p;
        if (out.isEmpty())
            if (const auto t = titleEnd.match(rest); t.hasMatch()) {
                out.append(t.captured(1));
                rest = rest.mid(t.capturedEnd(1));
            }
        const bool longRun = p.size() >= 1500;
        const qsizetype firstPiece = out.size();
        qsizetype last = 0;
        for (auto it = inlineHeading.globalMatch(rest); it.hasNext();) {
            const auto m = it.next();
            const qsizetype at = m.capturedEnd();
            if (numbered.match(rest.mid(at, 4)).hasMatch() && !numberedAbout.match(rest.mid(at, 8)).hasMatch()) {
                const QString before = rest.mid(last, at - last);
                if (!longRun || measuresLabel.match(before).hasMatch())
                    continue;
            }
            if (at - last < 4)
                continue;
            out.append(rest.mid(last, m.capturedStart() - last).trimmed());
            last = at;
        }
        out.append(rest.mid(last).trimmed());
        if (longRun) { // "…正在整改过程中23. 关于“…”问题的整改": an item's heading needs no full stop before it
            static const QRegularExpression aboutItem(QStringLiteral("(?<![\\d.．])(?=\\d{1,2}[.．、]\\s*关于[“\"][^”\"\\s])"));
            for (qsizetype k = firstPiece; k < out.size(); ++k) {
                const auto m = aboutItem.match(out[k], 1);
                if (m.hasMatch() && m.capturedStart() > 0) {
                    const QString body = out[k].mid(m.capturedStart());
                    out[k].truncate(m.capturedStart());
                    out.insert(k + 1, body);
                }
            }
        }
        if (last > 0) // a paragraph that ran headings together: its section headings too
            for (qsizetype k = firstPiece; k < out.size(); ++k) {
                if (const auto h = runInSection.match(out[k]); h.hasMatch() && out[k].size() > h.capturedEnd() + 4) {
                    const QString body = out[k].mid(h.capturedEnd());
                    out[k] = h.captured(0);
                    out.insert(k + 1, body);
                } else if (const auto f = headingIntoFirst.match(out[k]); f.hasMatch() && longRun) {
                    const QString body = out[k].mid(f.capturedEnd());
                    out[k] = f.captured(0);
                    out.insert(k + 1, body);
                }
            }
    }
    out.removeAll(QString());
    return out;
}

QString withoutEndPunctuation(QString text) {
    static const QString trailing = QStringLiteral("。.；;，,：: ");
    while (!text.isEmpty() && trailing.contains(text.back()))
        text.chop(1);
    return text.trimmed();
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
    for (const QString& p : splitRunTogether(paragraphs)) {
        cleaned.paragraphs.append(Paragraph{p, static_cast<int>(cleaned.text.size())});
        cleaned.text += p + u'\n';
    }
    return cleaned;
}

} // namespace rectrack
