#include "SignOffPanel.h"

#include "DeadlineEditor.h"
#include "main/Editor.h"
#include "services/Ledger.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rectrack::ui {

SignOffPanel::SignOffPanel(Editor& editor, QWidget* parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_state(new QLabel(this))
    , m_records(new QTreeWidget(this))
    , m_request(new QPushButton(tr("申请销号"), this))
    , m_approve(new QPushButton(tr("审核通过"), this))
    , m_return(new QPushButton(tr("退回…"), this))
    , m_review(new QPushButton(tr("回头看…"), this))
    , m_extend(new QPushButton(tr("申请延期…"), this)) {
    m_state->setObjectName(QStringLiteral("signOffStateLabel"));
    m_records->setObjectName(QStringLiteral("signOffTreeWidget"));
    m_request->setObjectName(QStringLiteral("requestSignOffButton"));
    m_approve->setObjectName(QStringLiteral("approveSignOffButton"));
    m_return->setObjectName(QStringLiteral("returnSignOffButton"));
    m_review->setObjectName(QStringLiteral("followUpButton"));
    m_extend->setObjectName(QStringLiteral("extendDeadlineButton"));
    m_state->setWordWrap(true);
    m_records->setHeaderLabels({tr("时间"), tr("事项"), tr("经办人"), tr("说明")});
    m_records->setRootIsDecorated(false);
    m_records->header()->setSectionResizeMode(3, QHeaderView::Stretch);

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_request, 0, 0);
    buttons->addWidget(m_approve, 0, 1);
    buttons->addWidget(m_return, 0, 2);
    buttons->addWidget(m_review, 1, 0);
    buttons->addWidget(m_extend, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_state);
    layout->addWidget(m_records, 1);
    layout->addLayout(buttons);

    connect(m_request, &QPushButton::clicked, this, [this] { requestSignOff(); });
    connect(m_approve, &QPushButton::clicked, this, [this] { approve(); });
    connect(m_return, &QPushButton::clicked, this, [this] { returnRequest(); });
    connect(m_review, &QPushButton::clicked, this, [this] { followUp(); });
    connect(m_extend, &QPushButton::clicked, this, [this] { extend(); });
    setFinding(std::nullopt);
}

void SignOffPanel::setFinding(std::optional<Id> findingId, OptionalId measureId) {
    m_findingId = findingId;
    m_measureId = measureId;
    reload();
}

void SignOffPanel::reload() {
    m_records->clear();
    setEnabled(m_findingId.has_value());
    if (!m_findingId) {
        m_state->clear();
        return;
    }
    Ledger& ledger = m_editor.ledger();
    const Finding f = ledger.findings().finding(*m_findingId);
    QString state = tr("销号状态：<b>%1</b>").arg(label(f.signOff));
    if (f.reopened)
        state += tr("　<span style='color:#c62828'><b>已重新打开</b>（回头看发现反弹）</span>");
    if (!isClosed(f.status))
        state += tr("<br>整改完成后才能申请销号。");
    m_state->setText(state);

    struct Line {
        QDateTime at;
        QString what, who, comment;
    };
    QList<Line> lines;
    for (const SignOffRecord& r : ledger.activity().signOffs(f.id))
        lines.append({r.at,
                      r.action == SignOffAction::Request   ? tr("申请销号")
                      : r.action == SignOffAction::Approve ? tr("审核通过，已销号")
                                                           : tr("退回"),
                      r.actor, r.comment});
    for (const FollowUpReview& r : ledger.activity().reviews(f.id))
        lines.append({QDateTime(r.reviewDate, QTime(0, 0)),
                      r.result == ReviewResult::Confirmed ? tr("回头看：巩固") : tr("回头看：反弹，重新整改"),
                      r.reviewer, r.comment});
    for (const DeadlineExtension& e : ledger.findings().extensions(f.id))
        lines.append({e.requestedAt,
                      tr("延期%1：%2 → %3")
                          .arg(e.measureId ? tr("（措施）") : QString(), e.oldDeadline.displayText(),
                               e.newDeadline.displayText()),
                      e.requestedBy, e.reason});
    std::sort(lines.begin(), lines.end(), [](const Line& a, const Line& b) { return a.at < b.at; });
    for (const Line& l : lines)
        m_records->addTopLevelItem(new QTreeWidgetItem(
            {l.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), l.what, l.who, l.comment}));

    m_request->setEnabled(ledger.can(Operation::RequestSignOff) && isClosed(f.status) &&
                          f.signOff != SignOffState::Requested && f.signOff != SignOffState::Approved);
    m_approve->setEnabled(ledger.can(Operation::ReviewSignOff) && f.signOff == SignOffState::Requested);
    m_return->setEnabled(m_approve->isEnabled());
    m_review->setEnabled(ledger.can(Operation::FollowUpReview) && isClosed(f.status));
    m_extend->setEnabled(ledger.can(Operation::EditLedger) && !isClosed(f.status));
}

