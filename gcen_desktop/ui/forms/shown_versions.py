"""What an editor was shown, per field: the versions its values were loaded from, and its saves
still queued on the writer, so each save names what the user typed over (SYNC.md: an edit names
as parents the heads the user was shown)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..commands import EditRecordCommand


class ShownVersions:
    """Per field of one editor: the versions shown, and the saves not yet written.

    `load` (showing the stored record) takes the versions read with it. A save names them or, if
    an earlier save of the same field is still queued, the version that one writes; when a save
    has been written and nothing was shown again since, the field stands on its version.
    """

    def __init__(self) -> None:
        self.heads: dict[str, list[list[Any]]] = {}
        self._shows: dict[str, int] = {}  # how often each field was shown from the store
        self._queued: dict[str, list[tuple[EditRecordCommand, int]]] = {}

    def load(self, name: str, heads: list[list[Any]]) -> None:
        self.heads[name] = list(heads)
        self._shows[name] = self._shows.get(name, 0) + 1

    def clear(self) -> None:
        self.heads.clear()
        self._queued.clear()
        self._shows.clear()

    def saving(self, name: str) -> bool:
        """A save of this field is queued and not written yet."""
        return any(cmd.runs == 0 and not cmd.failed for cmd, _ in self._queued.get(name, []))

    def shown_for(self, name: str) -> Callable[[], dict[str, list[list[Any]]]]:
        """What the next save of `name` names, worked out when it runs on the writer."""
        base = list(self.heads.get(name, []))
        # the latest earlier save whose version the field does not stand on yet (queued, or
        # written with its result still on the way here)
        queued = [cmd for cmd, _ in self._queued.get(name, []) if not cmd.failed]
        before = queued[-1] if queued else None

        def shown() -> dict[str, list[list[Any]]]:
            written = before.versions_written(name) if before is not None else None
            return {name: written if written else base}

        return shown

    def queue(self, name: str, cmd: EditRecordCommand) -> None:
        self._queued.setdefault(name, []).append((cmd, self._shows.get(name, 0)))

    def written(self, name: str, cmd: EditRecordCommand) -> None:
        """`cmd` (a save of `name`) was written: unless the field was shown again since it was
        queued, the field now stands on the version it wrote."""
        queued = self._queued.get(name, [])
        for i, (c, shows) in enumerate(queued):
            if c is cmd:
                del queued[i]
                version = cmd.versions_written(name)
                if version and shows == self._shows.get(name, 0):
                    self.heads[name] = version
                break
        queued[:] = [(c, s) for c, s in queued if not c.failed]  # (a failed save never reports)


class RowVersions:
    """The `ShownVersions` of every record a list or table shows and edits in place (its rows),
    loaded with the rows (`Store.query_shown`, `Workspace.children_shown`) or one row again
    (`Workspace.shown`)."""

    def __init__(self) -> None:
        self._rows: dict[str, ShownVersions] = {}

    def load(self, rec: str, heads: dict[str, list[list[Any]]], names: Any) -> None:
        """Record `rec` was shown from the store with these heads (`names`: its fields)."""
        shown = self._rows.setdefault(rec, ShownVersions())
        for name in names:
            shown.load(name, heads.get(name, []))

    def load_rows(self, recs: list[str], heads: dict[str, dict[str, list[list[Any]]]], names: Any) -> None:
        """The rows were read again: these are shown now (records gone stay while a save of
        theirs is queued, so it still reports its version)."""
        keep = set(recs)
        for rec in [r for r, s in self._rows.items() if r not in keep and not any(s.saving(n) for n in s.heads)]:
            del self._rows[rec]
        for rec in recs:
            self.load(rec, heads.get(rec, {}), names)

    def of(self, rec: str) -> ShownVersions | None:
        """What was shown of `rec`, or None if it is not a row shown here."""
        return self._rows.get(rec)


def push_edit(
    ctx: Any,
    shown: ShownVersions | None,
    rec: str,
    values: dict[str, Any],
    text: str,
    *,
    merge: bool = False,
    showing: Callable[[str], bool] | None = None,
    failed: Callable[[], None] | None = None,
) -> EditRecordCommand:
    """Push an undoable edit of `rec` that names, per field, the versions `shown` says the user
    saw (so a field changed underneath becomes a conflict or a line merge, never an overwrite),
    and tells `shown` when it is written. `showing(rec)`: whether the editor still shows that
    record when the save is written (an editor that moved on to another one ignores it).
    `shown=None`: an edit of something not shown from the store here, naming its current heads.
    `failed()`: called when the save was not written (the error is shown first: a full disk)."""
    names = list(values)
    cmd: EditRecordCommand
    if shown is None:
        cmd = EditRecordCommand(ctx, rec, values, text, merge=merge)
        if failed is not None:
            cmd.on_failed = lambda _exc: failed()
        ctx.undo_stack.push(cmd)
        return cmd
    parts = [shown.shown_for(name) for name in names]

    def named() -> dict[str, list[list[Any]]]:
        out: dict[str, list[list[Any]]] = {}
        for part in parts:
            out.update(part())
        return out

    cmd = EditRecordCommand(ctx, rec, values, text, merge=merge, shown=named)

    def saved(_result: Any) -> None:
        if showing is None or showing(rec):
            for name in names:
                shown.written(name, cmd)

    cmd.on_done = saved
    if failed is not None:
        cmd.on_failed = lambda _exc: failed()
    for name in names:
        shown.queue(name, cmd)
    ctx.undo_stack.push(cmd)
    return cmd
