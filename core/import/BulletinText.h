#pragma once
// Repairs the text damage of published bulletins before parsing: page breaks that split a
// sentence over blank lines, runs of spaces between Chinese characters, full-width digits, and
// a body run together on one line (split again before its inline headings). The result is a list of paragraphs with
// their offsets in the cleaned text.

#include <QList>
#include <QString>

namespace rectrack {

struct Paragraph {
    QString text;
    int offset = 0; // in the cleaned text
};

struct CleanedText {
    QString text; // paragraphs joined by '\n'
    QList<Paragraph> paragraphs;
};

// Full-width digits and letters to ASCII, spaces next to Chinese characters removed.
// Punctuation stays as written (half-width in many web copies): the parser reads both.
QString normaliseLine(const QString& line);

// Whether a paragraph starts with a structural marker (一、 （一） 1. ① 整改措施： …), so it
// never continues the one before.
bool startsStructure(const QString& paragraph);
// Whether a paragraph ends a sentence (。！？；… or a closing quote or bracket).
bool endsSentence(const QString& paragraph);
// "— 3 —", "- 3 -": a page number left in text copied from a PDF.
bool isPageNumber(const QString& line);

CleanedText cleanBulletinText(const QString& raw);

// A heading's or a name's words without the punctuation that ends them ("会议记录不全。" →
// "会议记录不全").
QString withoutEndPunctuation(QString text);

} // namespace rectrack
