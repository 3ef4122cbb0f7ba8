#include "WrittenDates.h"

#include "domain/ChineseNumerals.h"

#include <QRegularExpression>

namespace rectrack {

namespace {

using Re = QRegularExpression;

int digitOf(QChar c) {
    static const QString zeros = QStringLiteral("〇零○ＯO0");
    static const QString digits = QStringLiteral("一二三四五六七八九");
    if (zeros.contains(c))
        return 0;
    if (const qsizetype i = digits.indexOf(c); i >= 0)
        return static_cast<int>(i) + 1;
    return -1;
}

QString yearInDigits(const QString& written) {
    QString out;
    for (QChar c : written) {
        const int d = digitOf(c);
        if (d < 0)
            return written;
        out += QChar(u'0' + d);
    }
    return out;
}

QString numberInDigits(const QString& written) {
    const auto value = parseChineseNumeral(written);
    return value ? QString::number(*value) : written;
}

// "717" → 7月17日, "1117" → 11月17日, "830" → 8月30日: the one valid split, the month first.
std::optional<std::pair<int, int>> monthDayOfDigits(const QString& digits) {
    const auto valid = [](int month, int day) { return month >= 1 && month <= 12 && day >= 1 && day <= 31; };
    if (digits.size() == 4) {
        const int m = digits.left(2).toInt(), d = digits.mid(2).toInt();
        if (valid(m, d))
            return std::pair{m, d};
        return std::nullopt;
    }
    if (digits.size() == 3) { // 7|17 before 11|7: a day is written with two digits more often
        const int m1 = digits.left(1).toInt(), d1 = digits.mid(1).toInt();
        const int m2 = digits.left(2).toInt(), d2 = digits.mid(2).toInt();
        if (valid(m1, d1))
            return std::pair{m1, d1};
        if (valid(m2, d2))
            return std::pair{m2, d2};
    }
    return std::nullopt;
}

const QString RangeWord = QStringLiteral("\\s*(?:至|到|—+|－|-|–|~|～|起至|至到)\\s*");

struct Candidate {
    qsizetype start, end;
    int year, month, day; // year 0 when not written
};

QList<Candidate> candidates(const QString& text) {
    static const Re full(QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"));
    static const Re dotted(QStringLiteral("(?<![\\d.])(\\d{4})[.．\\-/](\\d{1,2})[.．\\-/](\\d{1,2})(?![\\d%])[日号]?"));
    static const Re monthDay(QStringLiteral("(?<![\\d.])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"));
    static const Re dropped(QStringLiteral("(?<![\\d.])((?:19|20)\\d{2})年?(\\d{3,4})[日号]"));
    QList<Candidate> out;
    for (const Re* re : {&full, &dotted, &monthDay}) {
        for (auto it = re->globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            Candidate c{m.capturedStart(), m.capturedEnd(), 0, 0, 0};
            if (re == &monthDay) {
                c.month = m.captured(1).toInt();
                c.day = m.captured(2).toInt();
            } else {
                c.year = m.captured(1).toInt();
                c.month = m.captured(2).toInt();
                c.day = m.captured(3).toInt();
            }
            out.append(c);
        }
    }
    // "914日" where 月 was dropped (the year comes from before): a month and a day that fit.
    static const Re droppedNoYear(QStringLiteral("(?<![\\d.年月])(\\d{3,4})[日号]"));
    for (auto it = droppedNoYear.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const auto md = monthDayOfDigits(m.captured(1)))
            out.append(Candidate{m.capturedStart(), m.capturedEnd(), 0, md->first, md->second});
    }
    for (auto it = dropped.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const auto md = monthDayOfDigits(m.captured(2)))
            out.append(Candidate{m.capturedStart(), m.capturedEnd(), m.captured(1).toInt(), md->first, md->second});
    }
    // Earliest first, the longest at one place; overlapping later ones dropped.
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    QList<Candidate> kept;
    for (const Candidate& c : out)
        if (kept.isEmpty() || c.start >= kept.last().end)
            kept.append(c);
    return kept;
}

} // namespace

