"""What this store publishes to the network now, and what it withdraws, for one receiver.

A record is published while its own visibility is network (the projection shows the most
restrictive head of a conflicted visibility); its parts travel with it (a plan's goals and their
actions, a symposium's agenda) unless a part is private or was set to team after it was made
(a part left at the default follows its record). A part that is network under a team record is
not published: its record's text would have to travel with it. References travel as the label of
the city or working group they name; references to people stay home.

The counter of a publication is twice the number of this workspace's changes it reflects (the
events of the record and of everything hanging on it, and those of the cities and working groups
whose names it may carry; none written while private), and that of a
withdrawal one more: teammates holding the same changes publish the same counter, one who holds
more publishes a larger one, and a withdrawal beats the publication it follows even when the
change that withdrew it stays home (making a record private is written while it is private).
Its dot is the newest of those changes. Nothing of a record's history travels: its values now.

What a publication leaves out is what its receiver ACKNOWLEDGED holding, not what it was sent:
`network_sent` keeps what each receiver was sent, `network_acked` what its last receipt said it
holds (the hub's receipt travels in its digest for this city; a city writes a receipt file with
`gcen network receipt`; see `publication`). Sent and not acknowledged is pending, and goes again:
a receiver takes a publication twice without change, so a lost file costs only a larger next one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection

from ..domain.schema import TYPES
from ..store.store import Store
from .limits import DEFAULT_LIMITS, Limits
from .publication import (
    LABELLED_REFS,
    PARTS,
    PUBLISHED_TYPES,
    VISIBLE,
    Attachment,
    Part,
    Publication,
    Withdrawal,
    content_hash,
    why_it_cannot_travel,
)


@dataclass
class Plan:
    """A publication to write: its lines, attachment bytes, and per type what it publishes."""

    publications: list[Publication] = field(default_factory=list)
    withdrawals: list[Withdrawal] = field(default_factory=list)
    blobs: dict[str, Path] = field(default_factory=dict)
    pending: int = 0  # of these, what went to the receiver before, the same, and it has not acknowledged
    # records network-visible that no publication file can carry (`publication.why_it_cannot_travel`):
    # (publication, reason); they stay home, and go once they fit
    left_out: list[tuple[Publication, str]] = field(default_factory=list)

    def counts(self) -> dict[str, dict[str, int]]:
        out: dict[str, dict[str, int]] = {}
        for p in self.publications:
            per = out.setdefault(p.type, {"published": 0, "withdrawn": 0, "parts": 0})
            per["published"] += 1
            per["parts"] += len(p.parts)
        for w in self.withdrawals:
            out.setdefault(w.type, {"published": 0, "withdrawn": 0, "parts": 0})["withdrawn"] += 1
        return out


def _labels(conn: Connection, ids: set[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for rid in ids:
        row = conn.exec_driver_sql(
            "SELECT title FROM records WHERE id=? AND deleted=0 AND visibility!='private'", (rid,)
        ).first()
        if row is not None:
            out[rid] = row[0]
    return out


def _values(conn: Connection, type_: str, data: dict[str, Any]) -> dict[str, Any]:
    """The values a publication carries: every field but the visibility (always `network` there),
    references to a city or working group as its name, other references (people) left out."""
    spec = TYPES[type_]
    out: dict[str, Any] = {"visibility": VISIBLE}
    for f in spec.fields:
        if f.name == "visibility" or f.name not in data:
            continue
        value = data[f.name]
        if f.kind == "ref":
            if f.name == spec.parent:
                out[f.name] = value  # the record it belongs to, itself in the publication
                continue
            if not f.ref or not set(f.ref) <= LABELLED_REFS or not isinstance(value, str):
                continue
            label = _labels(conn, {value}).get(value)
            if label is None:
                continue
            value = label
        out[f.name] = value
    return out


def _set_explicitly(conn: Connection, rec: str) -> bool:
    """Whether the shown visibility of a part was chosen after it was made (its version replaced
    an earlier one), rather than left at what it was made with."""
    for (body,) in conn.exec_driver_sql(
        "SELECT e.body FROM heads h JOIN events e ON e.replica = h.replica AND e.seq = h.seq "
        "WHERE h.rec=? AND h.field='visibility'",
        (rec,),
    ):
        if (orjson.loads(body).get("parents") or {}).get("visibility"):
            return True
    return False


def _part_travels(conn: Connection, rec: str, visibility: str) -> bool:
    if visibility == VISIBLE:
        return True
    return visibility == "team" and not _set_explicitly(conn, rec)


def _parts(conn: Connection, type_: str, rec: str) -> list[Part]:
    out: list[Part] = []
    for _parent_field, child in PARTS.get(type_, ()):
        rows = conn.exec_driver_sql(
            "SELECT id, data, visibility FROM records WHERE type=? AND parent=? AND deleted=0 ORDER BY position, id",
            (child, rec),
        ).all()
        for cid, data, visibility in rows:
            if not _part_travels(conn, cid, visibility):
                continue
            out.append(Part(cid, child, _values(conn, child, orjson.loads(data))))
            out += _parts(conn, child, cid)
    return out


def _tags(conn: Connection, rec: str) -> list[str]:
    return sorted(
        b for (b,) in conn.exec_driver_sql(
            "SELECT json_extract(data, '$.b') FROM records WHERE type='link' AND parent=? AND kind='tag' AND deleted=0",
            (rec,),
        ) if isinstance(b, str)
    )


def _attachment_ids(conn: Connection, rec: str, data: dict[str, Any]) -> list[str]:
    """The attachments of a record: attached by link, and a reading's own file."""
    ids = {b for (b,) in conn.exec_driver_sql(
        "SELECT json_extract(data, '$.b') FROM records WHERE type='link' AND parent=? AND kind='attached' AND deleted=0",
        (rec,),
    )}
    ids.add(data.get("attachment"))
    return sorted(i for i in ids if isinstance(i, str))


