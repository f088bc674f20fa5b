"""The record types of a workspace and their fields, with validation of every value.

Values are JSON scalars (str, int, bool or None); dates are ISO `YYYY-MM-DD`, times `HH:MM`.
Each type names its label field (shown in lists) and its parent reference, if any, so that
deleting a parent can cascade and a live child can keep its parent alive.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

import orjson
from fractional_indexing import FIError, validate_order_key

from .errors import ValidationError
from .ids import is_uuid
from .sizes import MiB, human_size

VISIBILITIES = ("private", "team", "network")
MEMBER_ROLES = (
    "superintendent",
    "senior_leader",
    "content_expert",
    "stakeholder",
    "practitioner_leader",
    "staff",
)
READING_KINDS = (
    "case_study",
    "background_paper",
    "meeting_report",
    "article",
    "report",
    "book",
    "web_page",
)
READING_STATUSES = ("to_read", "reading", "read", "discussed")
NOTE_KINDS = ("session", "site_visit", "reflection", "meeting")
SYMPOSIUM_KINDS = ("symposium", "working_group_meeting", "webinar")
AGENDA_KINDS = ("site_visit", "exchange", "expert_talk", "workshop", "plenary")
PLAN_STAGES = ("inquiry", "discussion", "planning", "action", "review")
PLAN_STATUSES = ("draft", "active", "done")
ACTION_STATUSES = ("not_started", "in_progress", "blocked", "done")
GROUP_STATUSES = ("active", "paused", "closed")
LINK_KINDS = (
    "tag",  # a: any record, b: tag text
    "group_member",  # a: working_group, b: member
    "participant",  # a: symposium, b: member
    "evidence",  # a: action_plan, b: reading_item | note
    "adapted_from",  # a: action_plan, b: practice | city
    "attached",  # a: any record, b: attachment
    "related",  # a: symposium | working_group, b: reading_item | note
)

# What a bundle may carry (sync/limits.py reads these), so that local writes obey the same limits
# and nothing this store accepts can make an export fail or be refused on the other side.
MAX_TITLE = 1_000
MAX_BODY = 1_000_000
MAX_SHORT = 10_000
MAX_CHANGE_BYTES = 4 * MiB  # one change as a bundle carries it: its canonical line with a newline
MIN_INT, MAX_INT = -(2**63), 2**63 - 1  # what the store's JSON holds

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


@dataclass(frozen=True)
class Field:
    name: str
    kind: str  # str | text | date | time | int | bool | enum | ref | position
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: tuple[str, ...] = ()  # record types a ref may point to
    default: object = None
    searchable: bool = False  # goes into the full-text index
    max_len: int = MAX_SHORT

    def validate(self, value: object) -> object:
        """Return the normalised value, or raise ValidationError in plain words."""
        if value is None or value == "":
            if self.required:
                raise ValidationError("'%(field)s' cannot be empty.", field=self.name)
            return None if self.kind not in ("str", "text") else ("" if value == "" else None)
        if self.kind in ("str", "text", "position"):
            if not isinstance(value, str):
                value = str(value)
            limit = MAX_BODY if self.kind == "text" else self.max_len
            if len(value) > limit:
                raise ValidationError("'%(field)s' is longer than %(limit)d characters.", field=self.name, limit=limit)
            if "\x00" in value:
                raise ValidationError(
                    "'%(field)s' contains a NUL character, which other teammates' stores cannot hold; "
                    "remove it and try again.",
                    field=self.name,
                )
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:  # a lone surrogate (from a file name or a broken paste)
                    raise ValidationError(
                        "'%(field)s' holds text that is not valid Unicode (a lone surrogate); "
                        "type or paste it again.",
                        field=self.name,
                    ) from None
            if self.kind == "position":
                # A malformed key would make every later insert or move among its siblings fail.
                try:
                    validate_order_key(value)
                except FIError:
                    raise ValidationError(
                        "'%(value)s' is not an order key for '%(field)s' (e.g. a0); move the record instead.",
                        value=value,
                        field=self.name,
                    ) from None
            return value
        if self.kind == "date":
            text = str(value).strip()
            try:
                if not _DATE.match(text):
                    raise ValueError
                dt.date.fromisoformat(text)
            except ValueError:
                raise ValidationError(
                    "'%(value)s' is not a date for '%(field)s': use YYYY-MM-DD, e.g. 2026-03-14.",
                    value=value,
                    field=self.name,
                ) from None
            return text
        if self.kind == "time":
            text = str(value).strip()
            if not _TIME.match(text):
                raise ValidationError("'%(value)s' is not a time for '%(field)s': use HH:MM.", value=value, field=self.name)
            return text
        if self.kind == "int":
            if isinstance(value, bool):
                raise ValidationError("'%(field)s' must be a whole number.", field=self.name)
            text = str(value).strip()
            try:
                # Longer than any 64-bit number: not converted at all (Python refuses more than
                # 4,300 digits with a ValueError of its own; SQLite stores at most 64 bits).
                number = int(text) if len(text) <= 40 else None
            except ValueError:
                raise ValidationError(
                    "'%(field)s' must be a whole number, not '%(value)s'.", field=self.name, value=str(value)[:80]
                ) from None
            if number is None and not text.lstrip("+-").isdigit():
                raise ValidationError(
                    "'%(field)s' must be a whole number, not '%(value)s'.", field=self.name, value=text[:40] + "…"
                )
            if number is None or not MIN_INT <= number <= MAX_INT:
                raise ValidationError(
                    "'%(field)s' is too large a number; use one of at most 18 digits.", field=self.name
                )
            return number
        if self.kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().casefold()
            if text in ("1", "true", "yes", "y", "on"):
                return True
            if text in ("0", "false", "no", "n", "off"):
                return False
            raise ValidationError("'%(field)s' must be yes or no, not '%(value)s'.", field=self.name, value=value)
        if self.kind == "enum":
            text = str(value).strip().casefold().replace(" ", "_").replace("-", "_")
            if text not in self.choices:
                raise ValidationError(
                    "'%(value)s' is not a %(field)s; choose one of: %(choices)s.",
                    value=value,
                    field=self.name,
                    choices=", ".join(self.choices),
                )
            return text
        if self.kind == "ref":
            text = str(value).strip()
            if not is_uuid(text):
                raise ValidationError(
                    "'%(field)s' must be the id of a record, not '%(value)s'.", field=self.name, value=value
                )
            return text
        raise AssertionError(f"unknown field kind {self.kind}")


@dataclass(frozen=True)
class RecordType:
    name: str
    fields: tuple[Field, ...]
    label: str  # the field shown as the record's name
    parent: str | None = None  # the ref field naming the record this one belongs to
    cli_name: str | None = None
    by_name: dict[str, Field] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_name", {f.name: f for f in self.fields})

    def field(self, name: str) -> Field:
        try:
            return self.by_name[name]
        except KeyError:
            raise ValidationError(
                "A %(type)s has no field '%(field)s'; its fields are: %(fields)s.",
                type=self.cli_name or self.name,
                field=name,
                fields=", ".join(self.by_name),
            ) from None

    def validate(self, values: dict[str, object], *, creating: bool) -> dict[str, object]:
        out = {name: self.field(name).validate(value) for name, value in values.items()}
        if creating:
            for f in self.fields:
                if f.name not in out:
                    if f.required:
                        raise ValidationError(
                            "A new %(type)s needs '%(field)s' (e.g. --%(field)s \"...\").",
                            type=self.cli_name or self.name,
                            field=f.name,
                        )
                    if f.default is not None:
                        out[f.name] = f.default
        return out

    @property
    def searchable(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.searchable and f.name != self.label)


def _vis() -> Field:
    return Field("visibility", "enum", choices=VISIBILITIES, default="team")


def _t(name: str, *fields: Field, label: str = "title", parent: str | None = None, cli: str | None = None) -> RecordType:
    return RecordType(name, (*fields, _vis()), label=label, parent=parent, cli_name=cli)


TITLE = Field("title", "str", required=True, searchable=True, max_len=MAX_TITLE)

TYPES: dict[str, RecordType] = {
    t.name: t
    for t in (
        _t(
            "workspace",
            Field("name", "str", required=True, max_len=MAX_TITLE),
            Field("city", "str"),
            Field("network", "str", default="Global Cities Education Network"),
            label="name",
        ),
        _t(
            "member",
            Field("name", "str", required=True, searchable=True, max_len=MAX_TITLE),
            Field("role", "enum", choices=MEMBER_ROLES, default="staff"),
            Field("organisation", "str"),
            Field("email", "str"),
            Field("city", "ref", ref=("city",)),
            label="name",
            cli="member",
        ),
        _t(
            "city",
            Field("name", "str", required=True, searchable=True, max_len=MAX_TITLE),
            Field("country", "str"),
            label="name",
            cli="city",
        ),
        _t(
            "working_group",
            Field("name", "str", required=True, searchable=True, max_len=MAX_TITLE),
            Field("topic", "str", searchable=True),
            Field("description", "text", searchable=True),
            Field("status", "enum", choices=GROUP_STATUSES, default="active"),
            label="name",
            cli="group",
        ),
        _t(
            "symposium",
            TITLE,
            Field("host_city", "ref", ref=("city",)),
            Field("start", "date"),
            Field("end", "date"),
            Field("kind", "enum", choices=SYMPOSIUM_KINDS, default="symposium"),
            Field("location", "str", searchable=True),
            Field("description", "text", searchable=True),
            cli="symposium",
        ),
        _t(
            "agenda_item",
            Field("symposium", "ref", required=True, ref=("symposium",)),
            Field("day", "int", default=1),
            Field("time", "time"),
            TITLE,
            Field("kind", "enum", choices=AGENDA_KINDS, default="exchange"),
            Field("place", "str", searchable=True),
            Field("description", "text", searchable=True),
            parent="symposium",
            cli="agenda",
        ),
        _t(
            "checklist_item",
            Field("symposium", "ref", required=True, ref=("symposium",)),
            TITLE,
            Field("done", "bool", default=False),
            Field("owner", "ref", ref=("member",)),
            Field("due", "date"),
            Field("position", "position"),
            parent="symposium",
            cli="checklist",
        ),
        _t(
            "note",
            TITLE,
            Field("body", "text", searchable=True),
            Field("kind", "enum", choices=NOTE_KINDS, default="session"),
            Field("author", "ref", ref=("member",)),
            Field("working_group", "ref", ref=("working_group",)),
            Field("symposium", "ref", ref=("symposium",)),
            Field("language", "str"),
            Field("date", "date"),
            cli="note",
        ),
        _t(
            "reading_item",
            TITLE,
            Field("authors", "str", searchable=True),
            Field("year", "int"),
            Field("kind", "enum", choices=READING_KINDS, default="article"),
            Field("publisher", "str"),
            # the journal, book or proceedings it appeared in (RIS T2/JO, BibTeX journal/booktitle, CSL container-title)
            Field("container", "str", searchable=True),
            Field("url", "str"),
            Field("doi", "str"),
            Field("abstract", "text", searchable=True),
            Field("why_it_matters", "text", searchable=True),
            Field("assigned_to", "ref", ref=("member",)),
            Field("working_group", "ref", ref=("working_group",)),
            Field("attachment", "ref", ref=("attachment",)),
            Field("language", "str"),
            cli="reading",
        ),
        _t(
            "reading_status",
            Field("reading", "ref", required=True, ref=("reading_item",)),
            Field("member", "ref", required=True, ref=("member",)),
            Field("status", "enum", required=True, choices=READING_STATUSES),
            label="status",
            parent="reading",
        ),
        _t(
            "practice",
            TITLE,
            Field("city", "ref", ref=("city",)),
            Field("summary", "text", searchable=True),
            Field("results", "text", searchable=True),
            Field("contacts", "str"),
            cli="practice",
        ),
        _t(
            "action_plan",
            TITLE,
            Field("problem_of_practice", "text", searchable=True),
            Field("rationale", "text", searchable=True),
            Field("city", "ref", ref=("city",)),
            Field("working_group", "ref", ref=("working_group",)),
            Field("stage", "enum", choices=PLAN_STAGES, default="inquiry"),
            Field("status", "enum", choices=PLAN_STATUSES, default="draft"),
            Field("owner", "ref", ref=("member",)),
            Field("start", "date"),
            Field("end", "date"),
            cli="plan",
        ),
        _t(
            "goal",
            Field("plan", "ref", required=True, ref=("action_plan",)),
            Field("statement", "str", required=True, searchable=True, max_len=MAX_TITLE),
            Field("indicator", "str", searchable=True),
            Field("baseline", "str"),
            Field("target", "str"),
            Field("due", "date"),
            Field("position", "position"),
            label="statement",
            parent="plan",
            cli="goal",
        ),
        _t(
            "action",
            Field("goal", "ref", required=True, ref=("goal",)),
            TITLE,
            Field("responsible", "ref", ref=("member",)),
            Field("accountable", "ref", ref=("member",)),
            Field("due", "date"),
            Field("status", "enum", choices=ACTION_STATUSES, default="not_started"),
            Field("milestone", "bool", default=False),
            Field("notes", "text", searchable=True),
            Field("position", "position"),
            parent="goal",
            cli="action",
        ),
        _t(
            "attachment",
            Field("sha256", "str", required=True),
            Field("file_name", "str", required=True, max_len=MAX_TITLE),
            Field("mime", "str"),
            Field("size", "int"),
            label="file_name",
        ),
        _t(
            "link",
            Field("kind", "enum", required=True, choices=LINK_KINDS),
            Field("a", "ref", required=True),
            Field("b", "str", required=True, max_len=MAX_TITLE),
            label="b",
            parent="a",
        ),
    )
}

CLI_TYPES: dict[str, str] = {t.cli_name: t.name for t in TYPES.values() if t.cli_name}
CLI_NAME_OF: dict[str, str] = {v: k for k, v in CLI_TYPES.items()}

# Fields whose concurrent edits get a line-based three-way merge instead of a plain pick.
LONG_TEXT_FIELDS = frozenset(
    (t.name, f.name) for t in TYPES.values() for f in t.fields if f.kind == "text"
)
# Types whose records the full-text index covers.
SEARCHABLE_TYPES = (
    "note",
    "reading_item",
    "practice",
    "action_plan",
    "goal",
    "action",
    "symposium",
    "agenda_item",
    "working_group",
    "member",
    "city",
)
# Children deleted along with their parent (what the user saw), in cascade order.
CHILDREN: dict[str, tuple[tuple[str, str], ...]] = {}
for _t_ in TYPES.values():
    if _t_.parent and _t_.name != "link":
        CHILDREN.setdefault(
            next(iter(_t_.by_name[_t_.parent].ref)), ()
        )
        CHILDREN[next(iter(_t_.by_name[_t_.parent].ref))] += ((_t_.name, _t_.parent),)


def record_type(name: str) -> RecordType:
    """Look a type up by its internal or CLI name."""
    if name in TYPES:
        return TYPES[name]
    if name in CLI_TYPES:
        return TYPES[CLI_TYPES[name]]
    raise ValidationError("'%(name)s' is not a record type; use one of: %(types)s.", name=name, types=", ".join(CLI_TYPES))


def label_of(type_name: str, data: dict[str, object]) -> str:
    value = data.get(TYPES[type_name].label)
    return "" if value is None else str(value)


def check_change_size(type_name: str, fields: dict[str, object], size: int) -> None:
    """Refuse a change whose canonical line (`size` bytes, without its newline) a bundle could not
    carry, naming the field that takes the most room. Text in some scripts takes 3 bytes a
    character there and control characters 6, so the character limits alone do not ensure it."""
    if size + 1 <= MAX_CHANGE_BYTES:
        return
    texts = {k: v for k, v in fields.items() if isinstance(v, str)}
    if texts:
        largest = max(sorted(texts), key=lambda k: len(orjson.dumps(texts[k])))
        raise ValidationError(
            "'%(field)s' is too large to send to teammates: this change to a %(type)s would take %(size)s "
            "in a bundle, more than the %(limit)s one change may take (control characters and some "
            "scripts take several bytes each); shorten it and try again.",
            field=largest,
            type=CLI_NAME_OF.get(type_name, type_name),
            size=human_size(size + 1),
            limit=human_size(MAX_CHANGE_BYTES),
        )
    raise ValidationError(
        "This change to a %(type)s would take %(size)s in a bundle, more than the %(limit)s one change "
        "may take; it cannot be sent to teammates.",
        type=CLI_NAME_OF.get(type_name, type_name),
        size=human_size(size + 1),
        limit=human_size(MAX_CHANGE_BYTES),
    )


def check_new_record_size(type_name: str, values: dict[str, object]) -> None:
    """`check_change_size` of the change that would create a record with these (validated)
    values, for a check before any record is written (an import's preview): its ids, time and hash
    counted at their longest, so that what passes here passes when written."""
    skeleton = {
        "dot": ["0" * 16, 2**53], "fields": values, "h": "sha256:" + "0" * 64, "hlc": "0" * 84,
        "op": "set", "parents": {}, "rec": "0" * 36, "type": type_name,
    }
    check_change_size(type_name, values, len(orjson.dumps(skeleton)))


# --- versions of the schema (SYNC.md, "Versions of the app on one team") ---------------------------

# The record schema this version knows: types, fields, choices. It travels in a bundle's manifest
# as `schema_version`, apart from the format version (container and event shape): adding a field,
# a type or a choice raises it and leaves the format alone. A store of an older schema keeps what
# it does not know (see `store.merge.shown_fields`) and relays it.
SCHEMA_VERSION = 1

# What a newer version may name: a record type, a field or a choice this one does not know must be
# spelled like ours (lowercase, digits, underscores), so nothing else reaches the store's columns.
FUTURE_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")


def type_fingerprints() -> dict[str, str]:
    """Per record type, a short hash of what the projection shows of it (its fields, their kinds and
    choices, its label and parent): a store compares them at open with those it last projected
    with, and re-projects the types that changed (an upgrade that learned a field, a type or a
    choice a newer teammate already wrote)."""
    out = {}
    for t in TYPES.values():
        shape = repr((t.label, t.parent, [(f.name, f.kind, f.choices, f.ref, f.searchable) for f in t.fields]))
        out[t.name] = hashlib.sha256(shape.encode()).hexdigest()[:16]
    return out
