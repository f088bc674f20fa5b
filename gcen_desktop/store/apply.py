"""Applying events to the store: the one code path for local edits, imports and rebuilds.

The view is a pure function of the set of events (SYNC.md): field heads are the versions no
known event names as a parent; the shown value is the head with the largest (hlc, dot); other
heads with another value are a conflict; a record is deleted when every head of every field is
covered by a deletion's `observed`. Nothing here depends on arrival order.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import orjson
from sqlalchemy import Connection

from ..domain.errors import UserError
from ..domain.merge import merge_lines
from ..domain.schema import LONG_TEXT_FIELDS, SEARCHABLE_TYPES, TYPES
from . import ranges
from .engine import plain_cursor
from .events import body_of
from .search_text import index_text

# Order keys: concurrent moves are not a conflict to show (SYNC.md: "logged, not flagged").
UNFLAGGED_FIELDS = frozenset({"position"})
DEL = "_del"  # pseudo-field: a set event naming deletions it saw (a restore) supersedes them
CHUNK = 900
Dot = tuple[str, int]


class ClonedStoreError(Exception):
    """A known dot arrived with other content: some store reused a replica id."""

    def __init__(self, dot: Dot) -> None:
        super().__init__(dot)
        self.dot = dot


class RecordTypeMismatch(UserError):
    """Events that disagree on a record's type: a damaged or forged bundle, refused whole."""

    def __init__(self, rec: str, known: str, other: str) -> None:
        super().__init__(
            "The bundle says record %(id)s is a %(other)s, but it is a %(known)s: the file is damaged "
            "or forged, so nothing was imported. Ask your teammate for a new bundle.",
            id=rec,
            other=other,
            known=known,
        )


@dataclass
class RecordState:
    """Everything the projection of one record is computed from."""

    type: str | None = None
    heads: dict[str, dict[Dot, tuple[str, Any]]] = field(default_factory=lambda: defaultdict(dict))
    superseded: set[tuple[str, Dot]] = field(default_factory=set)
    deletions: dict[Dot, str] = field(default_factory=dict)
    # per deletion, the (field, version) pairs it observed: only deletions no restore overrode
    # delete (a restore can then never be covered, whatever an earlier `observed` names)
    observed: dict[Dot, set[tuple[str, Dot]]] = field(default_factory=lambda: defaultdict(set))
    created: str | None = None
    updated: str | None = None
    rid: int | None = None
    old_row: tuple | None = None
    loaded_times: tuple[str | None, str | None] = (None, None)


@dataclass
class ApplyResult:
    applied: int = 0
    skipped: int = 0
    changed: set[str] = field(default_factory=set)
    created: set[str] = field(default_factory=set)  # new records, shown, no conflict (in `changed`)
    equivocating: set[str] = field(default_factory=set)  # replicas with a dot seen with two contents


def many(conn: Connection, sql: str, rows: list[tuple]) -> None:
    """executemany that does nothing for no rows (SQLAlchemy would run the statement once)."""
    if rows:
        conn.exec_driver_sql(sql, rows)


