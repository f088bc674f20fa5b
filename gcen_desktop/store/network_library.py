"""The network library's tables: other cities' publications kept read-only, apart from the team's
own records (never in the event log, so no bundle to a teammate ever carries them), with the keys
trusted to speak for each city and a full-text index using the tokenizer of the team's search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection

from ..domain.schema import TYPES, label_of
from .search_text import fts_query, index_text


@dataclass(frozen=True)
class Source:
    workspace_id: str
    name: str
    city: str


@dataclass(frozen=True)
class KeyRow:
    fingerprint: str
    workspace_id: str


@dataclass(frozen=True)
class Entry:
    """One publication in the library (a withdrawn one is a tombstone, never listed)."""

    workspace_id: str
    rec: str
    type: str
    counter: int
    hlc: str
    dot: tuple[str, int]
    h: str
    withdrawn: bool
    title: str
    body: dict[str, Any]
    published_ms: int
    received_ms: int
    city: str = ""
    team: str = ""

    @property
    def order(self) -> tuple[int, str, str, int, str]:
        return (self.counter, self.hlc, self.dot[0], self.dot[1], self.h)

    @property
    def values(self) -> dict[str, Any]:
        return dict(self.body.get("values") or {})


def source(conn: Connection, workspace_id: str) -> Source | None:
    row = conn.exec_driver_sql(
        "SELECT workspace_id, name, city FROM network_sources WHERE workspace_id=?", (workspace_id,)
    ).first()
    return Source(*row) if row else None


def sources(conn: Connection) -> list[Source]:
    return [Source(*row) for row in conn.exec_driver_sql("SELECT workspace_id, name, city FROM network_sources")]


def source_of_city(conn: Connection, city: str) -> Source | None:
    """The workspace whose publications this library keeps under that city's name (any case)."""
    folded = " ".join(city.split()).casefold()
    for row in conn.exec_driver_sql("SELECT workspace_id, name, city FROM network_sources"):
        if folded and " ".join(row[2].split()).casefold() == folded:
            return Source(*row)
    return None


def key(conn: Connection, fingerprint: str) -> KeyRow | None:
    row = conn.exec_driver_sql(
        "SELECT fingerprint, workspace_id FROM network_keys WHERE fingerprint=?", (fingerprint,)
    ).first()
    return KeyRow(*row) if row else None


def trust(conn: Connection, fingerprint: str, public_key: str, name: str, src: Source, now: int) -> None:
    """Trust a key to publish for `src`'s workspace (and for no other)."""
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO network_keys (fingerprint, workspace_id, public_key, name, trusted_ms) "
        "VALUES (?,?,?,?,?)",
        (fingerprint, src.workspace_id, public_key, name, now),
    )
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO network_sources (workspace_id, name, city, first_seen_ms, last_ms) VALUES (?,?,?,?,?)",
        (src.workspace_id, src.name, src.city, now, now),
    )


def add_source(conn: Connection, src: Source, now: int) -> None:
    """Keep publications of `src`'s workspace (delivered by a hub: no key of its own is trusted);
    a workspace already known keeps its city, and takes the team name given."""
    conn.exec_driver_sql(
        "INSERT INTO network_sources (workspace_id, name, city, first_seen_ms, last_ms) VALUES (?,?,?,?,?) "
        "ON CONFLICT (workspace_id) DO UPDATE SET name=excluded.name, last_ms=excluded.last_ms",
        (src.workspace_id, src.name, src.city, now, now),
    )


def touch(conn: Connection, workspace_id: str, name: str, now: int) -> None:
    conn.exec_driver_sql("UPDATE network_sources SET name=?, last_ms=? WHERE workspace_id=?", (name, now, workspace_id))


_COLUMNS = "l.workspace_id, l.rec, l.type, l.counter, l.hlc, l.dot_replica, l.dot_seq, l.h, l.withdrawn, l.title, l.body, " \
    "l.published_ms, l.received_ms, COALESCE(s.city, ''), COALESCE(s.name, '')"
_FROM = "network_library l LEFT JOIN network_sources s ON s.workspace_id = l.workspace_id"


def _entry(row: Any) -> Entry:
    return Entry(row[0], row[1], row[2], int(row[3]), row[4], (row[5], int(row[6])), row[7], bool(row[8]), row[9],
                 orjson.loads(row[10]), int(row[11]), int(row[12]), row[13], row[14])


