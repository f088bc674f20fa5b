"""A publication as the desktop's own document (the HTML export): a plan through the desktop's
plan report, anything else as a title page with its fields, its long texts as Markdown (shown
as text, never as HTML)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from gcen_desktop.domain.schema import TYPES
from gcen_desktop.interop.document import Document, Fields, Heading, Markdown, TitlePage
from gcen_desktop.interop.html import render_html
from gcen_desktop.interop.labels import Labels
from gcen_desktop.interop.plan_report import ActionRow, GoalSection, PlanData, plan_document
from gcen_desktop.store.network_library import Entry


def _s(value: Any) -> str:
    return "" if value is None else str(value)


def plan_data(e: Entry) -> PlanData:
    v = e.values
    parts = e.body.get("parts") or []
    goals: list[GoalSection] = []
    for goal in (p for p in parts if p["type"] == "goal"):
        g = goal["values"]
        actions = [ActionRow(id=a["rec"], title=_s(a["values"].get("title")), goal=_s(g.get("statement")),
                             plan=e.title, due=_s(a["values"].get("due")),
                             status=_s(a["values"].get("status")) or "not_started",
                             milestone=bool(a["values"].get("milestone")), notes=_s(a["values"].get("notes")))
                   for a in parts if a["type"] == "action" and a["values"].get("goal") == goal["rec"]]
        goals.append(GoalSection(statement=_s(g.get("statement")), indicator=_s(g.get("indicator")),
                                 baseline=_s(g.get("baseline")), target=_s(g.get("target")), due=_s(g.get("due")),
                                 actions=actions))
    return PlanData(id=e.rec, title=e.title, city=_s(v.get("city")) or e.city, team=e.team,
                    date=dt.datetime.fromtimestamp(e.published_ms / 1000, dt.UTC).date().isoformat(),
                    status=_s(v.get("status")), stage=_s(v.get("stage")), working_group=_s(v.get("working_group")),
                    start=_s(v.get("start")), end=_s(v.get("end")),
                    problem_of_practice=_s(v.get("problem_of_practice")), rationale=_s(v.get("rationale")),
                    goals=goals)


def record_document(e: Entry, language: str) -> Document:
    if e.type == "action_plan":
        return plan_document(plan_data(e), language)
    t = Labels(language)
    spec = TYPES[e.type]
    long_texts = [f for f in spec.fields if f.kind == "text" and e.values.get(f.name)]
    pairs = [(t.field(e.type, f.name), _s(e.values.get(f.name))) for f in spec.fields
             if f.name not in ("visibility", spec.label) and f.kind != "text" and e.values.get(f.name) not in (None, "")]
    blocks: list[Any] = [TitlePage(t.type(e.type), e.title, [(t["city"], e.city), *pairs])]
    for f in long_texts:
        blocks += [Heading(t.field(e.type, f.name), 1), Markdown(_s(e.values[f.name]))]
    if e.body.get("tags"):
        blocks.append(Fields([("#", ", ".join(e.body["tags"]))]))
    doc = Document(title=e.title, language=t.language, blocks=blocks, footer=f"{e.title} · {e.city}")
    doc.number_anchors()
    return doc


def record_html(e: Entry, language: str) -> str:
    return render_html(record_document(e, language))
