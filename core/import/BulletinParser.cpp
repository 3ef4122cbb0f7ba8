#include "BulletinParser.h"

#include "BulletinText.h"
#include "BulletinOpening.h"
#include "ProblemLevels.h"
#include "StatedTotalsReader.h"
#include "text/DocumentFrame.h"
#include "text/PageNoise.h"
#include "text/TraditionalChinese.h"
#include "text/WrittenDates.h"
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

enum class SectionRole { Organisation, Findings, NextSteps, Undecided };

struct Group {
    enum Type { None, Category, Completed, Ongoing, InProgress, Suggestions } type = None;
    // Suggestions under 已落实的意见建议 / 正在落实的意见建议 take that status.
    ParsedFinding::Status suggestionStatus = ParsedFinding::Status::Unknown;
};

// What a section heading (一、…) says its section is about.
SectionRole roleOf(const QString& heading) {
    static const Re next(QStringLiteral("下一步|工作打算|工作计划|今后|努力方向|工作安排$"));
    static const Re problems(QStringLiteral("问题|反馈意见|意见建议|逐项|逐条|进展"));
    static const Re organisation(QStringLiteral(
        "组织|主体责任|第一责任人|领导班子|部署|认识|站位|政治责任|重视|机制|工作开展|基本情况|总体情况|工作情况|强化领导|压实责任"));
    static const Re findings(QStringLiteral("整改(?:落实|完成|推进)?情况|落实情况|具体整改|整改成效|集中整改|整改任务"));
    if (next.match(heading).hasMatch())
        return SectionRole::NextSteps;
    if (problems.match(heading).hasMatch())
        return SectionRole::Findings;
    if (organisation.match(heading).hasMatch())
        return SectionRole::Organisation;
    if (findings.match(heading).hasMatch())
        return SectionRole::Findings;
    return SectionRole::Undecided;
}

class Parser {
public:
    Parser(const QString& raw, const BulletinReading& reading)
        : m_raw(raw)
        , m_reading(reading) {
        prepare();
        m_out.text = m_clean.text;
        m_out.source = raw;
        m_out.reading = reading;
    }

    ParsedBulletin run() {
        readTitle();
        buildOutline();
        readOpening();
        assignSections();
        chooseLevels();
        collectFindings();
        noteCutOff();
        readTotals();
        readContact();
        composeMissing();
        crossCheck();
        return m_out;
    }

private:
    // Page noise and the official document's 版头 and 版记 out, Traditional characters to
    // Simplified, dates in Chinese numerals in digits; then paragraphs.
    void prepare() {
        PageText page = removePageNoise(m_raw);
        m_metadata = page.metadata;
        QString text = removeDocumentFrame(page.text).text;
        if (looksTraditional(text)) {
            bool ok = false;
            text = traditionalToSimplified(text, &ok);
            m_out.warnings.append(
                ok ? QCoreApplication::translate("rectrack::BulletinParser",
                                                 "通报是繁体字，已转换为简体字后读取；请核对人名、地名")
                   : QCoreApplication::translate("rectrack::BulletinParser",
                                                 "通报是繁体字，但繁简转换（OpenCC）无法加载，按原文读取"));
        } else if (const int stray = simplifyStrayTraditional(text); stray > 0) {
            m_out.warnings.append(QCoreApplication::translate("rectrack::BulletinParser",
                                                              "正文夹有%1个繁体字，已按简体字读取")
                                      .arg(stray));
        }
        m_clean = cleanBulletinText(digitsInDates(text));
    }

