"""Sharing with people outside the app: plan reports, briefing packs, action lists and calendars.

Gathers what a document shows through the Workspace queries (private records never leave the
store), hands it to interop/ to render, and writes the file atomically so a failed or cancelled
export leaves no half-written file behind. Safe to call from a worker thread.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import secrets
import stat
import unicodedata
import zoneinfo
from collections.abc import Callable, Iterator
from pathlib import Path

from ..domain.errors import UserError
from ..domain.schema import DOCUMENT, TYPES
from ..domain.views import RecordView
from ..interop import formats
from ..interop.briefing import (
    AgendaEntry,
    BriefingData,
    ChecklistEntry,
    Participant,
    PlanStatus,
    briefing_document,
)
from ..interop.document import Document
from ..interop.note_document import NoteData, note_document
from ..interop.plan_report import (
    ActionRow,
    GoalSection,
    NoteItem,
    PlanData,
    PracticeRef,
    ReadingRef,
    plan_document,
)
from ..sync.durable import refuse_unless_replaceable
from .queries import Filters
from .workspace import Workspace, refuse_inside

Progress = Callable[[int, int], bool]


def shared(view: RecordView | None) -> bool:
    """Whether a record may appear in a document for people outside this store."""
    return view is not None and not view.deleted and view.data.get("visibility") != "private"


class _Names:
    """Labels of referenced records, looked up once; private or deleted ones show as blank."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.cache: dict[str, RecordView | None] = {}

    def view(self, rec: object) -> RecordView | None:
        if not rec or not isinstance(rec, str):
            return None
        if rec not in self.cache:
            self.cache[rec] = self.ws.find(rec)
        view = self.cache[rec]
        return view if shared(view) else None

    def __call__(self, rec: object) -> str:
        view = self.view(rec)
        return view.title if view else ""


def _s(value: object) -> str:
    return "" if value is None else str(value)


def _team(ws: Workspace) -> tuple[str, str]:
    info = ws.info()
    data = info.data if info else {}
    return _s(data.get("name")), _s(data.get("network"))


def _reading_ref(view: RecordView, names: _Names) -> ReadingRef:
    d = view.data
    return ReadingRef(
        title=view.title,
        authors=_s(d.get("authors")),
        year=d.get("year"),
        kind=_s(d.get("kind")),
        publisher=_s(d.get("publisher")),
        url=_s(d.get("url")),
        doi=_s(d.get("doi")),
        why_it_matters=_s(d.get("why_it_matters")),
        assigned_to=names(d.get("assigned_to")),
    )


def _note_item(view: RecordView, names: _Names) -> NoteItem:
    d = view.data
    return NoteItem(
        title=view.title,
        kind=_s(d.get("kind")),
        author=names(d.get("author")),
        date=_s(d.get("date")),
        working_group=names(d.get("working_group")),
        body=_s(d.get("body")),
    )


def _require_shared(ws: Workspace, rec: str, type_name: str, what: str) -> RecordView:
    view = ws.find(rec)
    if view is None or view.deleted or view.type != type_name:
        raise UserError("No %(what)s has the id '%(id)s'; 'gcen list %(what)s' shows the ids.", what=what, id=rec)
    if view.data.get("visibility") == "private":
        raise UserError(
            "The %(what)s '%(title)s' is private; set its visibility to team or network to share it.",
            what=what,
            title=view.title,
        )
    return view


# --- gathering ------------------------------------------------------------------------------------


def _action_rows(ws: Workspace, goal: RecordView, plan_title: str, names: _Names) -> list[ActionRow]:
    rows = []
    for a in ws.children(goal.id, "action"):
        if not shared(a):
            continue
        d = a.data
        rows.append(
            ActionRow(
                id=a.id,
                title=a.title,
                goal=goal.title,
                plan=plan_title,
                responsible=names(d.get("responsible")),
                accountable=names(d.get("accountable")),
                due=_s(d.get("due")),
                status=_s(d.get("status")) or "not_started",
                milestone=bool(d.get("milestone")),
                notes=_s(d.get("notes")),
            )
        )
    return rows


