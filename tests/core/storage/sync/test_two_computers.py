"""Each scenario of issue 15, as a plain test: two computers, one synced folder, nothing lost."""

from __future__ import annotations

import json
from datetime import date, timedelta, timezone

from backcoach.core.settings import toggled_rest_days
from backcoach.core.storage.store import Store
from tests.core.storage.sync.computers import two_computers
from tests.factories import make_record

ROUTINE = {"id": "laptop_routine", "name": "Made on the laptop", "items": []}


def test_rest_days_and_a_routine_made_on_one_computer_survive_the_other_closing(tmp_path):
    laptop, desk, tool, clock = two_computers(tmp_path)
    laptop.store.save_settings(
        laptop.settings.changed(rest_days=["2026-11-20", "2026-11-21"], volume=30)
    )
    laptop.store.save_user_data({**laptop.user_data, "routines": [ROUTINE]})
    clock.advance(60)
    # The desk computer closes its window: it saves the window's geometry, and the settings as
    # it knows them (without the laptop's changes, which it has not seen).
    desk.store.save_settings(desk.settings.changed(window_geometry="AAAA", sound=False))
    desk.store.save_user_data(desk.user_data)
    tool.full_sync()
    for computer in (laptop, desk):
        sessions, settings, routines = computer.view()
        assert settings["rest_days"] == ["2026-11-20", "2026-11-21"]
        assert settings["volume"] == 30 and settings["sound"] is False
        assert [r["id"] for r in routines["routines"]] == ["laptop_routine"]
    assert tool.conflicts == []
    assert Store.reader(laptop.folder, "laptop").load_settings().window_geometry == ""


def test_an_edit_of_another_computers_session_is_written_in_the_editors_own_folder(tmp_path):
    laptop, desk, tool, clock = two_computers(tmp_path)
    desk.store.log_session(make_record(1))
    tool.full_sync()
    laptop.restart()
    desk_file = laptop.folder / "sessions" / "desk" / "2026-01.json"
    before = desk_file.read_bytes()
    clock.advance(60)
    laptop.store.update_session(laptop.sessions[make_record(1).id].updated(note="edited"))
    assert desk_file.read_bytes() == before, "the desk computer's file is left alone"
    tool.full_sync()
    assert tool.conflicts == []
    for computer in (laptop, desk):
        sessions, _, _ = computer.view()
        assert sessions[make_record(1).id]["note"] == "edited"


def test_the_newest_edit_wins_not_the_device_whose_name_sorts_last(tmp_path):
    laptop, desk, tool, clock = two_computers(tmp_path)
    laptop.device = "zzz"  # sorts last: under the old rule its (older) version won
    laptop.restart()
    laptop.store.log_session(make_record(1))
    tool.full_sync()
    desk.restart()
    laptop.store.update_session(make_record(1).updated(note="older, from zzz"))
    clock.advance(5)
    desk.store.update_session(desk.sessions[make_record(1).id].updated(pain_after=1))
    tool.full_sync()
    for computer in (laptop, desk):
        sessions, _, _ = computer.view()
        assert sessions[make_record(1).id]["pain_after"] == 1
        assert sessions[make_record(1).id]["note"] == "note 1"


def test_a_delete_wins_over_an_older_edit_and_an_undo_brings_the_session_back(tmp_path):
    laptop, desk, tool, clock = two_computers(tmp_path)
    laptop.store.log_session(make_record(1))
    tool.full_sync()
    desk.restart()
    desk.store.update_session(desk.sessions[make_record(1).id].updated(note="desk"))
    clock.advance(5)
    laptop.store.delete_session(make_record(1).id)
    tool.full_sync()
    assert all(make_record(1).id not in c.view()[0] for c in (laptop, desk))
    clock.advance(5)
    laptop.store.log_session(make_record(1))  # undo
    tool.full_sync()
    assert all(make_record(1).id in c.view()[0] for c in (laptop, desk))


