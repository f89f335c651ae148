"""Check boxes, radio buttons and text fields whose edges can be seen, and a focus ring that
cannot be missed, in light and dark.

Fusion draws these controls' outlines a shade darker than the window: on a dark window that is
nearly black on nearly black (1.1:1), so an empty check box or a text field all but vanishes;
and a focused button differs from the others by a one-pixel tint. This style is Fusion with two
changes: over each of those controls it draws an outline in a colour the palette makes at least
3:1 against the window and the field (WCAG's minimum for what identifies a control), a touch
dimmer when disabled; and a button that has the keyboard's focus gets a two-pixel ring in the
accent colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

from backcoach.ui.widgets.theme import GRAPHIC_CONTRAST, mix, readable

PE = QStyle.PrimitiveElement
OUTLINED = {
    PE.PE_IndicatorCheckBox,
    PE.PE_IndicatorRadioButton,
    PE.PE_IndicatorItemViewItemCheck,
    PE.PE_PanelLineEdit,
}


def _inside_a_box(widget: QWidget | None) -> bool:
    """A line edit without a frame, or inside a spin box or a combo box (which has its own)."""
    if not isinstance(widget, QLineEdit):
        return widget is not None and not isinstance(widget, QLineEdit)
    return not widget.hasFrame() or isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))


def outline_colour(palette: QPalette, enabled: bool = True) -> QColor:
    """The outline: the palette's mid shade, moved until it shows against window and field."""
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    colour = readable(palette.color(QPalette.ColorRole.Mid), [window, base], GRAPHIC_CONTRAST)
    return colour if enabled else mix(colour, window, 0.45)


class OutlinedStyle(QProxyStyle):
    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        focused = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange
        if (
            element == QStyle.ControlElement.CE_PushButtonBevel
            and (option.state & focused) == focused
        ):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Accent), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(option.rect).adjusted(1, 1, -1, -1), 3, 3)
            painter.restore()

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in OUTLINED or option.rect.width() < 4:
            return
        if element == PE.PE_PanelLineEdit and _inside_a_box(widget):
            return
        enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(outline_colour(option.palette, enabled), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if element == PE.PE_IndicatorRadioButton:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()


def style_name(style: QStyle) -> str:
    """A style's name in lower case, a proxy's being its base style's ("fusion")."""
    if isinstance(style, QProxyStyle) and style.baseStyle() is not None:
        return style.baseStyle().name().lower()
    return style.name().lower()
