// Every role against every write operation, and the accounts behind the roles.
#include "domain/Access.h"
#include "services/BulkEdit.h"
#include "services/SampleData.h"
#include "model/Error.h"
#include "storage/Query.h"
#include "support/PostgresServer.h"
#include "support/TestLedger.h"

#include <QFile>
#include <functional>

using namespace rectrack;
using namespace rectrack::test;

namespace {

const QString Password = QStringLiteral("correct horse 7");

struct Rollback {};

struct Fixture {
    Id round = 0, emptyRound = 0, inspection = 0, category = 0, unit = 0, person = 0;
    Id finding = 0, openFinding = 0, completedFinding = 0, requestedFinding = 0, measure = 0, note = 0,
       evidence = 0;
    Id staffAccount = 0, leaderAccount = 0;
};

// Everything the operations below need, made by the first (administrator) session.
Fixture prepare(Ledger& ledger) {
    Fixture f;
    f.round = makeRound(ledger);
    f.emptyRound = makeRound(ledger, QStringLiteral("空轮次"));
    f.inspection = makeInspection(ledger, f.round);
    f.category = ledger.inspections().addCategory({0, f.inspection, QStringLiteral("（一）"), QStringLiteral("方面"), 0});
    f.unit = ledger.units().addUnit({0, std::nullopt, QStringLiteral("财务科"), 0});
    f.person = ledger.units().addPerson({0, QStringLiteral("张三"), QString(), f.unit, QString()});
    f.finding = makeFinding(ledger, f.inspection, QStringLiteral("有措施的问题"));
    f.measure = makeMeasure(ledger, f.finding);
    f.openFinding = makeFinding(ledger, f.inspection, QStringLiteral("无措施的问题"));
    f.completedFinding = makeFinding(ledger, f.inspection, QStringLiteral("已完成的问题"));
    makeMeasure(ledger, f.completedFinding, Status::Completed);
    ledger.activity().addEvidence(f.completedFinding, std::nullopt, QStringLiteral("纪要.txt"), "minutes");
    f.requestedFinding = makeFinding(ledger, f.inspection, QStringLiteral("待审核的问题"));
    makeMeasure(ledger, f.requestedFinding, Status::Completed);
    ledger.activity().addEvidence(f.requestedFinding, std::nullopt, QStringLiteral("纪要.txt"), "minutes");
    ledger.activity().recordSignOff(f.requestedFinding, SignOffAction::Request, QString());
    f.note = ledger.activity().addNote({0, f.finding, std::nullopt, testToday(), QStringLiteral("甲"), QStringLiteral("进展")});
    f.evidence = ledger.activity().addEvidence(f.finding, std::nullopt, QStringLiteral("a.txt"), "abc");
    ledger.accounts().addAccount(QStringLiteral("admin"), Role::Administrator, Password);
    f.staffAccount = ledger.accounts().addAccount(QStringLiteral("staff"), Role::Staff, Password);
    ledger.accounts().addAccount(QStringLiteral("reviewer"), Role::Reviewer, Password);
    f.leaderAccount = ledger.accounts().addAccount(QStringLiteral("leader"), Role::Leader, Password);
    return f;
}

struct WriteOperation {
    const char* name;
    Operation needs;
    std::function<void(Ledger&, const Fixture&)> run;
};

QList<WriteOperation> writeOperations() {
    using L = Ledger&;
    using F = const Fixture&;
    const Operation E = Operation::EditLedger;
    return {
        {"add round", E, [](L l, F) { makeRound(l); }},
        {"update round", E, [](L l, F f) { auto r = l.inspections().round(f.round); r.name += u'改'; l.inspections().updateRound(r); }},
        {"remove round", E, [](L l, F f) { l.inspections().removeRound(f.emptyRound); }},
        {"add inspection", E, [](L l, F f) { makeInspection(l, f.round); }},
        {"update inspection", E, [](L l, F f) { auto i = l.inspections().inspection(f.inspection); i.team = QStringLiteral("第一组"); l.inspections().updateInspection(i); }},
        {"remove inspection", E, [](L l, F f) { l.inspections().removeInspection(f.inspection); }},
        {"add category", E, [](L l, F f) { l.inspections().addCategory({0, f.inspection, QString(), QStringLiteral("新方面"), 0}); }},
        {"update category", E, [](L l, F f) { auto c = l.inspections().category(f.category); c.title += u'改'; l.inspections().updateCategory(c); }},
        {"move category", E, [](L l, F f) { l.inspections().moveCategory(f.category, 1); }},
        {"remove category", E, [](L l, F f) { l.inspections().removeCategory(f.category); }},
        {"add unit", E, [](L l, F) { l.units().addUnit({0, std::nullopt, QStringLiteral("新单位"), 0}); }},
        {"update unit", E, [](L l, F f) { auto u = l.units().unit(f.unit); u.name += u'改'; l.units().updateUnit(u); }},
        {"remove unit", E, [](L l, F f) { l.units().removeUnit(f.unit); }},
        {"add person", E, [](L l, F) { l.units().addPerson({0, QStringLiteral("李四"), QString(), std::nullopt, QString()}); }},
        {"update person", E, [](L l, F f) { auto p = l.units().person(f.person); p.phone = QStringLiteral("1"); l.units().updatePerson(p); }},
        {"remove person", E, [](L l, F f) { l.units().removePerson(f.person); }},
        {"add finding", E, [](L l, F f) { makeFinding(l, f.inspection); }},
        {"update finding", E, [](L l, F f) { auto x = l.findings().finding(f.finding); x.outcome = QStringLiteral("成效"); l.findings().updateFinding(x); }},
        {"set finding status", E, [](L l, F f) { l.findings().setFindingStatus(f.openFinding, Status::InProgress, testToday()); }},
        {"remove finding", E, [](L l, F f) { l.findings().removeFinding(f.openFinding); }},
        {"add measure", E, [](L l, F f) { makeMeasure(l, f.finding); }},
        {"update measure", E, [](L l, F f) { auto m = l.findings().measure(f.measure); m.text += u'改'; l.findings().updateMeasure(m, testToday()); }},
        {"set measure status", E, [](L l, F f) { l.findings().setMeasureStatus(f.measure, Status::InProgress, testToday()); }},
        {"remove measure", E, [](L l, F f) { l.findings().removeMeasure(f.measure); }},
        {"extend deadline", E, [](L l, F f) { l.findings().extendDeadline(f.finding, f.measure, {DeadlineKind::Date, QDate(2025, 9, 30)}, QStringLiteral("需要走招标程序")); }},
        {"bulk status", E, [](L l, F f) { BulkEdit::setStatus(l, ItemKind::Measure, {f.measure}, Status::Completed); }},
        {"add note", E, [](L l, F f) { l.activity().addNote({0, f.finding, std::nullopt, testToday(), QString(), QStringLiteral("周调度")}); }},
        {"remove note", E, [](L l, F f) { l.activity().removeNote(f.note); }},
        {"add evidence", E, [](L l, F f) { l.activity().addEvidence(f.finding, std::nullopt, QStringLiteral("b.pdf"), "pdf"); }},
        {"remove evidence", E, [](L l, F f) { l.activity().removeEvidence(f.evidence); }},
        {"set result", E, [](L l, F f) { QuantifiedResult r; r.findingId = f.finding; r.rulesMade = 2; l.activity().setResult(r); }},
        {"load sample (plays every role)", Operation::LoadSampleData, [](L l, F) { loadSampleData(l); }},
        {"request sign-off", Operation::RequestSignOff, [](L l, F f) { l.activity().recordSignOff(f.completedFinding, SignOffAction::Request, QString()); }},
        {"approve sign-off", Operation::ReviewSignOff, [](L l, F f) { l.activity().recordSignOff(f.requestedFinding, SignOffAction::Approve, QString()); }},
        {"return sign-off", Operation::ReviewSignOff, [](L l, F f) { l.activity().recordSignOff(f.requestedFinding, SignOffAction::Return, QStringLiteral("佐证不足")); }},
        {"follow-up review", Operation::FollowUpReview, [](L l, F f) { l.activity().addReview({0, f.completedFinding, testToday(), QStringLiteral("乙"), ReviewResult::Rebounded, QStringLiteral("反弹")}); }},
        {"add account", Operation::ManageAccounts, [](L l, F) { l.accounts().addAccount(QStringLiteral("new"), Role::Staff, Password); }},
        {"change role", Operation::ManageAccounts, [](L l, F f) { l.accounts().setRole(f.staffAccount, Role::Reviewer); }},
        {"deactivate", Operation::ManageAccounts, [](L l, F f) { l.accounts().setActive(f.staffAccount, false); }},
        {"reset another's password", Operation::ManageAccounts, [](L l, F f) { l.accounts().setPassword(l.actor() == u"leader" ? f.staffAccount : f.leaderAccount, QStringLiteral("another pass"), l.actor()); }},
        {"change own password", Operation::ChangeOwnPassword, [](L l, F) { l.accounts().setPassword(l.accounts().account(l.actor())->id, QStringLiteral("new password"), l.actor()); }},
        {"change due-soon window", Operation::ChangeSettings, [](L l, F) { l.settings().setPolicy(10, true); }},
        {"change holiday calendar", Operation::ChangeSettings, [](L l, F) { l.settings().setCalendarText(QStringLiteral("2025-10-01 休")); }},
    };
}

// Runs the operation and rolls it back; returns whether core let it through.
bool attempt(Ledger& ledger, const WriteOperation& op, const Fixture& fixture) {
    try {
        ledger.rows().atomically([&] {
            op.run(ledger, fixture);
            throw Rollback{};
        });
    } catch (const Rollback&) {
        return true;
    } catch (const Error& e) {
        if (e.kind() != Error::Kind::Forbidden)
            FAIL(op.name << " failed for another reason: " << e.message().toStdString());
        return false;
    }
    return true;
}

} // namespace

