#include "UiTestHelpers.h"

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

} // namespace rectrack::test
