#pragma once
// The page of a Chinese official document (党政机关公文格式, GB/T 9704), in millimetres and
// points: what the PDF and the Word writers both lay a BulletinDocument out on.

namespace rectrack::official {

constexpr double PageWidthMm = 210, PageHeightMm = 297;
constexpr double MarginTopMm = 37, MarginBottomMm = 35, MarginLeftMm = 28, MarginRightMm = 26;
constexpr double TextWidthMm = PageWidthMm - MarginLeftMm - MarginRightMm;  // 156 mm
constexpr double TextHeightMm = PageHeightMm - MarginTopMm - MarginBottomMm; // 225 mm
constexpr int CharsPerLine = 28;
constexpr int LinesPerPage = 22;
constexpr double BodyPoints = 16;       // 3号
constexpr double TitlePoints = 22;      // 2号
constexpr double PageNumberPoints = 14; // 4号
constexpr double PageNumberGapMm = 7;   // from the text's lower edge to the number's top
constexpr int SignatureSpaceChars = 2;  // 发文机关署名 right, two characters in
constexpr int IndentChars = 2;          // first lines of paragraphs and headings

} // namespace rectrack::official
