#pragma once
// Core reports failures as exceptions of this one type; the UI and CLI turn them into
// messages. It never shows anything itself.

#include <QByteArray>
#include <QList>
#include <QString>
#include <exception>

namespace rectrack {

class Error : public std::exception {
public:
    enum class Kind {
        Storage,      // the database failed (I/O, constraint, SQL)
        NotFound,     // no such record
        Invalid,      // the input breaks a rule
        Conflict,     // someone else changed the record since it was read
        NewerVersion, // the file was written by a newer Rectrack
        NotRectrack,  // the file is not a Rectrack database
        Forbidden,    // the acting account's role does not allow this
        SignIn,       // wrong user name or password
        DiskFull,     // the disk (or the file's quota) is full: the write was rolled back
        ReadOnly,     // the file or its folder cannot be written
        Busy,         // another program held the database longer than the busy timeout
        Corrupt,      // the file is damaged: restore it from a backup
    };

    // For a Conflict: a field whose stored value (someone else's) differs from the one being saved.
    struct Difference {
        QString field; // the column
        QString theirs;
        QString yours;
    };

    Error(Kind kind, QString message, QList<Difference> differences = {})
        : m_kind(kind)
        , m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
        , m_differences(std::move(differences)) {}

    Kind kind() const { return m_kind; }
    const QList<Difference>& differences() const { return m_differences; }
    const QString& message() const { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
    QList<Difference> m_differences;
};

} // namespace rectrack
