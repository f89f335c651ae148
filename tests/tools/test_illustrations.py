from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage

from backcoach.core.catalogue import Catalogue
from backcoach.core.pose.library import load_pose_library
from backcoach.tools.illustrations import STRIP_FRAMES, illustrations, main, strips


def test_every_position_gets_a_picture_and_one_sided_ones_their_mirror(
    catalogue: Catalogue,
) -> None:
    pictures = illustrations(catalogue, load_pose_library())
    names = {p.file_name for p in pictures}
    assert len(names) == len(pictures)
    for exercise in catalogue:
        for position in exercise.positions:
            pose = load_pose_library().get(position.pose)
            if exercise.per_side and not pose.is_symmetric():
                assert {f"{pose.id}-left.png", f"{pose.id}-right.png"} <= names
            else:
                assert f"{pose.id}.png" in names
    assert "Half step back (left knee)" in {p.caption for p in pictures}


def test_every_movement_gets_a_strip_and_one_sided_ones_one_per_side(catalogue: Catalogue) -> None:
    moves = strips(catalogue, load_pose_library())
    names = [m.file_name for m in moves]
    assert len(names) == len(set(names))
    for exercise in catalogue:
        setup, start, hold = (
            exercise.setup_position.pose,
            exercise.start_position.pose,
            exercise.hold_position.pose,
        )
        wanted = [f"{start}-to-{hold}", f"{hold}-to-{start}"]
        if setup != start:
            wanted.append(f"{setup}-to-{start}")
        for name in wanted:
            if exercise.per_side and not load_pose_library().get(hold).is_symmetric():
                if name.startswith(setup) and setup != start:
                    continue  # knees up from lying: the same either way
                assert {f"{name}-left.png", f"{name}-right.png"} <= set(names), name
            else:
                assert f"{name}.png" in names, name
    captions = {m.caption for m in moves}
    assert "One knee to chest → Knees up, feet flat (left leg)" in captions
    # The left picture shows the left side working, the right the right.
    for move in moves:
        if move.file_name.endswith("-left.png"):
            assert "left" in {move.start.near_side, move.end.near_side}


def test_the_command_writes_pngs_a_contact_sheet_and_strips(qapp, tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path), "--width", "64"]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert "contact-sheet.png" in written
    assert "bridge.png" in written and "half_step_back-left.png" in written
    image = QImage(str(tmp_path / "bridge.png"))
    assert (image.width(), image.height()) == (64, 40)
    sheet = QImage(str(tmp_path / "contact-sheet.png"))
    assert sheet.width() == 4 * 64
    out = capsys.readouterr().out
    assert str(tmp_path / "contact-sheet.png") in out
    strip = QImage(str(tmp_path / "strips" / "knees_bent-to-bridge.png"))
    assert strip.width() == STRIP_FRAMES * 64 and strip.height() > 40
    assert str(tmp_path / "strips" / "knees_bent-to-knees_to_chest.png") in out


def test_the_dark_variant_is_named_apart(qapp, tmp_path: Path) -> None:
    assert main([str(tmp_path), "--width", "64", "--dark"]) == 0
    assert (tmp_path / "contact-sheet-dark.png").exists()
    assert (tmp_path / "bridge-dark.png").exists()
    assert (tmp_path / "strips" / "knees_bent-to-bridge-dark.png").exists()