def _attachment(conn: Connection, store: Store, aid: str) -> tuple[Attachment, Path] | None:
    """An attachment that travels (live, not private, its bytes here) and where its bytes are."""
    row = conn.exec_driver_sql(
        "SELECT data FROM records WHERE id=? AND type='attachment' AND deleted=0 AND visibility!='private'", (aid,)
    ).first()
    values = orjson.loads(row[0]) if row else {}
    sha = values.get("sha256")
    try:
        path = store.blobs.path_of(sha) if isinstance(sha, str) else None
    except ValueError:
        path = None
    if path is None or not path.exists():
        return None
    return Attachment(sha, str(values.get("file_name") or sha[:12]), str(values.get("mime") or ""),
                      int(values.get("size") or 0)), path


def _attachments(conn: Connection, store: Store, rec: str, data: dict[str, Any], blobs: dict[str, Path]) -> list[Attachment]:
    out: list[Attachment] = []
    for aid in _attachment_ids(conn, rec, data):
        found = _attachment(conn, store, aid)
        if found is not None:
            out.append(found[0])
            blobs[found[0].sha256] = found[1]
    return out


_CLOSURE = (
    "WITH RECURSIVE sub(id) AS (SELECT ? UNION SELECT r.id FROM record_rows r JOIN sub ON r.parent = sub.id) "
)


def label_changes(conn: Connection) -> int:
    """How many changes this store holds of the records whose names publications carry (cities,
    working groups): part of every counter, so that renaming one makes each publication naming it
    newer. Counted over all of them, not the ones a record names now, so that moving a record to
    another city never makes its counter smaller."""
    marks = ",".join("?" * len(LABELLED_REFS))
    return int(conn.exec_driver_sql(
        f"SELECT COUNT(*) FROM events e WHERE e.rec IN (SELECT id FROM record_rows WHERE type IN ({marks})) "
        "AND NOT EXISTS (SELECT 1 FROM private_events p WHERE p.replica = e.replica AND p.seq = e.seq)",
        tuple(sorted(LABELLED_REFS)),
    ).scalar_one())


def counter_of(conn: Connection, rec: str, labels: int) -> tuple[int, tuple[str, int], str]:
    """(changes reflected, the newest one's dot, its HLC) of a record and what hangs on it, and of
    the names it may carry (`labels`: label_changes, read once per publication)."""
    count = conn.exec_driver_sql(
        _CLOSURE + "SELECT COUNT(*) FROM events e JOIN sub ON e.rec = sub.id "
        "WHERE NOT EXISTS (SELECT 1 FROM private_events p WHERE p.replica = e.replica AND p.seq = e.seq)",
        (rec,),
    ).scalar_one()
    newest = conn.exec_driver_sql(
        _CLOSURE + "SELECT e.replica, e.seq, e.hlc FROM events e JOIN sub ON e.rec = sub.id "
        "WHERE NOT EXISTS (SELECT 1 FROM private_events p WHERE p.replica = e.replica AND p.seq = e.seq) "
        "ORDER BY e.hlc DESC, e.replica DESC, e.seq DESC LIMIT 1",
        (rec,),
    ).first()
    count = int(count) + labels
    if newest is None:
        return count, ("0", 1), ""
    return count, (newest[0], int(newest[1])), newest[2]


