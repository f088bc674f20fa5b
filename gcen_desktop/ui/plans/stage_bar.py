"""StageBar: the five stages of the inquiry cycle as a row of steps; click one to move the plan there."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
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
        self.names: dict[str, str] = {}
        self.stage: str | None = None
        for number, stage in enumerate(PLAN_STAGES, start=1):
            self.names[stage] = f"{number}  {value_name(stage)}"
            button = QPushButton(self.names[stage], self)
            button.setCheckable(True)
            button.setObjectName("StageStep")
            button.setAccessibleName(self.tr("Stage %s") % value_name(stage))
            button.setToolTip(value_name(stage))
            button.clicked.connect(lambda _c=False, s=stage: self.sig_stage_chosen.emit(s))
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

    def _width_of(self, text: str) -> int:
        bold = QFont(self.font())
        bold.setBold(True)
        return QFontMetrics(bold).horizontalAdvance(text) + 36  # the pill's padding and border

    def _full_width(self) -> int:
        return sum(self._width_of(name) for name in self.names.values()) + 4 * (len(self.names) - 1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        # Narrow: the current stage named, the others by their number (their names in tooltips).
        widest = max(self._width_of(name) for name in self.names.values())
        numbers = sum(self._width_of(name.split()[0]) for name in self.names.values())
        return QSize(widest + numbers + 4 * (len(self.names) - 1), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Every stage named when they all fit, else only the current one (no pill cut short)."""
        roomy = self.width() >= self._full_width()
        for stage, button in self.buttons.items():
            text = self.names[stage] if roomy or stage == self.stage else self.names[stage].split()[0]
            button.setText(text)
            button.setMinimumWidth(self._width_of(text))

    def set_stage(self, stage: str | None) -> None:
        self.stage = stage
        self._fit()
        reached = True
        for s, button in self.buttons.items():
            button.setChecked(s == stage)
            button.setProperty("reached", reached)
            if s == stage:
                reached = False
        for button in self.buttons.values():
            button.style().unpolish(button)
            button.style().polish(button)
