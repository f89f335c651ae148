"""The routine library: built-ins, overrides, the user's routines and exercises, and the store."""

from __future__ import annotations

import itertools

import pytest

from backcoach.core.custom_exercise import ExerciseFieldsError, pose_choices
from backcoach.core.library import ItemFieldsError, Library, LibraryError
from backcoach.core.library_document import library_from_store_data, library_to_store_data
from backcoach.core.routine import BOUNDS, load_builtin_routines
from backcoach.core.storage.store import Store
from backcoach.core.timeline import build_timeline


@pytest.fixture
def library(catalogue) -> Library:
    counter = itertools.count(1)
    library, problems = library_from_store_data(catalogue, load_builtin_routines(catalogue), {})
    assert problems == []
    # Predictable ids, so tests can name what they made.
    return Library(
        guide=library.guide,
        builtins=library.builtins,
        make_id=lambda prefix, name, taken: f"{prefix}_{next(counter)}",
    )


@pytest.fixture
def poses(catalogue) -> list[str]:
    return [choice.id for choice in pose_choices()]


def own_exercise(**changes):
    fields = {
        "name": "Cat-cow",
        "instructions": "On hands and knees, round the back, then let it sag.",
        "positions": [{"pose": "knees_bent", "cue": "Knees bent"}, {"pose": "bridge", "cue": "Up"}],
        "hold_seconds": 4,
        "reps": 6,
        "rest_seconds": 3,
        "per_side": False,
        "side_label": "side",
        "safety": "Move slowly.",
    }
    fields.update(changes)
    return fields


def test_the_builtins_come_first_and_nothing_is_stored_until_a_change(library):
    assert [r.id for r in library.routines] == ["full_floor", "quick_break", "desk_stretch"]
    assert library_to_store_data(library)["routines"] == []


def test_editing_a_builtin_keeps_an_override_that_reset_removes(library, catalogue):
    edited = library.set_item("quick_break", 0, hold_seconds=20)
    assert edited.is_edited_builtin("quick_break")
    assert edited.routine("quick_break").items[0].hold_seconds == 20
    assert edited.routine("quick_break").builtin
    assert [r["id"] for r in library_to_store_data(edited)["routines"]] == ["quick_break"]
    # The order of routines does not change when a built-in is edited.
    assert [r.id for r in edited.routines] == [r.id for r in library.routines]
    restored = edited.reset_routine("quick_break")
    assert restored.routine("quick_break") == library.routine("quick_break")
    assert library_to_store_data(restored)["routines"] == []


def test_a_deleted_builtin_can_be_restored_with_its_edits_undone(library):
    changed = library.rename("full_floor", "Floor").delete("quick_break")
    assert [r.id for r in changed.routines] == ["full_floor", "desk_stretch"]
    assert library_to_store_data(changed)["hidden_builtins"] == ["quick_break"]
    restored = changed.restore_builtins()
    assert restored.routines == library.routines


def test_the_last_routine_cannot_be_deleted(library):
    library = library.delete("full_floor").delete("quick_break")
    with pytest.raises(LibraryError, match="only routine"):
        library.delete("desk_stretch")


def test_create_rename_duplicate_and_delete_a_routine(library, catalogue):
    library, new = library.create_routine("  Physio, morning ", "bridge")
    assert new == "routine_1"
    assert library.routine(new).name == "Physio, morning"
    assert [i.exercise_id for i in library.routine(new).items] == ["bridge"]
    library = library.rename(new, "Physio")
    library, copy = library.duplicate(new)
    assert library.routine(copy).name == "Physio (copy)"
    library, second_copy = library.duplicate(new)
    assert library.routine(second_copy).name == "Physio (copy 2)"
    library, builtin_copy = library.duplicate("desk_stretch")
    assert not library.routine(builtin_copy).builtin
    library = library.delete(copy)
    assert copy not in {r.id for r in library.routines}


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "The name cannot be empty."),
        ("   ", "The name cannot be empty."),
        ("x" * 81, "The name is 81 characters long; at most 80 fit."),
        ("two\nlines", "The name contains characters that are not text"),
        ("bell\x07", "The name contains characters that are not text"),
        ("quick break between meetings", "You already have a routine called"),
        (42, "The name must be text."),
    ],
)
def test_a_bad_routine_name_is_refused_with_its_message(library, name, message):
    with pytest.raises(LibraryError, match=message.replace("(", r"\(")):
        library.create_routine(name, "bridge")
    with pytest.raises(LibraryError, match=message.replace("(", r"\(")):
        library.rename("full_floor", name)


def test_renaming_to_the_same_name_with_other_capitals_is_allowed(library):
    assert library.rename("full_floor", "FULL floor routine").routine("full_floor").name == (
        "FULL floor routine"
    )


