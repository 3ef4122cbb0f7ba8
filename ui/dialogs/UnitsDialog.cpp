#include "UnitsDialog.h"

#include "common/Choosers.h"
#include "main/Editor.h"
#include "services/Ledger.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

namespace {
std::optional<Id> selected(const QTreeWidget* tree) {
    const QTreeWidgetItem* item = tree->currentItem();
    return item ? std::optional<Id>(item->data(0, Qt::UserRole).toLongLong()) : std::nullopt;
}
} // namespace

UnitsDialog::UnitsDialog(Editor& editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_units(new QTreeWidget(this))
    , m_persons(new QTreeWidget(this)) {
    setWindowTitle(tr("单位与人员"));
    setObjectName(QStringLiteral("unitsDialog"));
    resize(900, 520);
    m_units->setObjectName(QStringLiteral("unitsTreeWidget"));
    m_persons->setObjectName(QStringLiteral("personsTreeWidget"));
    m_units->setHeaderLabels({tr("单位")});
    m_persons->setHeaderLabels({tr("姓名"), tr("职务"), tr("所在单位"), tr("电话")});
    m_persons->setRootIsDecorated(false);
    m_persons->header()->setSectionResizeMode(QHeaderView::Stretch);

    const auto buttonRow = [this](QWidget* box,
                                  const QList<std::tuple<QString, QString, std::function<void()>>>& specs) {
        auto* row = new QHBoxLayout;
        for (const auto& [text, name, slot] : specs) {
            auto* b = new QPushButton(text, box);
            b->setObjectName(name);
            connect(b, &QPushButton::clicked, this, slot);
            row->addWidget(b);
        }
        row->addStretch();
        return row;
    };

    auto* unitsBox = new QGroupBox(tr("责任单位"), this);
    auto* unitsLayout = new QVBoxLayout(unitsBox);
    unitsLayout->addWidget(m_units);
    unitsLayout->addLayout(buttonRow(
        unitsBox, {{tr("添加单位…"), QStringLiteral("addUnitButton"), [this] { addUnit(false); }},
                   {tr("添加下级…"), QStringLiteral("addChildUnitButton"), [this] { addUnit(true); }},
                   {tr("重命名…"), QStringLiteral("renameUnitButton"), [this] { renameUnit(); }},
                   {tr("删除"), QStringLiteral("removeUnitButton"), [this] { removeUnit(); }}}));
    auto* personsBox = new QGroupBox(tr("人员"), this);
    auto* personsLayout = new QVBoxLayout(personsBox);
    personsLayout->addWidget(m_persons);
    personsLayout->addLayout(buttonRow(
        personsBox, {{tr("添加人员…"), QStringLiteral("addPersonButton"), [this] { addPerson(); }},
                     {tr("编辑…"), QStringLiteral("editPersonButton"), [this] { editPerson(); }},
                     {tr("删除"), QStringLiteral("removePersonButton"), [this] { removePerson(); }}}));
    connect(m_units, &QTreeWidget::itemDoubleClicked, this, [this] { renameUnit(); });
    connect(m_persons, &QTreeWidget::itemDoubleClicked, this, [this] { editPerson(); });

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* columns = new QHBoxLayout;
    columns->addWidget(unitsBox, 1);
    columns->addWidget(personsBox, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(close);
    reload();
}

void UnitsDialog::reload() {
    Ledger& ledger = m_editor.ledger();
    m_units->clear();
    QMap<Id, QTreeWidgetItem*> items;
    QMap<Id, QString> names;
    for (const Unit& u : ledger.units().units()) {
        QTreeWidgetItem* parent = u.parentId ? items.value(*u.parentId) : nullptr;
        auto* item = parent ? new QTreeWidgetItem(parent, {u.name}) : new QTreeWidgetItem(m_units, {u.name});
        item->setData(0, Qt::UserRole, u.id);
        items[u.id] = item;
        names[u.id] = u.name;
    }
    m_units->expandAll();
    m_persons->clear();
    for (const Person& p : ledger.units().persons()) {
        auto* item = new QTreeWidgetItem(
            m_persons, {p.name, p.title, p.unitId ? names.value(*p.unitId) : QString(), p.phone});
        item->setData(0, Qt::UserRole, p.id);
    }
}

void UnitsDialog::addUnit(bool asChild) {
    const auto parent = asChild ? selected(m_units) : std::nullopt;
    if (asChild && !parent)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("添加单位"), tr("单位名称："), QLineEdit::Normal, QString(), &ok);
    if (ok && m_editor.apply(Changes::addUnit(Unit{0, parent, name, 0})))
        reload();
}

void UnitsDialog::renameUnit() {
    const auto id = selected(m_units);
    if (!id)
        return;
    Unit unit = m_editor.ledger().units().unit(*id);
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("重命名单位"), tr("单位名称："), QLineEdit::Normal, unit.name, &ok);
    if (!ok)
        return;
    unit.name = name;
    if (m_editor.apply(Changes::editUnit(unit)))
        reload();
}

void UnitsDialog::removeUnit() {
    const auto id = selected(m_units);
    if (!id)
        return;
    if (QMessageBox::question(
            this, tr("删除单位"),
            tr("删除“%1”？引用它的问题和措施会变为未指定单位。").arg(m_units->currentItem()->text(0))) !=
        QMessageBox::Yes)
        return;
    if (m_editor.apply(Changes::removeUnit(*id)))
        reload();
}

bool UnitsDialog::editPersonFields(Person& person) {
    QDialog dialog(this);
    dialog.setWindowTitle(person.id ? tr("编辑人员") : tr("添加人员"));
    auto* name = new QLineEdit(person.name, &dialog);
    auto* title = new QLineEdit(person.title, &dialog);
    auto* unit = new QComboBox(&dialog);
    auto* phone = new QLineEdit(person.phone, &dialog);
    name->setObjectName(QStringLiteral("personNameLineEdit"));
    fillUnits(unit, m_editor.ledger(), tr("（未指定）"));
    selectId(unit, person.unitId);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("姓名"), name);
    form->addRow(tr("职务"), title);
    form->addRow(tr("所在单位"), unit);
    form->addRow(tr("电话"), phone);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    person.name = name->text();
    person.title = title->text().trimmed();
    person.unitId = selectedId(unit);
    person.phone = phone->text().trimmed();
    return true;
}

void UnitsDialog::addPerson() {
    Person person;
    person.unitId = selected(m_units);
    if (editPersonFields(person) && m_editor.apply(Changes::addPerson(person)))
        reload();
}

void UnitsDialog::editPerson() {
    const auto id = selected(m_persons);
    if (!id)
        return;
    Person person = m_editor.ledger().units().person(*id);
    if (editPersonFields(person) && m_editor.apply(Changes::editPerson(person)))
        reload();
}

void UnitsDialog::removePerson() {
    const auto id = selected(m_persons);
    if (!id)
        return;
    if (QMessageBox::question(this, tr("删除人员"),
                              tr("删除“%1”？").arg(m_persons->currentItem()->text(0))) != QMessageBox::Yes)
        return;
    if (m_editor.apply(Changes::removePerson(*id)))
        reload();
}

} // namespace rectrack::ui
