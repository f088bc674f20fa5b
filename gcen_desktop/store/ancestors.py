"""The common ancestor of a field's conflicting versions, read from the log (for a three-way merge)."""

from __future__ import annotations

import orjson
from sqlalchemy import Connection

from .merge import Dot

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
    best = _nearest_common(sets, hlc_of, parents_of)
    if best is None:
        return None
    value = conn.exec_driver_sql(
        "SELECT json_extract(CAST(body AS TEXT), '$.fields' || ?) FROM events WHERE replica=? AND seq=?",
        ('."' + f + '"', best[0], best[1]),
    ).scalar_one()
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _nearest_common(sets: list[set[Dot]], hlc_of: dict[Dot, str], parents_of: dict[Dot, list[Dot]]) -> Dot | None:
    """Of the versions every head descends from, the nearest (of several, the one with the
    largest (hlc, dot)); None when there is none."""
    common = {c for c in set.intersection(*sets) if c in hlc_of} if sets else set()
    # The common versions are closed under "parent of", so the nearest are those that are no
    # common version's parent.
    replaced = {p for c in common for p in parents_of[c]}
    nearest = common - replaced
    if not nearest:
        return None
    return max(nearest, key=lambda d: (hlc_of[d], d))
