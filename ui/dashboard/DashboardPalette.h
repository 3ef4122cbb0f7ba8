#pragma once
// Colours of the dashboard: the Okabe–Ito palette, told apart by colour-blind readers and,
// by their different lightness, in grey-scale print. Every shape also carries its number.

#include <QColor>
#include <QFont>

namespace rectrack::ui::palette {

inline QColor completed() { return QColor(0x00, 0x9E, 0x73); }  // bluish green
inline QColor ongoing() { return QColor(0x56, 0xB4, 0xE9); }    // sky blue
inline QColor inProgress() { return QColor(0xE6, 0x9F, 0x00); } // orange
inline QColor notStarted() { return QColor(0xBB, 0xBB, 0xBB); } // grey
inline QColor overdue() { return QColor(0xD5, 0x5E, 0x00); }    // vermillion
inline QColor dueSoon() { return QColor(0xF0, 0xE4, 0x42); }    // yellow
inline QColor signedOff() { return QColor(0x00, 0x72, 0xB2); }  // blue
inline QColor ink() { return QColor(0x22, 0x22, 0x22); }

// A CJK face whose PDF text copies back as the characters written (WenQuanYi Micro Hei
// when installed; see TOOLCHAIN.md on Noto CJK's radicals), for screen and export alike.
QFont font(int pointSize, bool bold = false);

} // namespace rectrack::ui::palette
