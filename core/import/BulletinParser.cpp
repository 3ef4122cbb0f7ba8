#include "BulletinParser.h"

#include "BulletinText.h"
#include "domain/ChineseNumerals.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace rectrack {

QDate ParsedBulletin::deadlineReference() const {
    for (const QDate& d : {feedbackDate, publishedDate, periodEnd})
        if (d.isValid())
            return d;
    return {};
}

int ParsedBulletin::count(ParsedFinding::Kind kind) const {
    return static_cast<int>(std::count_if(findings.begin(), findings.end(),
                                          [&](const ParsedFinding& f) { return f.kind == kind; }));
}

int ParsedBulletin::measureCount(ParsedFinding::Kind kind,
                                 std::optional<ParsedFinding::Status> status) const {
    int n = 0;
    for (const ParsedFinding& f : findings)
        if (f.kind == kind && (!status || f.status == *status))
            n += static_cast<int>(f.measures.size());
    return n;
}

namespace {

using Re = QRegularExpression;
const QString Numerals = QStringLiteral("一二三四五六七八九十");

QRegularExpressionMatch find(const QString& pattern, const QString& text, qsizetype from = 0) {
    return Re(pattern).match(text, from);
}

QString stripEnd(QString s) {
    static const QString trailing = QStringLiteral("。.；;，,：: ");
    while (!s.isEmpty() && trailing.contains(s.back()))
        s.chop(1);
    return s.trimmed();
}

QDate date(int year, const QString& month, const QString& day) {
    return QDate(year, month.toInt(), day.toInt());
}

// "①…②…" → items; "一是…二是…" → items; else nothing.
QStringList splitItems(const QString& text) {
    static const Re circled(QStringLiteral("[①-⑳]"));
    static const Re parenthesised(QStringLiteral("(?:^|(?<=[。；;！：:]))[（(]\\d{1,2}[）)]"));
    static const Re ordinal(QStringLiteral("(?:^|(?<=[。；;！]))[一二三四五六七八九十]+是"));
    const Re& splitter = circled.match(text).hasMatch()         ? circled
                         : parenthesised.match(text).hasMatch() ? parenthesised
                                                                : ordinal;
    QList<qsizetype> starts;
    auto it = splitter.globalMatch(text);
    while (it.hasNext())
        starts.append(it.next().capturedStart());
    QStringList items;
    for (qsizetype i = 0; i < starts.size(); ++i) {
        const qsizetype end = i + 1 < starts.size() ? starts[i + 1] : text.size();
        QString item = text.mid(starts[i], end - starts[i]).trimmed();
        item.remove(Re(QStringLiteral("^([①-⑳]|[一二三四五六七八九十]+是|[（(]\\d{1,2}[）)])")));
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

bool startsMeasureItem(const QString& text) {
    static const Re marker(QStringLiteral("^([①-⑳]|[（(]\\d{1,2}[）)]|[一二三四五六七八九十]+是)"));
    return marker.match(text).hasMatch();
}

enum class SectionRole { Preamble, Organisation, Findings, NextSteps, Other };

struct Group {
    enum Type { None, Category, Completed, Ongoing, InProgress, Suggestions } type = None;
    // Suggestions under 已落实的意见建议 / 正在落实的意见建议 take that status.
    ParsedFinding::Status suggestionStatus = ParsedFinding::Status::Unknown;
};

class Parser {
public:
    explicit Parser(const QString& raw)
        : m_raw(raw)
        , m_clean(cleanBulletinText(raw)) {
        m_out.text = m_clean.text;
    }

    ParsedBulletin run() {
        readTitle();
        readPreamble();
        walk();
        readStatedTotals();
        readContact();
        composeMissing();
        crossCheck();
        return m_out;
    }

private:
    void readTitle() {
        if (m_clean.paragraphs.isEmpty())
            return;
        // a bulletin (…通报), or the plan or report it comes with (…整改方案, …整改情况的报告)
        const auto isTitle = [](const QString& p) {
            const bool named = p.contains(QStringLiteral("通报")) ||
                               (p.contains(QStringLiteral("整改")) &&
                                (p.endsWith(QStringLiteral("方案")) || p.endsWith(QStringLiteral("报告"))));
            return p.size() <= 120 && named && !p.endsWith(u'。');
        };
        const QString first = m_clean.paragraphs.first().text;
        if (isTitle(first)) {
            m_out.title = first;
            m_start = 1;
        } else if (m_clean.paragraphs.size() > 1 && first.size() < 60 && !first.endsWith(u'。') &&
                   m_clean.paragraphs[1].text.endsWith(QStringLiteral("通报")) &&
                   isTitle(first + m_clean.paragraphs[1].text)) { // a title set on two lines
            m_out.title = first + m_clean.paragraphs[1].text;
            m_start = 2;
        }
    }

    void readPreamble() {
        const qsizetype limit = std::min<qsizetype>(m_clean.paragraphs.size(), m_start + 3);
        QString preamble;
        for (qsizetype i = m_start; i < limit; ++i)
            if (!startsStructure(m_clean.paragraphs[i].text)) {
                preamble = m_clean.paragraphs[i].text;
                break;
            }
        const QString all = m_out.title + u'\n' + preamble;
        if (auto m = find(QStringLiteral("(?:([一二三四五六七八九十]+届)?(省委|市委|县委|区委|州委|旗委))第(["
                                         "一二三四五六七八九十\\d]+)轮(巡视|巡察)"),
                          all);
            m.hasMatch())
            m_out.round = m.captured(0);
        if (auto m = find(
                QStringLiteral("(省委|市委|县委|区委|州委|旗委)?(第[一二三四五六七八九十\\d]+(巡视|巡察)组)"),
                preamble);
            m.hasMatch()) {
            m_out.team = m.captured(1) + m.captured(2);
            m_out.kind = m.captured(3);
        } else if (auto t = find(
                       QStringLiteral("(省委|市委|县委|区委)?(第[一二三四五六七八九十\\d]+(巡视|巡察)组)"),
                       m_out.title);
                   t.hasMatch()) {
            m_out.team = t.captured(1) + t.captured(2);
            m_out.kind = t.captured(3);
        }
        if (auto m = find(QStringLiteral("(?:根据|按照)(省委|市委|县委|区委|州委|旗委)"), preamble);
            m.hasMatch())
            m_out.level = m.captured(1);
        else if (auto r = find(QStringLiteral("(省委|市委|县委|区委)"), m_out.round + m_out.team);
                 r.hasMatch())
            m_out.level = r.captured(1);
        if (!m_out.team.isEmpty() && !m_out.team.startsWith(m_out.level))
            m_out.team.prepend(m_out.level);
        if (auto m =
                find(QStringLiteral(
                         "组对(.+?)(?:开展了|进行了|开展|进行)(专项|常规|机动|提级|交叉|回头看)?(巡视|巡察)"),
                     preamble);
            m.hasMatch()) {
            m_out.inspectedUnit = m.captured(1);
            m_out.type = (m.captured(2).isEmpty() ? QStringLiteral("常规") : m.captured(2)) + m.captured(3);
            if (m_out.kind.isEmpty())
                m_out.kind = m.captured(3);
        }
        int year = 0;
        // "2024年4月8日至6月14日", also written "2024.4.8—6.14", "2024-04-08至2024-06-14", "2024/4/8-6/14"
        static const QString day = QStringLiteral("(\\d{4})[年.\\-/](\\d{1,2})[月.\\-/](\\d{1,2})日?");
        static const QString otherDay =
            QStringLiteral("(?:(\\d{4})[年.\\-/])?(\\d{1,2})[月.\\-/](\\d{1,2})日?");
        if (auto m = find(day + QStringLiteral("\\s*(?:至|到|—|－|-|~|～)\\s*") + otherDay, preamble);
            m.hasMatch()) {
            year = m.captured(1).toInt();
            m_out.periodStart = date(year, m.captured(2), m.captured(3));
            m_out.periodEnd =
                date(m.captured(4).isEmpty() ? year : m.captured(4).toInt(), m.captured(5), m.captured(6));
        }
        if (auto m = find(QStringLiteral("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日[,，]?\\s*(?:省委|市委|县委|"
                                         "区委)?(?:巡视|巡察)组向.+?反馈"),
                          preamble);
            m.hasMatch()) {
            const int y = m.captured(1).isEmpty() ? year : m.captured(1).toInt();
            if (y > 0)
                m_out.feedbackDate = date(y, m.captured(2), m.captured(3));
            if (!m.captured(1).isEmpty() && m_out.periodEnd.isValid() && m_out.feedbackDate < m_out.periodEnd)
                m_out.feedbackDate = m_out.feedbackDate.addYears(1);
        }
        m_preambleEnd = m_start;
        for (qsizetype i = m_start; i < m_clean.paragraphs.size(); ++i)
            if (startsStructure(m_clean.paragraphs[i].text)) {
                m_preambleEnd = i;
                break;
            }
    }

    SectionRole roleOf(const QString& heading, int index) const {
        const auto has = [&](const char16_t* word) { return heading.contains(QStringView(word)); };
        if (has(u"下一步") || has(u"工作打算") || has(u"工作计划"))
            return SectionRole::NextSteps;
        if (has(u"组织") || has(u"主体责任") || has(u"领导班子"))
            return index == 0 || !has(u"整改") ? SectionRole::Organisation : SectionRole::Findings;
        if (has(u"进展") || has(u"整改") || has(u"问题"))
            return SectionRole::Findings;
        return index == 0 ? SectionRole::Organisation : SectionRole::Other;
    }

    void walk() {
        static const Re level1(QStringLiteral("^([一二三四五六七八九十]+)、\\s*(.*)$"));
        static const Re level2(QStringLiteral("^[（(]([一二三四五六七八九十]+)[）)]\\s*(.*)$"));
        static const Re item(
            QStringLiteral("^(?:(\\d+)[.．、]|(?:反馈)?问题([一二三四五六七八九十\\d]+)[：:、.])\\s*(.*)$"));
        static const Re label(QStringLiteral("^(整改措施|整改成效|整改情况|整改进展情况|整改进展|进展情况|"
                                             "整改时限|完成时限|存在的困难|存在困难)[:：]\\s*(.*)$"));

        SectionRole role = SectionRole::Preamble;
        int sectionIndex = -1;
        Group group;
        ParsedFinding* current = nullptr;
        QString currentLabel;
        QStringList organisation, nextSteps;

        for (qsizetype i = m_preambleEnd; i < m_clean.paragraphs.size(); ++i) {
            const Paragraph& p = m_clean.paragraphs[i];
            if (p.text.startsWith(QStringLiteral("欢迎广大")) ||
                p.text.startsWith(QStringLiteral("公开期限")) || p.text.startsWith(QStringLiteral("联系"))) {
                m_contactStart = i;
                break;
            }
            if (auto m = level1.match(p.text); m.hasMatch() && p.text.size() < 60) {
                role = roleOf(m.captured(2), ++sectionIndex);
                current = nullptr;
                group = {};
                continue;
            }
            if (role == SectionRole::Organisation) {
                organisation.append(p.text);
                continue;
            }
            if (role == SectionRole::NextSteps) {
                nextSteps.append(p.text);
                continue;
            }
            if (role != SectionRole::Findings)
                continue;
            if (auto m = level2.match(p.text); m.hasMatch()) {
                const QString heading = m.captured(2);
                current = nullptr;
                if (heading.contains(QStringLiteral("意见建议"))) {
                    group.type = Group::Suggestions;
                    group.suggestionStatus =
                        heading.contains(QStringLiteral("已落实")) || heading.contains(QStringLiteral("已完成"))
                            ? ParsedFinding::Status::Completed
                        : heading.contains(QStringLiteral("正在")) ? ParsedFinding::Status::InProgress
                                                                   : ParsedFinding::Status::Unknown;
                } else if (heading.contains(QStringLiteral("长期坚持")))
                    group.type = Group::Ongoing;
                else if (heading.contains(QStringLiteral("已整改完成")) ||
                         heading.contains(QStringLiteral("已完成整改")) ||
                         heading.contains(QStringLiteral("已完成的问题")))
                    group.type = Group::Completed;
                else if (heading.contains(QStringLiteral("正在推进")) ||
                         heading.contains(QStringLiteral("正在整改")) ||
                         heading.contains(QStringLiteral("尚未完成")) ||
                         heading.contains(QStringLiteral("未完成整改")))
                    group.type = Group::InProgress;
                else {
                    group.type = Group::Category;
                    m_out.categories.append(ParsedCategory{m.captured(1), stripEnd(heading)});
                }
                continue;
            }
            if (auto m = item.match(p.text); m.hasMatch() && group.type != Group::None) {
                QString number = m.captured(1);
                if (number.isEmpty()) // 反馈问题一：
                    number =
                        QString::number(parseChineseNumeral(m.captured(2)).value_or(m.captured(2).toInt()));
                m_out.findings.append(makeFinding(number, m.captured(3), group, p.offset));
                current = &m_out.findings.last();
                currentLabel.clear();
                continue;
            }
            if (!current)
                continue;
            if (auto m = label.match(p.text); m.hasMatch()) {
                currentLabel = m.captured(1);
                addToLabel(*current, currentLabel, m.captured(2));
            } else if (!currentLabel.isEmpty() && currentLabel != QStringLiteral("整改措施")) {
                addToLabel(*current, currentLabel, p.text);
            } else if (currentLabel == QStringLiteral("整改措施") && startsMeasureItem(p.text)) {
                addToLabel(*current, currentLabel, p.text); // the list of measures goes on
            } else if (currentLabel.isEmpty()) {
                addBody(*current, p.text);
            }
        }
        m_out.organisationText = organisation.join(u'\n');
        m_out.nextStepsText = nextSteps.join(u'\n');
    }

    ParsedFinding makeFinding(const QString& number, const QString& rest, const Group& group, int offset) {
        ParsedFinding f;
        f.number = number;
        f.sourceOffset = offset;
        f.kind =
            group.type == Group::Suggestions ? ParsedFinding::Kind::Suggestion : ParsedFinding::Kind::Problem;
        f.status = group.type == Group::Completed     ? ParsedFinding::Status::Completed
                   : group.type == Group::Ongoing     ? ParsedFinding::Status::Ongoing
                   : group.type == Group::InProgress  ? ParsedFinding::Status::InProgress
                   : group.type == Group::Suggestions ? group.suggestionStatus
                                                      : ParsedFinding::Status::Unknown;
        if (group.type == Group::Category)
            f.category = static_cast<int>(m_out.categories.size()) - 1;
        static const Re about(QStringLiteral("^关于[“\"‘'](.+)[”\"’']\\s*(?:问题)?的?(?:整改|落实)"));
        if (auto m = about.match(rest); m.hasMatch()) {
            f.title = stripEnd(m.captured(1));
            return f;
        }
        // "深入贯彻….一是…二是…": the title runs to the first full stop, the rest is the body.
        qsizetype stop = rest.indexOf(u'。');
        if (stop < 0)
            stop = rest.size();
        f.title = stripEnd(rest.left(stop));
        const QString body = rest.mid(stop + 1).trimmed();
        if (!body.isEmpty())
            addBody(f, body);
        return f;
    }

    void addToLabel(ParsedFinding& f, const QString& labelName, const QString& text) {
        if (text.isEmpty())
            return;
        if (labelName == u"整改措施") {
            const QStringList items = splitItems(text);
            f.measures += items.isEmpty() ? QStringList{text} : items;
        } else if (labelName == u"整改时限" || labelName == u"完成时限") {
            f.deadline = stripEnd(text);
        } else if (labelName.startsWith(QStringLiteral("存在"))) {
            f.difficulties += text;
        } else { // outcomes and progress; their first words may state the status
            static const Re done(QStringLiteral("^(已完成整改|已整改完成|已整改到位|整改已完成|已完成)"));
            static const Re going(QStringLiteral("^(正在推进|正在整改|持续推进|尚未完成|未完成)"));
            if (f.status == ParsedFinding::Status::Unknown && done.match(text).hasMatch())
                f.status = ParsedFinding::Status::Completed;
            else if (f.status == ParsedFinding::Status::Unknown && going.match(text).hasMatch())
                f.status = ParsedFinding::Status::InProgress;
            const QStringList items = splitItems(text);
            f.outcomes += items.isEmpty() ? QStringList{text} : items;
        }
    }

    void addBody(ParsedFinding& f, const QString& text) {
        const QStringList items = splitItems(text);
        if (!items.isEmpty() &&
            Re(QStringLiteral("^[一二三四五六七八九十]+是"))
                .match(text.mid(text.indexOf(QStringLiteral("一是"))))
                .hasMatch() &&
            text.contains(QStringLiteral("一是")))
            f.measures += items;
        else
            f.outcomes.append(text);
    }

    void readStatedTotals() {
        const QString& t = m_clean.text;
        const auto firstInt = [&](const QString& pattern, int group = 1) -> std::optional<int> {
            const auto m = find(pattern, t);
            if (!m.hasMatch())
                return std::nullopt;
            return m.captured(group).toInt();
        };
        auto& c = m_out.stated.counts;
        if (auto m = find(QStringLiteral("(\\d+)个方面(\\d+)[项个](?:具体)?问题"), t); m.hasMatch()) {
            c[QStringLiteral("categories")] = m.captured(1).toInt();
            c[QStringLiteral("problems")] = m.captured(2).toInt();
        } else if (auto n = find(QStringLiteral("(?:指出|反馈)(?:问题)?(\\d+)[项个方面]+(\\d+)个问题"), t);
                   n.hasMatch()) {
            c[QStringLiteral("categories")] = n.captured(1).toInt();
            c[QStringLiteral("problems")] = n.captured(2).toInt();
        } else if (auto p = firstInt(QStringLiteral("(?:反馈|指出)(?:问题)?(\\d+)个问题"))) {
            c[QStringLiteral("problems")] = *p;
        }
        if (auto v = firstInt(QStringLiteral("已完成整改(?:问题)?(\\d+)个")))
            c[QStringLiteral("problems_completed")] = *v;
        if (auto v = firstInt(QStringLiteral("正在推进整改(?:问题)?(\\d+)个")))
            c[QStringLiteral("problems_in_progress")] = *v;
        if (auto m = find(QStringLiteral("意见建议(\\d+)[个条项][，,；;]?\\s*(?:已完成(\\d+)[个条项][，,；;]?"
                                         "\\s*)?(?:正在推进(\\d+)[个条项])?"),
                          t);
            m.hasMatch()) {
            c[QStringLiteral("suggestions")] = m.captured(1).toInt();
            if (!m.captured(2).isEmpty())
                c[QStringLiteral("suggestions_completed")] = m.captured(2).toInt();
            if (!m.captured(3).isEmpty())
                c[QStringLiteral("suggestions_in_progress")] = m.captured(3).toInt();
        }
        if (auto m = find(QStringLiteral("制定整改措施(\\d+)条[，,]?\\s*(?:已完成(\\d+)条)?"), t);
            m.hasMatch()) {
            c[QStringLiteral("measures")] = m.captured(1).toInt();
            if (!m.captured(2).isEmpty())
                c[QStringLiteral("measures_completed")] = m.captured(2).toInt();
        }
        if (auto v = firstInt(QStringLiteral("细化为(\\d+)项(?:整改)?任务")))
            c[QStringLiteral("tasks")] = *v;
        if (auto v = firstInt(QStringLiteral("制定(?:完善)?制度(\\d+)[个项]")))
            c[QStringLiteral("rules_made")] = *v;
        if (auto v = firstInt(QStringLiteral("问责(\\d+)人")))
            c[QStringLiteral("accountability_persons")] = *v;
        if (auto m = find(QStringLiteral("挽回(?:经济)?损失([\\d.]+)万元"), t); m.hasMatch())
            m_out.stated.recoveredLoss = Money::parseWan(m.captured(1));

        // A completion figure elsewhere in the text that contradicts the totals is reported, not used.
        auto rates = Re(QStringLiteral("已完成(\\d+)项[，,]\\s*(?:整改)?完成率([\\d.]+)%")).globalMatch(t);
        while (rates.hasNext()) {
            const auto m = rates.next();
            const int done = m.captured(1).toInt();
            const auto completed = c.value(QStringLiteral("problems_completed"), -1);
            if (completed >= 0 && done != completed)
                m_out.warnings.append(
                    QCoreApplication::translate(
                        "rectrack::BulletinParser",
                        "正文中的“%1”与通报总数（已完成整改问题%2个，共%3个）不一致，是过时的数字，未采用")
                        .arg(m.captured(0))
                        .arg(completed)
                        .arg(c.value(QStringLiteral("problems"))));
            else if (!m_out.stated.completionRate)
                m_out.stated.completionRate = m.captured(2).toDouble();
        }
    }

    void readContact() {
        QStringList lines;
        for (qsizetype i = m_contactStart; i >= 0 && i < m_clean.paragraphs.size(); ++i)
            lines.append(m_clean.paragraphs[i].text);
        const QString block = lines.join(u'\n');
        if (auto m = find(QStringLiteral("(?:联系电话|电话)[:：\\s]*([0-9][0-9\\-]{4,})"), block);
            m.hasMatch())
            m_out.contactPhone = m.captured(1);
        if (auto m = find(
                QStringLiteral("(?:邮政信箱|通信地址|通讯地址|地址)[:：]\\s*([^；;\\n]+?)(?:[；;]|\\n|$)"),
                block);
            m.hasMatch())
            m_out.contactAddress = asWritten(stripEnd(m.captured(1)));
        if (auto m = find(QStringLiteral("邮政?编码[:：]\\s*(\\d{6})"), block); m.hasMatch())
            m_out.contactPostcode = m.captured(1);
        if (auto m = find(QStringLiteral("([A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,})"), block);
            m.hasMatch())
            m_out.contactEmail = m.captured(1);
        if (auto m = find(QStringLiteral("公开期限[:：]\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日至(?:(\\d{4})年)"
                                         "?(\\d{1,2})月(\\d{1,2})日"),
                          block);
            m.hasMatch()) {
            const int y = m.captured(1).toInt();
            m_out.publicationStart = date(y, m.captured(2), m.captured(3));
            m_out.publicationEnd =
                date(m.captured(4).isEmpty() ? y : m.captured(4).toInt(), m.captured(5), m.captured(6));
        }
        // The signature: the issuing body, then the date, at the very end.
        QStringList contact;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString& line = lines[i];
            if (auto m = find(QStringLiteral("^(\\d{4})年(\\d{1,2})月(\\d{1,2})日$"), line); m.hasMatch()) {
                m_out.publishedDate = date(m.captured(1).toInt(), m.captured(2), m.captured(3));
                if (i > 0 && !lines[i - 1].contains(u'：') && !lines[i - 1].contains(u':'))
                    m_out.issuingBody = lines[i - 1];
                continue;
            }
            if (line.startsWith(QStringLiteral("中共")) || line.endsWith(QStringLiteral("委员会")))
                continue;
            contact.append(line);
        }
        m_out.contactText = contact.join(u'\n');
    }

    void composeMissing() {
        if (m_out.type.isEmpty() && !m_out.kind.isEmpty())
            m_out.type = QStringLiteral("常规") + m_out.kind;
        if (m_out.round.isEmpty() && !m_out.kind.isEmpty()) {
            const int year = m_out.periodStart.isValid() ? m_out.periodStart.year() : 0;
            m_out.round = m_out.level + m_out.kind +
                          (year ? QStringLiteral("（%1年%2）").arg(year).arg(m_out.type) : QString());
            m_out.warnings.append(
                QCoreApplication::translate("rectrack::BulletinParser",
                                            "通报未写明巡视巡察轮次，轮次名称“%1”是根据通报内容拟定的")
                    .arg(m_out.round));
        }
        if (m_out.publishedDate.isValid() == false && m_out.publicationStart.isValid())
            m_out.publishedDate = m_out.publicationStart;
        if (m_out.title.isEmpty()) {
            // "沈阳高新区关于省委第七巡视组专项巡视整改情况的通报": the short name the preamble uses.
            QString unit = m_out.inspectedUnit;
            if (auto m = find(QStringLiteral("(?:巡视|巡察)组向(.+?)反馈"), m_clean.text); m.hasMatch())
                unit = m.captured(1);
            m_out.title = QStringLiteral("%1关于%2%3整改情况的通报").arg(unit, m_out.team, m_out.type);
            m_out.warnings.append(QCoreApplication::translate("rectrack::BulletinParser",
                                                              "正文没有标题行，标题“%1”是根据通报内容拟定的")
                                      .arg(m_out.title));
        }
    }

    void crossCheck() {
        using K = ParsedFinding::Kind;
        using S = ParsedFinding::Status;
        const auto& c = m_out.stated.counts;
        const int problems = m_out.count(K::Problem);
        const int suggestions = m_out.count(K::Suggestion);
        const int categories = static_cast<int>(m_out.categories.size());
        if (m_out.findings.isEmpty())
            m_out.warnings.append(QCoreApplication::translate(
                "rectrack::BulletinParser",
                "没有找到任何问题条目：这可能不是整改情况通报或反馈意见，或者格式无法识别"));
        if (c.contains(QStringLiteral("categories")) && c.value(QStringLiteral("categories")) != categories) {
            if (categories == 0)
                m_out.warnings.append(QCoreApplication::translate(
                                          "rectrack::BulletinParser",
                                          "通报称问题分%1个方面，但正文没有列出类别标题，问题未归入类别")
                                          .arg(c.value(QStringLiteral("categories"))));
            else
                m_out.warnings.append(QCoreApplication::translate("rectrack::BulletinParser",
                                                                  "通报称问题分%1个方面，正文列出%2个类别")
                                          .arg(c.value(QStringLiteral("categories")))
                                          .arg(categories));
        }
        if (c.contains(QStringLiteral("problems")) && c.value(QStringLiteral("problems")) != problems) {
            if (categories > 0)
                m_out.warnings.append(
                    QCoreApplication::translate(
                        "rectrack::BulletinParser",
                        "通报称%1个问题，正文在%2个方面下只列出%3项整改内容；两者口径不同，未补造问题")
                        .arg(c.value(QStringLiteral("problems")))
                        .arg(categories)
                        .arg(problems));
            else
                m_out.warnings.append(
                    QCoreApplication::translate("rectrack::BulletinParser", "通报称%1个问题，正文列出%2个")
                        .arg(c.value(QStringLiteral("problems")))
                        .arg(problems));
        }
        const auto compare = [&](const QString& key, int parsed, const QString& what) {
            if (c.contains(key) && c.value(key) != parsed)
                m_out.warnings.append(
                    QCoreApplication::translate("rectrack::BulletinParser", "通报称%1%2，正文解析出%3")
                        .arg(what)
                        .arg(c.value(key))
                        .arg(parsed));
        };
        int completed = 0, inProgress = 0;
        for (const ParsedFinding& f : m_out.findings)
            if (f.kind == K::Problem) {
                completed += f.status == S::Completed;
                inProgress += f.status == S::InProgress;
            }
        compare(QStringLiteral("problems_completed"), completed,
                QCoreApplication::translate("rectrack::BulletinParser", "已完成整改问题"));
        compare(QStringLiteral("problems_in_progress"), inProgress,
                QCoreApplication::translate("rectrack::BulletinParser", "正在推进整改问题"));
        compare(QStringLiteral("suggestions"), suggestions,
                QCoreApplication::translate("rectrack::BulletinParser", "意见建议"));
        // 制定整改措施 counts the measures of problems and suggestions alike.
        const int measures = m_out.measureCount(K::Problem) + m_out.measureCount(K::Suggestion);
        compare(QStringLiteral("measures"), measures,
                QCoreApplication::translate("rectrack::BulletinParser", "整改措施"));
        compare(QStringLiteral("measures_completed"),
                m_out.measureCount(K::Problem, S::Completed) + m_out.measureCount(K::Suggestion, S::Completed),
                QCoreApplication::translate("rectrack::BulletinParser", "已完成整改措施"));
        if (c.contains(QStringLiteral("tasks")) && c.value(QStringLiteral("tasks")) != measures)
            m_out.warnings.append(
                QCoreApplication::translate("rectrack::BulletinParser",
                                            "通报称细化为%1项整改任务，正文列出%2条整改措施")
                    .arg(c.value(QStringLiteral("tasks")))
                    .arg(measures));

        // Suggestions take their status from the stated totals when those say all of them.
        if (suggestions > 0) {
            const auto status =
                c.value(QStringLiteral("suggestions_in_progress"), -1) == suggestions ? S::InProgress
                : c.value(QStringLiteral("suggestions_completed"), -1) == suggestions ? S::Completed
                                                                                      : S::Unknown;
            for (ParsedFinding& f : m_out.findings)
                if (f.kind == K::Suggestion && f.status == S::Unknown)
                    f.status = status;
        }
        // Items that look wrong, each with its own note.
        for (ParsedFinding& f : m_out.findings) {
            const QString name = QCoreApplication::translate("rectrack::BulletinParser", "第%1项“%2”")
                                     .arg(f.number, f.title.left(20));
            if (f.title.isEmpty())
                f.warnings.append(QCoreApplication::translate("rectrack::BulletinParser", "没有找到标题"));
            else if (f.title.size() > 150)
                f.warnings.append(QCoreApplication::translate("rectrack::BulletinParser",
                                                              "标题很长，请核对是否把正文并入了标题"));
            if (f.kind == K::Problem && f.measures.isEmpty())
                f.warnings.append(
                    QCoreApplication::translate("rectrack::BulletinParser", "没有找到整改措施"));
            for (const QString& w : f.warnings)
                m_out.warnings.append(name + QStringLiteral("：") + w);
        }
        // Numbering: gaps and repeats within each kind and category.
        QMap<QString, QList<int>> numbers;
        for (const ParsedFinding& f : m_out.findings)
            numbers[QStringLiteral("%1/%2").arg(int(f.kind)).arg(f.category.value_or(-1))].append(
                f.number.toInt());
        for (auto it = numbers.cbegin(); it != numbers.cend(); ++it) {
            QList<int> sorted = it.value();
            std::sort(sorted.begin(), sorted.end());
            for (int i = 0; i < sorted.size(); ++i)
                if (sorted[i] != i + 1) {
                    m_out.warnings.append(
                        QCoreApplication::translate("rectrack::BulletinParser",
                                                    "条目编号不连续或重复（在第%1项附近），请核对是否漏项")
                            .arg(i + 1));
                    break;
                }
        }
    }

    // The same words as the source wrote them, with its spaces ("大厦 724 室"): cleaning
    // removes spaces next to Chinese characters, which is right for parsing but not for an
    // address that is shown to the public again.
    QString asWritten(const QString& compact) const {
        QString pattern;
        for (QChar c : compact)
            pattern += QRegularExpression::escape(QString(c)) + QStringLiteral("[ \\t\\x{3000}]*");
        const auto m = Re(pattern).match(m_raw);
        return m.hasMatch() ? m.captured(0).trimmed() : compact;
    }

    QString m_raw;
    CleanedText m_clean;
    ParsedBulletin m_out;
    qsizetype m_start = 0;
    qsizetype m_preambleEnd = 0;
    qsizetype m_contactStart = -1;
};
} // namespace

ParsedBulletin parseBulletin(const QString& text) {
    return Parser(text).run();
}

} // namespace rectrack
