// Storage faults on real files: a full disk (a small tmpfs), a read-only file system or file,
// a damaged page. Each gives a clear message of its own kind, and nothing already stored is
// damaged. (Files that are not Rectrack databases and files from a newer Rectrack are in
// tests/core/SchemaTest.cpp.)
#include "ReliabilitySupport.h"

#include "services/DataGenerator.h"
#include "model/Error.h"
#include "storage/HistoryVerifier.h"
#include "storage/sqlite/Integrity.h"
#include "storage/Query.h"
#include "support/TestLedger.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <unistd.h>

using namespace rectrack;
using namespace rectrack::test;

namespace {

// A tmpfs of `size` mounted on a fresh folder, unmounted at the end; needs root.
class SmallDisk {
public:
    explicit SmallDisk(const QString& size) {
        if (geteuid() != 0)
            return;
        m_mounted = QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"),
                                                                QStringLiteral("-o"), QStringLiteral("size=") + size,
                                                                QStringLiteral("tmpfs"), m_dir.path()}) == 0;
    }
    ~SmallDisk() {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_dir.path()});
    }
    bool mounted() const { return m_mounted; }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool remountReadOnly() {
        return QProcess::execute(QStringLiteral("mount"),
                                 {QStringLiteral("-o"), QStringLiteral("remount,ro"), m_dir.path()}) == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

std::unique_ptr<Ledger> openLedger(const QString& path) {
    return Ledger::open(path, std::make_shared<FixedClock>(testToday()), QStringLiteral("tester"));
}

void fill(Ledger& ledger, int findings) {
    GeneratorSize size;
    size.findings = findings;
    size.units = 8;
    size.evidenceEvery = 0;
    generateData(ledger, size);
}

Error::Kind kindOf(const std::function<void()>& work, QString* message = nullptr) {
    try {
        work();
    } catch (const Error& e) {
        if (message)
            *message = e.message();
        return e.kind();
    }
    FAIL("no error");
    return Error::Kind::Storage;
}

} // namespace

TEST_CASE("A full disk: the write is refused with a clear message, everything stored before is intact",
          "[reliability][faults]") {
    SmallDisk disk(QStringLiteral("3m"));
    if (!disk.mounted()) {
        WARN("skipped: mounting a small tmpfs needs root");
        return;
    }
    const QString path = disk.path(QStringLiteral("full.sqlite"));
    QByteArray digest;
    {
        auto ledger = openLedger(path);
        fill(*ledger, 60);
        digest = contentDigest(path);
        const Id finding = Query(ledger->database().connection(), QStringLiteral("SELECT min(id) FROM findings")).scalar().toLongLong();
        QByteArray big(4 * 1024 * 1024, Qt::Uninitialized); // more than the disk has left
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = static_cast<char>((i * 7919) >> 3);
        QString message;
        CHECK(kindOf([&] { ledger->activity().addEvidence(finding, std::nullopt, QStringLiteral("扫描件.pdf"), big); },
                     &message) == Error::Kind::DiskFull);
        CHECK(message.contains(QStringLiteral("磁盘已满")));
        // the program goes on: it reads, and a small edit still fits
        CHECK(ledger->statistics(Scope::all()).findings > 0);
        CHECK(ledger->activity().evidence(finding).isEmpty());
    }
    CHECK(checkIntegrity(path, IntegrityDepth::Full).ok);
    CHECK(contentDigest(path) == digest);
    auto ledger = openLedger(path);
    CHECK(verifyHistory(ledger->database().connection()).ok());

    // The command line says the same and exits 1.
    QProcess cli;
    cli.start(QStringLiteral(RECTRACK_CLI_PATH), {QStringLiteral("--db"), path, QStringLiteral("generate"),
                                                  QStringLiteral("--findings"), QStringLiteral("20000")});
    REQUIRE(cli.waitForFinished(120000));
    CHECK(cli.exitCode() == 1);
    CHECK(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("磁盘已满")));
    CHECK(checkIntegrity(path, IntegrityDepth::Full).ok);
}

