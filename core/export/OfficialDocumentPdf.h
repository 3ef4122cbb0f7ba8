#pragma once
// Lays a BulletinDocument out as a Chinese official document (党政机关公文格式, GB/T 9704) and
// writes it as PDF: A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm; title 2号
// (22 pt) song-style bold, centred, followed by an empty line; body 3号 (16 pt), 28 characters
// a line and 22 lines a page on a fixed grid, paragraphs indented two characters; 一、 in hei,
// （一） in kai; the signature right with two characters' space and the date under it;
// page numbers "— 1 —" in 4号 half-width digits 7 mm under the text, odd pages right, even
// pages left, one character in. The document's OfficialFrame adds, each part optional, the 版头
// (份号, 密级, 紧急程度, the red 发文机关标志 35 mm under the text's top, 发文字号 and 签发人, the red
// separator), the clear space of a seal, and the 版记 at the foot of the last page.
//
// Fonts are embedded (subset, with ToUnicode maps), and the maps are corrected so that text
// copied or extracted from the PDF is exactly the text written (see PdfTextRepair.h).

#include "bulletin/BulletinDocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rectrack {

enum class FontRole { Title, Body, Heading1, Heading2, PageNumber, Latin };

// A family per role. The user may change any of them (the desktop keeps the choice, the CLI
// takes --font role=family).
struct OfficialFonts {
    QString title;
    QString body;
    QString heading1;
    QString heading2;
    QString pageNumber;
    QString latin; // Latin letters and digits inside the text (西文和数字)

    QString& operator[](FontRole role);
    const QString& operator[](FontRole role) const;
    bool operator==(const OfficialFonts&) const = default;
};

QList<FontRole> fontRoles();
QString fontRoleKey(FontRole role);                     // title, body, heading1, heading2, page, latin
std::optional<FontRole> parseFontRole(const QString& key);
QString fontRoleLabel(FontRole role);                   // 标题（小标宋）… translated
// The official faces first (方正小标宋, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体, Times New Roman),
// then the free fonts Debian installs (Noto Serif/Sans CJK SC, AR PL UKai/UMing, WenQuanYi,
// Liberation Serif).
QStringList fontCandidates(FontRole role);
// The first candidate of each role among `installedFamilies` (QFontDatabase::families()).
OfficialFonts defaultOfficialFonts(const QStringList& installedFamilies);

// Where the 版记 went: at the foot of the body's last page, or on a page of its own, after a
// blank page when its own page would have been odd (GB/T 9704 7.5; neither page numbered then).
struct RecordPlacement {
    int recordPage = 0; // 1-based; 0: no 版记
    bool recordOnItsOwnPage = false;
    bool blankBeforeRecord = false;
};

struct OfficialPdf {
    QByteArray bytes;
    int pages = 0;
    RecordPlacement record;
};

// `documentTitle` goes in the PDF's metadata, and `anchor` (the history's head when the
// bulletin was composed, HistoryAnchor::text()) in its creator.
OfficialPdf renderOfficialDocument(const BulletinDocument& document, const OfficialFonts& fonts,
                                   const QString& documentTitle, const QString& anchor = {});

// Renders and writes to `path` through a temporary file renamed at the end, so a failure leaves
// no half-written file. Throws Error. Returns the number of pages.
int writeOfficialDocument(const BulletinDocument& document, const OfficialFonts& fonts,
                          const QString& documentTitle, const QString& path, const QString& anchor = {});

} // namespace rectrack
