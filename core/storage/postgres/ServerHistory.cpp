#include "ServerHistory.h"

#include "PostgresDialect.h"
#include "storage/RowStore.h"

namespace rectrack::ServerHistory {

namespace {

// Whether the session may name the actor and the time: the database's owner (or a member of
// its role, a superuser included). Everyone else is recorded as who the server says they are.
const char* const Trusted = R"(
CREATE OR REPLACE FUNCTION rectrack_trusted() RETURNS boolean LANGUAGE sql STABLE AS $f$
  SELECT pg_has_role(session_user, (SELECT datdba FROM pg_database WHERE datname = current_database()), 'MEMBER')
$f$)";

const char* const Actor = R"(
CREATE OR REPLACE FUNCTION rectrack_actor() RETURNS text LANGUAGE sql STABLE AS $f$
  SELECT CASE WHEN coalesce(current_setting('rectrack.actor', true), '') <> '' AND rectrack_trusted()
              THEN current_setting('rectrack.actor', true) ELSE session_user::text END
$f$)";

// The time as HistoryLog writes it (UTC, milliseconds: Qt's ISODateWithMs).
const char* const Now = R"(
CREATE OR REPLACE FUNCTION rectrack_now() RETURNS text LANGUAGE sql STABLE AS $f$
  SELECT CASE WHEN coalesce(current_setting('rectrack.now', true), '') <> '' AND rectrack_trusted()
              THEN current_setting('rectrack.now', true)
              ELSE to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') END
$f$)";

// What the history keeps of a value: a secret (an account's password hash and salt) only as a
// fingerprint, as RowStore::historyText does.
const char* const Kept = R"(
CREATE OR REPLACE FUNCTION rectrack_kept(p_table text, p_column text, p_value text) RETURNS text
LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE WHEN p_value IS NOT NULL AND p_table = 'accounts' AND p_column IN ('password_hash', 'password_salt')
              THEN 'fingerprint:' || left(encode(sha256(convert_to(p_value, 'UTF8')), 'hex'), 12)
              ELSE p_value END
$f$)";

// A row's columns that are not its values: its key and what follows from its history.
const char* const Bookkeeping = R"(
CREATE OR REPLACE FUNCTION rectrack_bookkeeping_columns(p_row jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $f$
  SELECT CASE WHEN p_row ? 'updated_at' THEN ARRAY['id', 'row_version', 'created_at', 'updated_at']
              ELSE ARRAY['id', 'row_version'] END
$f$)";

// One entry, chained to the newest: the hash is HistoryLog::hashOf's, a SHA-256 over the
// compact JSON array [previous hash, at, actor, entity, entity id, finding id, action, field,
// old value, new value] (PostgreSQL's to_json escapes text as Qt's QJsonDocument does).
// Writers take turns on the lock every Rectrack writer takes, psql's included. Each commit that
// wrote entries notifies the channel OutsideChanges listens on.
const char* const Record = R"(
CREATE OR REPLACE FUNCTION rectrack_record(p_entity text, p_entity_id bigint, p_finding_id bigint, p_action text,
                                           p_field text, p_old text, p_new text, p_at text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
DECLARE
  previous text;
  who text := rectrack_actor();
  content text;
BEGIN
  PERFORM pg_advisory_xact_lock(%1);
  SELECT hash INTO previous FROM history ORDER BY id DESC LIMIT 1;
  previous := coalesce(previous, repeat('0', 64));
  content := '[' || to_json(previous)::text || ',' || to_json(p_at)::text || ',' || to_json(who)::text || ','
          || to_json(p_entity)::text || ',' || to_json(p_entity_id::text)::text || ','
          || coalesce(to_json(p_finding_id::text)::text, 'null') || ',' || to_json(p_action)::text || ','
          || to_json(p_field)::text || ',' || coalesce(to_json(p_old)::text, 'null') || ','
          || coalesce(to_json(p_new)::text, 'null') || ']';
  INSERT INTO history (at, actor, entity, entity_id, finding_id, action, field, old_value, new_value, prev_hash, hash)
  VALUES (p_at, who, p_entity, p_entity_id, p_finding_id, p_action, p_field, p_old, p_new, previous,
          encode(sha256(convert_to(content, 'UTF8')), 'hex'));
  -- every open ledger hears of it when the transaction commits (once per transaction: the same
  -- notification is folded into one)
  PERFORM pg_notify('rectrack_changes', '');
END
$f$)";

