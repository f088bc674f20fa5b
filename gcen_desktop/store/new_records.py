"""Writing brand-new records: those a batch creates with one edit naming no parent, whose rows
are known from that event alone (most of a teammate's first bundle), and those a bundle reader
prepared beside the applying process."""

from __future__ import annotations

from typing import Any, NamedTuple

from sqlalchemy import Connection

from ..domain.schema import SEARCHABLE_TYPES
from .log import many
from .merge import shown_fields
from .projection import NewRecord
from .search_rows import SEARCHABLE, fts_row

# data may come as UTF-8 bytes (a slice of an event line): cast, it is stored as text like a str.
INSERT_RECORD = (
    "INSERT INTO record_rows (rid, id, type, title, data, parent, kind, status, due, working_group, "
    "symposium, city, member, position, visibility, deleted, own_deleted, del_conflict, "
    "conflicts, merged, created, updated) VALUES (?,?,?,?,CAST(? AS TEXT),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


INSERT_HEAD = "INSERT INTO head_rows (rec, replica, seq, hlc, fields) VALUES (?,?,?,?,?)"


INSERT_PREPARED = (
    "INSERT INTO record_rows (id, type, title, data, parent, kind, status, due, working_group, "
    "symposium, city, member, position, visibility, deleted, own_deleted, del_conflict, "
    "conflicts, merged, created, updated, data_eid, data_at, data_len) "
    # shown, no conflict, created and updated by its one event: those bound once or not at all
    "VALUES (?1,?2,?3,CAST(?4 AS TEXT),?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,0,0,0,NULL,NULL,?15,?15,?16,?17,?18)"
)


# A brand-new record whose data stays in its event's body (see DataRef)
INSERT_RECORD_REF = (
    "INSERT INTO record_rows (rid, id, type, title, data, parent, kind, status, due, working_group, "
    "symposium, city, member, position, visibility, deleted, own_deleted, del_conflict, "
    "conflicts, merged, created, updated, data_eid, data_at, data_len) "
    "VALUES (?,?,?,?,'',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


class PreparedRecords(NamedTuple):
    """Brand-new records a bundle reader prepared for a store that held nothing of them, as they
    are written: head rows (rec, replica, seq, hlc, fields JSON), projection rows as
    `INSERT_PREPARED` takes them (rec, type, title, data, parent … visibility, hlc, data_eid,
    data_at, data_len; data '' and data_eid/at/len set when the data stays in the event: at the
    eid the reader expects it to get), and the parents they name."""

    heads: list[tuple]
    records: list[tuple]
    parents: list[str]


def write_prepared(
    conn: Connection, new: PreparedRecords, rows: list[tuple], expected_eid: int, first_eid: int | None,
    *, defer_fts: bool,
) -> set[str]:
    """Write prepared records whose events (`rows`, expected from `expected_eid` on) went in from
    `first_eid` on (None: not known); queue or index them; return their ids."""
    ex = conn.exec_driver_sql
    many(conn, INSERT_HEAD, new.heads)
    records = new.records
    if first_eid != expected_eid:
        records = [r if r[-3] is None else _repointed(r, rows, expected_eid, first_eid) for r in records]
    before = ex("SELECT MAX(rid) FROM record_rows").scalar_one() or 0
    many(conn, INSERT_PREPARED, records)
    marks = ",".join("?" * len(SEARCHABLE_TYPES))
    if defer_fts:
        ex(f"INSERT INTO fts_queue (rid) SELECT rid FROM record_rows WHERE rid > ? AND type IN ({marks})",
           (before, *SEARCHABLE_TYPES))
    else:
        found = ex(f"SELECT rid, type, title, data FROM records WHERE rid > ? AND type IN ({marks})",
                   (before, *SEARCHABLE_TYPES)).all()
        many(conn, "INSERT INTO search (rowid, title, body) VALUES (?,?,?)", [fts_row(*r) for r in found])
    return {h[0] for h in new.heads}


def _repointed(record: tuple, rows: list[tuple], expected_eid: int, first_eid: int | None) -> tuple:
    """A prepared row pointing at its event where it really went, or holding its data itself."""
    eid, at, length = record[-3:]
    if first_eid is not None:
        return (*record[:-3], eid - expected_eid + first_eid, at, length)
    body = rows[eid - expected_eid][7]
    return (*record[:3], body[at - 1 : at - 1 + length], *record[4:-3], None, None, None)


class DataRef(NamedTuple):
    """A brand-new record's data left in the body of the event that created it: `length` bytes
    from byte `at` (1-based) of event `eid`'s body; `text`, those bytes (to index the record)."""

    eid: int
    at: int
    length: int
    text: bytes


def data_in_event(n: NewRecord, e: dict[str, Any] | None, eid: int | None) -> NewRecord:
    """The new record `n`, its data pointing at its event (`e`, inserted as `eid`) when the event
    says where its fields are in its line."""
    span = getattr(e, "fields_span", None)
    if span is None or eid is None or shown_fields(e["type"], e["fields"]) is not e["fields"]:
        return n
    row = n[6]
    return (*n[:6], (row[0], DataRef(eid, span[0] + 1, span[1] - span[0], row[1]), *row[2:]))


def write_new_records(conn: Connection, fresh: list[NewRecord], *, defer_fts: bool) -> set[str]:
    """Heads, projection rows and search rows of brand-new records; returns the parents they
    name (a new live child may keep a deleted parent shown). A row's data may be a DataRef."""
    ex = conn.exec_driver_sql
    ex(INSERT_HEAD, [n[:4] + (n[5],) for n in fresh])
    next_rid = (ex("SELECT MAX(rid) FROM record_rows").scalar_one() or 0) + 1
    inserts = []
    by_ref = []
    to_index = []
    parents: set[str] = set()
    for rid, (rec, _r, _s, hlc, type_, _names, row) in enumerate(fresh, start=next_rid):
        data = row[1]
        if type(data) is DataRef:
            by_ref.append((rid, rec, type_, row[0], *row[2:], hlc, hlc, data.eid, data.at, data.length))
            data = data.text
        else:
            inserts.append((rid, rec, type_, *row, hlc, hlc))
        if row[2]:
            parents.add(row[2])
        if type_ in SEARCHABLE:
            to_index.append((rid, type_, row[0], data))
    many(conn, INSERT_RECORD, inserts)
    many(conn, INSERT_RECORD_REF, by_ref)
    if defer_fts:
        many(conn, "INSERT INTO fts_queue (rid) VALUES (?)", [(t[0],) for t in to_index])
    else:
        many(conn, "INSERT INTO search (rowid, title, body) VALUES (?,?,?)", [fts_row(*t) for t in to_index])
    return parents

