#include "ImportPreviewDialog.h"

#include "ReadingPanel.h"
#include "import/BulletinParser.h"

#include "ColumnMappingDialog.h"

#include "services/UnitNames.h"

#include "import/ledger/SheetBulletin.h"

#include "common/Guard.h"
#include "common/OptionalDateEdit.h"
#include "ImportUpdateDialog.h"
#include "services/BulletinFile.h"
#include "main/Editor.h"
#include "services/BulletinChanges.h"
#include "services/BulletinImport.h"
#include "services/Ledger.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

namespace {
enum Column { NumberColumn, TitleColumn, StatusColumn, DeadlineColumn };
enum ItemRole { FindingIndexRole = Qt::UserRole + 1, MeasureIndexRole, KindRole };
enum class Node { Category, Finding, Measure };

QString statusText(ParsedFinding::Status s) {
    switch (s) {
    case ParsedFinding::Status::Completed:
        return ImportPreviewDialog::tr("已完成");
    case ParsedFinding::Status::InProgress:
        return ImportPreviewDialog::tr("正在推进");
    case ParsedFinding::Status::Ongoing:
        return ImportPreviewDialog::tr("长期坚持");
    case ParsedFinding::Status::Unknown:
        break;
    }
    return ImportPreviewDialog::tr("未说明");
}

ParsedFinding::Status statusFrom(const QString& text) {
    if (text == ImportPreviewDialog::tr("已完成"))
        return ParsedFinding::Status::Completed;
    if (text == ImportPreviewDialog::tr("正在推进"))
        return ParsedFinding::Status::InProgress;
    if (text == ImportPreviewDialog::tr("长期坚持"))
        return ParsedFinding::Status::Ongoing;
    return ParsedFinding::Status::Unknown;
}
} // namespace