QString digitsInDates(const QString& text) {
    static const QString n = QStringLiteral("[一二三四五六七八九十]{1,3}");
    static const Re yearMonthDay(QStringLiteral("([〇零○一二三四五六七八九]{4})\\s*年(?:\\s*(%1)\\s*月(?:\\s*(%1)\\s*[日号])?)?").arg(n));
    static const Re monthDay(QStringLiteral("(?<![一二三四五六七八九十第])(%1)\\s*月\\s*(%1)\\s*[日号]").arg(n));
    QString out = text;
    for (const Re* re : {&yearMonthDay, &monthDay}) {
        QString next;
        qsizetype last = 0;
        for (auto it = re->globalMatch(out); it.hasNext();) {
            const auto m = it.next();
            next += QStringView(out).mid(last, m.capturedStart() - last);
            if (re == &yearMonthDay) {
                next += yearInDigits(m.captured(1)) + u'年';
                if (m.capturedLength(2))
                    next += numberInDigits(m.captured(2)) + u'月';
                if (m.capturedLength(3))
                    next += numberInDigits(m.captured(3)) + u'日';
            } else {
                next += numberInDigits(m.captured(1)) + u'月' + numberInDigits(m.captured(2)) + u'日';
            }
            last = m.capturedEnd();
        }
        next += QStringView(out).mid(last);
        out = next;
    }
    return out;
}

QList<WrittenDate> writtenDates(const QString& text, int yearBefore) {
    QList<WrittenDate> dates;
    int year = yearBefore;
    for (const Candidate& c : candidates(text)) {
        const bool written = c.year > 0;
        if (written)
            year = c.year;
        if (year <= 0)
            continue;
        const QDate d(year, c.month, c.day);
        if (d.isValid())
            dates.append(WrittenDate{d, c.start, c.end, written});
    }
    return dates;
}

std::optional<WrittenPeriod> firstPeriod(const QString& text, int yearBefore) {
    static const Re range(RangeWord);
    static const Re dayOnly(QStringLiteral("^(\\d{1,2})\\s*[日号]"));
    static const Re monthDotDay(QStringLiteral("^(\\d{1,2})[.．/](\\d{1,2})(?![\\d.])[日号]?"));
    static const Re droppedMonthDay(QStringLiteral("^(\\d{3,4})[日号]"));
    const QList<WrittenDate> dates = writtenDates(text, yearBefore);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        const WrittenDate& from = dates[i];
        const auto link = range.match(text, from.end, QRegularExpression::NormalMatch,
                                      QRegularExpression::AnchorAtOffsetMatchOption);
        if (!link.hasMatch())
            continue;
        const qsizetype at = link.capturedEnd();
        WrittenDate to;
        if (i + 1 < dates.size() && dates[i + 1].start == at) {
            to = dates[i + 1];
        } else {
            const QString rest = text.mid(at, 12);
            int month = 0, day = 0;
            qsizetype length = 0;
            if (const auto m = dayOnly.match(rest); m.hasMatch()) {
                month = from.date.month();
                day = m.captured(1).toInt();
                length = m.capturedLength();
            } else if (const auto d = monthDotDay.match(rest); d.hasMatch()) {
                month = d.captured(1).toInt();
                day = d.captured(2).toInt();
                length = d.capturedLength();
            } else if (const auto x = droppedMonthDay.match(rest); x.hasMatch()) {
                if (const auto md = monthDayOfDigits(x.captured(1))) {
                    month = md->first;
                    day = md->second;
                    length = x.capturedLength();
                }
            }
            const QDate d(from.date.year(), month, day);
            if (!d.isValid())
                continue;
            to = WrittenDate{d, at, at + length, false};
        }
        if (!to.yearWritten && to.date < from.date)
            to.date = to.date.addYears(1);
        if (to.date < from.date || from.date.daysTo(to.date) > 400)
            continue;
        return WrittenPeriod{from, to};
    }
    return std::nullopt;
}

} // namespace rectrack
