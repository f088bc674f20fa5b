"""ActionTableModel: the actions of one goal, editable in place and reordered by drag or keyboard."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...domain.schema import ACTION_STATUSES, TYPES
from ...domain.views import RecordView
from ...services.changes import ChangeSet
from .. import theme
from ..commands import EditRecordCommand, MoveRecordCommand
from ..context import AppContext
from ..forms.shown_versions import RowVersions, push_edit
from ..forms.values import value_name
from ..safe_text import plain_tooltip
from ..widgets.section_parts import short_date

ACTION_MIME = "application/x-gcen-action-ids"
IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
EditValueRole = Qt.ItemDataRole.UserRole + 3  # the stored value an editor starts from

_FIELDS = tuple(TYPES["action"].by_name)
COL_TITLE, COL_RESPONSIBLE, COL_ACCOUNTABLE, COL_DUE, COL_STATUS, COL_MILESTONE = range(6)
_KEYS = ("title", "responsible", "accountable", "due", "status", "milestone")


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("ActionTableModel", "Action"),
        QCoreApplication.translate("ActionTableModel", "Responsible"),
        QCoreApplication.translate("ActionTableModel", "Accountable"),
        QCoreApplication.translate("ActionTableModel", "Due"),
        QCoreApplication.translate("ActionTableModel", "Status"),
        QCoreApplication.translate("ActionTableModel", "Milestone"),
    )


def encode_ids(ids: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ACTION_MIME, QByteArray("\n".join(ids).encode()))
    return mime


def decode_ids(mime: QMimeData) -> list[str]:
    if not mime.hasFormat(ACTION_MIME):
        return []
    return [x for x in bytes(mime.data(ACTION_MIME).data()).decode().split("\n") if x]


class ActionTableModel(QAbstractTableModel):
    """Actions of the goal set with `set_goal`, in their stored order (fractional positions)."""

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.goal_id: str | None = None
        self.rows: list[RecordView] = []
        self._names: dict[str, str] = {}
        self.versions = RowVersions()  # what each row showed: an edit in a cell names it

    # --- loading -------------------------------------------------------------------------------

    def set_goal(self, goal_id: str | None) -> None:
        self.goal_id = goal_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self.rows, heads = self.ctx.ws.children_shown(self.goal_id, "action") if self.goal_id else ([], {})
        self.versions.load_rows([r.id for r in self.rows], heads, _FIELDS)
        self._names = {}
        self.endResetModel()

    def refresh(self, changes: ChangeSet) -> None:
        if not self.goal_id:
            return
        if _reorders_actions(changes):
            self.reload()
            return
        mine = {r.id for r in self.rows}
        touched = changes.updated & mine
        if "member" in changes.types:
            self._names = {}
            touched = mine
        for row, view in enumerate(self.rows):
            if view.id in touched and not self._refresh_row(row, view.id):
                self.reload()
                return

    def _refresh_row(self, row: int, rec_id: str) -> bool:
        """Show the stored action at `row` again; False when it left this goal (the list reloads)."""
        fresh, heads = self.ctx.ws.shown(rec_id)
        if fresh is None or fresh.deleted or fresh.data.get("goal") != self.goal_id:
            return False
        self.versions.load(rec_id, heads, _FIELDS)
        self.rows[row] = fresh
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(_KEYS) - 1))
        return True

    def record(self, row: int) -> RecordView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, rec_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == rec_id), -1)

    def _name(self, member_id: str | None) -> str:
        if not member_id:
            return ""
        if member_id not in self._names:
            self._names[member_id] = self.ctx.ws.label(member_id)
        return self._names[member_id]

    # --- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _headers()[section] if 0 <= section < len(_KEYS) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        answer = _ROLE_DATA.get(role)
        if answer is None:
            return None
        view = self.rows[index.row()]
        key = _KEYS[index.column()]
        return answer(self, view, key, view.title if key == "title" else view.data.get(key))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        base = Qt.ItemFlag.ItemIsEnabled
        flags = base | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        if _KEYS[index.column()] == "milestone":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if _KEYS[index.column()] == "status" and self.rows[index.row()].data.get("status") not in (None, *ACTION_STATUSES):
            return flags  # a status a newer version added: shown as it is, read-only
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        view = self.rows[index.row()]
        key = _KEYS[index.column()]
        value = _edited_value(key, value, role)
        if value is _REFUSED or _same_value(key, value, view.title if key == "title" else view.data.get(key)):
            return False
        view.data[key] = value or (False if key == "milestone" else None)
        if key == "title":
            view.title = value
        self.dataChanged.emit(index, index)
        text = QCoreApplication.translate("ActionTableModel", "Edit action %s") % _headers()[index.column()].lower()
        push_edit(self.ctx, self.versions.of(view.id), view.id, {key: value or None}, text)
        return True

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        names[RecordRole] = QByteArray(b"record")
        names[EditValueRole] = QByteArray(b"editValue")
        return names

    # --- reordering -----------------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ACTION_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        return encode_ids([self.rows[r].id for r in rows])

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return bool(decode_ids(data)) and self.goal_id is not None

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        ids = decode_ids(data)
        if not ids or self.goal_id is None:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.rows)
        self.move_to(ids, row)
        return False  # the view must not remove source rows: the change set reloads the list

    def move_to(self, ids: list[str], row: int) -> None:
        """Place the actions `ids` (in order) before the action now at `row` (end when past it)."""
        order_now = [r.id for r in self.rows]
        new_order, after_id, before_id = _placement(order_now, ids, row)
        if new_order == order_now:
            return
        self._push_moves(ids, after_id, before_id)
        # Show the new order at once; the change set brings the stored positions.
        by_id = {r.id: r for r in self.rows}
        if all(i in by_id for i in ids):
            self.beginResetModel()
            self.rows = [by_id[i] for i in new_order]
            self.endResetModel()

    def _push_moves(self, ids: list[str], after_id: str | None, before_id: str | None) -> None:
        """One undo step placing `ids` in order between `after_id` and `before_id`."""
        stack = self.ctx.undo_stack
        label = QCoreApplication.translate("ActionTableModel", "Move action")
        stack.beginMacro(label)
        for rec in ids:
            view = self.ctx.ws.find(rec)
            if view is not None and view.type == "action" and view.data.get("goal") != self.goal_id:
                # An action dragged in from another goal's table joins this goal.
                stack.push(EditRecordCommand(self.ctx, rec, {"goal": self.goal_id}, label))
            stack.push(MoveRecordCommand(self.ctx, rec, label, after=after_id, before=before_id))
            after_id = rec
        stack.endMacro()

    def move_by(self, row: int, delta: int) -> int:
        """Keyboard reorder: move the action at `row` up (-1) or down (+1); return its new row."""
        target = row + delta
        if not 0 <= row < len(self.rows) or not 0 <= target < len(self.rows):
            return row
        rec = self.rows[row].id
        self.move_to([rec], target + (1 if delta > 0 else 0))
        return target


def _placement(order: list[str], ids: list[str], row: int) -> tuple[list[str], str | None, str | None]:
    """The order once `ids` go before the id now at `row`, and the ids they then sit between."""
    others = [i for i in order if i not in ids]
    insert_at = len([i for i in order[:row] if i not in ids])
    after_id = others[insert_at - 1] if insert_at > 0 else None
    before_id = others[insert_at] if insert_at < len(others) else None
    return others[:insert_at] + ids + others[insert_at:], after_id, before_id


def _reorders_actions(changes: ChangeSet) -> bool:
    """Whether `changes` add, remove or move actions: the table is read again."""
    if not (changes.created or changes.deleted or changes.restored or any(
            "position" in changes.previous.get(r, {}) for r in changes.updated)):
        return False
    return "action" in changes.types or not changes.types


# --- what a cell shows, one small function per role (data() looks the role up once) ----------------

def _is_overdue(view: RecordView, key: str, value: Any) -> bool:
    return key == "due" and bool(value) and (view.data.get("status") or "") != "done" \
        and str(value) < dt.date.today().isoformat()


def _display_name(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    return model._name(value)


def _display_status(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    return value_name(value or "not_started")


def _display_none(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    return None  # the milestone column shows its check box only


def _display_date(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    return short_date(value)  # as the headings and Home write dates; the editor takes ISO and the short form


_DISPLAY_BY_KEY = {
    "due": _display_date,
    "responsible": _display_name,
    "accountable": _display_name,
    "status": _display_status,
    "milestone": _display_none,
}


def _display(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    shown = _DISPLAY_BY_KEY.get(key)
    if shown is not None:
        return shown(model, view, key, value)
    return "" if value is None else str(value)


def _value(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    return value


def _check_state(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    if key != "milestone":
        return None
    return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked


def _foreground(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    status = view.data.get("status") or "not_started"
    if key == "status" and status in ("blocked", "done"):
        c = theme.current()
        return QColor(c.danger if status == "blocked" else c.success)
    if _is_overdue(view, key, value):
        return QColor(theme.current().danger)
    return None


def _tooltip(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    if _is_overdue(view, key, value):
        return QCoreApplication.translate("ActionTableModel", "Overdue since %s") % value
    if key == "title":
        notes = view.data.get("notes")
        return plain_tooltip(f"{view.title}\n\n{notes}" if notes else view.title)
    return None


def _record_id(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    return view.id


def _record(model: ActionTableModel, view: RecordView, key: str, value: Any) -> Any:
    return view


_ROLE_DATA = {
    Qt.ItemDataRole.DisplayRole: _display,
    Qt.ItemDataRole.EditRole: _value,
    Qt.ItemDataRole.CheckStateRole: _check_state,
    Qt.ItemDataRole.ForegroundRole: _foreground,
    Qt.ItemDataRole.ToolTipRole: _tooltip,
    EditValueRole: _value,
    IdRole: _record_id,
    RecordRole: _record,
}

# --- what an edit stores ----------------------------------------------------------------------------

_REFUSED = object()


def _edited_value(key: str, value: Any, role: int) -> Any:
    """The value an edit of column `key` stores, or _REFUSED when the edit is not taken."""
    if key == "milestone" and role == Qt.ItemDataRole.CheckStateRole:
        value = Qt.CheckState(value) == Qt.CheckState.Checked
    elif role != Qt.ItemDataRole.EditRole:
        return _REFUSED
    if isinstance(value, str):
        value = value.strip()
    if key == "title" and not value:
        return _REFUSED
    if key == "status" and value not in ACTION_STATUSES:
        return _REFUSED
    return value


def _same_value(key: str, value: Any, current: Any) -> bool:
    if key == "milestone":
        return bool(value) == bool(current)
    return (value or None) == (current or None)
