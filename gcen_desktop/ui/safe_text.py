"""Text that comes from elsewhere (a bundle's producer, roster and workspace names, record titles,
warnings quoting them) shown in Qt: never as markup, with control and bidi characters escaped.

A QLabel guesses rich text from a tag near its start (Qt.AutoText), so a teammate's name
`<b>Signed by Ana (trusted)</b>` would draw the app's own trust line; `plain_label` and `plain`
fix a label's format to plain text. `visible` (one line) and `visible_lines` (keeps line breaks)
write control characters, bidi overrides and line breaks as `\\uXXXX`, so a name cannot reverse
or break the sentence it is quoted in.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel, QWidget

from ..domain.display import visible, visible_lines

__all__ = ["fill", "plain", "plain_label", "plain_tooltip", "visible", "visible_lines"]


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain(*labels: QLabel) -> None:
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str | None) -> str | None:
    """A tooltip (an item's ToolTipRole) that Qt shows as the text it is: tooltips guess markup
    like a QLabel does, so text with a `<` is handed over as escaped HTML."""
    if not text:
        return text
    text = visible_lines(text)
    if "<" not in text:
        return text
    return QtGui.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)


def fill(text: str, *values: str) -> str:
    """A translated `text` with %1, %2… replaced by `values` in one pass: `.replace("%1", a)
    .replace("%2", b)` would also replace a "%2" inside `a`, a name that came in a bundle."""
    return re.sub(r"%([1-9])", lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0], text)
