#include "DeadlineSettingsDialog.h"

#include "main/Editor.h"
#include "services/Ledger.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace rectrack::ui {

DeadlineSettingsDialog::DeadlineSettingsDialog(Editor& editor, QWidget* parent)
    : QDialog(parent)
    , m_editor(editor)
    , m_days(new QSpinBox(this))
    , m_workingDays(new QCheckBox(tr("按工作日计算（跳过周末和节假日，计入调休上班日）"), this))
    , m_calendar(new QLabel(this)) {
    setObjectName(QStringLiteral("deadlineSettingsDialog"));
    setWindowTitle(tr("时限提醒设置"));
    m_days->setObjectName(QStringLiteral("dueSoonDaysSpinBox"));
    m_workingDays->setObjectName(QStringLiteral("workingDaysCheckBox"));
    m_days->setRange(1, 365);
    const DeadlinePolicy policy = editor.ledger().policy();
    m_days->setValue(policy.dueSoonDays);
    m_workingDays->setChecked(policy.workingDays);
    auto* import = new QPushButton(tr("导入节假日文件…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout(this);
    form->addRow(tr("提前提醒天数"), m_days);
    form->addRow(QString(), m_workingDays);
    form->addRow(tr("节假日日历"), m_calendar);
    form->addRow(QString(), import);
    form->addRow(new QLabel(tr("日历文件每行一个日期：“2025-10-01 休”为放假，“2025-09-28 班”为调休上班；# 开头为注释。"),
                            this));
    form->addRow(buttons);
    connect(import, &QPushButton::clicked, this, [this] { importCalendar(); });
    connect(buttons, &QDialogButtonBox::accepted, this, &DeadlineSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const bool allowed = editor.ledger().can(Operation::ChangeSettings);
    for (QWidget* w : std::initializer_list<QWidget*>{m_days, m_workingDays, import})
        w->setEnabled(allowed);
    showCalendar();
}

void DeadlineSettingsDialog::showCalendar() {
    const WorkCalendar calendar = WorkCalendar::parse(m_editor.ledger().settings().calendarText());
    m_calendar->setText(calendar.holidayCount() + calendar.workdayCount() == 0
                            ? tr("未导入（只跳过周末）")
                            : tr("放假 %1 天，调休上班 %2 天").arg(calendar.holidayCount()).arg(calendar.workdayCount()));
}

void DeadlineSettingsDialog::importCalendar() {
    const QString path = QFileDialog::getOpenFileName(this, tr("选择节假日文件"), {}, tr("文本文件 (*.txt *.csv);;所有文件 (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QString text = QString::fromUtf8(file.readAll());
    m_editor.apply(Changes::changeCalendar(text));
    showCalendar();
}

void DeadlineSettingsDialog::accept() {
    if (!m_editor.ledger().can(Operation::ChangeSettings)) {
        QDialog::reject();
        return;
    }
    if (m_editor.apply(Changes::changePolicy(m_days->value(), m_workingDays->isChecked())))
        QDialog::accept();
}

} // namespace rectrack::ui