def current(conn: Connection, store: Store, blobs: dict[str, Path], labels: int) -> dict[str, Publication]:
    """rec -> the publication of every record network-visible now."""
    marks = ",".join("?" * len(PUBLISHED_TYPES))
    out: dict[str, Publication] = {}
    for rec, type_, data in conn.exec_driver_sql(
        f"SELECT id, type, data FROM records WHERE type IN ({marks}) AND deleted=0 AND visibility=? ORDER BY id",
        (*PUBLISHED_TYPES, VISIBLE),
    ).all():
        values = orjson.loads(data)
        mine: dict[str, Path] = {}
        pub_values = _values(conn, type_, values)
        parts = _parts(conn, type_, rec)
        tags = _tags(conn, rec)
        attachments = _attachments(conn, store, rec, values, mine)
        counter, dot, hlc = counter_of(conn, rec, labels)
        out[rec] = Publication(
            rec=rec, type=type_, counter=2 * counter, dot=dot, hlc=hlc, h=content_hash(pub_values, parts, tags, attachments),
            values=pub_values, parts=parts, tags=tags, attachments=attachments,
        )
        blobs.update(mine)
    return out


@dataclass(frozen=True)
class Held:
    """What a receiver was sent, or acknowledged holding, of one record."""

    type: str
    counter: int
    h: str
    withdrawn: bool


def _held(conn: Connection, table: str, receiver: str) -> dict[str, Held]:
    return {
        rec: Held(type_, int(counter), h, bool(withdrawn))
        for rec, type_, counter, h, withdrawn in conn.exec_driver_sql(
            f"SELECT rec, type, counter, h, withdrawn FROM {table} WHERE receiver=?", (receiver,)
        )
    }


def sent_to(conn: Connection, receiver: str) -> dict[str, Held]:
    """rec -> what this store last sent `receiver` (acknowledged or not)."""
    return _held(conn, "network_sent", receiver)


def acked_by(conn: Connection, receiver: str) -> dict[str, Held]:
    """rec -> what `receiver` acknowledged holding, as its last receipt said."""
    return _held(conn, "network_acked", receiver)


def _holds(acked: Held | None, counter: int, h: str, withdrawn: bool) -> bool:
    """Whether the receiver acknowledged holding this (or something newer: a larger counter, which
    a teammate published; the receiver would keep that over this one anyway)."""
    if acked is None:
        return False
    if acked.counter != counter:
        return acked.counter > counter
    return acked.withdrawn == withdrawn and (withdrawn or acked.h == h)


def plan(conn: Connection, store: Store, receiver: str, *, full: bool, limits: Limits = DEFAULT_LIMITS) -> Plan:
    """What a publication for `receiver` carries.

    Full: every record network-visible now, and a withdrawal of every record it was ever sent or
    acknowledged that is published no more. Incremental: what `receiver` has not acknowledged (its
    receipt: the hub's digest, a city's receipt file). A record sent and not acknowledged yet is
    sent again (the file may have been lost; receiving it twice changes nothing), so a lost file
    never needs `--full`. A withdrawal goes to a receiver known to hold the record published (it
    acknowledged it), and once to one it was sent to: sent again to a receiver that never said it
    holds the record, it would be a withdrawal of a record that receiver may never have had.

    A record no publication file can carry (more tags than a line may list, a line longer than a
    line may be, attachments larger than a file: `publication.why_it_cannot_travel`, the reader's
    own checks) is left out (`Plan.left_out`), never sent: the rest still travels, and the
    receiver of this version never refuses what this version wrote."""
    out = Plan()
    blobs: dict[str, Path] = {}
    labels = label_changes(conn)
    now = current(conn, store, blobs, labels)
    sent = sent_to(conn, receiver)
    acked = acked_by(conn, receiver)
    sizes = {sha: path.stat().st_size for sha, path in blobs.items()}
    for rec, pub in now.items():
        if full or not _holds(acked.get(rec), pub.counter, pub.h, False):
            why = why_it_cannot_travel(pub, sizes, limits)
            if why is not None:
                out.left_out.append((pub, why))
                continue
            out.publications.append(pub)
            out.blobs.update({a.sha256: blobs[a.sha256] for a in pub.attachments if a.sha256 in blobs})
            before = sent.get(rec)
            out.pending += not full and before is not None and not before.withdrawn and before.h == pub.h
    out.withdrawals = _withdrawals(conn, sent, acked, set(now), labels, full=full)
    out.pending += 0 if full else sum(1 for w in out.withdrawals if (s := sent.get(w.rec)) is not None and s.withdrawn)
    return out


