"""The Symposia screen: symposia and meetings by date, and the selected one's editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from ...services.changes import ChangeSet, Created
from ..commands import CreateRecordCommand, DeleteRecordCommand
from ..context import AppContext
from ..deleting import confirm_delete
from ..lists.layout_state import restore_splitter, save_splitter
from ..lists.record_list_panel import RecordListPanel
from ..models.record_table import Column
from ..symposia.symposium_editor import SymposiumEditor
from .base import Section


class SymposiaSection(Section):
    key = "symposia"
    icon_name = "symposia"
    record_types = ("symposium", "agenda_item", "checklist_item")
    # Other types whose changes show on this screen (names, links, counts).
    refresh_types = frozenset({"symposium", "agenda_item", "checklist_item", "member", "city", "note", "reading_item", "link"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list_panel = RecordListPanel(
            ctx, "symposium", [
                Column("title", self.tr("Symposium")),
                Column("due", self.tr("Starts"), display=lambda v: v.data.get("start") or ""),
            ],
            heading=self.tr("Symposia"), new_label=self.tr("New symposium"), filter_label=self.tr("Filter by title"),
            empty_text=self.tr("No symposia or meetings yet. Add the next one with “New symposium” to plan "
                         "its agenda and prep checklist."),
            no_match_text=self.tr("Nothing matches the filter. Clear it to see every event."),
            order="due", descending=True, parent=self)
        self.editor = SymposiumEditor(ctx, self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        splitter.setObjectName("symposiaSplitter")
        splitter.addWidget(self.list_panel)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([330, 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list_panel.sig_current_changed.connect(self.editor.set_symposium)
        self.list_panel.sig_new.connect(self.new_record)
        self.editor.sig_new.connect(self.new_record)
        restore_splitter(ctx, "symposia_splitter", splitter)
        self.list_panel.select_first()

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        if not changes.types or changes.types & self.refresh_types:
            self.refresh(changes)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SymposiaSection", "Symposia")

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is None:
            self.editor.set_symposium(self.editor.symposium.id if self.editor.symposium else None)
        else:
            self.editor.refresh(changes)

    def open_record(self, rec_id: str) -> bool:
        view = self.ctx.ws.find(rec_id)
        if view is None or view.type not in ("symposium", "agenda_item", "checklist_item"):
            return False
        sid = view.id if view.type == "symposium" else view.data.get("symposium")
        if not sid or not self.list_panel.select(sid):
            return False
        self.editor.set_symposium(sid)
        if view.type == "agenda_item":
            self.editor.tabs.setCurrentWidget(self.editor.agenda)
            self.editor.agenda.table.selectRow(self.editor.agenda.model.row_of(view.id))
        elif view.type == "checklist_item":
            self.editor.tabs.setCurrentWidget(self.editor.checklist)
            self.editor.checklist.list.setCurrentIndex(
                self.editor.checklist.model.index(self.editor.checklist.model.row_of(view.id)))
        return True

    def new_record(self) -> None:
        def done(result) -> None:
            if isinstance(result, Created):
                self.list_panel.select(result.rec)
                self.editor.set_symposium(result.rec)
                self.editor.tabs.setCurrentIndex(0)
                self.editor.form.editors["title"].setFocus()
                self.editor.form.editors["title"].selectAll()  # type: ignore[attr-defined]

        self.ctx.undo_stack.push(CreateRecordCommand(
            self.ctx, "symposium", {"title": self.tr("New symposium")},
            text=self.tr("New symposium"), on_done=done))

    def delete_current(self) -> None:
        """Delete the open symposium, after saying which sessions and checklist items go with it."""
        if self.editor.symposium:
            rec = self.editor.symposium.id
            self.flush()
            if not confirm_delete(self, self.ctx, rec):
                return
            self.ctx.undo_stack.push(DeleteRecordCommand(
                self.ctx, rec, self.tr("Delete symposium %s") % self.ctx.ws.label(rec)))

    def flush(self) -> None:
        self.editor.form.flush()

    def print_open_record(self) -> bool:
        """Ctrl+P: the open symposium's briefing pack as a PDF (False when none is open)."""
        if self.editor.symposium is None:
            return False
        self.editor.export("pdf")
        return True

    def save_layout(self) -> None:
        save_splitter(self.ctx, "symposia_splitter", self.splitter)

    def delete_selected(self) -> None:
        self.delete_current()
