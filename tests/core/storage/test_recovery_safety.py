"""Recovery that cannot lose or hide a month (issue 16, items 1-5 and 16): the damaged bytes are
kept before anything replaces them; an interrupted recovery is finished at the next start; a full
disk leaves the damaged file in place; a file the system will not let the app read is not damage;
a clock once wrong does not stop the backups; the app's folders are private."""

from __future__ import annotations

import errno
import json
import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from backcoach.core.clock import FakeClock
from backcoach.core.storage import documents, recovery
from backcoach.core.storage.store import Store, StoreError
from tests.factories import make_record

NOW = datetime(2026, 3, 2, 8, 0)


def _store(data_dir: Path, now: datetime = NOW) -> Store:
    return Store.open(data_dir, device="dev", clock=FakeClock(now))


def _no_space(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _denied(*_args, **_kwargs):
    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))


@pytest.fixture
def damaged_month(data_dir: Path) -> tuple[Path, bytes, set[str]]:
    """January: sessions 1-3 in a backup, 1-10 in the file, and the file damaged in session 6
    (a quote doubled); what a recovery gives back is every session but the sixth."""
    store = _store(data_dir, NOW - timedelta(hours=5))
    for number in range(1, 4):
        store.log_session(make_record(number))
    store = _store(data_dir, NOW - timedelta(hours=1))
    for number in range(4, 11):
        store.log_session(make_record(number))
    path = data_dir / "sessions" / "dev" / "2026-01.json"
    raw = path.read_bytes()
    spot = raw.index(b'"note": "note 6"')
    damaged = raw[:spot] + b'"' + raw[spot:]
    path.write_bytes(damaged)
    expected = {make_record(n).id for n in range(1, 11) if n != 6}
    return path, damaged, expected


def _asides(path: Path) -> list[Path]:
    return sorted(path.parent.glob(path.name + ".broken-*"))


def _loaded(data_dir: Path) -> tuple[set[str], Store]:
    store = _store(data_dir)
    return {record.id for record in store.load_sessions()}, store


class Killed(BaseException):
    """The process dies here (a BaseException: nothing on the way catches it)."""


def _die(*_args, **_kwargs):
    raise Killed


@pytest.mark.parametrize("where", ["keeping the damaged bytes", "writing the rebuilt file"])
def test_a_recovery_killed_half_way_is_finished_at_the_next_start(
    data_dir: Path, damaged_month, monkeypatch, where: str
):
    path, damaged, expected = damaged_month
    with monkeypatch.context() as patch:
        if where == "keeping the damaged bytes":
            patch.setattr(recovery.os, "link", _die)
        else:
            patch.setattr(documents, "write_json_atomic", _die)
        with pytest.raises(Killed):
            _store(data_dir).load_sessions()
    assert path.read_bytes() == damaged, "the damaged file is still where it was"
    loaded, store = _loaded(data_dir)
    assert loaded == expected, "the next start recovers the whole month"
    (aside,) = _asides(path)
    assert aside.read_bytes() == damaged, "one copy of the damaged bytes, reused if it was made"
    assert _loaded(data_dir)[1].problems == [], "and after that the month is whole"


def test_a_month_an_older_version_moved_aside_is_recovered_again(data_dir: Path, damaged_month):
    # The older version renamed the damaged file first, and was killed before writing anything
    # in its place: the next start showed no session of the month, for ever.
    path, damaged, expected = damaged_month
    aside = path.with_name(path.name + ".broken-20260302-075959")
    path.rename(aside)
    loaded, store = _loaded(data_dir)
    assert loaded == expected
    assert "was missing, but the damaged copy" in store.problems[0]
    assert aside.read_bytes() == damaged and _asides(path) == [aside], "left as it was"
    again, store = _loaded(data_dir)
    assert again == expected and store.problems == []


