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


# --- issue 16, item 10: hostile archives --------------------------------------------------------


def _archive(tmp_path: Path, **parts) -> Path:
    path = tmp_path / "hostile.json"
    path.write_text(json.dumps({"format": "backcoach-archive", "schema": 1, **parts}))
    return path


def test_rest_days_holding_an_object_no_longer_stop_an_import_half_way(tmp_path: Path):
    store = Store.open(tmp_path / "data", device="dev")
    path = _archive(
        tmp_path,
        sessions=[make_record(1).to_json()],
        settings={"rest_days": {"2026-01-05": True}, "volume": "loud", "sound": False},
    )
    summary = import_all(store, path)
    assert summary.sessions_added == 1 and summary.settings_added == ["sound"]
    settings = store.load_settings()
    assert settings.sound is False and settings.rest_days == [] and settings.volume == 80
    assert store.problems == [], "no wrong value of the archive lands in settings.json"


@pytest.mark.parametrize(
    "user_data",
    [{"routines": {"not": "a list"}}, {"exercises": 3}, ["not an object"]],
)
def test_an_archive_that_cannot_be_imported_changes_nothing(tmp_path: Path, user_data):
    store = Store.open(tmp_path / "data", device="dev")
    path = _archive(tmp_path, sessions=[make_record(1).to_json()], user_data=user_data)
    with pytest.raises(FileProblem):
        import_all(store, path)
    assert store.load_sessions() == [], "all or nothing: no session merged before the refusal"
    assert not (tmp_path / "data" / "sessions").exists()


def test_five_thousand_routines_under_one_id_merge_in_linear_time(tmp_path: Path, monkeypatch):
    from backcoach.core.storage import archive

    count = 5000
    store = Store.open(tmp_path / "data", device="dev")
    store.save_user_data({"routines": [{"id": "r", "name": "Mine", "exercises": []}]})
    incoming = [
        {"id": "r", "name": f"Theirs {n}", "exercises": [{"exercise": "bridge", "reps": n % 50}]}
        for n in range(count)
    ]
    path = _archive(tmp_path, sessions=[], user_data={"routines": incoming})
    probes = 0
    real_free_id = archive._free_id

    class Counting:
        def __init__(self, taken):
            self.taken = taken

        def __contains__(self, key) -> bool:
            nonlocal probes
            probes += 1
            return key in self.taken

    monkeypatch.setattr(
        archive,
        "_free_id",
        lambda wanted, taken, numbers: real_free_id(wanted, Counting(taken), numbers),
    )
    summary = import_all(store, path)
    assert summary.routines_added == 50, "one copy of each different routine, the rest seen before"
    ids = [r["id"] for r in store.load_user_data()["routines"]]
    assert len(ids) == len(set(ids)) == 51
    assert probes <= 2 * summary.routines_added, "each new id found without scanning the taken"
    assert import_all(store, path).routines_added == 0, "importing twice changes nothing"


def test_an_archive_of_empty_lists_is_refused_before_it_is_built(tmp_path: Path):
    # 50 MB of "[]," once took 3.8 GB: each empty list costs Python 60 bytes, and a copy more.
    path = tmp_path / "lists.json"
    body = ",".join(["[]"] * 300_000)
    path.write_text('{"format": "backcoach-archive", "schema": 1, "sessions": [' + body + "]}")
    store = Store.open(tmp_path / "data", device="dev")
    with pytest.raises(FileProblem, match="far more lists and objects"):
        import_all(store, path)


def test_importing_an_archive_takes_a_small_multiple_of_its_size_in_memory(tmp_path: Path):
    import tracemalloc

    # The most memory per byte an archive can ask for within the bounds: short strings.
    path = tmp_path / "strings.json"
    body = ",".join(['"ab"'] * 400_000)
    path.write_text('{"format": "backcoach-archive", "schema": 1, "sessions": [' + body + "]}")
    size = path.stat().st_size
    store = Store.open(tmp_path / "data", device="dev")
    tracemalloc.start()
    try:
        summary = import_all(store, path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert summary.sessions_unreadable == 400_000
    assert peak < 20 * size, f"{peak / size:.1f} times the file"
