"""Records and search excerpts as the services hand them out: plain values, no database or Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

# The projection's columns a RecordView is read from, in the order `from_row` takes them.
ROW_COLUMNS = (
    "id, type, title, data, deleted, own_deleted, del_conflict, conflicts, merged, created, updated"
)


@dataclass
class RecordView:
    """A record as the projection shows it."""

    id: str
    type: str
    title: str
    data: dict[str, Any]
    deleted: bool = False
    kept_alive: bool = False  # deleted, but a live child keeps it shown
    del_conflict: bool = False
    conflicts: dict[str, list[Any]] = field(default_factory=dict)
    merged: list[str] = field(default_factory=list)
    created: str = ""
    updated: str = ""

    @classmethod
    def from_row(cls, row: Any) -> RecordView:
        rid, type_, title, data, deleted, own_deleted, del_conflict, conflicts, merged, created, updated = row
        return cls(
            id=rid,
            type=type_,
            title=title,
            data=orjson.loads(data),
            deleted=bool(deleted),
            kept_alive=bool(own_deleted) and not deleted,
            del_conflict=bool(del_conflict),
            conflicts=orjson.loads(conflicts) if conflicts else {},
            merged=orjson.loads(merged) if merged else [],
            created=created,
            updated=updated,
        )


@dataclass(frozen=True)
class Snippet:
    """An excerpt and where the query's words are in it ((start, end) offsets, in order)."""

    text: str
    hits: tuple[tuple[int, int], ...] = ()

    def marked(self) -> str:
        """The excerpt with each hit in [ ] (for the command line)."""
        out, last = [], 0
        for start, end in self.hits:
            out += [self.text[last:start], "[", self.text[start:end], "]"]
            last = end
        out.append(self.text[last:])
        return "".join(out)
