"""The detail pane of a note: title, details, tags, Markdown body with preview, files, backlinks.

Typing autosaves after a pause (through the writer; consecutive saves merge into one undo step
and the store amends its last unshared event instead of adding one).

A note that changes underneath the editor (another window, an import, an undo) is shown again
when nothing typed here is unsaved; otherwise the typing is kept, and saved naming the versions
it was typed over, so the two become a conflict or a clean line merge, never an overwrite.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from ...domain.views import RecordView
from ...services.changes import ChangeSet
from ..commands import SetTagsCommand
from ..context import AppContext
from ..forms.record_form import RecordForm
from ..forms.shown_versions import ShownVersions, push_edit
from ..forms.values import type_name, value_name
from .attachments_panel import AttachmentsPanel
from .markdown_editor import MarkdownEditor
from .section_parts import EmptyState, short_date
from .tag_editor import TagEditor

AUTOSAVE_MS = 700


class NoteEditor(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.view: RecordView | None = None
        # Per field, the versions the text shown here was loaded from (named when it is saved),
        # and the stored title and body that what is typed here started from.
        self.shown = ShownVersions()
        self._title_base = ""
        self._body_base = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 0, 0, 0)
        layout.setSpacing(10)
        self.empty = EmptyState(self.tr("Choose a note on the left, or press “New note” to write one."), self)
        layout.addWidget(self.empty)
        self.body = QWidget(self)
        box = QVBoxLayout(self.body)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.title_edit = QLineEdit(self.body)
        self.title_edit.setAccessibleName(self.tr("Note title"))
        self.title_edit.setPlaceholderText(self.tr("Title"))
        self.title_edit.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.title_edit.editingFinished.connect(self._on_title_editing_finished)
        self.title_edit.editingFinished.connect(self._on_title_left)
        box.addWidget(self.title_edit)
        self.summary = QLabel(self.body)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # names and details from teammates
        self.summary.setObjectName("Muted")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Note details"))
        box.addWidget(self.summary)
        self.backlinks = QLabel(self.body)
        self.backlinks.setObjectName("Muted")
        self.backlinks.setWordWrap(True)
        self.backlinks.setTextFormat(Qt.TextFormat.RichText)
        self.backlinks.setAccessibleName(self.tr("Where this note is used"))
        self.backlinks.linkActivated.connect(self._on_backlinks_link_activated)
        box.addWidget(self.backlinks)
        # Writing gets the room; details and files are one click away.
        self.tabs = QTabWidget(self.body)
        self.tabs.setDocumentMode(True)
        self.markdown = MarkdownEditor(self.tabs)
        self.markdown.sig_text_edited.connect(self._on_markdown_sig_text_edited)
        if ctx.settings is not None:
            self.markdown.set_mode(ctx.settings.note_view)
        self.markdown.sig_mode_changed.connect(self._on_markdown_sig_mode_changed)
        self.tabs.addTab(self.markdown, self.tr("Text"))
        details = QWidget(self.tabs)
        details_box = QVBoxLayout(details)
        details_box.setContentsMargins(0, 12, 0, 0)
        details_box.setSpacing(12)
        self.form = RecordForm(ctx, "note", [
            ("kind", self.tr("Kind")), ("date", self.tr("Date")), ("author", self.tr("Author")),
            ("working_group", self.tr("Working group")), ("symposium", self.tr("Symposium")),
            ("language", self.tr("Language")),
        ], details)
        details_box.addWidget(self.form)
        self.tags = TagEditor(details)
        self.tags.sig_tags_edited.connect(self._on_tags_sig_tags_edited)
        self.form.add_row(self.tr("Tags"), self.tags)  # labelled like the fields above it
        self.attachments = AttachmentsPanel(ctx, details)
        details_box.addWidget(self.attachments)
        details_box.addStretch(1)
        self.tabs.addTab(details, self.tr("Details, tags and files"))
        box.addWidget(self.tabs, 1)
        layout.addWidget(self.body, 1)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.flush)
        self.load(None)

    # --- showing ----------------------------------------------------------------------------------

    def load(self, view: RecordView | None) -> None:
        if self.view is not None and (view is None or view.id != self.view.id):
            self.flush()
        same = view is not None and self.view is not None and view.id == self.view.id
        self._show(view, keep_typing=same)

    def _show(self, view: RecordView | None, *, keep_typing: bool) -> None:
        """Show the stored note; with `keep_typing`, what is typed and not yet saved stays (and
        keeps naming the versions it was typed over)."""
        heads: dict[str, list[list[Any]]] = {}
        if not keep_typing:
            self.shown.clear()  # saves still queued belong to the note shown before
        if view is not None:
            fresh, heads = self.ctx.ws.shown(view.id)
            view = fresh if fresh is not None else view
        self.view = view
        self.empty.setVisible(view is None)
        self.body.setVisible(view is not None)
        if view is None:
            self.shown.clear()
            self.markdown.stop()
            return
        self._show_title(view, heads, keep_typing)
        self.form.load(view, heads)
        self.tags.set_choices([t for t, _n in self.ctx.ws.all_tags()])
        self.tags.set_tags(self.ctx.ws.tags_of(view.id))
        if not (keep_typing and self.unsaved_text()):
            stored = view.data.get("body") or ""
            self.markdown.set_text(stored)
            self._body_base = stored
            self.shown.load("body", heads.get("body", []))
        self.attachments.load(view.id)
        self._show_backlinks(view.id)
        self._show_summary(view)

    def _show_title(self, view: RecordView, heads: dict[str, list[list[Any]]], keep_typing: bool) -> None:
        """The stored title, unless the user is typing another one (and `keep_typing`)."""
        if keep_typing and self.title_edit.hasFocus() and self.title_edit.text().strip() != self._title_base:
            return
        if not self.title_edit.hasFocus() or self.title_edit.text().strip() != view.title:
            self.title_edit.setText(view.title)
            self.title_edit.setCursorPosition(0)  # a long title shows its start, not its end
        self._title_base = view.title
        self.shown.load("title", heads.get("title", []))

    def unsaved_text(self) -> bool:
        """Text typed here that is not written yet (the autosave pause has not ended, or its save
        is still queued on the writer)."""
        return self._autosave.isActive() or self.markdown.text() != self._body_base or self.shown.saving("body")

    def _show_summary(self, view: RecordView) -> None:
        data = view.data
        parts = [value_name(data.get("kind")), short_date(data.get("date")),
                 self.ctx.ws.label(data.get("author")), self.ctx.ws.label(data.get("working_group"))]
        tags = self.ctx.ws.tags_of(view.id)
        files = len(self.attachments.model.rows())
        line = " · ".join(p for p in parts if p)
        if tags:
            line += "   " + " ".join("#" + t.replace(" ", "-") for t in tags)
        if files:
            line += "   " + self.tr("%Ln files", "", files)
        self.summary.setText(line)

    def _show_backlinks(self, rec_id: str) -> None:
        plans = self.ctx.ws.backlinks(rec_id, "evidence")
        related = [v for v in self.ctx.ws.backlinks(rec_id, "related")]
        parts = []
        if plans:
            links = ", ".join(f"<a href='{p.id}'>{_escape(p.title)}</a>" for p in plans)
            parts.append(self.tr("Used as evidence in plan %s") % links)
        if related:
            links = ", ".join(f"<a href='{v.id}'>{_escape(v.title)}</a> ({type_name(v.type).lower()})" for v in related)
            parts.append(self.tr("Related to %s") % links)
        self.backlinks.setText("<br>".join(parts) if parts else self.tr("Not used in any plan yet."))

    def _on_backlinks_link_activated(self, rec_id: str) -> None:
        self.ctx.sig_open_record.emit(rec_id)

    # --- editing ----------------------------------------------------------------------------------

    def _on_title_editing_finished(self) -> None:
        if self.view is None:
            return
        title = self.title_edit.text().strip()
        if not title:
            self.title_edit.setText(self.view.title)
            self.ctx.sig_status.emit(self.tr("A note needs a title."))
            return
        if title != self._title_base:
            self.view.title = title
            self.view.data["title"] = title
            self._title_base = title
            self._save("title", title, self.tr("Rename note"))

    def _on_markdown_sig_mode_changed(self, mode: str) -> None:
        if self.ctx.settings is not None:
            self.ctx.settings.note_view = mode

    def _on_title_left(self) -> None:
        if not self.title_edit.hasFocus():  # left the field (not Return in it): show the start again
            self.title_edit.setCursorPosition(0)

    def _on_tags_sig_tags_edited(self, tags: list[str]) -> None:
        if self.view is not None:
            self.ctx.undo_stack.push(SetTagsCommand(self.ctx, self.view.id, tags, self.tr("Change tags")))

    def _on_markdown_sig_text_edited(self) -> None:
        if self.view is not None:
            self._autosave.start()

    def flush(self) -> None:
        """Save typed text now (switching notes, closing the window, or the autosave pause)."""
        self._autosave.stop()
        if self.view is None:
            return
        text = self.markdown.text()
        if text == self._body_base:
            return
        self.view.data["body"] = text
        before, rec = self._body_base, self.view.id
        self._body_base = text

        def failed() -> None:  # not written (the disk full, say): still unsaved, the next save writes it
            if self.view is not None and self.view.id == rec and self._body_base == text:
                self._body_base = before

        self._save("body", text, self.tr("Edit note text"), merge=True, failed=failed)

    def _save(self, name: str, value: str, text: str, *, merge: bool = False,
              failed: Callable[[], None] | None = None) -> None:
        assert self.view is not None
        # typing kept after a save goes on from the version it wrote (naming the one shown before
        # would make it a conflict with its own earlier save)
        push_edit(self.ctx, self.shown, self.view.id, {name: value}, text, merge=merge, showing=self._showing,
                  failed=failed)

    def _showing(self, rec: str) -> bool:
        return self.view is not None and self.view.id == rec

    def pending(self) -> bool:
        return self._autosave.isActive()

    def on_changes(self, changes: ChangeSet) -> None:
        """A change set arrived: show the stored note again if it changed (undo, import, form edit)."""
        if self.view is None:
            return
        if self.view.id in changes.ids or "link" in changes.types or "attachment" in changes.types:
            view = self.ctx.ws.find(self.view.id)
            if view is None or view.deleted:
                self._deleted_underneath(view)
            else:
                self._show(view, keep_typing=True)

    def _deleted_underneath(self, view: RecordView | None) -> None:
        """The open note was deleted elsewhere (an import, the command line, an undo): closed,
        unless typing here is not saved yet; that is saved over the deletion (the note stays,
        with a conflict to settle) and the note stays open."""
        assert self.view is not None
        title = self.title_edit.text().strip()
        typed_title = self.title_edit.hasFocus() and bool(title) and title != self._title_base
        if view is None or not (typed_title or self.unsaved_text()):
            self.view = None  # nothing to save: do not flush while closing the note
            self._show(None, keep_typing=False)
            return
        if typed_title:
            self._on_title_editing_finished()
        self.flush()
        self.ctx.sig_status.emit(self.tr(
            "“%s” was deleted elsewhere while you typed; your text is kept (see Conflicts).") % view.title)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
