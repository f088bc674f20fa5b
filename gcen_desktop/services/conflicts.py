"""Conflicts that exchanges left: the competing versions of a field (or a deletion), who wrote each
and when, and settling them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.clock import wall_ms_of
from ..domain.errors import UserError
from ..store.merge import DEL
from ..sync import knowledge
from ..sync.export import producer_name
from .changes import ChangeSet
from .peers import Peers

DELETION = "deletion"  # the pseudo-field of a "deleted here, edited there" conflict
KEEP, DELETE = 1, 2


@dataclass
class ConflictVersion:
    number: int  # what --pick takes
    value: Any
    replica: str | None
    teammate: str
    hlc: str | None
    when_ms: int | None


@dataclass
class ConflictItem:
    rec: str
    type: str
    title: str
    field: str  # a field name, or "deletion"
    kind: str  # "values" | "auto_merged" | "deleted" | "kept_by_child"
    versions: list[ConflictVersion]
    merged_text: str | None = None
    deleted_by: list[str] = field(default_factory=list)


class Conflicts(Peers):
    """The conflicts of one open workspace (a part of `bundles.Exchange`)."""

    def _who(self, names: dict[str, str], replica: str | None) -> str:
        if replica is None:
            return ""
        if replica == self.store.replica or replica in (self.store.meta("previous_replicas") or "").split(","):
            return producer_name(self.store, local=True) or "this store"
        return names.get(replica) or f"store {replica[:8]}"

    def conflicts(self) -> list[ConflictItem]:
        """Per record and field: the competing values, who wrote each and when; deletions too."""
        with self.store.read() as conn:
            names = knowledge.names(conn)
        items: list[ConflictItem] = []
        for view in self.ws.conflicts():
            items += self._field_items(names, view)
            if view.del_conflict or view.kept_alive:
                items.append(self._deletion_item(names, view))
        return items

    def _field_items(self, names: dict[str, str], view: Any) -> list[ConflictItem]:
        items = []
        for f in sorted(set(view.conflicts) | set(view.merged)):
            versions = self._versions(names, view.id, f)
            if f in view.conflicts:
                items.append(ConflictItem(view.id, view.type, view.title, f, "values", versions))
            else:
                items.append(ConflictItem(view.id, view.type, view.title, f, "auto_merged", versions,
                                          merged_text=view.data.get(f)))
        return items

    def _deletion_item(self, names: dict[str, str], view: Any) -> ConflictItem:
        with self.store.read() as conn:
            dels = self.store.active_deletions(conn, view.id)
            hlcs = dict(
                ((r, s), h)
                for r, s, h in conn.exec_driver_sql("SELECT replica, seq, hlc FROM deletions WHERE rec=?", (view.id,))
            )
        by = sorted({self._who(names, r) for r, _s in dels})
        newest = max((hlcs.get((r, s), "") for r, s in dels), default="")
        when = wall_ms_of(newest) if newest else None
        versions = [
            ConflictVersion(KEEP, "keep", None, "", None, None),
            ConflictVersion(DELETE, "delete", dels[0][0] if dels else None, ", ".join(by), newest or None, when),
        ]
        kind = "deleted" if view.del_conflict else "kept_by_child"
        return ConflictItem(view.id, view.type, view.title, DELETION, kind, versions, deleted_by=by)

    def _versions(self, names: dict[str, str], rec: str, f: str) -> list[ConflictVersion]:
        out: list[ConflictVersion] = []
        seen: list[Any] = []
        for head in self.store.field_heads(rec, f):
            if head["value"] in seen:
                continue
            seen.append(head["value"])
            replica = head["dot"][0]
            out.append(
                ConflictVersion(len(out) + 1, head["value"], replica, self._who(names, replica), head["hlc"],
                                wall_ms_of(head["hlc"]))
            )
        return out

    def resolve(self, rec: str, field: str, *, pick: int | None = None, value: Any = None) -> ChangeSet:
        """Settle a conflict: pick a listed version (numbered from 1) or give a new value."""
        view = self.ws.get(rec)
        if field == DELETION:
            return self._resolve_deletion(rec, view, pick)
        if field not in view.conflicts and field not in view.merged:
            raise UserError(
                "The field '%(field)s' of that record has no conflict; 'gcen conflicts' lists them.", field=field
            )
        if (pick is None) == (value is None):
            raise UserError("Give either a version number to pick or a new value, not both.")
        if pick is not None:
            value = self._picked(rec, field, pick)
        if field == DEL:
            raise UserError("That field cannot be set.")
        return self.ws.resolve(rec, field, value)

    def _resolve_deletion(self, rec: str, view: Any, pick: int | None) -> ChangeSet:
        if not (view.del_conflict or view.kept_alive):
            raise UserError("That record has no deletion to settle.")
        if pick == KEEP:
            return self.ws.keep(rec)
        if pick == DELETE:
            return self.ws.delete(rec)
        raise UserError(
            "For a deletion, pick %(keep)d to keep the record or %(delete)d to delete it.", keep=KEEP, delete=DELETE
        )

    def _picked(self, rec: str, field: str, pick: int) -> Any:
        versions = self._versions({}, rec, field)
        if not 1 <= pick <= len(versions):
            raise UserError("Pick a version between 1 and %(count)d.", count=len(versions))
        return versions[pick - 1].value
