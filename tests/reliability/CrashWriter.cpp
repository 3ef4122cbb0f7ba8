// rectrack-crash-writer: a writer for the crash harness (CrashTest.cpp). It makes random
// edits through core — status changes, progress notes, evidence files, bulk edits, bulletin
// imports — and after each commit prints one line saying what was committed. The harness
// kills it with SIGKILL at a random moment and checks that every reported edit is there.
//
//   rectrack-crash-writer DATABASE SEED BULLETIN_TEXT_FILE
//
// For the concurrency tests it also holds a write transaction open for a while:
//
//   rectrack-crash-writer --hold DATABASE MILLISECONDS
//     prints "holding" once a note is written inside an open transaction, "released" after the commit
//
// Lines (UTF-8, flushed one by one):
//   ready
//   begin <what>                      just before a transaction starts
//   ok status <measure id> <status>
//   ok note <finding id> <note id> <text>
//   ok evidence <evidence id> <sha256>
//   ok bulk <status> <measure id>,<measure id>,...
//   ok import <inspection id> <findings> <measures>

#include "import/BulletinParser.h"
#include "import/readers/DocumentReader.h"
#include "services/BulkEdit.h"
#include "services/BulletinImport.h"
#include "services/Ledger.h"
#include "model/Error.h"
#include "storage/Query.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

using namespace rectrack;

