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
