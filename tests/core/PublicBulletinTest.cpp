// The public and internal versions of the bulletin (双公开): a finding marked 不公开 is kept in
// the ledger and its history, listed in the internal version, and left out of the public one —
// its title and measures appear nowhere in the public PDF or Word document — with the totals
// kept or counted over what is listed, as the user chooses.

#include "bulletin/BulletinComposer.h"
#include "export/OfficialDocumentDocx.h"
#include "export/OfficialDocumentPdf.h"
#include "import/readers/DocumentReader.h"
#include "services/BulletinSource.h"
#include "services/SampleData.h"
#include "storage/HistoryLog.h"
#include "storage/HistoryVerifier.h"
#include "support/ExportReadBack.h"
#include "support/TestLedger.h"

#include <QFile>
#include <QFontDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace rectrack;
using rectrack::test::TestLedger;
using rectrack::test::zipEntry;

namespace {
QString fileText(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return readDocument(path, file.readAll()).text;
}

// The sample's first problem, withheld: its title and first measure are the words to look for.
struct Withheld {
    Id id = 0;
    QString title;
    QString measure;
};

Withheld withholdFirstProblem(Ledger& ledger, const QString& reason) {
    Finding finding = ledger.findings().findings(1).first();
    REQUIRE(finding.kind == FindingKind::Problem);
    finding.withheld = reason;
    ledger.findings().updateFinding(finding);
    const QList<Measure> measures = ledger.findings().measures(finding.id);
    REQUIRE_FALSE(measures.isEmpty());
    return {finding.id, finding.title, measures.first().text};
}
} // namespace

TEST_CASE("A finding marked 不公开 is kept with its reason and recorded in the history", "[public]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    const Withheld w = withholdFirstProblem(*ledger, QStringLiteral("正在查办"));
    CHECK(ledger->findings().finding(w.id).withheld == QStringLiteral("正在查办"));
    // the row the ledger views read: the finding's columns, then its counts, each where it belongs
    const FindingRow row = ledger->findings().findingRow(w.id);
    CHECK(row.finding.withheld == QStringLiteral("正在查办"));
    CHECK(row.measureCount == ledger->findings().measures(w.id).size());
    CHECK(row.measureCount > 0);
    bool recorded = false;
    for (const HistoryEntry& e : HistoryLog(ledger->database().connection(), ledger->clock(), QStringLiteral("t")).forFinding(w.id))
        recorded = recorded || (e.field == u"withheld" && e.newValue == QStringLiteral("正在查办"));
    CHECK(recorded);
    const VerifyReport report = verifyHistory(ledger->database().connection());
    INFO(report.problems.join(u'\n').toStdString());
    CHECK(report.ok());
}

TEST_CASE("The public version leaves a withheld finding out of the PDF and the Word document, the internal one lists it",
          "[public][pdf][word]") {
    TestLedger ledger;
    loadSampleData(*ledger);
    const Withheld w = withholdFirstProblem(*ledger, QStringLiteral("涉密"));
    const BulletinData data = loadBulletinData(*ledger, 1);
    BulletinTexts texts = defaultBulletinTexts(data, ledger->today());
    const OfficialFonts fonts = defaultOfficialFonts(QFontDatabase::families());
    QTemporaryDir dir;

    const BulletinDocument internal = composeBulletin(data, texts);
    CHECK(internal.plainText().contains(w.title));
    CHECK(withheldFromBulletin(data, texts).isEmpty());

    texts.version = BulletinVersion::Public;
    const BulletinDocument published = composeBulletin(data, texts);
    CHECK_FALSE(published.plainText().contains(w.title));
    CHECK_FALSE(published.plainText().contains(w.measure));
    CHECK(published.plainText().contains(QStringLiteral("另有1个问题按照有关规定不予公开。")));
    const QStringList left = withheldFromBulletin(data, texts);
    REQUIRE(left.size() == 1);
    CHECK(left[0].contains(w.title));
    CHECK(left[0].contains(QStringLiteral("涉密")));
    // the totals are the inspection's: the same sentence as the internal version's
    const auto totals = [](const BulletinDocument& d) {
        for (const BulletinBlock& b : d.blocks)
            if (b.text.contains(QStringLiteral("反馈意见中指出")))
                return b.text;
        return QString();
    };
    CHECK(totals(published) == totals(internal));

    const QString pdf = dir.filePath(QStringLiteral("public.pdf"));
    const QString docx = dir.filePath(QStringLiteral("public.docx"));
    writeOfficialDocument(published, fonts, texts.title, pdf);
    writeOfficialDocx(published, fonts, texts.title, docx);
    for (const QString& path : {pdf, docx}) {
        INFO(path.toStdString());
        const QString text = fileText(path);
        CHECK_FALSE(text.contains(w.title));
        CHECK_FALSE(text.contains(w.measure));
        CHECK(text.contains(QStringLiteral("不予公开")));
    }
    // nor anywhere in the Word package's parts
    for (const char* part : {"word/document.xml", "docProps/core.xml"})
        CHECK_FALSE(zipEntry(docx, part).contains(w.title.toUtf8()));
    if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(60000));
        CHECK_FALSE(QString::fromUtf8(p.readAllStandardOutput()).remove(u'\n').contains(w.title));
    }

    // counted over what it lists: one problem fewer, and no line about what is left out
    texts.publicCountsListedOnly = true;
    const BulletinDocument counted = composeBulletin(data, texts);
    const LedgerStats stats = ledger->statistics(Scope::inspection(1));
    CHECK(totals(counted).contains(QStringLiteral("%1个问题").arg(stats.findings - 1)));
    CHECK_FALSE(counted.plainText().contains(QStringLiteral("不予公开")));
    CHECK_FALSE(counted.plainText().contains(w.title));
}