def test_a_full_disk_during_recovery_leaves_the_damaged_file_in_place(
    data_dir: Path, damaged_month, monkeypatch
):
    path, damaged, expected = damaged_month
    with monkeypatch.context() as patch:
        patch.setattr(recovery.os, "link", _denied)  # no hard links here: a copy is needed
        patch.setattr(os, "fsync", _no_space)  # and no copy, and no file, can be written
        store = _store(data_dir)
        shown = {record.id for record in store.load_sessions()}
        assert shown == expected, "what could be recovered is shown meanwhile"
        assert path.read_bytes() == damaged and _asides(path) == []
        assert "left as it was" in store.problems[0]
        with pytest.raises(StoreError) as refused:
            store.log_session(make_record(20))
        assert refused.value.retryable, "tried again once there is room"
        assert path.read_bytes() == damaged, "never a month holding only the new session"
    store.log_session(make_record(20))  # room again: recovered, kept aside, then saved
    loaded, _ = _loaded(data_dir)
    assert loaded == expected | {make_record(20).id}
    assert [p.read_bytes() for p in _asides(path)] == [damaged]


def test_a_rebuilt_file_that_cannot_be_written_yet_is_written_at_the_next_save(
    data_dir: Path, damaged_month, monkeypatch
):
    path, damaged, expected = damaged_month
    with monkeypatch.context() as patch:
        patch.setattr(documents, "write_json_atomic", _no_space_write)
        store = _store(data_dir)
        assert {r.id for r in store.load_sessions()} == expected
        assert "could not be saved yet (the disk is full)" in store.problems[0]
    assert path.read_bytes() == damaged and len(_asides(path)) == 1
    store.log_session(make_record(20))
    assert _loaded(data_dir)[0] == expected | {make_record(20).id}


def _no_space_write(*_args, **_kwargs):
    _no_space()


def test_permission_denied_is_not_damage(data_dir: Path, damaged_month, monkeypatch):
    store = _store(data_dir)
    store.log_session(make_record(40))  # February: another month, readable
    store.save_settings(store.load_settings().changed(volume=33))
    path, damaged, _expected = damaged_month
    path.write_bytes(b"{}")  # whatever it holds, it cannot be read
    settings = data_dir / "devices" / "dev" / "settings.json"
    real_open = Path.open

    def guarded_open(self: Path, *args, **kwargs):
        if self in (path, settings):
            _denied()
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", guarded_open)
    store = _store(data_dir)
    assert [r.id for r in store.load_sessions()] == [make_record(40).id], "the others load"
    assert store.load_settings().volume == 80
    assert all("Permission denied" in p and "left as it is" in p for p in store.problems)
    assert not _asides(path) and _bytes(path) == b"{}", "left alone, never renamed"
    with pytest.raises(StoreError) as refused:
        store.log_session(make_record(5))
    assert refused.value.retryable and _bytes(path) == b"{}"
    with pytest.raises(StoreError, match="could not be read"):
        store.save_settings(store.load_settings().changed(volume=34))
    assert json.loads(_bytes(settings))["settings"]["volume"]["value"] == 33


def _bytes(path: Path) -> bytes:
    with open(path, "rb") as handle:  # not Path.open, which the test makes refuse
        return handle.read()


def test_an_unreadable_device_folder_does_not_stop_the_others(data_dir: Path, monkeypatch):
    store = _store(data_dir)
    store.log_session(make_record(1))
    other = Store.open(data_dir, device="laptop", clock=FakeClock(NOW))
    other.log_session(make_record(2))
    locked = data_dir / "sessions" / "laptop"
    real_iterdir = Path.iterdir

    def guarded_iterdir(self: Path):
        if self == locked:
            _denied()
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", guarded_iterdir)
    store = _store(data_dir)
    assert [r.id for r in store.load_sessions()] == [make_record(1).id]
    assert "sessions in" in store.problems[0] and "Permission denied" in store.problems[0]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads everything")
def test_a_file_another_user_owns_is_left_alone(data_dir: Path):
    store = _store(data_dir)
    store.log_session(make_record(1))
    path = data_dir / "sessions" / "dev" / "2026-01.json"
    path.chmod(0)
    try:
        store = _store(data_dir)
        assert store.load_sessions() == []
        assert "Permission denied" in store.problems[0] and not _asides(path)
    finally:
        path.chmod(0o600)


def test_a_reader_repairs_nothing(data_dir: Path, damaged_month):
    path, damaged, expected = damaged_month
    reader = Store.reader(data_dir, device="dev", clock=FakeClock(NOW))
    assert {r.id for r in reader.load_sessions()} == expected
    assert "Nothing was changed" in reader.problems[0]
    assert path.read_bytes() == damaged and not _asides(path)
    with pytest.raises(StoreError):
        reader.log_session(make_record(30))


