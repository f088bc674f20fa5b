"""Undo commands: every edit the UI makes is one of these, pushed on `ctx.undo_stack`.

Each command runs its service call on the writer thread (`ctx.run_write`). The writer pool has
one thread and runs jobs in order, so an undo queued right after a redo sees what the redo wrote:
values a command needs for its undo (the change set's `previous`) are kept on the command by the
job itself, on that same thread.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ..domain.ids import link_id
from ..services.changes import ChangeSet, Created
from .context import AppContext

# Commands that may merge with the next one of the same id (typing into one field).
_MERGE_EDIT = 4101
_RUNS = itertools.count()


class _ServiceCommand(QUndoCommand):
    """Runs `_do()` on redo and `_undo()` on undo, both on the writer thread."""

    def __init__(self, ctx: AppContext, text: str, on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(text)
        self.ctx = ctx
        self.on_done = on_done
        self.on_failed: Callable[[BaseException], None] | None = None  # after the error is shown
        self.failed = False
        self.runs = 0  # how many runs (redo or undo) the writer has finished

    def _do(self) -> Any:
        raise NotImplementedError

    def _undo(self) -> Any:
        raise NotImplementedError

    def _run(self, func: Callable[[], Any]) -> None:
        def guarded() -> Any:
            if self.failed:  # an earlier step failed: doing the reverse would be wrong
                return ChangeSet()
            try:
                result = func()
            except BaseException:
                self.failed = True
                raise
            self.runs += 1
            return result

        self.ctx.run_write(guarded, self.on_done, on_failed=self.on_failed)

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


class EditRecordCommand(_ServiceCommand):
    """Edit fields of one record; undo writes back the values the edit replaced.

    With `merge=True`, consecutive edits of the same fields of one record (autosave while typing)
    become one undo step. `shown`: per field, the heads the editor loaded its value from (see
    `Workspace.shown`), or a callable giving them when the save runs (after an earlier save of
    the same editor, still queued, has written its version); a field changed since is saved as a
    concurrent edit. Undo and redo each
    replace only the version the step before wrote, so a change made meanwhile elsewhere (another
    window, an import) stays, as a conflict, instead of being undone with it.
    """

    def __init__(
        self,
        ctx: AppContext,
        rec_id: str,
        new_values: dict[str, Any],
        text: str,
        *,
        merge: bool = False,
        shown: dict[str, list[list[Any]]] | Callable[[], dict[str, list[list[Any]]]] | None = None,
        on_done: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(ctx, text, on_done)
        self.rec_id = rec_id
        self.new_values = dict(new_values)
        self.previous: dict[str, Any] | None = None
        self.merge = merge
        self.shown = shown
        # (when, versions): what this command's last run wrote; `when` orders runs of merged edits
        self.written: tuple[int, dict[str, list[list[Any]]]] | None = None
        self._merged: list[EditRecordCommand] = []

    def _last_written(self) -> dict[str, list[list[Any]]] | None:
        """The versions the latest run of this step wrote (on the writer, where every merged save
        has run by now)."""
        runs = [c.written for c in (self, *self._merged) if c.written is not None]
        return max(runs, key=lambda run: run[0])[1] if runs else None

    def _write(self, values: dict[str, Any], shown: dict[str, list[list[Any]]] | None, *,
               typed: bool = False) -> ChangeSet:
        changes = self.ctx.ws.edit(self.rec_id, values, shown=shown, typed=typed)
        self.written = (next(_RUNS), dict(changes.versions.get(self.rec_id, {})))
        return changes

    def versions_written(self, name: str) -> list[list[Any]] | None:
        """The version of field `name` this command's latest run wrote (None: none yet)."""
        last = self._last_written()
        return None if last is None else last.get(name)

    def _do(self) -> ChangeSet:
        typed = self.written is None and self.shown is not None
        if typed:  # the editor's save: what it was shown (a callable: as of now)
            shown = self.shown() if callable(self.shown) else self.shown
        else:
            shown = self._last_written()
        # the typing itself is saved even over a deletion that came since (a conflict to settle);
        # a redo is not: it brings back nothing the user did not just type
        changes = self._write(self.new_values, shown, typed=typed)
        if self.previous is None:
            self.previous = dict(changes.previous.get(self.rec_id, {}))
        return changes

    def _undo(self) -> ChangeSet:
        return self._write(self.previous or {}, self._last_written())

    def id(self) -> int:
        return _MERGE_EDIT if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(other, EditRecordCommand) or not other.merge or self.failed:
            return False  # (a step that failed does nothing when undone: the typing after it is a step of its own)
        if other.rec_id != self.rec_id or set(other.new_values) != set(self.new_values):
            return False
        self.new_values = dict(other.new_values)
        self._merged.append(other)  # its save may not have run yet: its version is read at undo
        return True


