"""The record types of a workspace, their fields and their vocabulary, declared once.

Each type names its label field (shown in lists) and its parent reference, if any, so that
deleting a parent can cascade and a live child can keep its parent alive. Each type, field and
choice also carries what people call it (English source text: `scripts/translations.py extract`
puts it in the one catalogue the UI and the shared documents translate from), and each type says
where it is used: searched, listed on Home, copied to another city, linked, and its section.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import orjson

from .errors import ValidationError
from .fields import DOCUMENT, FORM, MAX_BODY, MAX_INT, MAX_SHORT, MAX_TITLE, MIN_INT, Field
from .sizes import MiB, human_size

__all__ = [
    "DOCUMENT", "FORM", "MAX_BODY", "MAX_INT", "MAX_SHORT", "MAX_TITLE", "MIN_INT", "Field", "RecordType", "TYPES",
]

# Catalogue contexts of the schema's vocabulary (one per kind of name, so that the type "Reading"
# and the reading status "Reading" can be translated apart).
TYPE_CONTEXT = "Types"
FIELD_CONTEXT = "Fields"
VALUE_CONTEXT = "Values"

# A stored enum value -> its English name. The same value means the same in every enum it is in.
VALUE_LABELS: dict[str, str] = {}


def _choices(**labels: str) -> tuple[str, ...]:
    """Declare an enum's values with their names; returns the values in order."""
    for value, label in labels.items():
        if VALUE_LABELS.setdefault(value, label) != label:
            raise AssertionError(f"the value {value!r} is named both {VALUE_LABELS[value]!r} and {label!r}")
    return tuple(labels)


VISIBILITIES = _choices(
    private="Private (this computer only)", team="Team", network="Network (other cities may see it)"
)
MEMBER_ROLES = _choices(
    superintendent="Superintendent",
    senior_leader="Senior leader",
    content_expert="Content expert",
    stakeholder="Stakeholder",
    practitioner_leader="Practitioner-leader",
    staff="Staff",
)
READING_KINDS = _choices(
    case_study="Case study",
    background_paper="Background paper",
    meeting_report="Meeting report",
    article="Article",
    report="Report",
    book="Book",
    web_page="Web page",
)
READING_STATUSES = _choices(to_read="To read", reading="Reading", read="Read", discussed="Discussed")
NOTE_KINDS = _choices(session="Session", site_visit="Site visit", reflection="Reflection", meeting="Meeting")
SYMPOSIUM_KINDS = _choices(symposium="Symposium", working_group_meeting="Working-group meeting", webinar="Webinar")
AGENDA_KINDS = _choices(
    site_visit="Site visit", exchange="Exchange", expert_talk="Expert talk", workshop="Workshop", plenary="Plenary"
)
PLAN_STAGES = _choices(
    inquiry="Inquiry", discussion="Discussion", planning="Planning", action="Action", review="Review"
)
PLAN_STATUSES = _choices(draft="Draft", active="Active", done="Done")
ACTION_STATUSES = _choices(not_started="Not started", in_progress="In progress", blocked="Blocked", done="Done")
GROUP_STATUSES = _choices(active="Active", paused="Paused", closed="Closed")
# The kinds of links; which types each joins is declared by the types (`RecordType.links`).
LINK_KINDS = ("tag", "group_member", "participant", "evidence", "adapted_from", "attached", "related")
# Links any record may have: its tags (b: the tag's text) and its attached files.
ANY_RECORD_LINKS: dict[str, tuple[str, ...]] = {"tag": (), "attached": ("attachment",)}

MAX_CHANGE_BYTES = 4 * MiB  # one change as a bundle carries it: its canonical line with a newline
MAX_ATTACHMENT_BYTES = 100 * MiB  # one attached file as a bundle carries it (attach refuses larger ones)


@dataclass(frozen=True)
class RecordType:
    name: str
    fields: tuple[Field, ...]
    label: str  # the field shown as the record's name
    parent: str | None = None  # the ref field naming the record this one belongs to
    cli_name: str | None = None
    # What people call a record of this type (English; catalogue context "Types").
    noun: str = ""
    # Where the type is used. `rank` orders types wherever several are listed together (search
    # results, recent changes); `in_search`: the full-text index covers it; `on_home`: Home's
    # recent changes list it; `copied`: a bundle from another city's workspace may be copied in.
    rank: int = 0
    in_search: bool = False
    on_home: bool = False
    copied: bool = False
    # Links this type starts: link kind -> the types it may link to.
    links: tuple[tuple[str, tuple[str, ...]], ...] = ()
    section: str | None = None  # the sidebar section (ui/sections/<section>.py) that shows it
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
                if f.name in out:
                    continue
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
        """The fields the full-text index holds besides the label."""
        return tuple(f.name for f in self.fields if f.searchable and f.name != self.label)

    def shown_in(self, place: str) -> tuple[Field, ...]:
        """The fields shown in `place` (FORM, DOCUMENT), in schema order."""
        return tuple(f for f in self.fields if place in f.shown)

    @property
    def caption(self) -> str:
        return self.noun or self.name.replace("_", " ").capitalize()


