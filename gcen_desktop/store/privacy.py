"""Private stays home: which records no export may carry, and what making one visible writes.

A record is hidden when its visibility is private (the projection shows the most restrictive head
of a conflicted visibility, see merge.view), when what it hangs on is hidden (the goals and
actions of a private plan, the statuses of a private reading, the tags and links of a private
record, links that point at one), and — an attachment — when every record it is attached to is
hidden: the same bytes attached to a record that travels travel with it.

This store's own events written while their record was hidden are marked in `private_events` in
the same transaction (`mark_hidden`); no export ever carries them. Making a record visible
again writes one event with the current values of the fields whose versions are private
(`publication`): its parents are the current heads and, through the private versions, the last
versions teammates can hold, so the event supersedes on every store what it replaces and no
teammate sees a conflict or a missing prerequisite.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
from sqlalchemy import Connection

from ..domain.ids import is_uuid
from . import ranges
from .engine import plain_cursor
from .log import CHUNK
from .merge import DEL

# id → (type, parent, visibility, link target)
Row = tuple[str, "str | None", str, "str | None"]

_SCAN_FROM = 5_000
_COLUMNS = (
    "id, type, parent, visibility, CASE WHEN type='link' THEN json_extract(data, '$.b') END, "
    "CASE WHEN type NOT IN ('member', 'link') THEN COALESCE(city, json_extract(data, '$.city')) END"
)


def rows_of(conn: Connection, ids: Iterable[str], cities: dict[str, str] | None = None) -> dict[str, Row]:
    """id → (type, parent, visibility, link target) for the given records; the city each refers
    to (a practice's, a plan's, a symposium's host) goes into `cities` when given."""
    out: dict[str, Row] = {}
    wanted = set(ids)
    for rows in _fetch(conn, sorted(wanted)):
        for rid, type_, parent, visibility, target, city in rows:
            if rid in wanted:
                out[rid] = (type_, parent, visibility, target if target and is_uuid(target) else None)
                if cities is not None and city and is_uuid(city):
                    cities[rid] = city
    return out


def _fetch(conn: Connection, todo: list[str]) -> list[list[tuple]]:
    """The raw rows (_COLUMNS) of these records, and maybe of others: the caller picks."""
    with plain_cursor(conn) as cursor:
        if len(todo) > _SCAN_FROM:  # most of the store: one pass over the table beats lookups
            return [cursor.execute(f"SELECT {_COLUMNS} FROM records").fetchall()]
        parts = []
        for i in range(0, len(todo), CHUNK):
            part = todo[i : i + CHUNK]
            marks = ",".join("?" * len(part))
            parts.append(cursor.execute(f"SELECT {_COLUMNS} FROM records WHERE id IN ({marks})", part).fetchall())
        return parts


def closure(conn: Connection, recs: set[str], cities: dict[str, str] | None = None) -> dict[str, Row]:
    """Rows of the records and of everything they hang on (parents, link targets), transitively;
    with `cities`, the cities they name too."""
    rows: dict[str, Row] = {}
    found_cities: dict[str, str] = {} if cities is None else cities
    todo = set(recs)
    while todo:
        found = rows_of(conn, todo, found_cities)
        rows.update(found)
        todo = _references(found, rows)
        if cities is not None:
            todo |= _cities_named(found, found_cities, rows)
        todo -= set(rows)
    return rows


def _references(found: dict[str, Row], rows: dict[str, Row]) -> set[str]:
    """The parents and link targets the found rows name that `rows` does not hold yet."""
    return {ref for r in found.values() for ref in (r[1], r[3]) if ref and ref not in rows}


def _cities_named(found: dict[str, Row], cities: dict[str, str], rows: dict[str, Row]) -> set[str]:
    """The cities the found rows name that `rows` does not hold yet."""
    return {cities[r] for r in found if r in cities and cities[r] not in rows}


def attached_by(conn: Connection, attachments: set[str]) -> dict[str, list[str]]:
    """attachment id → the 'attached' links naming it (live or deleted).

    The links of kind 'attached', read through their index (ix_records_link_kind; their target
    is inside the link's data, which no index reaches): the cost is the number of attachments in
    the store, paid only by an export or a write that involves an attachment."""
    out: dict[str, list[str]] = {}
    if not attachments:
        return out
    for lid, target in conn.exec_driver_sql(
        "SELECT l.id, json_extract(v.data, '$.b') FROM record_rows l JOIN records v ON v.id = l.id "
        "WHERE l.type='link' AND l.kind='attached'"
    ):
        if target in attachments:
            out.setdefault(target, []).append(lid)
    return out


def hidden_records(conn: Connection, recs: set[str], rows: dict[str, Row] | None = None) -> set[str]:
    """The records among `recs` whose events must not leave this store."""
    if not recs:
        return set()
    rows = dict(rows) if rows is not None else {}
    missing = set(recs) - set(rows)
    if missing:
        rows.update(closure(conn, missing))
    owners = _owners_read(conn, recs, rows)
    hiding = _Hiding(rows, owners, _forgotten(conn, rows))
    return {r for r in recs if hiding.hidden(r)}


def _forgotten(conn: Connection, rows: dict[str, Row]) -> set[str]:
    """The records the rows hang on that this store forgot (the trash emptied: their row and
    values gone, their deletion kept). Whether one was private is forgotten with it, so what still
    hangs on it (its tags, links, files) stays home: teammates that hold the record hold those
    already, or never will have the record."""
    if conn.exec_driver_sql("SELECT 1 FROM meta WHERE key='purged'").first() is None:
        return set()
    named = sorted({ref for r in rows.values() for ref in (r[1], r[3]) if ref and ref not in rows})
    out: set[str] = set()
    for i in range(0, len(named), CHUNK):
        part = named[i : i + CHUNK]
        marks = ",".join("?" * len(part))
        out.update(rec for (rec,) in conn.exec_driver_sql(
            f"SELECT DISTINCT rec FROM events WHERE rec IN ({marks}) AND op='del'", tuple(part)
        ))
    return out


def _owners_read(conn: Connection, recs: set[str], rows: dict[str, Row]) -> dict[str, list[str]]:
    """attachment → the links attaching it, for the attachments among `recs`; the rows of those
    links (and what they hang on) are added to `rows`."""
    attachments = {r for r in recs if rows.get(r, ("",))[0] == "attachment"}
    if not attachments:
        return {}
    owners = attached_by(conn, attachments)
    links = {lid for ls in owners.values() for lid in ls if lid not in rows}
    if links:
        rows.update(closure(conn, links))
    return owners


class _Hiding:
    """Whether records are hidden, given their rows (and what they hang on) and the links that
    attach each attachment; memoised, so a walk up a long chain is paid once."""

    def __init__(self, rows: dict[str, Row], owners: dict[str, list[str]], forgotten: set[str] | None = None) -> None:
        self.rows = rows
        self.owners = owners
        self.forgotten = forgotten or set()
        self.memo: dict[str, bool] = {}

    def hidden(self, rid: str, depth: int = 0) -> bool:
        memo = self.memo
        if rid in memo:
            return memo[rid]
        row = self.rows.get(rid)
        if row is None and rid in self.forgotten:
            return True  # purged here: what hangs on it stays home (see `_forgotten`)
        if row is None or depth > 64:
            return False  # unknown here (a dangling ref) or a cycle: nothing to hide
        memo[rid] = False  # a cycle through an attachment ends here
        result = self._hidden_row(rid, row, depth)
        memo[rid] = result
        return result

    def _hidden_row(self, rid: str, row: Row, depth: int) -> bool:
        type_, parent, visibility, target = row
        if visibility == "private":
            return True
        if parent and self.hidden(parent, depth + 1):
            return True
        # (a link to an attachment is its owner's: the attachment follows the links, not back)
        if target and self.rows.get(target, ("",))[0] != "attachment" and self.hidden(target, depth + 1):
            return True
        if type_ == "attachment":
            mine = self.owners.get(rid, [])
            return bool(mine) and all(self.hidden(lid, depth + 1) for lid in mine)
        return False


def is_hidden(conn: Connection, rec: str) -> bool:
    return bool(hidden_records(conn, {rec}))


def mark_hidden(conn: Connection, events: list[tuple[str, str, int]]) -> list[tuple[str, int]]:
    """Mark this store's events, (rec, replica, seq) each, private when their record is hidden now
    (the events applied); in the local write's transaction. Returns the dots marked."""
    hidden = hidden_records(conn, {rec for rec, _r, _s in events})
    dots = [(r, s) for rec, r, s in events if rec in hidden]
    if not dots:
        return dots
    conn.exec_driver_sql("INSERT OR IGNORE INTO private_events (replica, seq) VALUES (?, ?)", dots)
    held = private_vector(conn)
    for r, s in dots:
        held[r] = ranges.union(held.get(r, []), [[s, s]])
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (PRIVATE_RANGES, orjson.dumps(held).decode())
    )
    return dots


