"""The merge rules of SYNC.md on plain data: heads, winners, conflicts, deletions.

The view of a record is a pure function of the set of its events: field heads are the versions no
known event names as a parent; the shown value is the head with the largest (hlc, dot); other
heads with another value are a conflict; a record is deleted when every head of every field is
covered by a deletion's `observed`. Nothing here depends on arrival order, and nothing here knows
SQL: the desktop store (`store/apply.py`) and a hub on another database fold and judge records
with the same functions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import orjson

from ..domain.errors import UserError
from ..domain.merge import merge_lines
from ..domain.schema import LONG_TEXT_FIELDS, TYPES

# Order keys: concurrent moves are not a conflict to show (SYNC.md: "logged, not flagged").
UNFLAGGED_FIELDS = frozenset({"position"})
DEL = "_del"  # pseudo-field: a set event naming deletions it saw (a restore) supersedes them
Dot = tuple[str, int]
# The value of a field at its versions' common ancestor: (record, field, the heads' dots) -> text
AncestorValue = Callable[[str, str, list[Dot]], "str | None"]


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
class Folded:
    """What folding events into record states added, as rows a store keeps."""

    superseded: list[tuple] = field(default_factory=list)  # (rec, field, replica, seq)
    deletions: list[tuple] = field(default_factory=list)  # (rec, replica, seq, hlc)
    observed: list[tuple] = field(default_factory=list)  # (rec, field, replica, seq)
    touched_heads: set[str] = field(default_factory=set)  # records a parent removed a head of
    applied: int = 0


def fold(states: dict[str, RecordState], events: Iterable[dict[str, Any]]) -> Folded:
    """Add events to the states of their records (each record's state in `states`)."""
    out = Folded()
    for e in events:
        rec = e["rec"]
        st = states[rec]
        dot: Dot = (e["dot"][0], e["dot"][1])
        hlc = e["hlc"]
        if st.type is not None and st.type != e["type"]:
            raise RecordTypeMismatch(rec, st.type, e["type"])
        st.type = e["type"]
        st.created = hlc if st.created is None or hlc < st.created else st.created
        st.updated = hlc if st.updated is None or hlc > st.updated else st.updated
        if e["op"] == "set":
            _fold_set(out, st, rec, dot, hlc, e)
        elif e["op"] == "del":
            _fold_del(out, st, rec, dot, hlc, e)
        out.applied += 1
    return out


def _fold_set(out: Folded, st: RecordState, rec: str, dot: Dot, hlc: str, e: dict[str, Any]) -> None:
    """An edit: the versions it names as parents stop being heads; its own values become heads."""
    for f, plist in (e.get("parents") or {}).items():
        for r, s in plist:
            p = (r, s)
            if (f, p) not in st.superseded:
                st.superseded.add((f, p))
                out.superseded.append((rec, f, r, s))
            heads = st.heads.get(f)
            if heads and p in heads:
                del heads[p]
                out.touched_heads.add(rec)
    for f, v in e["fields"].items():
        if (f, dot) not in st.superseded:
            st.heads[f][dot] = (hlc, v)


def _fold_del(out: Folded, st: RecordState, rec: str, dot: Dot, hlc: str, e: dict[str, Any]) -> None:
    """A deletion, with the versions it observed."""
    st.deletions[dot] = hlc
    out.deletions.append((rec, dot[0], dot[1], hlc))
    seen = st.observed[dot]
    for f, plist in (e.get("observed") or {}).items():
        for r, s in plist:
            seen.add((f, (r, s)))
            out.observed.append((rec, f, r, s))


@dataclass
class View:
    """What a record shows: its values, the fields in conflict (their distinct values, the shown
    one first), the long-text fields shown auto-merged, and whether it is deleted."""

    data: dict[str, Any]
    conflicts: dict[str, list[Any]]
    merged: list[str]
    own_deleted: bool
    del_conflict: bool


def view(rec: str, st: RecordState, ancestor_value: AncestorValue | None) -> View | None:
    """The view of a record, or None when it has no field yet, or is of a type this version does
    not know (kept in the log, relayed, shown after an upgrade). Fields this version does not know
    are left out of the view; their heads count for deletions."""
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
        data[f] = _shown_of_heads(rec, st.type, f, heads, ancestor_value, conflicts, merged)
    if not data:  # only fields of a newer version so far: nothing to show
        return None
    own_deleted, del_conflict = _deletion_flags(st)
    return View(data, conflicts, merged, own_deleted, del_conflict)


def _shown_of_heads(
    rec: str,
    type_: str | None,
    f: str,
    heads: dict[Dot, tuple[str, Any]],
    ancestor_value: AncestorValue | None,
    conflicts: dict[str, list[Any]],
    merged: list[str],
) -> Any:
    """The value shown for a field with several heads; records a conflict in `conflicts` or an
    auto-merge in `merged`."""
    ordered = sorted(heads.items(), key=lambda kv: (kv[1][0], kv[0]), reverse=True)
    values = _distinct_values(ordered)
    if len(values) == 1:
        return values[0]
    # Private stays home: the most restrictive head is shown (and exported by) until the
    # conflict is settled, whatever its clock says.
    shown = min(values, key=_restriction) if f == "visibility" else values[0]
    if f in UNFLAGGED_FIELDS:
        return shown  # concurrent moves resolve to the shown winner; the other heads stay in the log
    auto = None
    if (type_, f) in LONG_TEXT_FIELDS and ancestor_value is not None:
        auto = _auto_merge(rec, f, ordered, ancestor_value)
    if auto is not None:
        merged.append(f)
        return auto
    conflicts[f] = values
    return shown


def _distinct_values(ordered: list[tuple[Dot, tuple[str, Any]]]) -> list[Any]:
    """The heads' values without repeats, in the given order."""
    values: list[Any] = []
    seen: set[bytes] = set()
    for _dot, (_hlc, v) in ordered:
        key = orjson.dumps(v)
        if key not in seen:
            seen.add(key)
            values.append(v)
    return values


def _deletion_flags(st: RecordState) -> tuple[bool, bool]:
    """(own_deleted, del_conflict) of a record: deleted when its active deletions observed every
    head; in conflict when some deletion is active but did not."""
    # Only deletions no restore overrode delete: a restore names them (DEL), so what they
    # observed (even versions nobody had written yet) can never cover it or what follows it.
    active_dels = [d for d in st.deletions if (DEL, d) not in st.superseded]
    observed: set[tuple[str, Dot]] = set()
    for d in active_dels:
        observed |= st.observed.get(d, set())
    own_deleted = bool(active_dels) and all((f, dot) in observed for f, heads in st.heads.items() for dot in heads)
    return own_deleted, bool(active_dels) and not own_deleted


_VISIBILITY_ORDER = {"private": 0, "team": 1, "network": 2}


def _restriction(value: Any) -> tuple[float, str]:
    """Sort key putting the most restrictive visibility first (a choice this version does not
    know comes right after private, an empty one counts as team)."""
    if value in (None, ""):
        return (1.0, "")
    return (_VISIBILITY_ORDER.get(value, 0.5), str(value))


# Bounds on the cost of an auto-merge (each step is a line diff of the texts): past them the
# versions are shown as a conflict. They depend only on the heads, so every store agrees.
MERGE_MOST_HEADS = 8
MERGE_MOST_CHARS = 3_000_000  # the heads' texts and their common ancestor's, together


def _auto_merge(
    rec: str,
    f: str,
    ordered: list[tuple[Dot, tuple[str, str]]],
    ancestor_value: AncestorValue,
) -> str | None:
    """Fold the heads of a long-text field by clean three-way merges, or None if any step clashes
    or the merge would cost more than MERGE_MOST_HEADS heads or MERGE_MOST_CHARS characters allow
    (then the versions are shown side by side, as for a clash)."""
    base = _affordable_base(rec, f, ordered, ancestor_value)
    if base is None:
        return None
    result: str | None = ordered[-1][1][1] or ""
    for _dot, (_hlc, v) in reversed(ordered[:-1]):
        result = merge_lines(base, result or "", v or "")
        if result is None:
            return None
    return result


def _affordable_base(
    rec: str,
    f: str,
    ordered: list[tuple[Dot, tuple[str, str]]],
    ancestor_value: AncestorValue,
) -> str | None:
    """The heads' common ancestor's text, or None when there is none or the merge would pass
    MERGE_MOST_HEADS or MERGE_MOST_CHARS."""
    if len(ordered) > MERGE_MOST_HEADS:
        return None
    size = sum(len(v) for _dot, (_hlc, v) in ordered if isinstance(v, str))
    if size > MERGE_MOST_CHARS:
        return None
    base = ancestor_value(rec, f, [d for d, _ in ordered])
    if base is None or size + len(base) > MERGE_MOST_CHARS:
        return None
    return base


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
