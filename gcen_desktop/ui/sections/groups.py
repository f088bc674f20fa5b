"""The Working groups screen: each group's topic, members, and the readings and notes it works with."""

from __future__ import annotations

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

from ...domain.views import RecordView
from ...services.changes import ChangeSet, Created
from ...services.queries import Filters
from ..commands import CreateRecordCommand, DeleteRecordCommand
from ..context import AppContext
from ..forms.record_form import RecordForm
from ..forms.values import value_name
from ..linking.link_panel import LinkedRecordsPanel
from ..lists.empty_page import EmptyPage
from ..lists.layout_state import restore_splitter, save_splitter
from ..lists.record_list_panel import RecordListPanel
from ..models.record_table import Column
from ..safe_text import visible
from ..widgets.columns_layout import ColumnsLayout
from .base import Section


class GroupsSection(Section):
    key = "groups"
    icon_name = "groups"
    record_types = ("working_group",)
    # Other types whose changes show on this screen (names, links, counts).
    refresh_types = frozenset({"working_group", "member", "reading_item", "note", "action_plan", "link"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list_panel = RecordListPanel(
            ctx, "working_group", [
                Column("title", self.tr("Working group")),
                Column("status", self.tr("Status"), display=lambda v: value_name(v.data.get("status"))),
            ],
            heading=self.tr("Working groups"), new_label=self.tr("New group"), filter_label=self.tr("Filter groups by name"),
            empty_text=self.tr("No working groups yet. A group gathers people from several cities around one "
                         "problem of practice: “New group”."),
            no_match_text=self.tr("No group matches the filter. Clear it to see them all."), parent=self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)  # record titles come from teammates too
        self.heading.setObjectName("SectionTitle")
        self.heading.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("Muted")
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setAccessibleName(self.tr("Delete this working group"))
        self.form = RecordForm(ctx, "working_group", [
            ("name", self.tr("Name")),
            ("topic", self.tr("Problem of practice")),
            ("description", self.tr("Description")),
            ("status", self.tr("Status")),
        ], self)
        self.members = LinkedRecordsPanel(
            ctx, "group_member", ("member",), self.tr("Members"),
            empty_text=self.tr("No members yet. Add the people from each city who take part."),
            picker_title=self.tr("Add members"), detail=self._member_detail, parent=self)
        self.related = LinkedRecordsPanel(
            ctx, "related", ("reading_item", "note"), self.tr("Linked readings and notes"),
            empty_text=self.tr("Link the case studies, papers and notes the group works from."),
            picker_title=self.tr("Link readings and notes"), parent=self)
        self.filed = LinkedRecordsPanel(
            ctx, "", ("reading_item", "note", "action_plan"), self.tr("Filed under this group"),
            fetch=self._filed_under,
            empty_text=self.tr("Readings, notes and plans whose working group is this one appear here."),
            parent=self)
        self.detail = QWidget(self)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        head.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignTop)
        grid = ColumnsLayout(stretch=(3, 2), spacing=20, column_width=300)  # one column on a narrow window
        for part in (self.form, self.members, self.related, self.filed):
            grid.addWidget(part)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(20, 16, 20, 12)
        detail_layout.setSpacing(14)
        detail_layout.addLayout(head)
        detail_layout.addLayout(grid, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter = splitter
        splitter.setObjectName("groupsSplitter")
        splitter.addWidget(self.list_panel)
        self.empty_page = EmptyPage(self.tr("No working group open"), self.tr(
            "A working group brings people from several cities together around one problem of practice, with the readings and notes they work from."), [(self.tr("New group"), self.new_record)], self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(scroll)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([320, 900])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.list_panel.sig_current_changed.connect(self._show)
        self.list_panel.sig_new.connect(self.new_record)
        self.delete_button.clicked.connect(self.delete_current)
        self._show(None)
        restore_splitter(ctx, "groups_splitter", splitter)
        self.list_panel.select_first()

    def _member_detail(self, view: RecordView) -> str:
        role = value_name(view.data.get("role"))
        city = self.ctx.ws.label(view.data.get("city"))
        return " · ".join(x for x in (role, view.data.get("organisation") or city) if x)

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        if not changes.types or changes.types & self.refresh_types:
            self.refresh(changes)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("GroupsSection", "Working groups")

    def _filed_under(self, rec: str) -> list[RecordView]:
        out: list[RecordView] = []
        for type_ in ("action_plan", "reading_item", "note"):
            out.extend(self.ctx.ws.list(type_, Filters(working_group=rec), limit=500))
        return out

    def current(self) -> str | None:
        return self.form.view.id if self.form.view else None

    def _show(self, rec: str | None) -> None:
        view = self.ctx.ws.find(rec) if rec else None
        if view is not None and view.deleted:
            view = None
        rid = view.id if view else None
        self.form.load(view)
        for panel in (self.members, self.related, self.filed):
            panel.set_record(rid)
        self.detail.setEnabled(view is not None)
        self.stack.setCurrentIndex(1 if view is not None else 0)
        if view is None:
            self.heading.setText(self.tr("Choose a working group on the left, or start one with “New group”."))
            self.subtitle.setText("")
            return
        self.heading.setText(visible(view.title))
        self.subtitle.setText(self.tr("%Ln members · %1", "", self.members.model.rowCount()).replace("%1",
                                                             value_name(view.data.get("status"))))

    def refresh(self, changes: ChangeSet | None = None) -> None:
        rec = self.current()
        if changes is None or (rec and rec in changes.ids):
            self._show(rec)
            return
        if rec:
            for panel in (self.members, self.related, self.filed):
                panel.refresh(changes)
            view = self.form.view
            self.subtitle.setText(self.tr("%Ln members · %1", "", self.members.model.rowCount()).replace("%1",
                                                                 value_name(view.data.get("status"))))

    def open_record(self, rec_id: str) -> bool:
        view = self.ctx.ws.find(rec_id)
        if view is None or view.type != "working_group":
            return False
        if self.list_panel.select(rec_id):
            self._show(rec_id)
            return True
        return False

    def new_record(self) -> None:
        def done(result) -> None:
            if isinstance(result, Created):
                self.list_panel.select(result.rec)
                self._show(result.rec)
                self.form.editors["name"].setFocus()
                self.form.editors["name"].selectAll()  # type: ignore[attr-defined]

        self.ctx.undo_stack.push(CreateRecordCommand(
            self.ctx, "working_group", {"name": self.tr("New working group")},
            text=self.tr("New working group"), on_done=done))

    def delete_current(self) -> None:
        rec = self.current()
        if rec:
            self.ctx.undo_stack.push(DeleteRecordCommand(
                self.ctx, rec, self.tr("Delete working group %s") % self.ctx.ws.label(rec)))

    def flush(self) -> None:
        self.form.flush()

    def save_layout(self) -> None:
        save_splitter(self.ctx, "groups_splitter", self.splitter)

    def delete_selected(self) -> None:
        self.delete_current()
