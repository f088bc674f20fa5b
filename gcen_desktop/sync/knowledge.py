"""What this store knows about its peers: their names, keys, what each holds, and the import log.

Peer knowledge is learned only from the `have` vector inside a peer's own bundles (never from
"I sent it": the USB stick may be lost), and it only grows.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import orjson
from sqlalchemy import Connection

from ..store import ranges
from ..store.log import held_vector
from ..store.ranges import Vector


def now_ms() -> int:
    return time.time_ns() // 1_000_000


@dataclass
class KeyInfo:
    fingerprint: str
    public_key: str
    age_recipient: str | None
    name: str
    trusted: bool


@dataclass
class PeerRow:
    replica: str
    name: str
    fingerprint: str | None
    first_seen_ms: int
    last_exchange_ms: int | None


def have(conn: Connection) -> Vector:
    return held_vector(conn)


def knowledge_of(conn: Connection, peer: str) -> Vector:
    out: Vector = {}
    for origin, lo, hi in conn.exec_driver_sql(
        "SELECT origin, lo, hi FROM peer_knowledge WHERE peer=? ORDER BY origin, lo", (peer,)
    ):
        out.setdefault(origin, []).append([lo, hi])
    return out


def learn(conn: Connection, peer: str, held: Vector) -> None:
    """Grow what `peer` is known to hold by the `have` vector of one of its own bundles."""
    current = knowledge_of(conn, peer)
    merged = ranges.vector_union(current, held)
    if merged == current:
        return
    conn.exec_driver_sql("DELETE FROM peer_knowledge WHERE peer=?", (peer,))
    conn.exec_driver_sql(
        "INSERT INTO peer_knowledge (peer, origin, lo, hi) VALUES (?,?,?,?)",
        [(peer, origin, lo, hi) for origin, rs in merged.items() for lo, hi in rs],
    )


def peers(conn: Connection) -> list[PeerRow]:
    return [
        PeerRow(*row)
        for row in conn.exec_driver_sql(
            "SELECT replica, name, fingerprint, first_seen_ms, last_exchange_ms FROM peers ORDER BY name, replica"
        )
    ]


def peer(conn: Connection, replica: str) -> PeerRow | None:
    row = conn.exec_driver_sql(
        "SELECT replica, name, fingerprint, first_seen_ms, last_exchange_ms FROM peers WHERE replica=?",
        (replica,),
    ).first()
    return PeerRow(*row) if row else None


def names(conn: Connection) -> dict[str, str]:
    """Replica id → teammate name, for every store heard of."""
    return {r: n for r, n in conn.exec_driver_sql("SELECT replica, name FROM peers")}


def register_peer(
    conn: Connection, replica: str, name: str, fingerprint: str | None, *, exchanged: bool
) -> None:
    existing = peer(conn, replica)
    stamp = now_ms()
    if existing is None:
        conn.exec_driver_sql(
            "INSERT INTO peers (replica, name, fingerprint, first_seen_ms, last_exchange_ms) VALUES (?,?,?,?,?)",
            (replica, name or "", fingerprint, stamp, stamp if exchanged else None),
        )
        return
    conn.exec_driver_sql(
        "UPDATE peers SET name=?, fingerprint=COALESCE(?, fingerprint), last_exchange_ms=? WHERE replica=?",
        (
            name or existing.name,
            fingerprint,
            stamp if exchanged else existing.last_exchange_ms,
            replica,
        ),
    )


def key(conn: Connection, fingerprint: str) -> KeyInfo | None:
    row = conn.exec_driver_sql(
        "SELECT fingerprint, public_key, age_recipient, name, trusted FROM known_keys WHERE fingerprint=?",
        (fingerprint,),
    ).first()
    return KeyInfo(row[0], row[1], row[2], row[3], bool(row[4])) if row else None


def keys(conn: Connection) -> list[KeyInfo]:
    return [
        KeyInfo(r[0], r[1], r[2], r[3], bool(r[4]))
        for r in conn.exec_driver_sql(
            "SELECT fingerprint, public_key, age_recipient, name, trusted FROM known_keys ORDER BY name"
        )
    ]


def register_key(
    conn: Connection,
    fingerprint: str,
    public_key: str,
    age_recipient: str | None,
    name: str,
    *,
    trusted: bool,
) -> None:
    existing = key(conn, fingerprint)
    if existing is None:
        conn.exec_driver_sql(
            "INSERT INTO known_keys (fingerprint, public_key, age_recipient, name, trusted, first_seen_ms) "
            "VALUES (?,?,?,?,?,?)",
            (fingerprint, public_key, age_recipient, name or "", int(trusted), now_ms()),
        )
    else:
        conn.exec_driver_sql(
            "UPDATE known_keys SET name=?, age_recipient=COALESCE(?, age_recipient), trusted=? WHERE fingerprint=?",
            (name or existing.name, age_recipient, int(trusted or existing.trusted), fingerprint),
        )


def add_key(conn: Connection, fingerprint: str, public_key: str, age_recipient: str | None, name: str) -> None:
    """Remember a key seen in a roster or an unvouched bundle, untrusted; a known key is left as it is
    (its name and trust are never changed by such a claim)."""
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO known_keys (fingerprint, public_key, age_recipient, name, trusted, first_seen_ms) "
        "VALUES (?,?,?,?,0,?)",
        (fingerprint, public_key, age_recipient, name or "", now_ms()),
    )


def add_peer(conn: Connection, replica: str, name: str, fingerprint: str | None) -> None:
    """Remember a replica heard of in a roster or an unvouched bundle; a known one is left as it is."""
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO peers (replica, name, fingerprint, first_seen_ms, last_exchange_ms) "
        "VALUES (?,?,?,?,NULL)",
        (replica, name or "", fingerprint, now_ms()),
    )


def bound_key(conn: Connection, replica: str) -> str | None:
    """The fingerprint of the key that speaks for this replica, once a trusted bundle bound it."""
    row = conn.exec_driver_sql("SELECT fingerprint FROM replica_keys WHERE replica=?", (replica,)).first()
    return row[0] if row else None


def bound_replicas(conn: Connection, fingerprint: str | None = None) -> set[str]:
    """The replicas this key speaks for here; without a key, every replica a trusted bundle bound
    to one (the teammates whose own word is believed)."""
    if fingerprint is None:
        return {r for (r,) in conn.exec_driver_sql("SELECT replica FROM replica_keys")}
    return {r for (r,) in conn.exec_driver_sql("SELECT replica FROM replica_keys WHERE fingerprint=?", (fingerprint,))}


def bind(conn: Connection, replica: str, fingerprint: str) -> None:
    """Bind a replica to the key that first vouched for it (never re-pointed afterwards)."""
    conn.exec_driver_sql(
        "INSERT OR IGNORE INTO replica_keys (replica, fingerprint, bound_ms) VALUES (?,?,?)",
        (replica, fingerprint, now_ms()),
    )


def known_replicas(conn: Connection, replicas: set[str]) -> set[str]:
    """Those of `replicas` this store knows for real: it holds changes of them, or a trusted
    bundle bound them to a key. (A teammate only named, by a roster or by a bundle nobody vouched
    for, is not: that is a claim, and its first changes may come in once.)"""
    if not replicas:
        return set()
    marks = ",".join("?" * len(replicas))
    args = tuple(replicas)
    found: set[str] = set()
    for sql in (
        f"SELECT DISTINCT origin FROM have_ranges WHERE origin IN ({marks})",
        f"SELECT replica FROM replica_keys WHERE replica IN ({marks})",
    ):
        found.update(r for (r,) in conn.exec_driver_sql(sql, args))
    return found


def trust_key(conn: Connection, fingerprint: str) -> bool:
    return bool(
        conn.exec_driver_sql(
            "UPDATE known_keys SET trusted=1 WHERE fingerprint=?", (fingerprint,)
        ).rowcount
    )


# --- import log --------------------------------------------------------------------------------


@dataclass
class LoggedImport:
    bundle_id: str
    imported_ms: int
    producer: str
    producer_name: str
    report: dict[str, Any]


def logged_import(
    conn: Connection, *, bundle_id: str | None = None, file_sha256: str | None = None
) -> LoggedImport | None:
    if bundle_id is not None:
        row = conn.exec_driver_sql(
            "SELECT bundle_id, imported_ms, producer, producer_name, report FROM import_log WHERE bundle_id=?",
            (bundle_id,),
        ).first()
    else:
        row = conn.exec_driver_sql(
            "SELECT bundle_id, imported_ms, producer, producer_name, report FROM import_log "
            "WHERE file_sha256=? ORDER BY imported_ms LIMIT 1",
            (file_sha256,),
        ).first()
    if row is None:
        return None
    return LoggedImport(row[0], row[1], row[2], row[3], orjson.loads(row[4]))


def log_import(
    conn: Connection,
    *,
    bundle_id: str,
    file_sha256: str,
    producer: str,
    producer_name: str,
    kind: str,
    created_ms: int,
    event_count: int,
    applied: int,
    report: dict[str, Any],
) -> None:
    conn.exec_driver_sql(
        "INSERT OR REPLACE INTO import_log (bundle_id, file_sha256, producer, producer_name, kind, created_ms, "
        "imported_ms, event_count, applied, report) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            bundle_id,
            file_sha256,
            producer,
            producer_name,
            kind,
            created_ms,
            now_ms(),
            event_count,
            applied,
            orjson.dumps(report).decode(),
        ),
    )
