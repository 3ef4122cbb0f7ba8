#include "InspectionForm.h"

#include "StatedResultsEditor.h"

#include "common/Choosers.h"
#include "common/OptionalDateEdit.h"
#include "domain/ChineseNumerals.h"
#include "main/Editor.h"
#include "services/Ledger.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rectrack::ui {

namespace {
QPlainTextEdit* textArea(QWidget* parent, const QString& name, int height) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height * 2);
    edit->setTabChangesFocus(true);
    return edit;
}
} // namespace

InspectionForm::InspectionForm(Editor& editor, QWidget* parent)
    : RecordForm(parent)
    , m_editor(editor)
    , m_title(new QLineEdit(this))
    , m_round(new QComboBox(this))
    , m_team(new QLineEdit(this))
    , m_unit(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_onsiteStart(new OptionalDateEdit(this))
    , m_onsiteEnd(new OptionalDateEdit(this))
    , m_feedback(new OptionalDateEdit(this))
    , m_rectificationEnd(new OptionalDateEdit(this))
    , m_issuingBody(new QLineEdit(this))
    , m_published(new OptionalDateEdit(this))
    , m_organisation(textArea(this, QStringLiteral("inspectionOrganisationTextEdit"), 70))
    , m_nextSteps(textArea(this, QStringLiteral("inspectionNextStepsTextEdit"), 60))
    , m_contact(textArea(this, QStringLiteral("inspectionContactTextEdit"), 50))
    , m_categories(new QListWidget(this))
    , m_stated(new StatedResultsEditor(this)) {
    m_title->setObjectName(QStringLiteral("inspectionTitleLineEdit"));
    m_round->setObjectName(QStringLiteral("inspectionRoundComboBox"));
    m_team->setObjectName(QStringLiteral("inspectionTeamLineEdit"));
    m_unit->setObjectName(QStringLiteral("inspectionUnitComboBox"));
    m_type->setObjectName(QStringLiteral("inspectionTypeComboBox"));
    m_onsiteStart->setObjectName(QStringLiteral("inspectionOnsiteStartDateEdit"));
    m_onsiteEnd->setObjectName(QStringLiteral("inspectionOnsiteEndDateEdit"));
    m_feedback->setObjectName(QStringLiteral("inspectionFeedbackDateEdit"));
    m_rectificationEnd->setObjectName(QStringLiteral("inspectionRectificationEndDateEdit"));
    m_issuingBody->setObjectName(QStringLiteral("inspectionIssuingBodyLineEdit"));
    m_published->setObjectName(QStringLiteral("inspectionPublishedDateEdit"));
    m_categories->setObjectName(QStringLiteral("inspectionCategoriesListWidget"));
    m_title->setPlaceholderText(tr("如：市委第七巡察组对××党工委巡察整改"));
    m_team->setPlaceholderText(tr("如：第七巡察组"));
    fillEnum<InspectionType>(m_type);
    m_categories->setMaximumHeight(170);

    auto* period = new QWidget(this);
    auto* periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_onsiteStart);
    periodLayout->addWidget(new QLabel(tr("至"), period));
    periodLayout->addWidget(m_onsiteEnd);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("标题"), m_title);
    form->addRow(tr("所属轮次"), m_round);
    form->addRow(tr("巡察组"), m_team);
    form->addRow(tr("被巡察单位"), m_unit);
    form->addRow(tr("巡察类型"), m_type);
    form->addRow(tr("进驻时间"), period);
    form->addRow(tr("反馈日期"), m_feedback);
    form->addRow(tr("集中整改截止"), m_rectificationEnd);
    form->addRow(tr("发文机关"), m_issuingBody);
    form->addRow(tr("通报日期"), m_published);
    form->addRow(tr("整改组织落实情况"), m_organisation);
    form->addRow(tr("下一步工作"), m_nextSteps);
    form->addRow(tr("联系方式"), m_contact);

    auto* categoriesBox = new QGroupBox(tr("问题类别（方面）"), this);
    auto* categoriesLayout = new QHBoxLayout(categoriesBox);
    categoriesLayout->addWidget(m_categories, 1);
    auto* buttons = new QVBoxLayout;
    const auto button = [&](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, categoriesBox);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    button(tr("添加…"), QStringLiteral("addCategoryButton"), [this] { addCategory(); });
    button(tr("重命名…"), QStringLiteral("renameCategoryButton"), [this] { renameCategory(); });
    button(tr("删除"), QStringLiteral("removeCategoryButton"), [this] { removeCategory(); });
    button(tr("上移"), QStringLiteral("moveCategoryUpButton"), [this] { moveCategory(-1); });
    button(tr("下移"), QStringLiteral("moveCategoryDownButton"), [this] { moveCategory(1); });
    buttons->addStretch();
    categoriesLayout->addLayout(buttons);
    connect(m_categories, &QListWidget::itemDoubleClicked, this, [this] { renameCategory(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<h3>巡察</h3>"), this));
    layout->addLayout(form);
    // saved with the fields above, by the same 保存
    auto* statedBox = new QGroupBox(tr("通报所称的总数和成效"), this);
    auto* statedLayout = new QVBoxLayout(statedBox);
    statedLayout->addWidget(m_stated);
    m_stated->setMinimumHeight(160);
    layout->addWidget(statedBox);
    layout->addWidget(makeButtonRow(QStringLiteral("inspection")));
    layout->addWidget(categoriesBox);
    layout->addStretch();

    watch(m_title);
    watch(m_round);
    watch(m_team);
    watch(m_unit);
    watch(m_type);
    for (QDateEdit* d : {static_cast<QDateEdit*>(m_onsiteStart), static_cast<QDateEdit*>(m_onsiteEnd),
                         static_cast<QDateEdit*>(m_feedback), static_cast<QDateEdit*>(m_rectificationEnd),
                         static_cast<QDateEdit*>(m_published)})
        watch(d);
    watch(m_issuingBody);
    watch(m_organisation);
    watch(m_nextSteps);
    watch(m_contact);
    connect(m_stated, &StatedResultsEditor::edited, this, [this] { markDirty(); });
}

void InspectionForm::load(Id inspectionId) {
    m_inspection.id = inspectionId;
    reload();
}

void InspectionForm::focusFirstField() {
    m_title->setFocus();
    m_title->selectAll();
}

void InspectionForm::reload() {
    beginLoading();
    Ledger& ledger = m_editor.ledger();
    m_inspection = ledger.inspections().inspection(m_inspection.id);
    fillRounds(m_round, ledger);
    fillUnits(m_unit, ledger, tr("（未选择）"));
    m_title->setText(m_inspection.title);
    selectId(m_round, m_inspection.roundId);
    m_team->setText(m_inspection.team);
    selectId(m_unit, m_inspection.inspectedUnitId);
    selectEnum(m_type, m_inspection.type);
    m_onsiteStart->setOptionalDate(m_inspection.onsiteStart);
    m_onsiteEnd->setOptionalDate(m_inspection.onsiteEnd);
    m_feedback->setOptionalDate(m_inspection.feedbackDate);
    m_rectificationEnd->setOptionalDate(m_inspection.rectificationEnd);
    m_issuingBody->setText(m_inspection.issuingBody);
    m_published->setOptionalDate(m_inspection.publishedDate);
    m_organisation->setPlainText(m_inspection.organisationText);
    m_nextSteps->setPlainText(m_inspection.nextStepsText);
    m_contact->setPlainText(m_inspection.contactText);
    m_stated->setResults(m_inspection.stated);
    reloadCategories();
    loaded();
}

bool InspectionForm::apply() {
    Inspection i = m_inspection;
    i.title = m_title->text();
    i.roundId = selectedId(m_round).value_or(i.roundId);
    i.team = m_team->text().trimmed();
    i.inspectedUnitId = selectedId(m_unit);
    i.type = enumValue<InspectionType>(m_type);
    i.onsiteStart = m_onsiteStart->optionalDate();
    i.onsiteEnd = m_onsiteEnd->optionalDate();
    i.feedbackDate = m_feedback->optionalDate();
    i.rectificationEnd = m_rectificationEnd->optionalDate();
    i.issuingBody = m_issuingBody->text().trimmed();
    i.publishedDate = m_published->optionalDate();
    i.organisationText = m_organisation->toPlainText();
    i.nextStepsText = m_nextSteps->toPlainText();
    i.contactText = m_contact->toPlainText();
    i.stated = m_stated->results();
    return m_editor.updateInspection(i);
}

void InspectionForm::reloadCategories() {
    const std::optional<Id> keep = selectedCategory();
    m_categories->clear();
    for (const Category& c : m_editor.ledger().inspections().categories(m_inspection.id)) {
        auto* item = new QListWidgetItem(c.number + c.title, m_categories);
        item->setData(Qt::UserRole, c.id);
        if (keep && *keep == c.id)
            m_categories->setCurrentItem(item);
    }
}

std::optional<Id> InspectionForm::selectedCategory() const {
    const QListWidgetItem* item = m_categories->currentItem();
    return item ? std::optional<Id>(item->data(Qt::UserRole).toLongLong()) : std::nullopt;
}

void InspectionForm::addCategory() {
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("添加问题类别"), tr("类别名称："), QLineEdit::Normal, QString(), &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    const int next = m_categories->count() + 1;
    const Category category{0, m_inspection.id, QStringLiteral("（%1）").arg(chineseNumeral(next)), title, 0};
    if (m_editor.apply(Changes::addCategory(category)))
        reloadCategories();
}

void InspectionForm::renameCategory() {
    const auto id = selectedCategory();
    if (!id)
        return;
    Category category = m_editor.ledger().inspections().category(*id);
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("重命名问题类别"), tr("类别名称："),
                                                QLineEdit::Normal, category.title, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    category.title = title;
    if (m_editor.apply(Changes::editCategory(category)))
        reloadCategories();
}

void InspectionForm::removeCategory() {
    const auto id = selectedCategory();
    if (!id)
        return;
    if (QMessageBox::question(this, tr("删除问题类别"),
                              tr("删除类别“%1”？其下的问题会保留，但不再属于任何类别。")
                                  .arg(m_categories->currentItem()->text())) != QMessageBox::Yes)
        return;
    if (m_editor.apply(Changes::removeCategory(*id)))
        reloadCategories();
}

void InspectionForm::moveCategory(int delta) {
    const auto id = selectedCategory();
    if (!id)
        return;
    if (m_editor.apply(Changes::moveCategory(*id, delta)))
        reloadCategories();
}

} // namespace rectrack::ui
