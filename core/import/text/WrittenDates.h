#pragma once
// Dates as bulletins write them: 2024年4月8日, 2024.4.8, 2024-04-08, 2024/4/8, 二〇二四年四月八日,
// 4月8日 with the year from the text before it, the second date of a period with only its
// month and day or its day (2022年9月16日至10月18日, 4月8日至14日, 2024.4.8-6.14), and dates whose
// 年 and 月 the publisher dropped (2024717日至830日). Used for the on-site period and the feedback
// date of a bulletin's opening.

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace rectrack {

struct WrittenDate {
    QDate date;
    qsizetype start = 0; // in the text given
    qsizetype end = 0;
    bool yearWritten = false;
};

struct WrittenPeriod {
    WrittenDate from;
    WrittenDate to;
};

// The text with dates in Chinese numerals written in digits: 二〇二四年三月五日 → 2024年3月5日,
// 十月十八日 → 10月18日. Other numerals (三个方面, 第二巡察组) are left alone.
QString digitsInDates(const QString& text);

// Every date in the text, in order. A date without a year takes the year of the last date
// before it that had one, else `yearBefore` (none when 0).
QList<WrittenDate> writtenDates(const QString& text, int yearBefore = 0);

// The first period (a date, 至/到/—/-/~, a date) in the text; the second date may leave out
// its year and month, and rolls into the next year when it would come before the first.
std::optional<WrittenPeriod> firstPeriod(const QString& text, int yearBefore = 0);

} // namespace rectrack
