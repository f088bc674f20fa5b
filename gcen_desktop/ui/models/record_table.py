"""A generic, windowed table of records of one type, sorted and filtered in SQL.

Opening runs one query for the ordered row ids only; the rows themselves are read a page at a
time as the view asks for them (so 100k records open in one small query and scroll smoothly).
Edits refresh only the rows a change set names; creations and deletions re-run the id query.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from ...domain.schema import TYPES, record_type
from ...services.changes import ChangeSet
from ...services.queries import Filters
from ...store.store import ROW_COLUMNS, RecordView
from ..context import AppContext

PAGE = 64  # a screenful or two: scrolling reads little per frame
MAX_PAGES = 256  # pages kept in memory (16k rows)
# Columns the projection promotes: sorting by them needs no JSON extraction.
_PROMOTED = {"title", "updated", "created", "due", "status", "kind", "position", "working_group",
             "symposium", "city", "member", "parent"}

_COLUMNS = ", ".join("r." + c.strip() for c in ROW_COLUMNS.split(","))

IdRole = Qt.ItemDataRole.UserRole + 1
RecordRole = Qt.ItemDataRole.UserRole + 2
SortValueRole = Qt.ItemDataRole.UserRole + 3
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                    IdRole, RecordRole, SortValueRole))


@dataclass
class Column:
    """One column: a header (already translated), the field it shows and how to show it."""

    key: str  # a field name of the type, or 'title' / 'updated' / 'created'
    header: str
    display: Callable[[RecordView], Any] | None = None  # default: the field's value
    sortable: bool = True
    align_right: bool = False
    width: int = 0  # initial width in pixels; 0 = stretch to fill


def sort_expression(type_name: str, key: str) -> str:
    """The SQL that orders rows by a column (validated against the schema, never user text)."""
    spec = TYPES[type_name]
    if key == spec.label or key == "title":
        return "r.title COLLATE NOCASE"
    if key in _PROMOTED:
        return f"r.{key} COLLATE NOCASE"
    field = spec.field(key)
    if field.kind in ("int", "bool"):
        return f"json_extract(r.data, '$.{field.name}')"
    return f"json_extract(r.data, '$.{field.name}') COLLATE NOCASE"


class RecordTableModel(QAbstractTableModel):
    """Records of one type; `set_filters`, `set_extra` and `sort` re-run the id query."""

    def __init__(
        self,
        ctx: AppContext,
        type_name: str,
        columns: list[Column],
        filters: Filters | None = None,
        order: str = "title",
        descending: bool = False,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.type_name = record_type(type_name).name
        self.columns = list(columns)
        self.filters = filters or Filters()
        self.extra: list[tuple[str, tuple[Any, ...]]] = []
        self.order = order
        self.descending = descending
        self._rids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, list[RecordView]] = OrderedDict()
        # Rows leave out long text (note bodies, abstracts) unless a column shows it: a list
        # never needs it, and parsing it is most of the cost of reading a page.
        shown = {c.key for c in self.columns}
        long_text = [f.name for f in TYPES[self.type_name].fields if f.kind == "text" and f.name not in shown]
        data_sql = "r.data"
        if long_text:
            data_sql = "json_remove(r.data, " + ", ".join(f"'$.{name}'" for name in long_text) + ")"
        self._columns_sql = _COLUMNS.replace("r.data", data_sql, 1)
        self.reload()
        ctx.sig_changed.connect(self._on_ctx_changed)

    # --- queries ------------------------------------------------------------------------------

    def _where(self) -> tuple[str, tuple[Any, ...]]:
        where, args = self.filters.where()
        parts, all_args = ["r.type = ?", "r.deleted = 0", where], [self.type_name, *args]
        for sql, extra_args in self.extra:
            parts.append(f"({sql})")
            all_args.extend(extra_args)
        return " AND ".join(parts), tuple(all_args)

    def _order_sql(self) -> str:
        direction = "DESC" if self.descending else "ASC"
        if self.order in ("updated", "created"):
            # Never NULL, compared as stored: the (type, deleted, updated) index gives this order
            # without sorting (the index ends in the rowid, our tie-breaker).
            return f"r.{self.order} {direction}, r.rid {direction}"
        expr = sort_expression(self.type_name, self.order)
        column = expr.split(" COLLATE")[0]
        return f"{column} IS NULL, {expr} {direction}, r.rid"

    def _query_rids(self) -> list[int]:
        where, args = self._where()
        sql = f"SELECT r.rid FROM records r WHERE {where} ORDER BY {self._order_sql()}"
        with self.ctx.ws.store.read() as conn:
            # The driver's own cursor: building 100k one-column rows through the ORM layer costs
            # more than the query itself.
            raw = conn.connection.driver_connection
            return [rid for (rid,) in raw.execute(sql, args).fetchall()]

    def reload(self) -> None:
        """Re-run the id query (after a filter, a sort, a creation or a deletion)."""
        rids = self._query_rids()
        self.beginResetModel()
        self._rids = rids
        self._row_of = None
        self._pages.clear()
        self.endResetModel()

    def _page(self, number: int) -> list[RecordView | None]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        rids = self._rids[number * PAGE:(number + 1) * PAGE]
        by_rid: dict[int, RecordView] = {}
        if rids:
            sql = (f"SELECT r.rid, {self._columns_sql} FROM records r "
                   f"WHERE r.rid IN ({','.join('?' * len(rids))})")
            with self.ctx.ws.store.read() as conn:
                by_rid = {row[0]: RecordView.from_row(row[1:]) for row in conn.exec_driver_sql(sql, tuple(rids))}
        page = [by_rid.get(rid) for rid in rids]  # None: gone since the id query
        self._pages[number] = page
        if len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    # --- access ---------------------------------------------------------------------------------

    def record(self, row: int) -> RecordView | None:
        """The record shown in a row, without long text fields no column shows (use ws.get for all)."""
        if not 0 <= row < len(self._rids):
            return None
        page = self._page(row // PAGE)
        return page[row % PAGE]

    def row_of(self, rec_id: str) -> int:
        """The row showing a record, or -1."""
        with self.ctx.ws.store.read() as conn:
            found = conn.exec_driver_sql("SELECT rid FROM records WHERE id=?", (rec_id,)).first()
        if not found:
            return -1
        if self._row_of is None:
            self._row_of = {rid: i for i, rid in enumerate(self._rids)}
        return self._row_of.get(found[0], -1)

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.reload()

    def set_extra(self, extra: list[tuple[str, tuple[Any, ...]]]) -> None:
        """Extra SQL conditions on `r` (built by the section from its own filter widgets)."""
        self.extra = list(extra)
        self.reload()

    # --- Qt model interface ---------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Views ask for a dozen roles per cell on every paint: answer the unused ones first.
        if not index.isValid() or role not in _ROLES:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and not self.columns[index.column()].align_right:
            return None
        view = self.record(index.row())
        if view is None:
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.display(view) if column.display else self._field(view, column.key)
            return "" if value is None else str(value)
        if role == IdRole:
            return view.id
        if role == RecordRole:
            return view
        if role == SortValueRole:
            return self._field(view, column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _field(view: RecordView, key: str) -> Any:
        if key == "title":
            return view.title
        if key in ("updated", "created"):
            return getattr(view, key)
        return view.data.get(key)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self.columns):
                return self.columns[section].header
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        names[RecordRole] = QByteArray(b"record")
        names[SortValueRole] = QByteArray(b"sortValue")
        return names

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (self.columns[column].key, descending) == (self.order, self.descending):
            return  # already in this order (views call sort() when sorting is switched on)
        self.layoutAboutToBeChanged.emit()
        self.order = self.columns[column].key
        self.descending = descending
        self._rids = self._query_rids()
        self._row_of = None
        self._pages.clear()
        # Persistent indexes cannot follow a re-sort done in SQL: drop them.
        for idx in self.persistentIndexList():
            self.changePersistentIndex(idx, QModelIndex())
        self.layoutChanged.emit()

    # --- change sets ------------------------------------------------------------------------------

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        if changes.types and self.type_name not in changes.types and "link" not in changes.types:
            return
        if changes.created or changes.deleted or changes.restored:
            self.reload()
            return
        if not changes.updated:
            return
        touched = [n for n, page in self._pages.items() if any(v.id in changes.updated for v in page)]
        for number in touched:
            del self._pages[number]
            first = number * PAGE
            last = min(first + PAGE, len(self._rids)) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
