"""The detail pane of a reading: its fields, my status, the team's statuses, tags and the PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.schema import READING_STATUSES
from ...domain.views import RecordView
from ...services.changes import ChangeSet
from ..commands import SetReadingStatusCommand, SetTagsCommand
from ..context import AppContext
from ..forms.record_form import RecordForm
from ..forms.values import value_name
from .attachments_panel import AttachmentsPanel
from .section_parts import EmptyState
from .tag_editor import TagEditor


class ReadingDetail(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: RecordView | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 0, 0, 0)
        self.empty = EmptyState(self.tr("Choose a reading on the left, or press “Add reading”."), self)
        outer.addWidget(self.empty)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll, 1)
        body = QWidget(self.scroll)
        self.scroll.setWidget(body)
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 8, 0)
        box.setSpacing(12)
        status_form = QFormLayout()
        status_form.setHorizontalSpacing(12)
        self.my_status = QComboBox(body)
        self.my_status.setAccessibleName(self.tr("My reading status"))
        for status in READING_STATUSES:
            self.my_status.addItem(value_name(status), status)
        self.my_status.activated.connect(self._on_my_status_activated)
        status_form.addRow(self.tr("My status"), self.my_status)
        self.team_status = QLabel(body)
        self.team_status.setTextFormat(Qt.TextFormat.PlainText)  # teammates' names
        self.team_status.setObjectName("Muted")
        self.team_status.setWordWrap(True)
        self.team_status.setAccessibleName(self.tr("Reading status of each teammate"))
        status_form.addRow(self.tr("Team"), self.team_status)
        box.addLayout(status_form)
        self.form = RecordForm(ctx, "reading_item", [
            ("title", self.tr("Title")), ("authors", self.tr("Authors")), ("year", self.tr("Year")),
            ("kind", self.tr("Type")), ("container", self.tr("Published in")), ("publisher", self.tr("Publisher")), ("url", self.tr("Web address")),
            ("doi", self.tr("DOI")), ("assigned_to", self.tr("Assigned to")),
            ("working_group", self.tr("Working group")), ("language", self.tr("Language")),
            ("why_it_matters", self.tr("Why it matters")), ("abstract", self.tr("Abstract")),
        ], body)
        box.addWidget(self.form)
        self.tags = TagEditor(body)
        self.tags.sig_tags_edited.connect(self._on_tags_sig_tags_edited)
        self.form.add_row(self.tr("Tags"), self.tags)  # labelled like the fields above it
        self.attachments = AttachmentsPanel(ctx, body, title=self.tr("PDF and files"))
        box.addWidget(self.attachments)
        box.addStretch(1)
        self.load(None)

    def load(self, view: RecordView | None) -> None:
        self.view = view
        self.empty.setVisible(view is None)
        self.scroll.setVisible(view is not None)
        if view is None:
            return
        self.form.load(view)
        statuses = self.ctx.ws.reading_statuses(view.id)
        me = self.ctx.ws.me
        self.my_status.setEnabled(bool(me))
        self.my_status.setToolTip("" if me else self.tr("Choose who you are in Preferences to keep your own status."))
        self.my_status.setCurrentIndex(max(0, self.my_status.findData(statuses.get(me or "", "to_read"))))
        others = [
            f"{self.ctx.ws.label(member)}: {value_name(status)}"
            for member, status in sorted(statuses.items(), key=lambda kv: self.ctx.ws.label(kv[0]))
            if member != me
        ]
        self.team_status.setText("; ".join(others) if others else self.tr("No teammate has marked it yet."))
        self.tags.set_choices([t for t, _n in self.ctx.ws.all_tags()])
        self.tags.set_tags(self.ctx.ws.tags_of(view.id))
        self.attachments.load(view.id)

    def _on_my_status_activated(self, _index: int) -> None:
        if self.view is None:
            return
        status = self.my_status.currentData()
        current = self.ctx.ws.reading_statuses(self.view.id).get(self.ctx.ws.me or "")
        if status != current:
            self.ctx.undo_stack.push(SetReadingStatusCommand(
                self.ctx, self.view.id, status, self.tr("Mark as %s") % value_name(status).lower()))

    def _on_tags_sig_tags_edited(self, tags: list[str]) -> None:
        if self.view is not None:
            self.ctx.undo_stack.push(SetTagsCommand(self.ctx, self.view.id, tags, self.tr("Change tags")))

    def on_changes(self, changes: ChangeSet) -> None:
        if self.view is None:
            return
        if self.view.id in changes.deleted:
            self.load(None)
            return
        if self.view.id in changes.ids or changes.types & {"link", "reading_status", "attachment", "member"}:
            view = self.ctx.ws.find(self.view.id)
            self.load(view if view is not None and not view.deleted else None)