bool SignOffPanel::askText(const QString& title, const QString& prompt, QString& text) {
    bool ok = false;
    text = QInputDialog::getMultiLineText(this, title, prompt, QString(), &ok).trimmed();
    return ok;
}

void SignOffPanel::requestSignOff() {
    const Id id = *m_findingId;
    const int evidence = static_cast<int>(m_editor.ledger().activity().evidence(id).size());
    if (evidence == 0) { // core refuses it too; say what to do instead
        QMessageBox::information(this, tr("申请对账销号"), tr("请先在“佐证材料”中上传整改佐证，再申请销号。"));
        return;
    }
    QString comment;
    if (!askText(tr("申请对账销号"), tr("已附佐证材料 %1 份。申请说明：").arg(evidence), comment))
        return;
    m_editor.apply(Changes::signOff(id, SignOffAction::Request, comment));
}

void SignOffPanel::approve() {
    const Id id = *m_findingId;
    m_editor.apply(Changes::signOff(id, SignOffAction::Approve, tr("经核查，同意销号")));
}

void SignOffPanel::returnRequest() {
    const Id id = *m_findingId;
    QString reason;
    if (!askText(tr("退回销号申请"), tr("退回理由（必填）："), reason))
        return;
    m_editor.apply(Changes::signOff(id, SignOffAction::Return, reason));
}

void SignOffPanel::followUp() {
    const Id id = *m_findingId;
    QStringList results{tr("巩固：整改成果保持"), tr("反弹：重新整改")};
    bool ok = false;
    const QString result = QInputDialog::getItem(this, tr("回头看"), tr("回头看结论："), results, 0, false, &ok);
    if (!ok)
        return;
    const bool rebounded = result == results[1];
    QString comment;
    if (!askText(tr("回头看"), rebounded ? tr("反弹情况（必填）：") : tr("说明："), comment))
        return;
    m_editor.apply(Changes::followUp(id, rebounded ? ReviewResult::Rebounded : ReviewResult::Confirmed, comment));
}

void SignOffPanel::extend() {
    const Id id = *m_findingId;
    Ledger& ledger = m_editor.ledger();
    const Deadline current =
        m_measureId ? ledger.findings().measure(*m_measureId).deadline : ledger.findings().finding(id).deadline;
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("extensionDialog"));
    dialog.setWindowTitle(m_measureId ? tr("整改措施申请延期") : tr("问题申请延期"));
    auto* deadline = new DeadlineEditor(QStringLiteral("extension"), &dialog);
    deadline->setDeadline(current);
    auto* reason = new QPlainTextEdit(&dialog);
    reason->setObjectName(QStringLiteral("extensionReasonPlainTextEdit"));
    reason->setMaximumHeight(90);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("原整改时限"), new QLabel(current.displayText(), &dialog));
    form->addRow(tr("新整改时限"), deadline);
    form->addRow(tr("延期理由"), reason);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_editor.apply(Changes::extendDeadline(id, m_measureId, deadline->deadline(), reason->toPlainText()));
}

} // namespace rectrack::ui
