#pragma once
// One import pipeline, for the window and the command line: a bulletin's file (or an office's
// ledger sheet) read, its text
// extracted and decoded (DocumentReader), parsed (BulletinParser) and its content hashed; and
// the inspection an earlier import of it became, if any.

#include "domain/Entities.h"
#include "import/ParsedBulletin.h"

#include <optional>

namespace rectrack {

class Ledger;

struct BulletinFile {
    ParsedBulletin bulletin; // with the file's format and text encoding
    QString hash;            // of the file's bytes: the same file imported again is known by it
};

// Throws Error with a message for the user when the file cannot be read or is not a
// document this program reads. A workbook or CSV file is read as the office's own ledger
// (SheetBulletin), its columns as `map` gives them where its header is not recognised.
BulletinFile readBulletinFile(const QString& path, const QString& map = {});

struct EarlierImport {
    Id inspection = 0;
    bool sameFile = false; // this very file; otherwise another version with the same title
};
// The inspection this file became when it was imported before, else the one inspection with
// the bulletin's title (a newer version of the same bulletin); none when there is neither, or
// several share the title.
std::optional<EarlierImport> earlierImport(Ledger& ledger, const QString& hash, const QString& title);

} // namespace rectrack
