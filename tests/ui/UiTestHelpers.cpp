#include "UiTestHelpers.h"

#include "ledger/LedgerPanel.h"
#include "main/MainWindow.h"
#include "services/Ledger.h"

#include <QLineEdit>
#include <catch2/catch.hpp>

#include <QTest>
#include <QWidget>

namespace rectrack::test {

void typeText(QWidget* widget, const QString& text) {
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

void clearField(QWidget* widget) {
    QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(widget, Qt::Key_Delete);
}

} // namespace rectrack::test

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace rectrack::test {

ModalWatcher::ModalWatcher(bool acceptQuestions)
    : m_accept(acceptQuestions) {
    connect(&m_timer, &QTimer::timeout, this, &ModalWatcher::poll);
    m_timer.start(20);
}

void ModalWatcher::poll() {
    QWidget* modal = QApplication::activeModalWidget();
    if (!modal)
        return;
    if (auto* box = qobject_cast<QMessageBox*>(modal)) {
        m_seen << box->text();
        QAbstractButton* yes = box->button(QMessageBox::Yes);
        if (m_accept && yes)
            yes->click();
        else
            box->reject();
        return;
    }
    m_seen << modal->windowTitle();
    modal->close();
}

} // namespace rectrack::test

namespace rectrack::test {

DialogAnswer::DialogAnswer(std::function<void(QWidget*)> answer)
    : m_answer(std::move(answer)) {
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QWidget* modal = QApplication::activeModalWidget();
        if (!modal || m_answered)
            return;
        m_answered = true;
        m_timer.stop();
        m_answer(modal);
    });
    m_timer.start(10);
}

void checkColleagueEditsShown(Ledger& ledger, std::shared_ptr<const Clock> clock, Id inspection, Id finding) {
    ui::MainWindow window(ledger);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.selectInspection(inspection);
    window.ledgerPanel()->selectFinding(finding);
    auto* title = window.findChild<QLineEdit*>(QStringLiteral("findingTitleLineEdit"));
    REQUIRE(title != nullptr);
    REQUIRE(title->text() != QStringLiteral("同事改的标题"));

    // a colleague's program, on its own connection, through the program's own path
    auto colleague = Ledger::open(ledger.database().path(), std::move(clock), QStringLiteral("同事"),
                                  Database::OpenMode::Existing);
    Finding changed = colleague->findings().finding(finding);
    changed.title = QStringLiteral("同事改的标题");
    colleague->findings().updateFinding(changed);
    CHECK(QTest::qWaitFor([&] { return title->text() == QStringLiteral("同事改的标题"); }, 8000));

    // typing in progress is never replaced by a colleague's change
    clearField(title);
    typeText(title, QStringLiteral("我正在写"));
    changed = colleague->findings().finding(finding);
    changed.title = QStringLiteral("同事又改了");
    colleague->findings().updateFinding(changed);
    QTest::qWait(3000);
    CHECK(title->text() == QStringLiteral("我正在写"));
}

} // namespace rectrack::test