def test_one_setting_changed_on_both_resolves_the_same_way_on_both(tmp_path):
    laptop, desk, tool, clock = two_computers(tmp_path)
    laptop.store.save_settings(laptop.settings.changed(volume=10))
    clock.advance(1)
    desk.store.save_settings(desk.settings.changed(volume=90))
    tool.full_sync()
    assert laptop.view()[1]["volume"] == desk.view()[1]["volume"] == 90


def test_rest_days_are_merged_per_day(tmp_path):
    laptop, desk, tool, clock = two_computers(tmp_path)
    laptop.store.save_settings(laptop.settings.changed(rest_days=["2026-11-20"]))
    tool.full_sync()
    desk.restart()
    clock.advance(1)
    # The laptop unmarks the 20th while the desk, not yet synced, marks the 22nd.
    laptop.store.save_settings(laptop.store.load_settings().changed(rest_days=[]))
    desk.store.save_settings(
        desk.settings.changed(
            rest_days=toggled_rest_days(desk.settings.rest_days, date(2026, 11, 22))
        )
    )
    tool.full_sync()
    assert laptop.view()[1]["rest_days"] == desk.view()[1]["rest_days"] == ["2026-11-22"]


def test_a_computer_whose_clock_is_behind_still_wins_with_an_edit_of_what_it_saw(tmp_path):
    laptop, desk, tool, clock = two_computers(tmp_path, same_clock=False)
    desk.clock.advance(3600)  # the desk's clock is an hour ahead of the laptop's
    desk.store.log_session(make_record(1))
    desk.store.update_session(make_record(1).updated(note="desk, an hour ahead"))
    tool.full_sync()
    laptop.restart()
    laptop.store.update_session(laptop.sessions[make_record(1).id].updated(note="laptop, later"))
    tool.full_sync()
    for computer in (laptop, desk):
        assert computer.view()[0][make_record(1).id]["note"] == "laptop, later"


def test_a_routine_deleted_on_one_and_another_made_on_the_other_both_count(tmp_path):
    laptop, desk, tool, clock = two_computers(tmp_path)
    laptop.store.save_user_data({**laptop.user_data, "routines": [ROUTINE]})
    tool.full_sync()
    desk.restart()
    clock.advance(1)
    laptop.store.save_user_data({**laptop.store.load_user_data(), "routines": []})
    other = {"id": "desk_routine", "name": "Desk", "items": []}
    desk.store.save_user_data({**desk.user_data, "routines": [*desk.user_data["routines"], other]})
    tool.full_sync()
    for computer in (laptop, desk):
        assert [r["id"] for r in computer.view()[2]["routines"]] == ["desk_routine"]


def test_the_window_geometry_stays_with_its_computer(tmp_path):
    laptop, desk, tool, clock = two_computers(tmp_path)
    laptop.store.save_settings(laptop.settings.changed(window_geometry="LAPTOP"))
    desk.store.save_settings(desk.settings.changed(window_geometry="DESK", start_at_login=True))
    tool.full_sync()
    assert Store.reader(laptop.folder, "laptop").load_settings().window_geometry == "LAPTOP"
    assert Store.reader(laptop.folder, "laptop").load_settings().start_at_login is False
    assert Store.reader(desk.folder, "desk").load_settings().window_geometry == "DESK"


def test_sessions_keep_their_offset_and_day_when_edited_elsewhere(tmp_path):
    laptop, desk, tool, clock = two_computers(tmp_path)
    started = make_record(1).started.astimezone(timezone(timedelta(hours=-5)))
    desk.store.log_session(make_record(started=started, note="far away"))
    tool.full_sync()
    laptop.restart()
    (record,) = laptop.sessions.values()
    laptop.store.update_session(record.updated(note="back home"))
    tool.full_sync()
    (raw,) = desk.view()[0].values()
    assert raw["started"] == started.isoformat(timespec="seconds") and raw["note"] == "back home"
    month = json.loads((desk.folder / "sessions" / "laptop" / f"{started:%Y-%m}.json").read_text())
    assert month["sessions"][0]["changed_on"] == "laptop"
