"""ConflictListModel: records with conflicting versions, deleted-vs-edited, or auto-merged text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.views import RecordView
from ..context import AppContext
from ..forms.values import field_label, type_name
from ..models.dashboard_list import DetailRole, ToneRole

IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 10
SummaryRole = Qt.ItemDataRole.UserRole + 11
LIMIT = 1000  # conflicts are resolved one by one; more than this waits for the next refresh



def shown_conflicts(view: RecordView) -> list[str]:
    return sorted(f for f in view.conflicts if f != "position")


def summary(view: RecordView) -> str:
    parts = []
    if view.del_conflict:
        parts.append(QCoreApplication.translate("ConflictListModel", "deleted by a teammate while edited here"))
    elif view.kept_alive:
        parts.append(QCoreApplication.translate("ConflictListModel", "deleted, but a teammate added to it"))
    if shown_conflicts(view):
        names = ", ".join(field_label(f) for f in shown_conflicts(view))
        parts.append(QCoreApplication.translate("ConflictListModel", "different values: %s") % names)
    if view.merged:
        parts.append(QCoreApplication.translate("ConflictListModel", "auto-merged: %s") % ", ".join(field_label(f) for f in view.merged))
    return "; ".join(parts)


class ConflictListModel(QAbstractListModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[RecordView] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.ctx.ws.conflicts_to_settle(LIMIT)
        self.endResetModel()

    def record(self, row: int) -> RecordView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, rec: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == rec), -1)

    def open_count(self) -> int:
        """Conflicts that need a decision (auto-merged text alone does not)."""
        return sum(1 for r in self.rows if shown_conflicts(r) or r.del_conflict or r.kept_alive)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        answer = _CONFLICT_DATA.get(role)
        return None if answer is None else answer(self.rows[index.row()])

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        names[DetailRole] = QByteArray(b"detail")
        names[ToneRole] = QByteArray(b"tone")
        names[RecordRole] = QByteArray(b"record")
        names[SummaryRole] = QByteArray(b"summary")
        return names


# --- what a row shows, one small function per role (data() looks the role up once) ----------------

def _tone(view: RecordView) -> str:
    if view.del_conflict or view.kept_alive:
        return "danger"
    return "warning" if shown_conflicts(view) else "success"


_CONFLICT_DATA = {
    Qt.ItemDataRole.DisplayRole: lambda view: view.title or "—",
    DetailRole: lambda view: f"{type_name(view.type)} · {summary(view)}",
    ToneRole: _tone,
    Qt.ItemDataRole.ToolTipRole: summary,
    IdRole: lambda view: view.id,
    RecordRole: lambda view: view,
    SummaryRole: summary,
}