def _chunks(items: list, n: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


def load_states(conn: Connection, recs: Iterable[str]) -> dict[str, RecordState]:
    states: dict[str, RecordState] = {r: RecordState() for r in recs}
    ids = list(states)
    ex = conn.exec_driver_sql
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        args = tuple(part)
        for rec, names, r, s, hlc, body in ex(
            f"SELECT h.rec, h.fields, h.replica, h.seq, h.hlc, e.body FROM head_rows h "
            f"JOIN events e ON e.replica = h.replica AND e.seq = h.seq WHERE h.rec IN ({marks})",
            args,
        ):
            fields = orjson.loads(body)["fields"]
            heads = states[rec].heads
            for f in orjson.loads(names):
                heads[f][(r, s)] = (hlc, fields.get(f))
        for rec, f, r, s in ex(
            f"SELECT rec, field, replica, seq FROM superseded WHERE rec IN ({marks})", args
        ):
            states[rec].superseded.add((f, (r, s)))
        for rec, r, s, hlc in ex(
            f"SELECT rec, replica, seq, hlc FROM deletions WHERE rec IN ({marks})", args
        ):
            states[rec].deletions[(r, s)] = hlc
        for rec, r, s, body in ex(
            f"SELECT d.rec, d.replica, d.seq, e.body FROM deletions d JOIN events e "
            f"ON e.replica = d.replica AND e.seq = d.seq WHERE d.rec IN ({marks})",
            args,
        ):
            seen = states[rec].observed[(r, s)]
            for f, plist in (orjson.loads(body).get("observed") or {}).items():
                seen.update((f, (pr, ps)) for pr, ps in plist)
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
    # A record without a projection row (only deletions so far, or edits that superseded
    # themselves) keeps its type and times in its events alone: read there, so that a later
    # batch sees what one batch holding all of its events would.
    unseen = [rec for rec, st in states.items() if st.rid is None]
    for part in _chunks(unseen):
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
    return states


def known_hashes(conn: Connection, dots: list[Dot]) -> dict[Dot, str]:
    """Hashes of those dots the store already holds."""
    return {(r, seq): h for r, held in held_hashes(conn, dots).items() for seq, h in held.items()}


def held_hashes(conn: Connection, dots: Iterable[Dot]) -> dict[str, dict[int, str]]:
    """Per origin replica, seq -> hash of those dots the store holds (and maybe of others between
    them: the rows of each origin's span are read in one range scan)."""
    by_replica: dict[str, list[int]] = defaultdict(list)
    for r, s in dots:
        by_replica[r].append(s)
    found: dict[str, dict[int, str]] = {}
    with plain_cursor(conn) as cursor:
        for r, seqs in by_replica.items():
            lo, hi = min(seqs), max(seqs)
            rows = cursor.execute("SELECT seq, h FROM events WHERE replica = ? AND seq BETWEEN ? AND ?", (r, lo, hi))
            if hi - lo < 4 * len(seqs):  # dense, as a bundle's dots are: all of the span at once
                found[r] = dict(rows.fetchall())
            else:  # a few dots far apart: keep only those asked for
                wanted = set(seqs)
                found[r] = {seq: h for seq, h in rows if seq in wanted}
    return found


def apply_events(
    conn: Connection,
    events: list[dict[str, Any]],
    *,
    insert_events: bool = True,
    defer_fts: bool = False,
    ancestor_value: Callable[[str, str, list[Dot]], str | None] | None = None,
    on_equivocation: str = "resolve",
) -> ApplyResult:
    """Apply events inside the caller's transaction; events already held are skipped.

    A dot arriving with another hash than the one held (or twice in `events`, with two hashes) is
    an equivocation (SYNC.md): with `on_equivocation="resolve"` every store keeps the version with
    the smaller hash, re-projects the records either version touches and keeps the other as
    evidence (`resolve_equivocations`); with "refuse" it raises ClonedStoreError before writing
    anything."""
    if on_equivocation not in ("resolve", "refuse"):
        raise ValueError(f"on_equivocation is 'resolve' or 'refuse', not {on_equivocation!r}")
    result = ApplyResult()
    others: list[dict[str, Any]] = []  # versions of a dot other than the one held or chosen
    if insert_events:
        known = known_hashes(conn, [(e["dot"][0], e["dot"][1]) for e in events])
        fresh: list[dict[str, Any]] = []
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
            elif on_equivocation == "refuse":
                raise ClonedStoreError(dot)
            elif held is None and e["h"] < h:  # the smaller of two in this batch goes in
                others.append(fresh[at])  # type: ignore[index]
                fresh[at] = e  # type: ignore[index]
            else:
                others.append(e)
        events = fresh
    if not events:
        if others:
            _resolve_into(conn, others, result, defer_fts=defer_fts, ancestor_value=ancestor_value)
        return result

    inserted = events
    fresh_records = _brand_new(conn, events)
    if fresh_records:
        events = [e for e in events if e["rec"] not in fresh_records]
    new_records = [new_record(e) for e in fresh_records.values()]
    states = load_states(conn, {e["rec"] for e in events})
    new_superseded: list[tuple] = []
    touched_heads: set[str] = set()
    new_deletions: list[tuple] = []
    new_observed: list[tuple] = []

    for e in events:
        st = states[e["rec"]]
        rec = e["rec"]
        dot: Dot = (e["dot"][0], e["dot"][1])
        hlc = e["hlc"]
        if st.type is not None and st.type != e["type"]:
            raise RecordTypeMismatch(rec, st.type, e["type"])
        st.type = e["type"]
        st.created = hlc if st.created is None or hlc < st.created else st.created
        st.updated = hlc if st.updated is None or hlc > st.updated else st.updated
        if e["op"] == "set":
            for f, plist in (e.get("parents") or {}).items():
                for r, s in plist:
                    p = (r, s)
                    if (f, p) not in st.superseded:
                        st.superseded.add((f, p))
                        new_superseded.append((rec, f, r, s))
                    heads = st.heads.get(f)
                    if heads and p in heads:
                        del heads[p]
                        touched_heads.add(rec)
            for f, v in e["fields"].items():
                if (f, dot) not in st.superseded:
                    st.heads[f][dot] = (hlc, v)
        elif e["op"] == "del":
            st.deletions[dot] = hlc
            new_deletions.append((rec, dot[0], dot[1], hlc))
            seen = st.observed[dot]
            for f, plist in (e.get("observed") or {}).items():
                for r, s in plist:
                    seen.add((f, (r, s)))
                    new_observed.append((rec, f, r, s))
        result.applied += 1

    ex = conn.exec_driver_sql
    if insert_events:
        first = insert_event_rows(
            conn,
            [
                (e["dot"][0], e["dot"][1], e["hlc"], e["rec"], e["type"], e["op"], e["h"], body_of(e))
                for e in inserted
            ],
        )
        record_held(conn, inserted)
        if first is not None and fresh_records:
            eids = {e["rec"]: first + i for i, e in enumerate(inserted) if fresh_records.get(e["rec"]) is e}
            new_records = [_data_in_event(n, fresh_records.get(n[0]), eids.get(n[0])) for n in new_records]
    fresh_parents: set[str] = set()
    if new_records:
        result.applied += len(new_records)
        fresh_parents = write_new_records(conn, new_records, defer_fts=defer_fts)
        result.created = {n[0] for n in new_records}
    if new_superseded:
        ex("INSERT OR IGNORE INTO superseded (rec, field, replica, seq) VALUES (?,?,?,?)", new_superseded)
    write_heads(conn, {rec: states[rec] for rec in {e["rec"] for e in events if e["op"] == "set"} | touched_heads})
    if new_deletions:
        ex("INSERT OR IGNORE INTO deletions (rec, replica, seq, hlc) VALUES (?,?,?,?)", new_deletions)
    if new_observed:
        ex(
            "INSERT OR IGNORE INTO deletion_observed (rec, field, replica, seq) VALUES (?,?,?,?)",
            new_observed,
        )

    result.changed = write_projection(conn, states, defer_fts=defer_fts, ancestor_value=ancestor_value)
    result.changed |= result.created
    if fresh_parents:
        # A live new child keeps a deleted parent shown (settled once the batch's own rows are in).
        kept = settle_kept_alive(conn, fresh_parents)
        index_records(conn, kept, defer=defer_fts)
        result.changed |= kept
    if others:
        _resolve_into(conn, others, result, defer_fts=defer_fts, ancestor_value=ancestor_value)
    return result


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
    ancestor_value: Callable[[str, str, list[Dot]], str | None] | None = None,
) -> tuple[set[str], set[str], int]:
    """Settle held dots that arrived with another content (`others`, checked events): the version
    with the smaller hash is the one every store keeps, whatever the order they came in (a rule
    of the two events alone); if it is the arriving one, it takes the held one's place in the log
    and the records either names are derived again from the log. The other version is kept in
    `equivocations` as evidence. Returns (records whose view changed, the replicas that
    equivocated, how many held events were replaced)."""
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
            evidence = (*dot, e["h"], held_h, held_body, now)
            touched |= {rec, e["rec"]}
            replaced += 1
            # this store's own dot (a copy of it wrote again): never amended in place from now on
            ex(
                "UPDATE meta SET value=? WHERE key='exported_seq' AND CAST(value AS INTEGER) < ? "
                "AND (SELECT value FROM meta WHERE key='replica') = ?",
                (str(dot[1]), dot[1], dot[0]),
            )
        else:
            evidence = (*dot, held_h, e["h"], body_of(e), now)
        ex(
            "INSERT OR IGNORE INTO equivocations (replica, seq, kept_h, other_h, other_body, seen_ms) "
            "VALUES (?,?,?,?,?,?)",
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
    ancestor_value: Callable[[str, str, list[Dot]], str | None] | None = None,
) -> set[str]:
    """Derive the heads, deletions, projection and search rows of these records again from their
    events in the log, as `Store._rebuild` does for all; return those whose view changed (and
    the parents whose `deleted` a child changed)."""
    ex = conn.exec_driver_sql
    ids = sorted(recs)
    before: dict[str, tuple] = {}
    parents: set[str] = set()
    bodies: list[tuple[int, bytes]] = []
    for part in _chunks(ids):
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
    result = apply_events(
        conn, [orjson.loads(b) for _, b in bodies], insert_events=False, defer_fts=defer_fts,
        ancestor_value=ancestor_value,
    )
    kept = settle_kept_alive(conn, parents - recs)
    index_records(conn, kept, defer=defer_fts)
    after: dict[str, tuple] = {}
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        for row in ex(f"SELECT {_VIEW_COLUMNS} FROM records WHERE id IN ({marks})", tuple(part)):
            after[row[0]] = tuple(row[1:])
    changed = {rec for rec in ids if before.get(rec) != after.get(rec)}
    return changed | kept | (result.changed - recs)


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
    many(conn, _INSERT_HEAD, rows)