ImportPreviewDialog::ImportPreviewDialog(Editor& editor, ParsedBulletin bulletin, QString sourceHash,
                                         QString fileName, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_ledger(editor.ledger())
    , m_bulletin(std::move(bulletin))
    , m_hash(std::move(sourceHash))
    , m_title(new QLineEdit(m_bulletin.title, this))
    , m_round(new QLineEdit(m_bulletin.round, this))
    , m_team(new QLineEdit(m_bulletin.team, this))
    , m_unit(new QLineEdit(m_bulletin.inspectedUnit, this))
    , m_type(new QLineEdit(m_bulletin.type, this))
    , m_start(new OptionalDateEdit(this))
    , m_end(new OptionalDateEdit(this))
    , m_feedback(new OptionalDateEdit(this))
    , m_issuingBody(new QLineEdit(m_bulletin.issuingBody, this))
    , m_published(new OptionalDateEdit(this))
    , m_contact(new QPlainTextEdit(m_bulletin.contactText, this))
    , m_kindOfInspection(new QComboBox(this))
    , m_level(new QLineEdit(m_bulletin.level, this))
    , m_organisation(new QPlainTextEdit(m_bulletin.organisationText, this))
    , m_nextSteps(new QPlainTextEdit(m_bulletin.nextStepsText, this))
    , m_summary(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_warnings(new QListWidget(this))
    , m_source(new QPlainTextEdit(this))
    , m_readingPanel(new ReadingPanel(this)) {
    setObjectName(QStringLiteral("importPreviewDialog"));
    setWindowTitle(tr("导入预览 — %1").arg(fileName));
    resize(1400, 860);
    m_title->setObjectName(QStringLiteral("importTitleLineEdit"));
    m_round->setObjectName(QStringLiteral("importRoundLineEdit"));
    m_team->setObjectName(QStringLiteral("importTeamLineEdit"));
    m_unit->setObjectName(QStringLiteral("importUnitLineEdit"));
    m_tree->setObjectName(QStringLiteral("importTreeWidget"));
    m_warnings->setObjectName(QStringLiteral("importWarningsListWidget"));
    m_source->setObjectName(QStringLiteral("importSourceTextEdit"));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);

    m_start->setOptionalDate(m_bulletin.periodStart);
    m_end->setOptionalDate(m_bulletin.periodEnd);
    m_feedback->setOptionalDate(m_bulletin.feedbackDate);
    m_published->setOptionalDate(m_bulletin.publishedDate);
    m_start->setObjectName(QStringLiteral("importStartDateEdit"));
    m_feedback->setObjectName(QStringLiteral("importFeedbackDateEdit"));
    m_contact->setMaximumHeight(60);
    m_kindOfInspection->addItems({QStringLiteral("巡察"), QStringLiteral("巡视")});
    m_kindOfInspection->setCurrentText(m_bulletin.kind.isEmpty() ? QStringLiteral("巡察") : m_bulletin.kind);
    m_kindOfInspection->setObjectName(QStringLiteral("importKindOfInspectionComboBox"));
    m_level->setObjectName(QStringLiteral("importLevelLineEdit"));
    m_level->setPlaceholderText(tr("省委、市委、县委"));
    m_organisation->setObjectName(QStringLiteral("importOrganisationTextEdit"));
    m_nextSteps->setObjectName(QStringLiteral("importNextStepsTextEdit"));
    m_organisation->setMaximumHeight(60);
    m_nextSteps->setMaximumHeight(60);
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(m_kindOfInspection);
    kindRow->addWidget(m_level);
    kindRow->addWidget(m_type, 1);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_start);
    dates->addWidget(new QLabel(tr("至"), this));
    dates->addWidget(m_end);
    dates->addWidget(new QLabel(tr("反馈"), this));
    dates->addWidget(m_feedback);
    dates->addWidget(new QLabel(tr("通报"), this));
    dates->addWidget(m_published);
    auto* form = new QFormLayout;
    form->addRow(tr("标题"), m_title);
    form->addRow(tr("巡视巡察轮次"), m_round);
    form->addRow(tr("巡视巡察组"), m_team);
    form->addRow(tr("被巡视巡察单位"), m_unit);
    form->addRow(tr("类型"), kindRow);
    form->addRow(tr("进驻时间"), dates);
    form->addRow(tr("发文机关"), m_issuingBody);
    form->addRow(tr("整改组织落实情况"), m_organisation);
    form->addRow(tr("下一步工作"), m_nextSteps);
    form->addRow(tr("联系方式"), m_contact);
    form->addRow(QString(), m_summary);

    m_tree->setHeaderLabels(
        {tr("序号"), tr("类别 / 问题 / 整改措施（双击修改）"), tr("整改状态"), tr("整改时限")});
    m_tree->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(NumberColumn, 70);
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_source->setReadOnly(true);
    m_source->setPlainText(m_bulletin.text);
    m_warnings->setMaximumHeight(120);
    fillWarnings();

    // Left: the inspection's fields (scrolling), the tree with the selected item's editor, the
    // warnings; a splitter so the user can give the tree the room.
    auto* fields = new QWidget(this);
    fields->setLayout(form);
    auto* fieldsScroll = new QScrollArea(this);
    fieldsScroll->setWidget(fields);
    fieldsScroll->setWidgetResizable(true);
    fieldsScroll->setFrameShape(QFrame::NoFrame);
    auto* found = new QWidget(this);
    auto* foundLayout = new QVBoxLayout(found);
    foundLayout->setContentsMargins(0, 0, 0, 0);
    foundLayout->addWidget(new QLabel(tr("解析结果（右键可纠正：不是问题、并入上一项；在原文中右键：从这一段开始一个问题）"), found));
    foundLayout->addWidget(m_readingPanel);
    foundLayout->addWidget(m_tree, 1);
    foundLayout->addWidget(makeItemEditor());
    auto* checks = new QWidget(this);
    auto* checksLayout = new QVBoxLayout(checks);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->addWidget(new QLabel(tr("核对提示"), checks));
    checksLayout->addWidget(m_warnings);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(fieldsScroll);
    left->addWidget(found);
    left->addWidget(checks);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 5);
    left->setStretchFactor(2, 1);
    left->setSizes({230, 470, 110});
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("原文（选中条目时高亮）"), right));
    rightLayout->addWidget(m_source);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setSizes({820, 560});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* saveButton = buttons->addButton(tr("保存到台账"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("importSaveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_bulletin.sheetHeaders.isEmpty()) { // a ledger sheet: its columns can be told again
        QPushButton* columns = buttons->addButton(tr("各列含义…"), QDialogButtonBox::ActionRole);
        columns->setObjectName(QStringLiteral("importColumnsButton"));
        connect(columns, &QPushButton::clicked, this, &ImportPreviewDialog::chooseColumns);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    fillTree();
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showSource(item);
        showItem(item);
    });
    // Correcting how the document is read: a bulletin's, not a ledger sheet's (its columns are).
    m_readingPanel->setVisible(m_bulletin.sheetHeaders.isEmpty() && !m_bulletin.source.isEmpty());
    m_readingPanel->show(m_bulletin);
    connect(m_readingPanel, &ReadingPanel::readingChanged, this, &ImportPreviewDialog::readAgain);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        QTreeWidgetItem* item = m_tree->itemAt(at);
        if (!item || !m_readingPanel->isVisible() || item->data(0, KindRole).toInt() != static_cast<int>(Node::Finding))
            return;
        const int offset = m_bulletin.findings[item->data(0, FindingIndexRole).toInt()].sourceOffset;
        if (offset < 0)
            return;
        QMenu menu(this);
        menu.addAction(tr("这不是问题"), this, [this, offset] { m_readingPanel->markNotProblem(offset); });
        menu.addAction(tr("并入上一项"), this, [this, offset] { m_readingPanel->mergeWithPrevious(offset); });
        menu.exec(m_tree->viewport()->mapToGlobal(at));
    });
    m_source->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_source, &QPlainTextEdit::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu* menu = m_source->createStandardContextMenu();
        if (m_readingPanel->isVisible()) {
            const int offset = m_source->cursorForPosition(at).block().position();
            menu->addSeparator();
            menu->addAction(tr("从这一段开始一个问题"), this, [this, offset] { m_readingPanel->markProblem(offset); });
        }
        menu->exec(m_source->viewport()->mapToGlobal(at));
        delete menu;
    });
}

