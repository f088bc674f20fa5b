"""Home: the next symposium with its countdown and prep checklist, actions due, my readings, recent changes."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import decode
from ...domain.schema import RECENT_TYPES
from ...domain.views import RecordView
from ...services.changes import ChangeSet
from ...services.teammates import own_replicas, teammate_names
from ..context import AppContext
from ..forms.values import type_name, value_name
from ..models.dashboard_list import DashboardListModel, DashboardRow, IdRole
from ..safe_text import visible
from ..widgets.columns_layout import ColumnsLayout
from ..widgets.section_parts import Card, EmptyState, SectionHeader, short_date, when_changed
from ..widgets.two_line_delegate import TwoLineDelegate
from .base import Section


def _tr(text: str) -> str:
    return QCoreApplication.translate("HomeSection", text)


def recent_changes(ctx: AppContext, limit: int) -> list[RecordView]:
    """The most recently changed records of the types RECENT_TYPES names, newest first."""
    return ctx.ws.recent_changes_of(RECENT_TYPES, limit)


class DashboardList(QWidget):
    """A card's list (clicking a row opens the record) with an empty-state sentence."""

    def __init__(self, ctx: AppContext, empty_text: str, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model = DashboardListModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(TwoLineDelegate(self.view))
        self.view.setAccessibleName(accessible)
        self.view.setMouseTracking(True)
        self.view.setStyleSheet("QListView { border: none; background: transparent; }")
        self.view.activated.connect(self._on_view_activated)
        self.view.clicked.connect(self._on_view_activated)
        self.empty = EmptyState(empty_text, self)
        self.stack = QStackedLayout(self)
        self.stack.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)
        self.setMinimumHeight(150)

    def set_rows(self, rows: list[DashboardRow]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.view if rows else self.empty)

    def _on_view_activated(self, index: Any) -> None:
        rec = index.data(IdRole)
        if rec:
            self.ctx.sig_open_record.emit(rec)


class SymposiumCard(Card):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Next symposium"), parent)
        self.ctx = ctx
        self.symposium_id = ""
        self.countdown = QLabel(self)
        self.countdown.setObjectName("BigNumber")
        self.name = QLabel(self)
        self.name.setTextFormat(Qt.TextFormat.PlainText)  # record titles come from teammates too
        self.name.setWordWrap(True)
        self.name.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.when = QLabel(self)
        self.when.setTextFormat(Qt.TextFormat.PlainText)  # record titles come from teammates too
        self.when.setObjectName("Muted")
        self.when.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(_tr("Preparation checklist progress"))
        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("Muted")
        self.open_button = QPushButton(_tr("Open symposium"), self)
        self.open_button.clicked.connect(lambda: self.symposium_id and ctx.sig_open_record.emit(self.symposium_id))
        self.empty = EmptyState(_tr("No symposium is coming up. Add one under Symposia to see its countdown here."), self)
        for w in (self.countdown, self.name, self.when, self.progress, self.progress_label):
            self.box.addWidget(w)
        self.box.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.box.addWidget(self.empty)
        self.box.addStretch(1)

    def load(self, found: tuple[RecordView, int, int] | None, today: dt.date) -> None:
        parts = (self.countdown, self.name, self.when, self.progress, self.progress_label, self.open_button)
        self.empty.setVisible(found is None)
        for w in parts:
            w.setVisible(found is not None)
        if found is None:
            self.symposium_id = ""
            return
        sym, done, total = found
        self.symposium_id = sym.id
        start = sym.data.get("start")
        days = (dt.date.fromisoformat(start) - today).days if start else None
        if days is None:
            self.countdown.setText(_tr("Date to be set"))
        elif days > 1:
            self.countdown.setText(QCoreApplication.translate("HomeSection", "in %Ln days", "", days))
        elif days == 1:
            self.countdown.setText(_tr("tomorrow"))
        else:
            self.countdown.setText(_tr("happening now"))
        self.name.setText(visible(sym.title))
        place = self.ctx.ws.label(sym.data.get("host_city"))
        dates = " – ".join(x for x in (short_date(start), short_date(sym.data.get("end"))) if x)
        self.when.setText(" · ".join(x for x in (dates, place, value_name(sym.data.get("kind"))) if x))
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.setVisible(total > 0)
        self.progress_label.setText(
            QCoreApplication.translate("HomeSection", "Preparation: %1 of %Ln checklist items done", "", total)
            .replace("%1", QLocale().toString(done)) if total
            else _tr("No preparation checklist yet.")
        )


