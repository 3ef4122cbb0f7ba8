#pragma once
// A footer part holding the page number as a PAGE field, written "— N —" as official documents
// number their pages.

#include <QByteArray>
#include <QString>

namespace rectrack::word {

enum class FooterSide { Left, Centre, Right };

// `inset` twips in from the side it stands at; `style` the paragraph style of the number.
QByteArray pageNumberFooter(FooterSide side, int inset, const QString& style);
// A footer with nothing in it, for pages that carry no number.
QByteArray emptyFooter();

} // namespace rectrack::word
