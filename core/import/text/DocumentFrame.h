#pragma once
// The 版头 and 版记 of an official document (GB/T 9704), taken out of its text before parsing:
// at its start 份号 (six digits), 密级 (秘密★1年), 紧急程度 (特急), the 发文机关标志 (…文件),
// 发文字号 (…〔2025〕3号, with 签发人 beside it); at its end 抄送 and "…2025年3月5日印发". A
// bulletin printed from its Word or PDF file carries them; they are not its title or text.

#include <QString>

namespace rectrack {

struct DocumentFrameLines {
    QString text;          // without them
    QString documentNumber; // 发文字号, when there was one
    int removedLines = 0;
};

DocumentFrameLines removeDocumentFrame(const QString& text);

} // namespace rectrack
