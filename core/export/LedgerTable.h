#pragma once
// A ledger (问题清单, 任务清单, 责任清单) as a plain table of every field, for the exporters:
// column titles with the kind of value each holds, and rows of raw values (text, numbers,
// dates), in the ledger's order and filter.

#include "storage/LedgerViews.h"

#include <QVariantList>
#include <functional>

namespace rectrack {

enum class LedgerKind { Findings, Measures, Responsibility };

struct TableColumn {
    enum class Type { Text, Number, Date, Percent };
    QString title;
    Type type = Type::Text;
    int width = 12; // characters, for spreadsheets
};

struct Table {
    QString title;
    QList<TableColumn> columns;
    QList<QVariantList> rows; // QString, int, double or QDate (invalid: empty)
};

// progress(done, total) now and then; returning false cancels (an empty optional comes back).
std::optional<Table> ledgerTable(const LedgerViews& views, LedgerKind kind, const LedgerFilter& filter,
                                 const std::function<bool(int, int)>& progress = {});
QString ledgerTitle(LedgerKind kind);
std::optional<LedgerKind> parseLedgerKind(const QString& text); // findings | measures | responsibility

} // namespace rectrack
