"""AgendaPanel: the agenda table with Add and Delete session, and a combo box for the kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.schema import AGENDA_KINDS
from ...services.changes import ChangeSet, Created
from ..commands import CreateRecordCommand, DeleteRecordCommand
from ..context import AppContext
from ..forms.record_form import RecordForm
from ..forms.values import value_name
from ..widgets.column_fit import TitleColumnKeeper
from ..widgets.columns_layout import ColumnsLayout
from ..widgets.kept_selection import KeptSelection
from ..widgets.selected_rows import selected_rows
from .agenda_model import COL_KIND, COL_TITLE, AgendaTableModel, EditValueRole, IdRole


class AgendaDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        if index.column() == COL_KIND:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Kind of session"))
            for kind in AGENDA_KINDS:
                combo.addItem(value_name(kind), kind)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(EditValueRole)), 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class AgendaPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = AgendaTableModel(ctx, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(AgendaDelegate(self.table))
        self.table.setAccessibleName(self.tr("Agenda"))
        TitleColumnKeeper(self.table)  # narrow: the other columns give way to the session's title
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # tens of rows at most
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.installEventFilter(self)
        self._kept = KeptSelection(self.table, IdRole)  # a session edited to another time: still selected
        self.empty = QLabel(self.tr("No sessions yet. Add the site visits, exchanges and expert talks "
                                    "with “Add session”; double-click a cell to change it."), self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.add_button = QPushButton(self.tr("Add session"), self)
        self.delete_button = QPushButton(self.tr("Delete session"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("Muted")
        self.summary.setWordWrap(True)  # gives way to the buttons beside it, never cut
        buttons = QWidget(self)
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addStretch(1)
        button_row.addWidget(self.add_button)
        button_row.addWidget(self.delete_button)
        bar = ColumnsLayout(stretch=(1, 0), spacing=6)  # the buttons under the summary when narrow
        bar.addWidget(self.summary)
        bar.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        # what a cell cannot hold: the selected session's description
        self.details = RecordForm(ctx, "agenda_item", [("description", self.tr("Description"))], self)
        self.details.editors["description"].setMaximumHeight(96)  # the table keeps the room
        layout.addWidget(self.details)
        self.add_button.clicked.connect(self.add_session)
        self.delete_button.clicked.connect(self.delete_selected)
        self.model.modelReset.connect(self._update)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_details())
        self._update()

    def set_symposium(self, rec: str | None) -> None:
        self.model.set_symposium(rec)

    def refresh(self, changes: ChangeSet) -> None:
        self.model.refresh(changes)
        shown = self.details.view
        if shown is not None and (shown.id in changes.ids or shown.id in changes.deleted):
            self._show_details()

    def _show_details(self) -> None:
        index = self.table.currentIndex()
        view = self.model.record(index.row()) if index.isValid() else None
        self.details.load(view)

    def _update(self) -> None:
        n = self.model.rowCount()
        self.table.setVisible(n > 0)
        self.empty.setVisible(n == 0)
        self.details.setVisible(n > 0)
        if not self.table.currentIndex().isValid():
            self.details.load(None)
        self.add_button.setEnabled(self.model.symposium_id is not None)
        self.delete_button.setEnabled(bool(selected_rows(self.table)))
        visits = sum(1 for r in self.model.rows if r.data.get("kind") == "site_visit")
        self.summary.setText(
            self.tr("%1 over %2, %3", "sessions over days, site visits")
            .replace("%1", self.tr("%Ln sessions", "", n))
            .replace("%2", self.tr("%Ln days", "", self.model.days()))
            .replace("%3", self.tr("%Ln site visits", "", visits)) if n else "")

    def add_session(self) -> None:
        if not self.model.symposium_id:
            return
        index = self.table.currentIndex()
        current = self.model.record(index.row()) if index.isValid() else None
        day = (current.data.get("day") if current else None) or max(self.model.days(), 1)

        def done(result) -> None:
            if isinstance(result, Created):
                row = self.model.row_of(result.rec)
                if row >= 0:
                    cell = self.model.index(row, COL_TITLE)
                    self.table.setCurrentIndex(cell)
                    self.table.edit(cell)

        self.ctx.undo_stack.push(CreateRecordCommand(
            self.ctx, "agenda_item",
            {"symposium": self.model.symposium_id, "day": day, "title": self.tr("New session")},
            text=self.tr("Add session"), on_done=done))

    def delete_selected(self) -> None:
        ids = [self.model.rows[i.row()].id for i in selected_rows(self.table)]
        if not ids:
            return
        self.ctx.undo_stack.beginMacro(self.tr("Delete sessions"))
        for rec in ids:
            self.ctx.undo_stack.push(DeleteRecordCommand(self.ctx, rec, self.tr("Delete session")))
        self.ctx.undo_stack.endMacro()

    def delete_focused(self, _focus: QWidget) -> bool:
        """Delete with focus here removes the selected sessions, never the symposium."""
        self.delete_selected()
        return True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if (obj is self.table and event.type() == event.Type.KeyPress
                and self.table.state() != QAbstractItemView.State.EditingState
                and event.matches(QKeySequence.StandardKey.Delete)):
            self.delete_selected()
            return True
        return super().eventFilter(obj, event)
