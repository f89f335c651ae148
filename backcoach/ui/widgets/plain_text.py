"""Text from data shown as it was written: never run as HTML.

A QLabel, and every tooltip, guesses whether its text is HTML (Qt's mightBeRichText): a routine
name from a shared file such as "<h1 style='color:red'>Ignore the pain</h1>" would be drawn large
and red, with images. Labels that show a name, a description, an instruction, a cue or a note
are made plain text here; a tooltip that holds such text is escaped, so it still wraps as rich
text does but shows every character as written. (Labels that lay out rich text themselves escape
what they put in it, with html.escape.)
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel


def plain_labels(*labels: QLabel) -> None:
    """Show these labels' text as plain text, whatever it holds."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows the text as written: unchanged when Qt would not take it for HTML,
    else escaped (line breaks kept)."""
    if not QtGui.mightBeRichText(text):
        return text
    return "<p>" + escape(text).replace("\n", "<br>") + "</p>"