def entries(conn: Connection, workspace_id: str, recs: list[str]) -> dict[str, Entry]:
    out: dict[str, Entry] = {}
    for rec in recs:
        row = conn.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM {_FROM} WHERE l.workspace_id=? AND l.rec=?", (workspace_id, rec)
        ).first()
        if row is not None:
            out[rec] = _entry(row)
    return out


def held(conn: Connection, workspace_id: str) -> list[Entry]:
    """Everything this library holds of one workspace, tombstones included (what a receipt names)."""
    return [_entry(r) for r in conn.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM {_FROM} WHERE l.workspace_id=? ORDER BY l.rec", (workspace_id,)
    )]


def find(conn: Connection, rec: str, workspace_id: str | None = None) -> list[Entry]:
    """The live library entries of record id `rec` (of one workspace when given)."""
    where, args = ("l.rec=? AND l.withdrawn=0", [rec])
    if workspace_id:
        where, args = where + " AND l.workspace_id=?", [*args, workspace_id]
    return [_entry(r) for r in conn.exec_driver_sql(f"SELECT {_COLUMNS} FROM {_FROM} WHERE {where}", tuple(args))]


def listed(conn: Connection, *, city: str | None = None, type_: str | None = None) -> list[Entry]:
    """The live publications, by city then title; filtered by city name (any case) and type."""
    rows = [_entry(r) for r in conn.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM {_FROM} WHERE l.withdrawn=0 ORDER BY s.city, l.title COLLATE NOCASE, l.rec"
    )]
    if city:
        folded = " ".join(city.split()).casefold()
        rows = [e for e in rows if " ".join(e.city.split()).casefold() == folded]
    if type_:
        rows = [e for e in rows if e.type == type_]
    return rows


def search_body(type_: str, body: dict[str, Any]) -> str:
    """The searchable text of a publication: its record's searchable fields, then its parts'."""
    texts: list[str] = []
    for t, values in [(type_, body.get("values") or {}), *((p["type"], p["values"]) for p in body.get("parts") or [])]:
        spec = TYPES.get(t)
        if spec is None:
            continue
        names = spec.searchable if t == type_ else (spec.label, *spec.searchable)
        texts += [str(values[f]) for f in names if values.get(f)]
    texts += [str(tag) for tag in body.get("tags") or []]
    return "\n".join(texts)


def put(conn: Connection, workspace_id: str, item: dict[str, Any], now: int, published_ms: int) -> None:
    """Keep a publication (or a withdrawal: a tombstone) in place of what the library held."""
    withdrawn = item["op"] == "withdraw"
    body = {} if withdrawn else {k: item[k] for k in ("values", "parts", "tags", "attachments")}
    title = "" if withdrawn else label_of(item["type"], item["values"])
    old = conn.exec_driver_sql(
        "SELECT lid FROM network_library WHERE workspace_id=? AND rec=?", (workspace_id, item["rec"])
    ).first()
    if old is not None:
        conn.exec_driver_sql("DELETE FROM network_search WHERE rowid=?", (old[0],))
        conn.exec_driver_sql("DELETE FROM network_library WHERE lid=?", (old[0],))
    lid = conn.exec_driver_sql(
        "INSERT INTO network_library (workspace_id, rec, type, counter, hlc, dot_replica, dot_seq, h, withdrawn, "
        "title, body, published_ms, received_ms) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING lid",
        (workspace_id, item["rec"], item["type"], item["counter"], item.get("hlc", ""), item["dot"][0], item["dot"][1], item.get("h", ""),
         int(withdrawn), title, orjson.dumps(body).decode(), published_ms, now),
    ).scalar_one()
    if not withdrawn:
        conn.exec_driver_sql(
            "INSERT INTO network_search (rowid, title, body) VALUES (?,?,?)",
            (lid, index_text(title), index_text(search_body(item["type"], body))),
        )


def search(conn: Connection, query: str, limit: int = 50) -> list[Entry]:
    """Live publications matching `query` (every word; CJK inside sentences), best first."""
    match = fts_query(query)
    if match is None:
        return []
    return [_entry(r) for r in conn.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM network_search JOIN network_library l ON l.lid = network_search.rowid "
        "LEFT JOIN network_sources s ON s.workspace_id = l.workspace_id "
        f"WHERE network_search MATCH ? AND l.withdrawn=0 ORDER BY bm25(network_search, 5.0, 1.0) LIMIT {int(limit)}",
        (match,),
    )]
