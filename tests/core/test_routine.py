from __future__ import annotations

import pytest

from backcoach.core.routine import (
    BOUNDS,
    RoutineError,
    RoutineItem,
    load_builtin_routines,
    routine_from_json,
    validate_item_fields,
)
from backcoach.core.timeline import build_timeline, routine_seconds


def test_an_item_uses_the_exercise_defaults_unless_set(catalogue):
    routine = routine_from_json(
        {
            "id": "r",
            "name": "R",
            "exercises": [{"exercise": "bridge"}, {"exercise": "bridge", "reps": 2}],
        },
        catalogue,
    )
    first, second = routine.resolved(catalogue)
    bridge = catalogue.get("bridge")
    assert (first.reps, first.hold_seconds, first.both_sides) == (
        bridge.reps,
        bridge.hold_seconds,
        False,
    )
    assert second.reps == 2


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("hold_seconds", 0, "Hold must be from 1 to 300 s, not 0."),
        ("hold_seconds", 301, "Hold must be from 1 to 300 s, not 301."),
        ("reps", 51, "Repetitions must be from 1 to 50, not 51."),
        ("rest_seconds", -1, "Rest must be from 0 to 600 s, not -1."),
        ("reps", "five", "Repetitions must be a whole number from 1 to 50."),
        ("reps", 2.5, "Repetitions must be a whole number from 1 to 50."),
        ("sets", True, "Sets must be a whole number from 1 to 10."),
    ],
)
def test_out_of_range_numbers_get_a_clear_message(field, value, message):
    assert validate_item_fields({field: value}) == {field: message}


def test_values_at_the_bounds_are_accepted():
    values = {name: bound.low for name, bound in BOUNDS.items()}
    assert validate_item_fields(values) == {}
    values = {name: bound.high for name, bound in BOUNDS.items()}
    assert validate_item_fields(values) == {}


@pytest.mark.parametrize(
    "data",
    [
        [],
        {"name": "x", "exercises": []},
        {"id": "x", "exercises": []},
        {"id": "x", "name": "x"},
        {"id": "x", "name": "x", "exercises": [{"exercise": "cartwheel"}]},
        {"id": "x", "name": "x", "exercises": [{"exercise": "bridge", "reps": 0}]},
        {"id": "x", "name": "x", "exercises": [{"exercise": "bridge", "both_sides": "yes"}]},
    ],
)
def test_a_bad_routine_is_refused(catalogue, data):
    with pytest.raises(RoutineError):
        routine_from_json(data, catalogue)


def test_a_routine_round_trips_through_json(catalogue):
    for routine in load_builtin_routines(catalogue):
        again = routine_from_json(routine.to_json(), catalogue, builtin=True)
        assert again == routine


def test_a_disabled_item_is_left_out_of_the_timeline(catalogue):
    routine = routine_from_json(
        {
            "id": "r",
            "name": "R",
            "exercises": [{"exercise": "bridge"}, {"exercise": "ball_position", "enabled": False}],
        },
        catalogue,
    )
    timeline = build_timeline(routine, catalogue)
    assert {s.exercise.id for s in timeline.steps} == {"bridge"}
    assert routine.items[1] == RoutineItem("ball_position", enabled=False)


def test_a_routines_length_counts_every_step_of_the_enabled_items(catalogue):
    routine = routine_from_json(
        {
            "id": "r",
            "name": "R",
            "exercises": [
                {
                    "exercise": "bridge",
                    "reps": 2,
                    "hold_seconds": 10,
                    "rest_seconds": 4,
                    "get_ready_seconds": 5,
                    "both_sides": False,
                },
                {"exercise": "ball_position", "enabled": False},
            ],
        },
        catalogue,
    )
    bridge = catalogue.get("bridge")
    # Get ready, then each rep moves, holds and releases, with a rest between the two reps.
    rep = bridge.move_seconds + 10 + bridge.release_seconds
    assert routine_seconds(routine, catalogue) == 5 + 2 * rep + 4
