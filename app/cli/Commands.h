#pragma once
// The subcommands of rectrack-cli. Each takes the parsed arguments and writes to the
// streams it is given; failures are thrown as rectrack::Error or UsageError.

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace rectrack {
class Ledger;
}

namespace rectrack::cli {

struct UsageError {
    QString message;
};

struct Invocation {
    QStringList args; // positional arguments after the subcommand
    bool json = false;
    QString date;        // --date
    QString author;      // --author
    QString measure;     // --measure
    QString round;       // --round
    QString findings;    // --findings (generate)
    QString seed;        // --seed (generate)
    bool dryRun = false; // --dry-run (import)
    bool update = false; // --update (import)
    QString role;        // --role (user add)
    bool workingDays = false; // --working-days (settings due-soon)
    QString format;      // --format (export)
    QString output;      // -o, --output (export)
    QString inspection;  // --inspection (export)
    QString status;      // --status (export)
    QString state;       // --state (export)
    QString search;      // --search (export)
    QStringList fonts;   // --font role=family (bulletin)
    bool full = false;   // --full (check)
    QString completedOn; // --completed-on (set-status)
    bool allowRemoval = false; // --allow-removal (import --update)
    QStringList anchors; // --anchor (verify), repeatable
};

void printJson(QTextStream& out, const QJsonValue& value);

// The subcommands' words, in the translation context "rectrack::cli": CliText::tr("…").
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(rectrack::cli)
};

// Opens the ledger named by --db and signs in as --user; throws Error or UsageError.
using LedgerOpener = std::function<std::unique_ptr<rectrack::Ledger>()>;

int runInit(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runSample(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runInspections(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runFindings(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runStats(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runAddNote(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
// ledger is null for a dry run, which needs no database.
int runImport(rectrack::Ledger* ledger, const Invocation& in, QTextStream& out);
int runVerify(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runGenerate(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runSetStatus(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runUser(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runSearch(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runSettings(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runExport(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runBulletin(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runBackup(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runBackups(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
// These two work on a file that may be too damaged to open as a ledger.
int runCheck(const QString& path, const Invocation& in, QTextStream& out);
int runRestore(const QString& path, const LedgerOpener& open, const Invocation& in, QTextStream& out);

} // namespace rectrack::cli
