"""The projection row of a record, read off the schema: which fields fill which columns.

One `Shape` per record type says where each column of `record_rows` comes from (the type's label
field, its parent reference, the first member field it has …); `row_of` (every path that projects
a record) and `preparer` (a bundle reader's brand-new records, on the import fast path) both use
it, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import orjson

from ..domain.schema import PERSON_FIELDS, TYPES
from .merge import shown_fields

NO_DATA: Any = object()  # row_of: leave the data out (None) for the caller to fill


class Shape:
    """Where a type's projection columns come from, read off its schema: the field filling each
    column, None when the type has no such field (the column is then None, or its fallback)."""

    __slots__ = ("name", "label", "parent", "kind", "status", "due", "start", "working_group", "symposium",
                 "city", "host_city", "members", "position", "visibility", "checklist")

    def __init__(self, type_: str) -> None:
        spec = TYPES[type_]
        has = spec.by_name

        def field(name: str | None) -> str | None:
            return name if name is not None and name in has else None

        self.name = type_
        self.label = spec.label
        self.parent = field(spec.parent)
        self.kind, self.status, self.due = field("kind"), field("status"), field("due")
        # a symposium's or a plan's start stands for its due date when it has none
        self.start = field("start") if type_ in ("symposium", "action_plan") else None
        self.working_group, self.symposium = field("working_group"), field("symposium")
        self.city, self.host_city = field("city"), field("host_city")
        self.members = tuple(n for n in PERSON_FIELDS if n in has)
        self.position, self.visibility = field("position"), field("visibility")
        self.checklist = type_ == "checklist_item"  # its status is whether it is done

    def row(self) -> PrepareRow:
        """The function giving a record's projection row as apply's _INSERT_PREPARED writes it, of
        its id and values (and, to pass through, its data, time and where its data is in its
        event): (rec, type, title, data, parent, kind, status, due, working_group, symposium, city,
        member, position, visibility, hlc, eid, at, length). A column of a field the type lacks
        is None without a look-up: this runs per record on the import fast path."""
        type_, label, parent, kind, status, due, start = (
            self.name, self.label, self.parent, self.kind, self.status, self.due, self.start)
        working_group, symposium, city, host_city = self.working_group, self.symposium, self.city, self.host_city
        members, position, visibility, checklist = self.members, self.position, self.visibility, self.checklist
        one_member = members[0] if len(members) == 1 else None

        def row(rec: Any, values: dict[str, Any], data: Any, hlc: Any, eid: Any, at: Any, length: Any) -> tuple:
            g = values.get
            title = g(label)
            if one_member is not None:
                member = g(one_member) or None
            else:
                member = None
                for name in members:
                    member = g(name)
                    if member:
                        break
                else:
                    member = None
            return (
                rec,
                type_,
                "" if title is None else str(title),
                data,
                g(parent) if parent else None,
                g(kind) if kind else None,
                ("done" if g("done") else "open") if checklist else g(status) if status else None,
                (g(due) if due else None) or (g(start) if start else None),
                g(working_group) if working_group else None,
                g(symposium) if symposium else None,
                (g(city) if city else None) or (g(host_city) if host_city else None),
                member,
                g(position) if position else None,
                (g(visibility) if visibility else None) or "team",
                hlc,
                eid,
                at,
                length,
            )

        return row


# (rec, values, data, hlc, eid, at, length) -> the projection row (see Shape.row)
PrepareRow = Callable[[Any, dict[str, Any], Any, Any, Any, Any, Any], tuple]
_ROWS: dict[str, PrepareRow] = {}


def row_maker(type_: str) -> PrepareRow:
    """`Shape.row` of a known record type (made once; `forget_shapes` after the schema changes)."""
    found = _ROWS.get(type_)
    if found is None:
        found = _ROWS[type_] = Shape(type_).row()
    return found


def forget_shapes() -> None:
    """Drop what was read off the schema (a test that grows the schema in place calls this)."""
    _ROWS.clear()
    _PREPARERS.clear()


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
    `data_json`: their canonical JSON, when the caller has it (stored as text, see apply's
    _INSERT_RECORD), or NO_DATA to leave it None for now."""
    shown = row_maker(type_)(None, data, None, None, None, None, None)
    if data_json is None:
        data_json = encode_data(data)
    elif data_json is NO_DATA:
        data_json = None
    return (
        shown[2],
        data_json,
        *shown[4:14],
        int(own_deleted),  # deleted; may be lowered by a live child (apply.settle_kept_alive)
        int(own_deleted),
        int(del_conflict),
        orjson.dumps(conflicts, option=orjson.OPT_SORT_KEYS).decode() if conflicts else None,
        orjson.dumps(merged).decode() if merged else None,
    )


def encode_data(data: dict[str, Any]) -> str:
    """A record's values as the projection keeps them: canonical JSON."""
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS).decode()


# What a brand-new record writes, computed from its one event alone (so a bundle reader can do it
# beside the applying process): (rec, replica, seq, hlc, type, head fields JSON, projection row).
NewRecord = tuple[str, str, int, str, str, str, tuple]


def new_record(e: dict[str, Any], with_data: bool = True) -> NewRecord:
    """The heads and projection row of a record apply's `_brand_new` found (or a reader found a
    candidate). The row's data is, of an event read from a canonical line, that line's bytes of
    the fields, else encoded; `with_data=False` leaves it None, for the caller to fill."""
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
    return (rec, replica, seq, hlc, type_, names_of(fields), row_of(type_, fields, data_json=data_json))


# A brand-new record as a bundle reader prepares it: (rec, replica, seq, hlc, fields, data, eid, at,
# length) -> (head row, projection row as apply's _INSERT_PREPARED takes it).
PrepareRecord = Callable[[str, str, int, str, dict[str, Any], str, Any, Any, Any], tuple[tuple, tuple]]
_PREPARERS: dict[str, PrepareRecord] = {}


def preparer(type_: str) -> PrepareRecord:
    """The function giving the head row and projection row of a brand-new record of a known type
    from its one event's fields (a bundle reader's, checked against the type's schema); `data` is
    its fields' canonical JSON, or '' with `eid`, `at`, `length` saying where they are in its
    event. The very rows `new_record_of` gives (a test holds them equal for every type), in one
    step: shown, no conflict, created and updated by its one event."""
    made = _PREPARERS.get(type_)
    if made is None:
        row = row_maker(type_)

        def made(rec: str, replica: str, seq: int, hlc: str, f: dict[str, Any], data: str,
                 eid: Any, at: Any, length: Any) -> tuple[tuple, tuple]:
            return (rec, replica, seq, hlc, names_of(f)), row(rec, f, data, hlc, eid, at, length)

        _PREPARERS[type_] = made
    return made


_names_json: dict[tuple[str, ...], str] = {}  # the head row's list of fields, per set of fields


def names_of(fields: dict[str, Any]) -> str:
    """The head row's list of a record's fields (JSON, sorted)."""
    key = tuple(fields)
    names = _names_json.get(key)
    if names is None:
        if len(_names_json) > 4096:  # a hostile bundle's every combination of fields
            _names_json.clear()
        names = _names_json[key] = orjson.dumps(sorted(fields)).decode()
    return names
