"""Deleting, restoring and emptying the trash: a record goes with the children shown under it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import Connection

from ..domain.errors import NotFound, UserError, ValidationError
from ..domain.schema import CHILDREN, TYPES
from ..domain.views import RecordView
from .changes import ChangeSet

if TYPE_CHECKING:
    from ..store.store import Store

# meta: per deleted record, what its deletion took with it (local: the trash is per store)
_DELETED_WITH = "deleted_with:"


class Trash:
    """The Workspace's deletions (a part of `Workspace`, whose `_live` finds a live record)."""

    store: Store

    if TYPE_CHECKING:  # Workspace's helper
        def _live(self, conn: Connection, rec: str) -> RecordView: ...

    def delete(self, rec: str) -> ChangeSet:
        """Delete a record and the children the user sees under it (goals and actions of a plan …)."""
        changes = ChangeSet()
        with self.store.write() as conn:
            view = self._live(conn, rec)
            if view.type == "workspace":
                raise ValidationError("The workspace itself cannot be deleted.")
            self._delete_tree(conn, view, changes)
            if view.type in CHILDREN:
                # Remember what went with it, so restoring it brings back these and not a child
                # that was deleted on its own before (local only: the trash is per store).
                cascade = {"del": self.store.active_deletions(conn, rec), "with": sorted(changes.deleted - {rec})}
                self.store._set_meta(conn, _DELETED_WITH + rec, orjson.dumps(cascade).decode())
        return changes

    def _delete_tree(self, conn: Connection, view: RecordView, changes: ChangeSet) -> None:
        for node in self._tree(conn, view):
            self.store.delete(conn, node.type, node.id)
            changes.deleted.add(node.id)
            changes.types.add(node.type)

    def _tree(self, conn: Connection, view: RecordView) -> list[RecordView]:
        """A record and the live children a delete takes with it, children first (goals and actions
        of a plan, sessions and checklist items of a symposium)."""
        nodes: list[RecordView] = []
        for child_type, _field in CHILDREN.get(view.type, ()):
            for (child_id,) in conn.exec_driver_sql(
                "SELECT id FROM records WHERE parent=? AND type=? AND deleted=0", (view.id, child_type)
            ).all():
                child = self.store.find(child_id, conn)
                if child is not None:
                    nodes += self._tree(conn, child)
        nodes.append(view)
        return nodes

    def goes_with(self, rec: str) -> dict[str, int]:
        """What deleting this record would move to the trash with it: how many of each type
        (e.g. {"goal": 3, "action": 13} for a plan), so the user can be asked first."""
        counts: dict[str, int] = {}
        with self.store.read() as conn:
            view = self._live(conn, rec)
            for node in self._tree(conn, view)[:-1]:
                counts[node.type] = counts.get(node.type, 0) + 1
        return counts

    def restore(self, rec: str) -> ChangeSet:
        """Bring a deleted record back, with the children deleted along with it."""
        changes = ChangeSet()
        with self.store.write() as conn:
            view = self._restorable(conn, rec)
            row = conn.exec_driver_sql("SELECT value FROM meta WHERE key=?", (_DELETED_WITH + rec,)).first()
            self._restore_tree(conn, view, changes, self._deleted_with(conn, rec, row[0] if row else None))
            if rec not in changes.restored:  # rolled back: nothing was written
                raise UserError(
                    "That record could not be brought back from the trash; run 'gcen check' and tell "
                    "the GCEN Desktop team if it reports a problem."
                )
            if row:
                conn.exec_driver_sql("DELETE FROM meta WHERE key=?", (_DELETED_WITH + rec,))
        return changes

    def _restorable(self, conn: Connection, rec: str) -> RecordView:
        """The deleted record to restore; refused when it is not deleted or its parent is in the trash."""
        view = self.store.find(rec, conn)
        if view is None:
            raise NotFound("No record has the id '%(id)s'.", id=rec)
        if not view.deleted and not view.kept_alive and not view.del_conflict:
            raise UserError("That record is not deleted; there is nothing to restore.")
        parent = self._parent_in_trash(conn, view)
        if parent is not None:
            # Restoring only the child would leave its parent half-alive and flagged as a conflict.
            raise UserError(
                "Its %(type)s '%(title)s' is in the trash; restore that first.",
                type=TYPES[parent.type].cli_name or parent.type,
                title=parent.title,
            )
        return view

    def _parent_in_trash(self, conn: Connection, view: RecordView) -> RecordView | None:
        """The record's parent when that is deleted (a link's ends are no parents to restore)."""
        parent_field = TYPES[view.type].parent
        if not parent_field or view.type == "link":
            return None
        parent = self.store.find(view.data.get(parent_field) or "", conn)
        return parent if parent is not None and parent.deleted else None

    def _deleted_with(self, conn: Connection, rec: str, saved: str | None) -> set[str] | None:
        """The children this store's deletion of a record took with it (`saved`: what `delete`
        kept of it), or None: every deleted child comes back."""
        cascade = orjson.loads(saved) if saved else None
        # Without a record of this very deletion (a teammate deleted it, or restored and deleted
        # it again since), every deleted child comes back.
        if cascade and cascade.get("del") == self.store.active_deletions(conn, rec):
            return set(cascade["with"])
        return None

    def _restore_tree(
        self, conn: Connection, view: RecordView, changes: ChangeSet, only: set[str] | None = None
    ) -> None:
        self.store.set_fields(conn, view.type, view.id, _revival(view), undelete=True)
        back = self.store.find(view.id, conn)
        if back is not None and not back.deleted:  # said restored only when it is back
            changes.restored.add(view.id)
            changes.types.add(view.type)
        for child_type, _field in CHILDREN.get(view.type, ()):
            for (child_id,) in conn.exec_driver_sql(
                "SELECT id FROM records WHERE parent=? AND type=? AND own_deleted=1", (view.id, child_type)
            ).all():
                if only is not None and child_id not in only:
                    continue
                child = self.store.find(child_id, conn)
                if child is not None:
                    self._restore_tree(conn, child, changes, only)

    def purge(self, recs: list[str]) -> ChangeSet:
        """Delete records in the trash permanently on this store, with the deleted children shown
        under them (goals and actions of a deleted plan …). What they said is forgotten here; the
        deletion itself stays, so it still reaches teammates, who keep their copy in their own
        trash until they empty it. A record not in the trash is refused, nothing changed."""
        changes = ChangeSet()
        with self.store.write() as conn:
            doomed: list[RecordView] = []
            for rec in dict.fromkeys(recs):
                view = self.store.find(rec, conn)
                if view is None:
                    raise NotFound("No record has the id '%(id)s'.", id=rec)
                if not view.deleted or view.type == "workspace":
                    raise UserError("'%(title)s' is not in the trash; delete it first.", title=view.title)
                doomed += self._deleted_tree(conn, view)
            ids = list(dict.fromkeys(v.id for v in doomed))
            self.store.purge(conn, ids)
            for view in doomed:
                changes.deleted.add(view.id)
                changes.types.add(view.type)
            for start in range(0, len(ids), 500):
                part = ids[start:start + 500]
                conn.exec_driver_sql(f"DELETE FROM meta WHERE key IN ({','.join('?' * len(part))})",
                                     tuple(_DELETED_WITH + i for i in part))
        return changes

    def empty_trash(self) -> ChangeSet:
        """Delete everything in the trash permanently (see `purge`)."""
        with self.store.read() as conn:
            ids = [r[0] for r in conn.exec_driver_sql(
                "SELECT id FROM records WHERE deleted=1 AND type NOT IN ('workspace')").all()]
        return self.purge(ids) if ids else ChangeSet()

    def _deleted_tree(self, conn: Connection, view: RecordView) -> list[RecordView]:
        """A deleted record and its deleted children, children first."""
        nodes: list[RecordView] = []
        for child_type, _field in CHILDREN.get(view.type, ()):
            for (child_id,) in conn.exec_driver_sql(
                "SELECT id FROM records WHERE parent=? AND type=? AND deleted=1", (view.id, child_type)
            ).all():
                child = self.store.find(child_id, conn)
                if child is not None:
                    nodes += self._deleted_tree(conn, child)
        nodes.append(view)
        return nodes

    def keep(self, rec: str) -> ChangeSet:
        """Keep a record that a teammate deleted while it was being edited here (clears the flag)."""
        changes = ChangeSet()
        with self.store.write() as conn:
            view = self.store.get(rec, conn)
            if not view.del_conflict and not view.kept_alive:
                raise UserError("That record has no deletion to dismiss.")
            self.store.set_fields(conn, view.type, rec, _revival(view), undelete=True)
            changes.restored.add(rec)
            changes.types.add(view.type)
        return changes


def _revival(view: RecordView) -> dict[str, Any]:
    """The one field a restore (or 'keep') rewrites to bring a record back.

    Rewriting every field would silently settle open conflicts and turn a teammate's concurrent
    edit of any field into a new conflict; one unconflicted field is enough to make the record
    live again (its new version is covered by no deletion).
    """
    label = TYPES[view.type].label
    for name in ("visibility", label, *sorted(view.data)):
        if name in view.data and name not in view.conflicts:
            return {name: view.data[name]}
    name = "visibility" if "visibility" in view.data else sorted(view.data)[0]
    return {name: view.data[name]}
