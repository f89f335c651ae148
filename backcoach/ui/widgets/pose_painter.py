"""Draws a pose of backcoach.core.pose with QPainter: one flat style for every illustration.

Everything is a vector path in body-height units, scaled to the target rectangle, so a pose is
crisp at any size and on HiDPI screens. Colours come from the palette, so dark mode works: the
body in the text colour, the far limbs paler, the working part in the highlight colour.
"""

from __future__ import annotations

import math

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

from backcoach.core.pose.kinematics import CHAINS, Figure, Segment, figure
from backcoach.core.pose.model import Arrow, Pose

# The smallest part of the world a picture shows (body heights), so that a compact pose is not
# blown up beyond the size of the others, and the margin kept around the figure.
MIN_BOX_WIDTH = 1.15
MIN_BOX_HEIGHT = 0.62
MARGIN = 0.05
FLOOR_DEPTH = 0.035  # the mat's thickness, below the floor line
GAP = 0.011  # the background-coloured outline that separates a limb from what is behind it
ARROW_WIDTH = 0.02
ROOT_RIM_CLEARANCE = 0.035  # no rim this close round the shoulder or the hip


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """a moved `amount` of the way towards b."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
        1.0,
    )


class PoseColours:
    """The few colours of an illustration, taken from a palette."""

    def __init__(self, palette: QPalette) -> None:
        background = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        self.background = background
        self.body = mix(text, background, 0.18)
        self.far = mix(text, background, 0.52)
        self.working = highlight
        self.working_far = mix(highlight, background, 0.38)
        self.floor = mix(text, background, 0.45)
        self.mat = mix(text, background, 0.78)
        self.arrow = mix(highlight, text, 0.2)


def figure_box(fig: Figure) -> QRectF:
    """The part of the world (y up) to show for a figure: the figure, its arrow and the floor."""
    left, bottom, right, top = fig.bounds()
    for arrow in arrow_paths(fig):
        box = arrow.boundingRect()
        left, right = min(left, box.left()), max(right, box.right())
        top = max(top, box.bottom())  # the world's y grows upwards: bottom() is the top here
    left, right, top = left - MARGIN, right + MARGIN, top + MARGIN
    bottom = -FLOOR_DEPTH - MARGIN
    if right - left < MIN_BOX_WIDTH:
        centre = (left + right) / 2
        left, right = centre - MIN_BOX_WIDTH / 2, centre + MIN_BOX_WIDTH / 2
    top = max(top, bottom + MIN_BOX_HEIGHT)
    return QRectF(left, bottom, right - left, top - bottom)


def world_transform(box: QRectF, target: QRectF) -> QTransform:
    """Maps the world box (y up) into the target rectangle (y down), centred, keeping the shape."""
    scale = min(target.width() / box.width(), target.height() / box.height())
    transform = QTransform()
    transform.translate(target.center().x(), target.center().y())
    transform.scale(scale, -scale)
    transform.translate(-box.center().x(), -box.center().y())
    return transform


def paint_pose(
    painter: QPainter,
    target: QRectF,
    pose: Pose,
    palette: QPalette,
    arrow_opacity: float = 1.0,
) -> None:
    """Draw the pose, its floor and its arrow to fit inside the target rectangle."""
    fig = figure(pose)
    colours = PoseColours(palette)
    box = figure_box(fig)
    world = world_transform(box, target)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    outer = painter.transform()
    painter.setTransform(world, combine=True)
    _paint_floor(painter, box, pose, colours)
    # The body is built in the target's coordinates rather than drawn through the world transform:
    # Qt fills such paths many times faster, which keeps the animation light.
    painter.setTransform(outer)
    scale = world.m11()
    segments = [_mapped(segment, world, scale) for segment in fig.segments]
    # From the front every limb is beside the body, none behind it: the body goes first.
    order = ("body", *[c for c in CHAINS if c != "body"]) if pose.turn >= 0.5 else CHAINS
    for chain in order:
        _paint_chain(painter, [s for s in segments if s.chain == chain], pose, colours, scale)
    if arrow_opacity > 0.0:
        painter.setTransform(world, combine=True)
        _paint_arrows(painter, fig, colours, arrow_opacity)
    painter.restore()


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


def render_pose(
    pose: Pose, width: int, height: int, palette: QPalette, device_pixel_ratio: float = 1.0
) -> QImage:
    """The pose drawn on the palette's background into a new image of that size (logical pixels)."""
    image = QImage(
        round(width * device_pixel_ratio),
        round(height * device_pixel_ratio),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(device_pixel_ratio)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    paint_pose(painter, QRectF(0, 0, width, height), pose, palette)
    painter.end()
    return image


def _paint_floor(painter: QPainter, box: QRectF, pose: Pose, colours: PoseColours) -> None:
    if pose.surface == "mat":
        painter.setBrush(colours.mat)
        inset = MARGIN * 0.6
        mat = QRectF(box.left() + inset, -FLOOR_DEPTH, box.width() - 2 * inset, FLOOR_DEPTH)
        painter.drawRoundedRect(mat, FLOOR_DEPTH / 2, FLOOR_DEPTH / 2)
    pen = QPen(colours.floor, 0.008)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    inset = MARGIN * 0.6
    painter.drawLine(QPointF(box.left() + inset, 0.0), QPointF(box.right() - inset, 0.0))
    painter.setPen(Qt.PenStyle.NoPen)


def _paint_chain(
    painter: QPainter, segments: list[Segment], pose: Pose, colours: PoseColours, scale: float
) -> None:
    """Draw one limb (or the body), given in the target's coordinates, `scale` pixels a height."""
    chain = segments[0].chain
    far = chain.endswith("_far")
    # Seen from the front neither side is further away, so both take the near colours.
    turn = pose.turn
    limb = mix(colours.far, colours.body, turn) if far else colours.body
    working = mix(colours.working_far, colours.working, turn) if far else colours.working
    # A background-coloured rim first, so a limb stands out against the body behind it; but not
    # round the limb's root, where it would cut an arc into the shoulder or the hip.
    rim = _hull_path(segments, GAP * scale)
    if chain != "body":
        root = segments[0]
        outside = QPainterPath()
        outside.addRect(rim.boundingRect())
        keep = root.start_radius + ROOT_RIM_CLEARANCE * scale
        outside.addEllipse(QPointF(*root.start), keep, keep)
        painter.save()
        painter.setClipPath(outside, Qt.ClipOperation.IntersectClip)
        painter.fillPath(rim, colours.background)
        painter.restore()
    else:
        painter.fillPath(rim, colours.background)
    painter.fillPath(_hull_path(segments, 0.0), limb)
    highlighted = [s for s in segments if s.part in pose.working]
    if highlighted:
        painter.fillPath(_hull_path(highlighted, 0.0), working)


def _hull_path(segments: list[Segment], grow: float) -> QPainterPath:
    """The union of the segments' hulls, each end circle grown by `grow`: one path to fill."""
    path = QPainterPath()
    # Every piece winds the same way (as addEllipse does), so overlaps add up instead of cancelling.
    path.setFillRule(Qt.FillRule.WindingFill)
    for segment in segments:
        _add_hull(path, segment, grow)
    return path


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
    # Start, then end, on the clockwise side; then end, then start, on the other: this goes round
    # counter-clockwise in y-up coordinates, the way addEllipse goes.
    for angle, ends in ((base - spread, (0, 1)), (base + spread, (1, 0))):
        c, s = math.cos(angle), math.sin(angle)
        points = (QPointF(x1 + r1 * c, y1 + r1 * s), QPointF(x2 + r2 * c, y2 + r2 * s))
        corners.extend(points[i] for i in ends)
    path.addPolygon(QPolygonF(corners))
    path.closeSubpath()


def arrow_paths(fig: Figure) -> list[QPainterPath]:
    """The curves of the pose's arrows, in world coordinates."""
    return [_arrow_path(fig, arrow) for arrow in fig.pose.arrows]


def _arrow_path(fig: Figure, arrow: Arrow) -> QPainterPath:
    facing = fig.pose.facing
    x, y = fig.joints[arrow.joint]
    start = QPointF(x + facing * arrow.offset[0], y + arrow.offset[1])
    angle = math.radians(arrow.angle if facing > 0 else 180.0 - arrow.angle)
    dx, dy = math.cos(angle) * arrow.length, math.sin(angle) * arrow.length
    end = QPointF(start.x() + dx, start.y() + dy)
    bend = arrow.bend * facing
    control = QPointF(
        (start.x() + end.x()) / 2 - dy * bend * 2, (start.y() + end.y()) / 2 + dx * bend * 2
    )
    path = QPainterPath(start)
    path.quadTo(control, end)
    return path


def _paint_arrows(painter: QPainter, fig: Figure, colours: PoseColours, opacity: float) -> None:
    for path in arrow_paths(fig):
        _paint_arrow(painter, path, colours, opacity)


def _paint_arrow(
    painter: QPainter, path: QPainterPath, colours: PoseColours, opacity: float
) -> None:
    painter.save()
    painter.setOpacity(painter.opacity() * opacity)
    head_length = ARROW_WIDTH * 3.2
    # Stop the line short of the tip so the arrow head's point stays sharp.
    end = path.pointAtPercent(1.0)
    tangent = math.radians(-path.angleAtPercent(1.0))
    shortened = QPainterPath(path.pointAtPercent(0.0))
    for step in range(1, 21):
        point = path.pointAtPercent(step / 20 * max(0.0, 1 - head_length / path.length()))
        shortened.lineTo(point)
    pen = QPen(colours.arrow, ARROW_WIDTH)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(shortened)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.arrow)
    # angleAtPercent counts clockwise in a y-down world; here y is up, hence the minus above.
    back = QPointF(
        end.x() - math.cos(tangent) * head_length, end.y() - math.sin(tangent) * head_length
    )
    side = QPointF(-math.sin(tangent) * head_length * 0.55, math.cos(tangent) * head_length * 0.55)
    painter.drawPolygon(QPolygonF([end, back + side, back - side]))
    painter.restore()