def test_another_devices_damaged_file_is_read_but_never_written(data_dir: Path):
    other = Store.open(data_dir, device="laptop", clock=FakeClock(NOW))
    other.log_session(make_record(1))
    path = data_dir / "sessions" / "laptop" / "2026-01.json"
    damaged = path.read_bytes()[:-40]
    path.write_bytes(damaged)
    store = _store(data_dir)
    assert [r.id for r in store.load_sessions()] == [], "its one record was cut short"
    assert path.read_bytes() == damaged and not _asides(path), "laptop repairs its own files"
    assert "another computer's file" in store.problems[0]


def test_backups_go_on_after_the_clock_was_once_years_ahead(data_dir: Path):
    settings = data_dir / "devices" / "dev" / "settings.json"
    store = _store(data_dir, NOW - timedelta(days=40))
    store.save_settings(store.load_settings().changed(volume=1))
    store = _store(data_dir, NOW - timedelta(days=30))
    store.save_settings(store.load_settings().changed(volume=2))  # backs up volume 1
    wrong = _store(data_dir, NOW + timedelta(days=3 * 365))
    wrong.save_settings(wrong.load_settings().changed(volume=3))  # backs up 2, stamped 2029
    for hours, volume in ((0, 4), (2, 5), (4, 6)):
        store = _store(data_dir, NOW + timedelta(hours=hours))
        store.save_settings(store.load_settings().changed(volume=volume))
    taken = sorted(b.taken for b in store.backups.of(settings))
    today = [t for t in taken if NOW <= t < NOW + timedelta(days=1)]
    assert today == [NOW, NOW + timedelta(hours=2), NOW + timedelta(hours=4)], "hourly again"
    assert taken[0] == NOW - timedelta(days=30), "the older backups are not thinned away"
    assert any(t.year == 2029 for t in taken), "the one stamped in the future is kept"


def test_the_apps_folders_are_private(tmp_path: Path):
    data_dir = tmp_path / "new"
    store = Store.open(data_dir, device="dev", clock=FakeClock(NOW))
    store.log_session(make_record(1))
    store.save_settings(store.load_settings().changed(volume=3))
    store.save_settings(store.load_settings().changed(volume=4))
    store = _store(data_dir, NOW + timedelta(hours=2))
    store.log_session(make_record(2))
    folders = [data_dir, *(p for p in data_dir.rglob("*") if p.is_dir())]
    assert len(folders) >= 6  # the data, sessions and backups folders, each level
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in folders} == {oct(0o700)}
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {oct(0o600)}


def test_an_older_versions_open_folders_are_made_private_but_a_chosen_folder_is_not(
    tmp_path: Path,
):
    chosen = tmp_path / "home-like"
    (chosen / "sessions" / "dev").mkdir(parents=True, mode=0o755)
    for folder in (chosen, chosen / "sessions", chosen / "sessions" / "dev"):
        folder.chmod(0o755)
    Store.open(chosen, device="dev", clock=FakeClock(NOW))
    assert stat.S_IMODE((chosen / "sessions").stat().st_mode) == 0o700
    assert stat.S_IMODE((chosen / "sessions" / "dev").stat().st_mode) == 0o700
    assert stat.S_IMODE(chosen.stat().st_mode) == 0o755, "the user's own folder is theirs"


def test_commands_beside_the_window_delete_none_of_its_temporary_files(data_dir: Path, tmp_path):
    # Issue 16, item 4: --export-all opened the store and deleted every .tmp-* under the data
    # folder, a running writer's too.
    from backcoach.app import main

    store = _store(data_dir)
    store.log_session(make_record(1))
    writing = data_dir / "sessions" / "dev" / ".tmp-2026-01.json.abcd1234"
    writing.write_text('{"half": ')
    clock = FakeClock(NOW)
    assert main(["--data-dir", str(data_dir), "--export-all", str(tmp_path / "a.json")], clock) == 0
    assert main(["--data-dir", str(data_dir), "--stats"], clock) == 0
    assert main(["--data-dir", str(data_dir), "--export-csv", str(tmp_path / "s.csv")], clock) == 0
    assert writing.read_text() == '{"half": '
