#!/usr/bin/env bash
# The Debian (and Ubuntu) packages BackCoach needs, by what they are for. README.md's set-up
# section lists the same groups (tests/test_packaging.py compares them).
#
#   packaging/debian-packages.sh list GROUP...       print the packages of the groups
#   packaging/debian-packages.sh install GROUP...    install them with apt-get (as root, or
#                                                    with sudo), without recommended packages
#
# Groups:
#   qt       Qt's libraries load these even on the offscreen platform: every run, the suite too
#   window   a real window on X11 (xcb) or Wayland
#   sound    the cue sounds, and the voice too (QtTextToSpeech links QtMultimedia)
#   voice    the spoken cues' speech server
#   venv     `python3 -m venv` with Debian's own Python
#   tests    the suite's tests of the D-Bus wake-up signal, the desktop files and the PDFs
#   bundle   building the bundle: binutils (objdump, strip), the speech plugin's library, and
#            the shared libpython PyInstaller needs when the Python is Debian's
#   deb      checking the .deb (dpkg-deb comes with dpkg)
#   bench    `make bench`'s instruction counts (callgrind); not needed by CI, which runs no bench
#   ci       everything .ci/run needs: qt window sound venv tests bundle deb
set -euo pipefail

packages_of() {
  case $1 in
    qt) echo libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3 ;;
    window) echo libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 \
      libxcb-xkb1 libxcb-render-util0 libxcb-image0 libxkbcommon-x11-0 libwayland-cursor0 \
      libwayland-egl1 ;;
    sound) echo libpulse0 ;;
    voice) echo speech-dispatcher ;;
    venv) echo python3-venv ;;
    tests) echo dbus-daemon dbus-bin desktop-file-utils appstream poppler-utils ;;
    bundle) echo binutils libspeechd2 "$(debian_libpython)" ;;
    deb) echo lintian ;;
    bench) echo valgrind ;;
    ci) for group in qt window sound venv tests bundle deb; do packages_of "$group"; done ;;
    *) echo "debian-packages: no group $1 (see $0)" >&2; return 2 ;;
  esac
}

# PyInstaller needs the interpreter as a shared library; Debian ships it apart (libpython3.11).
# Other Pythons (pyenv's, python.org's) are built with it, or without it and cannot be bundled.
debian_libpython() {
  local python
  python=$(command -v "${PYTHON:-python3}") || return 0
  if [[ $(readlink -f "$python") == /usr/bin/* ]]; then
    "$python" -c 'import sys; print(f"libpython{sys.version_info[0]}.{sys.version_info[1]}")'
  fi
}

command=${1:-}
shift || true
(($#)) || { sed -n '2,22p' "$0" >&2; exit 2; }
wanted=()
for group in "$@"; do
  # shellcheck disable=SC2207 # one package name per word
  wanted+=($(packages_of "$group"))
done

case $command in
  list) echo "${wanted[@]}" ;;
  install)
    missing=()
    for package in "${wanted[@]}"; do
      dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
        || missing+=("$package")
    done
    if ((${#missing[@]} == 0)); then
      echo "debian-packages: all ${#wanted[@]} packages are installed"
      exit 0
    fi
    sudo=""
    ((EUID == 0)) || sudo=sudo
    echo "debian-packages: installing ${missing[*]}"
    $sudo apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" >/dev/null
    ;;
  *) sed -n '2,22p' "$0" >&2; exit 2 ;;
esac
