from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractAnimation

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


def test_the_figure_moves_eased_to_the_new_pose_and_the_timer_stops(view: PoseView) -> None:
    view.show_pose("knees_bent", animate_from="lying_on_back", seconds=3.0)
    animation = view.animation
    assert view.is_animating
    assert animation.duration() == 3000
    assert view.displayed_pose().angles == LIBRARY.get("lying_on_back").angles
    # Move the animation by hand rather than waiting for it.
    animation.setCurrentTime(1500)
    halfway = view.displayed_pose()
    expected = blend(LIBRARY.get("lying_on_back"), LIBRARY.get("knees_bent"), 0.5)
    assert halfway.angles == pytest.approx(expected.angles)
    view.grab()  # draws a pose half-way without trouble
    animation.setCurrentTime(3000)
    assert animation.state() == QAbstractAnimation.State.Stopped
    assert not view.is_animating
    assert view.displayed_pose() == LIBRARY.get("knees_bent")


def test_a_new_position_mid_movement_starts_from_where_the_figure_is(view: PoseView) -> None:
    view.show_pose("knees_bent", animate_from="lying_on_back", seconds=2.0)
    view.animation.setCurrentTime(1000)
    where = view.displayed_pose()
    view.show_pose("bridge", animate_from="knees_bent", seconds=2.0)
    assert view.displayed_pose().angles == pytest.approx(where.angles)
    view.finish_animation()
    assert view.displayed_pose() == LIBRARY.get("bridge")
    assert not view.is_animating


def test_hiding_the_view_stops_the_animation(view: PoseView) -> None:
    view.show_pose("bridge", animate_from="knees_bent", seconds=2.0)
    assert view.is_animating
    view.hide()
    assert not view.is_animating
    assert view.displayed_pose() == LIBRARY.get("bridge")


def test_no_seconds_means_no_animation(view: PoseView) -> None:
    view.show_pose("bridge", animate_from="knees_bent", seconds=0.0)
    assert not view.is_animating
    assert view.displayed_pose() == LIBRARY.get("bridge")


def test_an_unknown_pose_draws_a_placeholder_and_never_crashes(view: PoseView) -> None:
    view.show_pose("handstand", caption="Handstand", animate_from="bridge", seconds=2.0)
    assert view.pose_id == "handstand"
    assert view.displayed_pose() is None
    assert not view.is_animating
    assert not view.grab().isNull()
    view.show_pose("bridge", animate_from="handstand", seconds=2.0)
    assert not view.is_animating  # nothing to move from: the pose shows at once
    assert view.displayed_pose() == LIBRARY.get("bridge")
