#!/usr/bin/env bash
# Remake the README's and the metainfo's screenshots from a freshly generated demo data folder.
#
#   packaging/make_screenshots.sh [PYTHON]     (make screenshots; PYTHON defaults to .venv's)
#
# Makes docs/screenshots/player.png and history.png at 1280x800: the app runs in a real X window
# on a virtual screen (Xvfb), Ctrl+2 switches to the history, ImageMagick's import takes the shot.
# The demo folder comes from `python -m backcoach.demo DIR`. Installs Xvfb, xdotool, ImageMagick
# and Qt's xcb libraries with apt-get when they are missing (as root, or with sudo).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repository=$(dirname "$here")
python=${1:-$repository/.venv/bin/python}
out=$repository/docs/screenshots
size=1280x800
settle=${SCREENSHOT_SETTLE_SECONDS:-3}  # time for the window to paint after each change

need=()
command -v Xvfb >/dev/null || need+=(xvfb)
command -v import >/dev/null || need+=(imagemagick)
command -v xdotool >/dev/null || need+=(xdotool)
for lib in libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-xkb1 \
           libxcb-render-util0 libxcb-image0 libxkbcommon-x11-0 libegl1 fonts-dejavu-core; do
  dpkg -s "$lib" >/dev/null 2>&1 || need+=("$lib")
done
if ((${#need[@]})); then
  echo "make_screenshots: installing ${need[*]}" >&2
  sudo=""; ((EUID == 0)) || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
xvfb="" app=""
cleanup() {
  set +e
  [[ -n $app ]] && { kill "$app" 2>/dev/null; wait "$app" 2>/dev/null; }
  [[ -n $xvfb ]] && { kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; }
  rm -rf "$work"
}
trap cleanup EXIT

data=$work/data
"$python" -m backcoach.demo "$data"

# The virtual screen has no sound card and no speech engine: keep their notices out of the shots.
"$python" - "$data" <<'PY'
import sys
from pathlib import Path
from backcoach.core.storage.store import Store
store = Store.open(Path(sys.argv[1]), device="demo-laptop")
store.save_settings(store.load_settings().changed(sound=False, voice=False))
PY

display=""
for n in $(seq 90 140); do
  [[ -e /tmp/.X11-unix/X$n || -e /tmp/.X$n-lock ]] && continue
  display=:$n; break
done
[[ -n $display ]] || { echo "make_screenshots: no free X display number" >&2; exit 1; }
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 100); do [[ -e /tmp/.X11-unix/X${display#:} ]] && break; sleep 0.1; done
export DISPLAY=$display

# A fixed look: English, the Fusion style's default palette, no desktop theme of the caller's.
LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb QT_QPA_PLATFORMTHEME= QT_STYLE_OVERRIDE=Fusion \
  BACKCOACH_DEVICE=demo-laptop "$python" -m backcoach --data-dir "$data" >"$work/app.log" 2>&1 &
app=$!

window=""
for _ in $(seq 60); do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; echo "make_screenshots: the app exited" >&2; exit 1; }
  window=$(xdotool search --onlyvisible --name '^BackCoach$' 2>/dev/null | head -1 || true)
  [[ -n $window ]] && break
  sleep 0.5
done
[[ -n $window ]] || { cat "$work/app.log" >&2; echo "make_screenshots: no BackCoach window after 30 s" >&2; exit 1; }

# There is no window manager: place and size the window by hand, and give it the keyboard.
xdotool windowmove "$window" 0 0 windowsize "$window" "${size%x*}" "${size#*x}"
xdotool windowfocus --sync "$window" 2>/dev/null || xdotool windowfocus "$window"
sleep "$settle"

mkdir -p "$out"
shoot() {
  import -window root "$work/shot.png"
  # Strip the time stamps ImageMagick writes, so an unchanged ui gives an unchanged file.
  convert "$work/shot.png" -strip "$out/$1"
  echo "make_screenshots: saved docs/screenshots/$1"
}
xdotool key --clearmodifiers ctrl+1
sleep "$settle"
# Start the first routine and shoot during the first hold: 5 s to get ready, 3 s to move.
xdotool key --clearmodifiers space
sleep 10
shoot player.png
xdotool key --clearmodifiers ctrl+2
sleep "$settle"
shoot history.png
