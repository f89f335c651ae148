#!/usr/bin/env bash
# Measure the bundle against one made with PyInstaller's defaults: the same program, the same
# hidden imports (the lazily imported Qt modules, pyqtgraph) and the same assets, but none of the
# spec's excludes, plugin filtering, library pruning or stripping.
#
#   packaging/measure_bundle.sh [PYTHON]     (make bundle-size; PYTHON defaults to .venv's)
#
# Prints a Markdown table for docs/packaging.md: bytes unpacked (du --apparent-size) and as tar.gz
# (gzip -6), and the ratio; then the bundle's glibc floor. Builds both into build/measure/ (about
# two minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-.venv/bin/python}
work=build/measure
rm -rf "$work"
mkdir -p "$work"

echo "measure: building with packaging/backcoach.spec" >&2
"$python" -m PyInstaller --noconfirm --log-level WARN --distpath "$work/spec" \
  --workpath "$work/spec-work" packaging/backcoach.spec >"$work/spec.log" 2>&1 \
  || { cat "$work/spec.log" >&2; exit 1; }

echo "measure: building with PyInstaller's defaults" >&2
"$python" -m PyInstaller --noconfirm --log-level WARN --onedir --windowed --name BackCoach \
  --distpath "$work/default" --workpath "$work/default-work" --specpath "$work" --paths . \
  --add-data "$PWD/assets:backcoach/assets" --collect-submodules backcoach \
  --hidden-import pyqtgraph --hidden-import PySide6.QtNetwork --hidden-import PySide6.QtSvg \
  --hidden-import PySide6.QtMultimedia --hidden-import PySide6.QtTextToSpeech \
  packaging/backcoach_main.py >"$work/default.log" 2>&1 \
  || { cat "$work/default.log" >&2; exit 1; }

unpacked() { du -s --apparent-size --block-size=1 "$1" | cut -f1; }
packed() { tar -C "$(dirname "$1")" -cf - "$(basename "$1")" | gzip -6 | wc -c; }
mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
percent() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.0f %%", 100 * a / b }'; }

spec_unpacked=$(unpacked "$work/spec/BackCoach")
spec_packed=$(packed "$work/spec/BackCoach")
default_unpacked=$(unpacked "$work/default/BackCoach")
default_packed=$(packed "$work/default/BackCoach")
files=$(find "$work/spec/BackCoach" -type f | wc -l)

echo "| bundle ($(date -I), $(uname -m), PyInstaller $("$python" -m PyInstaller --version)) | unpacked | tar.gz |"
echo "| --- | ---: | ---: |"
echo "| PyInstaller's defaults | $(mb "$default_unpacked") | $(mb "$default_packed") |"
echo "| packaging/backcoach.spec ($files files) | $(mb "$spec_unpacked") | $(mb "$spec_packed") |"
echo "| ratio | $(percent "$spec_unpacked" "$default_unpacked") | $(percent "$spec_packed" "$default_packed") |"
# The oldest glibc the bundle runs on: the newest GLIBC_ symbol version any of its files asks for.
# (objdump fails on the files that are not ELF: its status is not the answer.)
floor=$({ find "$work/spec/BackCoach" -type f -exec objdump -T {} + 2>/dev/null || true; } \
  | grep -o 'GLIBC_[0-9.]*' | sort -uV | tail -1)
asking=$(grep -rlF "$floor" "$work/spec/BackCoach" | xargs -r -n1 basename | sort -u | paste -sd ' ' -)
echo
echo "glibc floor: ${floor#GLIBC_} (asked for by $asking)"
