"""A city's digest: a hub-signed file in the publication format of what other cities published or
withdrew since that city's last digest. The hub keeps, per city, the arrival its last digest went
to; a digest reads only what arrived after it (an index on arrival), so its cost follows what
changed, not the hub's size. Desktops trust the hub's key once and import digests into their
network library (each line names its city: `Source`).

A digest is also the hub's signed receipt to that city: after other cities' lines, one receipt line
per record the hub holds of the city's own workspace (its counter, dot and content hash, or its
withdrawal; no values), and its manifest names the city's workspace as `receiver`. The desktop
then publishes to the hub only what the hub does not hold yet (`gcen_desktop/sync/publishing.py`);
a desktop before receipts leaves its own workspace's lines out, as it always did. The receipt is
the city's whole holding, read from its partition of `publications` (the few columns it needs)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, text

from gcen_desktop import __version__
from gcen_desktop.domain.errors import UserError
from gcen_desktop.domain.ids import new_id
from gcen_desktop.sync.keys import StoreKeys
from gcen_desktop.sync.limits import DEFAULT_LIMITS, Limits
from gcen_desktop.sync.manifest import Producer
from gcen_desktop.sync.publication import (
    Attachment,
    Part,
    Publication,
    PublicationManifest,
    Source,
    Withdrawal,
    receipt_line,
    write_publication_parts,
)
from gcen_desktop.sync.times import now_ms

from .ingest import ARRIVAL_LOCK, lock_key


@dataclass
class DigestResult:
    path: Path
    size: int
    workspace_id: str
    published: int
    withdrawn: int
    since: int
    through: int
    acknowledged: int = 0  # the records of the city's own the receipt names
    # a digest larger than one file may be: its files, in order (`path` is the first); else empty
    parts: list[Path] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"path": str(self.path), "size": self.size, "workspace": self.workspace_id,
                "published": self.published, "withdrawn": self.withdrawn, "since": self.since,
                "through": self.through, "acknowledged": self.acknowledged, "parts": [str(p) for p in self.parts]}


def horizon(engine: Engine) -> int:
    """The newest arrival that every later one will exceed: read under the arrival lock (shared), so
    no ingest holds a smaller arrival it has not committed yet."""
    with engine.begin() as conn:
        conn.execute(text("SELECT pg_advisory_xact_lock_shared(hashtextextended(:k, 0))"), {"k": ARRIVAL_LOCK})
        return int(conn.execute(text("SELECT COALESCE(max(arrival), 0) FROM publications")).scalar_one())


def line_of(row: Any, source: Source) -> Publication | Withdrawal:
    """The digest line of a publications row (a tombstone becomes a withdrawal)."""
    common = {"rec": row.rec, "type": row.type, "counter": row.counter, "dot": (row.dot_replica, row.dot_seq),
              "hlc": row.hlc, "h": row.h, "source": source}
    if row.withdrawn:
        return Withdrawal(**common)
    body = row.body
    return Publication(**common, values=body["values"],
                       parts=[Part(p["rec"], p["type"], p["values"]) for p in body.get("parts") or []],
                       tags=list(body.get("tags") or []),
                       attachments=[Attachment(a["sha256"], a["file_name"], a.get("mime", ""), a.get("size", 0))
                                    for a in body.get("attachments") or []])


def _city(conn: Connection, workspace_id: str) -> str:
    city = conn.execute(text("SELECT city FROM cities WHERE workspace_id = :w"), {"w": workspace_id}).scalar()
    if city is None:
        raise UserError("No city is enrolled with the workspace %(ws)s.", ws=workspace_id)
    return str(city)


def _since(conn: Connection, workspace_id: str, full: bool) -> int:
    if full:
        return 0
    cursor = conn.execute(text("SELECT through_arrival FROM digests WHERE workspace_id = :w"), {"w": workspace_id})
    return int(cursor.scalar() or 0)


def make_digest(engine: Engine, home: Path, keys: StoreKeys, hub_id: str, hub_name: str, workspace_id: str,
                path: Path, *, full: bool = False, limits: Limits = DEFAULT_LIMITS) -> DigestResult:
    """Write `workspace_id`'s digest to `path` and move its cursor (only once the file is written).
    A digest larger than one file may be (a first or full digest of many cities' attachments) is
    written as several beside `path` (`<name>-<k>-of-<n>.gcen`), each imported alone; the last
    carries the receipt."""
    path = Path(path)
    if not path.parent.is_dir():
        raise UserError("The folder %(folder)s does not exist; choose another place for the digest.",
                        folder=str(path.parent))
    through = horizon(engine)
    with engine.begin() as conn:
        conn.execute(lock_key("digest:" + workspace_id))
        _city(conn, workspace_id)  # enrolled, or refused
        since = _since(conn, workspace_id, full)
        rows = conn.execute(text(
            "SELECT p.*, c.city AS city_name, c.team AS team_name FROM publications p JOIN cities c ON c.workspace_id = p.workspace_id "
            "WHERE p.arrival > :since AND p.arrival <= :through AND p.workspace_id <> :w ORDER BY p.arrival"),
            {"since": since, "through": through, "w": workspace_id}).all()
        sources: dict[str, Source] = {}
        lines = [line_of(r, sources.setdefault(r.workspace_id, Source(r.workspace_id, r.city_name, r.team_name)))
                 for r in rows]
        blobs = _blobs(home, lines)
        receipt = _receipt(conn, workspace_id, through)
        manifest = PublicationManifest(
            app_version=__version__, workspace_id=hub_id, workspace_name=hub_name, city="", bundle_id=new_id(),
            kind="digest", receiver=workspace_id, created_ms=now_ms(),
            producer=Producer(replica="hub-" + hub_id.removeprefix("hub:").replace("-", ""), name=hub_name))
        written = write_publication_parts(path, manifest, lines, blobs, keys, receipt=receipt, limits=limits)
        conn.execute(text(
            "INSERT INTO digests (workspace_id, through_arrival, made_at) VALUES (:w, :t, :now) "
            "ON CONFLICT (workspace_id) DO UPDATE SET through_arrival = GREATEST(digests.through_arrival, "
            "EXCLUDED.through_arrival), made_at = EXCLUDED.made_at"),
            {"w": workspace_id, "t": through, "now": dt.datetime.now(dt.UTC)})
    withdrawn = sum(isinstance(line, Withdrawal) for line in lines)
    return DigestResult(written[0].path, sum(w.size for w in written), workspace_id, len(lines) - withdrawn, withdrawn,
                        since, through, len(receipt), [w.path for w in written] if len(written) > 1 else [])


def _receipt(conn: Connection, workspace_id: str, through: int) -> list[Publication | Withdrawal]:
    """The receipt lines of what the hub holds of `workspace_id` (up to the digest's horizon)."""
    rows = conn.execute(text(
        "SELECT p.rec, p.type, p.counter, p.hlc, p.dot_replica, p.dot_seq, p.h, p.withdrawn, c.city, c.team "
        "FROM publications p JOIN cities c ON c.workspace_id = p.workspace_id "
        "WHERE p.workspace_id = :w AND p.arrival <= :through ORDER BY p.rec"),
        {"w": workspace_id, "through": through}).all()
    return [receipt_line(r.rec, r.type, r.counter, (r.dot_replica, r.dot_seq), r.hlc, r.h, r.withdrawn,
                         Source(workspace_id, r.city, r.team)) for r in rows]


def _blobs(home: Path, lines: list[Publication | Withdrawal]) -> dict[str, Path]:
    out: dict[str, Path] = {}
    for line in lines:
        for a in getattr(line, "attachments", []):
            blob = home / "blobs" / "sha256" / a.sha256
            if not blob.is_file():
                raise UserError("The attachment file %(sha)s is missing from the hub's folder; `gcen-hub check` "
                                "lists what is missing.", sha=a.sha256)
            out[a.sha256] = blob
    return out
