#pragma once
// Chinese numerals as used in official documents: 一 … 九十九 for headings and categories.

#include <QString>
#include <optional>

namespace rectrack {

QString chineseNumeral(int value);                           // 1 -> 一, 10 -> 十, 23 -> 二十三; 1..99
std::optional<int> parseChineseNumeral(const QString& text); // inverse, also 〇/零 and 两

} // namespace rectrack