def _details(plan: RecordView, names: _Names) -> list[tuple[str, object]]:
    """The plan's fields the schema shows in documents that `PlanData` does not name (a field added
    to the schema): their values, a reference as the name of what it points to."""
    laid_out = PlanData.__dataclass_fields__
    return [
        (f.name, names(plan.data.get(f.name)) if f.kind == "ref" else plan.data.get(f.name))
        for f in TYPES["action_plan"].shown_in(DOCUMENT)
        if f.name not in laid_out
    ]


def _plan_heading(ws: Workspace, plan: RecordView, names: _Names, today: str | None) -> PlanData:
    team, network = _team(ws)
    d = plan.data
    return PlanData(
        id=plan.id,
        title=plan.title,
        city=names(d.get("city")),
        team=team,
        network=network,
        date=today or dt.date.today().isoformat(),
        status=_s(d.get("status")),
        stage=_s(d.get("stage")),
        owner=names(d.get("owner")),
        working_group=names(d.get("working_group")),
        start=_s(d.get("start")),
        end=_s(d.get("end")),
        problem_of_practice=_s(d.get("problem_of_practice")),
        rationale=_s(d.get("rationale")),
        details=_details(plan, names),
    )


def _add_adapted_from(ws: Workspace, plan: RecordView, names: _Names, data: PlanData) -> None:
    for src in ws.linked(plan.id, "adapted_from"):
        if not shared(src):
            continue
        if src.type == "practice":
            data.adapted_practices.append(
                PracticeRef(src.title, names(src.data.get("city")), _s(src.data.get("summary")))
            )
        elif src.type == "city":
            data.adapted_cities.append(src.title)


def _goal_section(ws: Workspace, goal: RecordView, plan_title: str, names: _Names) -> GoalSection:
    g = goal.data
    return GoalSection(
        statement=goal.title,
        indicator=_s(g.get("indicator")),
        baseline=_s(g.get("baseline")),
        target=_s(g.get("target")),
        due=_s(g.get("due")),
        actions=_action_rows(ws, goal, plan_title, names),
    )


def _add_evidence(ws: Workspace, plan: RecordView, names: _Names, data: PlanData) -> None:
    for ev in ws.linked(plan.id, "evidence"):
        if not shared(ev):
            continue
        if ev.type == "reading_item":
            data.evidence.append(_reading_ref(ev, names))
        elif ev.type == "note":
            data.notes.append(_note_item(ev, names))
    data.evidence.sort(key=lambda r: (r.authors.casefold(), r.year or 0, r.title.casefold()))
    data.notes.sort(key=lambda n: (n.date or "9999", n.title.casefold()))


def plan_data(ws: Workspace, plan_id: str, *, today: str | None = None) -> PlanData:
    """Everything the plan report shows, with private records left out."""
    plan = _require_shared(ws, plan_id, "action_plan", "plan")
    names = _Names(ws)
    data = _plan_heading(ws, plan, names, today)
    _add_adapted_from(ws, plan, names, data)
    for goal in ws.children(plan.id, "goal"):
        if shared(goal):
            data.goals.append(_goal_section(ws, goal, plan.title, names))
    _add_evidence(ws, plan, names, data)
    return data


def _briefing_heading(ws: Workspace, sym: RecordView, names: _Names, today: str | None) -> BriefingData:
    team, network = _team(ws)
    d = sym.data
    return BriefingData(
        id=sym.id,
        title=sym.title,
        kind=_s(d.get("kind")),
        host_city=names(d.get("host_city")),
        location=_s(d.get("location")),
        start=_s(d.get("start")),
        end=_s(d.get("end")),
        description=_s(d.get("description")),
        team=team,
        network=network,
        date=today or dt.date.today().isoformat(),
    )


def _agenda_entry(item: RecordView) -> AgendaEntry:
    i = item.data
    return AgendaEntry(item.id, item.title, int(i.get("day") or 1), _s(i.get("time")), _s(i.get("kind")),
                       _s(i.get("place")), _s(i.get("description")), _s(i.get("end_time")))


def _participant(m: RecordView, names: _Names) -> Participant:
    return Participant(m.title, _s(m.data.get("role")), _s(m.data.get("organisation")), names(m.data.get("city")))


