"""The store's own checks: a canonical dump, a consistency check of log and projection, a rebuild."""

from __future__ import annotations

from typing import Any

import orjson
from sqlalchemy import Connection

from . import damage
from .engine import (
    plain_cursor,
    write_transaction,
)
from .events import stored_ok


class Integrity:
    """The Store's dump, check and rebuild (a part of `Store`)."""

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

    def _projection_snapshot(self, conn: Connection, where: str = "") -> dict[str, tuple]:
        return {
            row[0]: tuple(row[1:])
            for row in conn.exec_driver_sql(
                "SELECT id, type, title, data, parent, kind, status, due, working_group, symposium, "
                "city, member, position, visibility, deleted, own_deleted, del_conflict, conflicts, "
                "merged, created, updated FROM records " + where
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

    def rows_unlike_log(self, roots: set[str]) -> list[str]:
        """The records among `roots`, their children (parts, tags, attachment links) and the
        attachments those name whose projection differs from a rebuild of their own events: a row
        garbled on disk, which an export of events would catch by their hash but a publication,
        which carries a record's state, would not. Nothing is changed (the rebuild is rolled back).
        A backup copy opened read-only cannot rebuild and is not checked."""
        if not roots or self.read_only:
            return []
        with self._write_lock, write_transaction(self.engine) as conn:
            ex = conn.exec_driver_sql
            try:
                ex("CREATE TEMP TABLE IF NOT EXISTS checked_recs (id TEXT PRIMARY KEY)")
                ex("DELETE FROM checked_recs")
                conn.exec_driver_sql("INSERT OR IGNORE INTO checked_recs VALUES (?)", [(r,) for r in sorted(roots)])
                ex("INSERT OR IGNORE INTO checked_recs SELECT id FROM record_rows WHERE parent IN (SELECT id FROM checked_recs)")
                ex("INSERT OR IGNORE INTO checked_recs SELECT json_extract(data, '$.b') FROM records WHERE type='link' "
                   "AND kind='attached' AND parent IN (SELECT id FROM checked_recs) AND json_extract(data, '$.b') IS NOT NULL")
                before = self._projection_snapshot(conn, "WHERE id IN (SELECT id FROM checked_recs)")
                for table in ("search", "fts_queue"):
                    ex(f"DELETE FROM {table} WHERE rowid IN (SELECT rid FROM record_rows WHERE id IN (SELECT id FROM checked_recs))")
                for table in ("head_rows", "superseded", "deletions", "deletion_observed"):
                    ex(f"DELETE FROM {table} WHERE rec IN (SELECT id FROM checked_recs)")
                ex("DELETE FROM record_rows WHERE id IN (SELECT id FROM checked_recs)")
                last = 0
                while rows := ex(
                    "SELECT eid, body FROM events WHERE rec IN (SELECT id FROM checked_recs) AND eid > ? "
                    "ORDER BY eid LIMIT 20000", (last,)
                ).all():
                    last = rows[-1][0]
                    self.apply(conn, [orjson.loads(b) for _, b in rows], insert_events=False)
                after = self._projection_snapshot(conn, "WHERE id IN (SELECT id FROM checked_recs)")
                return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
            finally:
                conn.rollback()

    def rebuild(self) -> None:
        """Recompute heads, projection and search index from the event log alone."""
        with self.write() as conn:
            self._rebuild(conn)

    def check(self) -> list[str]:
        """Problems found: SQLite integrity, changes whose bytes no longer match their hash, FTS
        integrity, projection differing from a rebuild. Damage is reported, never raised: a
        damaged store is marked so (writes refused), a whole one has its mark removed."""
        damaged = self._database_damage() or self._log_damage()
        problems = [damaged] if damaged else []
        if not damaged and not self.read_only:
            found, damaged = self._projection_findings()
            problems += found + ([damaged] if damaged else [])
        if damaged:
            self.found_damage(damaged)
        elif self.damaged and not problems and not self.read_only:
            self.damaged = False
            damage.unmark(self.folder)
        return problems

    def _database_damage(self) -> str | None:
        """What SQLite's integrity check finds wrong, or None."""
        try:
            with self.engine.connect() as conn:
                results = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check(20)")]
        except Exception as exc:
            if not damage.is_corruption(exc):
                raise
            return f"database integrity: {damage.reason_of(exc)}"
        if results != ["ok"]:
            return "database integrity: " + "; ".join(str(r) for r in results)
        return None

    def _log_damage(self) -> str | None:
        """Stored changes whose bytes no longer match their hash, or None."""
        try:
            bad = self._bad_events()
        except Exception as exc:
            if not damage.is_corruption(exc):
                raise
            return f"event log: {damage.reason_of(exc)}"
        if bad:
            return f"{len(bad)} stored change(s) no longer match their hash, e.g. {bad[0]}"
        return None

    def _projection_findings(self) -> tuple[list[str], str | None]:
        """(the projection's and search index's problems, the damage met checking them or None)."""
        try:
            return self._check_projection(), None
        except Exception as exc:
            if not damage.is_corruption(exc):
                raise
            return [], f"projection: {damage.reason_of(exc)}"

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
