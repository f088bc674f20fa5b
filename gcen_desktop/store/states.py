"""Loading the merge states of records from the store: their heads, superseded versions,
deletions, projection rows, and (for records without a row) their type and times from the log."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import orjson
from sqlalchemy import Connection

from .log import chunks
from .merge import RecordState, RecordTypeMismatch


def load_states(conn: Connection, recs: Iterable[str]) -> dict[str, RecordState]:
    states: dict[str, RecordState] = {r: RecordState() for r in recs}
    ex = conn.exec_driver_sql
    for part in chunks(list(states)):
        marks = ",".join("?" * len(part))
        args = tuple(part)
        for load in _LOADERS:
            load(ex, states, marks, args)
    # A record without a projection row (only deletions so far, or edits that superseded
    # themselves) keeps its type and times in its events alone: read there, so that a later
    # batch sees what one batch holding all of its events would.
    unseen = [rec for rec, st in states.items() if st.rid is None]
    for part in chunks(unseen):
        _load_from_events(ex, states, part)
    return states


def _load_heads(ex: Any, states: dict[str, RecordState], marks: str, args: tuple) -> None:
    for rec, names, r, s, hlc, body in ex(
        f"SELECT h.rec, h.fields, h.replica, h.seq, h.hlc, e.body FROM head_rows h "
        f"JOIN events e ON e.replica = h.replica AND e.seq = h.seq WHERE h.rec IN ({marks})",
        args,
    ):
        fields = orjson.loads(body)["fields"]
        heads = states[rec].heads
        for f in orjson.loads(names):
            heads[f][(r, s)] = (hlc, fields.get(f))


def _load_superseded(ex: Any, states: dict[str, RecordState], marks: str, args: tuple) -> None:
    for rec, f, r, s in ex(f"SELECT rec, field, replica, seq FROM superseded WHERE rec IN ({marks})", args):
        states[rec].superseded.add((f, (r, s)))


def _load_deletions(ex: Any, states: dict[str, RecordState], marks: str, args: tuple) -> None:
    for rec, r, s, hlc in ex(f"SELECT rec, replica, seq, hlc FROM deletions WHERE rec IN ({marks})", args):
        states[rec].deletions[(r, s)] = hlc


def _load_observed(ex: Any, states: dict[str, RecordState], marks: str, args: tuple) -> None:
    for rec, r, s, body in ex(
        f"SELECT d.rec, d.replica, d.seq, e.body FROM deletions d JOIN events e "
        f"ON e.replica = d.replica AND e.seq = d.seq WHERE d.rec IN ({marks})",
        args,
    ):
        seen = states[rec].observed[(r, s)]
        for f, plist in (orjson.loads(body).get("observed") or {}).items():
            seen.update((f, (pr, ps)) for pr, ps in plist)


def _load_rows(ex: Any, states: dict[str, RecordState], marks: str, args: tuple) -> None:
    for row in ex(
        f"SELECT id, rid, type, created, updated, title, data, parent, kind, status, due, "
        f"working_group, symposium, city, member, position, visibility, deleted, own_deleted, "
        f"del_conflict, conflicts, merged FROM records WHERE id IN ({marks})",
        args,
    ):
        st = states[row[0]]
        st.rid, st.type, st.created, st.updated = row[1], row[2], row[3], row[4]
        st.old_row = tuple(row[5:])
        st.loaded_times = (row[3], row[4])


# What load_states reads of each chunk of records, in this order.
_LOADERS = (_load_heads, _load_superseded, _load_deletions, _load_observed, _load_rows)


def _load_from_events(ex: Any, states: dict[str, RecordState], part: list[str]) -> None:
    """Type and times of records without a projection row, from their events."""
    marks = ",".join("?" * len(part))
    for rec, type_, first, last in ex(
        f"SELECT rec, type, MIN(hlc), MAX(hlc) FROM events WHERE rec IN ({marks}) GROUP BY rec, type",
        tuple(part),
    ):
        st = states[rec]
        if st.type is not None and st.type != type_:
            raise RecordTypeMismatch(rec, st.type, type_)
        st.type = type_
        st.created = first if st.created is None or first < st.created else st.created
        st.updated = last if st.updated is None or last > st.updated else st.updated
