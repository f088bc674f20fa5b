"""A short list of records (the ones a record links to, or links from), for side panels."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from ...domain.views import RecordView
from ..forms.values import type_name
from ..models.dashboard_list import DetailRole  # shared with the two-line delegate
from ..safe_text import plain_tooltip

IdRole = Qt.ItemDataRole.UserRole + 1
TypeRole = Qt.ItemDataRole.UserRole + 10
RecordRole = Qt.ItemDataRole.UserRole + 11


class LinkedRecordModel(QAbstractListModel):
    """Records returned by `fetch()`; `reload()` runs it again (lists here hold tens of rows)."""

    def __init__(self, fetch: Callable[[], list[RecordView]], *, show_type: bool = True,
                 detail: Callable[[RecordView], str] | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.fetch = fetch
        self.show_type = show_type
        self.detail = detail
        self.rows: list[RecordView] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = list(self.fetch())
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def record(self, row: int) -> RecordView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def ids(self) -> list[str]:
        return [r.id for r in self.rows]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        answer = _LINKED_DATA.get(role)
        return None if answer is None else answer(self, self.rows[index.row()])

    def _detail(self, view: RecordView) -> str:
        extra = self.detail(view) if self.detail else ""
        if self.show_type:
            extra = " · ".join(x for x in (type_name(view.type), extra) if x)
        return extra

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        names[DetailRole] = QByteArray(b"detail")
        names[TypeRole] = QByteArray(b"recordType")
        names[RecordRole] = QByteArray(b"record")
        return names


_LINKED_DATA = {  # what a row shows, by role
    Qt.ItemDataRole.DisplayRole: lambda model, view: view.title or "—",
    DetailRole: LinkedRecordModel._detail,
    Qt.ItemDataRole.ToolTipRole: lambda model, view: plain_tooltip(view.title),
    IdRole: lambda model, view: view.id,
    TypeRole: lambda model, view: view.type,
    RecordRole: lambda model, view: view,
}