TEST_CASE("Every role against every write operation - enforced in core", "[access]") {
    TestLedger ledger;
    const Fixture fixture = prepare(*ledger);
    const auto operations = writeOperations();
    for (const char* name : {"admin", "staff", "reviewer", "leader"}) {
        ledger.reopen();
        const Account account = ledger->signIn(QString::fromLatin1(name), Password);
        for (const WriteOperation& op : operations) {
            INFO(name << " → " << op.name);
            const bool expected = roleAllows(account.role, op.needs);
            CHECK(attempt(*ledger, op, fixture) == expected);
        }
    }
    SECTION("Restoring a backup: administrators only") {
        if (testsOnServer()) { // a server is backed up with its own tools, not by a role here
            try {
                ledger->backupNow();
                FAIL("a server ledger was backed up as a file");
            } catch (const Error& e) {
                CHECK(e.kind() == Error::Kind::Invalid);
                CHECK(e.message().contains(QStringLiteral("pg_dump")));
            }
            return;
        }
        // Not inside a transaction that could be rolled back: the restore writes the file
        // through its own connection. The backup holds what the ledger holds.
        const QString backup = ledger->backupNow();
        for (const char* name : {"admin", "staff", "reviewer", "leader"}) {
            ledger.reopen();
            const Account account = ledger->signIn(QString::fromLatin1(name), Password);
            INFO(name);
            bool restored = true;
            try {
                ledger->restoreBackup(backup);
            } catch (const Error& e) {
                CHECK(e.kind() == Error::Kind::Forbidden);
                restored = false;
            }
            CHECK(restored == roleAllows(account.role, Operation::RestoreBackup));
            CHECK(restored == (account.role == Role::Administrator));
        }
        ledger.reopen();
        CHECK_THROWS_AS(ledger->restoreBackup(backup), Error);
    }
    SECTION("Nobody signed in on a database with accounts: every write refused") {
        ledger.reopen();
        CHECK(ledger->needsSignIn());
        for (const WriteOperation& op : operations) {
            if (QByteArray(op.name) == "change own password")
                continue; // there is no "own" account to act on
            INFO(op.name);
            CHECK_FALSE(attempt(*ledger, op, fixture));
        }
    }
}