PRIVATE_RANGES = "private_ranges"  # meta: the seqs of private_events as intervals, per replica


def private_vector(conn: Connection) -> ranges.Vector:
    """The private events as interval sets per replica (kept beside the table, so an export
    subtracts them at the cost of their number of runs, not of their number)."""
    row = conn.exec_driver_sql("SELECT value FROM meta WHERE key=?", (PRIVATE_RANGES,)).first()
    return {r: [list(x) for x in rs] for r, rs in orjson.loads(row[0]).items()} if row else {}


def private_dots(conn: Connection, dots: Iterable[tuple[str, int]]) -> set[tuple[str, int]]:
    out: set[tuple[str, int]] = set()
    for r, s in set(dots):
        if conn.exec_driver_sql("SELECT 1 FROM private_events WHERE replica=? AND seq=?", (r, s)).first():
            out.add((r, s))
    return out


def has_private_events(conn: Connection, rec: str) -> bool:
    return (
        conn.exec_driver_sql(
            "SELECT 1 FROM events e JOIN private_events p ON p.replica = e.replica AND p.seq = e.seq "
            "WHERE e.rec=? LIMIT 1",
            (rec,),
        ).first()
        is not None
    )


def _parents_of(conn: Connection, dot: tuple[str, int], f: str) -> list[tuple[str, int]]:
    row = conn.exec_driver_sql("SELECT body FROM events WHERE replica=? AND seq=?", dot).first()
    if row is None:
        return []
    event = orjson.loads(row[0])
    named = (event.get("parents") if event.get("op") == "set" else event.get("observed")) or {}
    return [(r, s) for r, s in named.get(f, [])]


