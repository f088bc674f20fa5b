"""AgendaTableModel: a symposium's sessions by day and time, editable in place."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ...domain.errors import UserError
from ...domain.schema import AGENDA_KINDS, TYPES
from ...domain.views import RecordView
from ...services.changes import ChangeSet
from ..context import AppContext
from ..forms.shown_versions import RowVersions, push_edit
from ..forms.values import value_name
from ..widgets.section_parts import day_pattern

_FIELDS = tuple(TYPES["agenda_item"].by_name)
IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
EditValueRole = Qt.ItemDataRole.UserRole + 3
_KEYS = ("day", "time", "end_time", "title", "kind", "place")
COL_DAY, COL_TIME, COL_END, COL_TITLE, COL_KIND, COL_PLACE = range(6)


def _headers() -> tuple[str, ...]:
    return (QCoreApplication.translate("AgendaTableModel", "Day"), QCoreApplication.translate("AgendaTableModel", "Time"),
            QCoreApplication.translate("AgendaTableModel", "Ends at"), QCoreApplication.translate("AgendaTableModel", "Session"),
            QCoreApplication.translate("AgendaTableModel", "Kind"), QCoreApplication.translate("AgendaTableModel", "Place"))


def _order(view: RecordView) -> tuple:
    return (view.data.get("day") or 1, view.data.get("time") or "99:99", view.title.casefold(), view.id)


class AgendaTableModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.symposium_id: str | None = None
        self.start: dt.date | None = None  # the symposium's first day: day 1 is shown as that date
        self.rows: list[RecordView] = []
        self.versions = RowVersions()  # what each session showed: an edit in a cell names it

    def set_symposium(self, rec: str | None) -> None:
        self.symposium_id = rec
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        symposium = self.ctx.ws.find(self.symposium_id) if self.symposium_id else None
        try:
            self.start = dt.date.fromisoformat(symposium.data.get("start") or "") if symposium else None
        except ValueError:
            self.start = None
        rows, heads = self.ctx.ws.children_shown(self.symposium_id, "agenda_item") \
            if self.symposium_id else ([], {})
        self.rows = sorted(rows, key=_order)
        self.versions.load_rows([r.id for r in rows], heads, _FIELDS)
        self.endResetModel()

    def refresh(self, changes: ChangeSet) -> None:
        if self.symposium_id and ("agenda_item" in changes.types or self.symposium_id in changes.ids
                                  or not changes.types):
            self.reload()

    def record(self, row: int) -> RecordView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, rec: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == rec), -1)

    def day_name(self, day: int) -> str:
        """'Mon 15 Mar' when the symposium has a start date (day 1 is that date), else 'Day 2'."""
        if self.start is not None and 1 <= day <= 366:
            date = self.start + dt.timedelta(days=day - 1)
            return QLocale().toString(QDate(date.year, date.month, date.day), day_pattern())
        return QCoreApplication.translate("AgendaTableModel", "Day %d") % day

    def days(self) -> int:
        return max((r.data.get("day") or 1 for r in self.rows), default=0)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_KEYS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(_KEYS):
            return _headers()[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        answer = _SESSION_DATA.get(role)
        if answer is None:
            return None
        view = self.rows[index.row()]
        key = _KEYS[index.column()]
        return answer(self, view, key, view.title if key == "title" else view.data.get(key))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        view = self.rows[index.row()]
        key = _KEYS[index.column()]
        value = self._valid_value(key, value)
        if value is _REFUSED or not self._in_order(view, key, value):
            return False
        current = view.title if key == "title" else view.data.get(key)
        if value == current:
            return False
        text = QCoreApplication.translate("AgendaTableModel", "Edit session %s") % _headers()[index.column()].lower()
        push_edit(self.ctx, self.versions.of(view.id), view.id, {key: value}, text)
        return True

    def _valid_value(self, key: str, value: Any) -> Any:
        """The value an edit of column `key` stores, or _REFUSED (an invalid one is said)."""
        if isinstance(value, str):
            value = value.strip()
        if (key == "title" and not value) or (key == "kind" and value not in AGENDA_KINDS):
            return _REFUSED
        try:
            return TYPES["agenda_item"].field(key).validate(value)
        except UserError as exc:
            self.ctx.show_error(exc)
            return _REFUSED

    def _in_order(self, view: RecordView, key: str, value: Any) -> bool:
        """Whether a session still ends after it starts with this edit (an unfit end is said)."""
        start, end = view.data.get("time"), view.data.get("end_time")
        if key == "time":
            start = value
        elif key == "end_time":
            end = value
        if not (key in ("time", "end_time") and start and end) or end > start:
            return True
        self.ctx.show_error(UserError("A session ends after it starts: give an end time after %(start)s, "
                                      "or leave it empty.", start=start))
        return False

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        names[RecordRole] = QByteArray(b"record")
        names[EditValueRole] = QByteArray(b"editValue")
        return names


# --- what a cell shows, one small function per role (data() looks the role up once) ----------------

_REFUSED = object()


def _display(model: AgendaTableModel, view: RecordView, key: str, value: Any) -> Any:
    if key == "day":
        return model.day_name(value or 1)
    if key == "kind":
        return value_name(value)
    return "" if value is None else str(value)


def _tooltip(model: AgendaTableModel, view: RecordView, key: str, value: Any) -> Any:
    if key == "day" and model.start is not None:
        return QCoreApplication.translate("AgendaTableModel", "Day %d") % (value or 1)
    return view.data.get("description") or view.title


_SESSION_DATA = {
    Qt.ItemDataRole.DisplayRole: _display,
    Qt.ItemDataRole.EditRole: lambda model, view, key, value: value,
    EditValueRole: lambda model, view, key, value: value,
    Qt.ItemDataRole.ToolTipRole: _tooltip,
    IdRole: lambda model, view, key, value: view.id,
    RecordRole: lambda model, view, key, value: view,
}
