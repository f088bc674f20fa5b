"""The Network screen: the network library of other cities' publications, read-only, filtered by
city, type, working group and working-group topic or searched (any language, offline); a practice
is adapted here in a new plan, and its detail names this team's plans adapted from it (each opens
the plan); another city's publication is imported from a file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services.changes import ChangeSet, Created
from ...services.network import Network, group_of, group_topics, topic_of
from .. import prompts
from ..context import AppContext
from ..forms.values import type_name
from ..lists.layout_state import restore_splitter, save_splitter
from ..network.adapt_command import AdaptCommand
from ..network.entry_view import EntryView
from ..network.library_model import LibraryModel, published_day
from ..network.receive_flow import ReceiveFlow
from ..safe_text import plain, visible
from ..sharing.export_panel import _file_words
from ..widgets.column_fit import TitleColumnKeeper
from ..widgets.section_parts import EmptyState, SectionHeader
from .base import Section

SEARCHED = 500  # search hits shown at most (the list shows every publication otherwise)
ADAPTED_WIDTH = 300  # px at most of a plan's title in the detail pane
LISTED_TYPES = ("practice", "action_plan", "reading_item", "note", "symposium", "working_group")


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _matches(entry: Any, city: str | None, type_: str | None, group: str | None, topic: str | None,
             topics: dict[tuple[str, str], str]) -> bool:
    return ((not city or entry.city == city) and (not type_ or entry.type == type_)
            and (not group or group_of(entry) == _folded(group))
            and (not topic or _folded(topic_of(entry, topics)) == _folded(topic)))


def _library(ws: Any, query: str, city: str | None, type_: str | None, group: str | None,
             topic: str | None = None) -> dict[str, Any]:
    """What the screen shows (on a worker): the entries, every city, type, group and topic to
    filter by, and this team's plans adapted from each practice."""
    net = Network(ws)
    every = net.listed()
    topics = group_topics(every)
    if query.strip():
        entries = [e for e in net.search(query, limit=SEARCHED) if _matches(e, city, type_, group, topic, topics)]
    else:
        entries = [e for e in every if _matches(e, city, type_, group, topic, topics)]
    return {"entries": entries, "total": len(every), "cities": sorted({e.city for e in every if e.city}, key=str.casefold),
            "types": [t for t in LISTED_TYPES if any(e.type == t for e in every)], "groups": net.groups(),
            "topics": net.topics(), "adapted": net.adapted(every)}


