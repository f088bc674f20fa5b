"""The Working groups screen: each group's topic, members, and the readings and notes it works with."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ...domain.views import RecordView
from ...services.queries import Filters
from ..forms.values import value_name
from ..linking.link_panel import LinkedRecordsPanel
from ..models.record_table import Column
from .record_section import RecordSection, RecordSectionSpec


class GroupsSection(RecordSection):
    key = "groups"
    icon_name = "groups"
    refresh_types = frozenset({"working_group", "member", "reading_item", "note", "action_plan", "link"})

    def spec(self) -> RecordSectionSpec:
        return RecordSectionSpec(
            columns=[
                Column("title", self.tr("Working group")),
                Column("status", self.tr("Status"), display=lambda v: value_name(v.data.get("status"))),
            ],
            heading=self.tr("Working groups"), new_label=self.tr("New group"), filter_label=self.tr("Filter groups by name"),
            empty_text=self.tr("No working groups yet. A group gathers people from several cities around one "
                               "problem of practice: “New group”."),
            no_match_text=self.tr("No group matches the filter. Clear it to see them all."),
            empty_title=self.tr("No working group open"),
            empty_text_detail=self.tr("A working group brings people from several cities together around one "
                                      "problem of practice, with the readings and notes they work from."),
            choose_text=self.tr("Choose a working group on the left, or start one with “New group”."),
            new_name=self.tr("New working group"),
            delete_accessible=self.tr("Delete this working group"),
            delete_undo=self.tr("Delete working group %s"),
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("GroupsSection", "Working groups")

    def add_panels(self) -> list[LinkedRecordsPanel]:
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("Muted")
        self.members = LinkedRecordsPanel(
            self.ctx, "group_member", ("member",), self.tr("Members"),
            empty_text=self.tr("No members yet. Add the people from each city who take part."),
            picker_title=self.tr("Add members"), detail=self._member_detail, parent=self)
        self.related = LinkedRecordsPanel(
            self.ctx, "related", ("reading_item", "note"), self.tr("Linked readings and notes"),
            empty_text=self.tr("Link the case studies, papers and notes the group works from."),
            picker_title=self.tr("Link readings and notes"), parent=self)
        self.filed = LinkedRecordsPanel(
            self.ctx, "", ("reading_item", "note", "action_plan"), self.tr("Filed under this group"),
            fetch=self._filed_under,
            empty_text=self.tr("Readings, notes and plans whose working group is this one appear here."),
            parent=self)
        return [self.members, self.related, self.filed]

    def titles_layout(self) -> QVBoxLayout:
        titles = super().titles_layout()
        titles.addWidget(self.subtitle)
        return titles

    def show_details(self, view: RecordView | None) -> None:
        if view is None:
            self.subtitle.setText("")
            return
        self.subtitle.setText(self.tr("%Ln members · %1", "", self.members.model.rowCount()).replace(
            "%1", value_name(view.data.get("status"))))

    def _member_detail(self, view: RecordView) -> str:
        role = value_name(view.data.get("role"))
        city = self.ctx.ws.label(view.data.get("city"))
        return " · ".join(x for x in (role, view.data.get("organisation") or city) if x)

    def _filed_under(self, rec: str) -> list[RecordView]:
        out: list[RecordView] = []
        for type_ in ("action_plan", "reading_item", "note"):
            out.extend(self.ctx.ws.list(type_, Filters(working_group=rec), limit=500))
        return out
