#!/usr/bin/env bash
# Install the .deb on this machine as a user would, start it once without a display, remove it,
# and check that it left nothing behind. CI runs it (packaging/ci-check.sh); it changes the
# system, so it needs root or sudo, and it refuses to run where BackCoach is already installed.
#
#   packaging/check_deb.sh [dist/backcoach_<version>_<arch>.deb]
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls -t dist/backcoach_*.deb 2>/dev/null | head -1)}
[[ -f $deb ]] || { echo "check_deb: no package (make deb)" >&2; exit 1; }
sudo=""
((EUID == 0)) || sudo=sudo
app_id=io.github.backcoach.BackCoach
fail() { echo "check_deb: $*" >&2; exit 1; }

if dpkg-query -W -f='${Status}' backcoach 2>/dev/null | grep -q "ok installed"; then
  fail "backcoach is already installed here; remove it first (apt-get remove backcoach)"
fi
# What the folders held before, to compare after the removal.
applications_before=$(ls /usr/share/applications 2>/dev/null || true)

echo "check_deb: apt-get install ./$deb"
# Without Recommends (speech-dispatcher would bring a speech synthesiser and a sound server).
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  "./$deb" >/dev/null
[[ -x /opt/backcoach/BackCoach && -L /usr/bin/backcoach ]] || fail "the program is not installed"
[[ -f /usr/share/applications/$app_id.desktop && -f /usr/share/metainfo/$app_id.metainfo.xml ]] \
  || fail "the desktop entry or the metainfo is missing"
[[ -f /usr/share/icons/hicolor/48x48/apps/$app_id.png ]] || fail "the icon is missing"
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "/usr/share/applications/$app_id.desktop"
fi

echo "check_deb: backcoach --smoke-test (offscreen)"
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
output=$(QT_QPA_PLATFORM=offscreen timeout 120 backcoach --smoke-test --data-dir "$data" 2>&1) \
  || { echo "$output"; fail "the installed BackCoach failed its smoke test"; }
echo "$output" | grep "smoke test passed:" || { echo "$output"; fail "no smoke test line"; }
echo "$output" | grep -q "desktop file $app_id," || fail "the window's desktop file is not $app_id"

echo "check_deb: apt-get remove backcoach"
$sudo env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq backcoach >/dev/null
left=$(find /opt/backcoach /usr/bin/backcoach /usr/share/doc/backcoach 2>/dev/null || true)
left+=$(find /usr/share -name "$app_id*" 2>/dev/null || true)
[[ -z $left ]] || fail "files left after the removal: $left"
# desktop-file-utils keeps a cache for the whole folder, which its trigger makes on the first
# package with a desktop file: that one may stay.
applications_after=$(ls /usr/share/applications 2>/dev/null | grep -vx mimeinfo.cache || true)
[[ $applications_after == "$(grep -vx mimeinfo.cache <<<"$applications_before" || true)" ]] \
  || fail "/usr/share/applications changed: $applications_after"
echo "check_deb: passed (installed, started, removed; nothing left)"
