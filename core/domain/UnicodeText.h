#pragma once
// Text as Unicode code points rather than UTF-16 units: an emoji or a rare character outside
// the Basic Multilingual Plane is two QChars (a surrogate pair), and neither half on its own is
// printable. A lone half cannot be stored in SQLite (which keeps UTF-8) without changing it.

#include <QString>

namespace rectrack {

// Whether the text is well-formed UTF-16: every surrogate in a pair.
bool isWellFormed(QStringView text);

// The text with every lone surrogate replaced by U+FFFD, as a decoder does for bytes it cannot
// decode. Well-formed text comes back unchanged.
QString withLoneSurrogatesReplaced(const QString& text);

// Whether every code point is printable (letters, marks, numbers, punctuation, symbols,
// spaces): no control, format (zero-width, direction), unassigned or lone surrogate.
bool isPrintable(QStringView text);

// Only the printable code points of the text.
QString printablePart(QStringView text);

} // namespace rectrack
