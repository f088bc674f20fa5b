"""Change sets: which records a use case changed, so views refresh only those and undo can follow."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ChangeSet:
    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    restored: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    # Field values before an edit, per record: what an undo writes back.
    previous: dict[str, dict[str, Any]] = field(default_factory=dict)
    # The version an edit wrote, per record and field: the heads an editor that keeps typing
    # names next (so its own earlier save is not taken for someone else's change).
    versions: dict[str, dict[str, list[list[Any]]]] = field(default_factory=dict)

    def merge(self, other: ChangeSet) -> ChangeSet:
        self.created |= other.created
        self.updated |= other.updated
        self.deleted |= other.deleted
        self.restored |= other.restored
        self.types |= other.types
        for rec, values in other.previous.items():
            self.previous.setdefault(rec, {}).update(
                {k: v for k, v in values.items() if k not in self.previous.get(rec, {})}
            )
        for rec, fields in other.versions.items():
            self.versions.setdefault(rec, {}).update(fields)
        return self

    @property
    def ids(self) -> set[str]:
        return self.created | self.updated | self.deleted | self.restored

    def __bool__(self) -> bool:
        return bool(self.ids)


@dataclass(frozen=True)
class Created:
    """What a use case that makes a record returns: the record's id beside the change set. For
    `attach`, the file's attachment record (made, or found when the same file was stored before)."""

    rec: str
    changes: ChangeSet


@dataclass(frozen=True)
class Arrived:
    """What arrived in the store after a mark (see `Workspace.arrived_since`): the records it
    changed, and the mark to ask with next time."""

    changes: ChangeSet
    mark: int
