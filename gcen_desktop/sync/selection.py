"""Which events an export carries: what the reader is not known to hold, minus what must stay here.

The cost is proportional to what the bundle carries: the wanted seqs are computed as interval
sets and read through the (replica, seq) index, never by scanning the log.

Privacy rule: a private record never leaves the store, and neither does anything that belongs to
it — its children (goals and actions of a private plan, statuses of a private reading), its tags
and links, and links that point at it — so a bundle never carries a record whose owner it hides.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection

from ..domain.ids import is_uuid
from ..store import ranges
from ..store.apply import CHUNK
from ..store.engine import plain_cursor
from ..store.events import NUL_ESCAPE, why_it_cannot_travel
from ..store.ranges import Vector
from ..store.store import Store
from . import knowledge
from .limits import DEFAULT_LIMITS

MODES = ("team", "peer", "full")


@dataclass(frozen=True)
class LeftOut:
    """An event an older version wrote that the import of this one would refuse (see
    `why_it_cannot_travel`): left out of every bundle, so that the rest still travels. `current`:
    it is still a version the record shows, so the user has something to fix (editing the field
    or deleting the record replaces it, and teammates see what this store shows)."""

    rec: str
    type: str
    reason: str  # "size" | "nul"
    field: str | None
    current: bool


@dataclass
class Selection:
    since: Vector  # what the reader is assumed to hold
    have: Vector  # what this store holds
    lines: list[bytes] = field(default_factory=list)  # the events' canonical bytes, as stored
    blobs: dict[str, Path] = field(default_factory=dict)
    withheld: int = 0  # events of private records (or records outside a network-only export)
    max_own_seq: int = 0
    left_out: list[LeftOut] = field(default_factory=list)  # events no bundle can carry

    @property
    def events(self) -> list[dict[str, Any]]:
        """The events as dicts (for in-memory bundles; files carry `lines` as they are)."""
        return [orjson.loads(line) for line in self.lines]


def assumed_known(conn: Connection, mode: str, peer: str | None, own: str) -> Vector:
    """What the reader of this export is taken to hold already."""
    if mode == "full":
        return {}
    if mode == "peer":
        if not peer:
            raise ValueError("a peer export needs the peer's replica id")
        return knowledge.knowledge_of(conn, peer)
    # The minimum over every teammate heard of; one we know nothing of makes the export full.
    others = [p.replica for p in knowledge.peers(conn) if p.replica != own]
    return ranges.vector_intersect([knowledge.knowledge_of(conn, p) for p in others])


_EVENT_COLUMNS = "rec, replica, seq, type, op, body"
EventRow = tuple[str, str, int, str, str, bytes]


def read_events(conn: Connection, wanted: Vector) -> list[EventRow]:
    """(rec, replica, seq, type, op, body) of the held events in the wanted intervals, in
    (replica, seq) order."""
    out: list[EventRow] = []
    with plain_cursor(conn) as cursor:  # a full export reads them all
        for origin in sorted(wanted):
            for lo, hi in wanted[origin]:
                out += cursor.execute(
                    f"SELECT {_EVENT_COLUMNS} FROM events WHERE replica=? AND seq BETWEEN ? AND ? ORDER BY seq",
                    (origin, lo, hi),
                )
    return out


def _rows(
    conn: Connection, ids: Iterable[str], cities: dict[str, str]
) -> dict[str, tuple[str, str | None, str, str | None]]:
    """id → (type, parent, visibility, link target) for the given records; the city each refers
    to (a practice's, a plan's, a symposium's host) goes into `cities`."""
    out: dict[str, tuple[str, str | None, str, str | None]] = {}
    wanted = set(ids)
    todo = sorted(wanted)
    columns = (
        "id, type, parent, visibility, CASE WHEN type='link' THEN json_extract(data, '$.b') END, "
        "CASE WHEN type NOT IN ('member', 'link') THEN COALESCE(city, json_extract(data, '$.city')) END"
    )
    with plain_cursor(conn) as cursor:
        if len(todo) > _SCAN_FROM:  # most of the store: one pass over the table beats lookups
            parts = [cursor.execute(f"SELECT {columns} FROM records").fetchall()]
        else:
            parts = []
            for i in range(0, len(todo), CHUNK):
                part = todo[i : i + CHUNK]
                marks = ",".join("?" * len(part))
                parts.append(cursor.execute(f"SELECT {columns} FROM records WHERE id IN ({marks})", part).fetchall())
    for rows in parts:
        for rid, type_, parent, visibility, target, city in rows:
            if rid in wanted:
                out[rid] = (type_, parent, visibility, target if target and is_uuid(target) else None)
                if city and is_uuid(city):
                    cities[rid] = city
    return out


_SCAN_FROM = 5_000


def _closure(
    conn: Connection, recs: set[str]
) -> dict[str, tuple[str, str | None, str, str | None]]:
    """Rows of the records and of everything they hang on (parents, link targets), transitively."""
    rows: dict[str, tuple[str, str | None, str, str | None]] = {}
    cities: dict[str, str] = {}
    todo = set(recs)
    while todo:
        found = _rows(conn, todo, cities)
        rows.update(found)
        todo = {ref for r in found.values() for ref in (r[1], r[3]) if ref and ref not in rows}
        todo |= {cities[r] for r in found if r in cities and cities[r] not in rows}
        todo -= set(rows)
    return rows


def hidden_records(conn: Connection, recs: set[str], *, network_only: bool) -> set[str]:
    """The records among `recs` whose events must not leave this store."""
    rows = _closure(conn, recs)
    memo: dict[str, bool] = {}

    def hidden(rid: str, depth: int = 0) -> bool:
        if rid in memo:
            return memo[rid]
        row = rows.get(rid)
        if row is None or depth > 64:
            return False  # unknown here (a dangling ref) or a cycle: nothing to hide
        type_, parent, visibility, target = row
        result = visibility == "private"
        if not result and parent:
            result = hidden(parent, depth + 1)
        if not result and target:
            result = hidden(target, depth + 1)
        memo[rid] = result
        return result

    out = {r for r in recs if hidden(r)}
    if network_only:
        out |= {r for r in recs if r not in out and not _network_needed(conn, r, rows)}
    return out


def _network_needed(conn: Connection, rid: str, rows: dict) -> bool:
    """In a network-only export: network records, what they hang on, and links among those."""
    row = rows.get(rid)
    if row is None:
        return False
    type_, parent, visibility, target = row
    if visibility == "network" or type_ == "city":
        return True  # a city named by a network record travels with it (cities are the network's)
    if type_ in ("link", "reading_status"):
        return (
            bool(parent)
            and _network_needed(conn, parent, rows)
            and (
                not target
                or rows.get(target, ("", None, "", None))[0] == "attachment"
                or _network_needed(conn, target, rows)
            )
        )
    if type_ == "attachment":
        return _is_attached_to_network(conn, rid, rows)
    # The parts of a network record travel with it (a plan's goals and their actions).
    up, depth = parent, 0
    while up and depth < 64:
        above = rows.get(up)
        if above is None:
            break
        if above[2] == "network":
            return True
        up, depth = above[1], depth + 1
    # An ancestor of a network record travels with it so the child has a home.
    return bool(
        conn.exec_driver_sql(
            "WITH RECURSIVE sub(id) AS (SELECT id FROM records WHERE parent=? AND type NOT IN ('link','reading_status') "
            "UNION SELECT r.id FROM records r JOIN sub ON r.parent = sub.id AND r.type NOT IN ('link','reading_status')) "
            "SELECT 1 FROM sub JOIN records r ON r.id = sub.id WHERE r.visibility='network' LIMIT 1",
            (rid,),
        ).first()
    )


def _is_attached_to_network(conn: Connection, attachment: str, rows: dict) -> bool:
    for (owner,) in conn.exec_driver_sql(
        "SELECT parent FROM records WHERE type='link' AND json_extract(data,'$.b')=? AND deleted=0",
        (attachment,),
    ):
        if owner and owner in rows and rows[owner][2] == "network":
            return True
    return False


def network_records(conn: Connection) -> set[str]:
    """The records marked network-visible and their parts (children, transitively)."""
    return {
        r
        for (r,) in conn.exec_driver_sql(
            "WITH RECURSIVE net(id) AS (SELECT id FROM records WHERE visibility='network' "
            "UNION SELECT r.id FROM records r JOIN net ON r.parent = net.id "
            "WHERE r.type NOT IN ('link', 'reading_status')) SELECT id FROM net"
        )
    }


def select(
    store: Store,
    conn: Connection,
    *,
    mode: str,
    peer: str | None = None,
    network_only: bool = False,
    line_bytes: int = DEFAULT_LIMITS.line_bytes,
) -> Selection:
    """The events (as dicts) and blobs an export carries, with the `since`/`have` of its manifest.
    Events no bundle can carry are left out (`Selection.left_out`)."""
    held = knowledge.have(conn)
    since = assumed_known(conn, mode, peer, store.replica)
    wanted = ranges.vector_subtract(held, since)
    if network_only:
        # Everything of the network records and what they need, whatever the reader holds.
        net = network_records(conn)
        wanted_recs = set(_closure(conn, net)) if net else set()
        if wanted_recs:
            wanted_recs |= {
                rid
                for (rid,) in conn.exec_driver_sql(
                    "SELECT id FROM records WHERE type IN ('link','reading_status','attachment')"
                )
            }
        rows = _events_of(conn, wanted_recs, wanted)
    else:
        rows = read_events(conn, wanted)
    recs = {row[0] for row in rows}
    hide = hidden_records(conn, recs, network_only=network_only) if recs else set()
    sel = Selection(since=since, have=held)
    own = store.replica
    for rec, replica, seq, type_, op, body in rows:
        if rec in hide:
            sel.withheld += 1
            continue
        if len(body) >= line_bytes or NUL_ESCAPE in body:
            why = why_it_cannot_travel(body, line_bytes)
            if why is not None:
                current = conn.exec_driver_sql(
                    "SELECT 1 FROM heads WHERE rec=? AND replica=? AND seq=? LIMIT 1", (rec, replica, seq)
                ).first()
                sel.left_out.append(LeftOut(rec, type_, why[0], why[1], current is not None))
                continue
        sel.lines.append(body)
        if replica == own and seq > sel.max_own_seq:
            sel.max_own_seq = seq
        if type_ == "attachment" and op == "set":
            sha = (orjson.loads(body).get("fields") or {}).get("sha256")
            if isinstance(sha, str) and sha not in sel.blobs:
                try:
                    path = store.blobs.path_of(sha)
                except ValueError:
                    continue
                if path.exists():
                    sel.blobs[sha] = path
    return sel


def _events_of(conn: Connection, recs: set[str], wanted: Vector) -> list[EventRow]:
    """Events of the given records within the wanted intervals (network-only exports)."""
    out: list[EventRow] = []
    todo = sorted(recs)
    for i in range(0, len(todo), CHUNK):
        part = todo[i : i + CHUNK]
        marks = ",".join("?" * len(part))
        for row in conn.exec_driver_sql(
            f"SELECT {_EVENT_COLUMNS} FROM events WHERE rec IN ({marks})", tuple(part)
        ):
            if ranges.contains(wanted.get(row[1], []), row[2]):
                out.append(tuple(row))  # type: ignore[arg-type]
    out.sort(key=lambda t: (t[1], t[2]))
    return out
