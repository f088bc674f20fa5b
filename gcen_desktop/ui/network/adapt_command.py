"""Adapt a network practice in a new plan, as one undoable step (undo removes what it made)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...services.changes import ChangeSet, Created
from ...services.network import Network
from ..commands import _ServiceCommand
from ..context import AppContext


class AdaptCommand(_ServiceCommand):
    """The plan (and, the first time, this team's copy of the practice it links to); undo deletes
    what this step made, redo restores the same records."""

    def __init__(self, ctx: AppContext, rec: str, text: str, *, on_done: Callable[[Any], None] | None = None,
                 workspace_id: str | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.rec = rec
        self.workspace_id = workspace_id  # the publishing workspace (two cities may publish one id)
        self.plan: str | None = None
        self.made: list[str] = []  # the plan, and the practice's copy when this step made it

    def _do(self) -> Any:
        ws = self.ctx.ws
        if self.plan is None:
            created = Network(ws).adapt(self.rec, self.workspace_id)
            self.plan = created.rec
            self.made = [r for r in created.changes.created
                         if r == created.rec or (ws.find(r) is not None and ws.find(r).type == "practice")]
            return created
        changes = ChangeSet()
        for rec in self.made:
            changes.merge(ws.restore(rec))
        return Created(self.plan, changes)

    def _undo(self) -> ChangeSet:
        changes = ChangeSet()
        for rec in self.made:
            changes.merge(self.ctx.ws.delete(rec))
        return changes
