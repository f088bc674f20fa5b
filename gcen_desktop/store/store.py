"""The Store: opens a workspace folder, writes local events, answers queries on the projection."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine

from ..domain.clock import HybridClock
from ..domain.errors import NotFound, UserError, WorkspaceMissing
from ..domain.ids import new_replica_id
from ..domain.schema import MAX_CHANGE_BYTES, TYPES, check_change_size, type_fingerprints
from . import damage, privacy
from . import replica as replica_registry
from .apply import DEL, Dot, apply_events, drain_fts_queue, load_states, write_projection
from .attachments import BlobStore
from .engine import (
    make_engine,
    migrate,
    plain_cursor,
    rollback_journal,
    schema_is_newest,
    write_transaction,
)
from .events import NUL_ESCAPE, seal, stored_ok, why_it_cannot_travel
from .search_text import fts_query, make_snippet

DB_NAME = "workspace.sqlite3"
_MOST_VERSIONS_NAMED = 1_000  # by one field of one event, past versions that cannot travel
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


def writable(folder: Path, db_path: Path) -> bool:
    """Whether this user may change the database and make its journal files beside it."""
    if not os.access(folder, os.W_OK):
        return not db_path.exists() and not folder.exists()  # (a new store: its folder is made)
    return not db_path.exists() or os.access(db_path, os.W_OK)


def store_exists(folder: Path) -> bool:
    return (folder / DB_NAME).exists()


def unfinished_store(folder: Path) -> bool:
    """The folder holds a store that was never finished (a join or a `gcen init` stopped before
    it committed, e.g. killed): one without a workspace id, or still marked as joining. Nothing
    anybody wrote is in it, so it may be made again from the start."""
    db = folder / DB_NAME
    if not db.exists():
        return False
    try:
        conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=5.0)
    except sqlite3.Error:
        return False
    try:
        keys = {k for (k,) in conn.execute("SELECT key FROM meta WHERE key IN ('workspace_id', ?)", (JOINING,))}
    except sqlite3.Error:  # no meta table: the schema itself was never made
        try:
            return not conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
        except sqlite3.Error:
            return False
    finally:
        conn.close()
    return JOINING in keys or "workspace_id" not in keys


def remove_unfinished_store(folder: Path) -> None:
    """Remove what an unfinished store (see `unfinished_store`) left, so it can be made again."""
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + "-journal", damage.MARK_NAME):
        (folder / name).unlink(missing_ok=True)
    for sub in ("undo", "attachments"):
        shutil.rmtree(folder / sub, ignore_errors=True)


def open_store(folder: Path | str, *, create: bool = False) -> Store:
    folder = Path(folder).expanduser()
    if not store_exists(folder):
        if not create:
            raise WorkspaceMissing(
                "There is no workspace in %(folder)s; create one with 'gcen init --name NAME' "
                "or pick another folder with --workspace.",
                folder=str(folder),
            )
        folder.mkdir(parents=True, exist_ok=True)
    return Store(folder)


JOINING = "joining"  # meta: a join that has not committed yet (removed in its own transaction)
FILL_INDEXES = "fill_indexes"  # meta: the index definitions a first fill dropped
PROJECTED_TYPES = "projected_types"  # meta: schema.type_fingerprints() the projection was made with
# Indexes of the lists' filters and sorts; applying events never needs them (parents, ids, dots do).
LIST_INDEXES = ("ix_records_due", "ix_records_member", "ix_records_type")


class Store:
    """One workspace on disk. Writes are serialised; reads may come from any thread."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db_path = folder / DB_NAME
        # A workspace whose folder or database file this user may not write (a backup copy, a
        # read-only share) is opened for reading only: everything reads, any write is refused.
        self.read_only = not writable(folder, self.db_path)
        # Damage met before (see damage.py) refuses writes until 'gcen check' finds the file whole.
        self.damaged = damage.is_marked(folder)
        self._write_lock = threading.RLock()
        self.blobs = BlobStore(folder / "attachments" / "sha256")
        try:
            self.engine: Engine = make_engine(self.db_path, read_only=self.read_only)
            if self.read_only:
                if not schema_is_newest(self.engine):
                    self.engine.dispose()
                    raise UserError(
                        "The workspace in %(folder)s was made by an older version and cannot be brought up "
                        "to date because the folder is read-only; copy it to a folder you can write to "
                        "and open it there.",
                        folder=str(folder),
                    )
                self.schema_before: str | None = None
            else:
                self.schema_before = migrate(self.engine)
            if not self.damaged:
                with self.engine.connect() as conn:
                    found = damage.quick_check(conn.connection.driver_connection, self.db_path)
                if found:  # reads go on where they can; writes are refused
                    self.found_damage(found)
            meta = self.meta_all()
        except Exception as exc:
            if damage.is_corruption(exc):
                self._met_damage(exc)
                raise damage.damaged(folder, damage.reason_of(exc)) from None
            raise
        self.replica: str = meta.get("replica") or ""
        # (replica, seq, hlc) of the last event this Store object wrote: only that one may be amended
        self._last_written: tuple[str, int, str] | None = None
        self.identity_reason: str | None = None
        self.clock = HybridClock(self.replica)
        self.clock.restore(meta.get("hlc"))
        if not self.read_only and not self.damaged:
            self._ensure_identity(meta)
            if FILL_INDEXES in meta:  # a first fill that never finished
                with self.write() as conn:
                    self._rebuild_indexes(conn)
            self.reprojected = self._follow_schema(meta.get(PROJECTED_TYPES))
        else:
            self.reprojected = 0

    def _met_damage(self, exc: BaseException) -> None:
        """Corruption met while using the store: remember it, so writes are refused from now on."""
        self.found_damage(damage.reason_of(exc))

    def found_damage(self, reason: str, *, bad_events: int = 0) -> UserError:
        """Damage found by a check of the caller's (not an error SQLite raised): remembered as
        `_met_damage` does; returns the plain message to raise."""
        self.damaged = True
        if not self.read_only:
            damage.mark(self.folder, reason)
        if bad_events:
            return damage.bad_event(self.folder, bad_events)
        return damage.damaged(self.folder, reason)

    def refuse_writes(self) -> None:
        """Raise the plain message that this store takes no changes, if it takes none."""
        if self.read_only:
            raise UserError(
                "The workspace in %(folder)s is read-only (a backup copy, or a folder you may not change), "
                "so it can be read but not changed; copy it to a folder you can write to, or open your "
                "own workspace.",
                folder=str(self.folder),
            )
        if self.damaged:
            raise damage.writes_refused(self.folder)

    def _follow_schema(self, saved: str | None) -> int:
        """Re-project the records of the types whose schema changed since this store last projected
        them (SYNC.md, "Versions of the app on one team"): after an upgrade, what a newer teammate
        typed before (a field, a type, a choice this store kept in its log only) shows as if it had
        always been known, conflicts included. Returns how many records were re-projected."""
        now = orjson.dumps(type_fingerprints(), option=orjson.OPT_SORT_KEYS).decode()
        if saved == now:
            return 0
        done = 0
        with self.write() as conn:
            if saved is not None:  # (none: a new store, or one made before stores kept it, which held no such events)
                before = orjson.loads(saved)
                after = orjson.loads(now)
                changed = sorted(t for t in before.keys() | after.keys() if before.get(t) != after.get(t))
                done = self._reproject(conn, changed)
            self._set_meta(conn, PROJECTED_TYPES, now)
        return done

    def _reproject(self, conn: Connection, types: list[str], batch: int = 2000) -> int:
        """Project again, from the log, every record of these types; the search index catches up
        in the background."""
        if not types:
            return 0
        marks = ",".join("?" * len(types))
        recs = [r for (r,) in conn.exec_driver_sql(f"SELECT DISTINCT rec FROM events WHERE type IN ({marks})", tuple(types))]
        ancestor_value = self.ancestor_reader(conn)
        for i in range(0, len(recs), batch):
            states = load_states(conn, recs[i : i + batch])
            write_projection(conn, states, defer_fts=True, ancestor_value=ancestor_value)
        return len(recs)

    # --- identity and meta ---------------------------------------------------------------------

    def _ensure_identity(self, meta: dict[str, str]) -> None:
        seq = int(meta.get("seq", "0"))
        reason = None
        if self.replica:
            reason = replica_registry.needs_new_identity(
                self.db_path, meta.get("path"), self.replica, seq
            )
        if not self.replica or reason:
            with self.write() as conn:
                self.take_new_identity(conn, reason)
                self._set_meta(conn, "path", str(self.db_path.resolve()))
        else:
            replica_registry.remember(self.db_path, self.replica, seq)

    def take_new_identity(self, conn: Connection, reason: str | None) -> str:
        """A fresh replica id from this write on, inside the caller's transaction (its seqs from 1
        again): the old one is kept in `previous_replicas`, and its changes are another replica's
        from now on. `write()` puts the old id back if the transaction does not commit."""
        old = self.replica
        self.identity_reason = reason
        self.replica = new_replica_id()
        self.clock.replica = self.replica
        self._set_meta(conn, "replica", self.replica)
        self._set_meta(conn, "seq", "0")
        self._set_meta(conn, "exported_seq", "0")
        if old:
            previous = self.meta_in(conn, "previous_replicas") or ""
            self._set_meta(conn, "previous_replicas", ",".join(filter(None, [previous, old])))
        return self.replica

    def skip_past(self, conn: Connection, seq: int) -> None:
        """Number this store's next change after `seq`: teammates hold its changes up to there
        (made before a restore from a backup), and a dot is never written twice with two contents.
        Its replica id stays, so nothing a bundle claims can make the store's identities multiply."""
        self._set_meta(conn, "seq", str(max(seq, int(self.meta_in(conn, "seq") or 0))))

    @staticmethod
    def _spoken_for(conn: Connection, rec: str, dot: Dot) -> bool:
        """Some event already names this dot, not yet written, as a version of the record it
        replaced or a deletion observed: only a forgery (or a copy of this store) can have."""
        ex = conn.exec_driver_sql
        return any(
            ex(f"SELECT 1 FROM {table} WHERE rec=? AND replica=? AND seq=? LIMIT 1", (rec, *dot)).first()
            for table in ("superseded", "deletion_observed")
        )

    def meta_all(self) -> dict[str, str]:
        with self.read() as conn:
            return dict(conn.exec_driver_sql("SELECT key, value FROM meta").all())

    def meta(self, key: str, default: str | None = None) -> str | None:
        with self.read() as conn:
            row = conn.exec_driver_sql("SELECT value FROM meta WHERE key=?", (key,)).first()
        return row[0] if row else default

    @staticmethod
    def meta_in(conn: Connection, key: str) -> str | None:
        """A meta value read inside the caller's transaction."""
        row = conn.exec_driver_sql("SELECT value FROM meta WHERE key=?", (key,)).first()
        return row[0] if row else None

    @staticmethod
    def _set_meta(conn: Connection, key: str, value: str) -> None:
        conn.exec_driver_sql("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def set_meta(self, key: str, value: str) -> None:
        with self.write() as conn:
            self._set_meta(conn, key, value)

    @property
    def workspace_id(self) -> str | None:
        return self.meta("workspace_id")

    def close(self) -> None:
        self.engine.dispose()

    # --- transactions --------------------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction (BEGIN IMMEDIATE); the replica registry follows each commit."""
        self.refuse_writes()
        with self._write_lock:
            replica = self.replica
            try:
                with self._damage_told(), write_transaction(self.engine) as conn:
                    yield conn
            except BaseException:
                self.replica = self.clock.replica = replica  # an identity taken inside is rolled back
                raise
        seq = self.meta("seq") or "0"
        replica_registry.remember(self.db_path, self.replica, int(seq))

    @contextmanager
    def filling(self) -> Iterator[None]:
        """Around the first fill of a store nothing else has open: a rollback journal instead of
        the WAL (see engine.rollback_journal), and the indexes only the lists use built once at
        the end instead of row by row (a quarter less work on the projection of 100k records).
        Their definitions wait in `meta` until they are built again, so a fill stopped half-way
        by a crash gets them back when the store next opens."""
        with self._write_lock, rollback_journal(self.engine):
            with self.write() as conn:
                marks = ",".join("?" * len(LIST_INDEXES))
                saved = conn.exec_driver_sql(
                    f"SELECT name, sql FROM sqlite_master WHERE type='index' AND name IN ({marks}) ORDER BY name",
                    LIST_INDEXES,
                ).all()
                self._set_meta(conn, FILL_INDEXES, orjson.dumps([sql for _, sql in saved]).decode())
                for name, _ in saved:
                    conn.exec_driver_sql(f'DROP INDEX "{name}"')
            try:
                yield
            finally:
                with self.write() as conn:
                    self._rebuild_indexes(conn)

    def _rebuild_indexes(self, conn: Connection) -> None:
        """Create again the indexes a fill dropped (see `filling`)."""
        saved = self.meta_in(conn, FILL_INDEXES)
        if saved is None:
            return
        for sql in orjson.loads(saved):
            conn.exec_driver_sql(re.sub(r"^CREATE (UNIQUE )?INDEX ", r"CREATE \1INDEX IF NOT EXISTS ", sql))
        conn.exec_driver_sql("DELETE FROM meta WHERE key=?", (FILL_INDEXES,))

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._damage_told(), self.engine.connect() as conn:
            yield conn

    @contextmanager
    def _damage_told(self) -> Iterator[None]:
        """Corruption met inside: the store is marked damaged and the plain message raised; a full
        disk (the transaction rolled back) is a plain message too."""
        try:
            yield
        except Exception as exc:
            if isinstance(exc, UserError):
                raise
            if damage.is_disk_full(exc):
                raise UserError(
                    "There is not enough free space on the disk of the workspace in %(folder)s, so nothing "
                    "was changed; free some space, then try again.",
                    folder=str(self.folder),
                ) from None
            if not damage.is_corruption(exc):
                raise
            # Only SQLite's own word marks the store: a value that does not decode could, in
            # principle, be the caller's (the export's hash check and 'gcen check' mark those).
            if damage.said_by_sqlite(exc):
                self._met_damage(exc)
            raise damage.damaged(self.folder, damage.reason_of(exc)) from None

    def ancestor_reader(self, conn: Connection):
        def ancestor_value(rec: str, f: str, heads: list[Dot]) -> str | None:
            return common_ancestor_value(conn, rec, f, heads)

        return ancestor_value

    def apply(self, conn: Connection, events: list[dict[str, Any]], **kw: Any):
        return apply_events(conn, events, ancestor_value=self.ancestor_reader(conn), **kw)

    # --- local events ----------------------------------------------------------------------------

    def _local_event(self, conn: Connection, op: str, type_: str, rec: str, payload: dict) -> dict:
        seq = int(conn.exec_driver_sql("SELECT value FROM meta WHERE key='seq'").scalar_one()) + 1
        if self._spoken_for(conn, rec, (self.replica, seq)):
            # Written under this id, the edit would be replaced (or the deletion overridden) before
            # anyone saw it: the old id's next dots are taken, so write as a new replica (SYNC.md
            # "Nothing forged is permanent").
            self.take_new_identity(conn, "an event names its next change")
            self.identity_reason = "its next changes were named by a forged bundle"
            seq = 1
        event = {"dot": [self.replica, seq], "hlc": self.clock.tick(), "rec": rec, "type": type_, "op": op}
        event.update(payload)
        seal(event)
        check_change_size(type_, event.get("fields") or {}, len(orjson.dumps(event, option=orjson.OPT_SORT_KEYS)))
        self.apply(conn, [event])
        self._last_written = (self.replica, seq, event["hlc"])
        privacy.mark_if_hidden(conn, rec, self.replica, seq)
        self._set_meta(conn, "seq", str(seq))
        self._set_meta(conn, "hlc", self.clock.state())
        return event

    def heads(self, conn: Connection, rec: str) -> dict[str, list[list[Any]]]:
        """Per field, the dots of its current heads (what the user is shown and replaces)."""
        out: dict[str, list[list[Any]]] = {}
        for f, r, s in conn.exec_driver_sql(
            "SELECT field, replica, seq FROM heads WHERE rec=? ORDER BY field, replica, seq", (rec,)
        ):
            out.setdefault(f, []).append([r, s])
        return out

    def versions(self, conn: Connection, rec: str) -> dict[str, list[list[Any]]]:
        """Per field, its current heads as [replica, seq, hlc]: the hlc tells a version apart from
        the same dot amended since (autosave coalescing rewrites its last unshared event)."""
        out: dict[str, list[list[Any]]] = {}
        for f, r, s, hlc in conn.exec_driver_sql(
            "SELECT field, replica, seq, hlc FROM heads WHERE rec=? ORDER BY field, replica, seq", (rec,)
        ):
            out.setdefault(f, []).append([r, s, hlc])
        return out

    @staticmethod
    def _replaced_by(conn: Connection, f: str, seen: list[list[Any]]) -> list[list[Any]]:
        """The parents an edit of field f names when its editor was shown `seen` ([replica, seq,
        hlc] each): those versions, except one amended since (another window's or an undo's value
        now under the same dot), for which the versions it replaced are named instead, so that
        value stays beside the edit."""
        out: set[tuple[str, int]] = set()
        for version in seen:
            r, s = version[0], version[1]
            row = conn.exec_driver_sql("SELECT hlc, body FROM events WHERE replica=? AND seq=?", (r, s)).first()
            if row is None or len(version) < 3 or row[0] == version[2]:
                out.add((r, s))
                continue
            for p in (orjson.loads(row[1]).get("parents") or {}).get(f, []):
                out.add((p[0], p[1]))
        return [[r, s] for r, s in sorted(out)]

    def active_deletions(self, conn: Connection, rec: str) -> list[list[Any]]:
        return [
            [r, s]
            for r, s in conn.exec_driver_sql(
                "SELECT d.replica, d.seq FROM deletions d WHERE d.rec=? AND NOT EXISTS ("
                "SELECT 1 FROM superseded x WHERE x.rec=d.rec AND x.field=? AND x.replica=d.replica "
                "AND x.seq=d.seq) ORDER BY d.replica, d.seq",
                (rec, DEL),
            )
        ]

    def set_fields(
        self,
        conn: Connection,
        type_: str,
        rec: str,
        fields: dict[str, Any],
        *,
        create: bool = False,
        undelete: bool = False,
        shown: dict[str, list[list[Any]]] | None = None,
    ) -> dict | None:
        """Write fields of a record as one event; parents are the heads the user was shown.

        `shown`: per field, the heads an editor loaded its value from, as `versions` gives them
        (default: the current heads). When a field changed since (another window, an import, an undo), the edit names
        what the user saw, so it becomes a concurrent version (a conflict or a clean line merge),
        never a silent overwrite of the change the user did not see.

        A write that may make records visible (their visibility, or what they hang on) also
        writes the present of what was private: this record's fields with a private version go
        into the same event, and each record hanging on it gets one such event (privacy.publication).
        """
        heads = {} if create else self.heads(conn, rec)
        spec = TYPES.get(type_)
        reveals = not create and ("visibility" in fields or bool(spec and spec.parent in fields))
        was_hidden = reveals and privacy.is_hidden(conn, rec)
        stale = False
        named = {f: heads[f] for f in fields if heads.get(f)}
        if shown is not None:
            now = self.versions(conn, rec)
            for f in fields:
                if f in shown:
                    seen = sorted(list(v) for v in shown[f])
                    current = now.get(f, [])
                    if len(seen) != len(current) or any(v[: len(w)] != w for v, w in zip(current, seen, strict=True)):
                        stale = True
                    named[f] = self._replaced_by(conn, f, seen)
                    if not named[f]:
                        del named[f]
        if not create and not undelete and len(fields) == 1 and not reveals and not stale:
            amended = self._amend(conn, rec, fields, heads)
            if amended:
                return None
        parents = self._past_what_cannot_travel(conn, named)
        if undelete:
            dels = self.active_deletions(conn, rec)
            if dels:
                parents[DEL] = dels
        if reveals and fields.get("visibility") != "private":
            published = privacy.publication(conn, rec)
            if published is not None:
                more, named = published
                fields = {**more, **fields}
                for f, dots in named.items():
                    parents[f] = sorted({tuple(d) for d in dots} | {tuple(d) for d in parents.get(f, [])})
                parents = {f: [list(d) for d in dots] for f, dots in parents.items()}
        event = self._local_event(conn, "set", type_, rec, {"fields": fields, "parents": parents})
        if reveals and was_hidden and not privacy.is_hidden(conn, rec):
            # (only on the way out of hiding: what hangs on a record that was visible has no
            # private version to make visible, and moving an action need not look at every link)
            self._publish_dependents(conn, rec)
        return event

    def _publish_dependents(self, conn: Connection, rec: str) -> None:
        """After a record became visible: one event with the present of each record hanging on it
        that is visible now and whose versions (or deletion) were written while it was hidden."""
        for dep in privacy.dependents(conn, rec):
            if privacy.is_hidden(conn, dep) or not privacy.has_private_events(conn, dep):
                continue
            row = conn.exec_driver_sql("SELECT type, own_deleted FROM records WHERE id=?", (dep,)).first()
            if row is None:
                continue
            type_, own_deleted = row
            if own_deleted:
                # Deleted while hidden: teammates that hold it learn the deletion, as the present
                # (once: not when a deletion they can hold is there already).
                if self._has_public_deletion(conn, dep):
                    continue
                published = privacy.publication(conn, dep, every_field=True)
                if published and self._has_public_events(conn, dep):
                    observed = {f: dots for f, dots in published[1].items() if f != DEL}
                    self._local_event(conn, "del", type_, dep, {"observed": observed})
                continue
            published = privacy.publication(conn, dep)
            if published is not None and published[0]:
                more, named = published
                self._local_event(conn, "set", type_, dep, {"fields": more, "parents": named})

    @staticmethod
    def _has_public_deletion(conn: Connection, rec: str) -> bool:
        return (
            conn.exec_driver_sql(
                "SELECT 1 FROM deletions d WHERE d.rec=? AND NOT EXISTS (SELECT 1 FROM private_events p "
                "WHERE p.replica = d.replica AND p.seq = d.seq) LIMIT 1",
                (rec,),
            ).first()
            is not None
        )

    @staticmethod
    def _has_public_events(conn: Connection, rec: str) -> bool:
        return (
            conn.exec_driver_sql(
                "SELECT 1 FROM events e WHERE e.rec=? AND NOT EXISTS (SELECT 1 FROM private_events p "
                "WHERE p.replica = e.replica AND p.seq = e.seq) LIMIT 1",
                (rec,),
            ).first()
            is not None
        )

    def _amend(self, conn: Connection, rec: str, fields: dict[str, Any], heads: dict) -> bool:
        """Autosave coalescing: amend this store's last, not yet exported edit of the same field."""
        (f, value), = fields.items()
        meta = dict(conn.exec_driver_sql("SELECT key, value FROM meta WHERE key IN ('seq','exported_seq')").all())
        seq, exported = int(meta.get("seq", 0)), int(meta.get("exported_seq", 0))
        if seq <= exported or heads.get(f) != [[self.replica, seq]]:
            return False
        row = conn.exec_driver_sql(
            "SELECT eid, body FROM events WHERE replica=? AND seq=?", (self.replica, seq)
        ).first()
        if row is None:
            return False
        event = orjson.loads(row[1])
        if event["op"] != "set" or event["rec"] != rec or list(event["fields"]) != [f]:
            return False
        if self._last_written != (self.replica, seq, event["hlc"]):
            # Written by another process on this workspace (a second window, the command line),
            # or changed since: amending would replace its value in place, where no editor that
            # showed the old one could tell, and no line merge could find their common version.
            return False
        event["fields"][f] = value
        event["hlc"] = self.clock.tick()
        self._last_written = (self.replica, seq, event["hlc"])
        seal(event)
        body = orjson.dumps(event, option=orjson.OPT_SORT_KEYS)
        check_change_size(event["type"], event["fields"], len(body))
        conn.exec_driver_sql("UPDATE events SET hlc=?, h=?, body=? WHERE eid=?", (event["hlc"], event["h"], body, row[0]))
        conn.exec_driver_sql(
            "UPDATE head_rows SET hlc=? WHERE rec=? AND replica=? AND seq=?",
            (event["hlc"], rec, self.replica, seq),
        )
        states = load_states(conn, [rec])
        states[rec].updated = max(states[rec].updated or "", event["hlc"])
        # the amended event may be the one that created the record: its time moved too
        states[rec].created = conn.exec_driver_sql("SELECT MIN(hlc) FROM events WHERE rec=?", (rec,)).scalar_one()
        write_projection(conn, states, ancestor_value=self.ancestor_reader(conn))
        self._set_meta(conn, "hlc", self.clock.state())
        return True

    def delete(self, conn: Connection, type_: str, rec: str) -> dict:
        observed = self._past_what_cannot_travel(conn, self.heads(conn, rec))
        return self._local_event(conn, "del", type_, rec, {"observed": observed})

    def _past_what_cannot_travel(self, conn: Connection, versions: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
        """The versions a new event replaces (its parents or a deletion's observed), per field, with,
        past each version that no bundle can carry (written by an older version: see
        `why_it_cannot_travel`), the versions that one replaced: a teammate, who never receives it,
        then sees those replaced too, and shows what this store shows."""
        out: dict[str, list[list[Any]]] = {}
        for f, dots in versions.items():
            names = {(r, s) for r, s in dots}
            todo = sorted(names)
            while todo and len(names) < _MOST_VERSIONS_NAMED:
                r, s = todo.pop()
                row = conn.exec_driver_sql(
                    "SELECT body FROM events WHERE replica=? AND seq=? AND "
                    "(length(CAST(body AS BLOB)) >= ? OR instr(CAST(body AS BLOB), ?) > 0)",
                    (r, s, MAX_CHANGE_BYTES, NUL_ESCAPE),
                ).first()
                if row is None or why_it_cannot_travel(bytes(row[0])) is None:
                    continue
                for p in (orjson.loads(row[0]).get("parents") or {}).get(f, []):
                    if (p[0], p[1]) not in names:
                        names.add((p[0], p[1]))
                        todo.append((p[0], p[1]))
            out[f] = dots if len(names) == len(dots) else [[r, s] for r, s in sorted(names)]
        return out

    # --- reads -------------------------------------------------------------------------------------

    def get(self, rec: str, conn: Connection | None = None) -> RecordView:
        view = self.find(rec, conn)
        if view is None:
            raise NotFound("No record has the id '%(id)s'; 'gcen list TYPE' shows the ids.", id=rec)
        return view

    def find(self, rec: str, conn: Connection | None = None) -> RecordView | None:
        if conn is None:
            with self.read() as c:
                return self.find(rec, c)
        row = conn.exec_driver_sql(f"SELECT {ROW_COLUMNS} FROM records WHERE id=?", (rec,)).first()
        return RecordView.from_row(row) if row else None

    def query(self, sql_where: str = "1", args: tuple = (), order: str = "updated DESC",
              limit: int | None = None, offset: int = 0) -> list[RecordView]:
        sql = f"SELECT {ROW_COLUMNS} FROM records r WHERE {sql_where} ORDER BY {order}"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        with self.read() as conn:
            return [RecordView.from_row(r) for r in conn.exec_driver_sql(sql, args)]

    def query_shown(self, sql_where: str = "1", args: tuple = (), order: str = "updated DESC"
                    ) -> tuple[list[RecordView], dict[str, dict[str, list[list[Any]]]]]:
        """`query`, with per record the heads of each field (as `versions` gives them): what a
        list that edits in place shows and later names when it saves. The heads are read first:
        should a write land in between, an edit names older heads than it shows, which makes it a
        conflict, never an overwrite."""
        heads: dict[str, dict[str, list[list[Any]]]] = {}
        with self.read() as conn:
            for rec, f, r, s, hlc in conn.exec_driver_sql(
                "SELECT rec, field, replica, seq, hlc FROM heads WHERE rec IN "
                f"(SELECT r.id FROM records r WHERE {sql_where}) ORDER BY rec, field, replica, seq", args
            ):
                heads.setdefault(rec, {}).setdefault(f, []).append([r, s, hlc])
            sql = f"SELECT {ROW_COLUMNS} FROM records r WHERE {sql_where} ORDER BY {order}"
            views = [RecordView.from_row(row) for row in conn.exec_driver_sql(sql, args)]
        return views, heads

    def count(self, sql_where: str = "1", args: tuple = ()) -> int:
        with self.read() as conn:
            return conn.exec_driver_sql(f"SELECT COUNT(*) FROM records r WHERE {sql_where}", args).scalar_one()

    def field_heads(self, rec: str, f: str) -> list[dict[str, Any]]:
        """The competing versions of a field, newest first, with who wrote them and when."""
        with self.read() as conn:
            rows = conn.exec_driver_sql(
                "SELECT h.replica, h.seq, h.hlc, e.body FROM heads h JOIN events e "
                "ON e.replica = h.replica AND e.seq = h.seq WHERE h.rec=? AND h.field=? "
                "ORDER BY h.hlc DESC, h.replica DESC, h.seq DESC",
                (rec, f),
            ).all()
        return [
            {"dot": [r, s], "hlc": h, "value": orjson.loads(body)["fields"].get(f)} for r, s, h, body in rows
        ]

    def search(self, query: str, where: str = "1", args: tuple = (), limit: int = 50):
        """Full-text search; returns (record, snippet) pairs, best first.

        Deleted records are never in the index. Without filters, the ranking runs on the index
        alone and only the best rows are joined (SQLite would otherwise join and build snippets
        for every match before sorting); snippets are cut in Python for those rows only.
        """
        match = fts_query(query)
        if match is None:
            return []
        cols = ", ".join("r." + c.strip() for c in ROW_COLUMNS.split(","))
        if where in ("1", ""):
            sql = (
                "WITH top AS (SELECT rowid AS rid, bm25(search, 5.0, 1.0) AS score FROM search "
                f"WHERE search MATCH ? ORDER BY score LIMIT {int(limit)}) "
                f"SELECT {cols} FROM top JOIN records r ON r.rid = top.rid ORDER BY top.score"
            )
            params: tuple = (match,)
        else:
            sql = (
                f"SELECT {cols} FROM search JOIN records r ON r.rid = search.rowid "
                f"WHERE search MATCH ? AND r.deleted = 0 AND ({where}) "
                f"ORDER BY bm25(search, 5.0, 1.0) LIMIT {int(limit)}"
            )
            params = (match, *args)
        with self.read() as conn:
            rows = conn.exec_driver_sql(sql, params).all()
        out = []
        for row in rows:
            view = RecordView.from_row(row)
            out.append((view, _snippet_of(view, query)))
        return out

    def indexing_backlog(self) -> int:
        with self.read() as conn:
            return conn.exec_driver_sql("SELECT COUNT(*) FROM fts_queue").scalar_one()

    def index_some(self, limit: int = 5000) -> int:
        with self.write() as conn:
            return drain_fts_queue(conn, limit)

    # --- canonical dump, check, rebuild -------------------------------------------------------------

    def dump(self, conn: Connection | None = None) -> bytes:
        """Canonical JSON of all live records by id: the same bytes on stores with the same events."""
        if conn is None:
            with self.read() as c:
                return self.dump(c)
        out: dict[str, Any] = {}
        for rec, type_, data, own_deleted, _deleted, del_conflict, conflicts, merged in conn.exec_driver_sql(
            "SELECT id, type, data, own_deleted, deleted, del_conflict, conflicts, merged "
            "FROM records WHERE deleted = 0 ORDER BY id"
        ):
            entry: dict[str, Any] = {"type": type_, "fields": orjson.loads(data)}
            if conflicts:
                entry["conflicts"] = orjson.loads(conflicts)
            if merged:
                entry["auto_merged"] = orjson.loads(merged)
            if del_conflict:
                entry["deleted_elsewhere"] = True
            if own_deleted:
                entry["kept_by_child"] = True
            out[rec] = entry
        return orjson.dumps(out, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2) + b"\n"

    def _projection_snapshot(self, conn: Connection) -> dict[str, tuple]:
        return {
            row[0]: tuple(row[1:])
            for row in conn.exec_driver_sql(
                "SELECT id, type, title, data, parent, kind, status, due, working_group, symposium, "
                "city, member, position, visibility, deleted, own_deleted, del_conflict, conflicts, "
                "merged, created, updated FROM records"
            )
        }

    def _rebuild(self, conn: Connection) -> None:
        ex = conn.exec_driver_sql
        for table in ("head_rows", "superseded", "deletions", "deletion_observed", "fts_queue", "search", "record_rows"):
            ex(f"DELETE FROM {table}")
        last = 0
        while True:
            rows = ex(
                "SELECT eid, body FROM events WHERE eid > ? ORDER BY eid LIMIT 20000", (last,)
            ).all()
            if not rows:
                break
            last = rows[-1][0]
            self.apply(conn, [orjson.loads(b) for _, b in rows], insert_events=False)

    def rebuild(self) -> None:
        """Recompute heads, projection and search index from the event log alone."""
        with self.write() as conn:
            self._rebuild(conn)

    def check(self) -> list[str]:
        """Problems found: SQLite integrity, changes whose bytes no longer match their hash, FTS
        integrity, projection differing from a rebuild. Damage is reported, never raised: a
        damaged store is marked so (writes refused), a whole one has its mark removed."""
        problems: list[str] = []
        damaged: list[str] = []
        try:
            with self.engine.connect() as conn:
                results = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
            if results != ["ok"]:
                damaged.append("database integrity: " + "; ".join(str(r) for r in results))
        except Exception as exc:
            if not damage.is_corruption(exc):
                raise
            damaged.append(f"database integrity: {damage.reason_of(exc)}")
        if not damaged:
            try:
                bad = self._bad_events()
                if bad:
                    damaged.append(f"{len(bad)} stored change(s) no longer match their hash, e.g. {bad[0]}")
            except Exception as exc:
                if not damage.is_corruption(exc):
                    raise
                damaged.append(f"event log: {damage.reason_of(exc)}")
        problems += damaged
        if not damaged and not self.read_only:
            try:
                problems += self._check_projection()
            except Exception as exc:
                if not damage.is_corruption(exc):
                    raise
                damaged.append(f"projection: {damage.reason_of(exc)}")
                problems += damaged[-1:]
        if damaged:
            self.found_damage(damaged[0])
        elif self.damaged and not problems and not self.read_only:
            self.damaged = False
            damage.unmark(self.folder)
        return problems

    def _bad_events(self) -> list[str]:
        """The dots of the stored events whose bytes do not match their hash."""
        bad: list[str] = []
        last = 0
        with self.engine.connect() as conn, plain_cursor(conn) as cursor:
            while True:
                rows = cursor.execute(
                    "SELECT eid, replica, seq, h, body FROM events WHERE eid > ? ORDER BY eid LIMIT 20000", (last,)
                ).fetchall()
                if not rows:
                    return bad
                last = rows[-1][0]
                bad += [f"{r}:{s}" for _eid, r, s, h, body in rows if not stored_ok(h, body)]

    def _check_projection(self) -> list[str]:
        problems: list[str] = []
        with self._write_lock, write_transaction(self.engine) as conn:
            try:
                conn.exec_driver_sql("INSERT INTO search(search, rank) VALUES('integrity-check', 1)")
            except Exception as exc:  # FTS5 reports corruption as an SQL error
                problems.append(f"search index: {exc}")
            before = self._projection_snapshot(conn)
            indexed = conn.exec_driver_sql("SELECT COUNT(*) FROM search").scalar_one()
            queued = conn.exec_driver_sql("SELECT COUNT(*) FROM fts_queue").scalar_one()
            self._rebuild(conn)
            after = self._projection_snapshot(conn)
            should = conn.exec_driver_sql("SELECT COUNT(*) FROM search").scalar_one()
            if before != after:
                diff = sorted(set(before) ^ set(after)) or sorted(
                    k for k in before if before[k] != after.get(k)
                )
                problems.append(f"projection differs from a rebuild of the log for {len(diff)} record(s), e.g. {diff[0]}")
            if indexed + queued < should:
                problems.append(f"search index holds {indexed} of {should} records")
            conn.rollback()
        return problems


def _snippet_of(view: RecordView, query: str) -> str:
    """An excerpt of the record's searchable text around the first matching word."""
    spec = TYPES.get(view.type)
    fields = spec.searchable if spec else ()
    for name in fields:
        text = view.data.get(name)
        if isinstance(text, str) and text:
            snippet = make_snippet(text, query)
            if "[" in snippet:
                return snippet
    return make_snippet(view.title, query)


# The most versions the search for a common ancestor reads; past it, the conflict is shown unmerged.
ANCESTOR_MOST_EVENTS = 2_000


def _ancestor_event(conn: Connection, rec: str, f: str, dot: Dot) -> tuple[str, list[Dot]] | None:
    """(hlc, parents of f) of the event `dot` when it is a `set` of field f of record `rec`."""
    path = '."' + f + '"'
    # (bodies are stored as BLOBs of JSON text: read as text, which SQLite's JSON functions parse)
    row = conn.exec_driver_sql(
        "SELECT json_extract(j, '$.rec'), json_extract(j, '$.op'), hlc, "
        "json_type(j, '$.fields' || ?), json_extract(j, '$.parents' || ?) "
        "FROM (SELECT CAST(body AS TEXT) AS j, hlc FROM events WHERE replica=? AND seq=?)",
        (path, path, dot[0], dot[1]),
    ).first()
    if row is None or row[0] != rec or row[1] != "set" or row[3] is None:
        return None
    parents = orjson.loads(row[4]) if row[4] else []
    return row[2], [(r, s) for r, s in parents]


def common_ancestor_value(conn: Connection, rec: str, f: str, heads: list[Dot]) -> str | None:
    """The value of field f at the nearest common ancestor of the given heads (of several, the one
    with the largest (hlc, dot)), or None when there is none or when the heads' history of f holds
    more than ANCESTOR_MOST_EVENTS versions. Only the versions' times and parents are read, and
    only those the heads descend from: the answer depends on the events, never on their order."""
    parents_of: dict[Dot, list[Dot]] = {}
    hlc_of: dict[Dot, str] = {}
    read: set[Dot] = set()

    def ancestors(head: Dot) -> set[Dot] | None:
        seen: set[Dot] = set()
        todo = [head]
        while todo:
            d = todo.pop()
            if d not in read:
                if len(read) >= ANCESTOR_MOST_EVENTS:
                    return None
                read.add(d)
                event = _ancestor_event(conn, rec, f, d)
                if event is not None:
                    hlc_of[d], parents_of[d] = event
            for p in parents_of.get(d, ()):
                if p not in seen:
                    seen.add(p)
                    todo.append(p)
        return seen

    sets = []
    for head in sorted({(r, s) for r, s in heads}):
        found = ancestors(head)
        if found is None:
            return None
        sets.append(found)
    common = {c for c in set.intersection(*sets) if c in hlc_of} if sets else set()
    # The common versions are closed under "parent of", so the nearest are those that are no
    # common version's parent.
    replaced = {p for c in common for p in parents_of[c]}
    nearest = common - replaced
    if not nearest:
        return None
    best = max(nearest, key=lambda d: (hlc_of[d], d))
    value = conn.exec_driver_sql(
        "SELECT json_extract(CAST(body AS TEXT), '$.fields' || ?) FROM events WHERE replica=? AND seq=?",
        ('."' + f + '"', best[0], best[1]),
    ).scalar_one()
    return value if isinstance(value, str) else ("" if value is None else str(value))


__all__ = ["Store", "RecordView", "open_store", "store_exists", "unfinished_store", "remove_unfinished_store"]