def is_candidate(e: dict[str, Any]) -> bool:
    """An edit naming no parent, of a known type, setting a field this version shows: new, when it
    is all a batch holds of its record and the store knows nothing of that record."""
    return e["op"] == "set" and not e.get("parents") and shown_fields(e["type"], e["fields"]) is not None


def shown_fields(type_: str, fields: dict[str, Any]) -> dict[str, Any] | None:
    """The fields of a type this version shows: `fields` itself when it knows them all, those it
    knows when a newer version set others (left out of the projection, kept in the log), None when
    it knows none of them or not the type."""
    spec = TYPES.get(type_)
    if spec is None:
        return None
    known = spec.by_name
    if known.keys() >= fields.keys():
        return fields
    return {k: v for k, v in fields.items() if k in known} or None


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
    for part in _chunks(ids):
        marks = ",".join("?" * len(part))
        for (rec,) in ex(
            f"SELECT id FROM record_rows WHERE id IN ({marks}) UNION SELECT rec FROM deletions WHERE rec IN ({marks}) "
            f"UNION SELECT rec FROM superseded WHERE rec IN ({marks})",
            (*part, *part, *part),
        ):
            del fresh[rec]
    return fresh


# What a brand-new record writes, computed from its one event alone (so a bundle reader can do it
# beside the applying process): (rec, replica, seq, hlc, type, head fields JSON, projection row).
NewRecord = tuple[str, str, int, str, str, str, tuple]


