"""SymposiumEditor: one symposium — overview and participants, agenda, prep checklist, readings."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import UserError
from ...domain.views import RecordView
from ...interop import formats
from ...services.changes import ChangeSet
from ...services.queries import Filters
from .. import prompts
from ..context import AppContext
from ..forms.record_form import RecordForm
from ..forms.values import value_name
from ..linking.link_panel import LinkedRecordsPanel
from ..lists.empty_page import EmptyPage
from ..plans.export import (
    ask_path,
    export_document,
    file_filter,
    format_label,
    run_export,
    safe_file_name,
)
from ..safe_text import visible
from ..widgets.columns_layout import ColumnsLayout
from ..widgets.heading_row import HeadingRow
from ..widgets.section_parts import date_range
from .agenda_panel import AgendaPanel
from .checklist_panel import ChecklistPanel
from .time_zone_dialog import TimeZoneDialog


class SymposiumEditor(QWidget):
    sig_new = Signal()  # "New symposium" on the empty page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.symposium: RecordView | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # record titles come from teammates too
        self.title.setObjectName("SectionTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)  # it names the city record
        self.subtitle.setObjectName("Muted")
        self.subtitle.setWordWrap(True)  # kind · city · dates · countdown: wraps in longer languages
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("Action")
        self.export_button.setText(self.tr("Briefing pack"))
        self.export_button.setAccessibleName(self.tr("Export the briefing pack"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        for fmt in formats.ids("briefing"):
            menu.addAction(format_label(fmt)).triggered.connect(lambda _c=False, f=fmt: self.export(f))
        self.export_button.setMenu(menu)
        self.agenda_calendar_button = QToolButton(self)
        self.agenda_calendar_button.setObjectName("Action")
        self.agenda_calendar_button.setText(self.tr("Agenda calendar…"))
        self.agenda_calendar_button.setAccessibleName(self.tr("Save the agenda as a calendar file (iCalendar)"))
        self.agenda_calendar_button.setToolTip(self.tr("Save the agenda as a calendar file (iCalendar)"))
        self.agenda_calendar_button.clicked.connect(self.export_agenda_calendar)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        self.heading = HeadingRow(titles, [self.agenda_calendar_button, self.export_button], self)

        self.form = RecordForm(ctx, "symposium", [
            ("title", self.tr("Title")),
            ("kind", self.tr("Kind")),
            ("host_city", self.tr("Host city")),
            ("start", self.tr("Starts")),
            ("end", self.tr("Ends")),
            ("location", self.tr("Location")),
            ("description", self.tr("Description")),
        ], self)
        self.participants = LinkedRecordsPanel(
            ctx, "participant", ("member",), self.tr("Participants"),
            empty_text=self.tr("Who is going? Add the team members taking part."),
            picker_title=self.tr("Add participants"), detail=self._member_detail, parent=self)
        overview = QWidget(self)
        overview_layout = ColumnsLayout(overview, stretch=(3, 2), spacing=24, column_width=300)  # one column when narrow
        overview_layout.setContentsMargins(16, 16, 16, 16)
        overview_layout.addWidget(self.form)
        overview_layout.addWidget(self.participants)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview)

        self.agenda = AgendaPanel(ctx, self)
        self.checklist = ChecklistPanel(ctx, self)
        self.related = LinkedRecordsPanel(
            ctx, "related", ("reading_item", "note"), self.tr("Readings and notes to prepare with"),
            empty_text=self.tr("Link the readings and notes participants should see before they travel."),
            picker_title=self.tr("Link readings and notes"), parent=self)
        self.notes = LinkedRecordsPanel(
            ctx, "", ("note",), self.tr("Notes taken at this event"), fetch=self._notes_of,
            empty_text=self.tr("Notes whose symposium is this one appear here."), parent=self)
        reading_page = QWidget(self)
        reading_layout = ColumnsLayout(reading_page, spacing=24)  # one column when narrow
        reading_layout.setContentsMargins(16, 16, 16, 16)
        reading_layout.addWidget(self.related)
        reading_layout.addWidget(self.notes)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Overview"))
        self.tabs.addTab(self.agenda, self.tr("Agenda"))
        self.tabs.addTab(self.checklist, self.tr("Prep checklist"))
        self.tabs.addTab(reading_page, self.tr("Readings and notes"))
        self.page = QWidget(self)
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self.empty_page = EmptyPage(
            self.tr("No symposium open"),
            self.tr("Plan the next symposium or working-group meeting here: its days and sessions, who "
                    "goes, what to prepare and read, and a briefing pack to share."),
            [(self.tr("New symposium"), self.sig_new.emit)], self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.set_symposium(None)

    def _member_detail(self, view: RecordView) -> str:
        role = value_name(view.data.get("role"))
        city = self.ctx.ws.label(view.data.get("city"))
        return " · ".join(x for x in (role, view.data.get("organisation") or city) if x)

    def _notes_of(self, rec: str) -> list[RecordView]:
        return self.ctx.ws.list("note", Filters(symposium=rec), limit=500)

    def set_symposium(self, rec: str | None) -> None:
        view = self.ctx.ws.find(rec) if rec else None
        self.symposium = view if view is not None and not view.deleted else None
        sid = self.symposium.id if self.symposium else None
        self.form.load(self.symposium)
        for part in (self.participants, self.related, self.notes):
            part.set_record(sid)
        self.agenda.set_symposium(sid)
        self.checklist.set_symposium(sid)
        self._update_heading()

    def _update_heading(self) -> None:
        s = self.symposium
        self.stack.setCurrentWidget(self.page if s is not None else self.empty_page)
        if s is None:
            self.title.setText("")
            self.subtitle.setText("")
            return
        self.title.setText(visible(s.title))
        parts = [value_name(s.data.get("kind")), self.ctx.ws.label(s.data.get("host_city"))]
        parts += self._date_parts(s.data.get("start"), s.data.get("end"))
        done, total = self.checklist.model.progress()
        if total:
            parts.append(self.tr("%1 of %Ln prep items done", "", total).replace("%1", QLocale().toString(done)))
        self.subtitle.setText("  ·  ".join(p for p in parts if p))

    def _date_parts(self, start: str | None, end: str | None) -> list[str]:
        """The dates ('start – end') and, before it starts, how many days are left."""
        if not start:
            return []
        parts = [date_range(start, end or start)]
        days = (dt.date.fromisoformat(start) - dt.date.today()).days
        if days > 0:
            parts.append(self.tr("in %Ln days", "", days))
        return parts

    def refresh(self, changes: ChangeSet) -> None:
        if self.symposium is None:
            return
        if self.symposium.id in changes.deleted:
            self.set_symposium(None)
            return
        if self.symposium.id in changes.ids or changes.types & {"city"}:
            self.symposium = self.ctx.ws.find(self.symposium.id)
            self.form.load(self.symposium)
        for part in (self.participants, self.related, self.notes):
            part.refresh(changes)
        self.agenda.refresh(changes)
        self.checklist.refresh(changes)
        self._update_heading()

    def export(self, fmt: str) -> None:
        if self.symposium is not None:
            export_document(self.ctx, self, kind="briefing", rec_id=self.symposium.id, fmt=fmt)

    def export_agenda_calendar(self) -> None:
        """The agenda as an iCalendar file, its times in the host city's time zone (asked when unknown)."""
        if self.symposium is None:
            return
        from ...services import documents

        ws, sym = self.ctx.ws, self.symposium
        if not sym.data.get("start"):
            self.ctx.show_error(UserError(
                "The symposium '%(title)s' has no start date; set one so the agenda has days.", title=sym.title), self)
            return
        zone = documents.agenda_time_zone(ws, sym.id)
        timed = any(i.data.get("time") for i in ws.children(sym.id, "agenda_item") if documents.shared(i))
        if zone is None and timed:
            dialog = TimeZoneDialog(visible(sym.title), self)
            if not prompts.run_dialog(dialog) or not dialog.time_zone():
                return
            zone = dialog.time_zone()
        fmt = formats.ids("agenda")[0]  # a calendar: the one format that keeps the agenda's times
        path = ask_path(self, file_filter([fmt]), safe_file_name(sym.title, fmt), fmt)
        if path is None:
            return
        language = QLocale().name()

        def job() -> Any:
            return documents.export_agenda(ws, sym.id, path, fmt=fmt, language=language, time_zone=zone)

        def message(result: Any) -> str:
            return self.tr("Saved %n agenda items to %1.", "", result[1]).replace("%1", Path(result[0]).name)

        run_export(self.ctx, self, path, job, message=message)
