"""Draws a pose of backcoach.core.pose with QPainter: one flat style for every illustration.

The style of a printed exercise sheet: a solid figure on a mat, each limb one smooth outline,
the limb nearest the viewer set off from the body behind it by a thin gap, the limbs on the far
side paler; the muscles that work or stretch in a lighter (on a dark background, deeper) shade
of the palette's highlight, inside the figure's edge; arrows for the movement in an accent colour
of their own. Colours come from the palette, chosen for contrast (see `PoseColours`), so the
picture reads in light and dark mode alike.

Everything is a vector path in body-height units, scaled to the target rectangle, so a pose is
crisp at any size and on HiDPI screens.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTransform,
)

from backcoach.core.pose.arrows import ArrowLine, pose_arrows
from backcoach.core.pose.framing import Box, view_box
from backcoach.core.pose.kinematics import CHAINS, Figure, Outline, Segment, figure
from backcoach.core.pose.model import Pose
from backcoach.core.pose.props import CHAIR_STROKE, Stroke, prop_strokes
from backcoach.core.pose.regions import regions
from backcoach.ui.widgets.pose_colours import PoseColours, pose_colours

MAT_DEPTH = 0.022  # the mat's thickness, below the floor line
GAP = 0.009  # the gap that sets a near limb off from what is behind it
EDGE = 0.0055  # the figure's edge kept round a highlighted part
ARROW_WIDTH = 0.015
ARROW_HEAD = 0.05


def world_transform(box: Box, target: QRectF) -> QTransform:
    """Maps the world box (y up) into the target rectangle (y down), centred, keeping the shape."""
    left, bottom, right, top = box
    scale = min(target.width() / (right - left), target.height() / (top - bottom))
    transform = QTransform()
    transform.translate(target.center().x(), target.center().y())
    transform.scale(scale, -scale)
    transform.translate(-(left + right) / 2, -(bottom + top) / 2)
    return transform


def paint_pose(
    painter: QPainter,
    target: QRectF,
    pose: Pose,
    palette: QPalette,
    *,
    box: Box | None = None,
    arrows: Sequence[ArrowLine] | None = None,
    arrow_opacity: float = 1.0,
    props: Mapping[str, Sequence[Stroke]] | None = None,
    background: QColor | None = None,
) -> None:
    """Draw the pose, its mat or floor, its props and its arrows to fit inside the target.

    By default the picture shows the pose still: its own box, the arrows of the movement into
    it, its props where its hands are. A moving figure is given the movement's box, arrows and
    props, so that they stay put while it moves.
    """
    fig = figure(pose)
    colours = pose_colours(palette, background)
    box = box or view_box([pose])
    arrows = pose_arrows(pose) if arrows is None else arrows
    props = prop_strokes(fig) if props is None else props
    world = world_transform(box, target)
    scale = world.m11()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    outer = painter.transform()
    painter.setTransform(world, combine=True)
    _paint_floor(painter, box, pose, colours)
    _paint_props(painter, props, pose, colours)
    # The body is built in the target's coordinates rather than drawn through the world transform:
    # Qt fills such paths many times faster, which keeps the animation light.
    painter.setTransform(outer)
    # Arrows keep clear of the figure where it arrives; on the way, a limb passes over its arrow.
    if arrows and arrow_opacity > 0.0:
        _paint_arrows(painter, arrows, world, scale, colours, arrow_opacity)
    _paint_figure(painter, fig, world, scale, colours)
    painter.restore()


def render_pose(
    pose: Pose,
    width: int,
    height: int,
    palette: QPalette,
    device_pixel_ratio: float = 1.0,
    **options: object,
) -> QImage:
    """The pose drawn on the palette's background into a new image of that size (logical pixels);
    `options` are paint_pose's."""
    image = QImage(
        round(width * device_pixel_ratio),
        round(height * device_pixel_ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(device_pixel_ratio)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    paint_pose(painter, QRectF(0, 0, width, height), pose, palette, **options)  # type: ignore[arg-type]
    painter.end()
    return image


def _paint_floor(painter: QPainter, box: Box, pose: Pose, colours: PoseColours) -> None:
    left, _, right, _ = box
    inset = 0.03
    mat = pose.props.get("mat", 0.0)
    if mat > 0.0:
        painter.save()
        painter.setOpacity(painter.opacity() * mat)
        painter.setBrush(colours.mat)
        rect = QRectF(left + inset, -MAT_DEPTH, right - left - 2 * inset, MAT_DEPTH)
        painter.drawRoundedRect(rect, MAT_DEPTH / 2, MAT_DEPTH / 2)
        painter.restore()
    pen = QPen(colours.floor, 0.007)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    y = -MAT_DEPTH * mat
    painter.drawLine(QPointF(left + inset, y), QPointF(right - inset, y))
    painter.setPen(Qt.PenStyle.NoPen)


def _paint_props(
    painter: QPainter, props: Mapping[str, Sequence[Stroke]], pose: Pose, colours: PoseColours
) -> None:
    for name, strokes in props.items():
        strength = pose.props.get(name, 0.0)
        if strength <= 0.0:
            continue
        painter.save()
        painter.setOpacity(painter.opacity() * strength)
        pen = QPen(colours.prop, CHAIR_STROKE)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        for start, end in strokes:
            painter.drawLine(QPointF(*start), QPointF(*end))
        painter.restore()


def _paint_figure(
    painter: QPainter, fig: Figure, world: QTransform, scale: float, colours: PoseColours
) -> None:
    pose = fig.pose
    front = pose.turn >= 0.5
    # From the front every limb is beside the body, none behind it: the body goes first.
    order = ("body", *[c for c in CHAINS if c != "body"]) if front else CHAINS
    segments = [_mapped(s, world, scale) for s in fig.segments]
    shapes: dict[str, QPainterPath] = {}  # each part's own shape, for the highlights
    for segment in segments:
        _add_hull(shapes.setdefault(segment.part, _winding()), segment, 0.0)
    polygons = {id(shape): _polygon(shape, world) for shape in fig.outlines}
    for shape in fig.outlines:
        if not shape.rim:
            shapes.setdefault(shape.part, _winding()).addPolygon(polygons[id(shape)])
    highlights = [(r, pose.working[r.name]) for r in regions(fig)]
    for chain in order:
        pieces = [s for s in segments if s.chain == chain]
        outlines = [o for o in fig.outlines if o.chain == chain]
        far = chain.endswith("_far")
        tone = colours.tone(far, pose.turn)
        if chain != "body" and (front or not far):
            _paint_rim(painter, pieces, outlines, polygons, world, GAP * scale, colours.background)
        parts = {s.part for s in pieces} | {o.part for o in outlines}
        body = _union([shapes[p] for p in sorted(parts)], simplify=False)
        painter.fillPath(body, tone)
        # Regions lit alike are filled as one area, so neighbouring muscles read as one.
        lit: dict[float, list[QPainterPath]] = {}
        for region, strength in highlights:
            covered = [shapes[p] for p in region.parts if p in parts]
            if not covered or strength <= 0.0:
                continue
            area = _union(covered) if len(covered) > 1 or region.band is None else covered[0]
            if region.band is not None:
                band = _winding()
                band.addPolygon(_oriented(region.band, world))
                area = area.intersected(band)
            lit.setdefault(round(min(1.0, strength), 3), []).append(area)
        for strength, areas in lit.items():
            area = areas[0] if len(areas) == 1 else _union(areas)
            painter.save()
            painter.setOpacity(painter.opacity() * strength)
            painter.fillPath(area, colours.highlight_for(far, pose.turn))
            _paint_edge(painter, area, tone, max(1.0, EDGE * scale))
            painter.restore()


def _paint_rim(
    painter: QPainter,
    pieces: Sequence[Segment],
    outlines: Sequence[Outline],
    polygons: Mapping[int, QPolygonF],
    world: QTransform,
    gap: float,
    background: QColor,
) -> None:
    """The gap round a near limb, so it stands out against the body behind it; not round the
    first part of its first bone, where it joins the body."""
    rooted = {o.part for o in outlines if o.rim}
    path = _winding()
    for segment in pieces:
        _add_hull(path, segment, 0.0)
    for outline in outlines:
        if outline.rim or outline.part not in rooted:
            path.addPolygon(polygons[id(outline)])
    painter.save()
    # Never over the floor or the mat: the gap is between the limb and the body only.
    above = QPainterPath()
    floor = world.map(QPointF(0.0, 0.0)).y()
    above.addRect(QRectF(-1e5, -1e5, 2e5, 1e5 + floor))
    painter.setClipPath(above, Qt.ClipOperation.IntersectClip)
    painter.fillPath(path, background)
    pen = QPen(background, 2 * gap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(path, pen)
    painter.restore()


def _paint_edge(painter: QPainter, outline: QPainterPath, tone: QColor, width: float) -> None:
    """A line of the figure's colour just inside a highlighted part's edge, so it keeps its
    shape against the background and is set off from the rest of the limb."""
    painter.save()
    painter.setClipPath(outline, Qt.ClipOperation.IntersectClip)
    pen = QPen(tone, 2 * width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.strokePath(outline, pen)
    painter.restore()


def _winding() -> QPainterPath:
    path = QPainterPath()
    # Every piece winds the same way (as addEllipse does), so overlaps add up instead of cancelling.
    path.setFillRule(Qt.FillRule.WindingFill)
    return path


def _union(paths: Sequence[QPainterPath], simplify: bool = True) -> QPainterPath:
    union = _winding()
    for path in paths:
        union.addPath(path)
    return union.simplified() if simplify else union


def _polygon(outline: Outline, world: QTransform) -> QPolygonF:
    """The outline in the target's coordinates, going round the way addEllipse does (so that
    pieces add up under the winding rule)."""
    return _oriented(outline.points, world)


def _oriented(points: Sequence[tuple[float, float]], world: QTransform) -> QPolygonF:
    """Points (world) as a polygon in the target's coordinates going round as addEllipse does:
    every piece, and every band a highlight is cut with, turns the same way (Qt's clipping
    can lose an intersection of two shapes turning opposite ways)."""
    points = list(points)
    area = sum(
        x1 * y2 - x2 * y1
        for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1], strict=True)
    )
    # The world's y grows upwards and the target's downwards: the transform turns the winding.
    turns_positive = (area > 0) != (world.determinant() < 0)
    if turns_positive != _ELLIPSE_TURNS_POSITIVE:
        points = points[::-1]
    return world.map(QPolygonF([QPointF(x, y) for x, y in points]))


def _ellipse_turns_positive() -> bool:
    path = QPainterPath()
    path.addEllipse(QPointF(0, 0), 10, 10)
    points = [path.pointAtPercent(t / 8) for t in range(8)]
    return (
        sum(
            a.x() * b.y() - b.x() * a.y()
            for a, b in zip(points, points[1:] + points[:1], strict=True)
        )
        > 0
    )


_ELLIPSE_TURNS_POSITIVE = _ellipse_turns_positive()


def _mapped(segment: Segment, world: QTransform, scale: float) -> Segment:
    start, end = world.map(QPointF(*segment.start)), world.map(QPointF(*segment.end))
    return Segment(
        segment.part,
        segment.chain,
        (start.x(), start.y()),
        (end.x(), end.y()),
        segment.start_radius * scale,
        segment.end_radius * scale,
    )


def _add_hull(path: QPainterPath, segment: Segment, grow: float) -> None:
    """Add the hull of the segment's two end circles (each grown by `grow`) to the path."""
    (x1, y1), (x2, y2) = segment.start, segment.end
    r1, r2 = segment.start_radius + grow, segment.end_radius + grow
    path.addEllipse(QPointF(x1, y1), r1, r1)
    distance = math.hypot(x2 - x1, y2 - y1)
    if distance <= abs(r1 - r2) + 1e-9:
        if r2 > r1:
            path.addEllipse(QPointF(x2, y2), r2, r2)
        return
    path.addEllipse(QPointF(x2, y2), r2, r2)
    base = math.atan2(y2 - y1, x2 - x1)
    spread = math.acos(max(-1.0, min(1.0, (r1 - r2) / distance)))
    corners: list[QPointF] = []
    # Start, then end, on one side; then end, then start, on the other: this goes round the way
    # addEllipse does, so the pieces add up.
    for angle, ends in ((base - spread, (0, 1)), (base + spread, (1, 0))):
        c, s = math.cos(angle), math.sin(angle)
        points = (QPointF(x1 + r1 * c, y1 + r1 * s), QPointF(x2 + r2 * c, y2 + r2 * s))
        corners.extend(points[i] for i in ends)
    path.addPolygon(QPolygonF(corners))
    path.closeSubpath()


def _paint_arrows(
    painter: QPainter,
    arrows: Sequence[ArrowLine],
    world: QTransform,
    scale: float,
    colours: PoseColours,
    opacity: float,
) -> None:
    width = max(1.6, ARROW_WIDTH * scale)
    painter.save()
    painter.setOpacity(painter.opacity() * opacity)
    for line in arrows:
        points = [world.map(QPointF(*p)) for p in line]
        if len(points) < 2:
            continue
        length = sum(
            math.hypot(b.x() - a.x(), b.y() - a.y())
            for a, b in zip(points, points[1:], strict=False)
        )
        # A short arrow keeps a shaft: its head is at most half its length.
        head = max(6.0, min(ARROW_HEAD * scale, length * 0.5))
        shaft, tip, back = _shaft(points, head)
        if shaft is None:
            continue
        side = QPointF(-(tip - back).y(), (tip - back).x())
        side *= 0.58
        barb = QPolygonF([tip, back + side, back - side])
        # A halo of the background first, so the arrow reads across whatever it passes over.
        for colour, grow in ((colours.background, width * 0.9), (colours.arrow, 0.0)):
            pen = QPen(colour, width + 2 * grow)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(shaft)
            painter.setBrush(colour)
            if grow:
                painter.drawPolygon(barb)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawPolygon(barb)
    painter.restore()


def _shaft(points: Sequence[QPointF], head: float) -> tuple[QPainterPath | None, QPointF, QPointF]:
    """The arrow's line, stopped where its head begins, and the head's tip and base."""
    tip = points[-1]
    walked = 0.0
    index = len(points) - 1
    while index > 0:
        step = math.hypot(
            points[index].x() - points[index - 1].x(), points[index].y() - points[index - 1].y()
        )
        if walked + step >= head:
            t = (head - walked) / step
            a, b = points[index], points[index - 1]
            base = QPointF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t)
            break
        walked += step
        index -= 1
    else:
        return None, tip, tip
    kept = [*points[:index], base]
    if len(kept) < 2:
        kept = [points[0], base]
    # Direction of the head: from its base to the tip, scaled to the head's half-length.
    direction = tip - base
    length = math.hypot(direction.x(), direction.y()) or 1.0
    back = tip - direction * (head / length)
    path = QPainterPath(kept[0])
    for point in kept[1:]:
        path.lineTo(point)
    return path, tip, back
