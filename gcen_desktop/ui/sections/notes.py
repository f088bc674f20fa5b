"""Notes: the list of notes (filter by text, kind, working group) and the selected note's editor."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from ...domain.schema import NOTE_KINDS
from ...interop import formats
from ...services.changes import ChangeSet, Created
from ..commands import CreateRecordCommand, DeleteRecordCommand
from ..context import AppContext
from ..forms.values import value_name
from ..models.record_table import Column
from ..plans.export import export_document, format_label
from ..widgets.flow_layout import FilterCombo, FlowLayout
from ..widgets.note_editor import NoteEditor
from ..widgets.record_list import RecordListPane
from ..widgets.section_parts import SectionHeader, when_changed, when_changed_width
from ..widgets.visible_splitter import VisibleSplitter
from .base import Section

LIST_MIN_WIDTH = 240
# Below this width the list drops its Kind column so the titles keep room to be read.
LIST_KIND_WIDTH = 400


class NotesSection(Section):
    key = "notes"
    icon_name = "notes"
    record_types = ("note",)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("NotesSection", "Notes")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.header = SectionHeader(self.title(), self, self.tr("Session notes, site visits, reflections and meetings."))
        self.new_button = self.header.add_button(self.tr("New note"), "add", primary=True)
        self.new_button.clicked.connect(self.new_record)
        self.export_button = self.header.add_button(self.tr("Export…"), "export",
                                                    accessible=self.tr("Save the open note as a document"))
        export_menu = QMenu(self.export_button)
        for fmt in formats.ids("note"):
            export_menu.addAction(format_label(fmt)).triggered.connect(lambda _c=False, f=fmt: self.export_open_note(f))
        self.export_button.setMenu(export_menu)
        self.delete_button = self.header.add_button(self.tr("Delete"), "trash", accessible=self.tr("Delete the selected notes"))
        self.delete_button.clicked.connect(self.delete_selected)
        layout.addWidget(self.header)
        self.splitter = VisibleSplitter(Qt.Orientation.Horizontal, self)
        self.list = RecordListPane(
            ctx, "note",
            [Column("title", self.tr("Title")),
             Column("kind", self.tr("Kind"), display=lambda v: value_name(v.data.get("kind")), width=100),
             Column("updated", self.tr("Changed"), display=lambda v: when_changed(v.updated),
                    width=max(100, when_changed_width(self.fontMetrics())))],
            empty_text=self.tr("No notes yet. Press “New note” (Ctrl+N) to write your first one."),
            filter_placeholder=self.tr("Filter notes by title"),
            order="updated", descending=True, parent=self.splitter,
        )
        self.kind_filter = FilterCombo(self.list)
        self.kind_filter.setAccessibleName(self.tr("Show notes of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in NOTE_KINDS:
            self.kind_filter.addItem(value_name(kind), kind)
        self.group_filter = FilterCombo(self.list)
        self.group_filter.setAccessibleName(self.tr("Show notes of working group"))
        self._fill_groups()
        filters = QWidget(self.list)
        flow = FlowLayout(filters)  # the two wrap, each readable in full, in a narrow list
        flow.addWidget(self.kind_filter)
        flow.addWidget(self.group_filter)
        self.list.extra_row.addWidget(filters, 1)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.group_filter.currentIndexChanged.connect(lambda _i: self._apply_filters())
        self.editor = NoteEditor(ctx, self.splitter)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.editor.setMinimumWidth(360)
        self.list.setMinimumWidth(LIST_MIN_WIDTH)  # the list can be narrowed, never lost
        self.list.installEventFilter(self)
        self.splitter.setSizes([440, 620])
        layout.addWidget(self.splitter, 1)
        self.list.sig_current_changed.connect(self._on_list_current_changed)
        self.list.model.modelReset.connect(self._on_list_model_reset)
        if ctx.settings is not None:
            state = ctx.settings.state("notes_splitter")
            if state is not None:
                self.splitter.restoreState(state)
        self.list.select_first()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.list and event.type() == QEvent.Type.Resize:
            self.list.table.setColumnHidden(1, self.list.width() < LIST_KIND_WIDTH)
        return super().eventFilter(watched, event)

    def _fill_groups(self) -> None:
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All working groups"), None)
        for group in self.ctx.ws.list("working_group", limit=500):
            self.group_filter.addItem(group.title, group.id)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current)))
        self.group_filter.blockSignals(False)

    def _apply_filters(self) -> None:
        model = self.list.model
        model.filters = replace(model.filters, kind=self.kind_filter.currentData(),
                                working_group=self.group_filter.currentData())
        self.list.apply_filter()

    def _on_list_current_changed(self, rec_id: str) -> None:
        if not rec_id and self.editor.view is not None and self.editor.unsaved_text():
            return  # the open note left the list (deleted elsewhere) while typed text is saved over that
        view = self.ctx.ws.find(rec_id) if rec_id else None
        self.editor.load(view if view is not None and not view.deleted else None)

    def _on_list_model_reset(self) -> None:
        """The open note is selected again once it is back in the list (kept over a deletion)."""
        if self.editor.view is not None and not self.list.current_id():
            self.list.select(self.editor.view.id, notify=False)

    # --- Section interface --------------------------------------------------------------------------

    def new_record(self) -> None:
        self.editor.flush()
        values = {"title": self.tr("Untitled note"), "date": dt.date.today().isoformat()}
        if self.ctx.ws.me:
            values["author"] = self.ctx.ws.me
        if self.group_filter.currentData():
            values["working_group"] = self.group_filter.currentData()

        def created(result: object) -> None:
            rec = result.rec if isinstance(result, Created) else None
            if rec and self.list.select(rec):
                self.editor.title_edit.setFocus()
                self.editor.title_edit.selectAll()

        self.ctx.undo_stack.push(CreateRecordCommand(self.ctx, "note", values, [], self.tr("New note"), on_done=created))

    def delete_selected(self) -> None:
        ids = self.list.selected_ids()
        if not ids:
            return
        self.editor.flush()
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Delete %Ln notes", "", len(ids)))
        for rec in ids:
            stack.push(DeleteRecordCommand(self.ctx, rec, self.tr("Delete note")))
        stack.endMacro()
        self.ctx.sig_status.emit(self.tr("Moved %Ln notes to the trash. Undo brings them back.", "", len(ids)))

    def open_record(self, rec_id: str) -> bool:
        view = self.ctx.ws.find(rec_id)
        if view is None or view.type != "note" or view.deleted:
            return False
        if self.list.model.row_of(rec_id) < 0:
            self.list.filter_edit.clear()
            self.kind_filter.setCurrentIndex(0)
            self.group_filter.setCurrentIndex(0)
            self._apply_filters()
        return self.list.select(rec_id)

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        self.refresh(changes)  # tags, files and links of a note are other record types

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is None or "working_group" in changes.types:
            self._fill_groups()
        if changes is not None:
            self.editor.on_changes(changes)

    def flush(self) -> None:
        self.editor.flush()

    def print_open_record(self) -> bool:
        """Ctrl+P: the open note as a PDF (False when none is open)."""
        return self.export_open_note("pdf")

    def export_open_note(self, fmt: str) -> bool:
        """Save the open note (with what was just typed) in a document format; False when none is open."""
        if self.editor.view is None:
            return False
        self.editor.flush()
        export_document(self.ctx, self, kind="note", rec_id=self.editor.view.id, fmt=fmt)
        return True

    def save_layout(self) -> None:
        if self.ctx.settings is not None:
            self.ctx.settings.set_state("notes_splitter", self.splitter.saveState())
