"""The event log's bookkeeping: inserting checked events, which dots the store holds (and their
hashes), and the batches every statement over many records is cut into."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection

from . import ranges
from .engine import plain_cursor
from .merge import Dot

CHUNK = 900  # ids a statement names at most (SQLite's limit on parameters is 999 on old builds)


def many(conn: Connection, sql: str, rows: list[tuple]) -> None:
    """executemany that does nothing for no rows (SQLAlchemy would run the statement once)."""
    if rows:
        conn.exec_driver_sql(sql, rows)


def chunks(items: list, n: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def known_hashes(conn: Connection, dots: list[Dot]) -> dict[Dot, str]:
    """Hashes of those dots the store already holds."""
    return {(r, seq): h for r, held in held_hashes(conn, dots).items() for seq, h in held.items()}


def held_hashes(conn: Connection, dots: Iterable[Dot]) -> dict[str, dict[int, str]]:
    """Per origin replica, seq -> hash of those dots the store holds (and maybe of others between
    them: the rows of each origin's span are read in one range scan)."""
    by_replica: dict[str, list[int]] = defaultdict(list)
    for r, s in dots:
        by_replica[r].append(s)
    found: dict[str, dict[int, str]] = {}
    with plain_cursor(conn) as cursor:
        for r, seqs in by_replica.items():
            lo, hi = min(seqs), max(seqs)
            rows = cursor.execute("SELECT seq, h FROM events WHERE replica = ? AND seq BETWEEN ? AND ?", (r, lo, hi))
            if hi - lo < 4 * len(seqs):  # dense, as a bundle's dots are: all of the span at once
                found[r] = dict(rows.fetchall())
            else:  # a few dots far apart: keep only those asked for
                wanted = set(seqs)
                found[r] = {seq: h for seq, h in rows if seq in wanted}
    return found


def insert_read_events(conn: Connection, rows: list[tuple], held: dict[str, list[list[int]]]) -> int | None:
    """Insert event rows (replica, seq, hlc, rec, type, op, h, body) a bundle reader checked and
    found new, and add `held`, their dots per origin as intervals, to `have_ranges`. Returns
    what `insert_event_rows` does."""
    first = insert_event_rows(conn, rows)
    for origin, intervals in held.items():
        _hold(conn, origin, intervals)
    return first


def insert_event_rows(conn: Connection, rows: list[tuple]) -> int | None:
    """Insert event rows; return the eid of the first, the others following it one by one, or
    None when that is not certain. (SQLite gives a row without one the largest rowid plus one,
    but for the largest rowid possible: checked by counting.)"""
    if not rows:
        return None
    ex = conn.exec_driver_sql
    before = ex("SELECT MAX(eid) FROM events").scalar_one() or 0
    ex("INSERT INTO events (replica, seq, hlc, rec, type, op, h, body) VALUES (?,?,?,?,?,?,?,?)", rows)
    after = ex("SELECT MAX(eid) FROM events").scalar_one() or 0
    return before + 1 if after - before == len(rows) else None


def _hold(conn: Connection, origin: str, intervals: list[list[int]]) -> None:
    """Add intervals of an origin's seqs to `have_ranges`, merged with those it holds."""
    ex = conn.exec_driver_sql
    old = [[lo, hi] for lo, hi in ex("SELECT lo, hi FROM have_ranges WHERE origin=?", (origin,))]
    merged = ranges.union(old, intervals) if old else intervals
    ex("DELETE FROM have_ranges WHERE origin=?", (origin,))
    ex("INSERT INTO have_ranges (origin, lo, hi) VALUES (?,?,?)", [(origin, lo, hi) for lo, hi in merged])


def record_held(conn: Connection, events: list[dict[str, Any]]) -> None:
    """Add the dots of newly inserted events to `have_ranges` (a few intervals per origin)."""
    by_origin: dict[str, list[int]] = defaultdict(list)
    for e in events:
        by_origin[e["dot"][0]].append(e["dot"][1])
    ex = conn.exec_driver_sql
    for origin, seqs in by_origin.items():
        if len(seqs) == 1:
            s = seqs[0]
            # The common case, a local edit: extend the interval that ends just before it.
            if ex("UPDATE have_ranges SET hi=? WHERE origin=? AND hi=? AND NOT EXISTS ("
                  "SELECT 1 FROM have_ranges WHERE origin=? AND lo=?)", (s, origin, s - 1, origin, s + 1)).rowcount:
                continue
        _hold(conn, origin, ranges.from_seqs(seqs))


def held_vector(conn: Connection) -> dict[str, list[list[int]]]:
    """Per origin replica, the intervals of seqs this store holds."""
    out: dict[str, list[list[int]]] = defaultdict(list)
    for origin, lo, hi in conn.exec_driver_sql("SELECT origin, lo, hi FROM have_ranges ORDER BY origin, lo"):
        out[origin].append([lo, hi])
    return dict(out)

