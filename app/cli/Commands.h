#pragma once
// The subcommands of rectrack-cli. Each takes the parsed arguments and writes to the
// streams it is given; failures are thrown as rectrack::Error or UsageError.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace rectrack {
class Ledger;
struct ReturnedForm;
}

namespace rectrack::cli {

struct UsageError {
    QString message;
};

// One run of a subcommand: its positional arguments and the options it was given (its own and
// the common ones), read by name: in.value("format"), in.isSet("dry-run"), in.values("font").
class Invocation {
public:
    Invocation(const QCommandLineParser& parser, QStringList positional)
        : args(std::move(positional))
        , json(parser.isSet(QStringLiteral("json")))
        , m_parser(&parser) {}

    QStringList args; // positional arguments after the subcommand
    bool json = false; // --json

    QString value(const char* option) const { return m_parser->value(QString::fromLatin1(option)); }
    QStringList values(const char* option) const { return m_parser->values(QString::fromLatin1(option)); }
    bool isSet(const char* option) const { return m_parser->isSet(QString::fromLatin1(option)); }

private:
    const QCommandLineParser* m_parser;
};

void printJson(QTextStream& out, const QJsonValue& value);

// The subcommands' words, in the translation context "rectrack::cli": CliText::tr("…").
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(rectrack::cli)
};

// Opens the ledger named by --db and signs in as --user; throws Error or UsageError.
using LedgerOpener = std::function<std::unique_ptr<rectrack::Ledger>()>;

// What a subcommand runs with: its invocation, where it writes, and the ledger, opened when it
// first asks for it (a command that needs none, or a file too damaged to open, never does).
class Session {
public:
    Session(const Invocation& invocation, QTextStream& output, QString databasePath, LedgerOpener opener,
            std::function<void(rectrack::Ledger&)> opened)
        : in(invocation)
        , out(output)
        , path(std::move(databasePath))
        , open(std::move(opener))
        , m_opened(std::move(opened)) {}
    ~Session();

    rectrack::Ledger& ledger();
    rectrack::Ledger* openedLedger() const { return m_ledger.get(); }

    const Invocation& in;
    QTextStream& out;
    const QString path;       // --db, or the default ledger's file
    const LedgerOpener open;  // a ledger of one's own (restore opens it after the file is replaced)

private:
    std::function<void(rectrack::Ledger&)> m_opened;
    std::unique_ptr<rectrack::Ledger> m_ledger;
};

// One subcommand: its name, its arguments and a line saying what it does (the help is made from
// these), the options it takes besides the common ones (--db, --user, --today, --json), and
// what it runs.
struct Command {
    QString name;
    QString arguments;   // after the name in the usage line: "问题编号 [--] 进展"
    QString description; // one line
    QList<QCommandLineOption> options;
    std::function<int(Session&)> run;
    bool makesLedger = false;    // init: a missing file becomes a new ledger
    bool makesDocuments = false; // writes or reads a document: runs a GUI application (offscreen)
    bool warnsOfAnchors = true;  // says on stderr when the history no longer passes an anchor
};

// Every subcommand, in the order the help lists them, in the language installed when asked.
QList<Command> allCommands();
std::optional<Command> findCommand(const QString& name);

int runInit(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runServer(Session& s);
int runSample(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runInspections(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runFindings(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runStats(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runAddNote(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
// ledger is null for a dry run, which needs no database.
int runImport(rectrack::Ledger* ledger, const Invocation& in, QTextStream& out);
// A progress form a unit sent back (import runs it when the file is one); and the forms out.
int runFormImport(rectrack::Ledger& ledger, const rectrack::ReturnedForm& form, const Invocation& in, QTextStream& out);
int runForms(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runVerify(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runGenerate(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runSetStatus(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runUser(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runSearch(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runSettings(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runExport(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runBulletin(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runTasks(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runBackup(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
int runBackups(rectrack::Ledger& ledger, const Invocation& in, QTextStream& out);
// These two work on a file that may be too damaged to open as a ledger.
int runCheck(const QString& path, const Invocation& in, QTextStream& out);
int runRestore(const QString& path, const LedgerOpener& open, const Invocation& in, QTextStream& out);

} // namespace rectrack::cli