@pytest.mark.parametrize("field", list(BOUNDS))
@pytest.mark.parametrize("kind", ["below", "above", "text", "fraction"])
def test_every_out_of_range_number_is_refused_with_its_message(library, field, kind):
    bound = BOUNDS[field]
    value = {"below": bound.low - 1, "above": bound.high + 1, "text": "ten", "fraction": 2.5}[kind]
    with pytest.raises(ItemFieldsError) as refused:
        library.set_item("quick_break", 0, **{field: value})
    assert refused.value.errors == {field: bound.check(value)}
    assert bound.label in refused.value.errors[field]


def test_the_bounds_themselves_are_accepted(library):
    for field, bound in BOUNDS.items():
        for value in (bound.low, bound.high):
            changed = library.set_item("full_floor", 0, **{field: value})
            assert (
                changed.routine("full_floor").resolved(changed.catalogue)[0].__getattribute__(field)
                == value
            )


def test_a_value_the_user_sets_stays_theirs_even_when_it_equals_the_default(library):
    bridge_reps = library.catalogue.get("bridge").reps
    changed = library.set_item("full_floor", 0, reps=bridge_reps + 1)
    assert changed.routine("full_floor").items[0].reps == bridge_reps + 1
    back = changed.set_item("full_floor", 0, reps=bridge_reps)
    assert back.routine("full_floor").items[0].reps == bridge_reps  # chosen: kept if defaults move
    assert back.reset_item("full_floor", 0).routine("full_floor").items[0].reps is None
    assert back.set_item("full_floor", 0, reps=None).routine("full_floor").items[0].reps is None


def test_sides_must_be_true_or_false(library):
    with pytest.raises(ItemFieldsError, match="Sides"):
        library.set_item("full_floor", 0, both_sides="both")
    changed = library.set_item("full_floor", 0, both_sides=True)
    assert changed.routine("full_floor").resolved(changed.catalogue)[0].both_sides is True


def test_the_last_exercise_turned_on_cannot_be_turned_off_or_removed(library):
    with pytest.raises(LibraryError, match="at least one exercise turned on"):
        library.set_enabled("desk_stretch", 0, False)
    with pytest.raises(LibraryError, match="at least one exercise turned on"):
        library.remove_item("desk_stretch", 0)
    library = library.add_item("desk_stretch", "bridge").set_enabled("desk_stretch", 0, False)
    timeline = build_timeline(library.routine("desk_stretch"), library.catalogue)
    assert [e.id for e in timeline.exercises] == ["bridge"]


def test_moving_and_reordering_exercises(library):
    ids = [i.exercise_id for i in library.routine("quick_break").items]
    moved = library.move_item("quick_break", 0, 2)
    assert [i.exercise_id for i in moved.routine("quick_break").items] == [ids[1], ids[2], ids[0]]
    reordered = library.reorder("quick_break", [2, 0, 1])
    assert [i.exercise_id for i in reordered.routine("quick_break").items] == [
        ids[2],
        ids[0],
        ids[1],
    ]
    with pytest.raises(LibraryError):
        library.reorder("quick_break", [0, 0, 1])
    with pytest.raises(LibraryError):
        library.move_item("quick_break", 0, 3)
    with pytest.raises(LibraryError):
        library.add_item("quick_break", "cartwheel")


def test_reset_an_item_a_routine_and_everything(library):
    library, mine = library.create_routine("Mine", "bridge")
    library = library.set_item(mine, 0, hold_seconds=30, sets=2)
    library = library.set_item("quick_break", 1, hold_seconds=9).delete("desk_stretch")
    assert library.reset_item(mine, 0).routine(mine).items[0].hold_seconds is None
    assert library.reset_routine(mine).routine(mine).items[0].sets is None
    everything = library.reset_everything()
    assert everything.routine(mine).items[0].hold_seconds is None
    assert not everything.is_edited_builtin("quick_break")
    assert "desk_stretch" in {r.id for r in everything.routines}
    # Resetting numbers never deletes the user's own work.
    assert mine in {r.id for r in everything.routines}