// Each row written: its creation (a snapshot of its values, as JSON), each changed value, its
// deletion. The finding it belongs to is the row itself or its finding_id; for an update, the
// one it belonged to before.
const char* const HistoryRow = R"(
CREATE OR REPLACE FUNCTION rectrack_history_row() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
DECLARE
  old_row jsonb;
  new_row jsonb;
  any_row jsonb;
  skipped text[];
  finding bigint;
  moment text := rectrack_now();
  snapshot text;
  col text;
BEGIN
  IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
  IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
  any_row := coalesce(old_row, new_row);
  skipped := rectrack_bookkeeping_columns(any_row);
  finding := CASE WHEN TG_TABLE_NAME = 'findings' THEN (any_row->>'id')::bigint ELSE (any_row->>'finding_id')::bigint END;
  IF TG_OP = 'INSERT' THEN
    SELECT '{' || coalesce(string_agg(to_json(key)::text || ':'
                   || coalesce(to_json(rectrack_kept(TG_TABLE_NAME, key, value))::text, 'null'), ',' ORDER BY key), '')
           || '}'
      INTO snapshot FROM jsonb_each_text(new_row) WHERE key <> ALL (skipped);
    PERFORM rectrack_record(TG_TABLE_NAME, (new_row->>'id')::bigint, finding, 'create', '*', NULL, snapshot, moment);
  ELSIF TG_OP = 'UPDATE' THEN
    FOR col IN SELECT attname FROM pg_attribute WHERE attrelid = TG_RELID AND attnum > 0 AND NOT attisdropped
               ORDER BY attnum LOOP
      CONTINUE WHEN col = ANY (skipped) OR (old_row->>col) IS NOT DISTINCT FROM (new_row->>col);
      PERFORM rectrack_record(TG_TABLE_NAME, (new_row->>'id')::bigint, finding, 'update', col,
                              rectrack_kept(TG_TABLE_NAME, col, old_row->>col),
                              rectrack_kept(TG_TABLE_NAME, col, new_row->>col), moment);
    END LOOP;
  ELSE
    PERFORM rectrack_record(TG_TABLE_NAME, (old_row->>'id')::bigint, finding, 'delete', '*', NULL, NULL, moment);
  END IF;
  RETURN NULL;
END
$f$)";

// Before a row is written: a new row's row_version is 1 and its created_at and updated_at the
// time of its creation's entry; an update's row_version goes up by one per changed value and
// its updated_at becomes their entries' time. Whatever the writer put there is overruled, so
// these columns cannot be changed by hand. Only a link table's trigger (below) may touch a row
// without changing a value of its own.
const char* const Stamp = R"(
CREATE OR REPLACE FUNCTION rectrack_stamp() RETURNS trigger LANGUAGE plpgsql AS $f$
DECLARE
  old_row jsonb;
  new_row jsonb := to_jsonb(NEW);
  skipped text[] := rectrack_bookkeeping_columns(to_jsonb(NEW));
  patch jsonb := '{}';
  changed integer := 0;
  moment text := rectrack_now();
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF new_row ? 'row_version' THEN patch := patch || jsonb_build_object('row_version', 1); END IF;
    IF new_row ? 'updated_at' THEN
      patch := patch || jsonb_build_object('created_at', moment, 'updated_at', moment);
    END IF;
  ELSE
    old_row := to_jsonb(OLD);
    SELECT count(*) INTO changed FROM jsonb_each(new_row) n
     WHERE n.key <> ALL (skipped) AND n.value IS DISTINCT FROM old_row->n.key;
    IF changed = 0 AND pg_trigger_depth() > 1 THEN
      RETURN NEW;
    END IF;
    IF new_row ? 'row_version' THEN
      patch := patch || jsonb_build_object('row_version', (old_row->>'row_version')::bigint + changed);
    END IF;
    IF new_row ? 'updated_at' THEN
      patch := patch || jsonb_build_object('created_at', old_row->'created_at', 'updated_at',
                                           CASE WHEN changed > 0 THEN to_jsonb(moment) ELSE old_row->'updated_at' END);
    END IF;
  END IF;
  NEW := jsonb_populate_record(NEW, patch);
  RETURN NEW;
