#!/usr/bin/env bash
# Put BackCoach in the desktop's application menu for this user, or take it out again.
#
#   packaging/desktop-integration.sh install [COMMAND]    (make install-desktop)
#   packaging/desktop-integration.sh uninstall            (make uninstall-desktop)
#
# install copies, under ${XDG_DATA_HOME:-~/.local/share}:
#   applications/backcoach.desktop                      its Exec= is COMMAND, made absolute
#   icons/hicolor/NxN/apps/backcoach.png, icons/hicolor/scalable/apps/backcoach.svg
#   metainfo/io.github.backcoach.BackCoach.metainfo.xml
# COMMAND defaults to the bundle (dist/BackCoach/BackCoach) if it is built, else .venv's
# backcoach, else a backcoach on PATH. uninstall removes exactly these files.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repository=$(dirname "$here")
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
desktop_id=backcoach.desktop
icon_name=backcoach
metainfo=io.github.backcoach.BackCoach.metainfo.xml
sizes=(16 22 24 32 48 64 128 256 512)

refresh_caches() {
  # Menus and icon themes notice new files by themselves on most desktops; these make sure.
  command -v update-desktop-database >/dev/null && update-desktop-database -q "$data_home/applications" || true
  command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
}

install_files() {
  local command=${1:-}
  if [[ -z $command ]]; then
    if [[ -x $repository/dist/BackCoach/BackCoach ]]; then command=$repository/dist/BackCoach/BackCoach
    elif [[ -x $repository/.venv/bin/backcoach ]]; then command=$repository/.venv/bin/backcoach
    elif command -v backcoach >/dev/null; then command=$(command -v backcoach)
    else
      echo "desktop-integration: no BackCoach to start: run 'make bundle' or 'make run' first," >&2
      echo "or give the command: $0 install /path/to/backcoach" >&2
      exit 1
    fi
  fi
  [[ -x $command ]] || { echo "desktop-integration: $command is not a program" >&2; exit 1; }
  command=$(cd "$(dirname "$command")" && pwd)/$(basename "$command")
  # The desktop entry spec quotes arguments with double quotes, inside which \ " ` $ are escaped.
  local quoted=$command
  if [[ $command =~ [[:space:]\"\'\\\`\$] ]]; then
    quoted=$(printf '%s' "$command" | sed -e 's/[\\"`$]/\\\\&/g')
    quoted="\"$quoted\""
  fi
  # sed's replacement text treats \ and & specially.
  local replacement
  replacement=$(printf '%s' "$quoted" | sed -e 's/[\\&|]/\\&/g')

  mkdir -p "$data_home/applications" "$data_home/metainfo" "$data_home/icons/hicolor/scalable/apps"
  sed -e "s|^Exec=.*|Exec=$replacement|" "$here/backcoach.desktop" > "$data_home/applications/$desktop_id.tmp"
  mv "$data_home/applications/$desktop_id.tmp" "$data_home/applications/$desktop_id"
  for size in "${sizes[@]}"; do
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$repository/assets/icons/backcoach-$size.png" "$data_home/icons/hicolor/${size}x${size}/apps/$icon_name.png"
  done
  cp "$repository/assets/icons/backcoach.svg" "$data_home/icons/hicolor/scalable/apps/$icon_name.svg"
  cp "$here/$metainfo" "$data_home/metainfo/$metainfo"
  refresh_caches
  echo "desktop-integration: installed BackCoach ($command) into $data_home"
}

uninstall_files() {
  rm -f "$data_home/applications/$desktop_id" "$data_home/metainfo/$metainfo" \
    "$data_home/icons/hicolor/scalable/apps/$icon_name.svg"
  for size in "${sizes[@]}"; do
    rm -f "$data_home/icons/hicolor/${size}x${size}/apps/$icon_name.png"
  done
  refresh_caches
  echo "desktop-integration: removed BackCoach's menu entry, icons and metainfo from $data_home"
}

case ${1:-} in
  install) install_files "${2:-}" ;;
  uninstall) uninstall_files ;;
  *) sed -n '2,12p' "$0" >&2; exit 2 ;;
esac
