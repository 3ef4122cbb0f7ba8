#include "BulletinComposer.h"

#include "model/ResultFigures.h"

#include "domain/ChineseNumerals.h"
#include "domain/UnifiedIdeographs.h"

#include <QRegularExpression>
#include <QSet>

namespace rectrack {

namespace {
using Style = BulletinBlock::Style;

QString kindWord(const InspectionRound& round) {
    return round.kind == InspectionKind::Xunshi ? QStringLiteral("巡视") : QStringLiteral("巡察");
}

QString typeWord(InspectionType type) {
    switch (type) {
    case InspectionType::Regular:
        return QStringLiteral("常规");
    case InspectionType::Special:
        return QStringLiteral("专项");
    case InspectionType::AdHoc:
        return QStringLiteral("机动");
    case InspectionType::FollowUp:
        return QStringLiteral("“回头看”");
    case InspectionType::Elevated:
        return QStringLiteral("提级");
    case InspectionType::Cross:
        return QStringLiteral("交叉");
    }
    return {};
}

// 2024年4月8日至6月14日: the second date drops the year when it is the same.
QString period(QDate start, QDate end) {
    if (!start.isValid())
        return {};
    if (!end.isValid())
        return chineseDate(start);
    const QString second = end.year() == start.year() ? QStringLiteral("%1月%2日").arg(end.month()).arg(end.day())
                                                       : chineseDate(end);
    return chineseDate(start) + QStringLiteral("至") + second;
}

QString circled(int index) { // ① … ⑳, then (21)
    return index < 20 ? QString(QChar(0x2460 + index)) : QStringLiteral("(%1)").arg(index + 1);
}

// "①A②B" for several items, the item itself for one.
QString numberedItems(const QStringList& items) {
    if (items.size() == 1)
        return items.front();
    QString text;
    for (qsizetype i = 0; i < items.size(); ++i)
        text += circled(static_cast<int>(i)) + items[i];
    return text;
}

QStringList nonEmptyLines(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

class Composer {
public:
    Composer(const BulletinData& data, const BulletinTexts& texts)
        : m_data(data)
        , m_texts(texts)
        , m_kind(kindWord(data.round)) {}

    BulletinDocument run() {
        m_document.frame = m_texts.frame;
        m_document.frame.documentNumber = normalisedDocumentNumber(m_texts.frame.documentNumber);
        if (!m_texts.title.trimmed().isEmpty())
            add(Style::Title, m_texts.title);
        if (const QString addressee = m_texts.addressee.trimmed(); !addressee.isEmpty())
            add(Style::Addressee, addressee.endsWith(u'：') || addressee.endsWith(u':') ? addressee.chopped(1) + u'：'
                                                                                    : addressee + u'：');
        for (const QString& line : nonEmptyLines(m_texts.preamble))
            add(Style::Body, line);
        if (!m_texts.organisation.trimmed().isEmpty()) {
            heading1(QStringLiteral("整改工作组织落实情况"));
            freeText(m_texts.organisation);
        }
        heading1(QStringLiteral("集中整改进展情况"));
        add(Style::Body, totalsSentence());
        findingGroups();
        if (!m_texts.nextSteps.trimmed().isEmpty()) {
            heading1(QStringLiteral("下一步整改工作计划"));
            freeText(m_texts.nextSteps);
        }
        for (const QString& line : nonEmptyLines(m_texts.contact))
            add(Style::Body, line);
        attachments();
        if (!m_texts.issuingBody.trimmed().isEmpty())
            add(Style::Signature, m_texts.issuingBody.trimmed());
        if (m_texts.date.isValid())
            add(Style::Date, m_texts.dateInChineseNumerals ? chineseNumeralDate(m_texts.date) : chineseDate(m_texts.date));
        return std::move(m_document);
    }

private:
    // 附件：1．… with one attachment numbered only when there are several (GB/T 9704 7.3.4).
    void attachments() {
        QStringList names;
        for (const QString& name : m_texts.attachments)
            if (!name.trimmed().isEmpty())
                names << name.trimmed();
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString item = names.size() == 1 ? names[i] : QStringLiteral("%1．%2").arg(i + 1).arg(names[i]);
            add(Style::Attachment, i == 0 ? QStringLiteral("附件：") + item : item);
        }
    }

    // The document says exactly what was written; look-alike radicals become the characters
    // they stand for, so what a reader copies from the PDF is what the data holds.
    void add(Style style, const QString& text) { m_document.add(style, unifyRadicals(text.trimmed())); }

    void heading1(const QString& text) { add(Style::Heading1, chineseNumeral(++m_level1) + u'、' + text); }
    void heading2(const QString& text) {
        add(Style::Heading2, u'（' + chineseNumeral(++m_level2) + u'）' + text);
    }

    void freeText(const QString& text) {
        static const QRegularExpression level2(QStringLiteral("^[（(][一二三四五六七八九十]+[）)]"));
        for (const QString& line : nonEmptyLines(text))
            add(level2.match(line).hasMatch() ? Style::Heading2 : Style::Body, line);
    }

    bool hidden(const BulletinFinding& f) const {
        return m_texts.version == BulletinVersion::Public && !f.finding.withheld.trimmed().isEmpty();
    }
    bool recounts() const { return m_texts.version == BulletinVersion::Public && m_texts.publicCountsListedOnly; }

    // The figures of the findings the public version lists, counted as the dashboard counts.
    LedgerStats listedStats() const {
        LedgerStats s = m_data.stats;
        s.findings = s.findingsCompleted = s.findingsOngoing = s.findingsInProgress = s.findingsNotStarted = 0;
        s.suggestions = s.suggestionsClosed = s.measures = s.measuresCompleted = 0;
        QSet<Id> categories;
        for (const BulletinFinding& f : m_data.findings) {
            if (hidden(f))
                continue;
            s.measures += static_cast<int>(f.measures.size());
            s.measuresCompleted += f.measuresCompleted;
            if (f.finding.kind == FindingKind::Suggestion) {
                ++s.suggestions;
                s.suggestionsClosed += isClosed(f.finding.status) ? 1 : 0;
                continue;
            }
            ++s.findings;
            if (f.finding.categoryId)
                categories.insert(*f.finding.categoryId);
            switch (f.finding.status) {
            case Status::Completed: ++s.findingsCompleted; break;
            case Status::Ongoing: ++s.findingsOngoing; break;
            case Status::InProgress: ++s.findingsInProgress; break;
            case Status::NotStarted: ++s.findingsNotStarted; break;
            }
        }
        s.categories = s.categories > 0 ? static_cast<int>(categories.size()) : 0;
        return s;
    }

    QString totalsSentence() const {
        const LedgerStats s = recounts() ? listedStats() : m_data.stats;
        const int open = s.findingsInProgress + s.findingsNotStarted;
        QString text = m_kind + QStringLiteral("反馈意见中指出");
        text += s.categories > 0 ? QStringLiteral("%1个方面%2个问题").arg(s.categories).arg(s.findings)
                                 : QStringLiteral("%1个问题").arg(s.findings);
        text += QStringLiteral("；已完成整改问题%1个").arg(s.findingsCompleted);
        if (s.findingsOngoing > 0)
            text += QStringLiteral("，长期坚持整改问题%1个").arg(s.findingsOngoing);
        if (open > 0)
            text += QStringLiteral("，正在推进整改问题%1个").arg(open);
        if (s.suggestions > 0) {
            text += QStringLiteral("；指出意见建议%1个").arg(s.suggestions);
            if (s.suggestionsClosed > 0)
                text += QStringLiteral("，已完成%1个").arg(s.suggestionsClosed);
            if (s.suggestions - s.suggestionsClosed > 0)
                text += QStringLiteral("，正在推进%1个").arg(s.suggestions - s.suggestionsClosed);
        }
        text += QStringLiteral("。制定整改措施%1条，已完成%2条。").arg(s.measures).arg(s.measuresCompleted);
        // The results as the inspection's bulletin stated them, or as its findings add up.
        text += resultsSentence(resultFigures(s, m_data.inspection.stated));
        return text;
    }

    QList<const BulletinFinding*> select(FindingKind kind, const auto& statusWanted) const {
        QList<const BulletinFinding*> out;
        for (const BulletinFinding& f : m_data.findings)
            if (f.finding.kind == kind && statusWanted(f.finding.status))
                out.append(&f);
        return out;
    }

    void findingGroups() {
        const auto completed = select(FindingKind::Problem, [](Status s) { return s == Status::Completed; });
        const auto ongoing = select(FindingKind::Problem, [](Status s) { return s == Status::Ongoing; });
        const auto open = select(FindingKind::Problem, [](Status s) { return !isClosed(s); });
        if (!completed.isEmpty())
            group(QStringLiteral("已整改完成的问题%1个"), completed);
        if (!ongoing.isEmpty())
            group(QStringLiteral("长期坚持整改的问题%1个"), ongoing);
        if (!open.isEmpty())
            group(QStringLiteral("正在推进整改的问题%1个"), open);

        const auto closedSuggestions = select(FindingKind::Suggestion, [](Status s) { return isClosed(s); });
        const auto openSuggestions = select(FindingKind::Suggestion, [](Status s) { return !isClosed(s); });
        if (!closedSuggestions.isEmpty() && !openSuggestions.isEmpty()) {
            group(QStringLiteral("已落实的意见建议%1个"), closedSuggestions);
            group(QStringLiteral("正在落实的意见建议%1个"), openSuggestions);
        } else if (!closedSuggestions.isEmpty() || !openSuggestions.isEmpty()) {
            group(QStringLiteral("意见建议落实情况"),
                  closedSuggestions.isEmpty() ? openSuggestions : closedSuggestions);
        }
    }

    // A group's heading says how many it has: all of them, or in a public version that counts
    // only what it lists, those listed; the items left out are said in a line, not shown.
    void group(const QString& heading, const QList<const BulletinFinding*>& findings) {
        QList<const BulletinFinding*> listed;
        for (const BulletinFinding* f : findings)
            if (!hidden(*f))
                listed << f;
        const qsizetype left = findings.size() - listed.size();
        if (recounts() && listed.isEmpty())
            return;
        heading2(heading.contains(QStringLiteral("%1")) ? heading.arg(recounts() ? listed.size() : findings.size()) : heading);
        for (const BulletinFinding* f : listed)
            item(*f);
        if (left > 0 && !recounts())
            add(Style::Body, QStringLiteral("另有%1个%2按照有关规定不予公开。")
                                 .arg(left)
                                 .arg(findings.first()->finding.kind == FindingKind::Suggestion ? QStringLiteral("意见建议")
                                                                                               : QStringLiteral("问题")));
    }

    void item(const BulletinFinding& item) {
        const Finding& f = item.finding;
        const bool suggestion = f.kind == FindingKind::Suggestion;
        const QString title = f.title.trimmed();
        // Third-level numbers are Arabic (GB/T 9704: 1.); a ledger may number items 一, 二.
        const std::optional<int> numeral = parseChineseNumeral(f.number.trimmed());
        const QString number = numeral ? QString::number(*numeral) : f.number.trimmed();
        add(Style::Heading3, QStringLiteral("%1. 关于“%2”%3")
                                 .arg(number, title,
                                      suggestion ? QStringLiteral("的落实情况") : QStringLiteral("问题的整改")));
        const QStringList outcomes = nonEmptyLines(f.outcome);
        if (!item.measures.isEmpty())
            add(Style::Body, QStringLiteral("整改措施：") + numberedItems(item.measures));
        if (!outcomes.isEmpty()) {
            if (suggestion && item.measures.isEmpty()) {
                for (const QString& line : outcomes)
                    add(Style::Body, line);
            } else {
                const QString label =
                    isClosed(f.status) ? QStringLiteral("整改成效：") : QStringLiteral("整改进展情况：");
                add(Style::Body, label + numberedItems(outcomes));
            }
        }
        const bool listDeadline = f.status != Status::Completed;
        if (const QString deadline = deadlineText(f.deadline); listDeadline && !deadline.isEmpty())
            add(Style::Body, QStringLiteral("整改时限：") + deadline);
        if (f.status != Status::Completed && !f.difficulties.trimmed().isEmpty())
            add(Style::Body, QStringLiteral("存在的困难：") + f.difficulties.trimmed());
    }

    const BulletinData& m_data;
    const BulletinTexts& m_texts;
    const QString m_kind;
    BulletinDocument m_document;
    int m_level1 = 0;
    int m_level2 = 0;
};
} // namespace

QStringList withheldFromBulletin(const BulletinData& data, const BulletinTexts& texts) {
    QStringList out;
    if (texts.version != BulletinVersion::Public)
        return out;
    for (const BulletinFinding& f : data.findings)
        if (!f.finding.withheld.trimmed().isEmpty())
            out << QStringLiteral("%1 %2（%3）").arg(f.finding.number, f.finding.title.trimmed(), f.finding.withheld.trimmed());
    return out;
}

QString chineseNumeralDate(QDate date) {
    if (!date.isValid())
        return {};
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    QString year;
    for (const QChar c : QString::number(date.year()))
        year += digits[c.digitValue()];
    return year + u'年' + chineseNumeral(date.month()) + u'月' + chineseNumeral(date.day()) + u'日';
}

QString chineseDate(QDate date) {
    return date.isValid() ? QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day())
                          : QString();
}

