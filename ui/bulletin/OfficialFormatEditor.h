#pragma once
// 公文格式 in the bulletin dialog: the GB/T 9704 parts an office adds around the bulletin, each
// optional — 份号, 密级和保密期限, 紧急程度, 发文机关标志, 发文字号, 签发人, 主送机关, 附件说明,
// 加盖印章, the date in Chinese numerals, and the 版记 (抄送, 印发机关, 印发日期). The parts an
// office uses on every bulletin (its mark, 主送机关, 抄送, 印发机关) are remembered per user;
// those of one document (份号, 发文字号, 附件, dates) are not.

#include "bulletin/BulletinComposer.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace rectrack::ui {

class OfficialFormatEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit OfficialFormatEditor(QWidget* parent = nullptr);

    // Writes the chosen parts into `texts` (its frame, addressee, attachments, date style).
    void apply(BulletinTexts& texts) const;
    // Keeps the parts an office reuses for the next bulletin.
    void remember() const;

signals:
    void changed();

private:
    QLineEdit* m_copyNumber;
    QComboBox* m_secrecy;
    QComboBox* m_urgency;
    QLineEdit* m_issuerMark;
    QLineEdit* m_documentNumber;
    QLineEdit* m_signer;
    QLineEdit* m_addressee;
    QPlainTextEdit* m_attachments;
    QCheckBox* m_sealed;
    QCheckBox* m_chineseDate;
    QLineEdit* m_copiesTo;
    QLineEdit* m_printer;
    QDateEdit* m_printDate;
};

} // namespace rectrack::ui