def new_record(e: dict[str, Any], with_data: bool = True) -> NewRecord:
    """The heads and projection row of a record `_brand_new` found (or a reader found a candidate).
    The row's data is, of an event read from a canonical line, that line's bytes of the fields,
    else encoded; `with_data=False` leaves it None, for the caller to fill."""
    fields = e["fields"]
    shown = shown_fields(e["type"], fields)
    if shown is not fields and shown is not None:  # a newer version's fields too: not in the row's data
        return new_record_of(
            e["rec"], e["dot"][0], e["dot"][1], e["hlc"], e["type"], fields, encode_data(shown) if with_data else NO_DATA
        )
    return new_record_of(
        e["rec"], e["dot"][0], e["dot"][1], e["hlc"], e["type"], fields,
        getattr(e, "fields_json", None) if with_data else NO_DATA,
    )


def new_record_of(
    rec: str, replica: str, seq: int, hlc: str, type_: str, fields: dict[str, Any], data_json: Any = None
) -> NewRecord:
    """`new_record` of an event given by its parts; `data_json` as `row_of` takes it."""
    return (rec, replica, seq, hlc, type_, _names_of(fields), row_of(type_, fields, data_json=data_json))


NO_DATA: Any = object()  # row_of: leave the data out (None) for the caller to fill


class PreparedRecords(NamedTuple):
    """Brand-new records a bundle reader prepared for a store that held nothing of them, as they
    are written: head rows (rec, replica, seq, hlc, fields JSON), projection rows as
    `_INSERT_PREPARED` takes them (rec, type, title, data, parent … visibility, hlc, data_eid,
    data_at, data_len; data '' and data_eid/at/len set when the data stays in the event: at the
    eid the reader expects it to get), and the parents they name."""

    heads: list[tuple]
    records: list[tuple]
    parents: list[str]


# A brand-new record as a bundle reader prepares it: (rec, replica, seq, hlc, fields, data, eid, at,
# length) -> (head row, projection row as _INSERT_PREPARED takes it).
PrepareRecord = Callable[[str, str, int, str, dict[str, Any], str, Any, Any, Any], tuple[tuple, tuple]]


def preparer(type_: str) -> PrepareRecord:
    """The function giving the head row and projection row of a brand-new record of a known type
    from its one event's fields, checked against the type's schema (a bundle reader's: it holds
    no field the type does not have); `data` is its fields' canonical JSON, or '' with `eid`,
    `at`, `length` saying where they are in its event. The very rows `new_record_of` gives (a
    test holds them equal for every type), in one step: each type's is written out once, with
    only the fields it has (~40 operations a record instead of ~250)."""
    made = _PREPARERS.get(type_)
    if made is None:
        made = _PREPARERS[type_] = _make_preparer(type_)
    return made


def _make_preparer(type_: str) -> PrepareRecord:
    spec = TYPES[type_]
    has = spec.by_name

    def get(name: str) -> str:
        return f"g({name!r})" if name in has else "None"

    def first_set(*names: str) -> str:  # the first that is set (truthy), else None: row_of's loop
        return " or ".join([f"g({n!r})" for n in names if n in has] + ["None"])

    status = '"done" if g("done") else "open"' if type_ == "checklist_item" else get("status")
    # as row_of writes them: `a or b` keeps b even when it is falsy ('' stays '')
    due = f"{get('due')} or {get('start') if type_ in ('symposium', 'action_plan') else 'None'}"
    visibility = f"{get('visibility')} or 'team'"
    source = (
        "def prepare(rec, replica, seq, hlc, f, data, eid, at, length):\n"
        "    g = f.get\n"
        f"    label = g({spec.label!r})\n"
        "    return (rec, replica, seq, hlc, names_of(f)), (\n"
        f"        rec, {type_!r}, '' if label is None else str(label), data,\n"
        f"        {get(spec.parent) if spec.parent else 'None'}, {get('kind')}, {status}, {due},\n"
        f"        {get('working_group')}, {get('symposium')}, {get('city')} or {get('host_city')},\n"
        f"        {first_set(*_MEMBER_FIELDS)}, {get('position')}, {visibility}, hlc, eid, at, length)\n"
    )
    namespace: dict[str, Any] = {"names_of": _names_of}
    exec(compile(source, f"<preparer of {type_}>", "exec"), namespace)  # noqa: S102 - from the schema only
    return namespace["prepare"]