def _value_of(conn: Connection, dot: tuple[str, int], f: str) -> Any:
    row = conn.exec_driver_sql("SELECT body FROM events WHERE replica=? AND seq=?", dot).first()
    return (orjson.loads(row[0]).get("fields") or {}).get(f) if row else None


def _frontier(conn: Connection, f: str, start: set[tuple[str, int]], private: set[tuple[str, int]]) -> set[tuple[str, int]]:
    """The versions of field f that are not private and that the private versions `start`
    replaced, directly or through other private versions: what a teammate may hold as heads."""
    out: set[tuple[str, int]] = set()
    seen: set[tuple[str, int]] = set()
    todo = list(start)
    while todo:
        dot = todo.pop()
        if dot in seen:
            continue
        seen.add(dot)
        for p in _parents_of(conn, dot, f):
            if p in private or private_dots(conn, [p]):
                private.add(p)
                todo.append(p)
            else:
                out.add(p)
    return out


def publication(conn: Connection, rec: str, *, every_field: bool = False) -> tuple[dict[str, Any], dict[str, list[list[Any]]]] | None:
    """(fields, parents) of the one event that makes a hidden record's present visible: the
    current values of the fields with a private head (every field with `every_field`), each
    naming its heads and the last versions before them that teammates can hold; None when no
    head is private."""
    heads = _heads_by_field(conn, rec)
    private = private_dots(conn, [d for ds in heads.values() for d in ds])
    if not private and not every_field:
        return None
    data = _data_of(conn, rec)
    fields: dict[str, Any] = {}
    parents: dict[str, list[list[Any]]] = {}
    for f, dots in sorted(heads.items()):
        mine = {d for d in dots if d in private}
        if mine:
            # The private version's value, replacing only the private versions (and what they
            # replaced): a teammate's concurrent version stays a head, so a conflict stays one.
            fields[f] = _value_of(conn, max(mine, key=lambda d: d[1]), f)
            named = mine | _frontier(conn, f, mine, set(private))
        elif every_field:
            fields[f] = data.get(f)
            named = set(dots)
        else:
            continue
        parents[f] = [[r, s] for r, s in sorted(named)]
    public_dels = _public_restored_deletions(conn, rec)
    if public_dels and fields:
        parents[DEL] = [[r, s] for r, s in sorted(public_dels)]
    return fields, parents