class CreateRecordCommand(_ServiceCommand):
    """Create a record (with tags); undo deletes it, redo restores the same record."""

    def __init__(
        self,
        ctx: AppContext,
        type_name: str,
        values: dict[str, Any],
        tags: list[str] | None = None,
        text: str = "",
        *,
        on_done: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(ctx, text, on_done)
        self.type_name = type_name
        self.values = dict(values)
        self.tags = list(tags or [])
        self.rec_id: str | None = None

    def _do(self) -> Any:
        if self.rec_id is None:
            created = self.ctx.ws.create(self.type_name, self.values, tags=self.tags)
            self.rec_id = created.rec
            return created
        return Created(self.rec_id, self.ctx.ws.restore(self.rec_id))

    def _undo(self) -> ChangeSet:
        return self.ctx.ws.delete(self.rec_id) if self.rec_id else ChangeSet()


class DeleteRecordCommand(_ServiceCommand):
    """Move a record (and its children) to the trash; undo restores it."""

    def __init__(self, ctx: AppContext, rec_id: str, text: str, *, on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.rec_id = rec_id

    def _do(self) -> ChangeSet:
        return self.ctx.ws.delete(self.rec_id)

    def _undo(self) -> ChangeSet:
        return self.ctx.ws.restore(self.rec_id)


class RestoreRecordCommand(_ServiceCommand):
    """Bring a record back from the trash; undo deletes it again."""

    def __init__(self, ctx: AppContext, rec_id: str, text: str, *, on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.rec_id = rec_id

    def _do(self) -> ChangeSet:
        return self.ctx.ws.restore(self.rec_id)

    def _undo(self) -> ChangeSet:
        return self.ctx.ws.delete(self.rec_id)


class SetTagsCommand(_ServiceCommand):
    """Replace the tags of a record; undo puts the old ones back."""

    def __init__(self, ctx: AppContext, rec_id: str, tags: list[str], text: str, *, on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.rec_id = rec_id
        self.tags = list(tags)
        self.previous: list[str] | None = None

    def _do(self) -> ChangeSet:
        if self.previous is None:
            self.previous = self.ctx.ws.tags_of(self.rec_id)
        return self.ctx.ws.set_tags(self.rec_id, self.tags)

    def _undo(self) -> ChangeSet:
        return self.ctx.ws.set_tags(self.rec_id, self.previous or [])


class LinkCommand(_ServiceCommand):
    """Add (or with `remove=True`, remove) a link between two records; undo does the reverse."""

    def __init__(self, ctx: AppContext, kind: str, a: str, b: str, text: str, *, remove: bool = False,
                 on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.kind, self.a, self.b, self.remove = kind, a, b, remove

    def _add(self) -> ChangeSet:
        return self.ctx.ws.link(self.kind, self.a, self.b)

    def _remove(self) -> ChangeSet:
        return self.ctx.ws.unlink(self.kind, self.a, self.b)

    def _do(self) -> ChangeSet:
        return self._remove() if self.remove else self._add()

    def _undo(self) -> ChangeSet:
        return self._add() if self.remove else self._remove()


class SetReadingStatusCommand(_ServiceCommand):
    """Set a member's status of a reading; undo puts the old status back (or clears it)."""

    def __init__(self, ctx: AppContext, reading_id: str, status: str, text: str, member: str | None = None,
                 *, on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.reading_id, self.status, self.member = reading_id, status, member
        self.previous: str | None = None
        self._captured = False

    def _do(self) -> ChangeSet:
        member = self.member or self.ctx.ws.me
        if not self._captured:
            self.previous = self.ctx.ws.reading_statuses(self.reading_id).get(member or "")
            self._captured = True
        return self.ctx.ws.set_reading_status(self.reading_id, self.status, member)

    def _undo(self) -> ChangeSet:
        member = self.member or self.ctx.ws.me
        if self.previous:
            return self.ctx.ws.set_reading_status(self.reading_id, self.previous, member)
        return self.ctx.ws.delete(link_id("reading_status", self.reading_id, member or ""))


class MoveRecordCommand(_ServiceCommand):
    """Place an ordered record between two siblings; undo puts its old position back."""

    def __init__(self, ctx: AppContext, rec_id: str, text: str, *, after: str | None = None,
                 before: str | None = None, on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.rec_id, self.after, self.before = rec_id, after, before
        self.previous: dict[str, Any] | None = None

    def _do(self) -> ChangeSet:
        changes = self.ctx.ws.move(self.rec_id, after=self.after, before=self.before)
        if self.previous is None:
            self.previous = dict(changes.previous.get(self.rec_id, {}))
        return changes

    def _undo(self) -> ChangeSet:
        return self.ctx.ws.edit(self.rec_id, self.previous or {})


class AttachFileCommand(_ServiceCommand):
    """Attach a file to a record; undo removes the attachment link (the bytes stay stored)."""

    def __init__(self, ctx: AppContext, rec_id: str, path: Any, text: str, *, on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.rec_id, self.path = rec_id, path
        self.attachment_id: str | None = None
        self.previous_attachment: Any = None
        self._captured = False

    def _do(self) -> Any:
        if not self._captured:
            view = self.ctx.ws.get(self.rec_id)
            self.previous_attachment = view.data.get("attachment") if view.type == "reading_item" else None
            self._captured = True
        if self.attachment_id is None:
            attached = self.ctx.ws.attach(self.rec_id, self.path)
            self.attachment_id = attached.rec
            return attached
        changes = self.ctx.ws.link("attached", self.rec_id, self.attachment_id)
        if self.ctx.ws.get(self.rec_id).type == "reading_item" and not self.previous_attachment:
            changes.merge(self.ctx.ws.edit(self.rec_id, {"attachment": self.attachment_id}))
        return Created(self.attachment_id, changes)

    def _undo(self) -> ChangeSet:
        if not self.attachment_id:
            return ChangeSet()
        changes = self.ctx.ws.unlink("attached", self.rec_id, self.attachment_id)
        view = self.ctx.ws.get(self.rec_id)
        if view.type == "reading_item" and view.data.get("attachment") == self.attachment_id:
            changes.merge(self.ctx.ws.edit(self.rec_id, {"attachment": self.previous_attachment}))
        return changes


class DetachFileCommand(_ServiceCommand):
    """Remove an attached file from a record (its bytes stay stored); undo attaches it again, as
    the reading's PDF again when it was that."""

    def __init__(self, ctx: AppContext, rec_id: str, attachment_id: str, text: str, *,
                 on_done: Callable[[Any], None] | None = None) -> None:
        super().__init__(ctx, text, on_done)
        self.rec_id, self.attachment_id = rec_id, attachment_id
        self.was_primary: bool | None = None

    def _do(self) -> ChangeSet:
        changes = self.ctx.ws.detach(self.rec_id, self.attachment_id)
        if self.was_primary is None:
            self.was_primary = self.rec_id in changes.previous
        return changes

    def _undo(self) -> ChangeSet:
        return self.ctx.ws.reattach(self.rec_id, self.attachment_id, primary=bool(self.was_primary))


class ImportedRecordsCommand(_ServiceCommand):
    """Records a background import already added: undo moves them to the trash, redo restores them.

    The import itself ran with progress and cancel on the writer; this makes it one undo step.
    """

    def __init__(self, ctx: AppContext, rec_ids: list[str], text: str) -> None:
        super().__init__(ctx, text)
        self.rec_ids = list(rec_ids)
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by the import
            self._first = False
            return
        super().redo()

    def _do(self) -> ChangeSet:
        changes = ChangeSet()
        for rec in self.rec_ids:
            changes.merge(self.ctx.ws.restore(rec))
        return changes

    def _undo(self) -> ChangeSet:
        changes = ChangeSet()
        for rec in self.rec_ids:
            view = self.ctx.ws.find(rec)
            if view is not None and not view.deleted:
                changes.merge(self.ctx.ws.delete(rec))
        return changes
