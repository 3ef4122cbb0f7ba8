#pragma once

#include "domain/Entities.h"

#include <QString>

class QWidget;

#include <memory>

namespace rectrack {
class Clock;
class Ledger;
}

namespace rectrack::test {

// Types text into a widget one character at a time (QTest::keyClicks aborts on Chinese).
void typeText(QWidget* widget, const QString& text);
// Clears a line or text edit the way a user would: select all, then delete.
void clearField(QWidget* widget);

// A colleague's program, on its own connection to the ledger the window has open (a file, a
// server), twice changes the title of `finding` in `inspection`: the first change is shown
// without 刷新, the second never replaces what the user is typing meanwhile.
void checkColleagueEditsShown(Ledger& ledger, std::shared_ptr<const Clock> clock, Id inspection, Id finding);

} // namespace rectrack::test

#include <QObject>
#include <QApplication>
#include <QStringList>
#include <QTimer>

namespace rectrack::test {

// Closes any modal dialog that opens while it lives (answering "Yes" to questions when told
// to) and remembers what it said, so a widget test never hangs on a message box and can
// assert that none appeared.
class ModalWatcher : public QObject {
public:
    explicit ModalWatcher(bool acceptQuestions = false);
    const QStringList& seen() const { return m_seen; }

private:
    void poll();
    bool m_accept;
    QStringList m_seen;
    QTimer m_timer;
};

} // namespace rectrack::test

#include <functional>

namespace rectrack::test {

// Answers the next modal dialog that opens: `answer` gets it (fill it in, then accept or
// reject it). Keep the object alive around the call that opens the dialog.
class DialogAnswer : public QObject {
public:
    explicit DialogAnswer(std::function<void(QWidget*)> answer);
    bool answered() const { return m_answered; }

private:
    std::function<void(QWidget*)> m_answer;
    bool m_answered = false;
    QTimer m_timer;
};

} // namespace rectrack::test