namespace {
QProcess::ExitStatus runCli(const QStringList& args, int* exitCode, QString* err = nullptr) {
    QProcess cli;
    cli.start(QStringLiteral(RECTRACK_CLI_PATH), args);
    cli.closeWriteChannel();
    REQUIRE(cli.waitForFinished(120000));
    *exitCode = cli.exitCode();
    if (err)
        *err = QString::fromUtf8(cli.readAllStandardError());
    return cli.exitStatus();
}
} // namespace

TEST_CASE("A read-only file system: the ledger opens for reading, writes are refused saying why, nothing is changed",
          "[reliability][faults]") {
    SmallDisk disk(QStringLiteral("8m"));
    if (!disk.mounted()) {
        WARN("skipped: mounting a tmpfs needs root");
        return;
    }
    const QString path = disk.path(QStringLiteral("readonly.sqlite"));
    {
        auto ledger = openLedger(path);
        fill(*ledger, 30);
    }
    const QByteArray digest = contentDigest(path);
    REQUIRE(disk.remountReadOnly());
    QString message;
    {
        auto ledger = openLedger(path);
        CHECK(ledger->database().isReadOnly());
        CHECK(ledger->statistics(Scope{}).findings > 20);
        CHECK(kindOf([&] { makeRound(*ledger); }, &message) == Error::Kind::Forbidden);
        CHECK(message.contains(QStringLiteral("只读")));
        CHECK(verifyHistory(ledger->database().connection()).ok());
    }
    CHECK(kindOf([&] { openLedger(disk.path(QStringLiteral("new.sqlite"))); }) == Error::Kind::ReadOnly);
    CHECK(contentDigest(path) == digest);
    CHECK(checkIntegrity(path, IntegrityDepth::Full).ok);

    // The command line reads, verifies, checks, exports and backs it up elsewhere; writes say why.
    QTemporaryDir out;
    int code = -1;
    QString err;
    for (const QStringList& args :
         {QStringList{QStringLiteral("stats")}, QStringList{QStringLiteral("verify")},
          QStringList{QStringLiteral("check"), QStringLiteral("--full")},
          QStringList{QStringLiteral("export"), QStringLiteral("findings"), QStringLiteral("-o"), out.filePath(QStringLiteral("f.csv"))},
          QStringList{QStringLiteral("backup"), QStringLiteral("-o"), out.filePath(QStringLiteral("copy.sqlite"))}}) {
        runCli(QStringList{QStringLiteral("--db"), path} + args, &code, &err);
        INFO(args.join(u' ').toStdString() << ": " << err.toStdString());
        CHECK(code == 0);
    }
    runCli({QStringLiteral("--db"), path, QStringLiteral("add-note"), QStringLiteral("1"), QStringLiteral("x")}, &code, &err);
    CHECK(code == 1);
    CHECK(err.contains(QStringLiteral("只读")));
    CHECK(checkIntegrity(out.filePath(QStringLiteral("copy.sqlite")), IntegrityDepth::Full).ok);
    CHECK(contentDigest(path) == digest);
}

