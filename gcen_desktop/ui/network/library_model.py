"""The list of the network library: one row per publication of another city, with its city and date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..forms.values import type_name
from ..safe_text import plain_tooltip, visible
from ..widgets.section_parts import date_pattern

KeyRole = Qt.ItemDataRole.UserRole + 1  # (workspace id, record id): a record id alone may repeat across cities


def published_day(ms: int) -> str:
    """The day a publication was written, as the user's language writes a short date."""
    day = dt.datetime.fromtimestamp(ms / 1000, tz=dt.UTC).date()
    return QLocale().toString(day, date_pattern())


class LibraryModel(QAbstractTableModel):
    """Entries of the network library (a few thousand at most: the cities' published records)."""

    COLUMNS = 4

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self.headers = [self.tr("Title"), self.tr("Type"), self.tr("City"), self.tr("Published")]

    def set_entries(self, entries: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: tuple[str, str]) -> int:
        return next((i for i, e in enumerate(self._rows) if (e.workspace_id, e.rec) == key), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return plain_tooltip(entry.title)
        if role == KeyRole:
            return (entry.workspace_id, entry.rec)
        return None

    @staticmethod
    def _cell(entry: Any, column: int) -> str:
        if column == 0:
            return visible(entry.title)  # titles come from other cities
        if column == 1:
            return type_name(entry.type)
        if column == 2:
            return visible(entry.city or entry.team)
        return published_day(entry.published_ms)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < self.COLUMNS:
            return self.headers[section]
        return None

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802
        names = dict(super().roleNames())
        names[KeyRole] = QByteArray(b"publication")
        return names