def _checklist_entry(c: RecordView, names: _Names) -> ChecklistEntry:
    return ChecklistEntry(c.title, bool(c.data.get("done")), names(c.data.get("owner")), _s(c.data.get("due")))


def _notes_by_group(ws: Workspace, sym: RecordView, related: list[RecordView],
                    names: _Names) -> list[tuple[str, list[NoteItem]]]:
    """The symposium's notes (linked, or taken at it) by working group; notes of no group last."""
    notes = {r.id: r for r in related if r.type == "note"}
    for n in ws.list("note", Filters(symposium=sym.id)):
        if shared(n):
            notes[n.id] = n
    groups: dict[str, list[NoteItem]] = {}
    for n in sorted(notes.values(), key=lambda v: (_s(v.data.get("date")), v.title.casefold())):
        groups.setdefault(names(n.data.get("working_group")), []).append(_note_item(n, names))
    return sorted(groups.items(), key=lambda kv: (kv[0] == "", kv[0].casefold()))


def _shared_actions(ws: Workspace, plan: RecordView) -> Iterator[RecordView]:
    for goal in ws.children(plan.id, "goal"):
        if shared(goal):
            yield from (a for a in ws.children(goal.id, "action") if shared(a))


def _plan_status(ws: Workspace, plan: RecordView, names: _Names, today: str) -> PlanStatus:
    done = total = overdue = 0
    for a in _shared_actions(ws, plan):
        total += 1
        done += a.data.get("status") == "done"
        overdue += a.data.get("status") != "done" and bool(a.data.get("due")) and a.data["due"] < today
    return PlanStatus(plan.title, _s(plan.data.get("status")), _s(plan.data.get("stage")),
                      names(plan.data.get("owner")), done, total, overdue)


def _add_agenda_and_people(ws: Workspace, sym: RecordView, names: _Names, b: BriefingData) -> None:
    b.agenda = [_agenda_entry(item) for item in ws.children(sym.id, "agenda_item") if shared(item)]
    b.participants = [_participant(m, names) for m in ws.linked(sym.id, "participant")
                      if shared(m) and m.type == "member"]
    b.checklist = [_checklist_entry(c, names) for c in ws.children(sym.id, "checklist_item") if shared(c)]


def _add_readings_and_notes(ws: Workspace, sym: RecordView, names: _Names, b: BriefingData) -> None:
    related = [r for r in ws.linked(sym.id, "related") if shared(r)]
    b.readings = [_reading_ref(r, names) for r in related if r.type == "reading_item"]
    b.notes_by_group = _notes_by_group(ws, sym, related, names)


def briefing_data(ws: Workspace, symposium_id: str, *, today: str | None = None) -> BriefingData:
    """Everything the briefing pack shows, with private records left out."""
    sym = _require_shared(ws, symposium_id, "symposium", "symposium")
    names = _Names(ws)
    b = _briefing_heading(ws, sym, names, today)
    _add_agenda_and_people(ws, sym, names, b)
    _add_readings_and_notes(ws, sym, names, b)
    today_s = today or dt.date.today().isoformat()
    b.plans = [_plan_status(ws, plan, names, today_s) for plan in ws.list("action_plan") if shared(plan)]
    return b


def action_rows(ws: Workspace, plan_id: str | None = None) -> list[ActionRow]:
    """The shareable actions of one plan, or of every plan, in plan → goal → position order."""
    names = _Names(ws)
    if plan_id:
        plans = [_require_shared(ws, plan_id, "action_plan", "plan")]
    else:
        plans = [p for p in ws.list("action_plan") if shared(p)]
    rows: list[ActionRow] = []
    for plan in plans:
        for goal in ws.children(plan.id, "goal"):
            if shared(goal):
                rows.extend(_action_rows(ws, goal, plan.title, names))
    return rows


# --- writing --------------------------------------------------------------------------------------


def _check_format(fmt: str, subject: str, what: str) -> formats.Format:
    found = formats.find(fmt)
    if found is None or subject not in found.exports:
        raise UserError(
            "A %(what)s can be saved as %(allowed)s, not '%(format)s'; pick one of those.",
            what=what,
            allowed=formats.listing(formats.exporting(subject)),
            format=found.id if found else (fmt or "").lower().lstrip("."),
        )
    return found


