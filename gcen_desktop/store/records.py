"""A record as the projection shows it (RecordView), and the columns it is read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

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
