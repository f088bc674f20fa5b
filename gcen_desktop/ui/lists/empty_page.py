"""EmptyPage: what the detail side shows when nothing is selected — what to do, with buttons to do it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..forms.buttons import fit_bold_text


class EmptyPage(QWidget):
    def __init__(self, title: str, text: str, actions: list[tuple[str, Callable[[], None]]] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(title, self)
        heading.setObjectName("SectionTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setWordWrap(True)
        body = QLabel(text, self)
        body.setObjectName("Muted")
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setWordWrap(True)
        body.setFixedWidth(480)  # a fixed width lets the wrapped text take the height it needs
        self.buttons: list[QPushButton] = []
        row = QHBoxLayout()
        row.addStretch(1)
        for i, (label, slot) in enumerate(actions):
            button = QPushButton(label, self)
            button.setAccessibleName(label)
            if i == 0:
                button.setObjectName("Primary")
                fit_bold_text(button)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons.append(button)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(heading)
        layout.addSpacing(6)
        body_row = QHBoxLayout()
        body_row.addStretch(1)
        body_row.addWidget(body)
        body_row.addStretch(1)
        layout.addLayout(body_row)
        layout.addSpacing(14)
        layout.addLayout(row)
        layout.addStretch(3)
