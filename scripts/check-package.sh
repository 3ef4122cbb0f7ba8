#!/usr/bin/env bash
# Installs the Debian package as an office's IT person would, uses it, and removes it again,
# checking that every ledger, backup and setting of its users stays (docs/packaging.md):
#   bash scripts/check-package.sh [DEB]   default: the newest build/rectrack_*_amd64.deb; as root
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
deb=$(readlink -f "${1:-$(ls -t "$root"/build/rectrack_*_amd64.deb | head -1)}")
export DEBIAN_FRONTEND=noninteractive
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
user_home=$work/home # a user's home: the default ledger, its backups and the settings live there
mkdir -p "$user_home"
as_user() { env HOME="$user_home" XDG_RUNTIME_DIR="$work" QT_QPA_PLATFORM=offscreen "$@"; }

echo "== installing $deb with apt-get (its dependencies too)"
apt-get install -y -qq "$deb" >/dev/null
dpkg -s rectrack | grep -E '^(Status|Version|Depends):'
test -x /usr/bin/rectrack && test -x /usr/bin/rectrack-cli

echo "== using it"
/usr/bin/rectrack-cli --version
as_user /usr/bin/rectrack-cli --db "$work/x.sqlite" init
as_user /usr/bin/rectrack-cli --db "$work/x.sqlite" sample
as_user /usr/bin/rectrack-cli init # the default ledger, in the user's data folder
as_user /usr/bin/rectrack-cli backup
as_user /usr/bin/rectrack-cli --db "$work/x.sqlite" verify
# an old Excel ledger goes through the helper the package installs
test -x /usr/lib/rectrack/rectrack-xls-reader
as_user /usr/bin/rectrack-cli import "$root/tests/fixtures/sheets/ledger.xls" --dry-run --json >"$work/xls.json"
grep -q '林业生态补偿资金发放审核不严' "$work/xls.json"
# the desktop program as its menu entry starts it, to its first painted page
entry=/usr/share/applications/org.rectrack.Rectrack.desktop
command=$(sed -n 's/^Exec=//p' "$entry" | sed "s|%f|$work/x.sqlite|")
# shellcheck disable=SC2086 # the entry's command line, split as the menu splits it
as_user $command --view findings --bench-exit first-paint
grep -q '^Name=整改台账$' "$entry"
test -f /usr/share/icons/hicolor/scalable/apps/org.rectrack.Rectrack.svg
test -f /usr/share/icons/hicolor/48x48/apps/org.rectrack.Rectrack.png
test -f /usr/share/metainfo/org.rectrack.Rectrack.metainfo.xml
# (read whole before grep: `zcat | grep -q` fails under pipefail when grep stops reading early)
for page in /usr/share/man/man1/rectrack-cli.1.gz /usr/share/man/man1/rectrack.1.gz /usr/share/man/zh_CN/man1/rectrack-cli.1.gz; do
  text=$(zcat "$page")
  grep -q '^\.TH "\?RECTRACK' <<<"$text" || { echo "$page is not a man page" >&2; exit 1; }
done
grep -q 'export' <<<"$(zcat /usr/share/man/man1/rectrack-cli.1.gz)" # each subcommand is in it
test -f /usr/share/bash-completion/completions/rectrack-cli
completed=$(bash -c 'source /usr/share/bash-completion/completions/rectrack-cli; COMP_WORDS=(rectrack-cli exp); COMP_CWORD=1; _rectrack_cli; echo "${COMPREPLY[*]}"')
[ "$completed" = export ] || { echo "bash completion offered '$completed' for 'exp'" >&2; exit 1; }
test -f /usr/share/doc/rectrack/copyright && test -f /usr/share/doc/rectrack/changelog.gz

echo "== removing the package (purge): the users' ledgers, backups and settings stay"
ledgers=$(cd "$work" && find x.sqlite home -type f | sort)
before=$(cd "$work" && sha256sum $ledgers)
apt-get purge -y -qq rectrack >/dev/null
test ! -e /usr/bin/rectrack && test ! -e /usr/bin/rectrack-cli
after=$(cd "$work" && sha256sum $ledgers)
[ "$before" = "$after" ] || { echo "files changed by the removal:" >&2; diff <(echo "$before") <(echo "$after") >&2; exit 1; }
grep -q '\.backups/' <<<"$ledgers" || { echo "no backup was made to keep" >&2; exit 1; }
echo "$ledgers" | sed 's/^/   kept: /'
echo "== the package installs, runs and removes cleanly"
