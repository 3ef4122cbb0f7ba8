#pragma once
// Schema version 3: what the dashboard counts, kept up to date by the database itself.
//
// finding_facts holds one narrow row per finding with what its deadline state and the
// aggregates need: its measures' counts, the earliest open dated deadline of the finding
// and its open measures (open_due), whether an undated 立行立改 or a standing measure is
// open, and the day it was closed. Triggers on findings and measures refresh a finding's row
// in the transaction that writes it, so every writer (the program, the CLI, an import, a
// rollback) keeps it right.
//
// Triggers on finding_facts keep running totals: per inspection (statuses, suggestions,
// sign-offs, measures, undated states), per category, per lead unit and per closing day.
// The dashboard then reads a few thousand tally rows and counts only what depends on the
// day — open findings due before today or soon — by ranges of a partial index.
//
// The triggers are written once (TriggerSpec) and made in each dialect's syntax.

#include <QStringList>

namespace rectrack {
class SqlDialect;
}

namespace rectrack::DashboardFacts {

// The statements that create the tables, indexes and triggers and fill them from what the
// database already holds.
QStringList schemaStatements(const SqlDialect& dialect);

// The tables the triggers keep: finding_facts and the tallies (a copy may take them as they are).
QStringList keptTables();

// Statements (for tests and `rectrack-cli verify`) whose rows show where the kept facts and
// tallies differ from the ledger: empty when they agree.
QStringList consistencyChecks();

} // namespace rectrack::DashboardFacts
