#include "SchemaTables.h"

namespace rectrack::SchemaTables {

namespace {

// Version 1: the whole ledger. Portable SQL: integer keys, TEXT dates (ISO 8601), money as
// INTEGER fen, codes as TEXT with CHECKs. Timestamps are UTC ISO strings.
const char* const Version1[] = {
    R"(CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        sort_order INTEGER NOT NULL DEFAULT 0,
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE persons (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        title TEXT NOT NULL DEFAULT '',
        unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
        phone TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE inspection_rounds (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        kind TEXT NOT NULL DEFAULT 'xuncha' CHECK (kind IN ('xunshi','xuncha')),
        level TEXT NOT NULL DEFAULT '',
        year INTEGER NOT NULL DEFAULT 0,
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE inspections (
        id INTEGER PRIMARY KEY,
        round_id INTEGER NOT NULL REFERENCES inspection_rounds(id) ON DELETE RESTRICT,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        team TEXT NOT NULL DEFAULT '',
        inspected_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
        type TEXT NOT NULL DEFAULT 'regular'
            CHECK (type IN ('regular','special','ad_hoc','follow_up','elevated','cross')),
        onsite_start TEXT, onsite_end TEXT, feedback_date TEXT, rectification_end TEXT,
        organisation_text TEXT NOT NULL DEFAULT '',
        next_steps_text TEXT NOT NULL DEFAULT '',
        contact_text TEXT NOT NULL DEFAULT '',
        issuing_body TEXT NOT NULL DEFAULT '',
        published_date TEXT,
        source_hash TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE categories (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
        number TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        sort_order INTEGER NOT NULL DEFAULT 0,
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE findings (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
        category_id INTEGER REFERENCES categories(id) ON DELETE SET NULL,
        kind TEXT NOT NULL DEFAULT 'problem' CHECK (kind IN ('problem','suggestion')),
        number TEXT NOT NULL DEFAULT '',
        sort_order INTEGER NOT NULL DEFAULT 0,
        title TEXT NOT NULL CHECK (length(trim(title)) > 0),
        description TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'not_started'
            CHECK (status IN ('not_started','in_progress','completed','ongoing')),
        deadline_kind TEXT NOT NULL DEFAULT 'none'
            CHECK (deadline_kind IN ('none','immediate','date','long_term','continuous')),
        deadline_date TEXT,
        leader_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
        lead_unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
        outcome TEXT NOT NULL DEFAULT '',
        difficulties TEXT NOT NULL DEFAULT '',
        signoff_state TEXT NOT NULL DEFAULT 'none'
            CHECK (signoff_state IN ('none','requested','approved','returned')),
        reopened INTEGER NOT NULL DEFAULT 0 CHECK (reopened IN (0,1)),
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE finding_units (
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        unit_id INTEGER NOT NULL REFERENCES units(id) ON DELETE CASCADE,
        PRIMARY KEY (finding_id, unit_id)))",
    R"(CREATE TABLE measures (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        sort_order INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
        person_id INTEGER REFERENCES persons(id) ON DELETE SET NULL,
        deadline_kind TEXT NOT NULL DEFAULT 'none'
            CHECK (deadline_kind IN ('none','immediate','date','long_term','continuous')),
        deadline_date TEXT,
        status TEXT NOT NULL DEFAULT 'not_started'
            CHECK (status IN ('not_started','in_progress','completed','ongoing')),
        completed_date TEXT,
        created_at TEXT NOT NULL, updated_at TEXT NOT NULL,
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE progress_notes (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        measure_id INTEGER REFERENCES measures(id) ON DELETE CASCADE,
        note_date TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL CHECK (length(trim(text)) > 0),
        created_at TEXT NOT NULL))",
    R"(CREATE TABLE evidence_blobs (
        sha256 TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        data BLOB NOT NULL))",
    R"(CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        measure_id INTEGER REFERENCES measures(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL REFERENCES evidence_blobs(sha256),
        added_at TEXT NOT NULL,
        added_by TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE results (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        measure_id INTEGER REFERENCES measures(id) ON DELETE CASCADE,
        rules_made INTEGER NOT NULL DEFAULT 0 CHECK (rules_made >= 0),
        rule_titles TEXT NOT NULL DEFAULT '',
        recovered_fen INTEGER NOT NULL DEFAULT 0,
        accountable_persons INTEGER NOT NULL DEFAULT 0 CHECK (accountable_persons >= 0),
        funds_returned_fen INTEGER NOT NULL DEFAULT 0,
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE signoffs (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        action TEXT NOT NULL CHECK (action IN ('request','approve','return')),
        actor TEXT NOT NULL,
        at TEXT NOT NULL,
        comment TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE followup_reviews (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        review_date TEXT NOT NULL,
        reviewer TEXT NOT NULL DEFAULT '',
        result TEXT NOT NULL CHECK (result IN ('confirmed','rebounded')),
        comment TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        finding_id INTEGER,
        action TEXT NOT NULL CHECK (action IN ('create','update','delete')),
        field TEXT NOT NULL,
        old_value TEXT,
        new_value TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL))",
    "CREATE INDEX units_parent ON units(parent_id)",
    "CREATE INDEX inspections_round ON inspections(round_id)",
    "CREATE INDEX categories_inspection ON categories(inspection_id, sort_order)",
    "CREATE INDEX findings_inspection ON findings(inspection_id, sort_order)",
    "CREATE INDEX findings_category ON findings(category_id)",
    "CREATE INDEX findings_status ON findings(status, deadline_date)",
    "CREATE INDEX findings_lead_unit ON findings(lead_unit_id)",
    "CREATE INDEX findings_leader ON findings(leader_id)",
    "CREATE INDEX finding_units_unit ON finding_units(unit_id)",
    "CREATE INDEX measures_finding ON measures(finding_id, sort_order)",
    "CREATE INDEX measures_status ON measures(status, deadline_date)",
    // a finding's open measures and their deadlines, without touching the table
    "CREATE INDEX measures_open ON measures(finding_id, status, deadline_kind, deadline_date)",
    "CREATE INDEX measures_unit ON measures(unit_id)",
    "CREATE INDEX notes_finding ON progress_notes(finding_id, note_date)",
    "CREATE INDEX evidence_finding ON evidence(finding_id)",
    "CREATE INDEX results_finding ON results(finding_id)",
    "CREATE INDEX signoffs_finding ON signoffs(finding_id)",
    "CREATE INDEX reviews_finding ON followup_reviews(finding_id)",
    "CREATE INDEX history_entity ON history(entity, entity_id)",
    "CREATE INDEX history_finding ON history(finding_id)",
};

// Version 2: accounts and roles, deadline extensions and office settings (its full-text
// index is each backend's own).
// The index is an FTS5 trigram table kept in step by triggers (so every writer, the CLI
// included, keeps it right); its rowid encodes the source: id * 4 + 1 finding,
// + 2 measure, + 3 progress note. PostgreSQL would use pg_trgm in its own schema module.
const char* const Version2[] = {
    R"(CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
        role TEXT NOT NULL CHECK (role IN ('staff','reviewer','leader','admin')),
        password_salt TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        iterations INTEGER NOT NULL CHECK (iterations > 0),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
        created_at TEXT NOT NULL,
        row_version INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE deadline_extensions (
        id INTEGER PRIMARY KEY,
        finding_id INTEGER NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
        measure_id INTEGER REFERENCES measures(id) ON DELETE CASCADE,
        old_kind TEXT NOT NULL, old_date TEXT,
        new_kind TEXT NOT NULL, new_date TEXT,
        reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
        requested_by TEXT NOT NULL,
        requested_at TEXT NOT NULL))",
    "CREATE INDEX extensions_finding ON deadline_extensions(finding_id)",
    R"(CREATE TABLE settings (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        value TEXT NOT NULL DEFAULT '',
        row_version INTEGER NOT NULL DEFAULT 1))",
    "CREATE INDEX findings_deadline ON findings(deadline_date)",
    "CREATE INDEX measures_deadline ON measures(deadline_date)",
    "CREATE INDEX measures_person ON measures(person_id)",
    // sorting a ledger by deadline, undated last, a page at a time
    "CREATE INDEX findings_due ON findings(coalesce(deadline_date, '9999-12-31'))",
    "CREATE INDEX measures_due ON measures(coalesce(deadline_date, '9999-12-31'))",
};

QStringList statements(const char* const* begin, const char* const* end) {
    QStringList out;
    for (const char* const* s = begin; s != end; ++s)
        out << QString::fromUtf8(*s);
    return out;
}

} // namespace

QStringList version1() {
    return statements(std::begin(Version1), std::end(Version1));
}

QStringList version2() {
    return statements(std::begin(Version2), std::end(Version2));
}

QStringList version5() {
    // The figures an inspection's bulletin states for it (StatedResults as text).
    return {QStringLiteral("ALTER TABLE inspections ADD COLUMN stated_totals TEXT NOT NULL DEFAULT ''")};
}

QStringList version6() {
    // Why the public bulletin leaves a finding's details out; empty: public.
    return {QStringLiteral("ALTER TABLE findings ADD COLUMN withheld TEXT NOT NULL DEFAULT ''")};
}

} // namespace rectrack::SchemaTables
