#include "BulkEditDialog.h"

#include "common/Choosers.h"
#include "detail/DeadlineEditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace rectrack::ui {

BulkEditDialog::BulkEditDialog(Ledger& ledger, What what, ItemKind kind, int count, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("bulkEditDialog"));
    const QString items = kind == ItemKind::Finding ? tr("%1 个问题").arg(count) : tr("%1 条整改措施").arg(count);
    auto* form = new QFormLayout(this);
    switch (what) {
    case What::Status:
        setWindowTitle(tr("批量修改状态"));
        m_status = new QComboBox(this);
        m_status->setObjectName(QStringLiteral("bulkStatusComboBox"));
        fillEnum<Status>(m_status);
        form->addRow(new QLabel(tr("把选中的 %1 改为：").arg(items), this));
        form->addRow(tr("整改状态"), m_status);
        if (kind == ItemKind::Finding)
            form->addRow(new QLabel(tr("有整改措施的问题只能整体改为“已完成”或“长期坚持”（同时办结其未完成的措施）。"), this));
        break;
    case What::Reassign:
        setWindowTitle(tr("批量改派责任"));
        m_unit = new QComboBox(this);
        m_unit->setObjectName(QStringLiteral("bulkUnitComboBox"));
        m_person = new QComboBox(this);
        m_person->setObjectName(QStringLiteral("bulkPersonComboBox"));
        fillUnits(m_unit, ledger, tr("（不变）"));
        fillPersons(m_person, ledger, tr("（不变）"));
        form->addRow(new QLabel(tr("把选中的 %1 改派给：").arg(items), this));
        form->addRow(kind == ItemKind::Finding ? tr("牵头单位") : tr("责任单位"), m_unit);
        form->addRow(kind == ItemKind::Finding ? tr("责任领导") : tr("责任人"), m_person);
        break;
    case What::Deadline:
        setWindowTitle(tr("批量调整整改时限"));
        m_deadline = new DeadlineEditor(QStringLiteral("bulk"), this);
        m_reason = new QPlainTextEdit(this);
        m_reason->setObjectName(QStringLiteral("bulkReasonPlainTextEdit"));
        m_reason->setPlaceholderText(tr("延期理由（填写后每一项都记为一次延期申请）"));
        m_reason->setMaximumHeight(80);
        form->addRow(new QLabel(tr("选中的 %1 的新整改时限：").arg(items), this));
        form->addRow(tr("整改时限"), m_deadline);
        form->addRow(tr("理由"), m_reason);
        break;
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Status BulkEditDialog::status() const {
    return enumValue<Status>(m_status);
}

std::optional<Id> BulkEditDialog::unitId() const {
    return selectedId(m_unit);
}

std::optional<Id> BulkEditDialog::personId() const {
    return selectedId(m_person);
}

Deadline BulkEditDialog::deadline() const {
    return m_deadline->deadline();
}

QString BulkEditDialog::reason() const {
    return m_reason->toPlainText().trimmed();
}

} // namespace rectrack::ui
