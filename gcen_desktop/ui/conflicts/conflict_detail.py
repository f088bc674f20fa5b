"""ConflictDetail: everything to settle about one record — deleted-vs-edited and each field."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.views import RecordView
from ..commands import DeleteRecordCommand
from ..context import AppContext
from ..deleting import confirm_delete
from ..forms.values import field_label, type_name
from ..safe_text import plain_label, visible
from .commands import KeepRecordCommand, ResolveFieldCommand
from .conflict_model import shown_conflicts
from .field_conflict import FieldConflictBox
from .writers import WriterNames


class ConflictDetail(QScrollArea):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: RecordView | None = None
        self.boxes: dict[str, FieldConflictBox] = {}
        self.keep_button: QPushButton | None = None
        self.delete_button: QPushButton | None = None
        self.setWidgetResizable(True)
        self.show_record(None)

    def _clear(self) -> None:
        """A fresh page: the scroll area deletes the previous one with everything on it."""
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(20, 16, 20, 16)
        self._layout.setSpacing(14)
        self.setWidget(self._body)
        self.boxes = {}
        self.keep_button = self.delete_button = None

    def show_record(self, rec: str | None, *, empty_text: str = "") -> None:
        view = self.ctx.ws.find(rec) if rec else None
        if view is not None and view.deleted:
            view = None
        self.view = view
        self._clear()
        if view is None:
            empty = QLabel(empty_text or self.tr("Choose a record on the left to see what differs and settle it."),
                           self._body)
            empty.setObjectName("EmptyState")
            empty.setWordWrap(True)
            self._layout.addWidget(empty)
            self._layout.addStretch(1)
            return
        title = plain_label(visible(view.title or "—"), self._body)  # titles come from teammates too
        title.setObjectName("SectionTitle")
        title.setWordWrap(True)
        open_button = QPushButton(self.tr("Open %s") % type_name(view.type).lower(), self._body)
        open_button.clicked.connect(lambda: self.ctx.sig_open_record.emit(view.id))
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(open_button, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addLayout(head)
        writers = WriterNames(self.ctx.ws)
        if view.del_conflict or view.kept_alive:
            self._layout.addWidget(self._deletion_box(view, writers))
        self._add_field_boxes(view, writers)
        self._layout.addStretch(1)

    def _add_field_boxes(self, view: RecordView, writers: WriterNames) -> None:
        """A box per conflicted field, then per auto-merged one."""
        conflicted = shown_conflicts(view)
        fields = sorted(set(conflicted) | set(view.merged), key=lambda f: (f not in conflicted, f))
        for f in fields:
            heads = self.ctx.ws.field_versions(view.id, f)
            box = FieldConflictBox(self.ctx.ws, writers, view.type, f, heads, view.data.get(f),
                                   auto_merged=f in view.merged and f not in view.conflicts, parent=self._body)
            box.sig_resolve.connect(self._on_box_resolve)
            self.boxes[f] = box
            self._layout.addWidget(box)

    def _deletion_box(self, view: RecordView, writers: WriterNames) -> QWidget:
        box = QFrame(self._body)
        box.setObjectName("Card")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(14, 12, 14, 12)
        heading = QLabel(self.tr("Deleted on one side, edited on the other"), box)
        heading.setObjectName("CardTitle")
        deleters = self._deleters(view, writers)
        if view.del_conflict:
            text = self.tr("%s deleted this %s, but it was edited after they last saw it. Keep it with the edits, "
                     "or delete it again.") % (deleters or self.tr("A teammate"), type_name(view.type).lower())
        else:
            text = self.tr("This %s was deleted, but a teammate added to it or changed something under it "
                     "at the same time, so it is still here. Keep it, or delete it again with "
                     "everything under it.") % type_name(view.type).lower()
        body = plain_label(text, box)  # it names who deleted the record
        body.setWordWrap(True)
        self.keep_button = QPushButton(self.tr("Keep it"), box)
        self.keep_button.setAccessibleName(self.tr("Keep the record"))
        self.delete_button = QPushButton(self.tr("Delete it again"), box)
        self.delete_button.setAccessibleName(self.tr("Delete the record again"))
        self.keep_button.clicked.connect(self.keep)
        self.delete_button.clicked.connect(self.delete_again)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.delete_button)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addLayout(row)
        return box

    def _deleters(self, view: RecordView, writers: WriterNames) -> str:
        return " & ".join(writers.name(r) for r in self.ctx.ws.deleted_by(view.id))

    # --- decisions ---------------------------------------------------------------------------------

    def _on_box_resolve(self, field: str, value: Any) -> None:
        self.resolve(field, value)

    def resolve(self, field: str, value: Any) -> None:
        if self.view is None:
            return
        self.ctx.undo_stack.push(ResolveFieldCommand(
            self.ctx, self.view.id, field, value, self.tr("Settle %s") % field_label(field).lower()))

    def keep(self) -> None:
        if self.view is not None:
            self.ctx.undo_stack.push(KeepRecordCommand(self.ctx, self.view.id, self.tr("Keep %s") % self.view.title))

    def delete_again(self) -> None:
        if self.view is not None and confirm_delete(self, self.ctx, self.view.id):
            self.ctx.undo_stack.push(DeleteRecordCommand(
                self.ctx, self.view.id, self.tr("Delete %s again") % self.view.title))
