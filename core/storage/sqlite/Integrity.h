#pragma once
// Is a database file whole? SQLite's own checks of its pages and indexes (quick: pages and
// records; full: also every index against its table, and the foreign keys), run on a
// connection of their own, so a damaged file is reported instead of being opened.
// And what does it hold? A digest of every row of every table, to tell that a restored
// file holds exactly what its backup held.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>

namespace rectrack {

struct IntegrityReport {
    bool ok = false;
    QStringList problems; // SQLite's own lines, at most a hundred
    bool cancelled = false;
};

enum class IntegrityDepth { Quick, Full };

// Never throws for a damaged file: a file that cannot be read at all is a report with one problem.
// When *cancel turns true the check stops; the report then says so (not ok, cancelled).
IntegrityReport checkIntegrity(const QString& path, IntegrityDepth depth, const std::atomic_bool* cancel = nullptr);

// SHA-256 over every table (in name order) and every row (in rowid order), with each value's
// type. Throws Error when the file cannot be read.
QByteArray contentDigest(const QString& path);
// The same over one schema ("main", or an attached database's name) of an open connection, as
// that connection sees it (inside its transaction, if one is open).
class SqliteFile;
QByteArray contentDigest(const SqliteFile& file, const QString& schema);

} // namespace rectrack
