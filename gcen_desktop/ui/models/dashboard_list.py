"""A short list of records for dashboard cards: a line of text, a detail line and a tone each."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from ..safe_text import plain_tooltip

IdRole = Qt.ItemDataRole.UserRole + 1
DetailRole = Qt.ItemDataRole.UserRole + 2
ToneRole = Qt.ItemDataRole.UserRole + 3  # "", "danger", "warning", "success"


@dataclass
class DashboardRow:
    rec_id: str
    text: str
    detail: str = ""
    tone: str = ""


class DashboardListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[DashboardRow] = []

    def set_rows(self, rows: list[DashboardRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[DashboardRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        answer = _ROW_DATA.get(role)
        return None if answer is None else answer(self._rows[index.row()])

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        names[DetailRole] = QByteArray(b"detail")
        names[ToneRole] = QByteArray(b"tone")
        return names


_ROW_DATA = {  # what a row shows, by role
    Qt.ItemDataRole.DisplayRole: lambda row: row.text,
    Qt.ItemDataRole.ToolTipRole: lambda row: plain_tooltip(f"{row.text}\n{row.detail}" if row.detail else row.text),
    Qt.ItemDataRole.AccessibleTextRole: lambda row: f"{row.text}, {row.detail}" if row.detail else row.text,
    IdRole: lambda row: row.rec_id,
    DetailRole: lambda row: row.detail,
    ToneRole: lambda row: row.tone,
}
