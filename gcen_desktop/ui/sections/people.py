"""People & cities: the team's members with their roles, and the network's cities with the
practices in the portfolio that come from each."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ...domain.views import RecordView
from ...services.changes import ChangeSet, Created
from ...services.queries import Filters
from ..commands import CreateRecordCommand, DeleteRecordCommand
from ..context import AppContext
from ..forms.record_form import RecordForm
from ..forms.values import value_name
from ..linking.link_panel import LinkedRecordsPanel
from ..models.record_table import Column
from ..widgets.record_list import RecordListPane
from ..widgets.section_parts import SectionHeader
from .base import Section


class _RecordPage(QWidget):
    """A list on the left, the selected record's form on the right."""

    def __init__(self, ctx: AppContext, type_name: str, columns: list[Column], fields: list[tuple[str, str]],
                 empty_text: str, filter_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 12, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.list = RecordListPane(ctx, type_name, columns, empty_text=empty_text, filter_placeholder=filter_text, parent=self)
        self.splitter.addWidget(self.list)
        detail = QWidget(self)
        box = QVBoxLayout(detail)
        box.setContentsMargins(16, 0, 0, 0)
        self.form = RecordForm(ctx, type_name, fields, detail)
        box.addWidget(self.form)
        self.extra = QLabel("", detail)
        self.extra.setTextFormat(Qt.TextFormat.PlainText)  # a member's details come from teammates
        self.extra.setObjectName("Muted")
        self.extra.setWordWrap(True)
        box.addWidget(self.extra)
        if not self.add_details(detail, box):
            box.addStretch(1)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter)
        self.list.sig_current_changed.connect(self._on_list_current_changed)

    def add_details(self, detail: QWidget, box: QVBoxLayout) -> bool:
        """Add widgets under the form; return True if they take the spare height."""
        return False

    def _on_list_current_changed(self, rec_id: str) -> None:
        view = self.ctx.ws.find(rec_id) if rec_id else None
        self.show_record(view if view is not None and not view.deleted else None)

    def show_record(self, view: RecordView | None) -> None:
        self.form.load(view)
        self.extra.setText(self.describe(view) if view else "")

    def describe(self, view: RecordView) -> str:
        return ""

    def reload_current(self) -> None:
        self._on_list_current_changed(self.list.current_id())


class _MembersPage(_RecordPage):
    def describe(self, view: RecordView) -> str:
        groups = [g.title for g in self.ctx.ws.backlinks(view.id, "group_member")]
        me = self.tr("This is you.") if view.id == self.ctx.ws.me else ""
        text = self.tr("Working groups: %s") % ", ".join(groups) if groups else self.tr("Not in a working group yet.")
        return " ".join(x for x in (me, text) if x)


class _CitiesPage(_RecordPage):
    """The network's cities; the selected city's form, then the practices that come from it."""

    def add_details(self, detail: QWidget, box: QVBoxLayout) -> bool:
        self.practices = LinkedRecordsPanel(
            self.ctx, "", ("practice",), self.tr("Practices from this city"), fetch=self.practices_of,
            detail=lambda v: (v.data.get("summary") or "").strip().split("\n", 1)[0],
            empty_text=self.tr("No practice in the portfolio comes from this city yet. "
                               "Set a practice's city on the “Practices” screen."),
            parent=detail)
        box.addSpacing(8)
        box.addWidget(self.practices, 1)
        return True

    def practices_of(self, city: str) -> list[RecordView]:
        return self.ctx.ws.list("practice", Filters(city=city))

    def show_record(self, view: RecordView | None) -> None:
        super().show_record(view)
        self.practices.set_record(view.id if view else None)


