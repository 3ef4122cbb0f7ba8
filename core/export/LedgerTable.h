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
    TableColumn() = default;
    TableColumn(QString title, Type type = Type::Text, int width = 12)
        : title(std::move(title))
        , type(type)
        , width(width) {}

    QString title;
    Type type = Type::Text;
    int width = 12; // characters, for spreadsheets
    // For a form sent out to be filled in (XLSX only): a sheet with an editable column is
    // protected, and only its editable columns can be typed in; `choices` offers a list.
    bool editable = false;
    bool hidden = false;
    QStringList choices;
};

struct Table {
    QString title;
    QString anchor; // the history's head when it was read (HistoryAnchor::text()); empty: none
    QList<TableColumn> columns;
    QList<QVariantList> rows; // QString, int, double or QDate (invalid: empty)
};

// The title and columns of a ledger's table, without rows.
Table ledgerTableShape(LedgerKind kind);

// The rows of a ledger's table, chunk after chunk, in order. progress(done, total) after each
// chunk; returning false from it or from `rows` stops the reading, and false comes back.
bool ledgerTableRows(const LedgerViews& views, LedgerKind kind, const LedgerFilter& filter,
                     const std::function<bool(QList<QVariantList>&&)>& rows,
                     const std::function<bool(int, int)>& progress = {});

// The whole table in memory. progress as above; a cancel gives an empty optional.
std::optional<Table> ledgerTable(const LedgerViews& views, LedgerKind kind, const LedgerFilter& filter,
                                 const std::function<bool(int, int)>& progress = {});
QString ledgerTitle(LedgerKind kind);
std::optional<LedgerKind> parseLedgerKind(const QString& text); // findings | measures | responsibility

} // namespace rectrack