TEST_CASE("The role matrix: staff edit, reviewers sign off, leaders read, administrators do all", "[access]") {
    CHECK(roleAllows(Role::Staff, Operation::EditLedger));
    CHECK(roleAllows(Role::Staff, Operation::RequestSignOff));
    CHECK_FALSE(roleAllows(Role::Staff, Operation::ReviewSignOff));
    CHECK(roleAllows(Role::Reviewer, Operation::ReviewSignOff));
    CHECK(roleAllows(Role::Reviewer, Operation::FollowUpReview));
    CHECK_FALSE(roleAllows(Role::Reviewer, Operation::EditLedger));
    for (Operation op : {Operation::EditLedger, Operation::RequestSignOff, Operation::ReviewSignOff,
                         Operation::FollowUpReview, Operation::ManageAccounts, Operation::ChangeSettings})
        CHECK_FALSE(roleAllows(Role::Leader, op));
    CHECK(roleAllows(Role::Administrator, Operation::ManageAccounts));
}

TEST_CASE("A write that did not ask for permission is refused by RowStore", "[access]") {
    TestLedger ledger;
    try {
        ledger->rows().insert(QStringLiteral("units"), {{QStringLiteral("name"), QStringLiteral("绕过")}});
        FAIL("the write went through");
    } catch (const Error& e) {
        CHECK(e.kind() == Error::Kind::Forbidden);
    }
    CHECK(Query(ledger->database().connection(), QStringLiteral("SELECT count(*) FROM units")).scalar().toInt() == 0);
}

