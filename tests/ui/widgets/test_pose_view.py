from __future__ import annotations

import pytest

from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.motion import blend, mirror
from backcoach.ui.widgets.pose_view import PoseView

LIBRARY = load_pose_library()


@pytest.fixture
def view(qtbot) -> PoseView:
    view = PoseView()
    view.resize(320, 200)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_a_pose_shows_at_once_without_a_timer(view: PoseView) -> None:
    view.show_pose("bridge", caption="Bridge")
    assert view.pose_id == "bridge"
    assert view.displayed_pose() == LIBRARY.get("bridge")
    assert not view.is_animating
    assert view.toolTip() == "Bridge" and view.accessibleDescription() == "Bridge"
    assert not view.grab().isNull()


def test_mirrored_shows_the_other_side(view: PoseView) -> None:
    view.show_pose("half_step_back", mirrored=True)
    assert view.displayed_pose() == mirror(LIBRARY.get("half_step_back"))
    assert view.displayed_pose().near_side == "right"


def test_the_figure_stands_where_its_progress_says_and_never_moves_by_itself(
    qtbot, view: PoseView
) -> None:
    view.show_pose("knees_bent", move_from="lying_on_back")
    assert view.displayed_pose() == LIBRARY.get("lying_on_back")
    qtbot.wait(100)  # no clock of its own: time passing moves nothing
    assert view.displayed_pose() == LIBRARY.get("lying_on_back") and not view.is_animating
    view.set_progress(0.5)
    expected = blend(LIBRARY.get("lying_on_back"), LIBRARY.get("knees_bent"), 0.5)
    assert view.displayed_pose().angles == pytest.approx(expected.angles)
    view.grab()  # draws a pose half-way without trouble
    view.set_progress(1.0)
    assert view.displayed_pose() == LIBRARY.get("knees_bent") and not view.is_moving


def test_following_a_source_draws_its_progress_frame_by_frame(view: PoseView) -> None:
    progress = {"now": 0.0}
    view.show_pose("knees_bent", move_from="lying_on_back")
    view.follow(lambda: progress["now"])
    assert view.is_animating
    progress["now"] = 0.25
    view.animation.frame()  # what the frame timer does
    expected = blend(LIBRARY.get("lying_on_back"), LIBRARY.get("knees_bent"), 0.25)
    assert view.displayed_pose().angles == pytest.approx(expected.angles)
    view.animation.frame()  # the source did not move: neither does the figure
    assert view.displayed_pose().angles == pytest.approx(expected.angles)
    view.follow(None)
    assert not view.is_animating
    assert view.displayed_pose().angles == pytest.approx(expected.angles)


def test_a_new_position_mid_movement_starts_from_where_the_figure_is(view: PoseView) -> None:
    view.show_pose("knees_bent", move_from="lying_on_back")
    view.set_progress(0.5)
    where = view.displayed_pose()
    view.show_pose("bridge", move_from="knees_bent")
    assert view.displayed_pose().angles == pytest.approx(where.angles)
    view.set_progress(1.0)
    assert view.displayed_pose() == LIBRARY.get("bridge")


def test_frames_stop_while_the_view_is_hidden_and_come_back_with_it(qtbot, view: PoseView) -> None:
    progress = {"now": 0.2}
    view.show_pose("bridge", move_from="knees_bent")
    view.follow(lambda: progress["now"])
    view.hide()
    assert not view.is_animating
    progress["now"] = 0.7
    view.show()
    qtbot.waitExposed(view)
    assert view.is_animating and view.progress == 0.7
    view.follow(None)


def test_a_still_pose_has_nothing_to_follow(view: PoseView) -> None:
    view.show_pose("bridge")
    view.follow(lambda: 0.5)
    assert not view.is_animating
    assert view.displayed_pose() == LIBRARY.get("bridge")


def test_an_unknown_pose_draws_a_placeholder_and_never_crashes(view: PoseView) -> None:
    view.show_pose("handstand", caption="Handstand", move_from="bridge")
    assert view.pose_id == "handstand"
    assert view.displayed_pose() is None
    assert not view.is_animating
    assert not view.grab().isNull()
    view.show_pose("bridge", move_from="handstand")
    assert not view.is_moving  # nothing to move from: the pose shows at once
    assert view.displayed_pose() == LIBRARY.get("bridge")
