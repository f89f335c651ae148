from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from backcoach.core.catalogue import load_catalogue
from backcoach.core.pose.framing import view_box
from backcoach.core.pose.kinematics import figure
from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.motion import blend, mirror
from backcoach.tools.illustrations import strips
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


MOVES = strips(load_catalogue(), LIBRARY)


@pytest.mark.parametrize("move", MOVES, ids=lambda m: m.file_name.removesuffix(".png"))
def test_one_view_box_holds_a_whole_movement_and_the_position_it_reaches(
    view: PoseView, move
) -> None:
    mirrored = move.end.facing != LIBRARY.get(move.end.id).facing
    view.show_pose(move.end.id, mirrored=mirrored, move_from=move.start.id)
    box = view.view_box
    assert box is not None
    for progress in (i / 12 for i in range(13)):
        view.set_progress(progress)
        assert view.view_box == box  # the figure never slides: one box for the whole move
        left, bottom, right, top = figure(view.displayed_pose()).bounds()
        assert box[0] <= left and box[1] <= bottom and right <= box[2] and top <= box[3]
    view.show_pose(move.end.id, mirrored=mirrored)  # the hold that follows the move
    assert view.view_box == box  # no jump from the movement to the held position


def test_arrows_fade_in_as_the_figure_starts_and_out_as_it_arrives(view: PoseView) -> None:
    view.show_pose("knees_to_chest", move_from="knees_bent")
    opacities = []
    for progress in (0.0, 0.05, 0.5, 0.95, 1.0):
        view.set_progress(progress)
        opacities.append(view.arrow_opacity())
    assert opacities[0] == 0.0 and 0.0 < opacities[1] < 1.0 and opacities[2] == 1.0
    assert 0.0 < opacities[3] < 1.0 and opacities[4] == 0.0


def test_a_still_figure_shows_its_arrows_unless_told_not_to(view: PoseView) -> None:
    view.show_pose("knees_to_chest")
    assert view.arrow_opacity() == 1.0  # the start page, the "Up next" card, the editor
    view.arrows_when_still = False  # the player: arrows while moving only
    assert view.arrow_opacity() == 0.0


def test_highlights_fade_in_with_the_movement(view: PoseView) -> None:
    view.show_pose("bridge", move_from="knees_bent")
    view.set_progress(0.5)
    assert 0.0 < view.displayed_pose().working["glutes"] < 1.0
    view.set_progress(1.0)
    assert view.displayed_pose().working["glutes"] == 1.0


def test_the_view_draws_on_the_background_it_sits_on(qtbot) -> None:
    from backcoach.ui.player.up_next_card import UpNextCard

    card = UpNextCard()
    qtbot.addWidget(card)
    palette = card.pose.palette()
    assert card.pose.backgroundRole() == QPalette.ColorRole.AlternateBase
    assert palette.color(card.pose.backgroundRole()) == palette.color(
        QPalette.ColorRole.AlternateBase
    )


def test_a_skip_from_the_floor_to_standing_mid_movement_starts_afresh(view: PoseView) -> None:
    view.show_pose("single_knee_to_chest", move_from="knees_bent")
    view.set_progress(0.5)  # half-way up when the user skips to the standing exercise
    view.show_pose("standing_wide", move_from="standing_wide")
    assert view.displayed_pose() == LIBRARY.get("standing_wide")  # not half lying
    assert view.view_box == view_box([LIBRARY.get("standing_wide")])