TEST_CASE("Accounts: first is an administrator - salted PBKDF2 - sign-in rules", "[access]") {
    TestLedger ledger;
    CHECK_FALSE(ledger->needsSignIn());
    CHECK(ledger->role() == Role::Administrator); // no accounts yet: the local user may do all
    const Id first = ledger->accounts().addAccount(QStringLiteral("王五"), Role::Leader, Password);
    CHECK(ledger->accounts().account(QStringLiteral("王五"))->role == Role::Administrator);
    const Id second = ledger->accounts().addAccount(QStringLiteral("赵六"), Role::Staff, Password);
    CHECK(ledger->accounts().account(QStringLiteral("赵六"))->role == Role::Staff);

    const auto kindOf = [](const std::function<void()>& work) {
        try {
            work();
        } catch (const Error& e) {
            return std::optional<Error::Kind>(e.kind());
        }
        return std::optional<Error::Kind>();
    };
    CHECK(kindOf([&] { ledger->accounts().addAccount(QStringLiteral("赵六"), Role::Staff, Password); }) == Error::Kind::Invalid);
    CHECK(kindOf([&] { ledger->accounts().addAccount(QStringLiteral("短"), Role::Staff, QStringLiteral("12345")); }) == Error::Kind::Invalid);
    CHECK(kindOf([&] { ledger->accounts().addAccount(QStringLiteral("a\nb"), Role::Staff, Password); }) == Error::Kind::Invalid);
    CHECK(kindOf([&] { ledger->accounts().setRole(first, Role::Staff); }) == Error::Kind::Invalid); // last admin
    CHECK(kindOf([&] { ledger->accounts().setActive(first, false); }) == Error::Kind::Invalid);

    // Stored salted and stretched; the password itself is nowhere in the file.
    Query q(ledger->database().connection(), QStringLiteral("SELECT password_salt, password_hash, iterations FROM accounts ORDER BY id"));
    q.exec();
    QStringList salts;
    while (q.next()) {
        CHECK(q.value(0).toString().size() == 32);
        CHECK(q.value(1).toString().size() == 64);
        CHECK(q.value(2).toInt() >= 600000);
        salts << q.value(0).toString();
    }
    CHECK(salts.size() == 2);
    CHECK(salts[0] != salts[1]);
    ledger.reopen();
    if (testsOnServer()) { // every value of the accounts and the history, as the server keeps them
        for (const char* table : {"accounts", "history"}) {
            Query rows(ledger->database().connection(), QStringLiteral("SELECT * FROM %1").arg(QLatin1String(table)));
            rows.exec();
            while (rows.next())
                for (int i = 0; i < rows.columnNames().size(); ++i)
                    CHECK_FALSE(rows.value(i).toString().contains(Password));
        }
    } else {
        QFile file(ledger.path());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll() + [&] {
            QFile wal(ledger.path() + QStringLiteral("-wal"));
            return wal.open(QIODevice::ReadOnly) ? wal.readAll() : QByteArray();
        }();
        CHECK_FALSE(bytes.contains(Password.toUtf8()));
    }

    CHECK(ledger->needsSignIn());
    CHECK_FALSE(ledger->role().has_value());
    CHECK(kindOf([&] { ledger->signIn(QStringLiteral("赵六"), QStringLiteral("wrong password")); }) == Error::Kind::SignIn);
    CHECK(kindOf([&] { ledger->signIn(QStringLiteral("没有这个人"), Password); }) == Error::Kind::SignIn);
    CHECK(ledger->signIn(QStringLiteral("王五"), Password).role == Role::Administrator);
    CHECK(ledger->actor() == QStringLiteral("王五"));
    ledger->accounts().setActive(second, false);
    ledger.reopen();
    CHECK(kindOf([&] { ledger->signIn(QStringLiteral("赵六"), Password); }) == Error::Kind::SignIn);
    // changes made while signed in are recorded under the account's name
    ledger->signIn(QStringLiteral("王五"), Password);
    const Id round = makeRound(*ledger);
    CHECK(Query(ledger->database().connection(), QStringLiteral("SELECT actor FROM history WHERE entity = 'inspection_rounds' AND entity_id = ?"))
              .add(round)
              .scalar()
              .toString() == QStringLiteral("王五"));
}