def _create_temp(folder: Path, name: str) -> Path:
    """A new empty file beside the target, created with the user's normal permissions: the kernel
    applies the umask to 0o666, as for any file an application saves (mkstemp would make it 0600)."""
    for _ in range(100):
        tmp = folder / f".{name}.{secrets.token_hex(4)}.part"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        os.close(fd)
        return tmp
    raise FileExistsError(f"no free temporary name for {name}")


def write_atomically(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Write through a temporary file in the target folder, then rename it into place. A new file
    gets the user's normal permissions; a replaced file keeps the permissions it had."""
    target = Path(path).expanduser()
    folder = target.parent
    if not folder.is_dir():
        raise UserError(
            "The folder %(folder)s does not exist; choose an existing folder to save into.", folder=str(folder)
        )
    refuse_unless_replaceable(target)
    tmp: Path | None = None
    try:
        tmp = _create_temp(folder, target.name)
        write(tmp)
        try:
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        except OSError:
            pass  # no file there yet (or not ours to read): the new file's mode stands
        refuse_unless_replaceable(target)
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(
            "Could not write %(name)s: %(reason)s; check the folder is writable and has space.",
            name=target.name,
            reason=exc.strerror or str(exc),
        ) from None
    finally:
        if tmp is not None and tmp.exists():
            tmp.unlink()
    return target


def write_document(doc: Document, fmt: str, path: Path | str, *, subject: str = "plan",
                   progress: Progress | None = None, style_path: Path | str | None = None,
                   docx_template: Path | str | None = None) -> Path:
    """Render a document (a plan report or briefing pack: `subject`) in a format of the registry;
    `style_path` restyles every format (see templates/style.json), `docx_template` names a Word file
    whose styles the DOCX uses."""
    from ..interop.style import load_style

    write = formats.get(fmt).writers[subject]
    options = formats.DocumentOptions(load_style(style_path), progress, docx_template)
    return write_atomically(path, lambda p: write(doc, p, options))


def _export(ws: Workspace, subject: str, what: str, build: Callable[[], Document], fmt: str, path: Path | str,
            progress: Progress | None, style_path: Path | str | None, docx_template: Path | str | None) -> Path:
    """Check that `fmt` saves a `subject` (before any gathering), build the document, write it."""
    found = _check_format(fmt, subject, what)
    refuse_inside(ws.store.folder, path)
    return write_document(build(), found.id, path, subject=subject, progress=progress, style_path=style_path,
                          docx_template=docx_template)


def export_plan(ws: Workspace, plan_id: str, fmt: str, path: Path | str, *, language: str = "en",
                progress: Progress | None = None, style_path: Path | str | None = None,
                docx_template: Path | str | None = None, today: str | None = None) -> Path:
    """Save a plan report in one of the formats that export plans (PDF, DOCX, HTML, Markdown)."""
    return _export(ws, "plan", "plan report", lambda: plan_document(plan_data(ws, plan_id, today=today), language),
                   fmt, path, progress, style_path, docx_template)


def export_briefing(ws: Workspace, symposium_id: str, fmt: str, path: Path | str, *, language: str = "en",
                    progress: Progress | None = None, style_path: Path | str | None = None,
                    docx_template: Path | str | None = None, today: str | None = None) -> Path:
    """Save a symposium briefing pack in one of the formats that export briefings (PDF, DOCX, …)."""
    return _export(ws, "briefing", "briefing pack",
                   lambda: briefing_document(briefing_data(ws, symposium_id, today=today), language),
                   fmt, path, progress, style_path, docx_template)


def note_data(ws: Workspace, note_id: str, *, today: str | None = None) -> NoteData:
    """What a note saved on its own shows (a private note is refused, as every shared document)."""
    note = _require_shared(ws, note_id, "note", "note")
    names = _Names(ws)
    team, _ = _team(ws)
    return NoteData(note.id, _note_item(note, names), team=team, symposium=names(note.data.get("symposium")),
                    date=today or dt.date.today().isoformat())


def export_note(ws: Workspace, note_id: str, fmt: str, path: Path | str, *, language: str = "en",
                progress: Progress | None = None, style_path: Path | str | None = None,
                docx_template: Path | str | None = None, today: str | None = None) -> Path:
    """Save one note in one of the document formats (PDF, DOCX, HTML, Markdown): what Ctrl+P does."""
    return _export(ws, "note", "note", lambda: note_document(note_data(ws, note_id, today=today), language),
                   fmt, path, progress, style_path, docx_template)


def export_actions(ws: Workspace, fmt: str, path: Path | str, *, plan_id: str | None = None,
                   language: str = "en") -> tuple[Path, int]:
    """Save actions as CSV or iCalendar (due dates and milestones); returns (file, actions written)."""
    write = _check_format(fmt, "actions", "list of actions").writers["actions"]
    refuse_inside(ws.store.folder, path)
    rows = action_rows(ws, plan_id)
    data = write(rows, language, ws.workspace_id)
    return write_atomically(path, lambda p: p.write_bytes(data)), len(rows)


_ZONE_REGIONS = ("Africa/", "America/", "Antarctica/", "Asia/", "Atlantic/", "Australia/", "Europe/", "Indian/",
                 "Pacific/")


@functools.cache
def _zone_names() -> tuple[str, ...]:
    return tuple(sorted(z for z in zoneinfo.available_timezones() if z.startswith(_ZONE_REGIONS)))


def time_zone_names() -> list[str]:
    """The zoneinfo names a user may pick (Region/City), sorted (read once: it walks the database)."""
    return list(_zone_names())


def city_time_zone(city: str) -> str | None:
    """The zoneinfo name of a city that names a time zone (Seoul → Asia/Seoul), else None: the
    database names one city per zone, so most host cities need the user to say."""
    def key(name: str) -> str:  # "São Paulo" and "Sao_Paulo" alike
        letters = unicodedata.normalize("NFKD", name.replace("_", " ").replace("-", " "))
        return " ".join("".join(c for c in letters if not unicodedata.combining(c)).split()).casefold()

    wanted = key(city)
    if not wanted:
        return None
    found = sorted(z for z in time_zone_names() if key(z.rsplit("/", 1)[-1]) == wanted)
    return found[0] if found else None


def check_time_zone(name: str) -> str:
    """`name` if it is a zoneinfo time zone, else a UserError saying what to give."""
    name = (name or "").strip()
    try:
        zoneinfo.ZoneInfo(name)
        known = bool(name)
    except (ValueError, OSError, zoneinfo.ZoneInfoNotFoundError):
        known = False
    if not known:
        raise UserError(
            "'%(zone)s' is not a time zone; give a name such as Asia/Seoul, Europe/Paris or America/New_York.",
            zone=name,
        )
    return name


def agenda_time_zone(ws: Workspace, symposium_id: str) -> str | None:
    """The time zone of a symposium's agenda when its host city tells it, else None (ask the user)."""
    view = ws.find(symposium_id)
    if view is None or view.type != "symposium":
        return None
    city = ws.find(view.data.get("host_city")) if isinstance(view.data.get("host_city"), str) else None
    return city_time_zone(city.title) if city is not None and not city.deleted else None


def export_agenda(ws: Workspace, symposium_id: str, path: Path | str, *, fmt: str = "ics", language: str = "en",
                  time_zone: str | None = None) -> tuple[Path, int]:
    """Save a symposium's agenda (as an iCalendar file by default); returns (file, events written).
    Times are in `time_zone`, by default the host city's; an agenda with times whose zone is unknown
    is refused."""
    write = _check_format(fmt, "agenda", "symposium agenda").writers["agenda"]
    refuse_inside(ws.store.folder, path)
    b = briefing_data(ws, symposium_id)
    if not b.start:
        raise UserError(
            "The symposium '%(title)s' has no start date; set one so the agenda has days.", title=b.title
        )
    zone = check_time_zone(time_zone) if time_zone else agenda_time_zone(ws, symposium_id)
    if zone is None and any(e.time for e in b.agenda):
        raise UserError(
            "The time zone of '%(title)s' is not known from its host city; choose the time zone its times are in.",
            title=b.title,
        )
    data = write(b, language, zone)
    return write_atomically(path, lambda p: p.write_bytes(data)), len(b.agenda)
