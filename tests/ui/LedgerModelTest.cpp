#include "ledger/LedgerModel.h"
#include "common/Roles.h"
#include "navigator/InspectionTreeModel.h"
#include "services/SampleData.h"
#include "support/TestLedger.h"
#include "views/LedgerListModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rectrack;
using namespace rectrack::test;
using rectrack::ui::LedgerModel;

TEST_CASE("The ledger model passes Qt's model checks and shows the sample", "[ui][model]") {
    TestLedger ledger;
    const Id inspection = loadSampleData(*ledger);
    LedgerModel model(*ledger);
    model.setInspection(inspection);
    REQUIRE(model.rowCount() == 13);
    const QModelIndex parent = model.index(1, 0);
    CHECK(model.hasChildren(parent));
    CHECK(model.rowCount(parent) == 0); // measures not loaded before the finding is expanded
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex second = model.index(1, LedgerModel::TitleColumn);
    CHECK(second.data().toString() == QStringLiteral("耕地撂荒整治推进缓慢"));
    CHECK(model.index(1, LedgerModel::DeadlineStateColumn).data().toString() == QStringLiteral("已逾期"));
    CHECK(static_cast<DeadlineState>(second.data(ui::DeadlineStateRole).toInt()) == DeadlineState::Overdue);
    CHECK(model.index(1, LedgerModel::ProgressColumn).data().toString() == QStringLiteral("1/2"));
    CHECK(model.index(1, LedgerModel::LatestNoteColumn).data().toString().contains(QStringLiteral("68%")));
    // raw values sort dates as dates
    CHECK(model.index(1, LedgerModel::DeadlineColumn).data(ui::RawValueRole).typeId() == QMetaType::QDate);

    // measures load when the finding is expanded
    if (model.canFetchMore(parent))
        model.fetchMore(parent);
    REQUIRE(model.rowCount(parent) == 2);
    CHECK(model.index(1, LedgerModel::TitleColumn, parent).data().toString() ==
          QStringLiteral("制定复耕复种计划，分乡镇倒排工期"));

    // an edit shows after refreshFinding, measures included
    const Id measureId = model.index(1, 0, parent).data(ui::ItemIdRole).toLongLong();
    ledger->findings().setMeasureStatus(measureId, Status::Completed, testToday());
    model.refreshFinding(second.data(ui::ItemIdRole).toLongLong());
    CHECK(model.index(1, LedgerModel::StatusColumn).data().toString() == QStringLiteral("已完成"));
    CHECK(model.index(1, LedgerModel::StatusColumn, model.index(1, 0)).data().toString() ==
          QStringLiteral("已完成"));
}

TEST_CASE("The ledger model loads findings a page at a time", "[ui][model]") {
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    ledger->rows().atomically([&] {
        for (int i = 0; i < LedgerModel::PageSize * 2 + 17; ++i)
            makeFinding(*ledger, inspection, QStringLiteral("问题%1").arg(i));
    });
    LedgerModel model(*ledger);
    model.setInspection(inspection);
    CHECK(model.rowCount() == LedgerModel::PageSize);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == LedgerModel::PageSize * 2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex last = model.indexOfFinding(model.index(0, 0).data(ui::ItemIdRole).toLongLong() +
                                                  LedgerModel::PageSize * 2 + 16);
    REQUIRE(last.isValid());
    CHECK(model.rowCount() == LedgerModel::PageSize * 2 + 17);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("The navigator lists rounds and loads their inspections on demand", "[ui][model]") {
    TestLedger ledger;
    const Id r1 = makeRound(*ledger, QStringLiteral("第一轮"));
    const Id r2 = makeRound(*ledger, QStringLiteral("第二轮"));
    makeInspection(*ledger, r1, QStringLiteral("甲"));
    const Id b = makeInspection(*ledger, r2, QStringLiteral("乙"));
    makeInspection(*ledger, r2, QStringLiteral("丙"));
    ui::InspectionTreeModel model(*ledger);
    REQUIRE(model.rowCount() == 2);
    const QModelIndex round2 = model.indexOfRound(r2);
    CHECK(model.hasChildren(round2));
    CHECK(model.rowCount(round2) == 0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex inspection = model.indexOfInspection(b);
    REQUIRE(inspection.isValid());
    CHECK(inspection.data().toString() == QStringLiteral("乙"));
    CHECK(model.rowCount(round2) == 2);
}

TEST_CASE("A long list keeps only a few pages and reads any row by id as it is shown", "[ui][model]") {
    using rectrack::ui::LedgerListModel;
    TestLedger ledger;
    const Id inspection = makeInspection(*ledger, makeRound(*ledger));
    constexpr int Count = LedgerListModel::PageSize * 5 + 37;
    ledger->rows().atomically([&] {
        for (int i = 0; i < Count; ++i)
            makeFinding(*ledger, inspection, QStringLiteral("问题%1").arg(i, 4, 10, QLatin1Char('0')));
    });
    LedgerListModel model(*ledger, LedgerListModel::Mode::Findings);
    model.setKeptPages(2);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto settled = [&] { return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000); };
    model.setFilter({});
    REQUIRE(settled());
    REQUIRE(QTest::qWaitFor([&] { return model.total() == Count; }, 20000)); // the ids: the whole list
    CHECK(model.rowCount() < Count); // not all rows yet: the view asks for more as it scrolls
    while (model.canFetchMore({})) { // scrolled to the end
        model.fetchMore({});
        REQUIRE(settled());
        CHECK(model.keptPageCount() <= 2);
    }
    REQUIRE(model.rowCount() == Count);
    // Any row, in any order: known by id at once, its text once its page has been read.
    const auto shown = [&](int row, int column) {
        const QModelIndex cell = model.index(row, column);
        if (cell.data().toString().isEmpty()) // asks for its page
            REQUIRE(settled());
        return cell.data().toString();
    };
    for (const int row : {Count - 1, 0, 650, 3, Count / 2, 1}) {
        INFO("row " << row);
        CHECK(model.index(row, 0).data(ui::ItemIdRole).toLongLong() > 0);
        CHECK(shown(row, LedgerListModel::TitleColumn) == QStringLiteral("问题%1").arg(row, 4, 10, QLatin1Char('0')));
        CHECK(model.keptPageCount() <= 2);
    }
    // An edit shows after a refresh, the rows staying where they are.
    ledger->findings().setFindingStatus(model.idAt(650), Status::Completed, testToday());
    model.refresh();
    REQUIRE(settled());
    CHECK(model.rowCount() == Count);
    CHECK(shown(650, LedgerListModel::StatusColumn) == QStringLiteral("已完成"));
    CHECK(shown(651, LedgerListModel::StatusColumn) == QStringLiteral("未启动"));
}
