#!/usr/bin/env bash
# CI's check that rectrack-bench still runs (ctest label `bench`): size S, one run each; every
# section must have produced its figure. The figures themselves are not asserted.
set -euo pipefail
bench="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$bench" --size S --repeat 1 --work "$work" --json "$work/figures.json"
for figure in 'generate' 'database size on disk' 'dashboard: everything' 'dashboard: everything — ours / shell' \
  'dashboard: one inspection' 'search “整改方案”' 'search “台账”' 'one status edit committed, p50' \
  'one status edit committed, p99' 'bulk edit: status of' 'import parse: fixture' \
  'bulletin PDF, 28 findings' 'bulletin PDF, 500 findings' '任务清单 XLSX' '任务清单 PDF'; do
  if ! grep -qF "\"name\": \"$figure" "$work/figures.json"; then
    echo "bench smoke: no figure named '$figure'" >&2
    exit 1
  fi
done
if grep -qF '"note": "the program ended' "$work/figures.json"; then
  echo "bench smoke: the desktop program failed" >&2
  exit 1
fi
echo "bench smoke: every figure produced"
