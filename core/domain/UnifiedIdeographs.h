#pragma once
// Radicals and other look-alikes that share a glyph with a unified ideograph or a common
// character: ⽤ (U+2F64) → 用, ⺠ (U+2EA0) → 民, 〈 (U+2329) → 〈 (U+3008). PDF text extraction
// and font subsetters pick the look-alike when a font maps both to one glyph; these functions
// give back the character a person writes.

#include <QString>

namespace rectrack {

// The character `c` stands for: its equivalent in Unicode's EquivalentUnifiedIdeograph.txt,
// or its canonical singleton decomposition; `c` itself otherwise.
char32_t unifiedCodePoint(char32_t c);

// `text` with every such look-alike replaced.
QString unifyRadicals(const QString& text);

} // namespace rectrack
