"""ActionTableView: the action table with drag to reorder and Ctrl+Up / Ctrl+Down to move a row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ..context import AppContext
from ..widgets.column_fit import TitleColumnKeeper
from ..widgets.kept_selection import KeptSelection
from .action_delegate import ActionDelegate
from .action_model import (
    COL_ACCOUNTABLE,
    COL_DUE,
    COL_MILESTONE,
    COL_RESPONSIBLE,
    COL_STATUS,
    COL_TITLE,
    ActionTableModel,
    IdRole,
)


class ActionTableView(QTableView):
    def __init__(self, ctx: AppContext, model: ActionTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegate(ActionDelegate(ctx, self))
        self.setAccessibleName(self.tr("Actions of the goal"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 14)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        # A goal holds a handful of actions: fitting the columns to their contents is cheap here.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        # Narrow (a laptop, a long language): the milestone, accountable, status, due and responsible
        # columns give way to the title, in that order (the board still shows who and when).
        TitleColumnKeeper(self, give_way=(COL_MILESTONE, COL_ACCOUNTABLE, COL_STATUS, COL_DUE, COL_RESPONSIBLE))
        self._kept = KeptSelection(self, IdRole)  # a reload (a move, an undo) keeps the selected actions

    def current_row(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def move_current(self, delta: int) -> None:
        row = self.current_row()
        model: ActionTableModel = self.model()  # type: ignore[assignment]
        if row < 0:
            return
        column = max(self.currentIndex().column(), 0)
        new_row = model.move_by(row, delta)
        self.setCurrentIndex(model.index(new_row, column))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        mods = event.modifiers()
        if mods & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)
