"""What the timeline answers about its steps: the one after, the next hold, the next exercise."""

from __future__ import annotations

from backcoach.core.routine import Routine, RoutineItem
from backcoach.core.timeline import Phase, Timeline, build_timeline


def timeline(catalogue, *items: RoutineItem) -> Timeline:
    return build_timeline(Routine(id="test", name="Test routine", items=items), catalogue)


def test_the_following_step_is_the_next_one_and_none_after_the_last(catalogue):
    line = timeline(catalogue, RoutineItem("bridge", reps=2))
    for step, after in zip(line.steps, line.steps[1:], strict=False):
        assert line.following(step.index) == after
    assert line.following(line.steps[-1].index) is None


def test_the_next_hold_is_the_next_rep_then_the_next_exercise_then_none(catalogue):
    line = timeline(catalogue, RoutineItem("bridge", reps=2), RoutineItem("knees_to_chest", reps=1))
    holds = [s for s in line.steps if s.phase == Phase.HOLD]
    assert [(h.exercise.id, h.rep) for h in holds] == [
        ("bridge", 1),
        ("bridge", 2),
        ("knees_to_chest", 1),
    ]
    assert line.next_hold(0) == holds[0]  # from the first get-ready
    assert line.next_hold(holds[0].index) == holds[1]  # from a hold: the next one, not itself
    rest = next(s for s in line.steps if s.phase == Phase.REST)
    assert line.next_hold(rest.index) == holds[1]
    assert line.next_hold(holds[1].index) == holds[2]  # across exercises
    assert line.next_hold(holds[2].index) is None
    assert line.next_hold(line.steps[-1].index) is None


def test_whether_another_exercise_follows(catalogue):
    line = timeline(catalogue, RoutineItem("bridge"), RoutineItem("knees_to_chest"))
    assert line.has_item_after(0) and not line.has_item_after(1)