def _vis(shown: bool) -> Field:
    return Field("visibility", "enum", choices=VISIBILITIES, default="team", label="Shared with",
                 shown=(FORM,) if shown else ())


def _t(name: str, *fields: Field, label: str = "title", parent: str | None = None, cli: str | None = None,
       shared_in_form: bool = False, links: dict[str, tuple[str, ...]] | None = None, **uses: object) -> RecordType:
    """A record type with its visibility field (in its form when `shared_in_form`)."""
    return RecordType(name, (*fields, _vis(shared_in_form)), label=label, parent=parent, cli_name=cli,
                      links=tuple((links or {}).items()), **uses)  # type: ignore[arg-type]


F, D = (FORM,), (FORM, DOCUMENT)


def _title(shown: tuple[str, ...] = F) -> Field:
    return Field("title", "str", required=True, searchable=True, max_len=MAX_TITLE, label="Title", shown=shown)


TITLE = _title()  # in the record's form (a note's, an action's title has an editor of its own)


def _name(shown: tuple[str, ...] = F) -> Field:
    return Field("name", "str", required=True, searchable=True, max_len=MAX_TITLE, label="Name", shown=shown)


def _text(name: str, label: str, shown: tuple[str, ...] = F) -> Field:
    return Field(name, "text", searchable=True, label=label, shown=shown)


def _ref(name: str, label: str, to: str, shown: tuple[str, ...] = F, **more: object) -> Field:
    return Field(name, "ref", ref=(to,), label=label, shown=shown, **more)  # type: ignore[arg-type]


def _date(name: str, label: str, shown: tuple[str, ...] = F) -> Field:
    return Field(name, "date", label=label, shown=shown)


def _str(name: str, label: str, shown: tuple[str, ...] = F, **more: object) -> Field:
    return Field(name, "str", label=label, shown=shown, **more)  # type: ignore[arg-type]


def _parent(name: str, to: str) -> Field:
    return Field(name, "ref", required=True, ref=(to,))


POSITION = Field("position", "position", label="Order")
STATEMENT = Field("statement", "str", required=True, searchable=True, max_len=MAX_TITLE, label="Goal", shown=F)