def test_an_exercise_of_ones_own_gets_a_stable_id_and_can_be_used(library, poses):
    library, exercise_id = library.add_exercise(own_exercise(), poses)
    assert exercise_id == "exercise_1"
    exercise = library.catalogue.get(exercise_id)
    assert exercise.custom and exercise.hold_position.pose == "bridge"
    library = library.add_item("full_floor", exercise_id)
    library = library.update_exercise(exercise_id, own_exercise(name="Cat and cow"), poses)
    assert library.catalogue.get(exercise_id).name == "Cat and cow"  # same id after a rename
    timeline = build_timeline(library.routine("full_floor"), library.catalogue)
    assert timeline.exercises[-1].id == exercise_id
    with pytest.raises(LibraryError, match="Full floor routine"):
        library.delete_exercise(exercise_id)
    library = library.remove_item("full_floor", len(library.routine("full_floor").items) - 1)
    assert library.delete_exercise(exercise_id).custom_exercises == ()


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"name": ""}, "name", "The name cannot be empty."),
        ({"instructions": " "}, "instructions", "The instructions cannot be empty."),
        ({"positions": []}, "positions", "Choose at least one position."),
        ({"positions": [{"pose": "handstand"}]}, "positions", "cannot draw: 'handstand'"),
        ({"positions": [{"pose": "bridge"}] * 7}, "positions", "at most 6 positions"),
        ({"hold_seconds": 0}, "hold_seconds", "Hold must be from 1 to 300 s, not 0."),
        ({"reps": "many"}, "reps", "Repetitions must be a whole number from 1 to 50."),
        ({"rest_seconds": 601}, "rest_seconds", "Rest must be from 0 to 600 s, not 601."),
        ({"side_label": "x" * 21}, "side_label", "at most 20 fit"),
        ({"safety": "a\x00b"}, "safety", "not text"),
        ({"per_side": "yes"}, "per_side", "true or false"),
    ],
)
def test_a_bad_exercise_is_refused_field_by_field(library, poses, changes, field, message):
    with pytest.raises(ExerciseFieldsError) as refused:
        library.add_exercise(own_exercise(**changes), poses)
    assert message in refused.value.errors[field]


def test_the_library_round_trips_through_the_store(library, poses, store: Store, catalogue):
    library, mine = library.create_routine("Mine", "bridge")
    library, exercise_id = library.add_exercise(
        own_exercise(per_side=True, side_label="leg"), poses
    )
    library = library.add_item(mine, exercise_id).set_item(mine, 1, reps=2, sets=3)
    library = library.set_enabled(mine, 0, False).delete("desk_stretch")
    library = library.set_item("quick_break", 0, hold_seconds=7)
    store.save_user_data(library_to_store_data(library))
    again, problems = library_from_store_data(
        catalogue, load_builtin_routines(catalogue), Store.open(store.folder).load_user_data()
    )
    assert problems == []
    assert again.routines == library.routines
    assert again.custom_exercises == library.custom_exercises


def test_unreadable_entries_and_unknown_keys_are_kept_and_reported(catalogue):
    data = {
        "routines": [
            {"id": "broken", "name": "Broken", "exercises": [{"exercise": "cartwheel"}]},
            {"id": "fine", "name": "Fine", "exercises": [{"exercise": "bridge"}]},
            "not a routine",
        ],
        "exercises": [{"id": "half", "name": "Half"}],
        "from_the_future": {"keep": True},
    }
    library, problems = library_from_store_data(catalogue, load_builtin_routines(catalogue), data)
    assert len(problems) == 3
    assert "fine" in {r.id for r in library.routines}
    stored = library_to_store_data(library.rename("fine", "Still fine"))
    assert data["routines"][0] in stored["routines"] and "not a routine" in stored["routines"]
    assert stored["exercises"] == [{"id": "half", "name": "Half"}]
    assert stored["from_the_future"] == {"keep": True}


def test_importing_never_replaces_and_twice_is_once(library, poses):
    library, exercise_id = library.add_exercise(own_exercise(), poses)
    theirs = library.catalogue.get(exercise_id)
    other = type(theirs)(**{**theirs.__dict__, "name": "Their cat-cow"})
    routine = library.routine("quick_break")
    from dataclasses import replace

    from backcoach.core.routine import RoutineItem

    incoming = replace(routine, items=(*routine.items, RoutineItem(exercise_id)))
    imported, new_id = library.with_imported(incoming, [other])
    # Their exercise had our exercise's id but is different: it gets an id of its own.
    assert library.catalogue.get(exercise_id).name == "Cat-cow"
    assert imported.routine(new_id).items[-1].exercise_id != exercise_id
    assert imported.routine(new_id).name == "Quick break between meetings (2)"
    assert imported.routine("quick_break") == library.routine("quick_break")
    again, same_id = imported.with_imported(imported.routine(new_id), [])
    assert (again, same_id) == (imported, new_id)


def test_importing_a_routine_just_exported_finds_it_by_what_it_does(library, tmp_path):
    from backcoach.core.routine_file import read_routine_file, write_routine_file

    library, routine_id = library.create_routine("Quick test", "bridge")
    library = library.add_item(routine_id, "knees_to_chest").set_item(routine_id, 0, reps=7)
    library = library.set_enabled(routine_id, 1, False)
    path = tmp_path / "quick.backcoach-routine.json"
    # The file writes every number; the library keeps only those that differ from the defaults.
    write_routine_file(path, library.routine(routine_id), library.catalogue)
    incoming = read_routine_file(path, library.guide)
    assert incoming.routine.items != library.routine(routine_id).items
    again, same_id = library.with_imported(incoming.routine, incoming.exercises)
    assert (again, same_id) == (library, routine_id)  # no "Quick test (2)"
    # A routine that does something else is added beside it.
    other = library.set_item(routine_id, 0, reps=8)
    added, new_id = other.with_imported(incoming.routine, incoming.exercises)
    assert new_id != routine_id and added.routine(new_id).name == "Quick test (2)"
