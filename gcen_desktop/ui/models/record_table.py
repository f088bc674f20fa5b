"""A generic, windowed table of records of one type, sorted and filtered in SQL.

Opening runs one query for the ordered row ids only; the rows themselves are read a page at a
time as the view asks for them (so 100k records open in one small query and scroll smoothly).
Edits refresh only the rows a change set names; creations and deletions re-run the id query.

A cached page is a few flat tuples of plain values (the stored rows, then the text of each cell,
formatted once when the page is first painted), not a `RecordView` per row, and the young
generation is collected after each page read. Scrolling replaces pages in the cache one by one,
which keeps the cyclic GC's allocation count flat (each new page frees an old one): on its own
the young generation grew to every page read since the last collection, and one frame in a few
hundred paid for traversing them all (10–50 ms with a `RecordView` per row). Collected at once, it
holds little more than the new page, whose tuples of strings and numbers then leave the
collector's lists for good.
"""

from __future__ import annotations

import datetime as dt
import gc
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QByteArray, QModelIndex, QPersistentModelIndex, Qt

from ...domain.schema import record_type
from ...domain.views import RecordView
from ...services.changes import ChangeSet
from ...services.queries import Filters
from ...services.record_pages import ROW_WIDTH as _WIDTH
from ...services.record_pages import Condition, RecordPages
from ..context import AppContext
from ..safe_text import plain_tooltip
from ..widgets.section_parts import today

PAGE = 64  # a screenful or two: scrolling reads little per frame
MAX_PAGES = 256  # pages kept in memory (16k rows)

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


