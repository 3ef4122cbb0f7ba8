#pragma once
// Bulletins republished from Traditional-character sites (and machine-converted copies) are
// read in Simplified characters: OpenCC's t2s profile converts them, phrase by phrase. Text
// already in Simplified characters is left alone, so a rare character that only looks
// Traditional (乾隆, 於 in a name) is not changed in an ordinary document.

#include <QString>

namespace rectrack {

// Whether enough of the text's Chinese characters are Traditional forms (as OpenCC's t2s
// dictionary knows them) that the document was written in them.
bool looksTraditional(const QString& text);

// The text in Simplified characters; the text itself when OpenCC or its t2s profile cannot be
// loaded (libopencc-data missing), with `ok` set to false.
QString traditionalToSimplified(const QString& text, bool* ok = nullptr);

// Traditional characters in a Simplified document (a line pasted from elsewhere, 會议): each
// character that OpenCC converts and that GB 2312, the Simplified character set, does not
// have. Characters both sets have (乾, 著, 於) are left as written. Returns how many changed.
int simplifyStrayTraditional(QString& text);

} // namespace rectrack
