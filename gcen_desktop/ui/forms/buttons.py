"""Buttons the theme draws bold (default and primary ones) need room for their bold text."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QPushButton


def fit_bold_text(button: QPushButton) -> None:
    bold = button.font()
    bold.setBold(True)
    button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 48)
