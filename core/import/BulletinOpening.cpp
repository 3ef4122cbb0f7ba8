#include "BulletinOpening.h"

#include "BulletinText.h"
#include "text/WrittenDates.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rectrack {

namespace {

using Re = QRegularExpression;

QRegularExpressionMatch find(const QString& pattern, const QString& text) {
    return Re(pattern).match(text);
}

class OpeningReader {
public:
    OpeningReader(const QString& opening, ParsedBulletin& out)
        : m_out(out)
        , m_opening(opening) {}

    void run() {
        const QString& opening = m_opening;
        const QString all = m_out.title + u'\n' + opening;
        static const QString level = QStringLiteral("(中央|省委|市委|州委|盟委|县委|区委|旗委|自治区党委|党委|党组)");
        // "十三届市委第六轮巡察", "十四届第五轮巡察", "四届区委第一轮第二批巡察", "第六轮巡视"
        static const QString n = QStringLiteral("[一二三四五六七八九十\\d]+");
        if (auto m = find(QStringLiteral("(?:%2届)?%1第%2轮(?:第%2批)?(巡视|巡察)").arg(level, n), all); m.hasMatch())
            m_out.round = m.captured(0);
        else if (auto b = find(QStringLiteral("%1届(?:%2)?第%1轮(?:第%1批)?(巡视|巡察)").arg(n, level.mid(1, level.size() - 2)), all);
                 b.hasMatch())
            m_out.round = b.captured(0);
        readTeam(opening);
        if (auto m = find(QStringLiteral("(?:根据|按照)(中央|省委|市委|州委|县委|区委|旗委)"), opening); m.hasMatch())
            m_out.level = m.captured(1);
        else if (auto r = find(QStringLiteral("(中央|省委|市委|州委|县委|区委|旗委)"), m_out.round + m_out.team); r.hasMatch())
            m_out.level = r.captured(1);
        if (!m_out.team.isEmpty() && !m_out.level.isEmpty() && !m_out.team.startsWith(m_out.level) &&
            !m_out.team.startsWith(QStringLiteral("中央")))
            m_out.team.prepend(m_out.level);
        static const Re inspected(QStringLiteral(
            "组?(?:对|赴)(.{2,50}?)(?:党组织)?(?:开展了|进行了|开展|进行|实施了|实施)(?:了)?(?:为期[^，,。]{1,10}的)?"
            "(?:一轮)?(专项|常规|机动|提级|交叉|延伸|联动|回头看|集中|政治)?(?:巡视|巡察)(?:[“\"]回头看[”\"])?"));
        if (auto m = inspected.match(opening); m.hasMatch()) {
            m_out.inspectedUnit = withoutEndPunctuation(m.captured(1));
            m_out.inspectedUnit.remove(Re(QStringLiteral("^(?:我|本)")));
            const QString kind = m.captured(0).contains(QStringLiteral("巡视")) ? QStringLiteral("巡视") : QStringLiteral("巡察");
            m_out.type = (m.captured(2).isEmpty() || m.captured(2) == QStringLiteral("集中") ||
                                  m.captured(2) == QStringLiteral("政治")
                              ? QStringLiteral("常规")
                                                                                             : m.captured(2)) +
                         kind;
            if (m_out.kind.isEmpty())
                m_out.kind = kind;
        }
        // "对我局开展了巡察": the unit is the one the title is issued by ("中共…局党组关于…").
        static const Re generic(QStringLiteral("^(?:我|本)|^(?:局|单位|局党组|党组|党委|委员会|支部)$"));
        if (m_out.inspectedUnit.isEmpty() || generic.match(m_out.inspectedUnit).hasMatch()) {
            static const Re issuer(QStringLiteral("^(?:中共)?(.{2,40}?(?:党组|党委|党工委|工委|委员会|支部|总支|党支部))(?:关于|对)"));
            if (const auto t = issuer.match(m_out.title); t.hasMatch())
                m_out.inspectedUnit = t.captured(1);
        }
        if (m_out.kind.isEmpty()) {
            if (all.contains(QStringLiteral("巡视")))
                m_out.kind = QStringLiteral("巡视");
            else if (all.contains(QStringLiteral("巡察")))
                m_out.kind = QStringLiteral("巡察");
        }
        readDates(all);
    }