BulletinTexts defaultBulletinTexts(const BulletinData& data, QDate today) {
    const Inspection& inspection = data.inspection;
    const QString kind = kindWord(data.round);
    const QString unit = data.inspectedUnit.trimmed();
    BulletinTexts texts;
    texts.title = inspection.title.trimmed();
    if (!texts.title.endsWith(QStringLiteral("通报"))) // a ledger's name, not a bulletin's title
    {
        // 十三届市委第六轮巡察 + 市委第七巡察组 → …第六轮巡察第七巡察组
        QString team = inspection.team;
        if (!data.round.level.isEmpty() && team.startsWith(data.round.level) && data.round.name.contains(data.round.level))
            team = team.mid(data.round.level.size());
        texts.title = QStringLiteral("关于%1%2对%3%4整改情况的通报").arg(data.round.name, team, unit, kind);
    }

    QString preamble = data.round.level.isEmpty() ? QStringLiteral("根据统一部署，")
                                                  : QStringLiteral("根据%1统一部署，").arg(data.round.level);
    if (const QString onsite = period(inspection.onsiteStart, inspection.onsiteEnd); !onsite.isEmpty())
        preamble += onsite + u'，';
    preamble += QStringLiteral("%1对%2开展了%3%4。").arg(inspection.team, unit, typeWord(inspection.type), kind);
    if (inspection.feedbackDate.isValid()) {
        const bool sameYear = inspection.onsiteStart.isValid() &&
                              inspection.onsiteStart.year() == inspection.feedbackDate.year();
        const QString day =
            sameYear ? QStringLiteral("%1月%2日").arg(inspection.feedbackDate.month()).arg(inspection.feedbackDate.day())
                     : chineseDate(inspection.feedbackDate);
        preamble += QStringLiteral("%1，%2%3组向%4反馈了%3意见。").arg(day, data.round.level, kind, unit);
    }
    preamble += QStringLiteral("按照党务公开原则和%1工作有关要求，现将%1整改情况予以公布。").arg(kind);
    texts.preamble = preamble;

    texts.organisation = inspection.organisationText;
    texts.nextSteps = inspection.nextStepsText;
    texts.contact = inspection.contactText;
    texts.issuingBody = inspection.issuingBody.trimmed();
    if (texts.issuingBody.isEmpty() && !unit.isEmpty())
        texts.issuingBody = unit.startsWith(QStringLiteral("中共")) ? unit : QStringLiteral("中共") + unit;
    texts.date = inspection.publishedDate.isValid() ? inspection.publishedDate : today;
    return texts;
}

BulletinDocument composeBulletin(const BulletinData& data, const BulletinTexts& texts) {
    return Composer(data, texts).run();
}

QString deadlineText(const Deadline& deadline) {
    switch (deadline.kind) {
    case DeadlineKind::Date:
        return deadline.date.isValid() ? chineseDate(deadline.date) : QString();
    case DeadlineKind::Immediate:
        return deadline.date.isValid() ? QStringLiteral("立行立改（%1）").arg(chineseDate(deadline.date))
                                       : QStringLiteral("立行立改");
    case DeadlineKind::LongTerm:
        return QStringLiteral("长期坚持");
    case DeadlineKind::Continuous:
        return QStringLiteral("持续推进");
    case DeadlineKind::None:
        break;
    }
    return {};
}

} // namespace rectrack