void ImportPreviewDialog::fillWarnings() {
    m_warnings->clear();
    for (const QString& w : m_bulletin.warnings)
        m_warnings->addItem(QStringLiteral("⚠ ") + w);
    // unit names that would become a second unit for one the ledger (or the file) already has
    const QList<NearUnit> nearUnits = nearDuplicateUnits(m_editor.ledger().units().units(), m_bulletin);
    for (const NearUnit& near : nearUnits)
        m_warnings->addItem(QStringLiteral("⚠ ") + describe(near));
    if (m_bulletin.warnings.isEmpty() && nearUnits.isEmpty())
        m_warnings->addItem(tr("通报所述总数与解析结果一致。"));
}

void ImportPreviewDialog::readAgain() {
    ParsedBulletin again = parseBulletin(m_bulletin.source, m_readingPanel->reading());
    again.format = m_bulletin.format;
    again.encoding = m_bulletin.encoding;
    m_bulletin = std::move(again);
    fillTree();
    fillWarnings();
    m_readingPanel->show(m_bulletin);
}

void ImportPreviewDialog::fillTree() {
    m_tree->clear();
    QList<QTreeWidgetItem*> categoryItems;
    for (const ParsedCategory& c : m_bulletin.categories) {
        auto* item = new QTreeWidgetItem(m_tree, {c.number, c.title});
        item->setData(0, KindRole, static_cast<int>(Node::Category));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        QFont bold = item->font(TitleColumn);
        bold.setBold(true);
        item->setFont(TitleColumn, bold);
        categoryItems.append(item);
    }
    int problems = 0, suggestions = 0, measures = 0;
    for (qsizetype i = 0; i < m_bulletin.findings.size(); ++i) {
        const ParsedFinding& f = m_bulletin.findings[i];
        const QString number =
            f.kind == ParsedFinding::Kind::Suggestion ? tr("建议%1").arg(f.number) : f.number;
        const QStringList columns = {number, f.title, statusText(f.status), f.deadline};
        auto* item = f.category && *f.category < categoryItems.size()
                         ? new QTreeWidgetItem(categoryItems[*f.category], columns)
                         : new QTreeWidgetItem(m_tree, columns);
        item->setData(0, KindRole, static_cast<int>(Node::Finding));
        item->setData(0, FindingIndexRole, static_cast<int>(i));
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(TitleColumn, f.outcomes.join(u'\n'));
        if (!f.warnings.isEmpty()) { // the notes about this item stand beside it
            item->setIcon(TitleColumn, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(TitleColumn, f.warnings.join(u'\n'));
        }
        (f.kind == ParsedFinding::Kind::Problem ? problems : suggestions) += 1;
        for (qsizetype m = 0; m < f.measures.size(); ++m) {
            QStringList cells{tr("措施%1").arg(m + 1), f.measures[m]};
            if (m < f.measureDetails.size()) { // a ledger sheet's measure: its own status and deadline
                const ParsedMeasure& d = f.measureDetails[m];
                cells << (d.progress.isEmpty() ? QString() : statusText(statusOfWords(d.progress))) << d.deadline;
            }
            auto* measure = new QTreeWidgetItem(item, cells);
            measure->setData(0, KindRole, static_cast<int>(Node::Measure));
            measure->setData(0, FindingIndexRole, static_cast<int>(i));
            measure->setData(0, MeasureIndexRole, static_cast<int>(m));
            measure->setFlags(measure->flags() | Qt::ItemIsEditable);
            QString tip = f.measures[m];
            if (m < f.measureDetails.size()) {
                const ParsedMeasure& d = f.measureDetails[m];
                const QStringList who = QStringList{d.leadUnit, d.coUnits.join(QStringLiteral("、")), d.person};
                tip += u'\n' + tr("牵头：%1　配合：%2　责任人：%3").arg(who[0], who[1], who[2]);
            }
            measure->setToolTip(TitleColumn, tip);
            ++measures;
        }
    }
    m_tree->expandToDepth(0);
    m_summary->setText(
        tr("格式 %1 %2 · 类别 %3 个 · 问题 %4 个 · 意见建议 %5 条 · 整改措施 %6 条 · 提示 %7 条")
            .arg(m_bulletin.format, m_bulletin.encoding)
            .arg(m_bulletin.categories.size())
            .arg(problems)
            .arg(suggestions)
            .arg(measures)
            .arg(m_bulletin.warnings.size()));
}

void ImportPreviewDialog::showSource(QTreeWidgetItem* item) {
    if (!item)
        return;
    const QVariant index = item->data(0, FindingIndexRole);
    if (!index.isValid())
        return;
    const ParsedFinding& f = m_bulletin.findings[index.toInt()];
    if (f.sourceOffset < 0)
        return;
    QTextCursor cursor(m_source->document());
    cursor.setPosition(f.sourceOffset);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection highlight;
    highlight.cursor = cursor;
    highlight.format.setBackground(QColor(0xff, 0xf1, 0x76));
    m_source->setExtraSelections({highlight});
    QTextCursor top(m_source->document());
    top.setPosition(f.sourceOffset);
    m_source->setTextCursor(top);
    m_source->centerCursor();
}

QWidget* ImportPreviewDialog::makeItemEditor() {
    m_itemEditor = new QWidget(this);
    m_kind = new QComboBox(m_itemEditor);
    m_kind->addItem(tr("问题"), static_cast<int>(ParsedFinding::Kind::Problem));
    m_kind->addItem(tr("意见建议"), static_cast<int>(ParsedFinding::Kind::Suggestion));
    m_status = new QComboBox(m_itemEditor);
    for (const auto status : {ParsedFinding::Status::Unknown, ParsedFinding::Status::Completed,
                              ParsedFinding::Status::InProgress, ParsedFinding::Status::Ongoing})
        m_status->addItem(statusText(status), static_cast<int>(status));
    m_deadline = new QLineEdit(m_itemEditor);
    m_outcomes = new QPlainTextEdit(m_itemEditor);
    m_difficulties = new QPlainTextEdit(m_itemEditor);
    m_itemWarnings = new QLabel(m_itemEditor);
    m_kind->setObjectName(QStringLiteral("importKindComboBox"));
    m_status->setObjectName(QStringLiteral("importStatusComboBox"));
    m_deadline->setObjectName(QStringLiteral("importDeadlineLineEdit"));
    m_outcomes->setObjectName(QStringLiteral("importOutcomesTextEdit"));
    m_difficulties->setObjectName(QStringLiteral("importDifficultiesTextEdit"));
    m_itemWarnings->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_itemWarnings->setWordWrap(true);
    m_outcomes->setMaximumHeight(70);
    m_difficulties->setMaximumHeight(44);
    m_deadline->setPlaceholderText(tr("如：立行立改、长期坚持、2025年12月底"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_kind);
    row->addWidget(m_status);
    row->addWidget(m_deadline, 1);
    auto* form = new QFormLayout(m_itemEditor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("所选条目"), row);
    form->addRow(tr("整改成效（每行一条）"), m_outcomes);
    form->addRow(tr("存在的困难"), m_difficulties);
    form->addRow(QString(), m_itemWarnings);
    m_itemEditor->setEnabled(false);

    const auto write = [this] {
        if (m_current < 0 || !m_currentItem)
            return;
        ParsedFinding& f = m_bulletin.findings[m_current];
        f.kind = static_cast<ParsedFinding::Kind>(m_kind->currentData().toInt());
        f.outcomes = m_outcomes->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        f.difficulties = m_difficulties->toPlainText().trimmed();
        m_currentItem->setText(StatusColumn, m_status->currentText());
        m_currentItem->setText(DeadlineColumn, m_deadline->text().trimmed());
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, write);
    connect(m_status, &QComboBox::currentIndexChanged, this, write);
    connect(m_deadline, &QLineEdit::textEdited, this, write);
    connect(m_outcomes, &QPlainTextEdit::textChanged, this, write);
    connect(m_difficulties, &QPlainTextEdit::textChanged, this, write);
    return m_itemEditor;
}

void ImportPreviewDialog::showItem(QTreeWidgetItem* item) {
    m_current = -1; // while the editors are filled, they write nothing
    m_currentItem = nullptr;
    const bool finding = item && static_cast<Node>(item->data(0, KindRole).toInt()) == Node::Finding;
    m_itemEditor->setEnabled(finding);
    if (!finding)
        return;
    const int index = item->data(0, FindingIndexRole).toInt();
    const ParsedFinding& f = m_bulletin.findings[index];
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(f.kind)));
    m_status->setCurrentIndex(std::max(0, m_status->findText(item->text(StatusColumn))));
    m_deadline->setText(item->text(DeadlineColumn));
    m_outcomes->setPlainText(f.outcomes.join(u'\n'));
    m_difficulties->setPlainText(f.difficulties);
    m_itemWarnings->setText(
        f.warnings.isEmpty() ? QString() : QStringLiteral("⚠ ") + f.warnings.join(QStringLiteral("；")));
    m_current = index;
    m_currentItem = item;
}

