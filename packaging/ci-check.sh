#!/usr/bin/env bash
# CI's packaging checks (make package-check), each timed:
#   1. the Debian packages they and the suite need (packaging/debian-packages.sh install ci)
#   2. the desktop entry and the AppStream metainfo validate
#   3. the sdist and the wheel build, and pass `twine check --strict` (make dist)
#   4. the bundle builds (make bundle; PyInstaller's warnings are shown) and starts headless
#   5. the .deb builds and lintian finds no error (make deb), then it installs, starts headless
#      and uninstalls without leaving a file (packaging/check_deb.sh: needs root or sudo)
# About four minutes on two cores, most of it the bundle's build. Under CI the suite's tests of
# all this never skip (tests/ci_provides.py): a missing tool or file fails them.
set -euo pipefail
cd "$(dirname "$0")/.."
app_id=io.github.backcoach.BackCoach
timings=()
timed() {
  local name=$1 start=$SECONDS
  shift
  echo "ci-check: $name"
  "$@"
  timings+=("$(printf '%4d s  %s' $((SECONDS - start)) "$name")")
}

validate_desktop_files() {
  desktop-file-validate "assets/desktop/$app_id.desktop"
  appstreamcli validate --no-net "assets/desktop/$app_id.metainfo.xml"
}

build_bundle() {
  mkdir -p build
  make --no-print-directory bundle >build/bundle.log 2>&1 || { tail -40 build/bundle.log; exit 1; }
  # PyInstaller's and the spec's warnings belong in CI's log (pip's notes about its indexes not).
  grep -E "WARNING|ERROR" build/bundle.log | grep -v "is ignored: it is neither" || true
  echo "ci-check: dist/BackCoach: $(du -sh --apparent-size dist/BackCoach | cut -f1)," \
    "$(find dist/BackCoach -type f | wc -l) files"
}

smoke_test_bundle() {
  local data output
  data=$(mktemp -d)
  output=$(QT_QPA_PLATFORM=offscreen timeout 120 dist/BackCoach/BackCoach --smoke-test \
    --data-dir "$data" 2>&1) || { echo "$output"; echo "ci-check: the bundle failed" >&2; exit 1; }
  rm -rf "$data"
  echo "$output" | grep "smoke test passed:" || { echo "$output"; exit 1; }
}

timed "Debian packages" packaging/debian-packages.sh install ci
timed "desktop entry and metainfo" validate_desktop_files
timed "sdist and wheel (make dist)" make --no-print-directory dist
timed "bundle (make bundle)" build_bundle
timed "bundle's smoke test" smoke_test_bundle
timed ".deb and lintian (make deb)" make --no-print-directory deb DEB_COMPRESSION=gzip
timed ".deb installed, started, removed" packaging/check_deb.sh
echo "ci-check: passed"
printf 'ci-check: %s\n' "${timings[@]}"
