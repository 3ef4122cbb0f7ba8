#include "DeadlineEditor.h"

#include "common/Choosers.h"
#include "common/OptionalDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace rectrack::ui {

DeadlineEditor::DeadlineEditor(const QString& objectPrefix, QWidget* parent)
    : QWidget(parent)
    , m_kind(new QComboBox(this))
    , m_date(new OptionalDateEdit(this)) {
    m_kind->setObjectName(objectPrefix + QStringLiteral("DeadlineKindComboBox"));
    m_date->setObjectName(objectPrefix + QStringLiteral("DeadlineDateEdit"));
    fillEnum<DeadlineKind>(m_kind);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind, 1);
    layout->addWidget(m_date, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateDateEnabled();
        emit changed();
    });
    connect(m_date, &QDateEdit::dateChanged, this, &DeadlineEditor::changed);
    updateDateEnabled();
}

void DeadlineEditor::setDeadline(const Deadline& deadline) {
    selectEnum(m_kind, deadline.kind);
    m_date->setOptionalDate(deadline.date);
    updateDateEnabled();
}

Deadline DeadlineEditor::deadline() const {
    const auto kind = enumValue<DeadlineKind>(m_kind);
    const bool dated = kind == DeadlineKind::Date || kind == DeadlineKind::Immediate;
    return Deadline{kind, dated ? m_date->optionalDate() : QDate()};
}

void DeadlineEditor::updateDateEnabled() {
    const auto kind = enumValue<DeadlineKind>(m_kind);
    m_date->setEnabled(kind == DeadlineKind::Date || kind == DeadlineKind::Immediate);
}

} // namespace rectrack::ui