def _names_of(fields: dict[str, Any]) -> str:
    """The head row's list of a record's fields (JSON, sorted)."""
    key = tuple(fields)
    names = _names_json.get(key)
    if names is None:
        if len(_names_json) > 4096:  # a hostile bundle's every combination of fields
            _names_json.clear()
        names = _names_json[key] = orjson.dumps(sorted(fields)).decode()
    return names


def encode_data(data: dict[str, Any]) -> str:
    """A record's values as the projection keeps them: canonical JSON."""
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode()


_PREPARERS: dict[str, PrepareRecord] = {}


def write_prepared(
    conn: Connection, new: PreparedRecords, rows: list[tuple], expected_eid: int, first_eid: int | None,
    *, defer_fts: bool,
) -> set[str]:
    """Write prepared records whose events (`rows`, expected from `expected_eid` on) went in from
    `first_eid` on (None: not known); queue or index them; return their ids."""
    ex = conn.exec_driver_sql
    many(conn, _INSERT_HEAD, new.heads)
    records = new.records
    if first_eid != expected_eid:
        records = [r if r[-3] is None else _repointed(r, rows, expected_eid, first_eid) for r in records]
    before = ex("SELECT MAX(rid) FROM record_rows").scalar_one() or 0
    many(conn, _INSERT_PREPARED, records)
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
_names_json: dict[tuple[str, ...], str] = {}  # the head row's list of fields, per set of fields


class DataRef(NamedTuple):
    """A brand-new record's data left in the body of the event that created it: `length` bytes
    from byte `at` (1-based) of event `eid`'s body; `text`, those bytes (to index the record)."""

    eid: int
    at: int
    length: int
    text: bytes


def _data_in_event(n: NewRecord, e: dict[str, Any] | None, eid: int | None) -> NewRecord:
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
    ex(_INSERT_HEAD, [n[:4] + (n[5],) for n in fresh])
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
        if type_ in _SEARCHABLE:
            to_index.append((rid, type_, row[0], data))
    many(conn, _INSERT_RECORD, inserts)
    many(conn, _INSERT_RECORD_REF, by_ref)
    if defer_fts:
        many(conn, "INSERT INTO fts_queue (rid) VALUES (?)", [(t[0],) for t in to_index])
    else:
        many(conn, "INSERT INTO search (rowid, title, body) VALUES (?,?,?)", [fts_row(*t) for t in to_index])
    return parents


def insert_read_events(conn: Connection, rows: list[tuple], held: dict[str, list[list[int]]]) -> int | None:
    """Insert event rows (replica, seq, hlc, rec, type, op, h, body) a bundle reader checked and
    found new, and add `held`, their dots per origin as intervals, to `have_ranges`. Returns
    what `insert_event_rows` does."""
    first = insert_event_rows(conn, rows)
    for origin, intervals in held.items():
        _hold(conn, origin, intervals)
    return first


def insert_event_rows(conn: Connection, rows: list[tuple]) -> int | None:
    """Insert event rows; return the eid of the first, the others following it one by one, or
    None when that is not certain. (SQLite gives a row without one the largest rowid plus one,
    but for the largest rowid possible: checked by counting.)"""
    if not rows:
        return None
    ex = conn.exec_driver_sql
    before = ex("SELECT MAX(eid) FROM events").scalar_one() or 0
    ex("INSERT INTO events (replica, seq, hlc, rec, type, op, h, body) VALUES (?,?,?,?,?,?,?,?)", rows)
    after = ex("SELECT MAX(eid) FROM events").scalar_one() or 0
    return before + 1 if after - before == len(rows) else None


def _hold(conn: Connection, origin: str, intervals: list[list[int]]) -> None:
    """Add intervals of an origin's seqs to `have_ranges`, merged with those it holds."""
    ex = conn.exec_driver_sql
    old = [[lo, hi] for lo, hi in ex("SELECT lo, hi FROM have_ranges WHERE origin=?", (origin,))]
    merged = ranges.union(old, intervals) if old else intervals
    ex("DELETE FROM have_ranges WHERE origin=?", (origin,))
    ex("INSERT INTO have_ranges (origin, lo, hi) VALUES (?,?,?)", [(origin, lo, hi) for lo, hi in merged])


