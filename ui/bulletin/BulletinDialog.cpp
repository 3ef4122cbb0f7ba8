#include "BulletinDialog.h"

#include "OfficialFormatEditor.h"

#include "export/AtomicSave.h"
#include "export/OfficialDocumentDocx.h"
#include "services/BulletinSource.h"
#include "services/Ledger.h"
#include "model/Error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfView>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace rectrack::ui {

namespace {
QString settingsKey(FontRole role) { return QStringLiteral("bulletin/font/") + fontRoleKey(role); }

QPlainTextEdit* textBox(const QString& text, const QString& objectName, int lines) {
    auto* box = new QPlainTextEdit(text);
    box->setObjectName(objectName);
    box->setMinimumHeight(box->fontMetrics().lineSpacing() * lines + 12);
    return box;
}
} // namespace

OfficialFonts BulletinDialog::savedFonts() {
    const QStringList installed = QFontDatabase::families();
    OfficialFonts fonts = defaultOfficialFonts(installed);
    QSettings settings;
    for (FontRole role : fontRoles()) {
        const QString chosen = settings.value(settingsKey(role)).toString();
        if (!chosen.isEmpty() && installed.contains(chosen))
            fonts[role] = chosen;
    }
    return fonts;
}

BulletinDialog::BulletinDialog(Ledger& ledger, Id inspectionId, QWidget* parent)
    : QDialog(parent)
    , m_data(loadBulletinData(ledger, inspectionId))
    , m_defaults(defaultBulletinTexts(m_data, ledger.today()))
    , m_anchor(ledger.historyAnchor().text())
    , m_document(new QPdfDocument(this))
    , m_renderTimer(new QTimer(this)) {
    setObjectName(QStringLiteral("bulletinDialog"));
    setWindowTitle(tr("导出整改情况通报"));

    auto* form = new QFormLayout;
    m_title = new QLineEdit(m_defaults.title);
    m_title->setObjectName(QStringLiteral("bulletinTitle"));
    form->addRow(tr("标题"), m_title);
    m_preamble = textBox(m_defaults.preamble, QStringLiteral("bulletinPreamble"), 4);
    form->addRow(tr("开头"), m_preamble);
    m_organisation = textBox(m_defaults.organisation, QStringLiteral("bulletinOrganisation"), 5);
    form->addRow(tr("一、整改工作组织"), m_organisation);
    auto* dataNote = new QLabel(tr("二、整改进展由台账数据生成（问题、措施、成效和统计数字），请在台账中修改。"));
    dataNote->setWordWrap(true);
    dataNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    form->addRow(QString(), dataNote);
    m_nextSteps = textBox(m_defaults.nextSteps, QStringLiteral("bulletinNextSteps"), 4);
    form->addRow(tr("三、下一步计划"), m_nextSteps);
    m_contact = textBox(m_defaults.contact, QStringLiteral("bulletinContact"), 3);
    form->addRow(tr("联系方式"), m_contact);
    m_issuingBody = new QLineEdit(m_defaults.issuingBody);
    m_issuingBody->setObjectName(QStringLiteral("bulletinIssuingBody"));
    form->addRow(tr("发文机关署名"), m_issuingBody);
    m_date = new QDateEdit(m_defaults.date);
    m_date->setObjectName(QStringLiteral("bulletinDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("成文日期"), m_date);
    m_version = new QComboBox;
    m_version->setObjectName(QStringLiteral("bulletinVersion"));
    m_version->addItem(tr("内部版（党内通报，列出全部问题）"), static_cast<int>(BulletinVersion::Internal));
    m_version->addItem(tr("公开版（略去标为不公开的问题）"), static_cast<int>(BulletinVersion::Public));
    form->addRow(tr("版本"), m_version);
    m_countListedOnly = new QCheckBox(tr("公开版的统计数字只计列出的问题"));
    m_countListedOnly->setObjectName(QStringLiteral("bulletinCountListedOnly"));
    form->addRow(QString(), m_countListedOnly);
    m_withheldNote = new QLabel;
    m_withheldNote->setObjectName(QStringLiteral("bulletinWithheldNote"));
    m_withheldNote->setWordWrap(true);
    m_withheldNote->setStyleSheet(QStringLiteral("color: #8d6e63;"));
    form->addRow(QString(), m_withheldNote);
    connect(m_version, &QComboBox::currentIndexChanged, m_renderTimer, qOverload<>(&QTimer::start));
    connect(m_countListedOnly, &QCheckBox::toggled, m_renderTimer, qOverload<>(&QTimer::start));

    auto* fontsBox = new QGroupBox(tr("字体（本机没有公文字体时用替代字体）"));
    auto* fontsForm = new QFormLayout(fontsBox);
    const OfficialFonts fonts = savedFonts();
    for (FontRole role : fontRoles()) {
        auto* box = new QFontComboBox;
        box->setObjectName(QStringLiteral("bulletinFont_") + fontRoleKey(role));
        box->setCurrentFont(QFont(fonts[role]));
        m_fontBoxes.insert(role, box);
        fontsForm->addRow(fontRoleLabel(role), box);
        connect(box, &QFontComboBox::currentFontChanged, this, [this, role](const QFont& font) {
            QSettings().setValue(settingsKey(role), font.family());
            m_renderTimer->start();
        });
    }

    m_format = new OfficialFormatEditor;
    connect(m_format, &OfficialFormatEditor::changed, m_renderTimer, qOverload<>(&QTimer::start));

    auto* editors = new QWidget;
    auto* editorsLayout = new QVBoxLayout(editors);
    editorsLayout->addLayout(form);
    editorsLayout->addWidget(m_format);
    editorsLayout->addWidget(fontsBox);
    editorsLayout->addStretch();
    auto* scroll = new QScrollArea;
    scroll->setWidget(editors);
    scroll->setWidgetResizable(true);

    m_view = new QPdfView;
    m_view->setObjectName(QStringLiteral("bulletinPreview"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setMinimumWidth(420);

    auto* splitter = new QSplitter;
    splitter->addWidget(scroll);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("bulletinStatus"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    auto* exportButton = buttons->addButton(tr("导出 PDF…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("bulletinExportButton"));
    auto* wordButton = buttons->addButton(tr("导出 Word…"), QDialogButtonBox::ActionRole);
    wordButton->setObjectName(QStringLiteral("bulletinExportWordButton"));
    wordButton->setToolTip(tr("可在 WPS 或 Word 中修改、盖章的公文格式文档（.docx），版式与 PDF 相同"));
    auto* printButton = buttons->addButton(tr("打印…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("bulletinPrintButton"));
    auto* resetButton = buttons->addButton(tr("恢复巡察中的文字"), QDialogButtonBox::ResetRole);
    connect(exportButton, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("pdf")); });
    connect(wordButton, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("docx")); });
    connect(printButton, &QPushButton::clicked, this, &BulletinDialog::print);
    connect(resetButton, &QPushButton::clicked, this, [this] {
        m_title->setText(m_defaults.title);
        m_preamble->setPlainText(m_defaults.preamble);
        m_organisation->setPlainText(m_defaults.organisation);
        m_nextSteps->setPlainText(m_defaults.nextSteps);
        m_contact->setPlainText(m_defaults.contact);
        m_issuingBody->setText(m_defaults.issuingBody);
        m_date->setDate(m_defaults.date);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    // Typing renders again after a pause, not on every key.
    m_renderTimer->setSingleShot(true);
    m_renderTimer->setInterval(400);
    connect(m_renderTimer, &QTimer::timeout, this, &BulletinDialog::render);
    for (QLineEdit* line : {m_title, m_issuingBody})
        connect(line, &QLineEdit::textChanged, m_renderTimer, qOverload<>(&QTimer::start));
    for (QPlainTextEdit* box : {m_preamble, m_organisation, m_nextSteps, m_contact})
        connect(box, &QPlainTextEdit::textChanged, m_renderTimer, qOverload<>(&QTimer::start));
    connect(m_date, &QDateEdit::dateChanged, m_renderTimer, qOverload<>(&QTimer::start));

    resize(1280, 860);
    render();
}

BulletinDialog::~BulletinDialog() {
    m_document->close(); // before the buffer it reads from goes
}

BulletinTexts BulletinDialog::texts() const {
    BulletinTexts t;
    t.title = m_title->text();
    t.preamble = m_preamble->toPlainText();
    t.organisation = m_organisation->toPlainText();
    t.nextSteps = m_nextSteps->toPlainText();
    t.contact = m_contact->toPlainText();
    t.issuingBody = m_issuingBody->text();
    t.date = m_date->date();
    m_format->apply(t);
    t.version = static_cast<BulletinVersion>(m_version->currentData().toInt());
    t.publicCountsListedOnly = m_countListedOnly->isChecked();
    return t;
}

OfficialFonts BulletinDialog::fonts() const {
    OfficialFonts fonts;
    for (FontRole role : fontRoles())
        fonts[role] = m_fontBoxes.value(role)->currentFont().family();
    return fonts;
}

void BulletinDialog::render() {
    const BulletinTexts t = texts();
    const OfficialPdf pdf = renderOfficialDocument(composeBulletin(m_data, t), fonts(), t.title, m_anchor);
    m_pdf = pdf.bytes;
    m_pages = pdf.pages;
    m_document->close();
    m_buffer.close();
    m_buffer.setData(m_pdf);
    m_buffer.open(QIODevice::ReadOnly);
    m_document->load(&m_buffer);
    m_status->setText(tr("共 %n 页（A4，公文格式）", nullptr, m_pages));
    // What the public version leaves out, said before it goes out.
    const QStringList withheld = withheldFromBulletin(m_data, t);
    m_countListedOnly->setEnabled(t.version == BulletinVersion::Public);
    if (t.version == BulletinVersion::Internal) {
        int marked = 0;
        for (const BulletinFinding& f : m_data.findings)
            marked += f.finding.withheld.trimmed().isEmpty() ? 0 : 1;
        m_withheldNote->setText(marked > 0 ? tr("有 %n 项标为不公开：内部版照常列出。", nullptr, marked) : QString());
    } else {
        m_withheldNote->setText(withheld.isEmpty() ? tr("没有标为不公开的问题：公开版与内部版内容相同。")
                                                   : tr("公开版略去 %n 项：", nullptr, static_cast<int>(withheld.size())) +
                                                         u'\n' + withheld.join(u'\n'));
    }
}

bool BulletinDialog::exportTo(const QString& path) {
    if (m_renderTimer->isActive()) { // a change not yet in the preview
        m_renderTimer->stop();
        render();
    }
    try {
        if (path.endsWith(QStringLiteral(".docx"), Qt::CaseInsensitive)) { // the same document, for Word
            const BulletinTexts t = texts();
            writeOfficialDocx(composeBulletin(m_data, t), fonts(), t.title, path, m_anchor);
        } else {
            saveFileAtomically(path, m_pdf); // what the preview shows is what is saved
        }
        m_format->remember();
        m_status->setText(tr("已导出：%1").arg(path));
        return true;
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("导出失败"), e.message());
        return false;
    }
}

void BulletinDialog::chooseAndExport(const QString& suffix) {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = m_title->text().trimmed();
    name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString path = QFileDialog::getSaveFileName(this, tr("导出整改情况通报"),
                                                      folder + u'/' + (name.isEmpty() ? tr("整改情况通报") : name) +
                                                          u'.' + suffix,
                                                      suffix == u"docx" ? tr("Word 文档 (*.docx)") : tr("PDF 文件 (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

// Each page rendered at the printer's resolution and drawn on its own sheet, full size: the
// layout's margins are already on the page.
void BulletinDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setFullPage(true);
    printer.setDocName(m_title->text());
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect sheet = painter.viewport();
    for (int page = 0; page < m_document->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        const QImage image = m_document->render(page, sheet.size());
        painter.drawImage(sheet, image);
    }
}

} // namespace rectrack::ui
