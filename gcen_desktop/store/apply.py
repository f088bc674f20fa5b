"""Applying events to the store: the one code path for local edits, imports and rebuilds.

The merge rules themselves (heads, winners, conflicts, deletions) are `merge`'s, on plain data;
this module loads the records' states from the store, folds the events in, and writes what
changed: the log, heads, deletions, projection rows and search rows, in the caller's transaction.
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import Connection

from ..domain.schema import TYPES
from .events import body_of
from .log import chunks, insert_event_rows, known_hashes, many, record_held
from .merge import (
    AncestorValue,
    Dot,
    Folded,
    RecordState,
    fold,
    is_candidate,
    view,
)
from .new_records import INSERT_HEAD, INSERT_RECORD, data_in_event, write_new_records
from .projection import new_record, row_of
from .search_rows import SEARCHABLE, fts_row, index_records
from .states import load_states


class ClonedStoreError(Exception):
    """A known dot arrived with other content: some store reused a replica id."""

    def __init__(self, dot: Dot) -> None:
        super().__init__(dot)
        self.dot = dot


@dataclass
class ApplyResult:
    applied: int = 0
    skipped: int = 0
    changed: set[str] = field(default_factory=set)
    created: set[str] = field(default_factory=set)  # new records, shown, no conflict (in `changed`)
    equivocating: set[str] = field(default_factory=set)  # replicas with a dot seen with two contents


def apply_events(
    conn: Connection,
    events: list[dict[str, Any]],
    *,
    insert_events: bool = True,
    defer_fts: bool = False,
    ancestor_value: AncestorValue | None = None,
    on_equivocation: str = "resolve",
    via: str | None = None,
) -> ApplyResult:
    """Apply events inside the caller's transaction; events already held are skipped.

    A dot arriving with another hash than the one held (or twice in `events`, with two hashes) is
    an equivocation (SYNC.md): with `on_equivocation="resolve"` every store keeps the version with
    the smaller hash, re-projects the records either version touches and keeps the other as
    evidence (`resolve_equivocations`); with "refuse" it raises ClonedStoreError before writing
    anything. `via` is the producer of the bundle the events came in, kept with the evidence."""
    if on_equivocation not in ("resolve", "refuse"):
        raise ValueError(f"on_equivocation is 'resolve' or 'refuse', not {on_equivocation!r}")
    result = ApplyResult()
    others: list[dict[str, Any]] = []  # versions of a dot other than the one held or chosen
    if insert_events:
        events, others = _not_held(conn, events, result, on_equivocation)
    if not events:
        if others:
            _resolve_into(conn, others, result, defer_fts=defer_fts, ancestor_value=ancestor_value, via=via)
        return result

    inserted = events
    fresh_records, events, new_records = _split_brand_new(conn, events)
    states = load_states(conn, {e["rec"] for e in events})
    folded = fold(states, events)
    result.applied += folded.applied

    if insert_events:
        new_records = _insert_log(conn, inserted, fresh_records, new_records)
    fresh_parents = _write_new(conn, new_records, result, defer_fts)
    _write_folded(conn, states, events, folded)

    result.changed = write_projection(conn, states, defer_fts=defer_fts, ancestor_value=ancestor_value)
    result.changed |= result.created
    if fresh_parents:
        # A live new child keeps a deleted parent shown (settled once the batch's own rows are in).
        kept = settle_kept_alive(conn, fresh_parents)
        index_records(conn, kept, defer=defer_fts)
        result.changed |= kept
    if others:
        _resolve_into(conn, others, result, defer_fts=defer_fts, ancestor_value=ancestor_value, via=via)
    return result


def _split_brand_new(
    conn: Connection, events: list[dict[str, Any]]
) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]], list[tuple]]:
    """(rec -> event of the records this batch creates (`_brand_new`), the other events, the new
    records' rows)."""
    fresh_records = _brand_new(conn, events)
    if fresh_records:
        events = [e for e in events if e["rec"] not in fresh_records]
    return fresh_records, events, [new_record(e) for e in fresh_records.values()]


def _write_new(conn: Connection, new_records: list[tuple], result: ApplyResult, defer_fts: bool) -> set[str]:
    """Write the batch's brand-new records; return the parents they name."""
    if not new_records:
        return set()
    result.applied += len(new_records)
    result.created = {n[0] for n in new_records}
    return write_new_records(conn, new_records, defer_fts=defer_fts)


def _not_held(
    conn: Connection, events: list[dict[str, Any]], result: ApplyResult, on_equivocation: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(the events to apply, the other versions of dots held or in this batch twice): a copy of
    a held event is counted skipped; of two versions of a dot in this batch the smaller hash goes
    in. With on_equivocation="refuse", another version raises ClonedStoreError."""
    known = known_hashes(conn, [(e["dot"][0], e["dot"][1]) for e in events])
    fresh: list[dict[str, Any]] = []
    others: list[dict[str, Any]] = []
    chosen: dict[Dot, int] = {}  # dot -> index in fresh of its version in this batch
    for e in events:
        dot = (e["dot"][0], e["dot"][1])
        held = known.get(dot)
        at = chosen.get(dot) if held is None else None
        h = held if held is not None else (fresh[at]["h"] if at is not None else None)
        if h is None:
            chosen[dot] = len(fresh)
            fresh.append(e)
        elif h == e["h"]:
            result.skipped += 1
        else:
            _another_version(e, dot, h, None if held is not None else at, fresh, others, on_equivocation)
    return fresh, others


def _another_version(
    e: dict[str, Any],
    dot: Dot,
    h: str,
    at: int | None,
    fresh: list[dict[str, Any]],
    others: list[dict[str, Any]],
    on_equivocation: str,
) -> None:
    """A dot arrived with another hash than the version held (`at` None) or than the one this
    batch chose so far (fresh[at]): refused, or sorted into `fresh` and `others`."""
    if on_equivocation == "refuse":
        raise ClonedStoreError(dot)
    if at is not None and e["h"] < h:  # the smaller of two in this batch goes in
        others.append(fresh[at])
        fresh[at] = e
    else:
        others.append(e)


def _insert_log(
    conn: Connection,
    inserted: list[dict[str, Any]],
    fresh_records: dict[str, dict[str, Any]],
    new_records: list[tuple],
) -> list[tuple]:
    """Write the events to the log; return the new records' rows, pointing at the event that
    holds their data when the log gave the events their eids."""
    first = insert_event_rows(
        conn,
        [(e["dot"][0], e["dot"][1], e["hlc"], e["rec"], e["type"], e["op"], e["h"], body_of(e)) for e in inserted],
    )
    record_held(conn, inserted)
    if first is None or not fresh_records:
        return new_records
    eids = {e["rec"]: first + i for i, e in enumerate(inserted) if fresh_records.get(e["rec"]) is e}
    return [data_in_event(n, fresh_records.get(n[0]), eids.get(n[0])) for n in new_records]


def _write_folded(conn: Connection, states: dict[str, RecordState], events: list[dict[str, Any]], folded: Folded) -> None:
    """Write what folding the events added: superseded versions, heads, deletions and what they
    observed."""
    ex = conn.exec_driver_sql
    if folded.superseded:
        ex("INSERT OR IGNORE INTO superseded (rec, field, replica, seq) VALUES (?,?,?,?)", folded.superseded)
    write_heads(conn, {rec: states[rec] for rec in {e["rec"] for e in events if e["op"] == "set"} | folded.touched_heads})
    if folded.deletions:
        ex("INSERT OR IGNORE INTO deletions (rec, replica, seq, hlc) VALUES (?,?,?,?)", folded.deletions)
    if folded.observed:
        ex(
            "INSERT OR IGNORE INTO deletion_observed (rec, field, replica, seq) VALUES (?,?,?,?)",
            folded.observed,
        )


def _resolve_into(
    conn: Connection,
    others: list[dict[str, Any]],
    result: ApplyResult,
    **kw: Any,
) -> None:
    changed, replicas, replaced = resolve_equivocations(conn, others, **kw)
    result.changed |= changed
    result.created -= changed
    result.equivocating |= replicas
    result.applied += replaced
    result.skipped += len(others) - replaced


def resolve_equivocations(
    conn: Connection,
    others: list[dict[str, Any]],
    *,
    defer_fts: bool = False,
    ancestor_value: AncestorValue | None = None,
    via: str | None = None,
) -> tuple[set[str], set[str], int]:
    """Settle held dots that arrived with another content (`others`, checked events): the version
    with the smaller hash is the one every store keeps, whatever the order they came in (a rule
    of the two events alone); if it is the arriving one, it takes the held one's place in the log
    and the records either names are derived again from the log. The other version is kept in
    `equivocations` as evidence, with `via`, the producer of the bundle that brought the second
    version (only manifests are signed: a teammate relaying the change may have made either).
    Returns (records whose view changed, the replicas that equivocated, how many held events were
    replaced)."""
    ex = conn.exec_driver_sql
    now = time.time_ns() // 1_000_000
    touched: set[str] = set()
    replicas: set[str] = set()
    replaced = 0
    for e in others:
        dot = (e["dot"][0], e["dot"][1])
        eid, rec, held_h, held_body = ex(
            "SELECT eid, rec, h, body FROM events WHERE replica=? AND seq=?", dot
        ).one()
        if e["h"] == held_h:
            continue  # a third copy of the version already kept
        replicas.add(dot[0])
        if e["h"] < held_h:
            ex(
                "UPDATE events SET hlc=?, rec=?, type=?, op=?, h=?, body=? WHERE eid=?",
                (e["hlc"], e["rec"], e["type"], e["op"], e["h"], body_of(e), eid),
            )
            ex("UPDATE equivocations SET kept_h=? WHERE replica=? AND seq=?", (e["h"], *dot))
            evidence = (*dot, e["h"], held_h, held_body, now, via)
            touched |= {rec, e["rec"]}
            replaced += 1
            # this store's own dot (a copy of it wrote again): never amended in place from now on
            ex(
                "INSERT INTO meta (key, value) SELECT 'sealed_seq', ? WHERE "
                "(SELECT value FROM meta WHERE key='replica') = ? ON CONFLICT (key) DO UPDATE SET "
                "value=excluded.value WHERE CAST(meta.value AS INTEGER) < ?",
                (str(dot[1]), dot[0], dot[1]),
            )
        else:
            evidence = (*dot, held_h, e["h"], body_of(e), now, via)
        ex(
            "INSERT OR IGNORE INTO equivocations (replica, seq, kept_h, other_h, other_body, seen_ms, via) "
            "VALUES (?,?,?,?,?,?,?)",
            evidence,
        )
    changed = reproject(conn, touched, defer_fts=defer_fts, ancestor_value=ancestor_value) if touched else set()
    return changed, replicas, replaced


_VIEW_COLUMNS = (
    "id, type, title, data, parent, kind, status, due, working_group, symposium, city, member, position, "
    "visibility, deleted, own_deleted, del_conflict, conflicts, merged"
)


def reproject(
    conn: Connection,
    recs: set[str],
    *,
    defer_fts: bool = False,
    ancestor_value: AncestorValue | None = None,
) -> set[str]:
    """Derive the heads, deletions, projection and search rows of these records again from their
    events in the log, as `Store._rebuild` does for all; return those whose view changed (and
    the parents whose `deleted` a child changed)."""
    ids = sorted(recs)
    before, parents, bodies = _clear_derived(conn, ids)
    result = apply_events(
        conn, [orjson.loads(b) for _, b in bodies], insert_events=False, defer_fts=defer_fts,
        ancestor_value=ancestor_value,
    )
    kept = settle_kept_alive(conn, parents - recs)
    index_records(conn, kept, defer=defer_fts)
    after = _views(conn, ids)
    changed = {rec for rec in ids if before.get(rec) != after.get(rec)}
    return changed | kept | (result.changed - recs)


def _clear_derived(conn: Connection, ids: list[str]) -> tuple[dict[str, tuple], set[str], list[tuple[int, bytes]]]:
    """Delete what was derived of these records (rows, search rows, heads, deletions); return
    their views before, their parents, and their events' (eid, body) in log order."""
    ex = conn.exec_driver_sql
    before: dict[str, tuple] = {}
    parents: set[str] = set()
    bodies: list[tuple[int, bytes]] = []
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        args = tuple(part)
        for row in ex(f"SELECT {_VIEW_COLUMNS} FROM records WHERE id IN ({marks})", args):
            before[row[0]] = tuple(row[1:])
            if row[4]:
                parents.add(row[4])
        rids = [(rid,) for (rid,) in ex(f"SELECT rid FROM record_rows WHERE id IN ({marks})", args)]
        many(conn, "DELETE FROM search WHERE rowid=?", rids)
        many(conn, "DELETE FROM fts_queue WHERE rid=?", rids)
        ex(f"DELETE FROM record_rows WHERE id IN ({marks})", args)
        for table in ("head_rows", "superseded", "deletions", "deletion_observed"):
            ex(f"DELETE FROM {table} WHERE rec IN ({marks})", args)
        bodies += ex(f"SELECT eid, body FROM events WHERE rec IN ({marks})", args).all()
    bodies.sort()
    return before, parents, bodies


def _views(conn: Connection, ids: list[str]) -> dict[str, tuple]:
    after: dict[str, tuple] = {}
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        for row in conn.exec_driver_sql(f"SELECT {_VIEW_COLUMNS} FROM records WHERE id IN ({marks})", tuple(part)):
            after[row[0]] = tuple(row[1:])
    return after


def write_heads(conn: Connection, states: dict[str, RecordState]) -> None:
    """Replace the head rows of these records by what their states hold: one row per event
    that is a head of some field, listing those fields."""
    if not states:
        return
    rows: list[tuple] = []
    for rec, st in states.items():
        per_dot: dict[Dot, tuple[str, list[str]]] = {}
        for f in sorted(st.heads):
            for dot, (hlc, _value) in st.heads[f].items():
                per_dot.setdefault(dot, (hlc, []))[1].append(f)
        rows += [(rec, dot[0], dot[1], hlc, orjson.dumps(names).decode()) for dot, (hlc, names) in per_dot.items()]
    many(conn, "DELETE FROM head_rows WHERE rec=?", [(rec,) for rec in states])
    many(conn, INSERT_HEAD, rows)


def _brand_new(conn: Connection, events: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """rec -> event, for the records this batch creates with one edit naming no parent.

    Nothing is known of such a record (a record with any edit has a projection row, one with
    only deletions has deletion rows), so its view is the event's fields as they are: no heads
    to load, no conflicts, nothing deleted. Most of a teammate's first bundle is of this kind."""
    count: dict[str, int] = defaultdict(int)
    for e in events:
        count[e["rec"]] += 1
    fresh = {e["rec"]: e for e in events if count[e["rec"]] == 1 and is_candidate(e)}
    if not fresh:
        return fresh
    ex = conn.exec_driver_sql
    if all(ex(f"SELECT 1 FROM {t} LIMIT 1").first() is None for t in ("record_rows", "deletions", "superseded")):
        return fresh
    ids = list(fresh)
    for part in chunks(ids):
        marks = ",".join("?" * len(part))
        for (rec,) in ex(
            f"SELECT id FROM record_rows WHERE id IN ({marks}) UNION SELECT rec FROM deletions WHERE rec IN ({marks}) "
            f"UNION SELECT rec FROM superseded WHERE rec IN ({marks})",
            (*part, *part, *part),
        ):
            del fresh[rec]
    return fresh


def project(rec: str, st: RecordState, ancestor_value: AncestorValue | None) -> tuple | None:
    """The projection row of a record (without rid), or None when `merge.view` shows nothing."""
    shown = view(rec, st, ancestor_value)
    if shown is None:
        return None
    return row_of(st.type, shown.data, shown.own_deleted, shown.del_conflict, shown.conflicts, shown.merged)


def write_projection(
    conn: Connection,
    states: dict[str, RecordState],
    *,
    defer_fts: bool = False,
    ancestor_value: AncestorValue | None = None,
) -> set[str]:
    """Upsert the projection rows of the given records; return the ids whose row changed."""
    ex = conn.exec_driver_sql
    replaced = {st.rid for st in states.values() if st.rid is not None}
    plan = _plan_rows(ex, states, ancestor_value)
    if plan.removes:
        ex("DELETE FROM search WHERE rowid=?", plan.removes)
        ex("DELETE FROM record_rows WHERE rid=?", plan.removes)
    if plan.inserts:
        ex(INSERT_RECORD, plan.inserts)
    if plan.updates:
        ex(
            "UPDATE record_rows SET title=?, data=?, parent=?, kind=?, status=?, due=?, working_group=?, "
            "symposium=?, city=?, member=?, position=?, visibility=?, deleted=?, own_deleted=?, "
            "del_conflict=?, conflicts=?, merged=?, created=?, updated=?, data_eid=NULL, data_at=NULL, "
            "data_len=NULL WHERE rid=?",
            plan.updates,
        )
    # Own-deleted records with a live child stay shown (flagged); settle them, then their parents.
    # Only records deleted in their own right can be kept alive; their parents may change too.
    candidates = {r for r, row in plan.own_deleted_rows.items() if row} | plan.parents_to_check
    kept = settle_kept_alive(conn, candidates)
    changed = plan.changed | kept
    _write_search_rows(conn, plan.to_index, replaced, defer_fts)
    # A record kept alive (or no longer) by a child changes its `deleted` flag only.
    index_records(conn, kept, defer=defer_fts)
    return changed


@dataclass
class _RowPlan:
    """What write_projection writes: rows to insert, update and remove, and what follows."""

    changed: set[str] = field(default_factory=set)
    inserts: list[tuple] = field(default_factory=list)
    updates: list[tuple] = field(default_factory=list)
    removes: list[tuple] = field(default_factory=list)
    parents_to_check: set[str] = field(default_factory=set)
    own_deleted_rows: dict[str, int] = field(default_factory=dict)
    to_index: list[tuple[int, str, str, str, int]] = field(default_factory=list)
    next_rid: int | None = None

    def new_rid(self, ex: Any) -> int:
        if self.next_rid is None:
            self.next_rid = (ex("SELECT MAX(rid) FROM record_rows").scalar_one() or 0) + 1
        rid = self.next_rid
        self.next_rid += 1
        return rid


def _plan_rows(ex: Any, states: dict[str, RecordState], ancestor_value: AncestorValue | None) -> _RowPlan:
    """Project each record and sort the rows into what changed; new records get their rids."""
    plan = _RowPlan()
    for rec, st in states.items():
        row = project(rec, st, ancestor_value)
        if row is None:
            if st.rid is not None:
                plan.removes.append((st.rid,))
                plan.changed.add(rec)
            continue
        plan.own_deleted_rows[rec] = row[13]
        if st.old_row is not None and _unchanged(ex, st, st.old_row, row):
            continue
        plan.changed.add(rec)
        _parents_to_check(plan.parents_to_check, st.old_row, row)
        if st.rid is None:
            st.rid = plan.new_rid(ex)
            plan.inserts.append((st.rid, rec, st.type, *row, st.created, st.updated))
        else:
            plan.updates.append((*row, st.created, st.updated, st.rid))
        if st.type in SEARCHABLE:
            plan.to_index.append((st.rid, st.type, row[0], row[1], row[12]))
    return plan


def _unchanged(ex: Any, st: RecordState, old: tuple, row: tuple) -> bool:
    """Whether a loaded record's row stays as it was (its times are brought up to date here)."""
    # `deleted` (index 12) is settled below from own_deleted and live children.
    if row[:12] != old[:12] or row[13:] != old[13:]:
        return False
    if (st.created, st.updated) != st.loaded_times:
        ex("UPDATE record_rows SET created=?, updated=? WHERE rid=?", (st.created, st.updated, st.rid))
    return True


def _parents_to_check(out: set[str], old_row: tuple | None, row: tuple) -> None:
    """The parents whose `deleted` a changed row may change: its parent and the one it left."""
    if row[2]:
        out.add(row[2])
    if old_row is not None and old_row[2] and old_row[2] != row[2]:
        out.add(old_row[2])


def _write_search_rows(conn: Connection, to_index: list[tuple], replaced: set[int], defer_fts: bool) -> None:
    if defer_fts:
        many(conn, "INSERT OR IGNORE INTO fts_queue (rid) VALUES (?)", [(t[0],) for t in to_index])
        return
    many(conn, "DELETE FROM search WHERE rowid=?", [(t[0],) for t in to_index if t[0] in replaced])
    many(
        conn,
        "INSERT INTO search (rowid, title, body) VALUES (?,?,?)",
        [fts_row(rid, type_, title, data) for rid, type_, title, data, deleted in to_index if not deleted],
    )


# Children that keep a deleted parent alive: everything with a parent but link records (tags,
# evidence links …), which are not shown as a record's content.
_KEEPING_TYPES = tuple(t for t in TYPES if t != "link")


def settle_kept_alive(conn: Connection, candidates: set[str]) -> set[str]:
    """Set `deleted` = own_deleted and no descendant live in its own right; walk up the parents.

    Depending only on own_deleted (a pure function of the events) keeps the result independent
    of order and batching, and a cycle of forged parent refs cannot keep itself alive.
    """
    ex = conn.exec_driver_sql
    marks_types = ",".join("?" * len(_KEEPING_TYPES))
    changed: set[str] = set()
    todo = set(candidates)
    seen: set[str] = set()
    while todo:
        rec = todo.pop()
        seen.add(rec)
        row = ex("SELECT deleted, own_deleted, parent FROM record_rows WHERE id=?", (rec,)).first()
        if row is None:
            continue
        deleted, own_deleted, parent = row
        want = 0
        if own_deleted:
            live_below = ex(
                f"WITH RECURSIVE below(id) AS ("
                f"SELECT id FROM record_rows WHERE parent = ? AND type IN ({marks_types}) "
                f"UNION SELECT r.id FROM record_rows r JOIN below b ON r.parent = b.id "
                f"WHERE r.type IN ({marks_types})) "
                f"SELECT EXISTS (SELECT 1 FROM record_rows WHERE id IN below AND own_deleted = 0)",
                (rec, *_KEEPING_TYPES, *_KEEPING_TYPES),
            ).scalar_one()
            want = 0 if live_below else 1
        if want != deleted:
            ex("UPDATE record_rows SET deleted=? WHERE id=?", (want, rec))
            changed.add(rec)
        if parent and (want != deleted or rec in candidates) and parent not in seen:
            todo.add(parent)
    return changed

