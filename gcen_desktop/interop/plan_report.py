"""The action plan report: what a plan holds, and its layout as a shared document.

This module is the report's template: the order of sections and what each shows. Styling
(fonts, colours, sizes) lives in `templates/` and applies to every format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.schema import TYPES
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


@dataclass
class ActionRow:
    id: str
    title: str
    goal: str = ""
    plan: str = ""
    responsible: str = ""
    accountable: str = ""
    due: str = ""
    status: str = "not_started"
    milestone: bool = False
    notes: str = ""


@dataclass
class GoalSection:
    statement: str
    indicator: str = ""
    baseline: str = ""
    target: str = ""
    due: str = ""
    actions: list[ActionRow] = field(default_factory=list)


@dataclass
class ReadingRef:
    title: str
    authors: str = ""
    year: int | None = None
    kind: str = ""
    publisher: str = ""
    url: str = ""
    doi: str = ""
    why_it_matters: str = ""
    assigned_to: str = ""


@dataclass
class NoteItem:
    title: str
    kind: str = ""
    author: str = ""
    date: str = ""
    working_group: str = ""
    body: str = ""


@dataclass
class PracticeRef:
    title: str
    city: str = ""
    summary: str = ""


@dataclass
class PlanData:
    id: str
    title: str
    city: str = ""
    team: str = ""
    network: str = ""
    date: str = ""
    status: str = ""
    stage: str = ""
    owner: str = ""
    working_group: str = ""
    start: str = ""
    end: str = ""
    problem_of_practice: str = ""
    rationale: str = ""
    adapted_practices: list[PracticeRef] = field(default_factory=list)
    adapted_cities: list[str] = field(default_factory=list)
    goals: list[GoalSection] = field(default_factory=list)
    evidence: list[ReadingRef] = field(default_factory=list)
    notes: list[NoteItem] = field(default_factory=list)
    # (field, value) of the plan's other fields the schema shows in documents, in schema order:
    # a field added to the schema reaches the report with no change here.
    details: list[tuple[str, object]] = field(default_factory=list)


def citation(ref: ReadingRef) -> list[Run]:
    """One reference in a short author–year style: Authors (Year). *Title*. Publisher. DOI/URL."""
    runs: list[Run] = []
    if ref.authors:
        runs.append(Run(f"{ref.authors} "))
    if ref.year:
        runs.append(Run(f"({ref.year}). "))
    elif ref.authors:
        runs[-1].text = runs[-1].text.rstrip() + ". "
    runs.append(Run(ref.title.rstrip("."), italic=True))
    runs.append(Run(". "))
    if ref.publisher:
        runs.append(Run(f"{ref.publisher}. "))
    if ref.doi:
        runs.append(Run(f"https://doi.org/{ref.doi}"))
    elif ref.url:
        runs.append(Run(ref.url))
    runs[-1].text = runs[-1].text.rstrip()
    return runs


def period(start: str, end: str) -> str:
    if start and end:
        return f"{start} – {end}"
    return start or end


def plan_document(plan: PlanData, language: str = "en") -> Document:
    t = Labels(language)
    blocks: list[Block] = [
        _title_page(plan, t),
        Contents(t["contents"]),
        PageBreak(),
        Heading(t["problem_of_practice"], 1),
        _markdown_or_none(plan.problem_of_practice, t),
        Heading(t["rationale"], 1),
        _markdown_or_none(plan.rationale, t),
        *_adapted_from(plan, t),
        Heading(t["goals_and_actions"], 1),
    ]
    if not plan.goals:
        blocks.append(Paragraph.of(t["none"], "muted"))
    for n, goal in enumerate(plan.goals, 1):
        blocks.extend(_goal(n, goal, t))
    blocks.extend(_evidence(plan, t))
    blocks.extend(_appendix(plan, t))
    doc = Document(
        title=plan.title,
        language=t.language,
        blocks=blocks,
        meta={
            "title": plan.title,
            "document": t["plan_report"],
            "city": plan.city,
            "team": plan.team,
            "date": plan.date,
            "status": plan.status,
            "stage": plan.stage,
            "owner": plan.owner,
            "lang": t.language,
            "id": plan.id,
        },
        footer=f"{plan.title} · {plan.team}" if plan.team else plan.title,
    )
    doc.number_anchors()
    return doc


def _markdown_or_none(text: str, t: Labels) -> Block:
    return Markdown(text) if text else Paragraph.of(t["none"], "muted")


def _title_page(plan: PlanData, t: Labels) -> TitlePage:
    title_fields = [
        (t["city"], plan.city),
        (t["team"], plan.team),
        (t["date"], plan.date),
        (t["status"], t.value(plan.status)),
        (t["stage"], t.value(plan.stage)),
        (t["owner"], plan.owner),
        (t["working_group"], plan.working_group),
        (t["period"], period(plan.start, plan.end)),
        *((t.field("action_plan", name), _detail(name, value, t)) for name, value in plan.details),
    ]
    return TitlePage(
        kicker=t["plan_report"],
        title=plan.title,
        fields=[(k, v) for k, v in title_fields if v],
        footnote=t.fmt("confidential", network=plan.network) if plan.network else "",
    )


def _detail(name: str, value: object, t: Labels) -> str:
    """A plan field's value as the document shows it: yes/no, an enum value's name, else its text."""
    kind = TYPES["action_plan"].by_name[name].kind
    if value is None or value == "":
        return ""
    if kind == "bool":
        return t.yes_no(value)
    return t.value(value) if kind == "enum" else str(value)


def _adapted_from(plan: PlanData, t: Labels) -> list[Block]:
    blocks: list[Block] = [Heading(t["adapted_from"], 1)]
    if plan.adapted_practices:
        blocks.append(Heading(t["practices"], 2))
        for p in plan.adapted_practices:
            blocks.append(Paragraph([Run(p.title, bold=True), *([Run(f" — {p.city}")] if p.city else [])]))
            if p.summary:
                blocks.append(Markdown(p.summary))
    if plan.adapted_cities:
        blocks.append(Heading(t["cities"], 2))
        blocks.append(Bullets([[Run(c)] for c in plan.adapted_cities]))
    if not plan.adapted_practices and not plan.adapted_cities:
        blocks.append(Paragraph.of(t["none"], "muted"))
    return blocks


def _goal(n: int, goal: GoalSection, t: Labels) -> list[Block]:
    blocks: list[Block] = [Heading(f"{t['goal']} {n}. {goal.statement}", 2)]
    pairs = [
        (t["indicator"], goal.indicator),
        (t["baseline"], goal.baseline),
        (t["target"], goal.target),
        (t["due"], goal.due),
    ]
    done = sum(1 for a in goal.actions if a.status == "done")
    if goal.actions:
        pairs.append((t["progress"], t.fmt("actions_done", done=done, total=len(goal.actions))))
    blocks.append(Fields([(k, v) for k, v in pairs if v]))
    if not goal.actions:
        blocks.append(Paragraph.of(t["no_actions"], "muted"))
        return blocks
    blocks.append(
        Table(
            headers=[t["action"], t["responsible"], t["accountable"], t["due"], t["status"], t["milestone"]],
            rows=[
                [a.title, a.responsible, a.accountable, a.due, t.value(a.status), "★" if a.milestone else ""]
                for a in goal.actions
            ],
            widths=[32, 15, 15, 12, 14, 12],
        )
    )
    return blocks


def _evidence(plan: PlanData, t: Labels) -> list[Block]:
    blocks: list[Block] = [Heading(t["evidence"], 1)]
    if plan.evidence:
        blocks.append(Paragraph.of(t["evidence_intro"], "muted"))
        items = []
        for ref in plan.evidence:
            runs = citation(ref)
            if ref.why_it_matters:
                runs.append(Run(f"\n{t['why_it_matters']}: ", bold=True))
                runs.append(Run(" ".join(ref.why_it_matters.split())))
            items.append(runs)
        blocks.append(Bullets(items, ordered=True))
    elif not plan.notes:
        blocks.append(Paragraph.of(t["none"], "muted"))
    if plan.notes:
        blocks.append(Paragraph.of(t["evidence_notes"], "muted"))
    return blocks


def _appendix(plan: PlanData, t: Labels) -> list[Block]:
    if not plan.notes:
        return []
    blocks: list[Block] = [PageBreak(), Heading(t["appendix_notes"], 1)]
    for note in plan.notes:
        blocks.append(Heading(note.title, 2))
        meta = [t.value(note.kind), note.author, note.date, note.working_group]
        line = " · ".join(m for m in meta if m)
        if line:
            blocks.append(Paragraph.of(line, "muted"))
        blocks.append(Markdown(note.body))
    return blocks