END
$f$)";

// A finding's co-units live in their link table; a unit added or taken away is recorded as an
// edit of the finding's co_unit_ids (the list of unit ids in order), as RowStore does on a desk.
// A link that goes with its finding is not: the finding's deletion says it.
const char* const CoUnits = R"(
CREATE OR REPLACE FUNCTION rectrack_co_units() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $f$
DECLARE
  finding bigint;
  unit bigint;
  now_list text;
  before_list text;
  moment text := rectrack_now();
BEGIN
  IF TG_OP = 'INSERT' THEN finding := NEW.finding_id; unit := NEW.unit_id;
  ELSE finding := OLD.finding_id; unit := OLD.unit_id; END IF;
  IF NOT EXISTS (SELECT 1 FROM findings WHERE id = finding) THEN
    RETURN NULL;
  END IF;
  SELECT coalesce(string_agg(unit_id::text, ',' ORDER BY unit_id), '') INTO now_list
    FROM finding_units WHERE finding_id = finding;
  SELECT coalesce(string_agg(u::text, ',' ORDER BY u), '') INTO before_list FROM (
      SELECT unit_id AS u FROM finding_units WHERE finding_id = finding AND unit_id <> unit
      UNION ALL SELECT unit WHERE TG_OP = 'DELETE') listed;
  PERFORM rectrack_record('findings', finding, finding, 'update', 'co_unit_ids', before_list, now_list, moment);
  UPDATE findings SET row_version = row_version + 1, updated_at = moment WHERE id = finding;
  RETURN NULL;
END
$f$)";

} // namespace

QStringList statements() {
    QStringList s{QString::fromUtf8(Trusted),     QString::fromUtf8(Actor),
                  QString::fromUtf8(Now),         QString::fromUtf8(Kept),
                  QString::fromUtf8(Bookkeeping), QString::fromUtf8(Record).arg(PostgresDialect::WriteLock),
                  QString::fromUtf8(HistoryRow),  QString::fromUtf8(Stamp),
                  QString::fromUtf8(CoUnits)};
    // Only the triggers (running as the owner) may write the history.
    s << QStringLiteral("REVOKE ALL ON FUNCTION rectrack_record(text, bigint, bigint, text, text, text, text, text) "
                        "FROM PUBLIC");
    for (const QString& table : RowStore::recordedTables()) {
        s << QStringLiteral("CREATE OR REPLACE TRIGGER %1_stamp BEFORE INSERT OR UPDATE ON %1 FOR EACH ROW "
                            "EXECUTE FUNCTION rectrack_stamp()")
                 .arg(table);
        s << QStringLiteral("CREATE OR REPLACE TRIGGER %1_history AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                            "EXECUTE FUNCTION rectrack_history_row()")
                 .arg(table);
    }
    s << QStringLiteral("CREATE OR REPLACE TRIGGER finding_units_history AFTER INSERT OR DELETE ON finding_units "
                        "FOR EACH ROW EXECUTE FUNCTION rectrack_co_units()");
    return s;
}

} // namespace rectrack::ServerHistory
