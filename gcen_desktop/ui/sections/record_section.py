"""A list-and-detail screen of one record type: the list on the left, the open record's form (the
fields the schema shows in forms) and its linked records on the right.

A screen of this kind is a subclass that says, in a `RecordSectionSpec`, its texts (with tr(), in
its own translation context) and adds the panels of linked records it shows; everything else —
the splitter, the empty page, new, delete, undo, open, refresh — is here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.schema import TYPES, types_in_section
from ...domain.views import RecordView
from ...services.changes import ChangeSet, Created
from ..commands import CreateRecordCommand, DeleteRecordCommand
from ..context import AppContext
from ..forms.record_form import RecordForm
from ..linking.link_panel import LinkedRecordsPanel
from ..lists.empty_page import EmptyPage
from ..lists.layout_state import restore_splitter, save_splitter
from ..lists.record_list_panel import RecordListPanel
from ..models.record_table import Column
from ..safe_text import visible
from ..widgets.columns_layout import ColumnsLayout
from ..widgets.heading_row import HeadingRow
from .base import Section


@dataclass
class RecordSectionSpec:
    """What a list-and-detail screen says (translated by the screen, in its own context)."""

    columns: list[Column]
    heading: str  # over the list
    new_label: str  # the list's "New …" button and the empty page's
    filter_label: str
    empty_text: str  # the list, when there is no record yet
    no_match_text: str  # the list, when the filter hides every record
    empty_title: str  # the detail side, when no record is open
    empty_text_detail: str
    choose_text: str  # the heading, when no record is open
    new_name: str  # a new record's name (and the undo text of making one)
    delete_accessible: str  # the Delete button, to a screen reader
    delete_undo: str  # "Delete … %s": the undo text, %s the record's name
    spacing: int = 20  # between the form and the panels


class RecordSection(Section):
    """One record type's list and detail. A subclass sets `key` (its section in the schema, which
    gives `record_types`), `icon_name` and `refresh_types`, and implements `spec()`, `title()` and
    `add_panels()` for what it links to."""

    record_type = ""
    # Other types whose changes show on this screen (names, links, counts).
    refresh_types: frozenset[str] = frozenset()

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if cls.key and not cls.record_types:
            cls.record_types = types_in_section(cls.key)
        if cls.record_types and not cls.record_type:
            cls.record_type = cls.record_types[0]

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        spec = self.texts = self.spec()
        self.list_panel = RecordListPanel(
            ctx, self.record_type, spec.columns, heading=spec.heading, new_label=spec.new_label,
            filter_label=spec.filter_label, empty_text=spec.empty_text, no_match_text=spec.no_match_text, parent=self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # record titles come from teammates too
        self.heading.setObjectName("SectionTitle")
        self.heading.setWordWrap(True)
        self.buttons = self.add_buttons()
        self.delete_button = QPushButton(QCoreApplication.translate("RecordSection", "Delete"), self)
        self.delete_button.setAccessibleName(spec.delete_accessible)
        self.form = RecordForm(ctx, self.record_type, None, self)
        self.detail = QWidget(self)
        self.panels: list[LinkedRecordsPanel] = self.add_panels()
        body = ColumnsLayout(stretch=(3, 2), spacing=spec.spacing, column_width=300)  # one column when narrow
        for part in (self.form, *self.panels):
            body.addWidget(part)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(20, 16, 20, 12)
        detail_layout.setSpacing(14)
        detail_layout.addWidget(self.head_row())
        detail_layout.addLayout(body, 1)
        self.splitter = self._splitter(spec)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list_panel.sig_current_changed.connect(self._show)
        self.list_panel.sig_new.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_current)
        self._show(None)
        restore_splitter(ctx, self._layout_key, self.splitter)
        self.list_panel.select_first()

    def _splitter(self, spec: RecordSectionSpec) -> QSplitter:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName(f"{self.key}Splitter")
        splitter.addWidget(self.list_panel)
        self.empty_page = EmptyPage(spec.empty_title, spec.empty_text_detail, [(spec.new_label, self.new_record)], self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(scroll)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([320, 900])
        return splitter

    @property
    def _layout_key(self) -> str:
        return f"{self.key}_splitter"

    # --- what a screen adds ----------------------------------------------------------------------

    def spec(self) -> RecordSectionSpec:
        raise NotImplementedError

    def add_buttons(self) -> list[QPushButton]:
        """Buttons acting on the open record, before Delete (in the heading's row)."""
        return []

    def add_panels(self) -> list[LinkedRecordsPanel]:
        """The panels of linked records beside the form (parented to `self.detail`)."""
        return []

    def head_row(self) -> HeadingRow:
        """The heading, with the buttons and Delete on its right (under it when the pane is narrow)."""
        return HeadingRow(self.titles_layout(), [*self.buttons, self.delete_button], self)

    def titles_layout(self) -> QVBoxLayout:
        """The heading (a screen may add a line under it)."""
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        return titles

    def heading_text(self, view: RecordView) -> str:
        return visible(view.title)

    def show_details(self, view: RecordView | None) -> None:
        """Show what the screen adds about the open record (None: none is open)."""

    # --- the open record -------------------------------------------------------------------------

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        if not changes.types or changes.types & self.refresh_types:
            self.refresh(changes)

    def current(self) -> str | None:
        return self.form.view.id if self.form.view else None

    def _show(self, rec: str | None) -> None:
        view = self.ctx.ws.find(rec) if rec else None
        if view is not None and view.deleted:
            view = None
        self.form.load(view)
        for panel in self.panels:
            panel.set_record(view.id if view else None)
        self.detail.setEnabled(view is not None)
        self.stack.setCurrentIndex(1 if view is not None else 0)
        self.heading.setText(self.heading_text(view) if view is not None else self.texts.choose_text)
        self.show_details(view)

    def shows_again(self, changes: ChangeSet) -> bool:
        """Whether these changes (to other records than the open one) redo the whole detail."""
        return False

    def refresh(self, changes: ChangeSet | None = None) -> None:
        rec = self.current()
        if changes is None or (rec and rec in changes.ids) or self.shows_again(changes):
            self._show(rec)
        elif rec:
            for panel in self.panels:
                panel.refresh(changes)
            self.show_details(self.form.view)

    def open_record(self, rec_id: str) -> bool:
        view = self.ctx.ws.find(rec_id)
        if view is None or view.type != self.record_type:
            return False
        if self.list_panel.select(rec_id):
            self._show(rec_id)
            return True
        return False

    def new_record(self) -> None:
        label = TYPES[self.record_type].label

        def done(result) -> None:
            if isinstance(result, Created):
                self.list_panel.select(result.rec)
                self._show(result.rec)
                self.form.editors[label].setFocus()
                self.form.editors[label].selectAll()  # type: ignore[attr-defined]

        name = self.texts.new_name
        self.ctx.undo_stack.push(CreateRecordCommand(self.ctx, self.record_type, {label: name}, text=name, on_done=done))

    def delete_current(self) -> None:
        rec = self.current()
        if rec:
            self.ctx.undo_stack.push(DeleteRecordCommand(self.ctx, rec, self.texts.delete_undo % self.ctx.ws.label(rec)))

    def delete_selected(self) -> None:
        self.delete_current()

    def flush(self) -> None:
        self.form.flush()

    def save_layout(self) -> None:
        save_splitter(self.ctx, self._layout_key, self.splitter)
