"""StageBar: the five stages of the inquiry cycle as a row of steps; click one to move the plan there."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from ...domain.schema import PLAN_STAGES
from .. import theme
from ..forms.values import value_name


class StageBar(QWidget):
    sig_stage_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Stage of the inquiry cycle"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        for number, stage in enumerate(PLAN_STAGES, start=1):
            button = QPushButton(f"{number}  {value_name(stage)}", self)
            button.setCheckable(True)
            button.setObjectName("StageStep")
            button.setAccessibleName(self.tr("Stage %s") % value_name(stage))
            button.clicked.connect(lambda _c=False, s=stage: self.sig_stage_chosen.emit(s))
            bold = button.font()
            bold.setBold(True)
            from PySide6.QtGui import QFontMetrics

            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 36)
            self.group.addButton(button)
            self.buttons[stage] = button
            layout.addWidget(button)
        layout.addStretch(1)
        c = theme.current()
        self.setStyleSheet(
            f"QPushButton#StageStep {{ border-radius: 14px; padding: 5px 14px; color: {c.muted}; }}"
            f"QPushButton#StageStep[reached=\"true\"] {{ color: {c.text}; border-color: {c.accent}; }}"
            f"QPushButton#StageStep:checked {{ background: {c.accent}; color: {c.accent_text}; "
            f"border-color: {c.accent}; font-weight: 600; }}"
        )

    def set_stage(self, stage: str | None) -> None:
        reached = True
        for s, button in self.buttons.items():
            button.setChecked(s == stage)
            button.setProperty("reached", reached)
            if s == stage:
                reached = False
        for button in self.buttons.values():
            button.style().unpolish(button)
            button.style().polish(button)
