"""The Practices screen: the portfolio of other cities' practices, each with the plans adapting it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ...domain.views import RecordView
from ...services.changes import ChangeSet
from .. import prompts
from ..commands import CreateRecordCommand, LinkCommand
from ..context import AppContext
from ..linking.link_panel import LinkedRecordsPanel
from ..models.record_table import Column
from ..plans.commands import CreatePlanFromTemplateCommand
from ..plans.new_plan_dialog import NewPlanDialog
from ..safe_text import visible
from .record_section import RecordSection, RecordSectionSpec


class PracticesSection(RecordSection):
    key = "practices"
    icon_name = "practices"
    refresh_types = frozenset({"practice", "action_plan", "city", "link"})

    def spec(self) -> RecordSectionSpec:
        city_name = lambda v: self.ctx.ws.label(v.data.get("city"))  # noqa: E731
        return RecordSectionSpec(
            columns=[Column("title", self.tr("Practice")), Column("city", self.tr("City"), display=city_name)],
            heading=self.tr("Practices"), new_label=self.tr("New practice"),
            filter_label=self.tr("Filter practices by title"),
            empty_text=self.tr("No practices yet. Add what you saw on a site visit or read in a case study: "
                               "“New practice”."),
            no_match_text=self.tr("No practice matches the filter. Clear it to see them all."),
            empty_title=self.tr("No practice open"),
            empty_text_detail=self.tr("The portfolio holds what other cities do that works: what you saw on site "
                                      "visits and read in case studies, with the plans that adapt it here."),
            choose_text=self.tr("Choose a practice on the left, or add one with “New practice”."),
            new_name=self.tr("New practice"),
            delete_accessible=self.tr("Delete this practice"),
            delete_undo=self.tr("Delete practice %s"),
            spacing=24,
        )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PracticesSection", "Practices")

    def add_buttons(self) -> list[QPushButton]:
        self.adapt_button = QPushButton(self.tr("Adapt in a new plan…"), self)
        self.adapt_button.setAccessibleName(self.tr("Adapt this practice in a new plan"))
        self.adapt_button.clicked.connect(self.adapt_in_new_plan)
        return [self.adapt_button]

    def add_panels(self) -> list[LinkedRecordsPanel]:
        self.plans = LinkedRecordsPanel(
            self.ctx, "adapted_from", ("action_plan",), self.tr("Plans that adapt it"), reverse=True,
            empty_text=self.tr("No plan adapts this practice yet. “Adapt in a new plan…” starts one."), parent=self)
        return [self.plans]

    def heading_text(self, view: RecordView) -> str:
        city = self.ctx.ws.label(view.data.get("city"))
        return visible(f"{view.title} — {city}" if city else view.title)

    def shows_again(self, changes: ChangeSet) -> bool:
        return bool(changes.types & {"city"})  # the heading names the practice's city

    def adapt_in_new_plan(self) -> None:
        """A new plan that records this practice (and its city) under 'adapted from'."""
        rec = self.current()
        if not rec:
            return
        dialog = NewPlanDialog(self.ctx, self)
        dialog.title.setText(self.tr("Adapting: %s") % self.ctx.ws.label(rec))
        if prompts.run_dialog(dialog) != NewPlanDialog.DialogCode.Accepted.value:
            return
        values = dialog.values()
        key = dialog.template_key()
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("New plan adapting %s") % self.ctx.ws.label(rec))
        if key:
            create = CreatePlanFromTemplateCommand(self.ctx, key, values, self.tr("New plan"))
        else:
            create = CreateRecordCommand(self.ctx, "action_plan", values, text=self.tr("New plan"))
        stack.push(create)
        stack.push(_LinkNewPlanCommand(self.ctx, create, rec, self.tr("Adapt practice")))
        stack.endMacro()


class _LinkNewPlanCommand(LinkCommand):
    """Links the plan a preceding create command made (its id is known only on the writer thread)."""

    def __init__(self, ctx: AppContext, create, practice: str, text: str) -> None:
        super().__init__(ctx, "adapted_from", "", practice, text)
        self.create = create

    def _add(self) -> ChangeSet:
        self.a = self.create.rec_id
        return super()._add()

    def _remove(self) -> ChangeSet:
        self.a = self.create.rec_id
        return super()._remove()
