"""Taking city publications in: every check of the desktop's reader first, then one transaction
per file under its workspace's lock, so several ingests can run at once and a killed one leaves
nothing behind (PostgreSQL rolls it back; ingesting the file again completes it).

Each line is kept only when it is newer than what the hub holds for its record (the desktop's
order: counter, HLC, dot, content hash), so ingesting a file twice, files in any order or
overlapping files all end in the same state. A file none of whose lines is new and at least one
older than what the hub holds is a replay of the past over the present: refused."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import Connection, Engine, text

from gcen_desktop.domain.errors import UserError
from gcen_desktop.domain.schema import label_of
from gcen_desktop.store.network_library import search_body
from gcen_desktop.sync.errors import BundleError
from gcen_desktop.sync.keys import fingerprint
from gcen_desktop.sync.publication import PublicationContents, Withdrawal, read_publication

from .search import vector_parts

ARRIVAL_LOCK = "gcen_hub.arrival"
CATEGORIES = ("new", "updated", "withdrawn", "unchanged", "older")


class Refused(UserError):
    """A publication file the hub does not take; nothing of it was written."""


@dataclass
class IngestResult:
    file: str
    workspace_id: str = ""
    city: str = ""
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    refused: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {"file": self.file, "workspace": self.workspace_id, "city": self.city, **self.counts,
                "refused": self.refused}

    def line(self) -> str:
        if self.refused:
            return f"{self.file}: refused: {self.refused}"
        c = self.counts
        return (f"{self.file}: {self.city}: {c['new']} new, {c['updated']} updated, {c['withdrawn']} withdrawn, "
                f"{c['unchanged']} unchanged, {c['older']} older than the hub's")


def lock_key(name: str) -> Any:
    return text("SELECT pg_advisory_xact_lock(hashtextextended(:k, 0))").bindparams(k=name)


def publication_files(paths: list[str]) -> list[Path]:
    """The files named, and the `.gcen` files of the folders named (sorted), each once."""
    out: list[Path] = []
    for name in paths:
        p = Path(name)
        found = sorted(c for c in p.iterdir() if c.is_file() and c.suffix == ".gcen") if p.is_dir() else [p]
        out += [f for f in found if f not in out]
    return out


def ingest_file(engine: Engine, home: Path, path: Path) -> IngestResult:
    """Ingest one publication file; a refusal is reported in the result, the hub unchanged by it."""
    result = IngestResult(str(path))
    try:
        if not path.is_file():
            raise Refused("There is no file %(path)s.", path=str(path))
        with read_publication(path) as contents:
            result.workspace_id = contents.manifest.workspace_id
            _ingest(engine, home, contents, result)
    except (UserError, BundleError) as exc:
        result.refused = " ".join(str(exc).split())
    return result


def _ingest(engine: Engine, home: Path, contents: PublicationContents, result: IngestResult) -> None:
    m = contents.manifest
    if m.kind not in ("full", "incremental"):
        raise Refused("This file is a digest of a hub, not a city's publication; a hub ingests only what cities "
                      "publish.")
    fp = fingerprint(contents.signer_public_key)
    latest = _newest_per_record(contents)
    with engine.begin() as conn:
        conn.execute(lock_key("ws:" + m.workspace_id))
        result.city = _check_speaker(conn, m.workspace_id, fp)
        conn.execute(text("UPDATE cities SET team = :n WHERE workspace_id = :w AND team <> :n"),
                     {"n": m.workspace_name, "w": m.workspace_id})
        held = _held(conn, m.workspace_id, list(latest))
        todo = _classify(latest, held, result.counts)
        if not todo and result.counts["older"]:
            raise Refused("Every record in this file is older than what the hub holds from %(city)s (a replay "
                          "of an earlier publication); nothing was changed.", city=result.city)
        _keep_blobs(home, contents, todo)
        now = dt.datetime.now(dt.UTC)
        put(conn, m.workspace_id, [msgspec.to_builtins(item) for item in todo], m.created_ms, now)
        conn.execute(text("INSERT INTO ingests (bundle_id, workspace_id, fingerprint, file_sha256, counts, "
                          "ingested_at) VALUES (:b, :w, :f, :s, CAST(:c AS jsonb), :t) ON CONFLICT DO NOTHING"),
                     {"b": m.bundle_id, "w": m.workspace_id, "f": fp, "s": contents.file_sha256,
                      "c": _json(result.counts), "t": now})
        if todo:
            stamp_arrivals(conn, m.workspace_id, [item.rec for item in todo])


def _json(value: Any) -> str:
    import orjson

    return orjson.dumps(value).decode()


def _newest_per_record(contents: PublicationContents) -> dict[str, Any]:
    latest: dict[str, Any] = {}
    for item in contents.lines:
        if item.rec not in latest or item.order > latest[item.rec].order:
            latest[item.rec] = item
    return latest


def _check_speaker(conn: Connection, workspace_id: str, fp: str) -> str:
    """The enrolled city's name, when an active key enrolled for this workspace signed the file."""
    city = conn.execute(text("SELECT city FROM cities WHERE workspace_id = :w"), {"w": workspace_id}).scalar()
    if city is None:
        raise Refused("The workspace %(ws)s is not enrolled on this hub; the operator enrolls it with "
                      "`gcen-hub enroll`.", ws=workspace_id)
    key = conn.execute(text("SELECT workspace_id, revoked_at FROM city_keys WHERE fingerprint = :f"), {"f": fp}).first()
    if key is None:
        raise Refused("The key %(fp)s that signed this file is not enrolled for %(city)s; the operator enrolls "
                      "it with `gcen-hub enroll` after checking it with the city.", fp=fp, city=city)
    if key.workspace_id != workspace_id:
        raise Refused("The key %(fp)s publishes for another workspace (%(other)s), not for %(city)s.",
                      fp=fp, other=key.workspace_id, city=city)
    if key.revoked_at is not None:
        raise Refused("The key %(fp)s of %(city)s was revoked; bundles it signs are refused.", fp=fp, city=city)
    return str(city)