def rows_read(conn: Connection, done: Plan) -> set[str]:
    """The records whose rows `done`'s publications were made from, but for their parts, tags and
    attachments (Store.rows_unlike_log adds those): the records themselves, and the cities and
    working groups whose names they carry."""
    marks = ",".join("?" * len(LABELLED_REFS))
    labelled = {rid for (rid,) in conn.exec_driver_sql(
        f"SELECT id FROM records WHERE type IN ({marks}) AND deleted=0", tuple(sorted(LABELLED_REFS)))}
    return {p.rec for p in done.publications} | (labelled if done.publications else set())


def _withdrawals(conn: Connection, sent: dict[str, Held], acked: dict[str, Held], published: set[str],
                 labels: int, *, full: bool) -> list[Withdrawal]:
    """A withdrawal's counter is one above what this store knows of the record (its changes, and
    what it sent itself), never one above a receipt's: a receipt names what any store of the team
    published, and a teammate's newer publication, or one of a record not received here yet, is
    not this store's to withdraw (counted above it, the withdrawal beat it, and the record stayed
    withdrawn after this store caught up). A receiver holding a newer publication keeps it."""
    out: list[Withdrawal] = []
    for rec in sorted((set(sent) | set(acked)) - published):
        s, a = sent.get(rec), acked.get(rec)
        if s is None and not _known(conn, rec):
            continue  # only a receipt names it: a teammate's record, not here yet
        type_ = (a or s).type  # type: ignore[union-attr]
        count, dot, hlc = counter_of(conn, rec, labels)
        counter = 2 * count + 1
        if s is not None:
            counter = max(counter, s.counter if s.withdrawn else s.counter + 1)
        if a is not None and a.withdrawn:
            counter = max(counter, a.counter)  # what the receiver holds already: repeated, never beaten
        if a is not None and not a.withdrawn and a.counter > counter:
            continue  # the receiver holds a newer publication than this store knows of
        due = (a is not None and not a.withdrawn) or (s is not None and not s.withdrawn)
        if full or (due and not _holds(a, counter, "", True)):
            out.append(Withdrawal(rec=rec, type=type_, counter=counter, dot=dot, hlc=hlc))
    return out


def _known(conn: Connection, rec: str) -> bool:
    """Whether this store holds any change of a record."""
    return conn.exec_driver_sql("SELECT 1 FROM events WHERE rec=? LIMIT 1", (rec,)).first() is not None


def remember(conn: Connection, receiver: str, done: Plan) -> None:
    """After the file is written: what `receiver` was sent, for the next publication to it."""
    rows = [(receiver, p.rec, p.type, p.counter, p.h, 0) for p in done.publications]
    rows += [(receiver, w.rec, w.type, w.counter, "", 1) for w in done.withdrawals]
    if rows:
        conn.exec_driver_sql(
            "INSERT OR REPLACE INTO network_sent (receiver, rec, type, counter, h, withdrawn) VALUES (?,?,?,?,?,?)", rows
        )


def acknowledge(conn: Connection, receiver: str, lines: list[Publication | Withdrawal]) -> int:
    """Take a receipt of `receiver`: its lines are everything it holds of this workspace, so they
    replace what it acknowledged before (a record it no longer names is not acknowledged any
    more: sent again, should the receiver have lost it). Returns how many records it names."""
    conn.exec_driver_sql("DELETE FROM network_acked WHERE receiver=?", (receiver,))
    rows = {item.rec: (receiver, item.rec, item.type, item.counter, item.h, int(isinstance(item, Withdrawal)))
            for item in sorted(lines, key=lambda i: i.order)}  # a record named twice: its newest
    if rows:
        conn.exec_driver_sql(
            "INSERT INTO network_acked (receiver, rec, type, counter, h, withdrawn) VALUES (?,?,?,?,?,?)",
            list(rows.values()),
        )
    return len(rows)
