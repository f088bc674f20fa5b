"""The Store: opens a workspace folder, writes local events, answers queries on the projection."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine

from ..domain.clock import HybridClock
from ..domain.errors import NotFound, WorkspaceMissing
from ..domain.ids import new_replica_id
from ..domain.schema import TYPES, type_fingerprints
from . import replica as replica_registry
from .apply import DEL, Dot, apply_events, drain_fts_queue, load_states, write_projection
from .attachments import BlobStore
from .engine import make_engine, migrate, rollback_journal, write_transaction
from .events import seal
from .search_text import fts_query, make_snippet

DB_NAME = "workspace.sqlite3"
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


def store_exists(folder: Path) -> bool:
    return (folder / DB_NAME).exists()


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


FILL_INDEXES = "fill_indexes"  # meta: the index definitions a first fill dropped
PROJECTED_TYPES = "projected_types"  # meta: schema.type_fingerprints() the projection was made with
# Indexes of the lists' filters and sorts; applying events never needs them (parents, ids, dots do).
LIST_INDEXES = ("ix_records_due", "ix_records_member", "ix_records_type")


class Store:
    """One workspace on disk. Writes are serialised; reads may come from any thread."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db_path = folder / DB_NAME
        self.engine: Engine = make_engine(self.db_path)
        self.schema_before = migrate(self.engine)
        self.blobs = BlobStore(folder / "attachments" / "sha256")
        self._write_lock = threading.RLock()
        meta = self.meta_all()
        self.replica: str = meta.get("replica") or ""
        self.identity_reason: str | None = None
        self.clock = HybridClock(self.replica)
        self.clock.restore(meta.get("hlc"))
        self._ensure_identity(meta)
        if FILL_INDEXES in meta:  # a first fill that never finished
            with self.write() as conn:
                self._rebuild_indexes(conn)
        self.reprojected = self._follow_schema(meta.get(PROJECTED_TYPES))

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
        """A fresh replica id from this write on (inside the caller's transaction): the old one is
        kept in `previous_replicas`, and its changes are another replica's from now on. Call
        `keep_identity(old)` if the transaction does not commit."""
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

    def keep_identity(self, replica: str) -> None:
        """Back to `replica` after a transaction that took a new identity rolled back."""
        if replica and self.replica != replica:
            self.replica = replica
            self.clock.replica = replica

    def meta_all(self) -> dict[str, str]:
        with self.engine.connect() as conn:
            return dict(conn.exec_driver_sql("SELECT key, value FROM meta").all())

    def meta(self, key: str, default: str | None = None) -> str | None:
        with self.engine.connect() as conn:
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
        with self._write_lock, write_transaction(self.engine) as conn:
            yield conn
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
        with self.engine.connect() as conn:
            yield conn

    def ancestor_reader(self, conn: Connection):
        def ancestor_value(rec: str, f: str, heads: list[Dot]) -> str | None:
            return common_ancestor_value(conn, rec, f, heads)

        return ancestor_value

    def apply(self, conn: Connection, events: list[dict[str, Any]], **kw: Any):
        return apply_events(conn, events, ancestor_value=self.ancestor_reader(conn), **kw)

    # --- local events ----------------------------------------------------------------------------

    def _local_event(self, conn: Connection, op: str, type_: str, rec: str, payload: dict) -> dict:
        seq = int(conn.exec_driver_sql("SELECT value FROM meta WHERE key='seq'").scalar_one()) + 1
        event = {"dot": [self.replica, seq], "hlc": self.clock.tick(), "rec": rec, "type": type_, "op": op}
        event.update(payload)
        seal(event)
        self.apply(conn, [event])
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
    ) -> dict | None:
        """Write fields of a record as one event; parents are the heads the user was shown."""
        heads = {} if create else self.heads(conn, rec)
        if not create and not undelete and len(fields) == 1:
            amended = self._amend(conn, rec, fields, heads)
            if amended:
                return None
        parents = {f: heads[f] for f in fields if heads.get(f)}
        if undelete:
            dels = self.active_deletions(conn, rec)
            if dels:
                parents[DEL] = dels
        return self._local_event(conn, "set", type_, rec, {"fields": fields, "parents": parents})

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
        event["fields"][f] = value
        event["hlc"] = self.clock.tick()
        seal(event)
        conn.exec_driver_sql(
            "UPDATE events SET hlc=?, h=?, body=? WHERE eid=?",
            (event["hlc"], event["h"], orjson.dumps(event, option=orjson.OPT_SORT_KEYS), row[0]),
        )
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
        observed = self.heads(conn, rec)
        return self._local_event(conn, "del", type_, rec, {"observed": observed})

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
        """Problems found: SQLite integrity, FTS integrity, projection differing from a rebuild."""
        problems: list[str] = []
        with self.read() as conn:
            result = conn.exec_driver_sql("PRAGMA integrity_check").scalar_one()
            if result != "ok":
                problems.append(f"database integrity: {result}")
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


def common_ancestor_value(conn: Connection, rec: str, f: str, heads: list[Dot]) -> str | None:
    """The value of field f at the nearest common ancestor of the given heads, if known."""
    parents: dict[Dot, list[Dot]] = {}
    values: dict[Dot, tuple[str, Any]] = {}
    for body, in conn.exec_driver_sql("SELECT body FROM events WHERE rec=? AND op='set'", (rec,)):
        e = orjson.loads(body)
        if f in e["fields"]:
            d = (e["dot"][0], e["dot"][1])
            parents[d] = [(r, s) for r, s in (e.get("parents") or {}).get(f, [])]
            values[d] = (e["hlc"], e["fields"][f])

    def ancestors(d: Dot) -> set[Dot]:
        seen: set[Dot] = set()
        todo = list(parents.get(d, []))
        while todo:
            x = todo.pop()
            if x not in seen:
                seen.add(x)
                todo.extend(parents.get(x, []))
        return seen

    sets = [ancestors(h) for h in heads]
    common = set.intersection(*sets) if sets else set()
    common = {c for c in common if c in values}
    if not common:
        return None
    nearest = [c for c in common if not any(c in ancestors(o) for o in common if o != c)]
    best = max(nearest, key=lambda d: (values[d][0], d))
    value = values[best][1]
    return value if isinstance(value, str) else ("" if value is None else str(value))


__all__ = ["Store", "RecordView", "open_store", "store_exists"]
