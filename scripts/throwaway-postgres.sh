#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for trying Rectrack on a server or running rectrack-bench
# --server: initdb and pg_ctl of Debian's postgresql-15 in DIR, on a Unix socket in DIR only, as
# the user nobody when run as root. Nothing is installed; `stop` removes DIR.
#   bash scripts/throwaway-postgres.sh start DIR [DATABASE]   prints the URL of DATABASE (made empty)
#   bash scripts/throwaway-postgres.sh stop DIR
set -euo pipefail
action=${1:?start or stop}
dir=${2:?a folder for the cluster}
database=${3:-ledger}
bin=/usr/lib/postgresql/15/bin
port=5439
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then setpriv --reuid=nobody --regid=nogroup --clear-groups "$@"; else "$@"; fi
}
case "$action" in
  start)
    [ -x "$bin/initdb" ] || { echo "error: install postgresql-15 (bash scripts/bootstrap.sh build does)" >&2; exit 1; }
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ "$(id -u)" -eq 0 ] && chown nobody:nogroup "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -U admin -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
    as_owner "$bin/pg_ctl" start -w -D "$dir/data" -l "$dir/server.log" \
      -o "-k $dir -c listen_addresses='' -p $port -c max_connections=100" >/dev/null
    "$bin/psql" -X -q -h "$dir" -p "$port" -U admin -d postgres -c "CREATE DATABASE \"$database\""
    echo "postgresql://admin@localhost:$port/$database?host=$dir"
    ;;
  stop)
    as_owner "$bin/pg_ctl" stop -m fast -D "$dir/data" >/dev/null || true
    rm -rf "$dir"
    ;;
  *) echo "usage: $0 start|stop DIR [DATABASE]" >&2; exit 2 ;;
esac