def _heads_by_field(conn: Connection, rec: str) -> dict[str, list[tuple[str, int]]]:
    heads: dict[str, list[tuple[str, int]]] = {}
    for f, r, s in conn.exec_driver_sql("SELECT field, replica, seq FROM heads WHERE rec=?", (rec,)):
        heads.setdefault(f, []).append((r, s))
    return heads


def _data_of(conn: Connection, rec: str) -> dict[str, Any]:
    row = conn.exec_driver_sql("SELECT data FROM records WHERE id=?", (rec,)).first()
    return orjson.loads(row[0]) if row and row[0] else {}


def _public_restored_deletions(conn: Connection, rec: str) -> list[tuple[str, int]]:
    """Deletions teammates may hold that a restore replaced: a publication names them, so the
    record is live on their stores as it is here."""
    dels = conn.exec_driver_sql(
        "SELECT d.replica, d.seq FROM deletions d WHERE d.rec=? AND EXISTS (SELECT 1 FROM superseded x "
        "WHERE x.rec=d.rec AND x.field=? AND x.replica=d.replica AND x.seq=d.seq)",
        (rec, DEL),
    )
    return [(r, s) for r, s in dels if not private_dots(conn, [(r, s)])]


def dependents(conn: Connection, rec: str) -> list[str]:
    """What hangs on a record, transitively: its children (goals, actions, statuses, its own links
    and tags), the links that point at any of them, and the attachments those links attach."""
    under = [
        rid
        for (rid,) in conn.exec_driver_sql(
            "WITH RECURSIVE sub(id) AS (SELECT id FROM records WHERE parent=? "
            "UNION SELECT r.id FROM records r JOIN sub ON r.parent = sub.id) SELECT id FROM sub",
            (rec,),
        )
    ]
    family = {rec, *under}
    out = list(under)
    seen = set(family)
    for lid in _links_into(conn, family):
        if lid not in seen:
            out.append(lid)
            seen.add(lid)
    rows = rows_of(conn, [r for r in out])
    targets = {row[3] for row in rows.values() if row[0] == "link" and row[3]}
    for t in sorted(targets - seen):
        if rows_of(conn, [t]).get(t, ("",))[0] == "attachment":
            out.append(t)
            seen.add(t)
    return out


def _links_into(conn: Connection, family: set[str]) -> list[str]:
    """The links that point at any of these records, in the table's order."""
    return [
        lid
        for lid, target in conn.exec_driver_sql("SELECT id, json_extract(data, '$.b') FROM records WHERE type='link'")
        if target in family
    ]