@dataclass(frozen=True)
class Held:
    type: str
    order: tuple[int, str, str, int, str]
    withdrawn: bool


def _held(conn: Connection, workspace_id: str, recs: list[str]) -> dict[str, Held]:
    rows = conn.execute(text("SELECT rec, type, counter, hlc, dot_replica, dot_seq, h, withdrawn FROM publications "
                             "WHERE workspace_id = :w AND rec = ANY(:recs)"), {"w": workspace_id, "recs": recs})
    return {r.rec: Held(r.type, (r.counter, r.hlc, r.dot_replica, r.dot_seq, r.h), r.withdrawn) for r in rows}


def _classify(latest: dict[str, Any], held: dict[str, Held], counts: dict[str, int]) -> list[Any]:
    todo = []
    for rec, item in latest.items():
        before = held.get(rec)
        withdrawal = isinstance(item, Withdrawal)
        if before is not None and before.type != item.type:
            raise Refused("This file changes the type of a record published before (%(rec)s); nothing was "
                          "changed.", rec=rec)
        if before is not None and item.order <= before.order:
            counts["unchanged" if item.order == before.order else "older"] += 1
            continue
        if withdrawal:
            counts["withdrawn" if before is not None and not before.withdrawn else "unchanged"] += 1
        else:
            counts["updated" if before is not None and not before.withdrawn else "new"] += 1
        todo.append(item)
    return todo


def _keep_blobs(home: Path, contents: PublicationContents, todo: list[Any]) -> None:
    """The attachment files of what is kept, by content hash (written before the transaction
    commits: a blob nothing names is harmless, a name without its blob is not)."""
    wanted = {a.sha256 for item in todo for a in getattr(item, "attachments", [])}
    folder = home / "blobs" / "sha256"
    for sha in sorted(wanted & set(contents.blobs)):
        target = folder / sha
        if target.exists():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f"{sha}.{uuid.uuid4().hex}.partial")  # two ingests may bring the same file
        shutil.copyfile(contents.blobs[sha], partial)
        with open(partial, "rb") as f:
            os.fsync(f.fileno())
        partial.replace(target)


_UPSERT = text(
    "INSERT INTO publications (workspace_id, rec, type, counter, hlc, dot_replica, dot_seq, h, title, body, "
    "withdrawn, published_ms, ingested_at, arrival) VALUES (:w, :rec, :type, :counter, :hlc, :dr, :ds, :h, "
    ":title, CAST(:body AS jsonb), :withdrawn, :pub, :now, 0) ON CONFLICT (workspace_id, rec) DO UPDATE SET "
    "type = EXCLUDED.type, counter = EXCLUDED.counter, hlc = EXCLUDED.hlc, dot_replica = EXCLUDED.dot_replica, "
    "dot_seq = EXCLUDED.dot_seq, h = EXCLUDED.h, title = EXCLUDED.title, body = EXCLUDED.body, "
    "withdrawn = EXCLUDED.withdrawn, published_ms = EXCLUDED.published_ms, ingested_at = EXCLUDED.ingested_at")


def row_of(workspace_id: str, item: dict[str, Any]) -> dict[str, Any]:
    """The publications row of a line (a withdrawal: a tombstone with no body and no title)."""
    withdrawn = item["op"] == "withdraw"
    body = {} if withdrawn else {k: item[k] for k in ("values", "parts", "tags", "attachments")}
    return {"w": workspace_id, "rec": item["rec"], "type": item["type"], "counter": item["counter"],
            "hlc": item.get("hlc", ""), "dr": item["dot"][0], "ds": item["dot"][1], "h": item.get("h", ""),
            "title": "" if withdrawn else label_of(item["type"], item["values"]), "body": body,
            "withdrawn": withdrawn}


def search_rows(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The search parts of a publications row (none for a tombstone)."""
    if row["withdrawn"]:
        return []
    parts = vector_parts(row["title"], search_body(row["type"], row["body"]))
    return [{"w": row["w"], "rec": row["rec"], "part": n, "doc": doc} for n, doc in enumerate(parts)]


def put(conn: Connection, workspace_id: str, items: list[dict[str, Any]], published_ms: int, now: dt.datetime) -> None:
    """Keep these publications (and withdrawals' tombstones) in place of what the hub held, with
    their search parts. Their arrival is stamped by `stamp_arrivals`."""
    rows = [row_of(workspace_id, item) for item in items]
    if not rows:
        return
    conn.execute(_UPSERT, [{**r, "body": _json(r["body"]), "pub": published_ms, "now": now} for r in rows])
    conn.execute(text("DELETE FROM search_parts WHERE workspace_id = :w AND rec = ANY(:recs)"),
                 {"w": workspace_id, "recs": [r["rec"] for r in rows]})
    parts = [p for r in rows for p in search_rows(r)]
    if parts:
        conn.execute(text("INSERT INTO search_parts (workspace_id, rec, part, doc) VALUES "
                          "(:w, :rec, :part, CAST(:doc AS tsvector))"), parts)


def stamp_arrivals(conn: Connection, workspace_id: str, recs: list[str]) -> None:
    """Number what changed in the order transactions commit: the lock is held to the commit, so a
    digest (which takes it too) never passes over an arrival that commits later."""
    conn.execute(lock_key(ARRIVAL_LOCK))
    conn.execute(text("UPDATE publications SET arrival = nextval('publication_arrival') "
                      "WHERE workspace_id = :w AND rec = ANY(:recs)"), {"w": workspace_id, "recs": recs})
