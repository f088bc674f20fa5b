"""RecordListPanel: a heading with a New button, a title filter and a windowed table of one type."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.queries import Filters
from ..context import AppContext
from ..models.record_table import Column, IdRole, RecordTableModel
from ..widgets.column_fit import TitleColumnKeeper
from ..widgets.columns_layout import ColumnsLayout
from ..widgets.section_parts import whole_words


class RecordListPanel(QWidget):
    """Records of one type; sorting and the title filter run in SQL (RecordTableModel)."""

    sig_current_changed = Signal(object)  # record id or None
    sig_new = Signal()

    def __init__(self, ctx: AppContext, type_name: str, columns: list[Column], *, heading: str,
                 new_label: str, filter_label: str, empty_text: str, no_match_text: str,
                 order: str = "title", descending: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.empty_text, self.no_match_text = empty_text, no_match_text
        title = QLabel(heading, self)
        title.setObjectName("SectionTitle")
        title.ensurePolished()  # the stylesheet's title font, to measure its words
        whole_words(title)  # a long title in another language wraps rather than pushing the button out
        self.new_button = QPushButton(new_label, self)
        self.new_button.setAccessibleName(new_label)
        self.new_button.clicked.connect(self.sig_new.emit)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(filter_label)
        self.filter.setAccessibleName(filter_label)
        self.filter.setClearButtonEnabled(True)
        self.model = RecordTableModel(ctx, type_name, columns, order=order, descending=descending, parent=self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(heading)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(
            next((i for i, c in enumerate(columns) if c.key == order), 0),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for i in range(1, len(columns)):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(i, 96)
        TitleColumnKeeper(self.table)  # narrow: the other columns give way to the title
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("EmptyState")
        top = ColumnsLayout(stretch=(1, 0), spacing=8)  # the button under the title when narrow
        top.addWidget(title)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 8, 12)
        layout.addLayout(top)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._current: str | None = None
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.layoutChanged.connect(self._on_model_reset)
        self._update_empty()

    def _on_filter_text_changed(self, text: str) -> None:
        self.model.set_filters(Filters(text=text.strip() or None))

    def _on_table_current_changed(self, current, _previous) -> None:
        rec = current.data(IdRole) if current.isValid() else None
        if rec != self._current:
            self._current = rec
            self.sig_current_changed.emit(rec)

    def _on_model_reset(self) -> None:
        self._update_empty()
        if self._current and not self.select(self._current):
            self._current = None
            self.sig_current_changed.emit(None)

    def _update_empty(self) -> None:
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        self.empty.setText(self.no_match_text if self.filter.text().strip() else self.empty_text)

    def current(self) -> str | None:
        return self._current

    def select(self, rec: str) -> bool:
        row = self.model.row_of(rec)
        if row < 0:
            if self.filter.text():
                self.filter.clear()
                row = self.model.row_of(rec)
            if row < 0:
                return False
        self._current = rec
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.model.rowCount():
            rec = self.model.index(0, 0).data(IdRole)
            if rec and self.select(rec):
                self.sig_current_changed.emit(rec)
