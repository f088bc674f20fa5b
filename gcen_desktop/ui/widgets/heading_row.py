"""A record's heading (title and subtitle) with its action buttons: side by side when there is room,
the buttons under the heading when the title would be squeezed into a narrow column (a long
French title beside "Agenda calendar…" and "Briefing pack" at 1024 px took five lines)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QWidget

# Below this share of the row's width, the heading goes on its own line and the buttons under it.
TITLE_SHARE = 0.55


class HeadingRow(QWidget):
    """`titles` (a layout) on the left, `buttons` on the right; stacked when the row is narrow."""

    def __init__(self, titles: QLayout, buttons: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = buttons
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(8)
        self.box.addLayout(titles, 1)
        self.button_row = QHBoxLayout()
        self.button_row.setSpacing(8)
        for button in buttons:
            self.button_row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.box.addLayout(self.button_row)

    def stacked(self) -> bool:
        return self.box.direction() == QBoxLayout.Direction.TopToBottom

    def _buttons_width(self) -> int:
        shown = [b for b in self.buttons if not b.isHidden()]
        return sum(b.sizeHint().width() for b in shown) + self.button_row.spacing() * max(0, len(shown) - 1)

    def arrange(self, width: int) -> None:
        room = width - self._buttons_width() - self.box.spacing()
        stack = room < width * TITLE_SHARE
        if stack != self.stacked():
            self.box.setDirection(QBoxLayout.Direction.TopToBottom if stack else QBoxLayout.Direction.LeftToRight)
            self.button_row.setAlignment(Qt.AlignmentFlag.AlignLeft if stack else Qt.AlignmentFlag.AlignRight)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        self.arrange(event.size().width())
        super().resizeEvent(event)
