"""A broken file never stops the app and is never overwritten: it is set aside, what can be read of
it and of its newest good backup is put back, and the user is told where it went."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from backcoach.core.clock import FakeClock
from backcoach.core.storage.store import Store
from tests.factories import make_record

NOW = datetime(2026, 3, 2, 8, 0)


def _store(data_dir: Path, now: datetime = NOW) -> Store:
    return Store.open(data_dir, device="dev", clock=FakeClock(now))


def _truncate(raw: bytes) -> bytes:
    return raw[: len(raw) * 2 // 3]


def _flip_bit(raw: bytes) -> bytes:
    # A bit flipped inside the second session's id: that record is damaged, the rest is not.
    position = raw.index(b"session-0000002") + 3
    return raw[:position] + bytes([raw[position] ^ 0x80]) + raw[position + 1 :]


def _flip_quote(raw: bytes) -> bytes:
    position = raw.index(b'"note": "note 2"')
    return raw[:position] + b"\x22\x22" + raw[position + 1 :]


CORRUPTIONS = {
    "empty": lambda raw: b"",
    "truncated": _truncate,
    "bit-flipped": _flip_bit,
    "broken-syntax": _flip_quote,
    "not-json": lambda raw: b"<html>this is not the file you are looking for</html>",
    "wrong-type-root": lambda raw: b"[1, 2, 3]",
    "wrong-type-sessions": lambda raw: b'{"schema": 1, "sessions": {"a": 1}}',
    "no-schema": lambda raw: b'{"sessions": []}',
    "nul-bytes": lambda raw: b"\x00" * len(raw),
}


@pytest.fixture
def month_with_backup(data_dir: Path) -> Path:
    """A month file of five sessions, with a backup taken (an hour ago) when it held three."""
    store = _store(data_dir, NOW - timedelta(hours=5))
    for number in range(1, 4):
        store.log_session(make_record(number))
    store = _store(data_dir, NOW - timedelta(hours=1))
    store.log_session(make_record(4))  # backs up sessions 1-3
    store.log_session(make_record(5))
    return data_dir / "sessions" / "dev" / "2026-01.json"


@pytest.mark.parametrize("corruption", CORRUPTIONS)
def test_a_broken_sessions_file_is_set_aside_and_recovered(
    data_dir: Path, month_with_backup: Path, corruption: str
):
    raw = month_with_backup.read_bytes()
    broken = CORRUPTIONS[corruption](raw)
    month_with_backup.write_bytes(broken)

    store = _store(data_dir)
    loaded = {r.id for r in store.load_sessions()}

    aside = month_with_backup.with_name("2026-01.json.broken-20260302-080000")
    assert aside.read_bytes() == broken, "the damaged file is kept as it was"
    backed_up = {make_record(n).id for n in (1, 2, 3)}
    assert backed_up <= loaded, "everything in the backup is back"
    if corruption in ("truncated", "bit-flipped", "broken-syntax"):
        # Every record the damage did not touch is kept, even those newer than the backup.
        assert make_record(5).id in loaded or corruption == "truncated"
        assert make_record(4).id in loaded or corruption == "truncated"
    assert len(store.problems) == 1
    message = store.problems[0]
    assert "could not be read" in message and str(aside) in message
    assert "backup of 2 Mar 2026, 07:00" in message

    # The recovered file is whole again: a new start loads it without a word.
    again = _store(data_dir + "" if False else data_dir)
    assert {r.id for r in again.load_sessions()} == loaded
    assert again.problems == []


def test_a_truncated_file_keeps_every_whole_record_before_the_cut(data_dir: Path):
    store = _store(data_dir)
    for number in range(1, 11):
        store.log_session(make_record(number))
    path = data_dir / "sessions" / "dev" / "2026-01.json"
    raw = path.read_bytes()
    cut = raw.index(b"session-0000008")  # in the middle of the eighth record
    path.write_bytes(raw[:cut])
    # No backup within reach (the file was written within the hour): only the salvage helps.
    for backup in store.backups.all():
        backup.path.unlink()
    store = _store(data_dir)
    assert [r.id for r in store.load_sessions()] == [make_record(n).id for n in range(1, 8)]
    assert "7 readable records were rescued" in store.problems[0]


def test_a_broken_file_without_any_backup_is_set_aside_and_the_app_goes_on(data_dir: Path):
    settings = data_dir / "settings.json"  # an older version's shared file is repaired too
    data_dir.mkdir(parents=True, exist_ok=True)
    settings.write_bytes(b'{"schema": 1, "settings": {"volume": 3')
    store = _store(data_dir)
    assert store.load_settings().volume == 80  # the default
    assert json.loads(settings.read_text())["settings"] == {}, "an empty file in its place"
    assert (data_dir / "settings.json.broken-20260302-080000").exists()
    assert "default settings are used" in store.problems[0]
    store.save_settings(store.load_settings().changed(volume=50))
    assert (data_dir / "settings.json.broken-20260302-080000").read_bytes().endswith(b"3")


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"\xff\xfe{}", b'{"schema": 1, "settings": [1]}', b'"just text"', b"null"],
)
def test_a_broken_settings_file_is_replaced_by_its_newest_good_backup(data_dir: Path, content):
    store = _store(data_dir, NOW - timedelta(days=2))
    store.save_settings(store.load_settings().changed(volume=33))
    store = _store(data_dir, NOW - timedelta(days=1))
    store.save_settings(store.load_settings().changed(volume=44))  # backs up volume 33
    (data_dir / "devices" / "dev" / "settings.json").write_bytes(content)
    store = _store(data_dir)
    assert store.load_settings().volume == 33
    assert "backup of 1 Mar 2026, 08:00 was loaded" in store.problems[0]


def test_a_damaged_backup_is_skipped_for_an_older_good_one(data_dir: Path):
    for day, volume in ((5, 11), (4, 22), (3, 33)):
        store = _store(data_dir, NOW - timedelta(days=day))
        store.save_settings(store.load_settings().changed(volume=volume))
    newest, older = store.backups.of(data_dir / "devices" / "dev" / "settings.json")[:2]
    newest.path.write_bytes(b"\x00\x00")
    (data_dir / "devices" / "dev" / "settings.json").write_bytes(b"garbage")
    assert (
        _store(data_dir).load_settings().volume
        == json.loads(older.path.read_text())["settings"]["volume"]["value"]
        == 11
    )


def test_a_broken_routines_file_keeps_its_readable_routines(data_dir: Path):
    store = _store(data_dir)
    routines = [{"id": f"r{n}", "name": f"Routine {n}", "items": []} for n in range(4)]
    store.save_user_data({"routines": routines, "exercises": [], "favourite": "r1"})
    path = data_dir / "devices" / "dev" / "routines.json"
    raw = path.read_bytes()
    path.write_bytes(raw[: raw.index(b'"r3"')])
    data = _store(data_dir).load_user_data()
    assert [r["id"] for r in data["routines"]] == ["r0", "r1", "r2"]


def test_a_byte_order_mark_is_harmless(data_dir: Path):
    store = _store(data_dir)
    store.save_settings(store.load_settings().changed(volume=12))
    path = data_dir / "devices" / "dev" / "settings.json"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    store = _store(data_dir)
    assert store.load_settings().volume == 12
    assert store.problems == []


def test_unknown_keys_are_kept_on_the_next_save(data_dir: Path):
    store = _store(data_dir)
    store.log_session(make_record(1))
    store.save_settings(store.load_settings())
    store.save_user_data({"routines": [], "exercises": []})
    month = data_dir / "sessions" / "dev" / "2026-01.json"
    sessions = json.loads(month.read_text())
    sessions["sessions"][0]["heart_rate"] = [72, 75]
    sessions["synced_with"] = "phone"
    month.write_text(json.dumps(sessions))
    own = data_dir / "devices" / "dev" / "settings.json"
    stamp = {"changed": "2026-01-01T00:00:00.000000+00:00", "device": "dev"}
    settings = {"schema": 1, "settings": {"theme": {"value": "sunset", **stamp}}}
    settings["window"] = {"x": 10}
    own.parent.mkdir(parents=True, exist_ok=True)
    own.write_text(json.dumps(settings))
    routines = {
        "schema": 1,
        "routines": [{"id": "mine", "name": "Mine", "items": [], "colour": "teal"}],
        "exercises": [],
        "folders": ["Morning"],
    }
    (data_dir / "routines.json").write_text(json.dumps(routines))  # an older version's

    store = _store(data_dir)
    loaded = store.load_sessions()
    store.log_session(make_record(2))
    store.update_session(loaded[0].updated(note="edited"))
    store.save_settings(store.load_settings().changed(volume=5))
    store.save_user_data(store.load_user_data())

    sessions = json.loads(month.read_text())
    assert sessions["synced_with"] == "phone"
    first = next(s for s in sessions["sessions"] if s["id"] == make_record(1).id)
    assert first["heart_rate"] == [72, 75] and first["note"] == "edited"
    settings = json.loads((data_dir / "devices" / "dev" / "settings.json").read_text())
    assert settings["window"] == {"x": 10}
    assert settings["settings"]["theme"]["value"] == "sunset"
    assert settings["settings"]["volume"]["value"] == 5
    assert store.load_user_data()["folders"] == ["Morning"]
    assert store.load_user_data()["routines"][0]["colour"] == "teal"
    routines_now = json.loads((data_dir / "devices" / "dev" / "routines.json").read_text())
    assert routines_now["folders"] == ["Morning"]


def test_unreadable_records_stay_in_the_file(data_dir: Path):
    store = _store(data_dir)
    store.log_session(make_record(1))
    month = data_dir / "sessions" / "dev" / "2026-01.json"
    data = json.loads(month.read_text())
    data["sessions"].append({"id": "odd", "completed": "maybe"})
    month.write_text(json.dumps(data))
    store = _store(data_dir)
    assert len(store.load_sessions()) == 1
    assert "1 session in" in store.problems[0]
    store.log_session(make_record(2))
    assert {"id": "odd", "completed": "maybe"} in json.loads(month.read_text())["sessions"]
