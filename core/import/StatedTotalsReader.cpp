#include "StatedTotalsReader.h"

#include "domain/ChineseNumerals.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rectrack {

namespace {

using Re = QRegularExpression;

// 五方面 → 5方面, 十七项 → 17项: numerals that count something, written in digits.
QString countsInDigits(const QString& text) {
    static const Re numeral(QStringLiteral(
        "(?<![第一二两三四五六七八九十百〇零])([一二两三四五六七八九十]{1,3})(?=\\s*(?:个|项|条|方面|人次|人|件|名|家|次|类|大类|套))"));
    QString out;
    qsizetype last = 0;
    for (auto it = numeral.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const auto value = parseChineseNumeral(m.captured(1));
        out += value ? QString::number(*value) : m.captured(1);
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}

// The things a bulletin counts, by the words it counts them with, most specific first.
struct Noun {
    const char16_t* pattern;
    const char* key;
};
const Noun Nouns[] = {
    {u"问题线索|线索", "clues"},
    {u"意见建议|建议", "suggestions"},
    {u"具体表现|具体问题表现|问题表现", "specific_problems"},
    {u"具体问题", "problems"}, // "5个方面46项具体问题": the problems, unless problems were counted already
    {u"问题", "problems"},
    {u"整改措施|具体措施|措施|整改举措|举措", "measures"},
    {u"整改任务|具体任务|任务", "tasks"},
    {u"牵头部门|牵头单位|责任部门|责任单位", "lead_departments"},
    {u"方面", "categories"},
};

QString nounKey(const QString& word, const QMap<QString, int>& counts) {
    for (const Noun& n : Nouns)
        if (Re(QStringLiteral("^(?:%1)$").arg(QString::fromUtf16(n.pattern))).match(word).hasMatch()) {
            const QString key = QString::fromLatin1(n.key);
            if (QStringView(n.pattern) == u"具体问题" && counts.contains(QStringLiteral("problems")))
                return QStringLiteral("specific_problems");
            return key;
        }
    return {};
}

QString nounAlternatives() {
    QStringList all;
    for (const Noun& n : Nouns)
        all.append(QString::fromUtf16(n.pattern));
    return all.join(u'|');
}

struct Totals {
    StatedTotals& out;
    void count(const QString& key, int value, const QString& phrase) {
        if (key.isEmpty() || out.counts.contains(key) || value < 0)
            return;
        out.counts.insert(key, value);
        out.phrases.insert(key, phrase);
    }
    void money(const QString& key, const QString& number, const QString& unit, const QString& phrase) {
        if (out.amounts.contains(key))
            return;
        // In 万元, exactly: 亿元 moves the point four places right, 元 four places left.
        QString wan = number;
        const qsizetype dot = wan.indexOf(u'.');
        QString whole = dot < 0 ? wan : wan.left(dot);
        QString fraction = dot < 0 ? QString() : wan.mid(dot + 1);
        if (unit == QStringLiteral("亿元")) {
            fraction = fraction.leftJustified(4, u'0');
            whole += fraction.left(4);
            fraction = fraction.mid(4);
        } else if (unit == QStringLiteral("元")) {
            whole = whole.rightJustified(5, u'0');
            fraction = whole.right(4) + fraction;
            whole.chop(4);
        }
        while (fraction.endsWith(u'0'))
            fraction.chop(1);
        wan = whole + (fraction.isEmpty() ? QString() : u'.' + fraction);
        // Precision below a fen (0.000001万元) is not money the ledger can keep: rounded off.
        if (fraction.size() > 6)
            wan = whole + u'.' + fraction.left(6);
        if (const auto m = Money::parseWan(wan)) {
            out.amounts.insert(key, *m);
            out.phrases.insert(key, phrase);
        }
    }
};

void readCountsAndStatuses(const QString& text, Totals& totals) {
    const QString nouns = nounAlternatives();
    static const Re sentenceEnd(QStringLiteral("[。；;！!？?\\n]"));
    static const Re clauseEnd(QStringLiteral("[，,、：:（）()]"));
    // "4项28个问题": the number of categories before the problems, without its word.
    static const Re areasThenProblems(QStringLiteral("(\\d+)\\s*[项个类]\\s*(?:方面)?\\s*(\\d+)\\s*[个项条]\\s*(?:具体)?问题"));
    const Re numberThenNoun(QStringLiteral("(\\d+)\\s*(?:个|项|条|件|类|大类)?\\s*(?:的)?\\s*(?:具体|各项|各类)?(%1)").arg(nouns));
    const Re nounThenNumber(QStringLiteral("(%1)\\s*(?:共|总计|合计)?\\s*(\\d+)\\s*(?:个|项|条|件|类)").arg(nouns));
    static const Re completed(QStringLiteral("(?:已(?:全部|经)?(?:完成|整改|办结|销号|落实)|完成整改|整改完成|整改到位|办结|销号)"));
    static const Re partly(QStringLiteral("(?:基本完成|阶段性(?:完成|整改|成效|成果|进展))"));
    static const Re ongoing(QStringLiteral("(?:长期坚持|长期(?:推进|整改)|持续(?:推进|整改|深化)(?!\\s*整改到位))"));
    static const Re inProgress(QStringLiteral("(?:正在(?:推进|整改|落实|办理)?|推进中|整改中|未完成|尚未完成|未整改)"));
    static const Re statusCount(QStringLiteral("(\\d+)\\s*(?:个|项|条|件)"));
    static const Re rate(QStringLiteral("完成率\\s*(?:为|达到?|已达)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]"));

    static const Re digit(QStringLiteral("\\d"));
    for (const QString& sentence : text.split(sentenceEnd, Qt::SkipEmptyParts)) {
        if (!digit.match(sentence).hasMatch()) // every count and rate is written in digits by now
            continue;
        QString subject = QStringLiteral("problems");
        if (const auto m = areasThenProblems.match(sentence); m.hasMatch()) {
            totals.count(QStringLiteral("categories"), m.captured(1).toInt(), m.captured(0));
            totals.count(QStringLiteral("problems"), m.captured(2).toInt(), m.captured(0));
        }
        for (const QString& clause : sentence.split(clauseEnd, Qt::SkipEmptyParts)) {
            if (!digit.match(clause).hasMatch())
                continue;
            const bool isStatus = completed.match(clause).hasMatch() || inProgress.match(clause).hasMatch() ||
                                  partly.match(clause).hasMatch() || ongoing.match(clause).hasMatch();
            if (const auto r = rate.match(clause); r.hasMatch() && !totals.out.completionRate) {
                if (subject == QStringLiteral("problems")) {
                    totals.out.completionRate = r.captured(1).toDouble();
                    totals.out.phrases.insert(QStringLiteral("completion_rate"), r.captured(0));
                }
                continue;
            }
            if (isStatus) {
                // "巡察反馈的2个问题均已完成整改": a count of problems before the status word
                // is their total, and all of them are in that state.
                qsizetype statusAt = clause.size();
                for (const Re* re : {&completed, &inProgress, &partly, &ongoing})
                    if (const auto m = re->match(clause); m.hasMatch())
                        statusAt = std::min(statusAt, m.capturedStart());
                const QString before = clause.left(statusAt);
                int total = -1;
                if (const auto t = numberThenNoun.match(before); t.hasMatch()) {
                    const QString key = nounKey(t.captured(2), totals.out.counts);
                    totals.count(key, t.captured(1).toInt(), t.captured(0));
                    if (!key.isEmpty() && key != QStringLiteral("categories") && key != QStringLiteral("lead_departments")) {
                        subject = key;
                        total = t.captured(1).toInt();
                    }
                }
                auto n = statusCount.match(clause, statusAt);
                if (!n.hasMatch() && total >= 0 && Re(QStringLiteral("均|全部|都")).match(clause.mid(statusAt - 2)).hasMatch()) {
                    totals.count(subject + QStringLiteral("_completed"), total, clause.trimmed());
                    continue;
                }
                if (!n.hasMatch())
                    n = statusCount.match(clause);
                if (!n.hasMatch() || (total >= 0 && n.capturedStart() < statusAt))
                    continue;
                QString key = subject;
                if (const auto word = Re(QStringLiteral("(%1)").arg(nouns)).match(clause); word.hasMatch()) {
                    const QString k = nounKey(word.captured(1), {});
                    if (!k.isEmpty() && k != QStringLiteral("categories") && k != QStringLiteral("lead_departments"))
                        key = k;
                }
                const QString suffix = partly.match(clause).hasMatch()        ? QStringLiteral("_partly_completed")
                                       : ongoing.match(clause).hasMatch()     ? QStringLiteral("_ongoing")
                                       : inProgress.match(clause).hasMatch()  ? QStringLiteral("_in_progress")
                                                                              : QStringLiteral("_completed");
                totals.count(key + suffix, n.captured(1).toInt(), clause.trimmed());
                subject = key;
                continue;
            }
            // Counts of things: "5个方面46项具体问题", "问题17个", "195项整改措施".
            struct Hit {
                qsizetype at;
                QString key;
                int value;
                QString phrase;
            };
            QList<Hit> hits;
            for (auto it = numberThenNoun.globalMatch(clause); it.hasNext();) {
                const auto m = it.next();
                hits.append({m.capturedStart(), m.captured(2), m.captured(1).toInt(), m.captured(0)});
            }
            for (auto it = nounThenNumber.globalMatch(clause); it.hasNext();) {
                const auto m = it.next();
                const bool overlaps = std::any_of(hits.begin(), hits.end(), [&](const Hit& h) {
                    return h.at >= m.capturedStart() && h.at < m.capturedEnd();
                });
                if (!overlaps)
                    hits.append({m.capturedStart(), m.captured(1), m.captured(2).toInt(), m.captured(0)});
            }
            std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.at < b.at; });
            for (const Hit& h : hits) {
                const QString key = nounKey(h.key, totals.out.counts);
                totals.count(key, h.value, h.phrase);
                if (key != QStringLiteral("categories") && key != QStringLiteral("lead_departments") && !key.isEmpty())
                    subject = key;
            }
        }
    }
}