TYPES: dict[str, RecordType] = {
    t.name: t
    for t in (
        _t(
            "workspace",
            Field("name", "str", required=True, max_len=MAX_TITLE, label="Name"),
            _str("city", "City", ()),
            Field("network", "str", default="Global Cities Education Network"),
            label="name",
            noun="Workspace",
        ),
        _t(
            "member",
            _name(),
            Field("role", "enum", choices=MEMBER_ROLES, default="staff", label="Role", shown=F),
            _str("organisation", "Organisation"),
            _str("email", "E-mail"),
            _ref("city", "City", "city"),
            label="name",
            cli="member",
            noun="Person", rank=11, in_search=True, on_home=True, section="people",
        ),
        _t(
            "city",
            _name(),
            _str("country", "Country"),
            label="name",
            cli="city",
            noun="City", rank=12, in_search=True, on_home=True, copied=True, section="people",
        ),
        _t(
            "working_group",
            _name(),
            _str("topic", "Problem of practice", searchable=True),
            _text("description", "Description"),
            Field("status", "enum", choices=GROUP_STATUSES, default="active", label="Status", shown=F),
            label="name",
            cli="group",
            noun="Working group", rank=10, in_search=True, on_home=True, section="groups",
            links={"group_member": ("member",), "related": ("reading_item", "note")},
        ),
        _t(
            "symposium",
            TITLE,
            _ref("host_city", "Host city", "city"),
            _date("start", "Starts"),
            _date("end", "Ends"),
            Field("kind", "enum", choices=SYMPOSIUM_KINDS, default="symposium", label="Kind", shown=F),
            _str("location", "Location", searchable=True),
            _text("description", "Description"),
            cli="symposium",
            noun="Symposium", rank=7, in_search=True, on_home=True, section="symposia",
            links={"participant": ("member",), "related": ("reading_item", "note")},
        ),
        _t(
            "agenda_item",
            _parent("symposium", "symposium"),
            Field("day", "int", default=1, label="Day"),
            Field("time", "time", label="Time"),
            Field("end_time", "time", label="Ends at"),
            _title(()),
            Field("kind", "enum", choices=AGENDA_KINDS, default="exchange", label="Kind"),
            _str("place", "Place", (), searchable=True),
            _text("description", "Description"),
            parent="symposium",
            cli="agenda",
            noun="Agenda item", rank=8, in_search=True, on_home=True, section="symposia",
        ),
        _t(
            "checklist_item",
            _parent("symposium", "symposium"),
            _title(()),
            Field("done", "bool", default=False, label="Done"),
            _ref("owner", "Owner", "member", person=True),
            _date("due", "Due"),
            POSITION,
            parent="symposium",
            cli="checklist",
            noun="Checklist item", rank=9, on_home=True, section="symposia",
        ),
        _t(
            "note",
            _title(()),
            _text("body", "Text", ()),
            Field("kind", "enum", choices=NOTE_KINDS, default="session", label="Kind", shown=F),
            _ref("author", "Author", "member", person=True),
            _ref("working_group", "Working group", "working_group"),
            _ref("symposium", "Symposium", "symposium"),
            _str("language", "Language"),
            _date("date", "Date"),
            cli="note",
            noun="Note", rank=1, in_search=True, on_home=True, copied=True, section="notes",
        ),
        _t(
            "reading_item",
            TITLE,
            _str("authors", "Authors", searchable=True),
            Field("year", "int", label="Year", shown=F),
            Field("kind", "enum", choices=READING_KINDS, default="article", label="Type", shown=F),
            _str("publisher", "Publisher"),
            # the journal, book or proceedings it appeared in (RIS T2/JO, BibTeX journal/booktitle, CSL container-title)
            _str("container", "Published in", searchable=True),
            _str("url", "Web address"),
            _str("doi", "DOI"),
            _text("abstract", "Abstract"),
            _text("why_it_matters", "Why it matters"),
            _ref("assigned_to", "Assigned to", "member", person=True),
            _ref("working_group", "Working group", "working_group"),
            Field("attachment", "ref", ref=("attachment",)),
            _str("language", "Language"),
            cli="reading",
            noun="Reading", rank=2, in_search=True, on_home=True, copied=True, section="readings",
        ),
        _t(
            "reading_status",
            Field("reading", "ref", required=True, ref=("reading_item",)),
            Field("member", "ref", required=True, ref=("member",), person=True),
            Field("status", "enum", required=True, choices=READING_STATUSES, label="Status"),
            label="status",
            parent="reading",
            noun="Reading status",
        ),
        _t(
            "practice",
            TITLE,
            _ref("city", "City", "city"),
            _text("summary", "Summary"),
            _text("results", "Results and evidence"),
            _str("contacts", "Contacts"),
            cli="practice",
            shared_in_form=True,
            noun="Practice", rank=3, in_search=True, on_home=True, copied=True, section="practices",
        ),
        _t(
            "action_plan",
            _title(D),
            _text("problem_of_practice", "Problem of practice", D),
            _text("rationale", "Rationale", D),
            _ref("city", "City", "city", D),
            _ref("working_group", "Working group", "working_group", D),
            Field("stage", "enum", choices=PLAN_STAGES, default="inquiry", label="Stage", shown=(DOCUMENT,)),
            Field("status", "enum", choices=PLAN_STATUSES, default="draft", label="Status", shown=D),
            _ref("owner", "Plan owner", "member", D, person=True),
            _date("start", "Starts", D),
            _date("end", "Ends", D),
            cli="plan",
            noun="Action plan", rank=4, in_search=True, on_home=True, copied=True, section="plans",
            links={"evidence": ("reading_item", "note"), "adapted_from": ("practice", "city")},
        ),
        _t(
            "goal",
            _parent("plan", "action_plan"),
            STATEMENT,
            _str("indicator", "Indicator", searchable=True),
            _str("baseline", "Baseline"),
            _str("target", "Target"),
            _date("due", "Due"),
            POSITION,
            label="statement",
            parent="plan",
            cli="goal",
            noun="Goal", rank=5, in_search=True, on_home=True, copied=True, section="plans",
        ),
        _t(
            "action",
            _parent("goal", "goal"),
            _title(()),
            _ref("responsible", "Responsible", "member", (), person=True),
            _ref("accountable", "Accountable", "member", ()),
            _date("due", "Due", ()),
            Field("status", "enum", choices=ACTION_STATUSES, default="not_started", label="Status"),
            Field("milestone", "bool", default=False, label="Milestone"),
            _text("notes", "Notes"),
            POSITION,
            parent="goal",
            cli="action",
            noun="Action", rank=6, in_search=True, on_home=True, copied=True, section="plans",
        ),
        _t(
            "attachment",
            Field("sha256", "str", required=True),
            Field("file_name", "str", required=True, max_len=MAX_TITLE),
            Field("mime", "str"),
            Field("size", "int"),
            label="file_name",
            noun="Attachment", copied=True,
        ),
        _t(
            "link",
            Field("kind", "enum", required=True, choices=LINK_KINDS, label="Kind"),
            Field("a", "ref", required=True),
            Field("b", "str", required=True, max_len=MAX_TITLE),
            label="b",
            parent="a",
            noun="Link",
        ),
    )
}