def record_held(conn: Connection, events: list[dict[str, Any]]) -> None:
    """Add the dots of newly inserted events to `have_ranges` (a few intervals per origin)."""
    by_origin: dict[str, list[int]] = defaultdict(list)
    for e in events:
        by_origin[e["dot"][0]].append(e["dot"][1])
    ex = conn.exec_driver_sql
    for origin, seqs in by_origin.items():
        if len(seqs) == 1:
            s = seqs[0]
            # The common case, a local edit: extend the interval that ends just before it.
            if ex("UPDATE have_ranges SET hi=? WHERE origin=? AND hi=? AND NOT EXISTS ("
                  "SELECT 1 FROM have_ranges WHERE origin=? AND lo=?)", (s, origin, s - 1, origin, s + 1)).rowcount:
                continue
        _hold(conn, origin, ranges.from_seqs(seqs))


def held_vector(conn: Connection) -> dict[str, list[list[int]]]:
    """Per origin replica, the intervals of seqs this store holds."""
    out: dict[str, list[list[int]]] = defaultdict(list)
    for origin, lo, hi in conn.exec_driver_sql("SELECT origin, lo, hi FROM have_ranges ORDER BY origin, lo"):
        out[origin].append([lo, hi])
    return dict(out)


# --- projection -------------------------------------------------------------------------------

_MEMBER_FIELDS = ("author", "owner", "responsible", "assigned_to", "member")


def project(
    rec: str,
    st: RecordState,
    ancestor_value: Callable[[str, str, list[Dot]], str | None] | None,
) -> tuple | None:
    """The projection row of a record (without rid), or None when it has no field yet, or is of
    a type this version does not know (kept in the log, relayed, shown after an upgrade). Fields
    this version does not know are left out of the row; their heads count for deletions."""
    spec = TYPES.get(st.type) if st.type is not None else None
    if spec is None or not any(st.heads.values()):
        return None
    known = spec.by_name
    data: dict[str, Any] = {}
    conflicts: dict[str, list[Any]] = {}
    merged: list[str] = []
    for f in sorted(st.heads):
        heads = st.heads[f]
        if not heads or f not in known:
            continue
        if len(heads) == 1:
            data[f] = next(iter(heads.values()))[1]
            continue
        ordered = sorted(heads.items(), key=lambda kv: (kv[1][0], kv[0]), reverse=True)
        values: list[Any] = []
        seen: set[bytes] = set()
        for _dot, (_hlc, v) in ordered:
            key = orjson.dumps(v)
            if key not in seen:
                seen.add(key)
                values.append(v)
        shown = values[0]
        if f == "visibility" and len(values) > 1:
            # Private stays home: the most restrictive head is shown (and exported by) until the
            # conflict is settled, whatever its clock says.
            shown = min(values, key=_restriction)
        if len(values) > 1 and f in UNFLAGGED_FIELDS:
            pass  # concurrent moves resolve to the shown winner; the other heads stay in the log
        elif len(values) > 1:
            auto = None
            if (st.type, f) in LONG_TEXT_FIELDS and ancestor_value is not None:
                auto = _auto_merge(rec, f, ordered, ancestor_value)
            if auto is not None:
                shown = auto
                merged.append(f)
            else:
                conflicts[f] = values
        data[f] = shown
    if not data:  # only fields of a newer version so far: nothing to show
        return None
    # Only deletions no restore overrode delete: a restore names them (DEL), so what they
    # observed (even versions nobody had written yet) can never cover it or what follows it.
    active_dels = [d for d in st.deletions if (DEL, d) not in st.superseded]
    observed: set[tuple[str, Dot]] = set()
    for d in active_dels:
        observed |= st.observed.get(d, set())
    own_deleted = bool(active_dels) and all((f, dot) in observed for f, heads in st.heads.items() for dot in heads)
    del_conflict = bool(active_dels) and not own_deleted
    return row_of(st.type, data, own_deleted, del_conflict, conflicts, merged)


_VISIBILITY_ORDER = {"private": 0, "team": 1, "network": 2}


def _restriction(value: Any) -> tuple[float, str]:
    """Sort key putting the most restrictive visibility first (a choice this version does not
    know comes right after private, an empty one counts as team)."""
    if value in (None, ""):
        return (1.0, "")
    return (_VISIBILITY_ORDER.get(value, 0.5), str(value))


def row_of(
    type_: str,
    data: dict[str, Any],
    own_deleted: bool = False,
    del_conflict: bool = False,
    conflicts: dict[str, list[Any]] | None = None,
    merged: list[str] | None = None,
    data_json: bytes | None = None,
) -> tuple:
    """The projection row (without rid) of a record of this type showing these values.
    `data_json`: their canonical JSON, when the caller has it (stored as text, see _INSERT_RECORD),
    or NO_DATA to leave it None for now."""
    spec = TYPES.get(type_)
    label = data.get(spec.label) if spec else None
    parent = data.get(spec.parent) if spec and spec.parent else None
    status = data.get("status")
    if type_ == "checklist_item":
        status = "done" if data.get("done") else "open"
    due = data.get("due") or (data.get("start") if type_ in ("symposium", "action_plan") else None)
    for name in _MEMBER_FIELDS:
        member = data.get(name)
        if member:
            break
    else:
        member = None
    if data_json is None:
        data_json = encode_data(data)
    elif data_json is NO_DATA:
        data_json = None
    return (
        "" if label is None else str(label),
        data_json,
        parent,
        data.get("kind"),
        status,
        due,
        data.get("working_group"),
        data.get("symposium"),
        data.get("city") or data.get("host_city"),
        member,
        data.get("position"),
        data.get("visibility") or "team",
        int(own_deleted),  # deleted; may be lowered by a live child below
        int(own_deleted),
        int(del_conflict),
        orjson.dumps(conflicts, option=orjson.OPT_SORT_KEYS).decode() if conflicts else None,
        orjson.dumps(merged).decode() if merged else None,
    )


