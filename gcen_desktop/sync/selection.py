"""Which events an export carries: what the reader is not known to hold, minus what must stay here.

The cost is proportional to what the bundle carries: the wanted seqs are computed as interval
sets and read through the (replica, seq) index, never by scanning the log.

Privacy rule (store.privacy): a private record never leaves the store, and neither does anything
that belongs to it — its children (goals and actions of a private plan, statuses of a private
reading), its tags and links, links that point at it, and its attachments (records and bytes)
unless the same bytes hang on a record that travels — so a bundle never carries a record whose
owner it hides. A record is private as soon as any head of its visibility is. This store's own
events written while their record was private (`private_events`) are never read for an export,
whatever the record's visibility now: making it visible wrote its present as a new event.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection

from ..store import privacy, ranges
from ..store.engine import plain_cursor
from ..store.events import NUL_ESCAPE, stored_ok, why_it_cannot_travel
from ..store.log import CHUNK
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


_EVENT_COLUMNS = "rec, replica, seq, type, op, body, h"
EventRow = tuple[str, str, int, str, str, bytes, str]


def read_events(conn: Connection, wanted: Vector) -> list[EventRow]:
    """(rec, replica, seq, type, op, body, h) of the held events in the wanted intervals, in
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


def _equivocated(conn: Connection, wanted: Vector) -> list[EventRow]:
    """The kept versions of dots seen with two contents, outside `wanted`: every export carries
    them, so a store holding the other version learns which one every store keeps (its `have`
    covering the dot, it would otherwise never be sent it)."""
    columns = ", ".join("e." + c for c in _EVENT_COLUMNS.split(", "))
    rows = conn.exec_driver_sql(  # CROSS JOIN: the few evidence rows outside, events by dot inside
        f"SELECT DISTINCT {columns} FROM equivocations q CROSS JOIN events e "
        "ON e.replica = q.replica AND e.seq = q.seq ORDER BY e.replica, e.seq"
    ).all()
    return [tuple(r) for r in rows if not ranges.contains(wanted.get(r[1], []), r[2])]  # type: ignore[misc]


def _closure(conn: Connection, recs: set[str]) -> dict[str, privacy.Row]:
    """Rows of the records and of everything they hang on (parents, link targets, the cities
    they name), transitively."""
    return privacy.closure(conn, recs, {})


def hidden_records(conn: Connection, recs: set[str], *, network_only: bool) -> set[str]:
    """The records among `recs` whose events must not leave this store."""
    rows = _closure(conn, recs)
    out = privacy.hidden_records(conn, recs, rows)
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
    for (owner,) in conn.exec_driver_sql(  # through ix_records_link_kind: the attachments' links only
        "SELECT l.parent FROM record_rows l JOIN records v ON v.id = l.id WHERE l.type='link' "
        "AND l.kind='attached' AND l.deleted=0 AND json_extract(v.data, '$.b')=?",
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
    vector_bytes: int = DEFAULT_LIMITS.vector_bytes,
) -> Selection:
    """The events (as dicts) and blobs an export carries, with the `since`/`have` of its manifest.
    Events no bundle can carry are left out (`Selection.left_out`)."""
    held = knowledge.have(conn)
    # what the manifest claims: all of it, or a part that fits in it (claiming less is safe), this
    # store's own changes and its vouched teammates' first
    vouched = knowledge.bound_replicas(conn)
    since = ranges.vector_within(assumed_known(conn, mode, peer, store.replica), vector_bytes, first=store.replica,
                                 prefer=vouched)
    wanted = ranges.vector_subtract(held, since)
    # This store's events written while their record was private are never read for an export.
    private_all = privacy.private_vector(conn)
    private = ranges.vector_intersect([wanted, private_all]) if wanted else {}
    if private:
        wanted = ranges.vector_subtract(wanted, private)
    rows = _network_rows(conn, wanted) if network_only else _rows(conn, wanted, private_all)
    recs = {row[0] for row in rows}
    hide = hidden_records(conn, recs, network_only=network_only) if recs else set()
    sel = Selection(since=since, have=ranges.vector_within(held, vector_bytes, first=store.replica, prefer=vouched))
    sel.withheld += ranges.vector_count(private)
    # Every event leaves as the bytes its hash was made of, or the export stops: a damaged
    # database must not spread what it garbled to every teammate (who would refuse it anyway).
    bad = sum(1 for row in rows if not stored_ok(row[6], row[5]))
    if bad:
        raise store.found_damage(f"{bad} stored changes no longer match their hash", bad_events=bad)
    relayed = set() if network_only or not hide else _settled_elsewhere(conn, store.replica)
    _fill(sel, store, conn, rows, hide, line_bytes, relayed)
    return sel


