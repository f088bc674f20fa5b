"""A filterable, sortable list of records (a RecordTableModel in a table view) with an empty state."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..models.record_table import Column, IdRole, RecordTableModel
from .column_fit import TitleColumnKeeper
from .section_parts import EmptyState
from .selected_rows import selected_rows


class RecordListPane(QWidget):
    """Filter box + table. `sig_current_changed(id or '')` follows the selection."""

    sig_current_changed = Signal(str)

    def __init__(self, ctx: AppContext, type_name: str, columns: list[Column], *, empty_text: str,
                 filter_placeholder: str, order: str = "title", descending: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.filter_row = QHBoxLayout()
        self.filter_row.setSpacing(8)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(filter_placeholder)
        self.filter_edit.setAccessibleName(filter_placeholder)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_row.addWidget(self.filter_edit, 1)
        layout.addLayout(self.filter_row)
        self.extra_row = QHBoxLayout()  # sections add their filter combos here
        self.extra_row.setSpacing(8)
        layout.addLayout(self.extra_row)
        self.model = RecordTableModel(ctx, type_name, columns, order=order, descending=descending, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(False)
        vertical = self.table.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(30)
        header = self.table.horizontalHeader()
        for number, column in enumerate(columns):
            if column.width:
                header.resizeSection(number, column.width)
            else:
                header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        TitleColumnKeeper(self.table)  # narrow: the other columns give way to the title
        header.setSortIndicator(
            next((i for i, c in enumerate(columns) if c.key == order), 0),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )
        self.table.setSortingEnabled(True)  # after the indicator: the model is already in that order
        for number, column in enumerate(columns):  # a heading is never cut by its sort arrow ("Anné")
            if column.width:
                header.resizeSection(number, max(column.width, header.sectionSizeHint(number)))
        self.empty = EmptyState(empty_text, self)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addLayout(self.stack, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._debounce.start())
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_current_row_changed)
        self._kept = ""
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_change)
        self.model.layoutAboutToBeChanged.connect(self._on_model_about_to_change)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.layoutChanged.connect(self._on_model_reset)
        self._update_empty()



    def apply_filter(self) -> None:
        self._debounce.stop()
        current = self.current_id()
        text = self.filter_edit.text().strip() or None
        self.model.filters = replace(self.model.filters, text=text)
        self.model.reload()
        if current:
            self.select(current, notify=False)

    def _update_empty(self) -> None:
        self.stack.setCurrentWidget(self.empty if self.model.rowCount() == 0 else self.table)

    def _on_model_about_to_change(self, *_args: object) -> None:
        self._kept = self.current_id()

    def _on_model_reset(self, *_args: object) -> None:
        """Keep the same record selected across reloads and re-sorts (or say none is)."""
        self._update_empty()
        kept, self._kept = self._kept, ""
        if kept and not self.select(kept, notify=False):
            self.sig_current_changed.emit("")

    def _on_selection_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.sig_current_changed.emit(current.data(IdRole) or "" if current.isValid() else "")

    def current_id(self) -> str:
        index = self.table.currentIndex()
        return index.data(IdRole) or "" if index.isValid() else ""

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in selected_rows(self.table)})
        return [self.model.index(r, 0).data(IdRole) for r in rows]

    def select(self, rec_id: str, *, notify: bool = True) -> bool:
        row = self.model.row_of(rec_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        selection = self.table.selectionModel()
        if not notify:
            selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        if not notify:
            selection.blockSignals(False)
        self.table.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.model.rowCount():
            self.table.selectRow(0)