# Bounds on the cost of an auto-merge (each step is a line diff of the texts): past them the
# versions are shown as a conflict. They depend only on the heads, so every store agrees.
MERGE_MOST_HEADS = 8
MERGE_MOST_CHARS = 3_000_000  # the heads' texts and their common ancestor's, together


def _auto_merge(
    rec: str,
    f: str,
    ordered: list[tuple[Dot, tuple[str, str]]],
    ancestor_value: Callable[[str, str, list[Dot]], str | None],
) -> str | None:
    """Fold the heads of a long-text field by clean three-way merges, or None if any step clashes
    or the merge would cost more than MERGE_MOST_HEADS heads or MERGE_MOST_CHARS characters allow
    (then the versions are shown side by side, as for a clash)."""
    if len(ordered) > MERGE_MOST_HEADS:
        return None
    size = sum(len(v) for _dot, (_hlc, v) in ordered if isinstance(v, str))
    if size > MERGE_MOST_CHARS:
        return None
    dots = [d for d, _ in ordered]
    base = ancestor_value(rec, f, dots)
    if base is None or size + len(base) > MERGE_MOST_CHARS:
        return None
    result: str | None = ordered[-1][1][1] or ""
    for _dot, (_hlc, v) in reversed(ordered[:-1]):
        result = merge_lines(base, result or "", v or "")
        if result is None:
            return None
    return result


def write_projection(
    conn: Connection,
    states: dict[str, RecordState],
    *,
    defer_fts: bool = False,
    ancestor_value: Callable[[str, str, list[Dot]], str | None] | None = None,
) -> set[str]:
    """Upsert the projection rows of the given records; return the ids whose row changed."""
    ex = conn.exec_driver_sql
    changed: set[str] = set()
    inserts: list[tuple] = []
    updates: list[tuple] = []
    removes: list[tuple] = []
    parents_to_check: set[str] = set()
    own_deleted_rows: dict[str, int] = {}
    to_index: list[tuple[int, str, str, str, int]] = []
    next_rid: int | None = None
    replaced = {st.rid for st in states.values() if st.rid is not None}
    for rec, st in states.items():
        row = project(rec, st, ancestor_value)
        if row is not None:
            own_deleted_rows[rec] = row[13]
        if row is None:
            if st.rid is not None:
                removes.append((st.rid,))
                changed.add(rec)
            continue
        if st.old_row is not None:
            old = st.old_row
            # `deleted` (index 12) is settled below from own_deleted and live children.
            if row[:12] == old[:12] and row[13:] == old[13:]:
                if (st.created, st.updated) != st.loaded_times:
                    ex("UPDATE record_rows SET created=?, updated=? WHERE rid=?", (st.created, st.updated, st.rid))
                continue
        changed.add(rec)
        if row[2]:
            parents_to_check.add(row[2])
        if st.old_row is not None and st.old_row[2] and st.old_row[2] != row[2]:
            parents_to_check.add(st.old_row[2])
        if st.rid is None:
            if next_rid is None:
                next_rid = (ex("SELECT MAX(rid) FROM record_rows").scalar_one() or 0) + 1
            st.rid = next_rid
            next_rid += 1
            inserts.append((st.rid, rec, st.type, *row, st.created, st.updated))
        else:
            updates.append((*row, st.created, st.updated, st.rid))
        if st.type in _SEARCHABLE:
            to_index.append((st.rid, st.type, row[0], row[1], row[12]))
    if removes:
        ex("DELETE FROM search WHERE rowid=?", removes)
        ex("DELETE FROM record_rows WHERE rid=?", removes)
    if inserts:
        ex(_INSERT_RECORD, inserts)
    if updates:
        ex(
            "UPDATE record_rows SET title=?, data=?, parent=?, kind=?, status=?, due=?, working_group=?, "
            "symposium=?, city=?, member=?, position=?, visibility=?, deleted=?, own_deleted=?, "
            "del_conflict=?, conflicts=?, merged=?, created=?, updated=?, data_eid=NULL, data_at=NULL, "
            "data_len=NULL WHERE rid=?",
            updates,
        )
    # Own-deleted records with a live child stay shown (flagged); settle them, then their parents.
    # Only records deleted in their own right can be kept alive; their parents may change too.
    candidates = {r for r, row in own_deleted_rows.items() if row} | parents_to_check
    kept = settle_kept_alive(conn, candidates)
    changed |= kept
    if defer_fts:
        many(conn, "INSERT OR IGNORE INTO fts_queue (rid) VALUES (?)", [(t[0],) for t in to_index])
    else:
        many(conn, "DELETE FROM search WHERE rowid=?", [(t[0],) for t in to_index if t[0] in replaced])
        many(
            conn,
            "INSERT INTO search (rowid, title, body) VALUES (?,?,?)",
            [fts_row(rid, type_, title, data) for rid, type_, title, data, deleted in to_index if not deleted],
        )
    # A record kept alive (or no longer) by a child changes its `deleted` flag only.
    index_records(conn, kept, defer=defer_fts)
    return changed