void readPeople(const QString& text, Totals& totals) {
    static const struct {
        const char16_t* words;
        const char* key;
    } kinds[] = {
        {u"党纪政务处分|党纪政纪处分|党纪处分和政务处分|党纪和政务处分", "persons_disciplined"},
        {u"党纪处分", "persons_party_discipline"},
        {u"政务处分|政纪处分", "persons_government_discipline"},
        {u"组织处理", "persons_organisational"},
        {u"诫勉谈话|诫勉", "persons_admonished"},
        {u"交由纪委监委调查|交由纪委调查|移交纪委监委|移送纪检监察机关|立案审查调查|立案调查|立案", "persons_investigated"},
        {u"批评教育", "persons_criticised"},
        {u"提醒谈话|谈话提醒|谈话函询", "persons_reminder_talk"},
        {u"责令检查|责令作出书面检查|责令书面检查", "persons_ordered_review"},
        {u"通报批评", "persons_reprimanded"},
        {u"问责", "accountability_persons"},
        {u"(?<!组织)处理", "persons_handled"},
    };
    for (const auto& k : kinds) {
        const QString words = QString::fromUtf16(k.words);
        // "诫勉2人", "给予2人诫勉", "诫勉谈话2人次"
        const Re after(QStringLiteral("(?:%1)\\s*(?:共|了)?\\s*(\\d+)\\s*(?:人次|人|名)").arg(words));
        const Re before(QStringLiteral("(?:给予|对)\\s*(\\d+)\\s*(?:人次|人|名)(?:进行|予以|作出)?(?:%1)").arg(words));
        for (const Re* re : {&after, &before})
            if (const auto m = re->match(text); m.hasMatch()) {
                totals.count(QString::fromLatin1(k.key), m.captured(1).toInt(), m.captured(0));
                break;
            }
    }
}

