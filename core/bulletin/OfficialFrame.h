#pragma once
// What GB/T 9704 puts around a document's body, each element optional: the 版头 (份号, 密级和
// 保密期限, 紧急程度, the red 发文机关标志 with its 发文字号 and 签发人 over a red separator),
// the 印章 area kept clear above the signature, and the 版记 at the foot of the last page (抄送,
// 印发机关 and 印发日期 between rules). 主送机关 and 附件说明 are paragraphs of the body
// (BulletinBlock). Empty fields are left out.

#include <QDate>
#include <QString>

namespace rectrack {

struct OfficialFrame {
    QString copyNumber;     // 份号: six digits, e.g. 000012
    QString secrecy;        // 密级和保密期限: 秘密★1年
    QString urgency;        // 紧急程度: 特急, 加急
    QString issuerMark;     // 发文机关标志, in red: 中共青禾县农业农村局党组文件
    QString documentNumber; // 发文字号: 青农党〔2025〕3号
    QString signer;         // 签发人 of a report to a superior; with it the 发文字号 moves left
    bool sealed = false;    // 加盖印章: the seal's place kept clear above the signature and date
    QString copiesTo;       // 版记: 抄送
    QString printer;        // 版记: 印发机关
    QDate printDate;        // 版记: 印发日期

    bool hasHead() const { return !copyNumber.isEmpty() || !secrecy.isEmpty() || !urgency.isEmpty() || hasMark(); }
    bool hasMark() const { return !issuerMark.isEmpty() || !documentNumber.isEmpty() || !signer.isEmpty(); }
    bool hasRecord() const { return !copiesTo.isEmpty() || !printer.isEmpty() || printDate.isValid(); }
    bool operator==(const OfficialFrame&) const = default;
};

// 发文字号 with the year in 六角括号 whatever brackets were typed: 青农党[2025]3号 → 青农党〔2025〕3号.
QString normalisedDocumentNumber(const QString& text);
// The 版记's 抄送 line: 抄送：A，B。 whether or not the label and the full stop were typed; empty
// for none.
QString copiesToLine(const QString& copiesTo);
// 印发日期 as the 版记 writes it: 2025年3月5日印发.
QString printedOn(QDate date);

} // namespace rectrack
