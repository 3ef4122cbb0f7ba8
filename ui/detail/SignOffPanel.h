#pragma once
// 对账销号 and what follows: the finding's sign-off state, the requests, approvals and
// returns, the follow-up reviews (回头看), the deadline extensions, and the buttons for
// each step that the signed-in role may take.

#include "domain/Entities.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace rectrack::ui {

class Editor;

class SignOffPanel : public QWidget {
    Q_OBJECT
public:
    SignOffPanel(Editor& editor, QWidget* parent = nullptr);
    void setFinding(std::optional<Id> findingId, OptionalId measureId = std::nullopt);

    // The steps, also reachable from tests (they ask for a reason where one is needed).
    void requestSignOff();
    void approve();
    void returnRequest();
    void followUp();
    void extend();

private:
    void reload();
    bool askText(const QString& title, const QString& prompt, QString& text);

    Editor& m_editor;
    std::optional<Id> m_findingId;
    OptionalId m_measureId;
    QLabel* m_state;
    QTreeWidget* m_records;
    QPushButton* m_request;
    QPushButton* m_approve;
    QPushButton* m_return;
    QPushButton* m_review;
    QPushButton* m_extend;
};

} // namespace rectrack::ui
