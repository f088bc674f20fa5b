"""ChecklistModel: a symposium's preparation checklist; tick items done, rename, reorder."""

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

from ...domain.schema import TYPES
from ...domain.views import RecordView
from ...services.changes import ChangeSet
from ..commands import MoveRecordCommand
from ..context import AppContext
from ..forms.shown_versions import RowVersions, push_edit

_FIELDS = tuple(TYPES["checklist_item"].by_name)
IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
DoneRole = Qt.ItemDataRole.UserRole + 3


class ChecklistModel(QAbstractListModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.symposium_id: str | None = None
        self.rows: list[RecordView] = []
        self._names: dict[str, str] = {}
        self.versions = RowVersions()  # what each item showed: a tick or a rename names it

    def set_symposium(self, rec: str | None) -> None:
        self.symposium_id = rec
        self.reload()

    def reload(self) -> None:
        rows, heads = self.ctx.ws.children_shown(self.symposium_id, "checklist_item") \
            if self.symposium_id else ([], {})
        self.versions.load_rows([r.id for r in rows], heads, _FIELDS)
        self._names = {}
        if [r.id for r in rows] == [r.id for r in self.rows] and rows:
            # the same items in the same order (a tick, a rename): updated in place, so the
            # keyboard stays where it is and Space, Down, Space ticks the next item
            self.rows = rows
            self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def refresh(self, changes: ChangeSet) -> None:
        if self.symposium_id and ("checklist_item" in changes.types or "member" in changes.types
                                  or not changes.types):
            self.reload()

    def progress(self) -> tuple[int, int]:
        return sum(1 for r in self.rows if r.data.get("done")), len(self.rows)

    def row_of(self, rec: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == rec), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def _owner(self, view: RecordView) -> str:
        owner = view.data.get("owner")
        if not owner:
            return ""
        if owner not in self._names:
            self._names[owner] = self.ctx.ws.label(owner)
        return self._names[owner]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        answer = _ITEM_DATA.get(role)
        return None if answer is None else answer(self, self.rows[index.row()])

    def _display(self, view: RecordView) -> str:
        extra = [x for x in (self._owner(view), view.data.get("due")) if x]
        return f"{view.title}   ({', '.join(extra)})" if extra else view.title

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        view = self.rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done == bool(view.data.get("done")):
                return False
            view.data["done"] = done
            self.dataChanged.emit(index, index)
            text = QCoreApplication.translate("ChecklistModel", "Tick %s") if done else QCoreApplication.translate("ChecklistModel", "Untick %s")
            push_edit(self.ctx, self.versions.of(view.id), view.id, {"done": done}, text % view.title)
            return True
        if role == Qt.ItemDataRole.EditRole:
            title = str(value).strip()
            if not title or title == view.title:
                return False
            push_edit(self.ctx, self.versions.of(view.id), view.id, {"title": title},
                      QCoreApplication.translate("ChecklistModel", "Rename checklist item"))
            return True
        return False

    def move_by(self, row: int, delta: int) -> int:
        target = row + delta
        if not 0 <= row < len(self.rows) or not 0 <= target < len(self.rows):
            return row
        others = [r for i, r in enumerate(self.rows) if i != row]
        after = others[target - 1].id if target > 0 else None
        before = others[target].id if target < len(others) else None
        self.ctx.undo_stack.push(MoveRecordCommand(
            self.ctx, self.rows[row].id, QCoreApplication.translate("ChecklistModel", "Move checklist item"),
            after=after, before=before))
        self.beginResetModel()
        item = self.rows.pop(row)
        self.rows.insert(target, item)
        self.endResetModel()
        return target

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        names[RecordRole] = QByteArray(b"record")
        names[DoneRole] = QByteArray(b"done")
        return names


_ITEM_DATA = {
    Qt.ItemDataRole.DisplayRole: ChecklistModel._display,
    Qt.ItemDataRole.EditRole: lambda model, view: view.title,
    Qt.ItemDataRole.CheckStateRole:
        lambda model, view: Qt.CheckState.Checked if view.data.get("done") else Qt.CheckState.Unchecked,
    IdRole: lambda model, view: view.id,
    RecordRole: lambda model, view: view,
    DoneRole: lambda model, view: bool(view.data.get("done")),
}
