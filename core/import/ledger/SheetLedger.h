#pragma once
// An office's ledger sheet read into problems and their measures, once its columns are known
// (LedgerColumns): one problem over many measure rows, whether its cells were merged (read into
// each row), its text repeated on every row, or left blank below its first row; categories as a
// column or as a row spanning the table (一、党的建设方面); several numbered measures in one cell;
// total rows and blank rows left out, each skip and doubt said with its row number.

#include "LedgerColumns.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rectrack {

struct SheetMeasure {
    int row = 0; // in the sheet
    QString text;
    QString leadUnit;
    QStringList coUnits;
    QString person;
    QString deadline; // as written: 立行立改, 2025年6月底前, 2025-06-30 …
    QString progress; // as written: 已完成, 正在推进 …
    QString completedOn; // as written
};

struct SheetFinding {
    int row = 0; // where it starts in the sheet
    QString number;
    std::optional<int> category; // into SheetLedger::categories
    QString title;
    QString leader;
    QString leadUnit;
    QStringList coUnits;
    QString person;
    QString deadline;
    QString progress;
    QString outcome;
    QString remark;
    QList<SheetMeasure> measures;
};

struct SheetLedger {
    QString sheet;
    LedgerColumns columns;
    QStringList categories;
    QList<SheetFinding> findings;
    QStringList skipped;  // rows left out, and why (第 N 行 …)
    QStringList warnings; // what looks wrong, with its row
};

SheetLedger readSheetLedger(const Sheet& sheet, const LedgerColumns& columns);

// Several units written in one cell (办公室、财务科；人事科), as a list.
QStringList splitUnits(const QString& cell);
// A cell holding several numbered measures (1. … 2. …, ①…②…, （1）…), as one text per measure;
// any other text as it is.
QStringList splitMeasures(const QString& cell);

} // namespace rectrack