CLI_TYPES: dict[str, str] = {t.cli_name: t.name for t in TYPES.values() if t.cli_name}
CLI_NAME_OF: dict[str, str] = {v: k for k, v in CLI_TYPES.items()}

# Fields whose concurrent edits get a line-based three-way merge instead of a plain pick.
LONG_TEXT_FIELDS = frozenset(
    (t.name, f.name) for t in TYPES.values() for f in t.fields if f.kind == "text"
)
def _ranked(flag: str) -> tuple[str, ...]:
    return tuple(t.name for t in sorted(TYPES.values(), key=lambda t: t.rank) if getattr(t, flag))


def _children() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for t in TYPES.values():
        if t.parent and t.name != "link":
            parent_type = t.by_name[t.parent].ref[0]
            out[parent_type] = (*out.get(parent_type, ()), (t.name, t.parent))
    return out


def _referred_first(names: tuple[str, ...]) -> tuple[str, ...]:
    """`names` in an order where a type comes after every type among them its refs point to."""
    out: list[str] = []

    def visit(name: str) -> None:
        if name in out:
            return
        for f in TYPES[name].fields:
            for target in f.ref:
                if target in names and target != name:
                    visit(target)
        out.append(name)

    for name in names:
        visit(name)
    return tuple(out)


def _link_ends() -> dict[str, tuple[tuple[str, ...] | None, tuple[str, ...]]]:
    """Link kind -> (the types it goes from, None for any; the types it goes to)."""
    ends: dict[str, tuple[tuple[str, ...] | None, tuple[str, ...]]] = {
        kind: (None, to) for kind, to in ANY_RECORD_LINKS.items()
    }
    for t in TYPES.values():
        for kind, to in t.links:
            start, before = ends.get(kind, ((), ()))
            ends[kind] = ((*(start or ()), t.name), tuple(dict.fromkeys((*before, *to))))
    return {kind: (None if start is None else tuple(sorted(start, key=lambda n: TYPES[n].rank)), to)
            for kind, (start, to) in ends.items()}


# Types whose records the full-text index covers, in the order search results group them.
SEARCHABLE_TYPES = _ranked("in_search")
# What Home's "recent changes" lists: the records people work with (not links, statuses, the workspace).
RECENT_TYPES = _ranked("on_home")
# What a bundle from another city's workspace may be copied in, what a record refers to first.
COPIED_TYPES = _referred_first(tuple(t.name for t in TYPES.values() if t.copied))
# Which record types each kind of link joins (from, to); None: from any record. Tags name no type.
LINK_ENDS = _link_ends()
# The record's person, for lists and Home: the field of each type marked as such.
PERSON_FIELDS = tuple(dict.fromkeys(f.name for t in TYPES.values() for f in t.fields if f.person))
# Children deleted along with their parent (what the user saw), in cascade order.
CHILDREN = _children()


def types_in_section(section: str) -> tuple[str, ...]:
    """The record types the sidebar section `section` shows, in schema order."""
    return tuple(t.name for t in TYPES.values() if t.section == section)


def sections() -> tuple[str, ...]:
    """The sidebar sections record types name, in the order of their first type's rank."""
    ranked = sorted((t for t in TYPES.values() if t.section), key=lambda t: t.rank)
    return tuple(dict.fromkeys(t.section for t in ranked if t.section))


# --- vocabulary: what the translation catalogue holds of the schema -------------------------------


def vocabulary() -> tuple[tuple[str, str], ...]:
    """(context, English text) of every name the schema gives: types, fields, enum values; what
    `scripts/translations.py extract` adds to the catalogue."""
    found = [(TYPE_CONTEXT, t.noun) for t in TYPES.values() if t.noun]
    found += [(FIELD_CONTEXT, f.label) for t in TYPES.values() for f in t.fields if f.label]
    found += [(VALUE_CONTEXT, label) for label in VALUE_LABELS.values()]
    return tuple(dict.fromkeys(found))


def field_caption(name: str, type_name: str | None = None) -> str:
    """The English label of a field of `type_name`, or of the first type with a field of that
    name that has a label (a conflict names a field on its own); readable name otherwise."""
    spec = TYPES.get(type_name or "")
    if spec is not None and name in spec.by_name:
        return spec.by_name[name].caption
    for t in TYPES.values():
        f = t.by_name.get(name)
        if f is not None and f.label:
            return f.label
    return name.replace("_", " ").capitalize()



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
