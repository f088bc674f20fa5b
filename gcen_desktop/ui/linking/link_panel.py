"""LinkedRecordsPanel: the records one record links to with one kind of link, with Add and Remove."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.views import RecordView
from ...services.changes import ChangeSet
from .. import prompts
from ..commands import LinkCommand
from ..context import AppContext
from ..widgets.columns_layout import ColumnsLayout
from ..widgets.two_line_delegate import TwoLineDelegate
from .linked_model import IdRole, LinkedRecordModel
from .record_picker import RecordPickerDialog


class LinkedRecordsPanel(QWidget):
    """Links of `kind` from the current record to records of `types`.

    With `reverse=True` it lists the records that link TO the current one (read-only, e.g. the
    plans that adapt a practice); with `fetch` it lists what fetch(record id) returns (read-only).
    Double-click or Enter opens a record.
    """

    def __init__(self, ctx: AppContext, kind: str, types: tuple[str, ...], heading: str, *,
                 empty_text: str, reverse: bool = False, picker_title: str = "",
                 fetch: Callable[[str], list[RecordView]] | None = None,
                 detail: Callable[[RecordView], str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.types = types
        self.reverse = reverse or fetch is not None
        self.custom_fetch = fetch
        self.picker_title = picker_title or heading
        self.rec_id: str | None = None
        self.heading = QLabel(heading, self)
        self.heading.setObjectName("CardTitle")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.model = LinkedRecordModel(self._fetch, show_type=len(types) > 1, detail=detail, parent=self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setAccessibleName(heading)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.activated.connect(self._on_list_activated)
        self.empty = QLabel(empty_text, self)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.setAccessibleName(self.tr("Add to %s") % heading)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove from %s") % heading)
        self.add_button.clicked.connect(self.add_links)
        self.remove_button.clicked.connect(self.remove_selected)
        self.add_button.setVisible(not self.reverse)
        self.remove_button.setVisible(not self.reverse)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        self.heading.setWordWrap(True)
        buttons = QWidget(self)
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.addStretch(1)
        button_row.addWidget(self.add_button)
        button_row.addWidget(self.remove_button)
        top = ColumnsLayout(stretch=(1, 0), spacing=6)  # the buttons under the heading when narrow
        top.addWidget(self.heading)
        top.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        self.list.installEventFilter(self)
        self.set_record(None)

    def _fetch(self) -> list[RecordView]:
        if not self.rec_id:
            return []
        if self.custom_fetch is not None:
            return self.custom_fetch(self.rec_id)
        if self.reverse:
            return [v for v in self.ctx.ws.backlinks(self.rec_id, self.kind) if v.type in self.types]
        return [v for v in self.ctx.ws.linked(self.rec_id, self.kind) if v.type in self.types]

    def set_record(self, rec_id: str | None) -> None:
        self.rec_id = rec_id
        self.reload()

    def reload(self) -> None:
        self.model.reload()
        has_rows = self.model.rowCount() > 0
        self.list.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        self.setEnabled(self.rec_id is not None)
        self._update_buttons()

    def refresh(self, changes: ChangeSet) -> None:
        if not self.rec_id:
            return
        if self.custom_fetch is not None and changes.types & set(self.types):
            self.reload()
        elif "link" in changes.types or changes.ids & set(self.model.ids()):
            self.reload()
        elif changes.restored and changes.types & set(self.types):
            self.reload()  # a linked record back from the trash (an undone delete): its link never went

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectionModel().selectedIndexes()))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt override)
        if obj is self.list and event.type() == event.Type.KeyPress and not self.reverse:
            if event.matches(QKeySequence.StandardKey.Delete):
                self.remove_selected()
                return True
        return super().eventFilter(obj, event)

    def delete_focused(self, _focus: QWidget) -> bool:
        """Delete with focus here removes the selected links, never the record they start from
        (a read-only list removes nothing)."""
        if not self.reverse:
            self.remove_selected()
        return True

    # --- actions ----------------------------------------------------------------------------------

    def add_links(self) -> None:
        if not self.rec_id:
            return
        dialog = RecordPickerDialog(self.ctx, self.types, self.picker_title,
                                    exclude=set(self.model.ids()) | {self.rec_id}, parent=self)
        if prompts.run_dialog(dialog) != RecordPickerDialog.DialogCode.Accepted.value:
            return
        self.link_ids(dialog.chosen_ids())

    def link_ids(self, ids: list[str]) -> None:
        if not self.rec_id or not ids:
            return
        stack = self.ctx.undo_stack
        if len(ids) > 1:
            stack.beginMacro(self.tr("Add %Ln links", "", len(ids)))
        for target in ids:
            stack.push(LinkCommand(self.ctx, self.kind, self.rec_id, target,
                                   self.tr("Link %s") % self.ctx.ws.label(target)))
        if len(ids) > 1:
            stack.endMacro()

    def remove_selected(self) -> None:
        if not self.rec_id:
            return
        rows = sorted({i.row() for i in self.list.selectionModel().selectedIndexes()})
        ids = [self.model.rows[r].id for r in rows]
        if not ids:
            return
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Remove %Ln links", "", len(ids)))
        for target in ids:
            stack.push(LinkCommand(self.ctx, self.kind, self.rec_id, target,
                                   self.tr("Unlink %s") % self.ctx.ws.label(target), remove=True))
        stack.endMacro()

    def _on_list_activated(self, index) -> None:
        rec = index.data(IdRole)
        if rec:
            self.ctx.sig_open_record.emit(rec)
