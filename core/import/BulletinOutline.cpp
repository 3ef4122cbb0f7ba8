#include "BulletinOutline.h"

#include <QRegularExpression>

namespace rectrack {

namespace {
using Re = QRegularExpression;

bool has(const QString& text, const Re& re) {
    return re.match(text).hasMatch();
}
} // namespace

QString headingLevelName(HeadingLevel level) {
    switch (level) {
    case HeadingLevel::Section:
        return QStringLiteral("一、");
    case HeadingLevel::Paren:
        return QStringLiteral("（一）");
    case HeadingLevel::Feedback:
        return QStringLiteral("反馈问题一：");
    case HeadingLevel::Number:
        return QStringLiteral("1.");
    case HeadingLevel::ParenNumber:
        return QStringLiteral("（1）");
    case HeadingLevel::Circled:
        return QStringLiteral("①");
    case HeadingLevel::None:
        break;
    }
    return {};
}

HeadingLevel headingLevelOfName(const QString& name) {
    for (HeadingLevel l : {HeadingLevel::Section, HeadingLevel::Paren, HeadingLevel::Feedback, HeadingLevel::Number,
                           HeadingLevel::ParenNumber, HeadingLevel::Circled})
        if (headingLevelName(l) == name)
            return l;
    return HeadingLevel::None;
}

LabelledText labelOf(const QString& paragraph) {
    static const Re label(QStringLiteral(
        "^[【\\[]?(整改措施|整改举措|具体措施|措施|整改目标|整改成效|整改结果|整改情况|整改落实情况|整改进展情况|整改进展|进展情况|"
        "完成情况|落实情况|整改时限|完成时限|整改期限|时限|责任领导|牵头领导|责任单位|牵头单位|责任部门|责任人|"
        "存在的困难|存在困难|问题表现|具体表现|问题描述|反馈问题|存在问题)[】\\]]?\\s*[:：]\\s*(.*)$"));
    const auto m = label.match(paragraph);
    if (!m.hasMatch())
        return {};
    return {m.captured(1), m.captured(2)};
}

QString canonicalLabel(const QString& label) {
    if (label.contains(QStringLiteral("措施")) || label.contains(QStringLiteral("举措")))
        return QStringLiteral("整改措施");
    if (label.contains(QStringLiteral("时限")) || label.contains(QStringLiteral("期限")))
        return QStringLiteral("整改时限");
    if (label.startsWith(QStringLiteral("存在")) && label.contains(QStringLiteral("困难")))
        return QStringLiteral("存在的困难");
    if (label.contains(QStringLiteral("表现")) || label.contains(QStringLiteral("描述")) ||
        label == QStringLiteral("反馈问题") || label == QStringLiteral("存在问题"))
        return QStringLiteral("问题表现");
    if (label.contains(QStringLiteral("责任")) || label.contains(QStringLiteral("牵头")))
        return QStringLiteral("责任");
    return QStringLiteral("整改成效");
}

OutlineLine outlineLine(const QString& p, int offset) {
    static const Re section(QStringLiteral("^([一二三四五六七八九十]{1,3})\\s*[、，,.．]\\s*(.*)$"));
    static const Re paren(QStringLiteral("^[（(]([一二三四五六七八九十]{1,3})[）)][、.．]?\\s*(.*)$"));
    static const Re feedback(QStringLiteral(
        "^[【\\[]?(?:反馈)?问题\\s*([一二三四五六七八九十]{1,3}|\\d{1,3})\\s*[】\\]：:、.．]\\s*[：:]?\\s*(.*)$"));
    static const Re number(QStringLiteral("^(\\d{1,3})\\s*(?:[.．、](?!\\d)|\\s(?=[\\x{4e00}-\\x{9fff}]))\\s*(.*)$"));
    static const Re parenNumber(QStringLiteral("^[（(](\\d{1,3})[）)][、.．]?\\s*(.*)$"));
    static const Re circled(QStringLiteral("^([①-⑳])\\s*(.*)$"));
    OutlineLine line;
    line.offset = offset;
    line.text = p;
    const struct {
        const Re* re;
        HeadingLevel level;
    } markers[] = {{&section, HeadingLevel::Section},   {&paren, HeadingLevel::Paren},
                   {&feedback, HeadingLevel::Feedback}, {&number, HeadingLevel::Number},
                   {&parenNumber, HeadingLevel::ParenNumber}, {&circled, HeadingLevel::Circled}};
    for (const auto& marker : markers)
        if (const auto m = marker.re->match(p); m.hasMatch()) {
            // "问题" alone as the start of a sentence is not a marker: it needs its number.
            line.level = marker.level;
            line.number = m.captured(1);
            line.text = m.captured(2);
            break;
        }
    // What the words suggest matters for headings only: a paragraph of prose is not scanned.
    if (line.level == HeadingLevel::None)
        return line;
    const QString& t = line.text;
    // The heading part: up to the first full stop (a heading may run into its first sentence).
    const qsizetype stop = t.indexOf(u'。');
    const QString head = stop < 0 ? t : t.left(stop);
    line.isShort = head.size() <= 80;
    static const Re about(QStringLiteral("^关于.{1,80}?(?:问题|的整改|方面的问题|的落实情况|整改情况)|^关于[“\"‘'「]"));
    static const Re problemEnd(QStringLiteral("(?:问题|的问题|等问题|问题的整改(?:情况)?|问题整改(?:情况)?)$"));
    static const Re negative(QStringLiteral(
        "不够|不到位|不力|不严|不足|不规范|不健全|不完善|不全面|不深入|不扎实|不精准|不及时|不彻底|不充分|不明显|不高|不强|"
        "不实|不细|不准|不当|不清|不一|不畅|未能|未按|未严格|未落实|未建立|未及时|缺失|缺位|缺乏|欠缺|薄弱|滞后|偏差|差距|"
        "短板|弱化|虚化|淡化|边缘化|随意|违规|违反|超标|超范围|较差|较大|较多|较弱|乏力|失职|失责|松懈|松散|流于形式|走过场|"
        "打折扣|搞变通|形式主义|官僚主义|存在风险|隐患|问题突出|存在.{0,12}问题"));
    static const Re category(QStringLiteral("方面(?:的问题|问题|存在的问题)?$|^在.{2,60}方面|^关于.{2,60}方面"));
    static const Re status(QStringLiteral(
        "^(?:已|基本)?(?:整改完成|完成整改|已完成|已整改|正在推进|正在整改|尚未完成|未完成整改|需要长期坚持|长期坚持|持续推进)"
        "|(?:已整改完成|已完成整改|已完成|正在推进整改|正在整改|尚未完成|未完成|长期坚持|持续推进)的(?:问题|意见建议)"
        "|意见建议(?:的?落实情况|\\d+[个条项])?$|^(?:已落实|正在落实).*意见建议"));
    static const Re measure(QStringLiteral(
        "^(?:建立|制定|开展|完善|加强|组织|召开|修订|出台|健全|推进|推动|落实|严格|规范|强化|深化|压实|印发|梳理|督促|清理|"
        "成立|明确|举办|实行|实施|坚持|持续|全面|深入|认真|扎实|切实|着力|聚焦|围绕|狠抓|抓好|做好|做实|提升|提高|"
        "优化|细化|深化|狠抓|构建|加快|大力|从严|严肃|督导|整治|排查|核查|追缴|清退|完成|启动|召集|学习|研究)"));
    line.namesProblem = line.level == HeadingLevel::Feedback || has(head, about);
    line.looksLikeCategory = has(head, category) && head.size() <= 80;
    line.isStatusGroup = head.size() <= 60 && has(head, status);
    line.looksLikeProblem =
        !line.isStatusGroup && (line.namesProblem || has(head, problemEnd) || has(head, negative));
    line.looksLikeMeasure = !line.namesProblem && has(head, measure) && !has(head, negative);
    return line;
}

} // namespace rectrack