void ImportPreviewDialog::chooseColumns() {
    ColumnMappingDialog dialog(m_bulletin.sheetHeaders, m_bulletin.sheetFields, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_requestedMap = dialog.mapText();
    done(RereadRequested);
}

ParsedBulletin ImportPreviewDialog::editedBulletin() const {
    ParsedBulletin b = m_bulletin;
    b.title = m_title->text().trimmed();
    b.round = m_round->text().trimmed();
    b.team = m_team->text().trimmed();
    b.inspectedUnit = m_unit->text().trimmed();
    b.type = m_type->text().trimmed();
    b.periodStart = m_start->optionalDate();
    b.periodEnd = m_end->optionalDate();
    b.feedbackDate = m_feedback->optionalDate();
    b.issuingBody = m_issuingBody->text().trimmed();
    b.publishedDate = m_published->optionalDate();
    b.contactText = m_contact->toPlainText().trimmed();
    b.kind = m_kindOfInspection->currentText();
    b.level = m_level->text().trimmed();
    b.organisationText = m_organisation->toPlainText().trimmed();
    b.nextStepsText = m_nextSteps->toPlainText().trimmed();
    int categoryIndex = 0;
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        const QTreeWidgetItem* node = m_tree->topLevelItem(top);
        if (static_cast<Node>(node->data(0, KindRole).toInt()) == Node::Category) {
            b.categories[categoryIndex].number = node->text(NumberColumn).trimmed();
            b.categories[categoryIndex].title = node->text(TitleColumn).trimmed();
            ++categoryIndex;
        }
    }
    QTreeWidgetItemIterator it(m_tree);
    for (; *it; ++it) {
        const QTreeWidgetItem* item = *it;
        const auto kind = static_cast<Node>(item->data(0, KindRole).toInt());
        if (kind == Node::Finding) {
            ParsedFinding& f = b.findings[item->data(0, FindingIndexRole).toInt()];
            f.title = item->text(TitleColumn).trimmed();
            f.status = statusFrom(item->text(StatusColumn).trimmed());
            f.deadline = item->text(DeadlineColumn).trimmed();
        } else if (kind == Node::Measure) {
            ParsedFinding& f = b.findings[item->data(0, FindingIndexRole).toInt()];
            const int m = item->data(0, MeasureIndexRole).toInt();
            f.measures[m] = item->text(TitleColumn).trimmed();
            if (m < f.measureDetails.size())
                f.measureDetails[m].text = f.measures[m];
        }
    }
    for (ParsedFinding& f : b.findings) // a measure emptied in the preview is left out, with its details
        for (qsizetype m = f.measures.size() - 1; m >= 0; --m)
            if (f.measures[m].isEmpty()) {
                f.measures.removeAt(m);
                if (m < f.measureDetails.size())
                    f.measureDetails.removeAt(m);
            }
    return b;
}

