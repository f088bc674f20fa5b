"""The Workspace: every use case on one store — create, edit, delete, restore, links, statuses."""

from __future__ import annotations

import mimetypes
from pathlib import Path
from typing import Any

import orjson
import platformdirs
from fractional_indexing import generate_key_between
from sqlalchemy import Connection

from ..domain.errors import NotFound, Phrase, UserError, ValidationError
from ..domain.ids import link_id, new_id
from ..domain.schema import CHILDREN, LINK_ENDS, TYPES, RecordType, record_type
from ..store.store import JOINING, RecordView, Store, open_store, store_exists, unfinished_store
from .changes import ChangeSet
from .queries import Queries


def default_workspace_folder() -> Path:
    return Path(platformdirs.user_data_dir("gcen-desktop", "GCEN")) / "workspace"


class Workspace(Queries):
    """A workspace folder opened for use. Thread-safe for one writer and many readers."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # --- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path | str) -> Workspace:
        ws = cls(open_store(folder))
        if ws.store.meta(JOINING) is not None:
            ws.close()
            raise UserError(
                "Joining the workspace in %(folder)s was interrupted, so what is there is incomplete; join "
                "the workspace again into this folder from the bundle (what the interrupted join wrote is "
                "replaced), or choose another folder.",
                folder=str(folder),
            )
        if ws.store.workspace_id is None:
            raise UserError(
                "The folder %(folder)s holds an unfinished workspace; run 'gcen init' there again.",
                folder=str(folder),
            )
        return ws

    @classmethod
    def exists(cls, folder: Path | str) -> bool:
        return store_exists(Path(folder))

    @classmethod
    def unfinished(cls, folder: Path | str) -> bool:
        """The folder holds only what an interrupted join (or init) left: joining there starts again."""
        return unfinished_store(Path(folder))

    @classmethod
    def new(
        cls,
        folder: Path | str,
        name: str,
        city: str | None = None,
        member: str | None = None,
        role: str | None = None,
        *,
        workspace_id: str | None = None,
    ) -> Workspace:
        """A new workspace; `member` becomes the person using this store ('me')."""
        folder = Path(folder).expanduser()
        # Check the values before anything is written, so a refused name leaves no folder behind.
        values = TYPES["workspace"].validate({"name": name, "city": city}, creating=True)
        if role:
            TYPES["member"].field("role").validate(role)
        if store_exists(folder):
            existing = open_store(folder)
            if existing.workspace_id:
                existing.close()
                raise UserError(
                    "There is already a workspace in %(folder)s; open it or pick another folder.", folder=str(folder)
                )
            existing.close()
        ws = cls(open_store(folder, create=True))
        with ws.store.write() as conn:
            wid = workspace_id or new_id()
            ws.store._set_meta(conn, "workspace_id", wid)
            ws.store.set_fields(conn, "workspace", wid, _clean(values), create=True)
            if city:
                city_id = ws._create(conn, "city", {"name": city}, ChangeSet())
            else:
                city_id = None
            if member:
                mid = ws._create(
                    conn, "member", {"name": member, "role": role or "staff", "city": city_id}, ChangeSet()
                )
                ws.store._set_meta(conn, "me", mid)
        return ws

    def close(self) -> None:
        self.store.close()

    # --- identity -------------------------------------------------------------------------------

    @property
    def workspace_id(self) -> str:
        return self.store.workspace_id or ""

    @property
    def me(self) -> str | None:
        return self.store.meta("me")

    def set_me(self, member_id: str) -> None:
        self._require(member_id, "member")
        self.store.set_meta("me", member_id)

    @property
    def is_sample(self) -> bool:
        """Whether this is the sample team made to look around in (never the user's own workspace)."""
        return self.store.meta(_SAMPLE) == "1"

    def mark_sample(self) -> None:
        self.store.set_meta(_SAMPLE, "1")

    def info(self) -> RecordView | None:
        return self.store.find(self.workspace_id)

    # --- create / edit / delete / restore ------------------------------------------------------

    def create(self, type_name: str, values: dict[str, Any], *, tags: list[str] | None = None) -> tuple[str, ChangeSet]:
        spec = record_type(type_name)
        if spec.name in ("workspace", "link", "reading_status"):
            raise ValidationError("A %(type)s is not created directly.", type=spec.name)
        changes = ChangeSet()
        with self.store.write() as conn:
            rec = self._create(conn, spec.name, values, changes)
            for tag in tags or []:
                self._link(conn, "tag", rec, tag, changes)
        return rec, changes

    def _create(self, conn: Connection, type_name: str, values: dict[str, Any], changes: ChangeSet, rec: str | None = None) -> str:
        spec = TYPES[type_name]
        clean = spec.validate(values, creating=True)
        self._check_refs(conn, spec, clean)
        if "position" in spec.by_name and not clean.get("position") and spec.parent:
            clean["position"] = self._position_after_last(conn, spec, clean.get(spec.parent))
        rec = rec or new_id()
        self.store.set_fields(conn, type_name, rec, _clean(clean), create=True)
        changes.created.add(rec)
        changes.types.add(type_name)
        return rec

    def edit(self, rec: str, values: dict[str, Any], *, shown: dict[str, list[list[Any]]] | None = None) -> ChangeSet:
        """Edit fields of a record. `shown`: per field, the heads the editor loaded its value from
        (see `shown`); a field changed since then is written as a concurrent version."""
        changes = ChangeSet()
        with self.store.write() as conn:
            self._edit(conn, rec, values, changes, shown=shown)
        return changes

    def shown(self, rec: str) -> tuple[RecordView | None, dict[str, list[list[Any]]]]:
        """A record and, per field, the heads its values come from: what an editor shows and
        later names when it saves. The heads are read first: should a write land in between,
        the editor names older heads than it shows, which makes its next edit a conflict, never
        an overwrite."""
        with self.store.read() as conn:
            heads = self.store.versions(conn, rec)
            view = self.store.find(rec, conn)
        return view, heads

    def arrived_since(self, mark: int | None) -> tuple[ChangeSet, int]:
        """The records whose events arrived in the store after `mark` (from this process or any
        other: the command line, an import), and the mark to ask with next time (None: only the
        mark). Lets a window show what changed on disk while it was in the background."""
        with self.store.read() as conn:
            top = int(conn.exec_driver_sql("SELECT COALESCE(MAX(eid), 0) FROM events").scalar_one())
            changes = ChangeSet()
            if mark is None or top <= mark:
                return changes, top
            for rec, type_ in conn.exec_driver_sql(
                "SELECT DISTINCT rec, type FROM events WHERE eid > ? AND eid <= ?", (mark, top)
            ):
                changes.updated.add(rec)
                changes.types.add(type_)
        return changes, top

    def _edit(self, conn: Connection, rec: str, values: dict[str, Any], changes: ChangeSet, *, force: bool = False,
              shown: dict[str, list[list[Any]]] | None = None) -> None:
        view = self._live(conn, rec)
        spec = TYPES[view.type]
        if spec.name in ("workspace",) and "name" in values and not values["name"]:
            raise ValidationError("The workspace needs a name.")
        clean = spec.validate(values, creating=False)
        self._check_refs(conn, spec, clean)
        if spec.parent and spec.parent in clean and clean[spec.parent] is None:
            raise ValidationError("'%(field)s' cannot be empty.", field=spec.parent)
        # Only fields that change are written — unless a conflict is being resolved.
        changed = {
            k: v for k, v in clean.items()
            if force or view.data.get(k) != v or k in view.conflicts or k in view.merged
        }
        if not changed:
            return
        changes.previous.setdefault(rec, {}).update({k: view.data.get(k) for k in changed})
        event = self.store.set_fields(conn, view.type, rec, changed, shown=shown)
        if event is not None:
            dot = [[*event["dot"], event["hlc"]]]
            changes.versions.setdefault(rec, {}).update({k: dot for k in event["fields"]})
        else:  # amended this store's last edit of the one field: its dot stays, its hlc moved
            now = self.store.versions(conn, rec)
            changes.versions.setdefault(rec, {}).update({k: now.get(k, []) for k in changed})
        changes.updated.add(rec)
        changes.types.add(view.type)

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
            view = self.store.find(rec, conn)
            if view is None:
                raise NotFound("No record has the id '%(id)s'.", id=rec)
            if not view.deleted and not view.kept_alive and not view.del_conflict:
                raise UserError("That record is not deleted; there is nothing to restore.")
            parent_field = TYPES[view.type].parent
            parent = self.store.find(view.data.get(parent_field) or "", conn) if parent_field else None
            if parent is not None and parent.deleted and view.type != "link":
                # Restoring only the child would leave its parent half-alive and flagged as a conflict.
                raise UserError(
                    "Its %(type)s '%(title)s' is in the trash; restore that first.",
                    type=TYPES[parent.type].cli_name or parent.type,
                    title=parent.title,
                )
            row = conn.exec_driver_sql("SELECT value FROM meta WHERE key=?", (_DELETED_WITH + rec,)).first()
            cascade = orjson.loads(row[0]) if row else None
            # Without a record of this very deletion (a teammate deleted it, or restored and deleted
            # it again since), every deleted child comes back.
            if cascade and cascade.get("del") == self.store.active_deletions(conn, rec):
                deleted_with = set(cascade["with"])
            else:
                deleted_with = None
            self._restore_tree(conn, view, changes, deleted_with)
            if rec not in changes.restored:  # rolled back: nothing was written
                raise UserError(
                    "That record could not be brought back from the trash; run 'gcen check' and tell "
                    "the GCEN Desktop team if it reports a problem."
                )
            if row:
                conn.exec_driver_sql("DELETE FROM meta WHERE key=?", (_DELETED_WITH + rec,))
        return changes

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

    def resolve(self, rec: str, field: str, value: Any) -> ChangeSet:
        """Pick or write the value of a conflicted field; it replaces every competing version."""
        changes = ChangeSet()
        with self.store.write() as conn:
            self._edit(conn, rec, {field: value}, changes, force=True)
        return changes

    # --- links, tags, statuses, positions -----------------------------------------------------

    def link(self, kind: str, a: str, b: str) -> ChangeSet:
        changes = ChangeSet()
        with self.store.write() as conn:
            first = self._live(conn, a)
            if kind not in ("tag",):
                second = self._live(conn, b)
                ends = LINK_ENDS.get(kind)
                if ends and (
                    (ends[0] and first.type not in ends[0]) or second.type not in ends[1]
                ):
                    def names(types: tuple[str, ...]) -> str:
                        return "/".join(TYPES[t].cli_name or t for t in types)

                    raise ValidationError(
                        "'%(kind)s' links go from %(start)s to %(to)s, not from %(first)s to %(second)s; "
                        "check the order and the ids.",
                        kind=kind,
                        start=names(ends[0]) if ends[0] else Phrase("any record"),
                        to=names(ends[1]),
                        first=names((first.type,)),
                        second=names((second.type,)),
                    )
            self._link(conn, kind, a, b, changes)
        return changes

    def _link(self, conn: Connection, kind: str, a: str, b: str, changes: ChangeSet) -> str:
        if kind == "tag":
            b = " ".join(b.split())
            if not b:
                raise ValidationError("A tag cannot be empty.")
            limit = TYPES["link"].by_name["b"].max_len
            if len(b) > limit:  # else the link's field 'b' would be named in the message
                raise ValidationError(
                    "The tag '%(tag)s…' is longer than %(limit)d characters; use a shorter one.", tag=b[:40], limit=limit
                )
        lid = link_id(kind, a, b)
        existing = self.store.find(lid, conn)
        values = TYPES["link"].validate({"kind": kind, "a": a, "b": b}, creating=True)
        if existing is None:
            self.store.set_fields(conn, "link", lid, _clean(values), create=True)
            changes.created.add(lid)
        elif existing.deleted or existing.del_conflict:
            self.store.set_fields(conn, "link", lid, existing.data, undelete=True)
            changes.restored.add(lid)
        changes.types.add("link")
        return lid

    def unlink(self, kind: str, a: str, b: str) -> ChangeSet:
        changes = ChangeSet()
        with self.store.write() as conn:
            lid = link_id(kind, a, " ".join(b.split()) if kind == "tag" else b)
            view = self.store.find(lid, conn)
            if view is not None and not view.deleted:
                self.store.delete(conn, "link", lid)
                changes.deleted.add(lid)
                changes.types.add("link")
        return changes

    def set_tags(self, rec: str, tags: list[str]) -> ChangeSet:
        changes = ChangeSet()
        wanted = {" ".join(t.split()).casefold(): " ".join(t.split()) for t in tags if t.strip()}
        with self.store.write() as conn:
            self._live(conn, rec)
            current = {t.casefold(): t for t in self._tags(conn, rec)}
            for key, tag in wanted.items():
                if key not in current:
                    self._link(conn, "tag", rec, tag, changes)
            for key, tag in current.items():
                if key not in wanted:
                    lid = link_id("tag", rec, tag)
                    self.store.delete(conn, "link", lid)
                    changes.deleted.add(lid)
        return changes

    def set_reading_status(self, reading: str, status: str, member: str | None = None) -> ChangeSet:
        member = member or self.me
        if not member:
            raise UserError("Choose who you are first (Preferences, or 'gcen init --member NAME').")
        changes = ChangeSet()
        with self.store.write() as conn:
            self._require(reading, "reading_item", conn)
            self._require(member, "member", conn)
            rid = link_id("reading_status", reading, member)
            values = TYPES["reading_status"].validate(
                {"reading": reading, "member": member, "status": status}, creating=True
            )
            view = self.store.find(rid, conn)
            if view is None:
                self.store.set_fields(conn, "reading_status", rid, _clean(values), create=True)
                changes.created.add(rid)
            else:
                changes.previous[rid] = {"status": view.data.get("status")}
                self.store.set_fields(conn, "reading_status", rid, {"status": values["status"]}, undelete=view.deleted)
                changes.updated.add(rid)
            changes.types.add("reading_status")
        return changes

    def set_action_status(self, action: str, status: str) -> ChangeSet:
        with self.store.read() as conn:
            self._require(action, "action", conn)
        return self.edit(action, {"status": status})

    def move(self, rec: str, *, after: str | None = None, before: str | None = None) -> ChangeSet:
        """Place an ordered record (action, goal, checklist item) between two siblings."""
        with self.store.read() as conn:
            a = self.store.get(after, conn).data.get("position") if after else None
            b = self.store.get(before, conn).data.get("position") if before else None
        if a is not None and b is not None and a >= b:
            b = None  # concurrent moves may leave equal keys: place right after `after`
        return self.edit(rec, {"position": generate_key_between(a, b)})

    def _position_after_last(self, conn: Connection, spec: RecordType, parent: Any) -> str:
        last = conn.exec_driver_sql(
            "SELECT MAX(position) FROM records WHERE type=? AND parent IS ? AND deleted=0",
            (spec.name, parent),
        ).scalar_one()
        return generate_key_between(last, None)

    # --- attachments --------------------------------------------------------------------------

    def attach(self, rec: str, file_path: Path | str) -> tuple[str, ChangeSet]:
        """Store a file once by hash and attach it to a record."""
        path = Path(file_path)
        if not path.is_file():
            raise UserError("The file %(path)s does not exist or cannot be read.", path=str(path))
        try:
            sha, size = self.store.blobs.put_file(path)
        except OSError as exc:
            raise UserError(
                "Could not store %(name)s: %(reason)s. Free some disk space and try again.",
                name=path.name,
                reason=exc.strerror or str(exc),
            ) from None
        changes = ChangeSet()
        with self.store.write() as conn:
            self._live(conn, rec)
            existing = conn.exec_driver_sql(
                "SELECT id FROM records WHERE type='attachment' AND deleted=0 AND json_extract(data,'$.sha256')=?",
                (sha,),
            ).first()
            if existing:
                aid = existing[0]
            else:
                aid = self._create(
                    conn,
                    "attachment",
                    {"sha256": sha, "file_name": path.name, "mime": mimetypes.guess_type(path.name)[0], "size": size},
                    changes,
                )
            self._link(conn, "attached", rec, aid, changes)
            view = self.store.find(rec, conn)
            if view and view.type == "reading_item" and not view.data.get("attachment"):
                self.store.set_fields(conn, "reading_item", rec, {"attachment": aid})
                changes.updated.add(rec)
        return aid, changes

    def detach(self, rec: str, attachment: str) -> ChangeSet:
        """Remove an attached file from a record. The file itself stays stored (other records may
        hold it, and undo attaches it again); a reading whose PDF it was shows its next file."""
        changes = ChangeSet()
        with self.store.write() as conn:
            view = self._live(conn, rec)
            lid = link_id("attached", rec, attachment)
            link = self.store.find(lid, conn)
            if link is None or link.deleted:
                return changes
            self.store.delete(conn, "link", lid)
            changes.deleted.add(lid)
            changes.types.add("link")
            if view.type == "reading_item" and view.data.get("attachment") == attachment:
                others = self._attached(conn, rec)
                changes.previous[rec] = {"attachment": attachment}
                self.store.set_fields(conn, view.type, rec, {"attachment": others[0] if others else None})
                changes.updated.add(rec)
                changes.types.add(view.type)
        return changes

    def reattach(self, rec: str, attachment: str, *, primary: bool = False) -> ChangeSet:
        """Attach an already stored file to a record again (the undo of `detach`); with `primary`,
        a reading shows it as its PDF again."""
        changes = ChangeSet()
        with self.store.write() as conn:
            view = self._live(conn, rec)
            self._require(attachment, "attachment", conn)
            self._link(conn, "attached", rec, attachment, changes)
            if primary and view.type == "reading_item" and view.data.get("attachment") != attachment:
                changes.previous[rec] = {"attachment": view.data.get("attachment")}
                self.store.set_fields(conn, view.type, rec, {"attachment": attachment})
                changes.updated.add(rec)
                changes.types.add(view.type)
        return changes

    def _attached(self, conn: Connection, rec: str) -> list[str]:
        """The ids of the live files attached to a record, by file name (within `conn`'s transaction)."""
        return [aid for (aid,) in conn.exec_driver_sql(
            "SELECT r.id FROM records r WHERE r.type='attachment' AND r.deleted=0 AND r.id IN (SELECT l.title "
            "FROM records l WHERE l.type='link' AND l.kind='attached' AND l.parent=? AND l.deleted=0) "
            "ORDER BY r.title COLLATE NOCASE, r.id",
            (rec,),
        ).all()]

    def attachment_path(self, attachment_id: str) -> Path:
        view = self._require(attachment_id, "attachment")
        path = self.store.blobs.path_of(view.data["sha256"])
        if not path.exists():
            raise UserError(
                "The file '%(name)s' has not arrived yet; ask a teammate for a full bundle.",
                name=view.data.get("file_name"),
            )
        return path

    # --- helpers ------------------------------------------------------------------------------

    def _live(self, conn: Connection, rec: str) -> RecordView:
        view = self.store.find(rec, conn)
        if view is None:
            raise NotFound("No record has the id '%(id)s'; 'gcen list TYPE' shows the ids.", id=rec)
        if view.deleted:
            raise UserError(
                "The %(type)s '%(title)s' is in the trash; restore it first.",
                type=TYPES[view.type].cli_name or view.type,
                title=view.title,
            )
        return view

    def _require(self, rec: str, type_name: str, conn: Connection | None = None) -> RecordView:
        view = self.store.find(rec, conn)
        if view is None or view.deleted:
            label = TYPES[type_name].cli_name or type_name
            raise NotFound("No %(type)s has the id '%(id)s'.", type=label, id=rec)
        if view.type != type_name:
            raise ValidationError("'%(id)s' is a %(type)s, not a %(wanted)s.", id=rec, type=view.type, wanted=type_name)
        return view

    def _check_refs(self, conn: Connection, spec: RecordType, values: dict[str, Any]) -> None:
        for name, value in values.items():
            f = spec.by_name[name]
            if f.kind == "ref" and value and f.ref:
                row = conn.exec_driver_sql(
                    "SELECT type, deleted FROM records WHERE id=?", (value,)
                ).first()
                if row is None or row[1]:
                    raise ValidationError("'%(field)s' names no existing record ('%(value)s').", field=name, value=value)
                if row[0] not in f.ref:
                    raise ValidationError(
                        "'%(field)s' must be a %(types)s, but '%(value)s' is a %(type)s.",
                        field=name,
                        types=" or ".join(f.ref),
                        value=value,
                        type=row[0],
                    )


_DELETED_WITH = "deleted_with:"
_SAMPLE = "sample_team"  # meta: this store holds the sample team (local, never exported)


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


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional values from a create so events stay small."""
    return {k: v for k, v in values.items() if v is not None and v != ""}