_SEARCHABLE = frozenset(SEARCHABLE_TYPES)
# data may come as UTF-8 bytes (a slice of an event line): cast, it is stored as text like a str.
_INSERT_RECORD = (
    "INSERT INTO record_rows (rid, id, type, title, data, parent, kind, status, due, working_group, "
    "symposium, city, member, position, visibility, deleted, own_deleted, del_conflict, "
    "conflicts, merged, created, updated) VALUES (?,?,?,?,CAST(? AS TEXT),?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
)
_INSERT_HEAD = "INSERT INTO head_rows (rec, replica, seq, hlc, fields) VALUES (?,?,?,?,?)"
_INSERT_PREPARED = (
    "INSERT INTO record_rows (id, type, title, data, parent, kind, status, due, working_group, "
    "symposium, city, member, position, visibility, deleted, own_deleted, del_conflict, "
    "conflicts, merged, created, updated, data_eid, data_at, data_len) "
    # shown, no conflict, created and updated by its one event: those bound once or not at all
    "VALUES (?1,?2,?3,CAST(?4 AS TEXT),?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,0,0,0,NULL,NULL,?15,?15,?16,?17,?18)"
)
# A brand-new record whose data stays in its event's body (see DataRef)
_INSERT_RECORD_REF = (
    "INSERT INTO record_rows (rid, id, type, title, data, parent, kind, status, due, working_group, "
    "symposium, city, member, position, visibility, deleted, own_deleted, del_conflict, "
    "conflicts, merged, created, updated, data_eid, data_at, data_len) "
    "VALUES (?,?,?,?,'',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
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


def index_records(conn: Connection, ids: set[str], *, defer: bool = False) -> None:
    """Bring the FTS rows of these records up to date (or queue them for the background indexer)."""
    if not ids:
        return
    ex = conn.exec_driver_sql
    marks_types = ",".join("?" * len(SEARCHABLE_TYPES))
    for part in _chunks(sorted(ids)):
        marks = ",".join("?" * len(part))
        rows = ex(
            f"SELECT rid, type, title, data, deleted FROM records WHERE id IN ({marks}) "
            f"AND type IN ({marks_types})",
            (*part, *SEARCHABLE_TYPES),
        ).all()
        if not rows:
            continue
        if defer:
            ex("INSERT OR IGNORE INTO fts_queue (rid) VALUES (?)", [(r[0],) for r in rows])
            continue
        many(conn, "DELETE FROM search WHERE rowid=?", [(r[0],) for r in rows])
        many(
            conn,
            "INSERT INTO search (rowid, title, body) VALUES (?,?,?)",
            [fts_row(rid, type_, title, data) for rid, type_, title, data, deleted in rows if not deleted],
        )


def fts_row(rid: int, type_: str, title: str, data: str | bytes | dict) -> tuple[int, str, str]:
    values = orjson.loads(data) if isinstance(data, (str, bytes)) else data
    body = "\n".join(str(values[f]) for f in TYPES[type_].searchable if values.get(f))
    return (rid, index_text(title), index_text(body))


def drain_fts_queue(conn: Connection, limit: int = 5000) -> int:
    """Index up to `limit` queued records; return how many remain queued."""
    ex = conn.exec_driver_sql
    rids = [r[0] for r in ex("SELECT rid FROM fts_queue ORDER BY rid LIMIT ?", (limit,))]
    if rids:
        for part in _chunks(rids):
            marks = ",".join("?" * len(part))
            rows = ex(
                f"SELECT rid, type, title, data, deleted FROM records WHERE rid IN ({marks})",
                tuple(part),
            ).all()
            many(conn, "DELETE FROM search WHERE rowid=?", [(r,) for r in part])
            many(
                conn,
                "INSERT INTO search (rowid, title, body) VALUES (?,?,?)",
                [fts_row(rid, t, ti, d) for rid, t, ti, d, deleted in rows if not deleted],
            )
            ex(f"DELETE FROM fts_queue WHERE rid IN ({marks})", tuple(part))
    return ex("SELECT COUNT(*) FROM fts_queue").scalar_one()