class HomeSection(Section):
    key = "home"
    icon_name = "home"
    record_types = ()  # the dashboard summarises everything

    @classmethod
    def title(cls) -> str:
        return _tr("Home")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._dirty = True
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        info = ctx.ws.info()
        self.header = SectionHeader(self.title(), body, info.title if info else "")
        layout.addWidget(self.header)
        grid = ColumnsLayout(spacing=16)  # two columns of cards, one on a narrow window
        self.symposium = SymposiumCard(ctx, body)
        self.actions_card = Card(self.tr("Actions due"), body)
        self.actions = DashboardList(ctx, self.tr("Nothing overdue or due this week. Well done."),
                                     self.tr("Overdue actions and actions due this week"), self.actions_card)
        self.actions_card.box.addWidget(self.actions)
        self.readings_card = Card(self.tr("Readings assigned to you"), body)
        self.readings = DashboardList(ctx, self.tr("No readings are waiting for you. Teammates can assign readings "
                                                   "to you under Readings."),
                                      self.tr("Readings assigned to you"), self.readings_card)
        self.readings_card.box.addWidget(self.readings)
        self.recent_card = Card(self.tr("Recent changes"), body)
        self.recent = DashboardList(ctx, self.tr("No changes yet. Write a note or add a reading to get started."),
                                    self.tr("Recent changes"), self.recent_card)
        self.recent_card.box.addWidget(self.recent)
        for card in (self.symposium, self.readings_card, self.actions_card, self.recent_card):
            grid.addWidget(card)
        layout.addLayout(grid, 1)
        self.refresh()

    # --- refreshing -------------------------------------------------------------------------------

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is not None and not self.isVisible():
            self._dirty = True  # hidden: refresh when shown, not on every keystroke elsewhere
            return
        self._dirty = False
        today = dt.date.today()
        ws = self.ctx.ws
        self.symposium.load(ws.next_symposium(today.isoformat()), today)
        self.actions.set_rows(self._action_rows(today))
        self.readings.set_rows([
            DashboardRow(r.id, r.title, " · ".join(x for x in (
                value_name(r.data.get("kind")), str(r.data.get("year") or ""),
                r.data.get("authors") or "") if x))
            for r in ws.readings_assigned_to()
        ])
        self.recent.set_rows(self._recent_rows())

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def _action_rows(self, today: dt.date) -> list[DashboardRow]:
        ws = self.ctx.ws
        rows = []
        for action in ws.overdue_actions(today.isoformat()):
            days = (today - dt.date.fromisoformat(action.data["due"])).days
            who = ws.label(action.data.get("responsible"))
            detail = self.tr("%Ln days overdue", "", days)
            rows.append(DashboardRow(action.id, action.title, " · ".join(x for x in (detail, who) if x), "danger"))
        for action in ws.actions_due_within(7, today.isoformat()):
            due = dt.date.fromisoformat(action.data["due"])
            when = self.tr("due today") if due == today else self.tr("due %s") % short_date(due.isoformat())
            who = ws.label(action.data.get("responsible"))
            rows.append(DashboardRow(action.id, action.title, " · ".join(x for x in (when, who) if x), "warning"))
        return rows

    def _recent_rows(self) -> list[DashboardRow]:
        mine = own_replicas(self.ctx.ws)
        names = teammate_names(self.ctx.ws)
        rows = []
        for view in recent_changes(self.ctx, 12):
            replica = decode(view.updated)[2] if view.updated else ""
            if replica and replica not in mine:
                by = names.get(replica) or self.tr("a teammate")
                who = self.tr("from %s (imported)") % by
            else:
                who = ""
            detail = " · ".join(x for x in (type_name(view.type), when_changed(view.updated), who) if x)
            rows.append(DashboardRow(view.id, self.ctx.ws.display_name(view), detail, "success" if who else ""))
        return rows