def _settled_elsewhere(conn: Connection, own: str) -> set[tuple[str, int]]:
    """The dots of other stores seen here with two contents: their kept version travels even when
    its record is hidden here (it is another store's change, already sent by it, never one written
    here while private), or a store holding the other version could never learn which one every
    store keeps, and the team would disagree for good (SYNC.md "Equivocation never splits a team").
    Attachments excepted: their bytes stay home with a hidden record."""
    return {
        (r, int(q)) for r, q in conn.exec_driver_sql(
            "SELECT DISTINCT q.replica, q.seq FROM equivocations q JOIN events e "
            "ON e.replica = q.replica AND e.seq = q.seq WHERE q.replica != ? AND e.type != 'attachment'",
            (own,),
        )
    }


def _network_rows(conn: Connection, wanted: Vector) -> list[EventRow]:
    """Everything of the network records and what they need, whatever the reader holds."""
    net = network_records(conn)
    wanted_recs = set(_closure(conn, net)) if net else set()
    if wanted_recs:
        wanted_recs |= {
            rid
            for (rid,) in conn.exec_driver_sql(
                "SELECT id FROM records WHERE type IN ('link','reading_status','attachment')"
            )
        }
    return _events_of(conn, wanted_recs, wanted)


def _rows(conn: Connection, wanted: Vector, private_all: Vector) -> list[EventRow]:
    """The wanted events, and the kept versions of equivocated dots (never one written here
    while its record was private)."""
    return read_events(conn, wanted) + [
        r for r in _equivocated(conn, wanted) if not ranges.contains(private_all.get(r[1], []), r[2])
    ]


def _fill(
    sel: Selection, store: Store, conn: Connection, rows: list[EventRow], hide: set[str], line_bytes: int,
    relayed: set[tuple[str, int]],
) -> None:
    """Put into `sel` the lines of the rows that may travel (and the blobs they name); count the
    hidden ones withheld, list those no bundle can carry as left out."""
    own = store.replica
    for rec, replica, seq, type_, op, body, _h in rows:
        if rec in hide and (replica, seq) not in relayed:
            sel.withheld += 1
            continue
        if len(body) >= line_bytes or NUL_ESCAPE in body:
            left_out = _left_out(conn, rec, replica, seq, type_, body, line_bytes)
            if left_out is not None:
                sel.left_out.append(left_out)
                continue
        sel.lines.append(body)
        if replica == own and seq > sel.max_own_seq:
            sel.max_own_seq = seq
        if type_ == "attachment" and op == "set":
            _add_blob(sel, store, body)


def _left_out(conn: Connection, rec: str, replica: str, seq: int, type_: str, body: bytes, line_bytes: int) -> LeftOut | None:
    """Why an event cannot travel (too long, or holding a NUL), or None when it can."""
    why = why_it_cannot_travel(body, line_bytes)
    if why is None:
        return None
    current = conn.exec_driver_sql(
        "SELECT 1 FROM heads WHERE rec=? AND replica=? AND seq=? LIMIT 1", (rec, replica, seq)
    ).first()
    return LeftOut(rec, type_, why[0], why[1], current is not None)


def _add_blob(sel: Selection, store: Store, body: bytes) -> None:
    """The file an attachment's event names, when this store holds it."""
    sha = (orjson.loads(body).get("fields") or {}).get("sha256")
    if not isinstance(sha, str) or sha in sel.blobs:
        return
    try:
        path = store.blobs.path_of(sha)
    except ValueError:
        return
    if path.exists():
        sel.blobs[sha] = path


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
