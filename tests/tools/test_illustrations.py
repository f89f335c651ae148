from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtGui import QImage

from backcoach.core.catalogue import Catalogue
from backcoach.core.pose.library import load_pose_library
from backcoach.tools.illustrations import illustrations, main


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


def test_the_command_writes_pngs_and_a_contact_sheet(qapp, tmp_path: Path, capsys) -> None:
    assert main([str(tmp_path), "--width", "64"]) == 0
    written = sorted(p.name for p in tmp_path.iterdir())
    assert "contact-sheet.png" in written
    assert "bridge.png" in written and "half_step_back-left.png" in written
    image = QImage(str(tmp_path / "bridge.png"))
    assert (image.width(), image.height()) == (64, 40)
    sheet = QImage(str(tmp_path / "contact-sheet.png"))
    assert sheet.width() == 4 * 64
    assert str(tmp_path / "contact-sheet.png") in capsys.readouterr().out


def test_the_dark_variant_is_named_apart(qapp, tmp_path: Path) -> None:
    assert main([str(tmp_path), "--width", "64", "--dark"]) == 0
    assert (tmp_path / "contact-sheet-dark.png").exists()
    assert (tmp_path / "bridge-dark.png").exists()


def test_the_pictures_follow_the_umask(qapp, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        assert main([str(tmp_path / "new folder"), "--width", "32"]) == 0
    finally:
        os.umask(previous)
    modes = {stat.S_IMODE(p.stat().st_mode) for p in (tmp_path / "new folder").iterdir()}
    assert modes == {0o644}