bool ImportPreviewDialog::save() {
    const ParsedBulletin edited = editedBulletin();
    std::optional<qint64> replace;
    std::optional<qint64> earlier;
    bool sameFile = false;
    if (!guarded(this, [&] {
            if (const auto found = earlierImport(m_ledger, m_hash, edited.title)) { // or another version of it
                earlier = found->inspection;
                sameFile = found->sameFile;
            }
        }))
        return false;
    if (earlier) {
        QMessageBox ask(QMessageBox::Question, tr("这份文件已经导入过"),
                        (sameFile ? tr("这份文件已导入为巡察“%1”。用这次的结果更新那次导入，还是另存为一个新的巡察？")
                                  : tr("已有同一标题的巡察“%1”（可能是这份通报的另一版本）。用这份文件更新它，还是另存为一个新的巡察？"))
                            .arg(m_ledger.inspections().inspection(*earlier).title),
                        QMessageBox::Cancel, this);
        QPushButton* update = ask.addButton(tr("更新原导入"), QMessageBox::AcceptRole);
        QPushButton* copy = ask.addButton(tr("另存为新巡察"), QMessageBox::ActionRole);
        ask.exec();
        if (ask.clickedButton() == update)
            replace = earlier;
        else if (ask.clickedButton() != copy)
            return false;
    }
    if (replace) { // the office's work on it is kept; removals of worked-on records confirmed one by one
        std::optional<UpdatePlan> plan;
        if (!guarded(this, [&] { plan = planBulletinUpdate(m_ledger, *replace, edited); }))
            return false;
        ImportUpdateDialog confirm(*plan, m_ledger.inspections().inspection(*replace).title, this);
        if (confirm.exec() != QDialog::Accepted)
            return false;
        if (!m_editor.apply(Changes::updateFromBulletin(*plan, edited, m_hash, confirm.confirmedRemovals())))
            return false;
        m_saved = *replace;
        return true;
    }
    m_saved = m_editor.create(Changes::importBulletin(edited, !sameFile ? m_hash : QString()), QStringLiteral("inspections"));
    return m_saved.has_value();
}

} // namespace rectrack::ui
