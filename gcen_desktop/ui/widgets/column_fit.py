"""TitleColumnKeeper: a table's title column keeps room to be read; the other columns give way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class TitleColumnKeeper(QObject):
    """Hides a table's fixed-width columns while the stretching (title) column would be narrower
    than `characters` (the readings' title had shrunk to one letter at 1024 px), in the order
    `give_way` names them (by default the leftmost first); shows them again when the table widens."""

    def __init__(self, table: QTableView, characters: int = 16, give_way: Sequence[int] = ()) -> None:
        super().__init__(table)
        self.table = table
        self.characters = characters
        self.give_way = tuple(give_way)
        self.widths: dict[int, int] = {}
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        model = self.table.model()
        if model is None:
            return
        others = [n for n in range(model.columnCount())
                  if header.sectionResizeMode(n) != QHeaderView.ResizeMode.Stretch]
        first = [n for n in self.give_way if n in others]
        others = first + [n for n in others if n not in first]
        for n in others:
            if not self.table.isColumnHidden(n):
                self.widths[n] = header.sectionSize(n)
        needed = self.table.fontMetrics().averageCharWidth() * self.characters
        needed += sum(self.widths.get(n, header.defaultSectionSize()) for n in others)
        room = self.table.viewport().width()
        for n in others:
            hide = needed > room
            if self.table.isColumnHidden(n) != hide:
                self.table.setColumnHidden(n, hide)
            if hide:
                needed -= self.widths.get(n, header.defaultSectionSize())
