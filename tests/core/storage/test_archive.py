"""Export everything to one file; import it on another computer, merging without duplicates."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from backcoach.core.storage.archive import export_all, import_all
from backcoach.core.storage.files import FileProblem
from backcoach.core.storage.store import Store
from tests.factories import make_record

ROOT = Path(__file__).resolve().parents[3]


def _computer(folder: Path, device: str, sessions: range, volume: int, routines: list) -> Store:
    store = Store.open(folder, device=device)
    store.add_sessions(make_record(n) for n in sessions)
    rest_day = f"2026-01-0{volume % 9 + 1}"
    store.save_settings(store.load_settings().changed(volume=volume, rest_days=[rest_day]))
    store.save_user_data({"routines": routines, "exercises": []})
    return store


def test_export_and_import_merge_without_duplicates(tmp_path: Path):
    mine = {"id": "mine", "name": "Morning", "exercises": [{"exercise": "bridge"}]}
    theirs_same_id = {"id": "mine", "name": "Morning", "exercises": [{"exercise": "ball_position"}]}
    theirs = {"id": "desk", "name": "Desk", "exercises": []}
    laptop = _computer(tmp_path / "laptop", "laptop", range(0, 30), 10, [theirs, theirs_same_id])
    desktop = _computer(tmp_path / "desktop", "desktop", range(20, 40), 90, [mine])
    archive = tmp_path / "export.json"
    summary = export_all(laptop, archive)
    assert summary.sessions == 30 and summary.routines == 2

    result = import_all(desktop, archive)
    assert result.sessions_added == 20 and result.sessions_already_here == 10
    again = import_all(desktop, archive)
    assert again.sessions_added == 0 and again.sessions_already_here == 30
    assert again.routines_added == 0, "importing twice adds nothing"

    reopened = Store.open(tmp_path / "desktop", device="desktop")
    ids = [r.id for r in reopened.load_sessions()]
    assert sorted(ids) == sorted({make_record(n).id for n in range(40)}), "each session once"
    settings = reopened.load_settings()
    assert settings.volume == 90, "a setting made here stays"
    assert settings.rest_days == ["2026-01-01", "2026-01-02"], "rest days are combined"
    routines = {r["id"]: r for r in reopened.load_user_data()["routines"]}
    assert routines["mine"] == mine, "a routine here is never overwritten"
    assert routines["desk"] == theirs
    assert routines["mine-imported"]["name"] == "Morning (imported)"
    assert reopened.problems == []
    assert reopened.backups.all(), "the files were backed up before the import changed them"


@pytest.mark.parametrize(
    "content, message",
    [
        (b"{}", "not a BackCoach export"),
        (b"[", "not valid JSON"),
        (b'{"format": "backcoach-archive", "schema": 9, "sessions": []}', "newer version"),
        (b'{"format": "backcoach-archive", "schema": 1, "sessions": 3}', "no list of sessions"),
    ],
)
def test_a_bad_archive_is_refused_with_a_clear_message(store: Store, tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(FileProblem, match=message):
        import_all(store, path)
    assert not store.sessions_folder.exists()


def test_unreadable_sessions_in_an_archive_are_counted_not_imported(store: Store, tmp_path):
    path = tmp_path / "a.json"
    good = make_record(1).to_json()
    path.write_text(
        json.dumps({"format": "backcoach-archive", "schema": 1, "sessions": [good, {"id": "x"}]})
    )
    summary = import_all(store, path)
    assert (summary.sessions_added, summary.sessions_unreadable) == (1, 1)


def _run_cli(*args: str) -> subprocess.CompletedProcess:
    # Proves the commands never import PySide6: they must work without a display.
    code = (
        "import sys; from backcoach.app import main; status = main(sys.argv[1:]); "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))], 'Qt!'; "
        "sys.exit(status)"
    )
    return subprocess.run(
        [sys.executable, "-c", code, *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )


def test_the_command_line_exports_and_imports_without_qt(tmp_path: Path):
    _computer(tmp_path / "one", "test-device", range(0, 5), 10, [])
    archive = tmp_path / "all.json"
    exported = _run_cli("--data-dir", str(tmp_path / "one"), "--export-all", str(archive))
    assert exported.returncode == 0, exported.stderr
    assert "Exported 5 sessions," in exported.stdout
    imported = _run_cli("--data-dir", str(tmp_path / "two"), "--import-all", str(archive))
    assert imported.returncode == 0, imported.stderr
    assert "Imported 5 new sessions " in imported.stdout
    assert len(Store.open(tmp_path / "two", device="test-device").load_sessions()) == 5
    broken = _run_cli("--data-dir", str(tmp_path / "two"), "--import-all", str(tmp_path / "none"))
    assert broken.returncode == 2 and "cannot be read" in broken.stderr, "a refused input: 2"
