// The one import pipeline: a file read, parsed and hashed; the earlier import of it found.

#include "services/BulletinFile.h"
#include "services/BulletinImport.h"
#include "services/Ledger.h"
#include "model/Error.h"
#include "support/TestLedger.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace rectrack;
using namespace rectrack::test;

namespace {
const QString Fixture = QStringLiteral(RECTRACK_FIXTURES "/import/areas-yishi.txt");

QByteArray bytesOf(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}
} // namespace

TEST_CASE("A bulletin file is read, parsed and hashed in one call, or refused with a message", "[import]") {
    const BulletinFile read = readBulletinFile(Fixture);
    CHECK_FALSE(read.bulletin.findings.isEmpty());
    CHECK(read.bulletin.format == QStringLiteral("txt"));
    CHECK(read.hash == contentHash(bytesOf(Fixture)));

    try {
        readBulletinFile(QStringLiteral("/nonexistent/通报.docx"));
        FAIL("a missing file was read");
    } catch (const Error& e) {
        CHECK(e.message().contains(QStringLiteral("无法读取")));
    }
}

TEST_CASE("The earlier import of a bulletin is found by its file, else by its one title", "[import]") {
    TestLedger ledger;
    const BulletinFile read = readBulletinFile(Fixture);
    CHECK_FALSE(earlierImport(*ledger, read.hash, read.bulletin.title).has_value());
    const Id first = saveBulletin(*ledger, read.bulletin, read.hash);

    const auto same = earlierImport(*ledger, read.hash, read.bulletin.title);
    REQUIRE(same);
    CHECK(same->inspection == first);
    CHECK(same->sameFile);

    const auto version = earlierImport(*ledger, QStringLiteral("another-hash"), read.bulletin.title);
    REQUIRE(version);
    CHECK(version->inspection == first);
    CHECK_FALSE(version->sameFile);

    saveBulletin(*ledger, read.bulletin, QStringLiteral("a-third-file")); // now two share the title
    CHECK_FALSE(earlierImport(*ledger, QStringLiteral("another-hash"), read.bulletin.title).has_value());
    CHECK(earlierImport(*ledger, read.hash, read.bulletin.title)->sameFile); // the file itself is still known
}
