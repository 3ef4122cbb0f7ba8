#include "ProblemLevels.h"

#include <QMap>

namespace rectrack {

LevelChoice chooseLevels(const QList<OutlineLine>& lines, const QList<bool>& inFindings,
                         const QList<bool>& sectionHeading, const BulletinReading& reading) {
    LevelChoice choice;
    struct Tally {
        int lines = 0, named = 0, labelled = 0, status = 0, withBody = 0, problemish = 0;
    };
    QMap<int, Tally> tallies;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const OutlineLine& line = lines[i];
        if (line.level == HeadingLevel::None || !inFindings[i] || sectionHeading[i])
            continue;
        Tally& t = tallies[depthOf(line.level)];
        ++t.lines;
        t.status += line.isStatusGroup;
        t.named += line.namesProblem && !line.looksLikeCategory;
        t.problemish += line.looksLikeProblem && !line.looksLikeCategory;
        // What follows it before the next heading of its level or above.
        bool labelled = false, body = false;
        const qsizetype stop = line.text.indexOf(u'。');
        if (stop >= 0 && line.text.size() - stop > 6)
            body = true;
        for (qsizetype k = i + 1; k < lines.size(); ++k) {
            const OutlineLine& next = lines[k];
            if (next.level != HeadingLevel::None && depthOf(next.level) <= depthOf(line.level))
                break;
            // A problem is followed by its measures (整改措施：), its description or its
            // deadline; an outcome label (整改情况：) may follow a measure too.
            const QString label = canonicalLabel(labelOf(next.text).label);
            if (!labelOf(next.text).label.isEmpty() && next.level == HeadingLevel::None &&
                label != QStringLiteral("整改成效"))
                labelled = true;
            if ((next.level == HeadingLevel::None && labelOf(next.text).label.isEmpty()) ||
                (next.level != HeadingLevel::None && depthOf(next.level) >= depthOf(HeadingLevel::ParenNumber)))
                body = true;
        }
        t.labelled += labelled;
        t.withBody += body;
    }
    HeadingLevel problem = HeadingLevel::None;
    if (reading.problemLevel) {
        problem = *reading.problemLevel;
    } else {
        // The deepest such level: "（一）关于“…”的问题" over "1.关于“…”问题的整改" is a category.
        for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
            const Tally& t = it.value();
            const int items = t.lines - t.status;
            if (items > 0 && t.named + t.labelled > 0 && 2 * std::max(t.named, t.labelled) >= items &&
                it.key() < depthOf(HeadingLevel::ParenNumber))
                problem = static_cast<HeadingLevel>(it.key());
        }
        // "（一）关于“…”的问题" whose numbered items each carry a body of their own
        // ("1.推动产业转型升级。一是…"): the items are the problems, it is their category.
        if (problem != HeadingLevel::None) {
            const int named = tallies.value(depthOf(problem)).lines - tallies.value(depthOf(problem)).status;
            for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
                const Tally& t = it.value();
                const int items = t.lines - t.status;
                if (it.key() > depthOf(problem) && it.key() < depthOf(HeadingLevel::ParenNumber) && items >= named &&
                    2 * t.withBody >= items && t.named == 0) {
                    problem = static_cast<HeadingLevel>(it.key());
                    break;
                }
            }
        }
        choice.guessed = problem == HeadingLevel::None;
        if (problem == HeadingLevel::None) {
            // The deepest heading level (above (1) and ①, which are measures) whose
            // headings mostly have a body; a level of bare one-sentence headings under
            // problem-like ones is their measures.
            for (auto it = tallies.cend(); it != tallies.cbegin();) {
                --it;
                const Tally& t = it.value();
                const int items = t.lines - t.status;
                if (it.key() >= depthOf(HeadingLevel::ParenNumber) || items <= 0)
                    continue;
                if (2 * t.withBody >= items || 2 * t.problemish > items) {
                    problem = static_cast<HeadingLevel>(it.key());
                    break;
                }
            }
        }
        // Else the shallowest level with items, if they have a body or read as problems:
        // bare headings with nothing under them (a text cut off after "（一）贯彻落实…")
        // are not made into problems.
        if (problem == HeadingLevel::None)
            for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
                if (it.value().lines - it.value().status > 0 && it.value().withBody + it.value().problemish > 0) {
                    problem = static_cast<HeadingLevel>(it.key());
                    break;
                }
        if (problem == HeadingLevel::None && std::any_of(lines.begin(), lines.end(), [](const OutlineLine& l) {
                return l.level == HeadingLevel::Section && l.namesProblem;
            }))
            problem = HeadingLevel::Section;
    }
    HeadingLevel category = HeadingLevel::None;
    if (reading.categoryLevel) {
        category = *reading.categoryLevel;
    } else if (problem != HeadingLevel::None) {
        for (auto it = tallies.cbegin(); it != tallies.cend() && it.key() < depthOf(problem); ++it)
            if (it.value().lines - it.value().status > 0 && it.key() != depthOf(HeadingLevel::Feedback))
                category = static_cast<HeadingLevel>(it.key());
        // Section headings that are categories ("一、在…方面", "一、…不到位的问题").
        if (category == HeadingLevel::None && depthOf(problem) > depthOf(HeadingLevel::Section))
            for (qsizetype i = 0; i < lines.size(); ++i)
                if (lines[i].level == HeadingLevel::Section && inFindings[i] && !sectionHeading[i] &&
                    !lines[i].isStatusGroup)
                    category = HeadingLevel::Section;
    }
    choice.problem = problem;
    choice.category = category;
    return choice;
}

} // namespace rectrack