void readRulesAndMoney(const QString& text, Totals& totals) {
    static const Re rulesAfter(QStringLiteral(
        "(?:制定|建立|完善|修订|新建|出台|健全|修改|新制定|建章立制|印发)[^，。；;、\\d]{0,24}?制度(?:机制)?\\s*(?:共)?\\s*(\\d+)\\s*(?:项|个|件|条|套|部)"));
    static const Re rulesBefore(QStringLiteral(
        "(?:制定|建立|完善|修订|新建|出台|健全|修改|印发)[^，。；;\\d]{0,8}?(\\d+)\\s*(?:项|个|件|条|套|部)[^，。；;\\d]{0,6}?制度"));
    for (const Re* re : {&rulesAfter, &rulesBefore})
        if (const auto m = re->match(text); m.hasMatch()) {
            totals.count(QStringLiteral("rules_made"), m.captured(1).toInt(), m.captured(0));
            break;
        }
    static const struct {
        const char16_t* words;
        const char* key;
    } sums[] = {
        {u"挽回(?:经济)?损失", "recovered_loss_wan_yuan"},
        {u"清退|退还|退缴|退赔", "funds_returned_wan_yuan"},
        {u"追缴|追回|收缴|收回|返还", "funds_recovered_wan_yuan"},
        {u"整改(?:涉及)?资金|规范(?:管理)?资金", "funds_corrected_wan_yuan"},
        {u"盘活", "assets_revitalised_wan_yuan"},
    };
    for (const auto& s : sums) {
        const Re re(QStringLiteral("(?:%1)[^，。；;\\d]{0,14}?(\\d+(?:\\.\\d+)?)\\s*(亿元|万元|元)")
                        .arg(QString::fromUtf16(s.words)));
        if (const auto m = re.match(text); m.hasMatch())
            totals.money(QString::fromLatin1(s.key), m.captured(1), m.captured(2), m.captured(0));
    }
}

} // namespace

