"""What the hub holds, read back: `dump` (canonical JSON lines, the same bytes as the desktop's
network library gives for the same publications), `check` (the projection equals a rebuild from
each publication's body, the search index equals a recomputation, every attachment is there) and
`stats`."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import orjson
from sqlalchemy import Connection, Engine, text

from gcen_desktop.domain.schema import label_of
from gcen_desktop.store.network_library import Entry
from gcen_desktop.sync.publication import Attachment, Part, content_hash

from .ingest import row_of, search_rows

_BATCH = 2_000


def canonical_line(e: Entry) -> bytes:
    """One live publication as canonical JSON (sorted keys, no spaces), one line: what a city
    published and who it is, nothing of when each side received it."""
    return orjson.dumps({"workspace": e.workspace_id, "city": e.city, "rec": e.rec, "type": e.type,
                         "counter": e.counter, "hlc": e.hlc, "dot": list(e.dot), "h": e.h, "title": e.title,
                         "values": e.values, "parts": e.body.get("parts") or [], "tags": e.body.get("tags") or [],
                         "attachments": e.body.get("attachments") or []},
                        option=orjson.OPT_SORT_KEYS) + b"\n"


def canonical(entries: Iterable[Entry]) -> bytes:
    """The canonical dump of live publications (a desktop's `Network.listed()` or the hub's), by
    workspace then record."""
    return b"".join(canonical_line(e) for e in sorted(entries, key=lambda e: (e.workspace_id, e.rec)) if not e.withdrawn)


def entries(conn: Connection, workspace_id: str | None = None) -> Iterator[Entry]:
    """The hub's live publications as the desktop's library entries, by workspace then record."""
    where = "NOT p.withdrawn" + (" AND p.workspace_id = :w" if workspace_id else "")
    rows = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(text(
        "SELECT p.workspace_id, p.rec, p.type, p.counter, p.hlc, p.dot_replica, p.dot_seq, p.h, p.title, p.body, "
        f"p.published_ms, c.city, c.team FROM publications p JOIN cities c USING (workspace_id) WHERE {where} "
        "ORDER BY p.workspace_id COLLATE \"C\", p.rec COLLATE \"C\""), {"w": workspace_id})
    for r in rows:
        yield Entry(r.workspace_id, r.rec, r.type, r.counter, r.hlc, (r.dot_replica, r.dot_seq), r.h, False, r.title,
                    r.body, r.published_ms, 0, r.city, r.team)


def dump(engine: Engine, out: IO[bytes], workspace_id: str | None = None) -> int:
    n = 0
    with engine.connect() as conn:
        for e in entries(conn, workspace_id):
            out.write(canonical_line(e))
            n += 1
    return n


# --- check ---------------------------------------------------------------------------------------


def check(engine: Engine, home: Path) -> list[str]:
    """Every way the hub's tables disagree with what they are rebuilt from; empty when none."""
    problems: list[str] = []
    with engine.connect() as conn:
        rows = conn.execution_options(stream_results=True, yield_per=_BATCH).execute(text(
            "SELECT workspace_id, rec, type, counter, hlc, dot_replica, dot_seq, h, title, body, withdrawn, arrival "
            "FROM publications ORDER BY workspace_id, rec"))
        batch: list[Any] = []
        for row in rows:
            problems += _check_row(row, home)
            batch.append(row)
            if len(batch) >= _BATCH:
                problems += _check_search(engine, batch)
                batch = []
        if batch:
            problems += _check_search(engine, batch)
        problems += _check_arrivals(conn)
    return problems


