"""The search index rows of records: written with their projection, or queued and drained by
the background indexer after a large import."""

from __future__ import annotations

import orjson
from sqlalchemy import Connection

from ..domain.schema import SEARCHABLE_TYPES, TYPES
from .log import chunks, many
from .search_text import index_text

SEARCHABLE = frozenset(SEARCHABLE_TYPES)


def index_records(conn: Connection, ids: set[str], *, defer: bool = False) -> None:
    """Bring the FTS rows of these records up to date (or queue them for the background indexer)."""
    if not ids:
        return
    ex = conn.exec_driver_sql
    marks_types = ",".join("?" * len(SEARCHABLE_TYPES))
    for part in chunks(sorted(ids)):
        marks = ",".join("?" * len(part))
        rows = ex(
            f"SELECT rid, type, title, data, deleted FROM records WHERE id IN ({marks}) "
            f"AND type IN ({marks_types})",
            (*part, *SEARCHABLE_TYPES),
        ).all()
        if not rows:
            continue
        if defer:
            ex("INSERT OR IGNORE INTO fts_queue (rid) VALUES (?)", [(r[0],) for r in rows])
            continue
        many(conn, "DELETE FROM search WHERE rowid=?", [(r[0],) for r in rows])
        many(
            conn,
            "INSERT INTO search (rowid, title, body) VALUES (?,?,?)",
            [fts_row(rid, type_, title, data) for rid, type_, title, data, deleted in rows if not deleted],
        )


def fts_row(rid: int, type_: str, title: str, data: str | bytes | dict) -> tuple[int, str, str]:
    values = orjson.loads(data) if isinstance(data, (str, bytes)) else data
    body = "\n".join(str(values[f]) for f in TYPES[type_].searchable if values.get(f))
    return (rid, index_text(title), index_text(body))


def drain_fts_queue(conn: Connection, limit: int = 5000) -> int:
    """Index up to `limit` queued records; return how many remain queued."""
    ex = conn.exec_driver_sql
    rids = [r[0] for r in ex("SELECT rid FROM fts_queue ORDER BY rid LIMIT ?", (limit,))]
    if rids:
        for part in chunks(rids):
            marks = ",".join("?" * len(part))
            rows = ex(
                f"SELECT rid, type, title, data, deleted FROM records WHERE rid IN ({marks})",
                tuple(part),
            ).all()
            many(conn, "DELETE FROM search WHERE rowid=?", [(r,) for r in part])
            many(
                conn,
                "INSERT INTO search (rowid, title, body) VALUES (?,?,?)",
                [fts_row(rid, t, ti, d) for rid, t, ti, d, deleted in rows if not deleted],
            )
            ex(f"DELETE FROM fts_queue WHERE rid IN ({marks})", tuple(part))
    return ex("SELECT COUNT(*) FROM fts_queue").scalar_one()