    void readTitle() {
        if (m_clean.paragraphs.isEmpty())
            return;
        // a bulletin (…通报), or the plan or report it comes with (…整改方案, …整改情况的报告)
        const auto isTitle = [](const QString& p) {
            static const Re named(QStringLiteral(
                "通报$|通报[(（].*[)）]$|整改.{0,30}(?:方案|报告|公告|公示|情况|进展)$|^关于.{4,100}(?:情况|通报|公告|公示)$"));
            return p.size() <= 120 && named.match(p).hasMatch() && !p.endsWith(u'。') &&
                   !p.startsWith(QStringLiteral("根据")) && !p.startsWith(QStringLiteral("按照"));
        };
        // "…的通报 2026-02-13": the page's date after the title.
        static const Re datedTitle(QStringLiteral("\\s*(?:\\d{4}[-./年]\\d{1,2}[-./月]\\d{1,2}日?)$"));
        if (const auto d = datedTitle.match(m_clean.paragraphs.first().text);
            d.hasMatch() && d.capturedStart() > 8 && d.capturedStart() <= 120)
            m_clean.paragraphs.first().text.truncate(d.capturedStart());
        const QString first = m_clean.paragraphs.first().text;
        if (isTitle(first)) {
            m_out.title = first;
            m_start = 1;
        } else if (m_clean.paragraphs.size() > 1 && first.size() < 60 && !first.endsWith(u'。') &&
                   isTitle(first + m_clean.paragraphs[1].text)) { // a title set on two lines
            m_out.title = first + m_clean.paragraphs[1].text;
            m_start = 2;
        } else if (!m_metadata.documentTitle.isEmpty() && isTitle(m_metadata.documentTitle)) {
            m_out.title = m_metadata.documentTitle;
        }
        // The title again right under it (a web page's heading and the document's own).
        while (m_start < m_clean.paragraphs.size() && !m_out.title.isEmpty() &&
               m_clean.paragraphs[m_start].text == m_out.title)
            ++m_start;
    }

    void buildOutline() {
        m_contactStart = m_clean.paragraphs.size();
        for (qsizetype i = m_start; i < m_clean.paragraphs.size(); ++i) {
            const Paragraph& p = m_clean.paragraphs[i];
            if (i > m_start &&
                (p.text.startsWith(QStringLiteral("欢迎广大")) || p.text.startsWith(QStringLiteral("公开期限")) ||
                 p.text.startsWith(QStringLiteral("联系")) || p.text.startsWith(QStringLiteral("如有意见")))) {
                m_contactStart = i;
                break;
            }
            m_lines.append(outlineLine(p.text, p.offset));
        }
        // The signature at the very end (the issuing body, then the date) is not an item's text.
        static const Re dateLine(QStringLiteral("^\\d{4}年\\d{1,2}月\\d{1,2}日$"));
        for (qsizetype i = m_contactStart - 1; i > m_start && i >= m_contactStart - 3; --i)
            if (dateLine.match(m_clean.paragraphs[i].text).hasMatch()) {
                qsizetype from = i;
                if (const QString& before = m_clean.paragraphs[i - 1].text; before.size() < 40 && !before.contains(u'。'))
                    from = i - 1;
                m_lines.resize(from - m_start);
                m_contactStart = from;
                break;
            }
        m_firstHeading = m_lines.size();
        for (qsizetype i = 0; i < m_lines.size(); ++i)
            if (m_lines[i].level != HeadingLevel::None && m_lines[i].level != HeadingLevel::Circled) {
                m_firstHeading = i;
                break;
            }
    }

    // The opening: the paragraphs before the first heading (BulletinOpening reads them).
    void readOpening() {
        QString opening;
        for (qsizetype i = 0; i < m_lines.size() && opening.size() < 3000; ++i) {
            if (i >= m_firstHeading && opening.size() > 80)
                break;
            opening += m_clean.paragraphs[m_start + i].text + u'\n';
        }
        if (opening.isEmpty() && !m_lines.isEmpty())
            opening = m_clean.paragraphs[m_start].text;
        readBulletinOpening(opening, m_out);
    }

    // A text that stops mid-sentence, mid-word or inside an open quote was cut off: what is there
    // is imported, the last item may be incomplete, and nothing is made up to complete it.
    void noteCutOff() {
        if (m_lines.isEmpty())
            return;
        const QString last = m_lines.last().text;
        const bool openQuote = last.count(u'“') > last.count(u'”') || last.count(u'《') > last.count(u'》');
        if (!openQuote && (endsSentence(last) || last.endsWith(u'：') || last.endsWith(u':')))
            return;
        if (!openQuote && m_lines.last().level != HeadingLevel::None && m_lines.last().isShort &&
            !m_out.findings.isEmpty() && m_out.findings.last().sourceOffset != m_lines.last().offset)
            return; // a heading ends the text (a section without content), not a cut
        const QString note = QCoreApplication::translate("rectrack::BulletinParser",
                                                         "通报正文在“%1”处截断，没有写完：最后一项可能不完整，已导入现有内容")
                                 .arg(last.right(12));
        m_out.warnings.append(note);
        m_out.doubts.append(note);
    }

