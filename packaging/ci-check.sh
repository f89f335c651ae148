#!/usr/bin/env bash
# CI's packaging check: validate the desktop entry and the AppStream metainfo, build the bundle,
# and start it once without a display (it must show its window and quit by itself).
#
#   packaging/ci-check.sh        (about two to three minutes on two cores, most of it the build)
#
# Installs the Debian tools it and the suite need (desktop-file-utils, appstream, binutils for the
# spec, libpulse0 so that the bundle's sound module can load, and dbus-daemon and dbus-send for the
# reminders' wake-from-sleep test) with apt-get, as root or with sudo. Under CI the suite's tests
# of these never skip (tests/ci_provides.py): a missing one fails.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v desktop-file-validate >/dev/null || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null || need+=(appstream)
command -v objdump >/dev/null || need+=(binutils)
dpkg -s libpulse0 >/dev/null 2>&1 || need+=(libpulse0)
command -v dbus-daemon >/dev/null || need+=(dbus-daemon)
command -v dbus-send >/dev/null || need+=(dbus-bin)
if ((${#need[@]})); then
  echo "ci-check: installing ${need[*]}"
  sudo=""; ((EUID == 0)) || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

echo "ci-check: validating packaging/backcoach.desktop"
desktop-file-validate packaging/backcoach.desktop
echo "ci-check: validating the AppStream metainfo"
appstreamcli validate --no-net packaging/io.github.backcoach.BackCoach.metainfo.xml

echo "ci-check: building the bundle (make bundle)"
start=$SECONDS
make --no-print-directory bundle >build-bundle.log 2>&1 || { tail -40 build-bundle.log; exit 1; }
rm -f build-bundle.log
echo "ci-check: built dist/BackCoach in $((SECONDS - start)) s, $(du -sh dist/BackCoach | cut -f1)"

echo "ci-check: starting the bundle headless"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
output=$(QT_QPA_PLATFORM=offscreen timeout 120 dist/BackCoach/BackCoach --smoke-test --data-dir "$data" 2>&1) \
  || { echo "$output"; echo "ci-check: the bundle failed its smoke test" >&2; exit 1; }
echo "$output" | grep "smoke test passed:" || { echo "$output"; exit 1; }
echo "ci-check: passed"
