"""The figure the player draws through every step of every built-in routine: the side each step
names, read from the drawn figure's joints; no lying down flat between two exercises that share
a position; arrows while the figure moves, none while it holds or rests."""

from __future__ import annotations

import pytest

from backcoach.core.catalogue import load_catalogue
from backcoach.core.clock import FakeClock
from backcoach.core.engine import Engine
from backcoach.core.pose.kinematics import Figure, figure
from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.model import Pose
from backcoach.core.routine import Routine, load_builtin_routines
from backcoach.core.timeline import Phase, Step, build_timeline
from backcoach.ui.player.session_page import SessionPage
from backcoach.ui.player.step_drawing import StepDrawing

CATALOGUE = load_catalogue()
ROUTINES = load_builtin_routines(CATALOGUE)
LIBRARY = load_pose_library()


def side_of_body_facing_the_viewer(fig: Figure) -> str:
    """From the joints: the body's right side faces the viewer when (where the face looks) ×
    (from the hips to the neck) points out of the picture, as for a person facing right."""
    j = fig.joints
    up = (j["neck_base"][0] - j["hip"][0], j["neck_base"][1] - j["hip"][1])
    forward = (j["nose"][0] - j["head"][0], j["nose"][1] - j["head"][1])
    return "right" if forward[0] * up[1] - forward[1] * up[0] > 0 else "left"


def named_leg(fig: Figure, exercise_id: str) -> str:
    """Which leg ("near", "far") the exercise names, from where the legs are: the knee pulled
    to the chest, or the leg taken half a step back."""
    j = fig.joints
    if exercise_id == "single_knee_to_chest":
        return min(("near", "far"), key=lambda s: _distance(j[f"knee_{s}"], j["neck_base"]))
    if exercise_id == "standing_hip_stretch":
        forward = j["nose"][0] - j["head"][0]
        return min(("near", "far"), key=lambda s: (j[f"ankle_{s}"][0] - j["hip"][0]) * forward)
    raise AssertionError(f"no named leg for {exercise_id}")


def _distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5


def side_drawn(pose: Pose, exercise_id: str) -> str:
    fig = figure(pose)
    facing = side_of_body_facing_the_viewer(fig)
    if named_leg(fig, exercise_id) == "near":
        return facing
    return "left" if facing == "right" else "right"


def steps_drawn(qtbot, routine: Routine):
    """Each step of the routine as the player draws it: (step, page) at the step's start."""
    page = SessionPage()
    qtbot.addWidget(page)
    drawing = StepDrawing(page)
    clock = FakeClock()
    engine = Engine(build_timeline(routine, CATALOGUE), clock)
    engine.start()
    while not engine.is_over:
        drawing.show(engine, counting=False)
        yield engine.step, page
        clock.advance(engine.remaining())
        engine.advance()


@pytest.mark.parametrize("routine", ROUTINES, ids=lambda r: r.id)
def test_every_per_side_step_shows_the_side_it_names(qtbot, routine: Routine) -> None:
    checked = 0
    for step, page in steps_drawn(qtbot, routine):
        if step.side is None:
            continue
        view = page.pose
        for progress in (0.0, 1.0):
            view.set_progress(progress)
            pose = view.displayed_pose()
            if pose is not None and not pose.is_symmetric():
                assert side_drawn(pose, step.exercise.id) == step.side.value, (step, progress)
                checked += 1
        card = page.up_next.pose
        coming = _next_hold(step)
        if not page.up_next.isHidden() and coming is not None and coming.side is not None:
            shown = card.displayed_pose()
            assert shown is not None and not shown.is_symmetric()
            assert side_drawn(shown, coming.exercise.id) == coming.side.value, step
            checked += 1
    per_side = [item for item in routine.items if CATALOGUE.get(item.exercise_id).per_side]
    assert (checked > 0) == bool(per_side)


def _next_hold(step: Step) -> Step | None:
    timeline = build_timeline(_routine_of(step), CATALOGUE)
    return timeline.next_hold(step.index)


def _routine_of(step: Step) -> Routine:
    return next(r for r in ROUTINES if any(i.exercise_id == step.exercise.id for i in r.items))


def test_the_figure_does_not_lie_down_flat_between_exercises_that_share_a_position(
    qtbot,
) -> None:
    full = next(r for r in ROUTINES if r.id == "full_floor")
    seen = []
    previous = None
    for step, page in steps_drawn(qtbot, full):
        if step.phase == Phase.GET_READY and previous is not None:
            page.pose.set_progress(0.0)
            first = page.pose.displayed_pose()
            seen.append((step.exercise.id, previous, first.id))
            positions = {p.pose for p in step.exercise.positions}
            if previous in positions:
                # The figure starts where the last exercise left it, not from the setup.
                assert first.id == previous, step.exercise.id
        page.pose.set_progress(1.0)
        previous = page.pose.displayed_pose().id
    # Between the bridge, the arms-raised bridge and knees to chest: knees up throughout.
    assert ("bridge_arms_raised", "knees_bent", "knees_bent") in seen
    assert ("knees_to_chest", "knees_bent", "knees_bent") in seen


def test_arrows_show_while_the_figure_moves_not_while_it_holds_or_rests(qtbot) -> None:
    quick = next(r for r in ROUTINES if r.id == "quick_break")
    phases = set()
    for step, page in steps_drawn(qtbot, quick):
        page.pose.set_progress(0.5)
        shown = page.pose.arrow_opacity()
        if step.phase == Phase.MOVE:
            assert shown == 1.0, step
        elif step.phase in (Phase.HOLD, Phase.REST, Phase.SWITCH_SIDES):
            assert shown == 0.0, step
        phases.add(step.phase)
    assert {Phase.MOVE, Phase.HOLD, Phase.REST} <= phases


def test_the_bridge_s_get_ready_has_the_knees_up_well_before_it_ends(qtbot) -> None:
    # "Pull both knees up, feet flat": the figure shows the way there, then waits knees up.
    page = SessionPage()
    qtbot.addWidget(page)
    drawing = StepDrawing(page)
    clock = FakeClock()
    quick = next(r for r in ROUTINES if r.id == "quick_break")
    engine = Engine(build_timeline(quick, CATALOGUE), clock)
    engine.start()
    step = engine.step
    assert (step.phase, step.exercise.id) == (Phase.GET_READY, "bridge")
    drawing.show(engine, counting=False)
    assert page.pose.displayed_pose() == LIBRARY.get("lying_on_back")
    clock.advance(step.duration * 0.25)
    drawing.show(engine, counting=False)
    assert page.pose.is_moving  # on the way: the heels slide up
    clock.advance(step.duration * 0.3)
    drawing.show(engine, counting=False)
    assert engine.step.index == step.index and engine.progress() < 0.6
    assert page.pose.displayed_pose() == LIBRARY.get("knees_bent")