    void assignSections() {
        m_roles.assign(static_cast<size_t>(m_lines.size()), SectionRole::Undecided);
        bool anySection = false;
        SectionRole role = SectionRole::Undecided;
        int index = -1;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const OutlineLine& line = m_lines[i];
            if (line.level == HeadingLevel::Section && line.isShort && !line.namesProblem && !line.looksLikeCategory) {
                anySection = true;
                ++index;
                role = roleOf(line.text);
                // The first section without words of its own is how the work was organised.
                if (role == SectionRole::Undecided && index == 0 && !line.looksLikeProblem)
                    role = SectionRole::Organisation;
            } else if (line.level == HeadingLevel::Section) {
                anySection = true;
                ++index;
                // "一、关于“…”", "一、在…方面": the section is a problem or a category; a long
                // heading run into its text says what it is about by its words too.
                role = line.namesProblem || line.looksLikeCategory || (line.looksLikeProblem && line.isShort)
                           ? SectionRole::Findings
                           : roleOf(line.text.left(40));
            }
            m_roles[static_cast<size_t>(i)] = i < m_firstHeading ? SectionRole::Organisation : role;
        }
        if (!anySection) {
            // No 一、 level: the （一） headings that speak of the work rather than of problems
            // ("（一）党组书记组织落实整改工作情况") head sections of organisation or next steps.
            SectionRole paren = SectionRole::Findings;
            for (qsizetype i = m_firstHeading; i < m_lines.size(); ++i) {
                const OutlineLine& line = m_lines[i];
                if (line.level == HeadingLevel::Paren) {
                    const SectionRole r = roleOf(line.text.left(line.text.indexOf(u'。') < 0 ? line.text.size()
                                                                                              : line.text.indexOf(u'。')));
                    paren = !line.looksLikeCategory && !line.namesProblem && !line.looksLikeProblem &&
                                    !line.isStatusGroup &&
                                    (r == SectionRole::Organisation || r == SectionRole::NextSteps)
                                ? r
                                : SectionRole::Findings;
                }
                m_roles[static_cast<size_t>(i)] = paren;
            }
        }
        // Undecided sections are findings when something in them names a problem and no
        // other section does better; else they are prose about the work.
        bool findingsSection = false;
        for (qsizetype i = 0; i < m_lines.size(); ++i)
            findingsSection = findingsSection || m_roles[static_cast<size_t>(i)] == SectionRole::Findings;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            SectionRole& r = m_roles[static_cast<size_t>(i)];
            if (r != SectionRole::Undecided)
                continue;
            qsizetype end = i;
            bool names = false;
            while (end < m_lines.size() && m_roles[static_cast<size_t>(end)] == SectionRole::Undecided) {
                names = names || m_lines[end].namesProblem || !labelOf(m_lines[end].text).label.isEmpty();
                ++end;
            }
            for (qsizetype k = i; k < end; ++k)
                m_roles[static_cast<size_t>(k)] =
                    names || !findingsSection ? SectionRole::Findings : SectionRole::Organisation;
            i = end - 1;
        }
    }

    bool inFindings(qsizetype i) const { return m_roles[static_cast<size_t>(i)] == SectionRole::Findings; }

    bool isSectionHeading(const OutlineLine& line) const {
        return line.level == HeadingLevel::Section && line.isShort && !line.namesProblem && !line.looksLikeCategory &&
               roleOf(line.text) != SectionRole::Undecided;
    }

    void chooseLevels() {
        QList<bool> findings, sectionHeadings;
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            findings.append(inFindings(i));
            sectionHeadings.append(isSectionHeading(m_lines[i]));
        }
        const LevelChoice choice = rectrack::chooseLevels(m_lines, findings, sectionHeadings, m_reading);
        m_problemLevel = choice.problem;
        m_categoryLevel = choice.category;
        m_levelGuessed = choice.guessed;
        m_out.problemLevel = choice.problem;
        m_out.categoryLevel = choice.category;
        for (const OutlineLine& l : m_lines)
            if (l.level != HeadingLevel::None)
                m_out.headings.append(l);
    }

    Group groupOf(const OutlineLine& line, Group current) const {
        const QString& heading = line.text;
        Group group = current;
        if (heading.contains(QStringLiteral("意见建议"))) {
            group.type = Group::Suggestions;
            group.suggestionStatus =
                heading.contains(QStringLiteral("已落实")) || heading.contains(QStringLiteral("已完成"))
                    ? ParsedFinding::Status::Completed
                : heading.contains(QStringLiteral("正在")) ? ParsedFinding::Status::InProgress
                                                           : ParsedFinding::Status::Unknown;
        } else if (heading.contains(QStringLiteral("长期坚持")) || heading.contains(QStringLiteral("长期整改"))) {
            group.type = Group::Ongoing;
        } else if (Re(QStringLiteral("已整改完成|已完成整改|已完成的|整改到位的|已办结|已销号")).match(heading).hasMatch()) {
            group.type = Group::Completed;
        } else if (Re(QStringLiteral("正在推进|正在整改|尚未完成|未完成整改|持续推进|基本完成|阶段性")).match(heading).hasMatch()) {
            group.type = Group::InProgress;
        }
        return group;
    }

    void collectFindings() {
        Group group;
        ParsedFinding* current = nullptr;
        QString currentLabel;
        QStringList organisation, nextSteps;
        const int problemDepth = depthOf(m_problemLevel);
        for (qsizetype i = 0; i < m_lines.size(); ++i) {
            const OutlineLine& line = m_lines[i];
            const SectionRole role = m_roles[static_cast<size_t>(i)];
            const bool forced = m_reading.problems.contains(line.offset);
            if (isSectionHeading(line) && !forced) {
                current = nullptr;
                group = Group{};
                if (role == SectionRole::Findings)
                    group = groupOf(line, group);
                continue;
            }
            if (role == SectionRole::Organisation && !forced) {
                if (i >= m_firstHeading && line.level != HeadingLevel::Section)
                    organisation.append(m_clean.paragraphs[m_start + i].text);
                continue;
            }
            if (role == SectionRole::NextSteps && !forced) {
                nextSteps.append(m_clean.paragraphs[m_start + i].text);
                continue;
            }
            const bool atProblemLevel = line.level == m_problemLevel && m_problemLevel != HeadingLevel::None;
            if (m_reading.mergedWithPrevious.contains(line.offset) && current) {
                addBody(*current, m_clean.paragraphs[m_start + i].text);
                continue;
            }
            if (m_reading.notProblems.contains(line.offset)) {
                current = nullptr;
                continue;
            }
            if (forced || (atProblemLevel && !line.isStatusGroup)) {
                m_out.findings.append(makeFinding(line, group));
                current = &m_out.findings.last();
                m_findingParagraphs.insert(m_start + i);
                currentLabel.clear();
                continue;
            }
            if (line.level != HeadingLevel::None && depthOf(line.level) <= problemDepth &&
                line.level != HeadingLevel::Circled) {
                // A heading above the problems: a status group or a category.
                current = nullptr;
                const Group status = groupOf(line, Group{});
                if (status.type != Group::None) {
                    group = status;
                } else if (line.level == m_categoryLevel && !line.isStatusGroup) {
                    group.type = Group::Category;
                    m_out.categories.append(ParsedCategory{line.number, withoutEndPunctuation(categoryTitle(line.text))});
                } else if (line.isStatusGroup) {
                    group.type = Group::None;
                }
                continue;
            }
            if (!current)
                continue;
            m_findingParagraphs.insert(m_start + i);
            const QString& text = m_clean.paragraphs[m_start + i].text;
            if (line.level != HeadingLevel::None && depthOf(line.level) > problemDepth &&
                labelOf(line.text).label.isEmpty()) {
                // A numbered line under the problem: a measure, unless it is under an outcome label.
                if (currentLabel.isEmpty() || currentLabel == QStringLiteral("整改措施"))
                    current->measures.append(withoutEndPunctuation(line.text));
                else
                    addToLabel(*current, currentLabel, line.text);
            } else {
                addParagraph(*current, line.level == HeadingLevel::None ? text : line.text, &currentLabel);
            }
        }
        m_out.organisationText = organisation.join(u'\n');
        m_out.nextStepsText = nextSteps.join(u'\n');
    }

    // "在“贯彻落实…”方面" → "贯彻落实…方面" as written but for the quotes' frame.
    static QString categoryTitle(const QString& text) {
        const qsizetype stop = text.indexOf(u'。');
        return stop < 0 ? text : text.left(stop);
    }

    ParsedFinding makeFinding(const OutlineLine& line, const Group& group) {
        ParsedFinding f;
        f.number = line.number;
        if (const auto n = parseChineseNumeral(f.number); n && !f.number.front().isDigit())
            f.number = QString::number(*n);
        f.sourceOffset = line.offset;
        f.kind =
            group.type == Group::Suggestions ? ParsedFinding::Kind::Suggestion : ParsedFinding::Kind::Problem;
        f.status = group.type == Group::Completed     ? ParsedFinding::Status::Completed
                   : group.type == Group::Ongoing     ? ParsedFinding::Status::Ongoing
                   : group.type == Group::InProgress  ? ParsedFinding::Status::InProgress
                   : group.type == Group::Suggestions ? group.suggestionStatus
                                                      : ParsedFinding::Status::Unknown;
        if (group.type == Group::Category || (!m_out.categories.isEmpty() && m_categoryLevel != HeadingLevel::None))
            f.category = static_cast<int>(m_out.categories.size()) - 1;
        if (f.category && *f.category < 0)
            f.category.reset();
        // "1.问题：…" / "（一）存在问题：…": the label is not the title.
        static const Re problemLabel(QStringLiteral("^(?:反馈问题|存在问题|问题表现|问题描述|具体问题|问题)\\s*[:：]\\s*"));
        const QString rest = QString(line.text).remove(problemLabel);
        // "关于“落实“一岗双责”不到位”问题的整改": to the quote before the frame, else to the
        // first closing quote.
        static const Re aboutFramed(QStringLiteral(
            "^关于[“\"‘'「](.+)[”\"’'」]\\s*(?:等)?(?:问题|方面)?\\s*的?(?:整改|落实)(?:情况|落实情况)?\\s*[。.；;：:]?\\s*(.*)$"));
        static const Re about(QStringLiteral(
            "^关于[“\"‘'「](.+?)[”\"’'」]\\s*(?:等)?(?:问题|方面)?\\s*的?(?:整改|落实)?(?:情况|落实情况)?\\s*[。.；;：:]?\\s*(.*)$"));
        auto framed = aboutFramed.match(rest);
        if (auto m = framed.hasMatch() ? framed : about.match(rest); m.hasMatch()) {
            f.title = withoutEndPunctuation(m.captured(1));
            if (!m.captured(2).trimmed().isEmpty())
                addParagraph(f, m.captured(2).trimmed());
            return f;
        }
        // "深入贯彻….一是…二是…": the title runs to the first full stop (or colon), the rest is the body.
        static const Re titleEnd(QStringLiteral("[。；;]|[:：](?!\\s*$)"));
        qsizetype stop = -1;
        if (const auto m = titleEnd.match(rest); m.hasMatch())
            stop = m.capturedStart();
        if (stop < 0)
            stop = rest.size();
        QString title = withoutEndPunctuation(rest.left(stop));
        // "关于…的问题" / "…问题的整改情况": the problem's own words.
        static const Re frame(QStringLiteral("^关于(.{4,}?)(?:的|等)?问题(?:的)?(?:整改|落实)?(?:情况)?$"));
        if (const auto m = frame.match(title); m.hasMatch())
            title = m.captured(1);
        // "关于“物业服务企业监管不" cut off inside its quotes: the words that are there.
        static const Re unclosed(QStringLiteral("^关于[“\"‘'「]([^”\"’'」]+)$"));
        if (const auto m = unclosed.match(title); m.hasMatch())
            title = m.captured(1);
        f.title = title;
        const QString body = rest.mid(stop + 1).trimmed();
        if (!body.isEmpty())
            addParagraph(f, body);
        return f;
    }

    // A paragraph of an item that may run several labels together ("整改措施：①…。整改情况：已完成。").
    void addParagraph(ParsedFinding& f, const QString& text, QString* currentLabel = nullptr) {
        static const Re inlineLabel(QStringLiteral(
            "(?:^|(?<=[。；;！!]))\\s*(整改措施|整改举措|具体措施|整改成效|整改结果|整改情况|整改落实情况|整改进展情况|整改进展|进展情况|"
            "完成情况|整改时限|完成时限|整改期限|存在的困难|存在困难|问题表现|具体表现)\\s*[:：]"));
        QList<QRegularExpressionMatch> labels;
        for (auto it = inlineLabel.globalMatch(text); it.hasNext();)
            labels.append(it.next());
        if (labels.isEmpty()) {
            if (currentLabel && !currentLabel->isEmpty() && *currentLabel != QStringLiteral("整改措施"))
                addToLabel(f, *currentLabel, text);
            else if (currentLabel && *currentLabel == QStringLiteral("整改措施") && startsMeasureItem(text))
                addToLabel(f, *currentLabel, text);
            else if (!currentLabel || currentLabel->isEmpty())
                addBody(f, text);
            return;
        }
        if (const QString before = text.left(labels.first().capturedStart()).trimmed(); !before.isEmpty())
            addBody(f, before);
        for (qsizetype i = 0; i < labels.size(); ++i) {
            const qsizetype end = i + 1 < labels.size() ? labels[i + 1].capturedStart() : text.size();
            const QString label = canonicalLabel(labels[i].captured(1));
            addToLabel(f, label, text.mid(labels[i].capturedEnd(), end - labels[i].capturedEnd()).trimmed());
            if (currentLabel)
                *currentLabel = label;
        }
    }

    void addToLabel(ParsedFinding& f, const QString& labelName, const QString& text) {
        if (text.isEmpty() || labelName == u"问题表现" || labelName == u"责任")
            return;
        if (labelName == u"整改措施") {
            QStringList items = splitItems(text);
            if (items.isEmpty()) {
                // "修订森林防火责任制；开展防火隐患排查。": measures one after another by semicolons
                const QStringList clauses = text.split(Re(QStringLiteral("[；;]")), Qt::SkipEmptyParts);
                const bool allMeasures = clauses.size() >= 2 && std::all_of(clauses.begin(), clauses.end(), [](const QString& c) {
                    return c.trimmed().size() >= 4;
                });
                if (allMeasures)
                    for (const QString& c : clauses)
                        items.append(c.trimmed());
            }
            f.measures += items.isEmpty() ? QStringList{text} : items;
        } else if (labelName == u"整改时限" || labelName == u"完成时限") {
            f.deadline = withoutEndPunctuation(text);
        } else if (labelName.startsWith(QStringLiteral("存在"))) {
            f.difficulties += text;
        } else { // outcomes and progress; their first words may state the status
            static const Re done(QStringLiteral("^(已完成整改|已整改完成|已整改到位|整改已完成|已完成)"));
            static const Re going(QStringLiteral("^(正在推进|正在整改|持续推进|尚未完成|未完成)"));
            static const Re lasting(QStringLiteral("^(长期坚持|长期推进|长期整改)"));
            if (f.status == ParsedFinding::Status::Unknown && lasting.match(text).hasMatch())
                f.status = ParsedFinding::Status::Ongoing;
            else if (f.status == ParsedFinding::Status::Unknown && done.match(text).hasMatch())
                f.status = ParsedFinding::Status::Completed;
            else if (f.status == ParsedFinding::Status::Unknown && going.match(text).hasMatch())
                f.status = ParsedFinding::Status::InProgress;
            // "整改情况：已完成。一是制定…；二是开展…": what was done, item by item, are the
            // measures when the item names none of its own.
            QString rest = text;
            if (const auto lead = Re(QStringLiteral("^[^。；;]{0,12}(?:完成|推进|坚持|整改)[^。；;]{0,8}[。；;，,]")).match(text);
                lead.hasMatch() && text.mid(lead.capturedEnd()).trimmed().startsWith(QStringLiteral("一是")))
                rest = text.mid(lead.capturedEnd()).trimmed();
            const QStringList items = splitItems(rest);
            if (f.measures.isEmpty() && items.size() >= 2 && rest.startsWith(QStringLiteral("一是"))) {
                f.measures += items;
                if (rest != text)
                    f.outcomes.append(text.left(text.size() - rest.size()).trimmed());
                return;
            }
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

    // The totals are read from the text outside the items: an item's own figures (清退3万元 in
    // one problem's outcome) are not the inspection's.
    void readTotals() {
        QStringList summary;
        if (!m_out.title.isEmpty())
            summary.append(m_out.title);
        for (qsizetype i = m_start; i < m_contactStart && i < m_clean.paragraphs.size(); ++i)
            if (!m_findingParagraphs.contains(i))
                summary.append(m_clean.paragraphs[i].text);
        readStatedTotals(summary.join(u'\n'), m_out.stated);
        readCompletionRates();
    }

    // A completion figure elsewhere in the text that contradicts the totals is reported, not used.
    void readCompletionRates() {
        const auto& c = m_out.stated.counts;
        auto rates = Re(QStringLiteral("已完成(\\d+)项[，,]\\s*(?:整改)?完成率([\\d.]+)%")).globalMatch(m_clean.text);
        while (rates.hasNext()) {
            const auto m = rates.next();
            const int done = m.captured(1).toInt();
            const auto completed = c.value(QStringLiteral("problems_completed"), -1);
            if (completed >= 0 && done != completed) {
                m_out.warnings.append(
                    QCoreApplication::translate(
                        "rectrack::BulletinParser",
                        "正文中的“%1”与通报总数（已完成整改问题%2个，共%3个）不一致，是过时的数字，未采用")
                        .arg(m.captured(0))
                        .arg(completed)
                        .arg(c.value(QStringLiteral("problems"))));
                if (m_out.stated.phrases.value(QStringLiteral("completion_rate")) == m.captured(0).mid(m.captured(0).indexOf(QStringLiteral("完成率")))) {
                    m_out.stated.completionRate.reset();
                    m_out.stated.phrases.remove(QStringLiteral("completion_rate"));
                }
            } else if (!m_out.stated.completionRate) {
                m_out.stated.completionRate = m.captured(2).toDouble();
            }
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
            m_out.contactAddress = asWritten(withoutEndPunctuation(m.captured(1)));
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
        if (m_out.findings.isEmpty() && !m_out.stated.isEmpty()) {
            const QString note = QCoreApplication::translate(
                "rectrack::BulletinParser", "通报只给出了总数，没有逐条列出问题：导入的是巡察情况和通报所称的总数，没有问题条目");
            m_out.warnings.append(note);
            m_out.doubts.append(note);
        } else if (m_out.findings.isEmpty()) {
            m_out.warnings.append(QCoreApplication::translate(
                "rectrack::BulletinParser",
                "没有找到任何问题条目：这可能不是整改情况通报或反馈意见，或者格式无法识别"));
        } else if (m_levelGuessed && m_reading.problemLevel == std::nullopt) {
            m_out.doubts.append(QCoreApplication::translate(
                                    "rectrack::BulletinParser",
                                    "这份通报的问题没有用“关于……问题”或“整改措施：”等字样标明，程序把“%1”一级的标题当作问题读取；"
                                    "如果不对，请在下方指定问题所在的标题层级")
                                    .arg(headingLevelName(m_problemLevel)));
        }
        if (c.contains(QStringLiteral("problems")) && !m_out.findings.isEmpty() &&
            c.value(QStringLiteral("problems")) != problems)
            m_out.doubts.append(QCoreApplication::translate("rectrack::BulletinParser",
                                                            "通报称反馈问题%1个，正文读出%2个，请核对是否有遗漏或误读")
                                    .arg(c.value(QStringLiteral("problems")))
                                    .arg(problems));
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
    BulletinReading m_reading;
    PageMetadata m_metadata;
    CleanedText m_clean;
    ParsedBulletin m_out;
    qsizetype m_start = 0;
    QList<OutlineLine> m_lines; // the paragraphs from m_start to the contact block
    std::vector<SectionRole> m_roles;
    qsizetype m_firstHeading = 0; // in m_lines
    qsizetype m_contactStart = 0; // a paragraph index
    HeadingLevel m_problemLevel = HeadingLevel::None;
    HeadingLevel m_categoryLevel = HeadingLevel::None;
    bool m_levelGuessed = false; // chosen by the fallback rules, not by words that name problems
    QSet<qsizetype> m_findingParagraphs;
};
} // namespace

ParsedBulletin parseBulletin(const QString& text, const BulletinReading& reading) {
    return Parser(text, reading).run();
}

} // namespace rectrack
