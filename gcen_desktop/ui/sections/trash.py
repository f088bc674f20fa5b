"""Trash: records deleted here or by teammates, newest first, each restorable (with its children)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedLayout,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.views import RecordView
from ...services.changes import ChangeSet
from .. import prompts
from ..commands import RestoreRecordCommand
from ..context import AppContext
from ..forms.values import type_name
from ..widgets.section_parts import EmptyState, SectionHeader, when_changed
from ..widgets.selected_rows import selected_rows
from .base import Section

IdRole = Qt.ItemDataRole.UserRole + 1
SHOWN = 5000  # the most recent deletions; older ones stay restorable from the CLI


class TrashModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._rows: list[RecordView] = []
        self.headers = [self.tr("Name"), self.tr("Kind"), self.tr("Deleted")]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.ctx.ws.trash(limit=SHOWN)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        view = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (view.title or type_name(view.type), type_name(view.type), when_changed(view.updated))[index.column()]
        if role == IdRole:
            return view.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self.headers[section]
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        names[IdRole] = QByteArray(b"recordId")
        return names

    def record_id(self, row: int) -> str | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None


class TrashSection(Section):
    key = "trash"
    icon_name = "trash"
    record_types = ()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("TrashSection", "Trash")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        self.header = SectionHeader(self.title(), self, self.tr("Deleted records stay here until you restore them or delete them permanently."))
        self.restore_button = self.header.add_button(self.tr("Restore"), "open", primary=True,
                                                     accessible=self.tr("Restore the selected records"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = self.header.add_button(self.tr("Delete permanently"), "trash",
                                                   accessible=self.tr("Delete the selected records permanently"))
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button = self.header.add_button(self.tr("Empty trash"), accessible=self.tr("Empty the trash"))
        self.empty_button.clicked.connect(self.empty_trash)
        layout.addWidget(self.header)
        self.model = TrashModel(ctx, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Deleted records"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().resizeSection(1, 160)
        self.table.horizontalHeader().resizeSection(2, 140)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.empty = EmptyState(self.tr("The trash is empty. Anything you delete appears here and can be restored."), self)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addLayout(self.stack, 1)
        self._update_buttons()

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is not None and not (changes.deleted or changes.restored or changes.created):
            return
        self.model.reload()
        self._update_buttons()

    def _update_buttons(self) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty if empty else self.table)
        selected = bool(selected_rows(self.table))
        for button in (self.restore_button, self.purge_button, self.empty_button):
            button.setVisible(not empty)
        self.restore_button.setEnabled(selected)
        self.purge_button.setEnabled(selected)

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in selected_rows(self.table))
        return [r for r in (self.model.record_id(row) for row in rows) if r]

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        stack = self.ctx.undo_stack
        asked = set(ids)
        back: set[str] = set()
        waiting = [len(ids)]

        def done(changes: object) -> None:
            # told once every restore has run, counting the records that are back
            if isinstance(changes, ChangeSet):
                back.update(changes.restored & asked)
            waiting[0] -= 1
            if waiting[0] == 0 and back:
                self.ctx.sig_status.emit(self.tr("Restored %Ln records.", "", len(back)))

        if len(ids) > 1:
            stack.beginMacro(self.tr("Restore %Ln records", "", len(ids)))
        for rec in ids:
            stack.push(RestoreRecordCommand(self.ctx, rec, self.tr("Restore from trash"), on_done=done))
        if len(ids) > 1:
            stack.endMacro()

    # --- deleting permanently ----------------------------------------------------------------------

    def _teammates_note(self) -> str:
        return self.tr("Teammates who already have them keep them: your deletion reaches them with your "
                       "bundles, and their copies stay in their own trash until they empty theirs.")

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = self.tr("Delete the selected records permanently? What they say is removed from this "
                       "computer; they cannot be restored, and this cannot be undone.")
        if prompts.confirm(self, self.tr("Delete permanently"), text + "\n\n" + self._teammates_note(),
                           ok_label=self.tr("Delete permanently")):
            ws = self.ctx.ws
            self._purge(lambda: ws.purge(ids))

    def delete_selected(self) -> None:
        """Delete (Edit › Delete) in the trash: delete the selection permanently, after asking."""
        self.purge_selected()

    def empty_trash(self) -> None:
        if self.model.rowCount() == 0:
            return
        text = self.tr("Delete everything in the trash permanently? What it says is removed from this "
                       "computer; nothing in it can be restored, and this cannot be undone.")
        if prompts.confirm(self, self.tr("Empty trash"), text + "\n\n" + self._teammates_note(),
                           ok_label=self.tr("Empty trash")):
            ws = self.ctx.ws
            self._purge(ws.empty_trash)

    def _purge(self, job: Any) -> None:
        def done(changes: Any) -> None:
            # Undo steps may name what is gone now: they could only fail.
            self.ctx.undo_stack.clear()
            self.ctx.sig_status.emit(self.tr("Deleted permanently."))

        self.ctx.run_write(job, done, parent_widget=self)

    def badge(self) -> int:
        return 0
