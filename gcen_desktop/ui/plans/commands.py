"""Undo commands of the plans screen: a whole plan made from a template is one undo step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...services.changes import ChangeSet, Created
from ...services.plan_templates import create_from_template
from ..commands import DeleteRecordCommand, _ServiceCommand
from ..context import AppContext


def delete_actions(ctx: AppContext, ids: list[str]) -> None:
    """Move these actions to the trash as one undo step (from the actions table or the board)."""
    if not ids:
        return
    stack = ctx.undo_stack
    # Spelled out (not through a short alias) so that lupdate finds the plural.
    stack.beginMacro(QCoreApplication.translate("GoalsPanel", "Delete %Ln actions", "", len(ids)))
    for rec in ids:
        stack.push(DeleteRecordCommand(ctx, rec, QCoreApplication.translate("GoalsPanel", "Delete action")))
    stack.endMacro()


class CreatePlanFromTemplateCommand(_ServiceCommand):
    """Create a plan with its template's goals and actions; undo deletes it all, redo restores it."""

    def __init__(self, ctx: AppContext, template_key: str, values: dict[str, Any], text: str, *,
                 on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.template_key = template_key
        self.values = dict(values)
        self.rec_id: str | None = None

    def _do(self) -> Any:
        if self.rec_id is None:
            created = create_from_template(self.ctx.ws, self.template_key, self.values)
            self.rec_id = created.rec
            return created
        return Created(self.rec_id, self.ctx.ws.restore(self.rec_id))

    def _undo(self) -> ChangeSet:
        return self.ctx.ws.delete(self.rec_id) if self.rec_id else ChangeSet()