namespace {
void say(const QString& line) {
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

QList<Id> ids(Ledger& ledger, const QString& sql) {
    QList<Id> list;
    Query q(ledger.database().connection(), sql);
    q.exec();
    while (q.next())
        list << q.value(0).toLongLong();
    return list;
}

// A starting ledger: one inspection with findings and measures to edit.
void prepare(Ledger& ledger) {
    if (!ids(ledger, QStringLiteral("SELECT id FROM measures LIMIT 1")).isEmpty())
        return;
    ledger.database().transaction([&] {
        const Id round = ledger.inspections().addRound({0, QStringLiteral("崩溃测试轮次"), InspectionKind::Xuncha,
                                                        QStringLiteral("市委"), 2025});
        Inspection inspection;
        inspection.roundId = round;
        inspection.title = QStringLiteral("崩溃测试巡察");
        inspection.id = ledger.inspections().addInspection(inspection);
        for (int f = 1; f <= 30; ++f) {
            Finding finding;
            finding.inspectionId = inspection.id;
            finding.title = QStringLiteral("问题%1：制度执行不到位").arg(f);
            const Id findingId = ledger.findings().addFinding(finding);
            for (int m = 1; m <= 4; ++m) {
                Measure measure;
                measure.findingId = findingId;
                measure.text = QStringLiteral("措施%1-%2：建立台账，逐项销号").arg(f).arg(m);
                ledger.findings().addMeasure(measure);
            }
        }
    });
}

// A second program writing: one note, its transaction held open for `ms`.
int hold(const QString& path, int ms) {
    auto ledger = Ledger::open(path, std::make_shared<SystemClock>(), QStringLiteral("另一个程序"));
    const Id finding = ids(*ledger, QStringLiteral("SELECT id FROM findings ORDER BY id LIMIT 1")).value(0);
    ledger->database().transaction([&] {
        ledger->activity().addNote({0, finding, std::nullopt, ledger->today(), QStringLiteral("另一个程序"),
                                    QStringLiteral("另一个程序写入的进展")});
        say(QStringLiteral("holding"));
        QThread::msleep(static_cast<unsigned long>(ms));
    });
    say(QStringLiteral("released"));
    return 0;
}

const Status Statuses[] = {Status::NotStarted, Status::InProgress, Status::Completed, Status::Ongoing};
} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    if (argc == 4 && QByteArray(argv[1]) == "--hold") {
        try {
            return hold(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt());
        } catch (const Error& e) {
            std::fprintf(stderr, "rectrack-crash-writer: %s\n", e.what());
            return 1;
        }
    }
    if (argc != 4) {
        std::fprintf(stderr, "usage: rectrack-crash-writer DATABASE SEED BULLETIN_TEXT_FILE\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString seedText = QString::fromLocal8Bit(argv[2]);
    QRandomGenerator random(static_cast<quint32>(QByteArray(argv[2]).toUInt()));
    QFile bulletinFile(QString::fromLocal8Bit(argv[3]));
    if (!bulletinFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", argv[3]);
        return 2;
    }
    try {
        const ParsedBulletin bulletin =
            parseBulletin(readDocument(bulletinFile.fileName(), bulletinFile.readAll()).text);
        auto ledger = Ledger::open(path, std::make_shared<SystemClock>(), QStringLiteral("崩溃测试"));
        prepare(*ledger);
        const QList<Id> measures = ids(*ledger, QStringLiteral("SELECT id FROM measures ORDER BY id LIMIT 120"));
        const QList<Id> findings = ids(*ledger, QStringLiteral("SELECT id FROM findings ORDER BY id LIMIT 30"));
        say(QStringLiteral("ready"));
        for (qint64 n = 0;; ++n) {
            const int pick = random.bounded(100);
            if (pick < 45) {
                const Id measure = measures[random.bounded(measures.size())];
                const Status status = Statuses[random.bounded(4)];
                say(QStringLiteral("begin status %1 %2").arg(measure).arg(code(status)));
                ledger->findings().setMeasureStatus(measure, status, ledger->today());
                say(QStringLiteral("ok status %1 %2").arg(measure).arg(code(status)));
            } else if (pick < 80) {
                const Id finding = findings[random.bounded(findings.size())];
                const QString text = QStringLiteral("进展%1-%2：已召开专题会议研究整改").arg(seedText).arg(n);
                say(QStringLiteral("begin note"));
                const Id note = ledger->activity().addNote({0, finding, std::nullopt, ledger->today(),
                                                            QStringLiteral("纪检组"), text});
                say(QStringLiteral("ok note %1 %2 %3").arg(finding).arg(note).arg(text));
            } else if (pick < 90) {
                QByteArray content(1024 * (1 + random.bounded(64)), Qt::Uninitialized);
                for (char& c : content)
                    c = static_cast<char>(random.bounded(256));
                say(QStringLiteral("begin evidence"));
                const Id evidence = ledger->activity().addEvidence(findings[random.bounded(findings.size())],
                                                                   std::nullopt,
                                                                   QStringLiteral("佐证%1.bin").arg(n), content);
                say(QStringLiteral("ok evidence %1 %2")
                        .arg(evidence)
                        .arg(QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex())));
            } else if (pick < 96) {
                QList<Id> some;
                for (int i = 0; i < 40; ++i)
                    some << measures[random.bounded(measures.size())];
                std::sort(some.begin(), some.end());
                some.erase(std::unique(some.begin(), some.end()), some.end());
                const Status status = Statuses[random.bounded(4)];
                QStringList list;
                for (const Id id : some)
                    list << QString::number(id);
                say(QStringLiteral("begin bulk %1 %2").arg(code(status), list.join(u',')));
                BulkEdit::setStatus(*ledger, ItemKind::Measure, some, status);
                say(QStringLiteral("ok bulk %1 %2").arg(code(status), list.join(u',')));
            } else {
                say(QStringLiteral("begin import"));
                const Id inspection = saveBulletin(*ledger, bulletin, QStringLiteral("crash-%1-%2").arg(seedText).arg(n));
                int measureCount = 0;
                for (const ParsedFinding& finding : bulletin.findings)
                    measureCount += finding.measures.size();
                say(QStringLiteral("ok import %1 %2 %3").arg(inspection).arg(bulletin.findings.size()).arg(measureCount));
            }
        }
    } catch (const Error& e) {
        std::fprintf(stderr, "rectrack-crash-writer: %s\n", e.what());
        return 1;
    }
}