class NetworkSection(Section):
    key = "network"
    icon_name = "network"
    record_types = ()

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("NetworkSection", "Network")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.flow: ReceiveFlow | None = None
        self._asked = 0  # the newest reading of the library asked for: older answers are dropped
        self._shown: Any = None
        self._adapted: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.header = SectionHeader(self.title(), self, self.tr(
            "What other cities publish, kept here read-only. Adapt a practice in a plan of your own."))
        self.import_button = self.header.add_button(self.tr("Import publication…"), "import", primary=True,
                                                    accessible=self.tr("Import another city's publication"))
        self.import_button.clicked.connect(self.choose_and_import)
        self.result = QLabel(self)
        self.result.setObjectName("Muted")
        self.result.setWordWrap(True)
        plain(self.result)  # it names the city of the publication
        self.result.hide()
        self.model = LibraryModel(self)
        self.body = QWidget(self)
        self.empty = EmptyState(self.tr(
            "The network library is empty. When another city sends you its publication, or the network hub "
            "its digest, bring it in with “Import publication…”: its practices, plans and readings appear "
            "here, with their city and date."), self)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.body)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addWidget(self.result)
        layout.addWidget(self.pages, 1)
        self._build_body()
        restore_splitter(ctx, "network_splitter", self.splitter)
        ctx.sig_exchanged.connect(lambda: self.refresh(None))
        self.refresh(None)

    # --- building ---------------------------------------------------------------------------------

    def _build_body(self) -> None:
        self.search = QLineEdit(self.body)
        self.search.setPlaceholderText(self.tr("Search the network library"))
        self.search.setAccessibleName(self.tr("Search the network library"))
        self.search.setClearButtonEnabled(True)
        self.city_box = self._filter_box(self.tr("City"))
        self.type_box = self._filter_box(self.tr("Type"))
        self.group_box = self._filter_box(self.tr("Working group"))
        self.topic_box = self._filter_box(self.tr("Working-group topic"))
        filters = QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(6)
        filters.addWidget(self.search, 0, 0, 1, 2)
        filters.addWidget(self.city_box, 1, 0)
        filters.addWidget(self.type_box, 1, 1)
        filters.addWidget(self.group_box, 2, 0, 1, 2)  # a group is shown with its problem of practice: long
        filters.addWidget(self.topic_box, 3, 0, 1, 2)  # a topic (problem of practice) is long too
        for column in (0, 1):
            filters.setColumnStretch(column, 1)
        self.table = self._table()
        self.no_match = EmptyState(self.tr("No publication matches. Clear the search or the filters to see them all."),
                                   self.body)
        self.list_stack = QStackedWidget(self.body)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.no_match)
        left = QWidget(self.body)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list_stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self.body)
        self.splitter.setObjectName("networkSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self._detail())
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([450, 360])
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addWidget(self.splitter)
        self.search.textChanged.connect(lambda _t: self.refresh(None))
        for box in (self.city_box, self.type_box, self.group_box, self.topic_box):
            box.activated.connect(lambda _i: self.refresh(None))

    def _filter_box(self, name: str) -> QComboBox:
        box = QComboBox(self.body)
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(8)
        return box

    def _table(self) -> QTableView:
        table = QTableView(self.body)
        table.setModel(self.model)
        table.setAccessibleName(self.tr("Publications of other cities"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 12)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.selectionModel().currentRowChanged.connect(lambda current, _p: self._show(current.row()))
        self.title_keeper = TitleColumnKeeper(table)  # narrow: the type, then the city give way (the detail says them)
        return table

    def _detail(self) -> QWidget:
        detail = QWidget(self.body)
        self.heading = QLabel(detail)
        self.heading.setObjectName("CardTitle")
        self.heading.setWordWrap(True)
        plain(self.heading)  # another city's title
        self.meta = QLabel(detail)
        self.meta.setObjectName("Muted")
        self.meta.setWordWrap(True)
        plain(self.meta)
        self.adapt_button = QPushButton(self.tr("Adapt in a new plan"), detail)
        self.adapt_button.setAccessibleName(self.tr("Adapt this practice in a new plan of your team"))
        self.adapt_button.clicked.connect(self.adapt_current)
        self.receipt_button = QPushButton(self.tr("Write a receipt…"), detail)
        self.receipt_button.setAccessibleName(self.tr("Write a receipt for the city of this publication"))
        self.receipt_button.clicked.connect(self.write_receipt)
        self.text = EntryView(detail)
        self.text.setAccessibleName(self.tr("The publication's text"))
        row = QHBoxLayout()
        row.addWidget(self.adapt_button)
        row.addStretch(1)
        receipt_row = QHBoxLayout()  # a row of its own: beside the other, the pane grew too wide
        receipt_row.addWidget(self.receipt_button)
        receipt_row.addStretch(1)
        self.adapted_box = QWidget(detail)  # this team's plans adapted from the practice shown, each opens it
        self.adapted_label = QLabel(self.tr("Your plans adapted from it:"), self.adapted_box)
        self.adapted_label.setObjectName("Muted")
        self.adapted_layout = QVBoxLayout(self.adapted_box)
        self.adapted_layout.setContentsMargins(0, 0, 0, 0)
        self.adapted_layout.setSpacing(2)
        self.adapted_layout.addWidget(self.adapted_label)
        self.adapted_buttons: list[QPushButton] = []
        self.adapted_box.hide()
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.meta)
        layout.addLayout(row)
        layout.addWidget(self.adapted_box)
        layout.addLayout(receipt_row)
        layout.addWidget(self.text, 1)
        return detail

    def _show_adapted(self, entry: Any) -> None:
        """A button per plan of this team adapted from the practice shown: it opens the plan."""
        for button in self.adapted_buttons:
            self.adapted_layout.removeWidget(button)
            button.deleteLater()
        self.adapted_buttons = []
        plans = self._adapted.get((entry.workspace_id, entry.rec), []) if entry is not None else []
        for plan, title in plans:
            button = QPushButton(self.adapted_box)
            button.setObjectName("LinkButton")
            # a long title is cut short (its whole text is the tooltip): it would widen the pane
            button.setText(button.fontMetrics().elidedText(visible(title), Qt.TextElideMode.ElideRight, ADAPTED_WIDTH))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAccessibleName(self.tr("Open the plan %s") % visible(title))
            button.setToolTip(self.tr("Open the plan %s") % visible(title))
            button.clicked.connect(lambda _checked=False, rec=plan: self.ctx.sig_open_record.emit(rec))
            self.adapted_layout.addWidget(button)
            self.adapted_buttons.append(button)
        self.adapted_box.setVisible(bool(plans))

    # --- the library ------------------------------------------------------------------------------

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        """The team's own records never change the library (only an import does); its plans and
        links change which plans adapt a practice."""
        if not changes.types or changes.types & {"action_plan", "link"}:
            self.refresh(changes)

    def current_filters(self) -> tuple[str, str | None, str | None, str | None, str | None]:
        return (self.search.text(), self.city_box.currentData(), self.type_box.currentData(),
                self.group_box.currentData(), self.topic_box.currentData())

    def refresh(self, changes: ChangeSet | None = None) -> None:
        self._asked += 1
        asked, ws = self._asked, self.ctx.ws
        query, city, type_, group, topic = self.current_filters()
        self.ctx.workers.run(lambda: _library(ws, query, city, type_, group, topic), lambda r: self._loaded(asked, r),
                             lambda exc: self.ctx.show_error(exc, self), write=False)

    def _loaded(self, asked: int, found: dict[str, Any]) -> None:
        if asked != self._asked:
            return  # the filters changed since: a newer answer is on its way
        kept = self._shown
        self._fill_box(self.city_box, self.tr("All cities"), [(visible(c), c) for c in found["cities"]])
        self._fill_box(self.type_box, self.tr("All types"), [(type_name(t), t) for t in found["types"]])
        self._fill_box(self.group_box, self.tr("All working groups"),
                       [(visible(f"{name} — {topic}" if topic else name), name) for name, topic in found["groups"]])
        self._fill_box(self.topic_box, self.tr("All working-group topics"), [(visible(t), t) for t in found["topics"]])
        self._adapted = found["adapted"]
        self.model.set_entries(found["entries"])
        self.title_keeper.fit()
        self.pages.setCurrentWidget(self.body if found["total"] else self.empty)
        self.list_stack.setCurrentWidget(self.table if found["entries"] else self.no_match)
        row = self.model.row_of(kept) if kept else -1
        self._select(row if row >= 0 else 0)

    @staticmethod
    def _fill_box(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for text, data in items:
            box.addItem(text, data)
        box.setCurrentIndex(max(box.findData(current), 0) if current else 0)
        box.blockSignals(False)

    def _select(self, row: int) -> None:
        if self.model.rowCount() == 0:
            self._show(-1)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show(row)

    def _show(self, row: int) -> None:
        entry = self.model.entry(row)
        self._shown = (entry.workspace_id, entry.rec) if entry is not None else None
        self.heading.setText(visible(entry.title) if entry is not None else self.tr("No publication chosen"))
        self.meta.setText(self._meta(entry) if entry is not None else "")
        self.adapt_button.setVisible(entry is not None and entry.type == "practice")
        self.receipt_button.setVisible(entry is not None)
        if entry is not None:
            self.receipt_button.setToolTip(self.tr(
                "A file for %1's team saying what your network library holds of their publications: once they "
                "import it, their next publication for you carries only what you lack.").replace(
                    "%1", visible(entry.city or entry.team)))
        self._show_adapted(entry)
        self.text.show_entry(entry)

    def _meta(self, entry: Any) -> str:
        """'Practice · Toronto · published 3 Dec 2026'."""
        source = visible(entry.city or entry.team)  # the team's name, often long, is the tooltip
        self.meta.setToolTip(visible(entry.team) if entry.team else "")
        published = self.tr("published %s") % published_day(entry.published_ms)
        return " · ".join(p for p in (type_name(entry.type), source, published) if p)

    def current_entry(self) -> Any:
        return self.model.entry(self.table.currentIndex().row())

    # --- actions ----------------------------------------------------------------------------------

    def adapt_current(self) -> None:
        """A new plan of this team adapted from the practice shown, opened once it is made."""
        entry = self.current_entry()
        if entry is None or entry.type != "practice":
            return

        def done(result: Any) -> None:
            if isinstance(result, Created):
                self.ctx.sig_status.emit(self.tr("New plan adapting %s.") % visible(entry.title))
                self.ctx.sig_open_record.emit(result.rec)

        self.ctx.undo_stack.push(AdaptCommand(self.ctx, entry.rec, self.tr("Adapt %s in a new plan") % visible(entry.title),
                                              on_done=done, workspace_id=entry.workspace_id))

    def write_receipt(self) -> None:
        """Save a receipt for the city of the publication shown (see `Network.receipt`)."""
        entry = self.current_entry()
        if entry is None:
            return
        city = entry.city or entry.team
        suggested = f"receipt for {_file_words(city, 40) or 'city'} - {dt.date.today().isoformat()}.gcen"
        path = prompts.save_file(self, self.tr("Save a receipt for %s") % visible(city),
                                 self.tr("GCEN publication (*.gcen)"), suggested)
        if path is None:
            return
        ws, workspace_id = self.ctx.ws, entry.workspace_id

        def done(result: Any) -> None:
            line = self.tr("Saved the receipt for %1 to %2: send it to %1's team.").replace(
                "%2", visible(result.path.name)).replace("%1", visible(city))
            self.result.setText(line)
            self.result.show()
            self.ctx.sig_status.emit(line)

        self.ctx.workers.run(lambda: Network(ws).receipt(path, workspace_id), done,
                             lambda exc: self.ctx.show_error(exc, self), write=False)

    def choose_and_import(self) -> None:
        path = prompts.open_file(self, self.tr("Import a publication"), self.tr("GCEN publication (*.gcen)"))
        if path is not None:
            self.import_publication(path)

    def import_publication(self, path: Path | str) -> None:
        if self.flow is not None:
            self.ctx.sig_status.emit(self.tr("An import is already running; wait for it to finish."))
            return
        self.flow = ReceiveFlow(self.ctx, self, Path(path))
        self.flow.sig_received.connect(self._on_received)
        self.flow.sig_ended.connect(self._on_flow_ended)
        self.import_button.setEnabled(False)
        self.flow.start()

    def _on_received(self, line: str) -> None:
        self.result.setText(line)
        self.result.show()

    def _on_flow_ended(self) -> None:
        self.flow = None
        self.import_button.setEnabled(True)

    def save_layout(self) -> None:
        save_splitter(self.ctx, "network_splitter", self.splitter)
