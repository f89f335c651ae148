from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtGui import QColor, QImage, QPalette

from backcoach.core.pose.library import load_pose_library
from backcoach.core.pose.motion import mirror
from backcoach.ui.widgets.pose_colours import PoseColours
from backcoach.ui.widgets.pose_painter import render_pose
from backcoach.ui.widgets.theme import dark_palette

POSE_IDS = sorted(p.id for p in load_pose_library())


def pixels(image: QImage) -> np.ndarray:
    """The image as rows of 0xAARRGGBB integers."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    view = np.frombuffer(image.constBits(), dtype=np.uint32, count=image.sizeInBytes() // 4)
    return view.reshape(image.height(), image.bytesPerLine() // 4)[:, : image.width()].copy()


def drawn_box(image: QImage, background: QColor) -> tuple[int, int, int, int] | None:
    """(left, top, right, bottom) of every pixel that is not the background, or None."""
    drawn = pixels(image) != np.uint32(background.rgba())
    if not drawn.any():
        return None
    rows, columns = np.nonzero(drawn.any(axis=1))[0], np.nonzero(drawn.any(axis=0))[0]
    return int(columns[0]), int(rows[0]), int(columns[-1]), int(rows[-1])


def figure_colours(palette: QPalette) -> list[QColor]:
    colours = PoseColours(palette)
    return [colours.body, colours.far, colours.highlight, colours.highlight_far]


def colour_share(image: QImage, colour: QColor) -> float:
    return float((pixels(image) == np.uint32(colour.rgba())).mean())


@pytest.mark.parametrize("width", [64, 1024])
@pytest.mark.parametrize("pose_id", POSE_IDS)
def test_each_pose_renders_inside_the_picture_at_any_size(qapp, pose_id: str, width: int) -> None:
    palette = qapp.palette()
    height = width * 5 // 8
    image = render_pose(load_pose_library().get(pose_id), width, height, palette)
    assert (image.width(), image.height()) == (width, height)
    box = drawn_box(image, palette.color(QPalette.ColorRole.Window))
    assert box is not None, "nothing was drawn"
    left, top, right, bottom = box
    # The figure and its floor keep clear of the edges, and fill a good part of the picture.
    assert left >= 1 and top >= 1 and right <= width - 2 and bottom <= height - 2
    # The figure itself (its body colour) is no speck: it spans much of the width or the height.
    body = np.isin(pixels(image), [np.uint32(c.rgba()) for c in figure_colours(palette)])
    rows, columns = np.nonzero(body.any(axis=1))[0], np.nonzero(body.any(axis=0))[0]
    assert max((columns[-1] - columns[0]) / width, (rows[-1] - rows[0]) / height) > 0.4


@pytest.mark.parametrize("pose_id", POSE_IDS)
def test_the_working_part_is_highlighted_and_the_arrows_drawn(qapp, pose_id: str) -> None:
    pose = load_pose_library().get(pose_id)
    for palette in (qapp.palette(), dark_palette()):
        colours = PoseColours(palette)
        image = render_pose(pose, 400, 250, palette)
        highlight = colour_share(image, colours.highlight)
        if pose.working:
            assert highlight > 0.002
        else:
            assert highlight == 0.0
        arrows = colour_share(image, colours.arrow)
        assert (arrows > 0.0005) == bool(pose.arrows)
        assert (
            colour_share(render_pose(pose, 400, 250, palette, arrow_opacity=0.0), colours.arrow)
            == 0
        )


def test_the_highlight_keeps_the_figure_s_edge_against_the_background(qapp) -> None:
    # Round a highlighted thigh a line of the body's colour stays, inside the outline.
    palette = qapp.palette()
    colours = PoseColours(palette)
    image = pixels(render_pose(load_pose_library().get("bridge"), 800, 500, palette))
    lit = image == np.uint32(colours.highlight.rgba())
    background = image == np.uint32(colours.background.rgba())
    # No highlighted pixel touches the background directly.
    near = np.zeros_like(lit)
    near[1:, :] |= background[:-1, :]
    near[:-1, :] |= background[1:, :]
    near[:, 1:] |= background[:, :-1]
    near[:, :-1] |= background[:, 1:]
    assert lit.sum() > 500 and not (lit & near).any()


def test_dark_mode_draws_a_light_figure_on_a_dark_background(qapp) -> None:
    palette = dark_palette()
    image = render_pose(load_pose_library().get("lying_on_back"), 400, 250, palette)
    background = palette.color(QPalette.ColorRole.Window)
    array = pixels(image)
    # The most common colour that is not the background is the body: it must be light.
    values, counts = np.unique(array[array != np.uint32(background.rgba())], return_counts=True)
    body = QColor.fromRgba(int(values[counts.argmax()]))
    assert body.lightnessF() > background.lightnessF() + 0.4
    assert body.name() == PoseColours(palette).body.name()


@pytest.mark.parametrize("pose_id", POSE_IDS)
def test_a_mirrored_pose_renders_as_the_mirror_image(qapp, pose_id: str) -> None:
    pose = load_pose_library().get(pose_id)
    palette = qapp.palette()
    image = render_pose(pose, 320, 200, palette)
    flipped = pixels(render_pose(mirror(pose), 320, 200, palette))[:, ::-1]
    a = pixels(image).view(np.uint8).astype(int)
    b = np.ascontiguousarray(flipped).view(np.uint8).astype(int)
    # Antialiasing may differ by a shade along the edges; the shapes must match.
    assert np.abs(a - b).mean() < 1.0


def test_high_dpi_images_are_drawn_at_device_resolution(qapp) -> None:
    image = render_pose(load_pose_library().get("bridge"), 160, 100, qapp.palette(), 2.0)
    assert (image.width(), image.height()) == (320, 200)
    assert image.deviceIndependentSize().width() == pytest.approx(160)


@pytest.mark.parametrize("pose_id", [p for p in POSE_IDS if load_pose_library().get(p).working])
def test_every_highlight_is_drawn_at_every_size(qapp, pose_id: str) -> None:
    # The same share of the picture is highlighted small or large: no band lost on the way
    # (Qt's clipping once dropped one of the inner thighs at a small size).
    pose = load_pose_library().get(pose_id)
    palette = qapp.palette()
    colours = PoseColours(palette)
    shares = [
        colour_share(render_pose(pose, width, width * 5 // 8, palette), colours.highlight)
        for width in (320, 480, 800)
    ]
    assert min(shares) > 0.7 * max(shares), shares
