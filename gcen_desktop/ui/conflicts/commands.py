"""Undo commands of the Conflicts screen.

Resolving writes one value over every competing version; undoing it writes back the value that
was shown before (the competing versions stay superseded — the event log never forgets them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...services.changes import ChangeSet
from ..commands import _ServiceCommand
from ..context import AppContext


class ResolveFieldCommand(_ServiceCommand):
    def __init__(self, ctx: AppContext, rec_id: str, field: str, value: Any, text: str, *,
                 on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.rec_id, self.field, self.value = rec_id, field, value
        self.previous: Any = None
        self._captured = False

    def _do(self) -> ChangeSet:
        if not self._captured:
            self.previous = self.ctx.ws.get(self.rec_id).data.get(self.field)
            self._captured = True
        return self.ctx.ws.resolve(self.rec_id, self.field, self.value)

    def _undo(self) -> ChangeSet:
        return self.ctx.ws.edit(self.rec_id, {self.field: self.previous})


class KeepRecordCommand(_ServiceCommand):
    """Keep a record a teammate deleted while it was edited here; undo deletes it."""

    def __init__(self, ctx: AppContext, rec_id: str, text: str, *,
                 on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.rec_id = rec_id

    def _do(self) -> ChangeSet:
        return self.ctx.ws.keep(self.rec_id)

    def _undo(self) -> ChangeSet:
        return self.ctx.ws.delete(self.rec_id)