class PeopleSection(Section):
    key = "people"
    icon_name = "people"
    record_types = ("member", "city")
    # Other types whose changes show on this screen (a city's practices).
    refresh_types = frozenset({"member", "city", "practice"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PeopleSection", "People & cities")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._city_names = {c.id: c.title for c in ctx.ws.list("city", limit=10000)}
        self._practice_counts = self._count_practices()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        self.header = SectionHeader(self.title(), self, self.tr("Your team's members and the cities of the network."))
        self.add_person_button = self.header.add_button(self.tr("Add person"), "add", primary=True)
        self.add_city_button = self.header.add_button(self.tr("Add city"), "add")
        self.add_person_button.clicked.connect(lambda: self.add("member"))
        self.add_city_button.clicked.connect(lambda: self.add("city"))
        layout.addWidget(self.header)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.members = _MembersPage(
            ctx, "member",
            [Column("name", self.tr("Name")),
             Column("role", self.tr("Role"), display=lambda v: value_name(v.data.get("role")), width=150),
             Column("organisation", self.tr("Organisation"), width=200),
             Column("city", self.tr("City"), display=lambda v: self._city_names.get(v.data.get("city") or "", ""),
                    sortable=False, width=110)],
            [("name", self.tr("Name")), ("role", self.tr("Role")), ("organisation", self.tr("Organisation")),
             ("email", self.tr("Email")), ("city", self.tr("City"))],
            self.tr("No team members yet. Add the people in your city team with “Add person”."),
            self.tr("Filter people by name"), self,
        )
        self.cities = _CitiesPage(
            ctx, "city",
            [Column("name", self.tr("City")), Column("country", self.tr("Country"), width=200),
             Column("practices", self.tr("Practices"), display=lambda v: self._practice_counts.get(v.id) or "",
                    sortable=False, align_right=True, width=90)],
            [("name", self.tr("City")), ("country", self.tr("Country"))],
            self.tr("No cities yet. Add the cities of your network with “Add city”."),
            self.tr("Filter cities by name"), self,
        )
        self.tabs.addTab(self.members, self.tr("Team members"))
        self.tabs.addTab(self.cities, self.tr("Network cities"))
        layout.addWidget(self.tabs, 1)
        self.members.list.select_first()
        self.cities.list.select_first()

    def _count_practices(self) -> dict[str, int]:
        """Per city id, how many practices in the portfolio come from it."""
        return dict(Counter(p.data["city"] for p in self.ctx.ws.list("practice") if p.data.get("city")))

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        if not changes.types or changes.types & self.refresh_types:
            self.refresh(changes)

    def _page_for(self, type_name: str) -> _RecordPage:
        return self.members if type_name == "member" else self.cities

    def add(self, type_name: str) -> None:
        name = self.tr("New person") if type_name == "member" else self.tr("New city")
        page = self._page_for(type_name)
        self.tabs.setCurrentWidget(page)

        def created(result: object) -> None:
            rec = result.rec if isinstance(result, Created) else None
            if rec:
                page.list.select(rec)
                page.form.editors["name"].setFocus()

        self.ctx.undo_stack.push(CreateRecordCommand(self.ctx, type_name, {"name": name}, [], self.tr("Add %s") % name.lower(),
                                                     on_done=created))

    def new_record(self) -> None:
        self.add("member" if self.tabs.currentWidget() is self.members else "city")

    def delete_selected(self) -> None:
        page = self.tabs.currentWidget()
        if not isinstance(page, _RecordPage):
            return
        for rec in page.list.selected_ids():
            if rec == self.ctx.ws.me:
                self.ctx.sig_status.emit(self.tr("You cannot delete yourself; choose someone else in Preferences first."))
                continue
            self.ctx.undo_stack.push(DeleteRecordCommand(self.ctx, rec, self.tr("Delete %s") % self.ctx.ws.label(rec)))

    def open_record(self, rec_id: str) -> bool:
        view = self.ctx.ws.find(rec_id)
        if view is None or view.type not in self.record_types:
            return False
        page = self._page_for(view.type)
        self.tabs.setCurrentWidget(page)
        page.list.filter_edit.clear()
        page.list.apply_filter()
        return page.list.select(rec_id)

    def refresh(self, changes: ChangeSet | None = None) -> None:
        # The list models follow change sets themselves; the detail shows the stored values again.
        if changes is None or "city" in changes.types:
            self._city_names = {c.id: c.title for c in self.ctx.ws.list("city", limit=10000)}
        if changes is None or changes.types & {"practice", "city"}:
            self._practice_counts = self._count_practices()
        if changes is not None and changes.types and not changes.types & {"member", "city"}:
            self.cities.practices.reload()  # only practices changed: the forms stay as they are
            return
        self.members.reload_current()
        self.cities.reload_current()