    // "市委第三巡察组", "区委巡察三组", "市委第七提级交叉巡察组", "市委第一专项巡察组", "县委机动巡察组":
    // the first team the opening names with its number or its kind of inspection, else any.
    void readTeam(const QString& opening) {
        static const QString n = QStringLiteral("[一二三四五六七八九十\\d]{1,3}");
        static const Re team(QStringLiteral(
            "(?:[一二三四五六七八九十]+届)?(中央|省委|自治区党委|市委|州委|盟委|县委|区委|旗委|党委|党组)?"
            "((?:第%1轮)?(?:第%1)?(?:提级|交叉|专项|机动|联动|延伸|常规){0,3}(?:第%1)?)(巡视|巡察)(%1)?组")
                                 .arg(n));
        QRegularExpressionMatch best;
        for (const QString& where : {opening, m_out.title}) {
            for (auto it = team.globalMatch(where); it.hasNext();) {
                const auto m = it.next();
                const bool specific = !m.captured(2).isEmpty() || !m.captured(4).isEmpty();
                if (specific) {
                    best = m;
                    break;
                }
                if (!best.hasMatch() && !m.captured(1).isEmpty())
                    best = m;
            }
            if (best.hasMatch() && (!best.captured(2).isEmpty() || !best.captured(4).isEmpty()))
                break;
        }
        if (!best.hasMatch())
            return;
        QString kind = best.captured(3);
        const QString body = best.captured(1);
        // Below a province there are only 巡察; "县委第五巡视组" is a slip of the pen.
        static const Re local(QStringLiteral("^(?:市委|州委|盟委|县委|区委|旗委|党委|党组)$"));
        if (kind == QStringLiteral("巡视") && local.match(body).hasMatch()) {
            kind = QStringLiteral("巡察");
            m_out.warnings.append(QCoreApplication::translate("rectrack::BulletinParser",
                                                              "通报把%1的巡察组写成了“%2”，按巡察读取")
                                      .arg(body, best.captured(0)));
        }
        m_out.team = body + best.captured(2) + kind + best.captured(4) + u'组';
        m_out.kind = kind;
    }

    void readDates(const QString& all) {
        // A year the opening gives before any full date ("2024年，根据…"), else the title's.
        int yearBefore = 0;
        if (auto y = find(QStringLiteral("((?:19|20)\\d{2})\\s*年"), all); y.hasMatch())
            yearBefore = y.captured(1).toInt();
        const qsizetype titleLength = m_out.title.size() + 1;
        if (const auto period = firstPeriod(all, yearBefore)) {
            m_out.periodStart = period->from.date;
            m_out.periodEnd = period->to.date;
            m_periodSpan = {period->from.start - titleLength, period->to.end - titleLength};
        } else if (const auto start = find(QStringLiteral("(?:于|自|从)?((?:19|20)\\d{2}年\\d{1,2}月\\d{1,2}日)(?:起)?(?:进驻|开始)"), m_opening);
                   start.hasMatch()) {
            const QList<WrittenDate> d = writtenDates(start.captured(1));
            if (!d.isEmpty())
                m_out.periodStart = d.first().date;
        }
        readFeedbackDate(yearBefore);
    }

    // "7月17日，市委巡察组向…反馈了巡察意见", "于2024年7月17日反馈", "巡察反馈会于7月17日召开",
    // "集中反馈": the date nearest the word 反馈 in the first sentence that tells it.
    void readFeedbackDate(int yearBefore) {
        static const Re sentenceEnd(QStringLiteral("[。；;！!？?\\n]"));
        static const Re told(QStringLiteral(
            "(?:巡视|巡察)组?.{0,40}反馈|反馈(?:了|会|意见|情况|问题|时间|日期)|集中反馈|进行反馈|予以反馈|作了反馈|作出反馈|进行了反馈"));
        static const Re notTheDay(QStringLiteral("反馈(?:后|以来)\\d|学习.{0,20}反馈.{0,6}精神"));
        qsizetype at = 0;
        int year = m_out.periodStart.isValid() ? m_out.periodStart.year() : yearBefore;
        for (const QString& sentence : m_opening.split(sentenceEnd)) {
            const qsizetype start = m_opening.indexOf(sentence, at);
            at = start + sentence.size();
            const qsizetype word = sentence.indexOf(QStringLiteral("反馈"));
            if (word < 0 || !told.match(sentence).hasMatch() || notTheDay.match(sentence).hasMatch())
                continue;
            QList<WrittenDate> dates;
            for (const WrittenDate& d : writtenDates(sentence, year))
                if (start + d.start >= m_periodSpan.second || start + d.end <= m_periodSpan.first)
                    dates.append(d);
            if (dates.isEmpty())
                continue;
            // The nearest before 反馈, else the nearest after it.
            const WrittenDate* best = nullptr;
            for (const WrittenDate& d : dates)
                if (d.start < word)
                    best = &d;
            if (!best)
                best = &dates.first();
            QDate date = best->date;
            if (!best->yearWritten && m_out.periodEnd.isValid() && date < m_out.periodEnd)
                date = date.addYears(1);
            m_out.feedbackDate = date;
            return;
        }
    }


private:
    ParsedBulletin& m_out;
    QString m_opening;
    std::pair<qsizetype, qsizetype> m_periodSpan{-1, -1}; // in m_opening
};

} // namespace

void readBulletinOpening(const QString& opening, ParsedBulletin& out) {
    OpeningReader(opening, out).run();
}

} // namespace rectrack