class _Page:
    """PAGE rows: their ids, their stored values flat (`_WIDTH` a row; None for a row gone since
    the id query) and, once painted, their cells' text flat (columnCount a row) and the day it
    was formatted on (relative dates such as 'today 14:05' change at midnight)."""

    __slots__ = ("cells", "day", "ids", "values")

    def __init__(self, ids: tuple[str | None, ...], values: tuple[Any, ...]) -> None:
        self.ids = ids
        self.values = values
        self.cells: tuple[str, ...] | None = None
        self.day: dt.date | None = None


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
        self.extra: list[Condition] = []
        self.order = order
        self.descending = descending
        self._rids: list[int] = []
        self._row_of: dict[int, int] | None = None
        self._pages: OrderedDict[int, _Page] = OrderedDict()
        self._last_number = -1  # the page the last lookup hit: a paint asks for its rows in turn
        self._last_page: _Page | None = None
        self._reads = RecordPages(ctx.ws, self.type_name, {c.key for c in self.columns})
        self.reload()
        ctx.sig_changed.connect(self._on_ctx_changed)

    # --- queries ------------------------------------------------------------------------------

    def _query_rids(self) -> list[int]:
        return self._reads.row_ids(self.filters, self.extra, self.order, self.descending)

    def reload(self) -> None:
        """Re-run the id query (after a filter, a sort, a creation or a deletion)."""
        rids = self._query_rids()
        self.beginResetModel()
        self._rids = rids
        self._row_of = None
        self._drop_pages()
        self.endResetModel()

    def _drop_pages(self) -> None:
        self._pages.clear()
        self._last_number, self._last_page = -1, None

    def _page(self, number: int) -> _Page:
        if number == self._last_number and self._last_page is not None:
            return self._last_page
        page = self._pages.get(number)
        if page is None:
            page = self._read_page(number)
            self._pages[number] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
            if gc.isenabled():  # not while a worker job holds the collector off (ui.worker)
                gc.collect(0)
        else:
            self._pages.move_to_end(number)
        self._last_number, self._last_page = number, page
        return page

    def _read_page(self, number: int) -> _Page:
        rids = self._rids[number * PAGE:(number + 1) * PAGE]
        found = self._reads.rows(rids)
        ids: list[str | None] = []
        values: list[Any] = []
        for rid in rids:
            row = found.get(rid)
            if row is None:  # gone since the id query
                ids.append(None)
                values.extend((None,) * _WIDTH)
            else:
                ids.append(row[1])
                values.extend(row[1:])
        return _Page(tuple(ids), tuple(values))

    @staticmethod
    def _view(page: _Page, i: int) -> RecordView:
        return RecordView.from_row(page.values[i * _WIDTH:(i + 1) * _WIDTH])

    def _cells(self, page: _Page) -> tuple[str, ...]:
        """The text of every cell of a page, formatted the first time the page is painted (and
        again after midnight, or after a change to other records, which a cell may name)."""
        day = today()
        if page.cells is not None and page.day == day:
            return page.cells
        cells: list[str] = []
        for i, rec in enumerate(page.ids):
            if rec is None:
                cells.extend([""] * len(self.columns))
                continue
            view = self._view(page, i)
            for column in self.columns:
                value = column.display(view) if column.display else self._field(view, column.key)
                cells.append("" if value is None else str(value))
        page.cells, page.day = tuple(cells), day
        return page.cells

    def _reformat(self) -> None:
        """Format the cached pages' cells again when next painted (names, relative dates)."""
        if not self._pages:
            return
        for page in self._pages.values():
            page.cells = None
        self.dataChanged.emit(self.index(0, 0), self.index(len(self._rids) - 1, len(self.columns) - 1),
                              [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole])

    # --- access ---------------------------------------------------------------------------------

    def record(self, row: int) -> RecordView | None:
        """The record shown in a row, without long text fields no column shows (use ws.get for all)."""
        if not 0 <= row < len(self._rids):
            return None
        page = self._page(row // PAGE)
        i = row % PAGE
        return None if page.ids[i] is None else self._view(page, i)

    def row_of(self, rec_id: str) -> int:
        """The row showing a record, or -1."""
        rid = self._reads.rid_of(rec_id)
        if rid is None:
            return -1
        if self._row_of is None:
            self._row_of = {r: i for i, r in enumerate(self._rids)}
        return self._row_of.get(rid, -1)

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.reload()

    def set_extra(self, extra: list[Condition]) -> None:
        """Extra conditions (services.record_pages makes them from a section's own filter widgets)."""
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
        number = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if self.columns[number].align_right else None
        row = index.row()
        if row >= len(self._rids):
            return None
        page = self._page(row // PAGE)
        i = row % PAGE
        return None if page.ids[i] is None else self._cell_data(page, i, number, role)

    def _cell_data(self, page: _Page, i: int, number: int, role: int) -> Any:
        """What row `i` of a page (a record there) shows in column `number` for `role`."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells(page)[i * len(self.columns) + number]
        if role == Qt.ItemDataRole.ToolTipRole:  # a title from a teammate is no markup
            return plain_tooltip(self._cells(page)[i * len(self.columns) + number])
        if role == IdRole:
            return page.ids[i]
        view = self._view(page, i)
        if role == RecordRole:
            return view
        return self._field(view, self.columns[number].key)  # SortValueRole

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
        self._drop_pages()
        # Persistent indexes cannot follow a re-sort done in SQL: drop them.
        for idx in self.persistentIndexList():
            self.changePersistentIndex(idx, QModelIndex())
        self.layoutChanged.emit()

    # --- change sets ------------------------------------------------------------------------------

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        others = bool(changes.types - {self.type_name, "link"})
        if changes.types and self.type_name not in changes.types and "link" not in changes.types:
            self._reformat()  # a cell may show another record (a practice's city by name)
            return
        if changes.created or changes.deleted or changes.restored:
            self.reload()
            return
        if changes.updated:
            self._drop_updated_pages(changes.updated)
        if others:
            self._reformat()

    def _drop_updated_pages(self, updated: set[str]) -> None:
        """Forget the pages holding an updated record; their rows are read again when shown."""
        touched = [n for n, page in self._pages.items() if not updated.isdisjoint(page.ids)]
        if touched:
            self._last_number, self._last_page = -1, None
        for number in touched:
            del self._pages[number]
            first = number * PAGE
            last = min(first + PAGE, len(self._rids)) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
