#pragma once
// An office's ledger sheet as what the import shows and saves (ParsedBulletin): its problems with
// their measures, each measure with its unit, person, deadline and progress; the statuses read
// from the progress words offices write (已完成, 推进中, 长期坚持 …); every row left out and
// every doubt among the warnings.

#include "SheetLedger.h"
#include "domain/Enums.h"
#include "import/ParsedBulletin.h"

namespace rectrack {

// `title`: what the inspection is called when the sheet has no title row above its header.
ParsedBulletin bulletinOfSheet(const SheetLedger& ledger, const Sheet& sheet, const QString& title);

// Whether a file is read as a ledger sheet (.xlsx, .xlsm, .csv; .xls and .et to be told what
// to do), by its name.
bool isSheetFile(const QString& fileName);

// A ledger workbook or CSV file read whole: the first sheet whose header is recognised (or that
// `map` maps by hand, as --map gives it). Throws Error(Invalid) saying what to do when no sheet
// reads as a ledger.
ParsedBulletin readSheetBulletin(const QString& fileName, const QByteArray& bytes, const QString& map = {});

// The first of `sheets` whose header is recognised (or that `map` maps) and that holds a problem,
// as a ledger (its title `name` when it has no title row); nullopt when none does. Also how a
// table inside a Word document or a web page (a 整改方案's 任务分解表) is read.
std::optional<ParsedBulletin> ledgerOfSheets(const QList<Sheet>& sheets, const QString& name, const QString& map = {});

// A progress cell's words as a status: Unknown when they say nothing known.
ParsedFinding::Status statusOfWords(const QString& words);

// A parsed status as the ledger keeps it: Unknown is not started.
Status ledgerStatus(ParsedFinding::Status status);

} // namespace rectrack
