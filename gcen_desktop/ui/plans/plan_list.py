"""PlanListPanel: the plans of the workspace, filtered by status and title, sorted in SQL."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.schema import PLAN_STATUSES
from ...services.queries import Filters
from ..context import AppContext
from ..forms.values import value_name
from ..models.record_table import Column, IdRole, RecordTableModel
from ..widgets.column_fit import TitleColumnKeeper
from ..widgets.columns_layout import ColumnsLayout
from ..widgets.section_parts import whole_words
from .new_plan_dialog import BLANK


def plan_columns() -> list[Column]:
    return [
        Column("title", QCoreApplication.translate("PlanListPanel", "Plan")),
        Column("stage", QCoreApplication.translate("PlanListPanel", "Stage"), display=lambda v: value_name(v.data.get("stage"))),
        Column("status", QCoreApplication.translate("PlanListPanel", "Status"), display=lambda v: value_name(v.data.get("status"))),
    ]


class PlanFilterBar(QWidget):
    sig_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Filter plans by title"))
        self.text.setAccessibleName(self.tr("Filter plans by title"))
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Plan status"))
        self.status.addItem(self.tr("Any status"), None)
        for status in PLAN_STATUSES:
            self.status.addItem(value_name(status), status)
        # side by side when the title filter keeps room for its words ("Filtrer…" was cut to "Fi…"),
        # else the status under it
        layout = ColumnsLayout(self, stretch=(3, 2), spacing=6, column_width=150)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text)
        layout.addWidget(self.status)
        self.text.textChanged.connect(lambda _t: self.sig_changed.emit())
        self.status.currentIndexChanged.connect(lambda _i: self.sig_changed.emit())

    def filters(self) -> Filters:
        return Filters(text=self.text.text().strip() or None, status=self.status.currentData())


class PlanListPanel(QWidget):
    sig_current_changed = Signal(object)  # plan id or None
    sig_new_plan = Signal(str)  # template key ('' = blank)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        heading = QLabel(self.tr("Action plans"), self)
        heading.setObjectName("SectionTitle")
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("Action")
        self.new_button.setText(self.tr("New plan"))
        self.new_button.setAccessibleName(self.tr("New plan"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.new_button.clicked.connect(lambda: self.sig_new_plan.emit(BLANK))
        menu = QMenu(self.new_button)
        menu.addAction(self.tr("Blank plan…")).triggered.connect(lambda: self.sig_new_plan.emit(BLANK))
        menu.addAction(self.tr("From the cycle of inquiry…")).triggered.connect(
            lambda: self.sig_new_plan.emit("inquiry_cycle"))
        menu.addAction(self.tr("From innovation at scale…")).triggered.connect(
            lambda: self.sig_new_plan.emit("innovation_at_scale"))
        self.new_button.setMenu(menu)
        self.filter_bar = PlanFilterBar(self)
        self.model = RecordTableModel(ctx, "action_plan", plan_columns(), parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("planTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Action plans"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(2, 70)
        TitleColumnKeeper(self.table)  # narrow: the other columns give way to the title
        self.empty = QLabel(self.tr("No plans yet. Start one with “New plan” — from a blank page or "
                                    "from the cycle of inquiry."), self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("EmptyState")
        heading.ensurePolished()  # the stylesheet's title font, to measure its words
        whole_words(heading)
        top = ColumnsLayout(stretch=(1, 0), spacing=8)  # the button under the title when narrow
        top.addWidget(heading)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 8, 12)
        layout.addLayout(top)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._current: str | None = None
        self.filter_bar.sig_changed.connect(self._on_filter_bar_changed)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.model.layoutChanged.connect(self._on_model_reset)
        self._update_empty()

    def _on_filter_bar_changed(self) -> None:
        self.model.set_filters(self.filter_bar.filters())

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
        filtered = bool(self.filter_bar.filters().text or self.filter_bar.filters().status)
        if empty and filtered:
            self.empty.setText(self.tr("No plan matches the filter. Clear it to see every plan."))
        elif empty:
            self.empty.setText(self.tr("No plans yet. Start one with “New plan” — from a blank page or "
                                       "from the cycle of inquiry."))

    def select(self, rec: str) -> bool:
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
            if rec:
                self.select(rec)
                self.sig_current_changed.emit(rec)
