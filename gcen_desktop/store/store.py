"""The Store: opens a workspace folder, writes local events, answers queries on the projection."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine

from ..domain.clock import HybridClock
from ..domain.errors import UserError, WorkspaceMissing
from ..domain.ids import new_replica_id
from ..domain.schema import type_fingerprints
from . import damage
from . import replica as replica_registry
from .ancestors import common_ancestor_value
from .apply import apply_events, write_projection
from .attachments import BlobStore
from .engine import (
    NewerSchema,
    make_engine,
    migrate,
    rollback_journal,
    schema_is_newer,
    stored_revision,
    write_transaction,
)
from .integrity import Integrity
from .local_edits import LocalEdits
from .merge import Dot
from .migrations import HEAD_REVISION
from .reads import Reads
from .states import load_states

DB_NAME = "workspace.sqlite3"
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


class Store(LocalEdits, Reads, Integrity):
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
        self.engine: Engine
        self.schema_before: str | None = None
        try:
            meta = self._open_database()
        except Exception as exc:
            if damage.is_corruption(exc):
                self._met_damage(exc)
                raise damage.damaged(folder, damage.reason_of(exc)) from None
            if damage.is_disk_full(exc):  # (making a new store's schema, or bringing one up to date)
                if hasattr(self, "engine"):
                    self.engine.dispose()
                raise self._no_room() from None
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

    def _open_database(self) -> dict[str, str]:
        """Open the database (brought up to date, unless it is opened for reading only), check it
        quickly for damage unless marked damaged already, and read its meta."""
        self.engine = make_engine(self.db_path, read_only=self.read_only)
        if self.read_only:
            revision = stored_revision(self.engine)
            if revision != HEAD_REVISION:
                self.engine.dispose()
                if schema_is_newer(revision):
                    raise self._newer()
                raise UserError(
                    "The workspace in %(folder)s was made by an older version and cannot be brought up "
                    "to date because the folder is read-only; copy it to a folder you can write to "
                    "and open it there.",
                    folder=str(self.folder),
                )
        else:
            try:
                self.schema_before = migrate(self.engine)
            except NewerSchema:
                self.engine.dispose()
                raise self._newer() from None
        if not self.damaged:
            with self.engine.connect() as conn:
                found = damage.quick_check(conn.connection.driver_connection, self.db_path)
            if found:  # reads go on where they can; writes are refused
                self.found_damage(found)
        return self.meta_all()

    def _no_room(self) -> UserError:
        return UserError(
            "There is not enough free space on the disk of the workspace in %(folder)s, so nothing "
            "was changed; free some space, then try again.",
            folder=str(self.folder),
        )

    def _newer(self) -> UserError:
        return UserError(
            "The workspace in %(folder)s was brought up to date by a newer version of GCEN Desktop, "
            "which this version cannot read; update GCEN Desktop, then open it again.",
            folder=str(self.folder),
        )

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
        self._set_meta(conn, "sealed_seq", "0")
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

    @staticmethod
    def _spoken_among(conn: Connection, recs: list[str]) -> set[tuple[str, str, int]]:
        """(rec, replica, seq) of every dot some event names as a version of one of these records
        or a deletion observed (what `_spoken_for` asks of one dot), for a batch of new records."""
        ex = conn.exec_driver_sql
        out: set[tuple[str, str, int]] = set()
        for start in range(0, len(recs), 500):
            part = tuple(recs[start:start + 500])
            marks = ",".join("?" * len(part))
            for table in ("superseded", "deletion_observed"):
                out.update((r, p, s) for r, p, s in ex(f"SELECT rec, replica, seq FROM {table} WHERE rec IN ({marks})", part))
        return out

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
                raise self._no_room() from None
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


__all__ = ["Store", "open_store", "store_exists", "unfinished_store", "remove_unfinished_store"]