def _check_row(row: Any, home: Path) -> list[str]:
    where = f"{row.workspace_id}/{row.rec}"
    if row.withdrawn:
        return [] if row.body == {} and row.title == "" else [f"{where}: a withdrawal keeps a text"]
    out = []
    body = row.body
    if row.title != label_of(row.type, body.get("values") or {}):
        out.append(f"{where}: its title is not its label")
    parts = [Part(p["rec"], p["type"], p["values"]) for p in body.get("parts") or []]
    files = [Attachment(a["sha256"], a["file_name"], a.get("mime", ""), a.get("size", 0))
             for a in body.get("attachments") or []]
    if content_hash(body.get("values") or {}, parts, list(body.get("tags") or []), files) != row.h:
        out.append(f"{where}: its content does not match its hash")
    for a in files:
        blob = home / "blobs" / "sha256" / a.sha256
        if not blob.is_file():
            out.append(f"{where}: the attachment {a.sha256} is missing")
        elif _sha256(blob) != a.sha256:
            out.append(f"{where}: the attachment {a.sha256} is damaged")
    return out


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _check_search(engine: Engine, rows: list[Any]) -> list[str]:
    """The stored search parts of these publications against the parts recomputed from their text
    (both read back through PostgreSQL's tsvector, which orders lexemes its own way)."""
    expected: dict[tuple[str, str], list[str]] = {}
    literals: list[str] = []
    for row in rows:
        item = {"op": "withdraw" if row.withdrawn else "publish", "rec": row.rec, "type": row.type,
                "counter": row.counter, "hlc": row.hlc, "dot": (row.dot_replica, row.dot_seq), "h": row.h,
                **({} if row.withdrawn else row.body)}
        docs = [p["doc"] for p in search_rows(row_of(row.workspace_id, item))] if _has_text(row) else []
        expected[(row.workspace_id, row.rec)] = docs
        literals += docs
    with engine.connect() as conn:
        normal = conn.execute(text("SELECT CAST(d AS tsvector)::text FROM unnest(CAST(:docs AS text[])) "
                                   "WITH ORDINALITY AS t(d, n) ORDER BY n"), {"docs": literals}).scalars().all()
        stored: dict[tuple[str, str], list[str]] = {}
        for r in conn.execute(text("SELECT workspace_id, rec, doc::text FROM search_parts "
                                   "WHERE (workspace_id, rec) IN (SELECT * FROM unnest(CAST(:w AS text[]), "
                                   "CAST(:r AS text[]))) ORDER BY workspace_id, rec, part"),
                              {"w": [k[0] for k in expected], "r": [k[1] for k in expected]}):
            stored.setdefault((r[0], r[1]), []).append(r[2])
    out, i = [], 0
    for key, docs in expected.items():
        want = list(normal[i : i + len(docs)])
        i += len(docs)
        if stored.get(key, []) != want:
            out.append(f"{key[0]}/{key[1]}: its search index differs from its text")
    return out


def _has_text(row: Any) -> bool:
    return not row.withdrawn and isinstance(row.body, dict) and "values" in row.body


def _check_arrivals(conn: Connection) -> list[str]:
    out = []
    dup = conn.execute(text("SELECT count(*) - count(DISTINCT arrival) FROM publications")).scalar_one()
    if dup:
        out.append(f"{dup} publications share an arrival number")
    if conn.execute(text("SELECT count(*) FROM publications WHERE arrival <= 0")).scalar_one():
        out.append("a publication has no arrival number (its ingest did not finish)")
    ahead = conn.execute(text("SELECT count(*) FROM digests WHERE through_arrival > "
                              "(SELECT COALESCE(max(arrival), 0) FROM publications)")).scalar_one()
    if ahead:
        out.append(f"{ahead} cities' digest cursors are past the newest arrival")
    orphans = conn.execute(text("SELECT count(*) FROM search_parts s WHERE NOT EXISTS (SELECT 1 FROM publications p "
                                "WHERE p.workspace_id = s.workspace_id AND p.rec = s.rec AND NOT p.withdrawn)"))
    if n := orphans.scalar_one():
        out.append(f"{n} search parts belong to nothing served")
    return out


# --- stats ---------------------------------------------------------------------------------------


def stats(engine: Engine, home: Path) -> dict[str, Any]:
    with engine.connect() as conn:
        one = conn.execute(text(
            "SELECT (SELECT count(*) FROM cities) AS cities, "
            "(SELECT count(*) FROM city_keys WHERE revoked_at IS NULL) AS active_keys, "
            "(SELECT count(*) FROM city_keys WHERE revoked_at IS NOT NULL) AS revoked_keys, "
            "(SELECT count(*) FROM publications WHERE NOT withdrawn) AS published, "
            "(SELECT count(*) FROM publications WHERE withdrawn) AS withdrawn, "
            "(SELECT count(*) FROM search_parts) AS search_parts, "
            "(SELECT count(*) FROM ingests) AS ingests, "
            "(SELECT max(ingested_at) FROM ingests) AS last_ingest, "
            "(SELECT count(*) FROM digests) AS cities_with_digests, "
            "pg_database_size(current_database()) AS database_bytes")).one()
        by_type = dict(conn.execute(text("SELECT type, count(*) FROM publications WHERE NOT withdrawn "
                                         "GROUP BY type ORDER BY type")).all())
        by_city = dict(conn.execute(text("SELECT c.city, count(p.rec) FROM cities c LEFT JOIN publications p ON "
                                         "p.workspace_id = c.workspace_id AND NOT p.withdrawn GROUP BY c.city "
                                         "ORDER BY c.city")).all())
    folder = home / "blobs" / "sha256"
    # the files themselves, not the `.partial` copies an ingest killed on the way may have left
    blobs = [p for p in folder.glob("*") if p.is_file() and len(p.name) == 64] if folder.is_dir() else []
    out = dict(one._mapping)
    out["last_ingest"] = out["last_ingest"].isoformat(timespec="seconds") if out["last_ingest"] else None
    return {**out, "by_type": by_type, "by_city": by_city, "attachments": len(blobs),
            "attachment_bytes": sum(p.stat().st_size for p in blobs)}
