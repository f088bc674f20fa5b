"""The symposium briefing pack: what it holds, and its layout as a shared document (its template)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .document import (
    Block,
    Bullets,
    Contents,
    Document,
    Fields,
    Heading,
    Markdown,
    PageBreak,
    Paragraph,
    Run,
    Table,
    TitlePage,
)
from .labels import Labels
from .plan_report import NoteItem, ReadingRef, citation, period


@dataclass
class AgendaEntry:
    id: str
    title: str
    day: int = 1
    time: str = ""
    kind: str = ""
    place: str = ""
    description: str = ""
    end_time: str = ""  # "" when the session gives none


@dataclass
class Participant:
    name: str
    role: str = ""
    organisation: str = ""
    city: str = ""


@dataclass
class ChecklistEntry:
    title: str
    done: bool = False
    owner: str = ""
    due: str = ""


@dataclass
class PlanStatus:
    title: str
    status: str = ""
    stage: str = ""
    owner: str = ""
    actions_done: int = 0
    actions_total: int = 0
    overdue: int = 0


@dataclass
class BriefingData:
    id: str
    title: str
    kind: str = ""
    host_city: str = ""
    location: str = ""
    start: str = ""
    end: str = ""
    description: str = ""
    team: str = ""
    network: str = ""
    date: str = ""
    agenda: list[AgendaEntry] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    checklist: list[ChecklistEntry] = field(default_factory=list)
    readings: list[ReadingRef] = field(default_factory=list)
    notes_by_group: list[tuple[str, list[NoteItem]]] = field(default_factory=list)
    plans: list[PlanStatus] = field(default_factory=list)

    def day_date(self, day: int) -> str:
        """The calendar date of agenda day N (day 1 = start), or '' when the start is unknown."""
        if not self.start:
            return ""
        try:
            return (dt.date.fromisoformat(self.start) + dt.timedelta(days=max(day, 1) - 1)).isoformat()
        except ValueError:
            return ""


def briefing_document(b: BriefingData, language: str = "en") -> Document:
    t = Labels(language)
    title_fields = [
        (t["dates"], period(b.start, b.end)),
        (t["host_city"], b.host_city),
        (t["location"], b.location),
        (t["team"], b.team),
        (t["date"], b.date),
    ]
    blocks: list[Block] = [
        TitlePage(
            kicker=t["briefing_pack"],
            title=b.title,
            fields=[(k, v) for k, v in title_fields if v],
            footnote=t.fmt("confidential", network=b.network) if b.network else "",
        ),
        Contents(t["contents"]),
        PageBreak(),
        Heading(t["overview"], 1),
        Fields([(k, v) for k, v in [
            (t["kind"], t.value(b.kind)),
            (t["dates"], period(b.start, b.end)),
            (t["host_city"], b.host_city),
            (t["location"], b.location),
        ] if v]),
    ]
    if b.description:
        blocks.append(Markdown(b.description))

    blocks.append(Heading(t["agenda"], 1))
    if not b.agenda:
        blocks.append(Paragraph.of(t["none"], "muted"))
    days = sorted({e.day for e in b.agenda})
    for day in days:
        date = b.day_date(day)
        blocks.append(Heading(t.fmt("day", day=day) + (f" — {date}" if date else ""), 2))
        entries = sorted((e for e in b.agenda if e.day == day), key=lambda e: (e.time or "99:99", e.title))
        blocks.append(
            Table(
                headers=[t["time"], t["session"], t["kind"], t["place"]],
                rows=[[_times(e), e.title, t.value(e.kind), e.place] for e in entries],
                widths=[14, 44, 15, 27],
            )
        )
        visits = [e for e in entries if e.kind == "site_visit"]
        if visits:
            blocks.append(Heading(t["site_visits"], 3))
            for v in visits:
                blocks.append(Paragraph([Run(v.title, bold=True), Run(f" — {v.place}" if v.place else "")]))
                if v.description:
                    blocks.append(Markdown(v.description))

    blocks.append(Heading(t["participants"], 1))
    if b.participants:
        blocks.append(
            Table(
                headers=[t["name"], t["role"], t["organisation"], t["city"]],
                rows=[[p.name, t.value(p.role), p.organisation, p.city] for p in b.participants],
                widths=[28, 22, 32, 18],
            )
        )
    else:
        blocks.append(Paragraph.of(t["none"], "muted"))

    blocks.append(Heading(t["prep_checklist"], 1))
    if b.checklist:
        done = sum(1 for c in b.checklist if c.done)
        blocks.append(Paragraph.of(t.fmt("checklist_done", done=done, total=len(b.checklist)), "muted"))
        blocks.append(
            Table(
                headers=[t["status"], t["item"], t["item_owner"], t["due"]],
                rows=[
                    [t["done"] if c.done else t["open"], c.title, c.owner, c.due]
                    for c in b.checklist
                ],
                widths=[14, 50, 22, 14],
            )
        )
    else:
        blocks.append(Paragraph.of(t["none"], "muted"))

    blocks.append(Heading(t["assigned_readings"], 1))
    if b.readings:
        items = []
        for ref in b.readings:
            runs = citation(ref)
            if ref.assigned_to:
                runs.append(Run(f"\n{t['assigned_to']}: ", bold=True))
                runs.append(Run(ref.assigned_to))
            if ref.why_it_matters:
                runs.append(Run(f"\n{t['why_it_matters']}: ", bold=True))
                runs.append(Run(" ".join(ref.why_it_matters.split())))
            items.append(runs)
        blocks.append(Bullets(items, ordered=True))
    else:
        blocks.append(Paragraph.of(t["none"], "muted"))

    blocks.append(Heading(t["team_notes"], 1))
    if not b.notes_by_group:
        blocks.append(Paragraph.of(t["none"], "muted"))
    for group, notes in b.notes_by_group:
        blocks.append(Heading(group or t["no_group"], 2))
        for note in notes:
            blocks.append(Heading(note.title, 3))
            meta = " · ".join(m for m in (t.value(note.kind), note.author, note.date) if m)
            if meta:
                blocks.append(Paragraph.of(meta, "muted"))
            blocks.append(Markdown(note.body))

    blocks.append(Heading(t["plans_status"], 1))
    if b.plans:
        blocks.append(
            Table(
                headers=[t["plan"], t["status"], t["stage"], t["owner"], t["progress"]],
                rows=[
                    [
                        p.title,
                        t.value(p.status),
                        t.value(p.stage),
                        p.owner,
                        t.fmt("actions_done", done=p.actions_done, total=p.actions_total),
                    ]
                    for p in b.plans
                ],
                widths=[36, 12, 14, 18, 20],
            )
        )
    else:
        blocks.append(Paragraph.of(t["none"], "muted"))

    doc = Document(
        title=b.title,
        language=t.language,
        blocks=blocks,
        meta={"title": b.title, "document": t["briefing_pack"], "start": b.start, "end": b.end,
              "host_city": b.host_city, "team": b.team, "date": b.date, "lang": t.language, "id": b.id},
        footer=f"{b.title} · {t['briefing_pack']}",
    )
    doc.number_anchors()
    return doc


def _times(e: AgendaEntry) -> str:
    """"09:00–10:30", or the start alone when the session gives no end (or an end before it)."""
    return f"{e.time}–{e.end_time}" if e.time and e.end_time > e.time else e.time
