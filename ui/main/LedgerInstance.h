#pragma once
// One window per ledger on this desk. The first program to open a ledger listens on a local
// socket named after it (its file's canonical path, or the server, database and account); a
// second program asked to open the same ledger hands it over instead (the first brings its
// window forward) and quits. A socket left behind by a program that was killed is taken over.

#include <QObject>
#include <QString>

class QLocalServer;

namespace rectrack::ui {

class LedgerInstance : public QObject {
    Q_OBJECT
public:
    explicit LedgerInstance(const QString& location, QObject* parent = nullptr);
    ~LedgerInstance() override;

    // Whether another program has this ledger open; if so it has been asked to come forward.
    bool handOver() const;
    // Listens for programs handing the ledger over; false when it cannot (said on stderr).
    bool listen();
    // The socket's name: per user and per ledger.
    static QString socketName(const QString& location);

signals:
    void raiseRequested();

private:
    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace rectrack::ui
