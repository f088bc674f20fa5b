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