void readStatedTotals(const QString& summary, StatedTotals& out) {
    const QString text = countsInDigits(summary);
    Totals totals{out};
    readCountsAndStatuses(text, totals);
    readPeople(text, totals);
    readRulesAndMoney(text, totals);
}

QString statedTotalLabel(const QString& key) {
    static const QMap<QString, const char*> labels = {
        {QStringLiteral("categories"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "问题方面")},
        {QStringLiteral("problems"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "反馈问题")},
        {QStringLiteral("specific_problems"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "具体问题（具体表现）")},
        {QStringLiteral("measures"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "整改措施")},
        {QStringLiteral("tasks"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "整改任务")},
        {QStringLiteral("suggestions"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "意见建议")},
        {QStringLiteral("lead_departments"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "牵头部门")},
        {QStringLiteral("clues"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "问题线索")},
        {QStringLiteral("rules_made"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "制定完善制度")},
        {QStringLiteral("persons_disciplined"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "党纪政务处分（人）")},
        {QStringLiteral("persons_party_discipline"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "党纪处分（人）")},
        {QStringLiteral("persons_government_discipline"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "政务处分（人）")},
        {QStringLiteral("persons_organisational"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "组织处理（人）")},
        {QStringLiteral("persons_admonished"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "诫勉（人）")},
        {QStringLiteral("persons_investigated"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "交由纪委监委调查（人）")},
        {QStringLiteral("persons_criticised"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "批评教育（人）")},
        {QStringLiteral("persons_reminder_talk"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "提醒谈话（人）")},
        {QStringLiteral("persons_ordered_review"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "责令检查（人）")},
        {QStringLiteral("persons_reprimanded"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "通报批评（人）")},
        {QStringLiteral("persons_handled"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "处理（人）")},
        {QStringLiteral("accountability_persons"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "问责（人）")},
        {QStringLiteral("recovered_loss_wan_yuan"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "挽回经济损失（万元）")},
        {QStringLiteral("funds_returned_wan_yuan"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "清退资金（万元）")},
        {QStringLiteral("funds_recovered_wan_yuan"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "追缴追回资金（万元）")},
        {QStringLiteral("funds_corrected_wan_yuan"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "整改规范资金（万元）")},
        {QStringLiteral("assets_revitalised_wan_yuan"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "盘活资产资金（万元）")},
        {QStringLiteral("completion_rate"), QT_TRANSLATE_NOOP("rectrack::StatedTotals", "整改完成率（%）")},
    };
    const auto it = labels.constFind(key);
    if (it != labels.constEnd())
        return QCoreApplication::translate("rectrack::StatedTotals", it.value());
    // problems_completed, measures_in_progress …: the thing, then its state.
    static const struct {
        const char* suffix;
        const char* words;
    } states[] = {{"_completed", QT_TRANSLATE_NOOP("rectrack::StatedTotals", "%1：已完成")},
                  {"_in_progress", QT_TRANSLATE_NOOP("rectrack::StatedTotals", "%1：正在推进")},
                  {"_partly_completed", QT_TRANSLATE_NOOP("rectrack::StatedTotals", "%1：基本完成")},
                  {"_ongoing", QT_TRANSLATE_NOOP("rectrack::StatedTotals", "%1：长期坚持")}};
    for (const auto& s : states)
        if (key.endsWith(QLatin1String(s.suffix)))
            return QCoreApplication::translate("rectrack::StatedTotals", s.words)
                .arg(statedTotalLabel(key.chopped(static_cast<qsizetype>(qstrlen(s.suffix)))));
    return key;
}

} // namespace rectrack
