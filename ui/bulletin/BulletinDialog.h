#pragma once
// 导出整改情况通报: the composed bulletin of one inspection. On the left the parts a person
// writes (title, preamble, organisation, next steps, contact, issuing body, date), the optional
// parts of the full official format (OfficialFormatEditor) and the font map; on the right the
// official-document PDF as it will be saved, rendered again a moment after each change. The
// edits are for this bulletin only: the ledger's data is not touched. Export writes the PDF, or
// the same document as an editable Word file; Print sends its pages to a printer.

#include "bulletin/BulletinComposer.h"
#include "export/OfficialDocumentPdf.h"

#include <QBuffer>
#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QPdfDocument;
class QPdfView;
class QPlainTextEdit;
class QTimer;

namespace rectrack {
class Ledger;
}

namespace rectrack::ui {

class OfficialFormatEditor;

class BulletinDialog : public QDialog {
    Q_OBJECT
public:
    BulletinDialog(Ledger& ledger, Id inspectionId, QWidget* parent = nullptr);
    ~BulletinDialog() override;

    BulletinTexts texts() const;
    OfficialFonts fonts() const;
    int pageCount() const { return m_pages; }
    QByteArray pdf() const { return m_pdf; }
    // Writes the PDF the preview shows, or (a path ending .docx) the same document for Word;
    // false (after telling the user) when it cannot.
    bool exportTo(const QString& path);

    // The font map kept in the user's settings, over the machine's defaults.
    static OfficialFonts savedFonts();

private:
    void render();
    void chooseAndExport(const QString& suffix); // pdf or docx
    void print();

    BulletinData m_data;
    BulletinTexts m_defaults;
    QString m_anchor; // the history's head when the bulletin was composed, written into the PDF
    QLineEdit* m_title;
    QPlainTextEdit* m_preamble;
    QPlainTextEdit* m_organisation;
    QPlainTextEdit* m_nextSteps;
    QPlainTextEdit* m_contact;
    QLineEdit* m_issuingBody;
    QDateEdit* m_date;
    QComboBox* m_version;        // internal or public
    QCheckBox* m_countListedOnly; // the public version's totals: only what it lists
    QLabel* m_withheldNote;      // what the public version leaves out
    QMap<FontRole, QFontComboBox*> m_fontBoxes;
    OfficialFormatEditor* m_format;
    QLabel* m_status;
    QPdfDocument* m_document;
    QPdfView* m_view;
    QBuffer m_buffer;
    QByteArray m_pdf;
    int m_pages = 0;
    QTimer* m_renderTimer;
};

} // namespace rectrack::ui
