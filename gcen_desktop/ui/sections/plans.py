"""The Action plans screen: the list of plans and the selected plan's editor side by side."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QWidget

from ...services.changes import ChangeSet, Created
from .. import prompts
from ..commands import CreateRecordCommand, DeleteRecordCommand
from ..context import AppContext
from ..deleting import confirm_delete
from ..lists.layout_state import restore_splitter, save_splitter
from ..plans.commands import CreatePlanFromTemplateCommand
from ..plans.new_plan_dialog import BLANK, NewPlanDialog
from ..plans.plan_editor import PlanEditor
from ..plans.plan_list import PlanListPanel
from .base import Section


class PlansSection(Section):
    key = "plans"
    icon_name = "plans"
    record_types = ("action_plan", "goal", "action")
    # Other types whose changes show on this screen (names, links, counts).
    refresh_types = frozenset({"action_plan", "goal", "action", "link", "member", "city", "practice", "reading_item", "note", "working_group"})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.list_panel = PlanListPanel(ctx, self)
        self.editor = PlanEditor(ctx, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("plansSplitter")
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([300, 980])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.list_panel.sig_current_changed.connect(self._on_list_panel_current_changed)
        self.list_panel.sig_new_plan.connect(self.new_plan)
        self.editor.sig_new_plan.connect(self.new_plan)
        restore_splitter(ctx, "plans_splitter", self.splitter)
        restore_splitter(ctx, "plans_goals_splitter", self.editor.goals.splitter)
        self.list_panel.select_first()

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        if not changes.types or changes.types & self.refresh_types:
            self.refresh(changes)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PlansSection", "Action plans")

    def _on_list_panel_current_changed(self, rec: str | None) -> None:
        self.editor.set_plan(rec)

    def refresh(self, changes: ChangeSet | None = None) -> None:
        if changes is None:
            self.list_panel.model.reload()
            self.editor.set_plan(self.editor.plan.id if self.editor.plan else None)
            return
        self.editor.refresh(changes)

    def open_record(self, rec_id: str) -> bool:
        view = self.ctx.ws.find(rec_id)
        if view is None or view.type not in ("action_plan", "goal", "action"):
            return False
        plan_id, goal_id, action_id = None, None, None
        if view.type == "action":
            action_id, goal_id = view.id, view.data.get("goal")
            goal = self.ctx.ws.find(goal_id) if goal_id else None
            plan_id = goal.data.get("plan") if goal else None
        elif view.type == "goal":
            goal_id, plan_id = view.id, view.data.get("plan")
        else:
            plan_id = view.id
        if not plan_id:
            return False
        self.list_panel.filter_bar.text.clear()
        self.list_panel.filter_bar.status.setCurrentIndex(0)
        if not self.list_panel.select(plan_id):
            return False
        self.editor.set_plan(plan_id)
        if goal_id:
            self.editor.tabs.setCurrentWidget(self.editor.goals)
            self.editor.goals.select_goal(goal_id)
            if action_id:
                row = self.editor.goals.action_model.row_of(action_id)
                if row >= 0:
                    self.editor.goals.action_table.selectRow(row)
        return True

    def new_record(self) -> None:
        self.new_plan(BLANK)

    def delete_selected(self) -> None:
        """Delete the open plan, after saying what goes with it (Delete in its goals, actions,
        cards or evidence removes those instead: see `deleting`)."""
        if self.editor.plan is None:
            return
        rec = self.editor.plan.id
        self.flush()
        if confirm_delete(self, self.ctx, rec):
            self.ctx.undo_stack.push(DeleteRecordCommand(
                self.ctx, rec, self.tr("Delete plan %s") % self.ctx.ws.label(rec)))

    def flush(self) -> None:
        self.editor.form.flush()
        self.editor.goals.goal_form.flush()

    def print_open_record(self) -> bool:
        """Ctrl+P: the open plan's plan report as a PDF (False when none is open)."""
        if self.editor.plan is None:
            return False
        self.editor.export("pdf")
        return True

    def save_layout(self) -> None:
        save_splitter(self.ctx, "plans_splitter", self.splitter)
        save_splitter(self.ctx, "plans_goals_splitter", self.editor.goals.splitter)

    def new_plan(self, template: str = BLANK) -> None:
        dialog = NewPlanDialog(self.ctx, self, template=template)
        if prompts.run_dialog(dialog) != NewPlanDialog.DialogCode.Accepted.value:
            return
        key, values = dialog.template_key(), dialog.values()
        if not values.get("title"):
            return

        def done(result) -> None:
            if not isinstance(result, Created):
                return  # an undo of the creation: nothing to select
            rec = result.rec
            self.list_panel.select(rec)
            self.editor.set_plan(rec)
            self.editor.tabs.setCurrentWidget(self.editor.goals if key else self.editor.tabs.widget(0))

        if key:
            command = CreatePlanFromTemplateCommand(
                self.ctx, key, values, self.tr("New plan %s") % values["title"], on_done=done)
        else:
            command = CreateRecordCommand(self.ctx, "action_plan", values,
                                          text=self.tr("New plan %s") % values["title"], on_done=done)
        self.ctx.undo_stack.push(command)
