"""The Workspace: every use case on one store — create, edit, links, tags, statuses (the trash,
attachments and reads are its parts in trash.py, attachments.py and queries.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import platformdirs
from fractional_indexing import generate_key_between
from sqlalchemy import Connection

from ..domain.errors import NotFound, Phrase, UserError, ValidationError
from ..domain.ids import link_id, new_id
from ..domain.schema import LINK_ENDS, TYPES, RecordType, record_type
from ..domain.views import RecordView
from ..store.store import JOINING, Store, open_store, store_exists, unfinished_store
from .attachments import Attachments
from .changes import Arrived, ChangeSet, Created
from .queries import Queries
from .trash import Trash


def default_workspace_folder() -> Path:
    return Path(platformdirs.user_data_dir("gcen-desktop", "GCEN")) / "workspace"


def refuse_inside(folder: Path, path: Path | str) -> None:
    """Refuse to write a file at `path` inside the workspace folder `folder`: its files (the
    database, the store's keys, the attachments) are the workspace's own, and a file written
    there replaces one of them (`gcen export --to …/workspace.sqlite3`, a completion too far).
    Where the name is, not where a link by that name points: a link is replaced, not written
    through."""
    path = Path(path)
    try:
        where = path.parent.resolve() / path.name
        home = Path(folder).resolve()
    except (OSError, RuntimeError):
        return  # cannot be looked at: the write itself says why
    if where == home or home in where.parents:
        raise UserError(
            "%(path)s is inside the workspace folder %(folder)s, whose files are the workspace's own; nothing "
            "was written, so give a file name in another folder.",
            path=str(path), folder=str(folder),
        )


class Workspace(Queries, Trash, Attachments):
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

    @property
    def read_only(self) -> bool:
        """The folder or its database may not be written by this user: everything reads, no write."""
        return self.store.read_only

    @property
    def damaged(self) -> bool:
        """Damage was met in the database: writes are refused until 'gcen check' finds it whole."""
        return self.store.damaged

    def info(self) -> RecordView | None:
        return self.store.find(self.workspace_id)

    # --- create / edit / resolve ---------------------------------------------------------------

    def create(self, type_name: str, values: dict[str, Any], *, tags: list[str] | None = None) -> Created:
        spec = record_type(type_name)
        if spec.name in ("workspace", "link", "reading_status"):
            raise ValidationError("A %(type)s is not created directly.", type=spec.name)
        changes = ChangeSet()
        with self.store.write() as conn:
            rec = self._create(conn, spec.name, values, changes)
            for tag in tags or []:
                self._link(conn, "tag", rec, tag, changes)
        return Created(rec, changes)

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

    def edit(self, rec: str, values: dict[str, Any], *, shown: dict[str, list[list[Any]]] | None = None,
             typed: bool = False) -> ChangeSet:
        """Edit fields of a record. `shown`: per field, the heads the editor loaded its value from
        (see `shown`); a field changed since then is written as a concurrent version.

        `typed` (with `shown`): what the user typed in an editor of the record, saved even when
        the record was deleted since it was shown (an import of a teammate's deletion, the
        command line): as an edit concurrent with that deletion, the record stays with a
        "deleted while edited" conflict to settle (SYNC.md), instead of the typing being lost."""
        changes = ChangeSet()
        with self.store.write() as conn:
            self._edit(conn, rec, values, changes, shown=shown, over_deletion=typed and shown is not None)
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

    def arrived_since(self, mark: int | None) -> Arrived:
        """The records whose events arrived in the store after `mark` (from this process or any
        other: the command line, an import), and the mark to ask with next time (None: only the
        mark). Lets a window show what changed on disk while it was in the background."""
        with self.store.read() as conn:
            top = int(conn.exec_driver_sql("SELECT COALESCE(MAX(eid), 0) FROM events").scalar_one())
            changes = ChangeSet()
            if mark is None or top <= mark:
                return Arrived(changes, top)
            for rec, type_ in conn.exec_driver_sql(
                "SELECT DISTINCT rec, type FROM events WHERE eid > ? AND eid <= ?", (mark, top)
            ):
                changes.updated.add(rec)
                changes.types.add(type_)
        return Arrived(changes, top)

    def _edit(self, conn: Connection, rec: str, values: dict[str, Any], changes: ChangeSet, *, force: bool = False,
              shown: dict[str, list[list[Any]]] | None = None, over_deletion: bool = False) -> None:
        found = self.store.find(rec, conn) if over_deletion else None
        deleted = found is not None and found.deleted and all(k in (shown or {}) for k in values)
        view = found if deleted and found is not None else self._live(conn, rec)
        clean = self._edit_values(conn, view, values)
        changed = _changed(view, clean, force)
        if not changed:
            return
        if deleted:
            changes.restored.add(rec)
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

    def _edit_values(self, conn: Connection, view: RecordView, values: dict[str, Any]) -> dict[str, Any]:
        """An edit's values, validated for the record's type; refused when one empties a required field."""
        spec = TYPES[view.type]
        if spec.name in ("workspace",) and "name" in values and not values["name"]:
            raise ValidationError("The workspace needs a name.")
        clean = spec.validate(values, creating=False)
        self._check_refs(conn, spec, clean)
        if spec.parent and spec.parent in clean and clean[spec.parent] is None:
            raise ValidationError("'%(field)s' cannot be empty.", field=spec.parent)
        return clean

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

    def _create_tagged(
        self, conn: Connection, type_name: str, items: list[tuple[dict[str, Any], list[str]]], changes: ChangeSet
    ) -> list[str]:
        """Records of one type with their tags, (values, tags) each: what `_create` and `_link`
        write one by one, checked the same way and written as one batch of events (an import's
        thousands of readings). Returns the new records' ids."""
        spec = TYPES[type_name]
        if "position" in spec.by_name and spec.parent:
            raise ValueError(f"{type_name} records take a position after the last one: create them one by one")
        new: list[tuple[str, str, dict[str, Any]]] = []
        links: dict[str, tuple[str, str]] = {}  # link id -> (record, tag)
        ids = []
        for values, tags in items:
            clean = spec.validate(values, creating=True)
            self._check_refs(conn, spec, clean)
            rec = new_id()
            new.append((type_name, rec, _clean(clean)))
            ids.append(rec)
            for tag in tags:
                b, lid, link = _link_values("tag", rec, tag)
                if lid not in links:
                    links[lid] = (rec, b)
                    new.append(("link", lid, _clean(link)))
        # a link can only be there already if a forged bundle named a record before it was made
        there = self._existing(conn, list(links))
        self.store.create_records(conn, [n for n in new if n[1] not in there])
        changes.created.update(n[1] for n in new if n[1] not in there)
        changes.types.add(type_name)
        if links:
            changes.types.add("link")
        for lid in sorted(there):
            self._link(conn, "tag", *links[lid], changes)
        return ids

    @staticmethod
    def _existing(conn: Connection, ids: list[str]) -> set[str]:
        """The ids among these that the store holds a record of (deleted or not)."""
        found: set[str] = set()
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            marks = ",".join("?" * len(part))
            found.update(r[0] for r in conn.exec_driver_sql(f"SELECT id FROM records WHERE id IN ({marks})", tuple(part)))
        return found

    def _link(self, conn: Connection, kind: str, a: str, b: str, changes: ChangeSet) -> str:
        b, lid, values = _link_values(kind, a, b)
        existing = self.store.find(lid, conn)
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


_SAMPLE = "sample_team"  # meta: this store holds the sample team (local, never exported)


def _changed(view: RecordView, values: dict[str, Any], force: bool) -> dict[str, Any]:
    """The values an edit writes: only fields that change — unless a conflict is being resolved."""
    return {
        k: v for k, v in values.items()
        if force or view.data.get(k) != v or k in view.conflicts or k in view.merged
    }


def _link_values(kind: str, a: str, b: str) -> tuple[str, str, dict[str, Any]]:
    """(the link's end b as kept, its id, its values checked): a tag's spaces are folded."""
    if kind == "tag":
        b = " ".join(b.split())
        if not b:
            raise ValidationError("A tag cannot be empty.")
        limit = TYPES["link"].by_name["b"].max_len
        if len(b) > limit:  # else the link's field 'b' would be named in the message
            raise ValidationError(
                "The tag '%(tag)s…' is longer than %(limit)d characters; use a shorter one.", tag=b[:40], limit=limit
            )
        if "\x00" in b or not _encodes(b):
            raise ValidationError(
                "The tag '%(tag)s' holds a character other teammates' stores cannot keep (a NUL, or a lone "
                "surrogate from a broken paste); type it again.",
                tag=b[:40],
            )
    values = TYPES["link"].validate({"kind": kind, "a": a, "b": b}, creating=True)  # before b names the id
    return b, link_id(kind, a, b), values


def _encodes(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Drop empty optional values from a create so events stay small."""
    return {k: v for k, v in values.items() if v is not None and v != ""}

