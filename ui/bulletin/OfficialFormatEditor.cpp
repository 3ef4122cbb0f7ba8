#include "OfficialFormatEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSettings>

namespace rectrack::ui {

namespace {
const QDate NoDate(2000, 1, 1); // the date box's "none"

QString key(const char* name) { return QStringLiteral("bulletin/format/") + QString::fromLatin1(name); }

QLineEdit* lineEdit(const QString& objectName, const QString& placeholder, const QString& text = {}) {
    auto* edit = new QLineEdit(text);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QComboBox* choices(const QString& objectName, const QStringList& items) {
    auto* box = new QComboBox;
    box->setObjectName(objectName);
    box->setEditable(true); // 秘密★1年: a period can be typed after the level
    box->addItems(items);
    return box;
}
} // namespace

OfficialFormatEditor::OfficialFormatEditor(QWidget* parent)
    : QGroupBox(tr("公文格式（可选，空着的不印）"), parent) {
    setObjectName(QStringLiteral("officialFormat"));
    const QSettings settings;
    auto* form = new QFormLayout(this);
    m_copyNumber = lineEdit(QStringLiteral("formatCopyNumber"), tr("6位数字，如 000012"));
    m_copyNumber->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,6}")), m_copyNumber));
    form->addRow(tr("份号"), m_copyNumber);
    // The choices are the document's words, Chinese whatever the interface's language.
    m_secrecy = choices(QStringLiteral("formatSecrecy"),
                        {QString(), QStringLiteral("秘密"), QStringLiteral("机密"), QStringLiteral("绝密"),
                         QStringLiteral("秘密★1年"), QStringLiteral("机密★5年")});
    form->addRow(tr("密级和保密期限"), m_secrecy);
    m_urgency = choices(QStringLiteral("formatUrgency"), {QString(), QStringLiteral("加急"), QStringLiteral("特急")});
    form->addRow(tr("紧急程度"), m_urgency);
    m_issuerMark = lineEdit(QStringLiteral("formatIssuerMark"), tr("红头，如 中共××局党组文件"),
                            settings.value(key("issuerMark")).toString());
    form->addRow(tr("发文机关标志"), m_issuerMark);
    m_documentNumber = lineEdit(QStringLiteral("formatDocumentNumber"), tr("如 ××党〔2025〕3号"));
    form->addRow(tr("发文字号"), m_documentNumber);
    m_signer = lineEdit(QStringLiteral("formatSigner"), tr("上报的文件才写"));
    form->addRow(tr("签发人"), m_signer);
    m_addressee = lineEdit(QStringLiteral("formatAddressee"), tr("如 县委巡察办"), settings.value(key("addressee")).toString());
    form->addRow(tr("主送机关"), m_addressee);
    m_attachments = new QPlainTextEdit;
    m_attachments->setObjectName(QStringLiteral("formatAttachments"));
    m_attachments->setPlaceholderText(tr("每行一个附件名称"));
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("附件"), m_attachments);
    m_sealed = new QCheckBox(tr("加盖印章（留出印章位置，成文日期右空四字）"));
    m_sealed->setObjectName(QStringLiteral("formatSealed"));
    form->addRow(QString(), m_sealed);
    m_chineseDate = new QCheckBox(tr("成文日期用汉字（二〇二五年六月十六日）"));
    m_chineseDate->setObjectName(QStringLiteral("formatChineseDate"));
    form->addRow(QString(), m_chineseDate);
    m_copiesTo = lineEdit(QStringLiteral("formatCopiesTo"), tr("版记：抄送机关，用逗号分隔"), settings.value(key("copiesTo")).toString());
    form->addRow(tr("抄送"), m_copiesTo);
    m_printer = lineEdit(QStringLiteral("formatPrinter"), tr("版记：印发机关"), settings.value(key("printer")).toString());
    form->addRow(tr("印发机关"), m_printer);
    m_printDate = new QDateEdit;
    m_printDate->setObjectName(QStringLiteral("formatPrintDate"));
    m_printDate->setCalendarPopup(true);
    m_printDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_printDate->setMinimumDate(NoDate);
    m_printDate->setSpecialValueText(tr("不写"));
    m_printDate->setDate(NoDate);
    form->addRow(tr("印发日期"), m_printDate);

    for (QLineEdit* edit : {m_copyNumber, m_issuerMark, m_documentNumber, m_signer, m_addressee, m_copiesTo, m_printer})
        connect(edit, &QLineEdit::textChanged, this, &OfficialFormatEditor::changed);
    for (QComboBox* box : {m_secrecy, m_urgency})
        connect(box, &QComboBox::currentTextChanged, this, &OfficialFormatEditor::changed);
    connect(m_attachments, &QPlainTextEdit::textChanged, this, &OfficialFormatEditor::changed);
    for (QCheckBox* box : {m_sealed, m_chineseDate})
        connect(box, &QCheckBox::toggled, this, &OfficialFormatEditor::changed);
    connect(m_printDate, &QDateEdit::dateChanged, this, &OfficialFormatEditor::changed);
}

void OfficialFormatEditor::apply(BulletinTexts& texts) const {
    OfficialFrame& frame = texts.frame;
    frame.copyNumber = m_copyNumber->text().trimmed();
    frame.secrecy = m_secrecy->currentText().trimmed();
    frame.urgency = m_urgency->currentText().trimmed();
    frame.issuerMark = m_issuerMark->text().trimmed();
    frame.documentNumber = m_documentNumber->text().trimmed();
    frame.signer = m_signer->text().trimmed();
    frame.sealed = m_sealed->isChecked();
    frame.copiesTo = m_copiesTo->text().trimmed();
    frame.printer = m_printer->text().trimmed();
    frame.printDate = m_printDate->date() == NoDate ? QDate() : m_printDate->date();
    texts.addressee = m_addressee->text().trimmed();
    texts.attachments = m_attachments->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    texts.dateInChineseNumerals = m_chineseDate->isChecked();
}

void OfficialFormatEditor::remember() const {
    QSettings settings;
    settings.setValue(key("issuerMark"), m_issuerMark->text().trimmed());
    settings.setValue(key("addressee"), m_addressee->text().trimmed());
    settings.setValue(key("copiesTo"), m_copiesTo->text().trimmed());
    settings.setValue(key("printer"), m_printer->text().trimmed());
}

} // namespace rectrack::ui
