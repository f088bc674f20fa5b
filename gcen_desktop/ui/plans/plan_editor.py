"""PlanEditor: one action plan — its header, goals and actions, board and evidence — in tabs."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.views import RecordView
from ...interop import formats
from ...services.changes import ChangeSet
from ..context import AppContext
from ..forms.record_form import RecordForm
from ..forms.shown_versions import ShownVersions, push_edit
from ..forms.values import value_name
from ..linking.link_panel import LinkedRecordsPanel
from ..lists.empty_page import EmptyPage
from ..safe_text import visible
from ..widgets.columns_layout import ColumnsLayout
from ..widgets.section_parts import date_range
from .board import PlanBoard
from .export import action_format_label, export_action_list, export_document, format_label
from .goals_panel import GoalsPanel
from .stage_bar import StageBar


class PlanEditor(QWidget):
    sig_new_plan = Signal(str)  # template key ('' = blank), from the empty page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan: RecordView | None = None
        self.stage_shown = ShownVersions()  # the stage the stage bar showed: a click names it

        # heading: title, status line, progress, export
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # record titles come from teammates too
        self.title.setObjectName("SectionTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)  # it names the city record
        self.subtitle.setObjectName("Muted")
        self.subtitle.setWordWrap(True)  # status · city · owner · dates: wraps in longer languages
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Actions done"))
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(160)
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("Muted")
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("Action")
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export the plan"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions = {}
        for fmt in formats.ids("plan"):
            action = menu.addAction(format_label(fmt))
            action.triggered.connect(lambda _c=False, f=fmt: self.export(f))
            self.export_actions[fmt] = action
        menu.addSeparator()
        for fmt in formats.ids("actions"):
            action = menu.addAction(action_format_label(fmt))
            action.triggered.connect(lambda _c=False, f=fmt: self.export_actions_file(f))
            self.export_actions[f"actions_{fmt}"] = action
        self.export_button.setMenu(menu)
        self.stage_bar = StageBar(self)
        self.stage_bar.sig_stage_chosen.connect(self._on_stage_bar_stage_chosen)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        # the progress under the title (beside it, a long title had a third of the width)
        progress_box = QHBoxLayout()
        progress_box.setSpacing(8)
        progress_box.addWidget(self.progress)
        progress_box.addWidget(self.progress_label, 1)
        self.progress_label.setWordWrap(True)
        titles.addSpacing(4)
        titles.addLayout(progress_box)
        head.addLayout(titles, 1)
        head.addSpacing(12)
        head.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        # tab 1: overview
        self.form = RecordForm(ctx, "action_plan", [
            ("title", self.tr("Title")),
            ("problem_of_practice", self.tr("Problem of practice")),
            ("rationale", self.tr("Rationale")),
            ("city", self.tr("City")),
            ("working_group", self.tr("Working group")),
            ("owner", self.tr("Plan owner")),
            ("status", self.tr("Status")),
            ("start", self.tr("Starts")),
            ("end", self.tr("Ends")),
        ], self)
        self.adapted = LinkedRecordsPanel(
            ctx, "adapted_from", ("practice", "city"), self.tr("Adapted from"),
            empty_text=self.tr("Which cities' practices does this plan adapt? Add them here so the "
                               "practice shows the plans built on it."),
            picker_title=self.tr("Adapted from which practices and cities?"), parent=self)
        overview = QWidget(self)
        overview_layout = ColumnsLayout(overview, stretch=(3, 2), spacing=24, column_width=300)  # one column when narrow
        overview_layout.setContentsMargins(16, 16, 16, 16)
        overview_layout.addWidget(self.form)
        overview_layout.addWidget(self.adapted)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(overview)

        # tab 2-4
        self.goals = GoalsPanel(ctx, self)
        self.board = PlanBoard(ctx, self)
        self.evidence = LinkedRecordsPanel(
            ctx, "evidence", ("reading_item", "note"), self.tr("Evidence"),
            empty_text=self.tr("No evidence linked yet. Add the readings and notes (case studies, "
                               "site-visit notes) this plan draws on."),
            picker_title=self.tr("Add readings and notes as evidence"), parent=self)
        evidence_page = QWidget(self)
        evidence_layout = QVBoxLayout(evidence_page)
        evidence_layout.setContentsMargins(16, 16, 16, 16)
        evidence_layout.addWidget(self.evidence)

        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Overview"))
        self.tabs.addTab(self.goals, self.tr("Goals and actions"))
        self.tabs.addTab(self.board, self.tr("Board"))
        self.tabs.addTab(evidence_page, self.tr("Evidence"))

        self.page = QWidget(self)
        layout = QVBoxLayout(self.page)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(head)
        layout.addWidget(self.stage_bar)
        layout.addWidget(self.tabs, 1)
        self.empty_page = EmptyPage(
            self.tr("No plan open"),
            self.tr("An action plan turns a practice you studied into steps for your city: goals with "
                    "indicators, actions with owners and dates. Start from a blank page or from the "
                    "network's cycle of inquiry."),
            [(self.tr("New plan…"), lambda: self.sig_new_plan.emit("")),
             (self.tr("From the cycle of inquiry…"), lambda: self.sig_new_plan.emit("inquiry_cycle"))],
            self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.set_plan(None)

    def set_plan(self, plan_id: str | None) -> None:
        self.stage_shown.clear()
        self._show_plan(plan_id)
        pid = self.plan.id if self.plan else None
        self.adapted.set_record(pid)
        self.evidence.set_record(pid)
        self.goals.set_plan(pid)
        self.board.set_plan(pid)
        self._update_heading()

    def _show_plan(self, plan_id: str | None) -> None:
        """Read the plan with the versions of its fields: the form and the stage bar name them
        when they save."""
        plan, heads = self.ctx.ws.shown(plan_id) if plan_id else (None, {})
        self.plan = plan if plan is not None and not plan.deleted else None
        self.stage_shown.load("stage", heads.get("stage", []))
        self.form.load(self.plan, heads if self.plan is not None else None)

    def _update_heading(self) -> None:
        plan = self.plan
        self.stack.setCurrentWidget(self.page if plan is not None else self.empty_page)
        if plan is None:
            self.title.setText("")
            self.subtitle.setText("")
            self.stage_bar.set_stage(None)
            self.progress.setValue(0)
            self.progress_label.setText("")
            return
        self.title.setText(visible(plan.title))
        parts = self._subtitle_parts(plan)
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        self.stage_bar.set_stage(plan.data.get("stage"))
        done, total = self.goals.goal_model.totals()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("%1 of %Ln actions done", "", total).replace("%1", QLocale().toString(done)))

    def _subtitle_parts(self, plan: RecordView) -> list[str]:
        """Status, city, owner and dates (those the plan has) of the line under its title."""
        parts = [value_name(plan.data.get("status"))]
        city = self.ctx.ws.label(plan.data.get("city"))
        owner = self.ctx.ws.label(plan.data.get("owner"))
        if city:
            parts.append(city)
        if owner:
            parts.append(self.tr("owner: %s") % owner)
        if plan.data.get("start") or plan.data.get("end"):
            # a date range never breaks across lines: no-break spaces and a word joiner after the dash
            parts.append(date_range(plan.data.get("start"), plan.data.get("end")))
        return parts

    def refresh(self, changes: ChangeSet) -> None:
        if self.plan is None:
            return
        if self.plan.id in changes.deleted:
            self.set_plan(None)
            return
        if self.plan.id in changes.ids or "member" in changes.types or "city" in changes.types:
            self._show_plan(self.plan.id)
        self.adapted.refresh(changes)
        self.evidence.refresh(changes)
        self.goals.refresh(changes)
        self.board.refresh(changes)
        self._update_heading()

    def _on_stage_bar_stage_chosen(self, stage: str) -> None:
        if self.plan is None or self.plan.data.get("stage") == stage:
            return
        push_edit(self.ctx, self.stage_shown, self.plan.id, {"stage": stage},
                  self.tr("Move plan to stage %s") % value_name(stage),
                  showing=lambda rec: self.plan is not None and self.plan.id == rec)

    def export(self, fmt: str) -> None:
        if self.plan is not None:
            export_document(self.ctx, self, kind="plan", rec_id=self.plan.id, fmt=fmt)

    def export_actions_file(self, fmt: str) -> None:
        """This plan's actions as a spreadsheet (csv) or a calendar of due dates (ics)."""
        if self.plan is not None:
            export_action_list(self.ctx, self, self.plan.id, fmt, message=lambda count, name: self.tr(
                "Saved %n actions to %1.", "", count).replace("%1", name))
