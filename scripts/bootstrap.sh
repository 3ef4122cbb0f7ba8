#!/usr/bin/env bash
# Sets up a Debian 12 machine for Rectrack, builds it, then runs the app or the tests.
#   bash scripts/bootstrap.sh run [APP ARGS...]   install what is missing, build, start the desktop program
#   bash scripts/bootstrap.sh test                install what is missing, build, run the whole test suite
#   bash scripts/bootstrap.sh build               install what is missing, build
#   bash scripts/bootstrap.sh sanitize            install what is missing, build with AddressSanitizer and
#                                                 UndefinedBehaviorSanitizer (build-asan), run the whole test suite
#   bash scripts/bootstrap.sh package             install what is missing, build, make the Debian package
#                                                 (rectrack_VERSION_amd64.deb in the build folder) and check it
#                                                 with lintian, appstreamcli and desktop-file-validate
#   bash scripts/bootstrap.sh fuzz [SECONDS [TARGET...]]  build the libFuzzer targets with clang, run each
#                                                 for SECONDS (default 60; targets: document txt html docx pdf xlsx parser)
# Environment: BUILD_DIR (default: build), RECTRACK_WERROR=ON to make warnings errors (CI sets it).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mode=${1:-run}
[ $# -gt 0 ] && shift
build_dir=${BUILD_DIR:-$root/build}

packages=(build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools
  qt6-pdf-dev qt6-qpa-plugins libsqlite3-dev catch2 sqlite3
  libzip-dev libpoppler-qt6-dev libssl-dev libxlsxwriter-dev libfreexl-dev libopencc-dev unicode-data
  libqt6sql6-psql libpq-dev postgresql-15 openssl qtkeychain-qt6-dev qt6-translations-l10n
  fonts-noto-cjk fonts-wqy-microhei fonts-arphic-ukai fonts-arphic-uming fonts-liberation2 xvfb xauth poppler-utils)

install_missing() {
  local missing=()
  [ "$mode" = fuzz ] && packages+=(clang libclang-rt-14-dev)
  [ "$mode" = package ] && packages+=(librsvg2-bin help2man lintian appstream desktop-file-utils dpkg-dev)
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "== installing Debian packages: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "error: run as root (or install sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=sudo
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
}

build() {
  echo "== configuring and building in $build_dir"
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DRECTRACK_WERROR="${RECTRACK_WERROR:-OFF}" >/dev/null
  cmake --build "$build_dir" --parallel "$(nproc)"
}

case "$mode" in
  run)
    install_missing; build
    app="$build_dir/app/rectrack"
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "== no display found: starting Rectrack inside a virtual X server (xvfb-run)"
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
    fi
    exec "$app" "$@"
    ;;
  test)
    install_missing; build
    echo "== running the test suite"
    cd "$build_dir"
    ctest --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
  build)
    install_missing; build
    ;;
  package)
    install_missing; build
    echo "== making the Debian package"
    (cd "$build_dir" && cpack -G DEB >/dev/null)
    deb=$(ls -t "$build_dir"/rectrack_*_amd64.deb | head -1)
    echo "== checking $deb"
    dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
    # errors fail the build; the warnings left are listed and justified in docs/packaging.md
    lintian --fail-on error --suppress-tags-from-file "$root/resources/linux/lintian-accepted" "$deb"
    unpacked=$(mktemp -d)
    dpkg-deb -x "$deb" "$unpacked"
    appstreamcli validate --no-net "$unpacked"/usr/share/metainfo/*.metainfo.xml
    desktop-file-validate "$unpacked"/usr/share/applications/*.desktop
    rm -rf "$unpacked"
    echo "== $deb"
    ;;
  sanitize)
    install_missing
    san_dir=${SANITIZE_BUILD_DIR:-$root/build-asan}
    # Any error stops the program that has it, so that its test fails. Leaks are reported too,
    # except inside the system's font and graphics libraries (tests/sanitizers/lsan.supp).
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizers/lsan.supp:print_suppressions=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1:suppressions=$root/tests/sanitizers/ubsan.supp}
    echo "== configuring and building with AddressSanitizer and UndefinedBehaviorSanitizer in $san_dir"
    # -O1 and line tables only: quicker to build than -O2 -g, and the reports still name the lines.
    cmake -S "$root" -B "$san_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRECTRACK_SANITIZE=ON \
      -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DRECTRACK_WERROR="${RECTRACK_WERROR:-OFF}" >/dev/null
    cmake --build "$san_dir" --parallel "$(nproc)"
    echo "== running the test suite under the sanitizers"
    cd "$san_dir"
    # The suites on the PostgreSQL server (label "server") run here too: libpq and Qt's driver
    # were checked clean under LeakSanitizer.
    # The benchmark's smoke run (label bench) ran in the plain build; under the sanitizers it
    # only measures how slow they are.
    ctest --output-on-failure --parallel "$(nproc)" --timeout 1200 -LE bench
    ;;
  fuzz)
    install_missing
    fuzz_dir=${FUZZ_BUILD_DIR:-$root/build-fuzz}
    echo "== building the import fuzzers with clang in $fuzz_dir"
    cmake -S "$root" -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
      -DRECTRACK_FUZZ=ON -DRECTRACK_BUILD_GUI=OFF -DRECTRACK_BUILD_TESTS=OFF >/dev/null
    cmake --build "$fuzz_dir" --parallel "$(nproc)" --target rectrack-fuzzers
    seconds=${1:-60}
    [ $# -gt 0 ] && shift
    targets=("$@")
    [ ${#targets[@]} -eq 0 ] && targets=(document txt html docx pdf xlsx xls parser)
    seeds=$root/tests/fuzz/corpus
    summary=()
    for target in "${targets[@]}"; do
      # The corpus a target grows is kept in the build folder, so a later run goes on from it.
      corpus=$fuzz_dir/corpus/$target
      mkdir -p "$corpus" "$fuzz_dir/findings" "$fuzz_dir/logs"
      case "$target" in
        document) seed_dirs=("$seeds"/*/) ;;
        # the bulletins of every style the parser reads (tests/fixtures/bulletins) seed it too
        parser|txt) seed_dirs=("$seeds/$target" "$root/tests/fixtures/bulletins") ;;
        *) seed_dirs=("$seeds/$target") ;;
      esac
      if [ -d "$root/../shared/reports" ] && [[ "$target" =~ ^(document|txt|parser)$ ]]; then
        cp "$root"/../shared/reports/*.txt "$corpus"/ 2>/dev/null || true
      fi
      log=$fuzz_dir/logs/$target.log
      echo "== fuzzing $target for ${seconds}s (log: $log)"
      status=0
      "$fuzz_dir/tests/fuzz/rectrack-fuzz-$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix="$fuzz_dir/findings/$target-" \
        "$corpus" "${seed_dirs[@]}" >"$log" 2>&1 || status=$?
      runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
      summary+=("$target: ${runs:-?} executions, $(find "$corpus" -type f | wc -l) inputs in the corpus, exit $status")
      if [ "$status" -ne 0 ]; then
        tail -n 60 "$log"
        echo "== the $target fuzzer found a failure; the input is in $fuzz_dir/findings/" >&2
        exit "$status"
      fi
    done
    printf '== fuzz summary\n'; printf '   %s\n' "${summary[@]}"
    ;;
  *)
    echo "usage: $0 run|test|build|sanitize|package|fuzz" >&2; exit 2 ;;
esac