TEST_CASE("A read-only file (permissions): opened for reading, writes refused with a message", "[reliability][faults]") {
    if (geteuid() == 0) {
        WARN("skipped: root writes to any file whatever its permissions (the read-only file system case covers it)");
        return;
    }
    TestLedger ledger;
    ledger.close();
    QFile::setPermissions(ledger.path(), QFile::ReadOwner);
    {
        auto readOnly = openLedger(ledger.path());
        CHECK(readOnly->database().isReadOnly());
        CHECK(kindOf([&] { makeRound(*readOnly); }) == Error::Kind::Forbidden);
    }
    CHECK_FALSE(QFile::exists(ledger.path() + QStringLiteral("-wal")));
    QFile::setPermissions(ledger.path(), QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("A damaged page: reported as damaged with the way out, the rest of the disk untouched", "[reliability][faults]") {
    TestLedger ledger;
    fill(*ledger, 150);
    ledger.close();
    damagePages(ledger.path(), 8);
    CHECK_FALSE(checkIntegrity(ledger.path(), IntegrityDepth::Quick).ok);
    // Opening may work (the first pages are whole), but reading the damaged part fails clearly.
    QString message;
    const Error::Kind kind = kindOf(
        [&] {
            auto damaged = openLedger(ledger.path());
            for (const QString& table : {QStringLiteral("findings"), QStringLiteral("measures"),
                                         QStringLiteral("progress_notes"), QStringLiteral("history")}) {
                Query q(damaged->database().connection(), QStringLiteral("SELECT * FROM %1").arg(table));
                q.exec();
                while (q.next()) {
                }
            }
            (void)contentDigest(ledger.path());
        },
        &message);
    CHECK(kind == Error::Kind::Corrupt);
    CHECK(message.contains(QStringLiteral("损坏")));
    CHECK(QFileInfo(ledger.path()).exists());
}

TEST_CASE("An export to a full disk fails with one clear message, and the libraries write nothing to stderr",
          "[reliability][faults]") {
    TestLedger ledger;
    fill(*ledger, 40);
    ledger.close();
    int code = -1;
    QString err;
    SECTION("an export that works says nothing on stderr") {
        QTemporaryDir out;
        for (const QString& format : {QStringLiteral("xlsx"), QStringLiteral("csv"), QStringLiteral("pdf")}) {
            runCli({QStringLiteral("--db"), ledger.path(), QStringLiteral("export"), QStringLiteral("findings"),
                    QStringLiteral("--format"), format, QStringLiteral("-o"), out.filePath(QStringLiteral("台账.") + format)},
                   &code, &err);
            INFO(format.toStdString() << ": " << err.toStdString());
            CHECK(code == 0);
            CHECK(err.isEmpty());
        }
        runCli({QStringLiteral("--db"), ledger.path(), QStringLiteral("verify")}, &code, &err);
        CHECK(code == 0);
        CHECK(err.isEmpty());
    }
    SECTION("a file that is refused gets one line on stderr, Qt's own warnings none") {
        QTemporaryDir dir;
        const QString newer = dir.filePath(QStringLiteral("newer.sqlite"));
        REQUIRE(QFile::copy(ledger.path(), newer));
        execRaw(newer, QStringLiteral("PRAGMA user_version = 99"));
        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        execRaw(other, QStringLiteral("CREATE TABLE x (a)"));
        for (const QString& file : {newer, other}) {
            runCli({QStringLiteral("--db"), file, QStringLiteral("stats")}, &code, &err);
            INFO(err.toStdString());
            CHECK(code == 1);
            CHECK(err.trimmed().count(u'\n') == 0);
            CHECK_FALSE(err.contains(QStringLiteral("removeDatabase")));
        }
    }
    SECTION("an XLSX export onto a full disk") {
        SmallDisk disk(QStringLiteral("1m"));
        if (!disk.mounted()) {
            WARN("skipped: mounting a small tmpfs needs root");
            return;
        }
        QFile filler(disk.path(QStringLiteral("filler")));
        REQUIRE(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(16 * 1024, 'x');
        while (filler.write(block) == block.size()) {
        }
        filler.close();
        runCli({QStringLiteral("--db"), ledger.path(), QStringLiteral("export"), QStringLiteral("findings"),
                QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), disk.path(QStringLiteral("台账.xlsx"))},
               &code, &err);
        INFO(err.toStdString());
        CHECK(code == 1);
        CHECK(err.contains(QStringLiteral("无法写入")));
        CHECK_FALSE(err.contains(QStringLiteral("[ERROR]")));
        CHECK_FALSE(err.contains(QStringLiteral("[WARNING]")));
        CHECK(QDir(disk.path(QString())).entryList(QDir::Files) == QStringList{QStringLiteral("filler")}); // nothing left
    }
}
