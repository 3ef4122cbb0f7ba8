#pragma once
// Qt's PDF writer builds each font's ToUnicode map by asking which code point gives a glyph,
// lowest first. Fonts that draw a radical and its ideograph with one glyph (Noto CJK: ⽤ U+2F64
// and 用 U+7528) then map 用 to the radical, and every viewer copies ⽤. This pass rewrites the
// destinations of the ToUnicode maps with unifiedCodePoint(), in place and byte for byte the
// same length, so the file's offsets stay valid.

#include <QByteArray>

namespace rectrack {

// Returns how many map entries were changed.
int repairToUnicode(QByteArray& pdf);

} // namespace rectrack
