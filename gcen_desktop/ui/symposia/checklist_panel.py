"""ChecklistPanel: the prep checklist with progress, a line to add items, and reorder keys."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import ChangeSet
from ..commands import CreateRecordCommand, DeleteRecordCommand
from ..context import AppContext
from ..forms.record_form import RecordForm
from ..widgets.kept_selection import KeptSelection
from .checklist_model import ChecklistModel, IdRole


class ChecklistPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = ChecklistModel(ctx, self)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Checklist progress"))
        self.progress_label = QLabel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Preparation checklist"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.list.setSpacing(2)
        # a long item wraps in a narrow window instead of running off to the side
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.installEventFilter(self)
        self._kept = KeptSelection(self.list, IdRole)  # a teammate's item or an undo: still here
        self.new_item = QLineEdit(self)
        self.new_item.setPlaceholderText(self.tr("Add an item, e.g. “Book flights”, and press Enter"))
        self.new_item.setAccessibleName(self.tr("New checklist item"))
        self.add_button = QPushButton(self.tr("Add"), self)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete checklist item"))
        hint = QLabel(self.tr("Space ticks an item; Ctrl+Up / Ctrl+Down moves it; F2 renames it."), self)
        hint.setObjectName("Muted")
        hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.progress_label)
        top.addWidget(self.progress, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.new_item, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        # the selected item's owner and due date
        self.details = RecordForm(ctx, "checklist_item", [("owner", self.tr("Owner")), ("due", self.tr("Due"))], self)
        layout.addWidget(self.details)
        layout.addLayout(add_row)
        layout.addWidget(hint)
        self.new_item.returnPressed.connect(self.add_item)
        self.add_button.clicked.connect(self.add_item)
        self.delete_button.clicked.connect(self.delete_selected)
        self.model.modelReset.connect(self._update)
        self.model.dataChanged.connect(lambda *_: self._update())
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_details())
        self._update()

    def set_symposium(self, rec: str | None) -> None:
        self.model.set_symposium(rec)
        self.setEnabled(rec is not None)

    def refresh(self, changes: ChangeSet) -> None:
        self.model.refresh(changes)
        shown = self.details.view
        if shown is not None and (shown.id in changes.ids or shown.id in changes.deleted or "member" in changes.types):
            self._show_details()

    def _show_details(self) -> None:
        index = self.list.currentIndex()
        row = index.row() if index.isValid() else -1
        self.details.load(self.model.rows[row] if 0 <= row < len(self.model.rows) else None)

    def _update(self) -> None:
        if not self.list.currentIndex().isValid() and self.details.view is not None:
            self.details.load(None)
        done, total = self.model.progress()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("%1 of %Ln done", "", total).replace("%1", QLocale().toString(done)) if total
                                    else self.tr("Nothing to prepare yet"))

    def add_item(self) -> None:
        title = self.new_item.text().strip()
        if not title or not self.model.symposium_id:
            return
        self.new_item.clear()
        self.ctx.undo_stack.push(CreateRecordCommand(
            self.ctx, "checklist_item", {"symposium": self.model.symposium_id, "title": title},
            text=self.tr("Add checklist item")))

    def delete_selected(self) -> None:
        ids = [self.model.rows[i.row()].id for i in self.list.selectionModel().selectedIndexes()]
        if not ids:
            return
        self.ctx.undo_stack.beginMacro(self.tr("Delete checklist items"))
        for rec in ids:
            self.ctx.undo_stack.push(DeleteRecordCommand(self.ctx, rec, self.tr("Delete checklist item")))
        self.ctx.undo_stack.endMacro()

    def delete_focused(self, _focus: QWidget) -> bool:
        """Delete with focus here removes the selected checklist items, never the symposium."""
        self.delete_selected()
        return True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if obj is self.list and event.type() == event.Type.KeyPress:
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                row = self.list.currentIndex().row()
                new_row = self.model.move_by(row, -1 if event.key() == Qt.Key.Key_Up else 1)
                self.list.setCurrentIndex(self.model.index(new_row))
                return True
            if self.list.state() != QAbstractItemView.State.EditingState and event.matches(QKeySequence.StandardKey.Delete):
                self.delete_selected()
                return True
        return super().eventFilter(obj, event)
