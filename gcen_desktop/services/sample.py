"""The sample city team that `gcen demo` and the first-run screen write into a workspace.

The team is data, `gcen_desktop/resources/data/sample_team.toml`: a fictional Boston team in a
network of cities, its working groups, a past meeting in Toronto and an upcoming symposium in
Seoul, notes, readings, other cities' practices and two action plans. This module turns it into
records with public Workspace services only, so the sample is a fair test of them. The content is
the same on every run; only dates move with today so the dashboard (overdue, this week, next
symposium) has something to show.

TOML rather than JSON: the notes' Markdown bodies stay multi-line text that reads and diffs like
the page, the file says in comments what its numbers mean, and `tomllib` is in the standard library.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

from ..domain.errors import UserError
from ..domain.schema import CLI_NAME_OF, record_type
from ..resources import load_data
from .workspace import Workspace

_DATA: dict[str, Any] = load_data("sample_team")
_GROUP_NAMES = {group["key"]: group["name"] for group in _DATA["groups"]}

SAMPLE_TEAM: str = _DATA["team"]
HOME_CITY: str = _DATA["home_city"]
TEACHING_GROUP = _GROUP_NAMES["teaching"]
DIVERSITY_GROUP = _GROUP_NAMES["diversity"]


class _Builder:
    """Adds records to the workspace, counts them by type and remembers each one's id by its key."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.today = dt.date.today()
        self.counts: Counter[str] = Counter()
        # "city", "member", "group", "symposium", "practice", "reading", "note" -> key -> id
        self.ids: dict[str, dict[str, str]] = {}

    def day(self, offset: int) -> str:
        """The date `offset` days from today, as the data gives every date."""
        return (self.today + dt.timedelta(days=offset)).isoformat()

    def add(self, type_name: str, values: dict[str, Any], tags: list[str] | tuple[str, ...] = ()) -> str:
        rec = self.ws.create(type_name, values, tags=list(tags)).rec
        self.counts[CLI_NAME_OF[record_type(type_name).name]] += 1
        return rec

    def keep(self, kind: str, key: str, rec: str) -> str:
        self.ids.setdefault(kind, {})[key] = rec
        return rec

    def id(self, kind: str, key: str | None) -> str | None:
        return self.ids[kind][key] if key else None

    def ref(self, kind_and_key: str) -> str:
        """The id of `reading:r_toronto`, `city:Toronto` …, as the data's link lists name records."""
        kind, key = kind_and_key.split(":", 1)
        return self.ids[kind][key]


def fill_sample(ws: Workspace) -> dict[str, int]:
    """Add the sample city team to a workspace; return how many records of each type were added."""
    if ws.find_by_label("working_group", TEACHING_GROUP) is not None:
        raise UserError(
            "This workspace already holds the sample city team; start a new workspace to add it again."
        )
    b = _Builder(ws)
    _add_cities(b, _DATA["cities"])
    _add_members(b, _DATA["members"], _DATA["me"])
    _add_groups(b, _DATA["groups"])
    _add_symposia(b, _DATA["symposia"])
    _add_practices(b, _DATA["practices"])
    _add_readings(b, _DATA["readings"], _DATA["reading_status"])
    _add_notes(b, _DATA["notes"])
    for a, other in _DATA["related"]:
        ws.link("related", b.ref(a), b.ref(other))
    for plan in _DATA["plans"]:
        _add_plan(b, plan)
    return dict(b.counts)


def _add_cities(b: _Builder, cities: list[dict[str, Any]]) -> None:
    """The network's cities; one the workspace has already (its own) is reused, its country filled in."""
    for city in cities:
        name, country = city["name"], city["country"]
        existing = b.ws.find_by_label("city", name)
        if existing is None:
            b.keep("city", name, b.add("city", {"name": name, "country": country}))
            continue
        b.keep("city", name, existing.id)
        if not existing.data.get("country"):
            b.ws.edit(existing.id, {"country": country})


def _add_members(b: _Builder, members: list[dict[str, Any]], me: str) -> None:
    for m in members:
        values = {"name": m["name"], "role": m["role"], "organisation": m["organisation"],
                  "email": m["email"], "city": b.id("city", m["city"])}
        b.keep("member", m["key"], b.add("member", values))
    if not b.ws.me:
        b.ws.set_me(b.id("member", me))


def _add_groups(b: _Builder, groups: list[dict[str, Any]]) -> None:
    for g in groups:
        values = {"name": g["name"], "topic": g["topic"], "description": g["description"]}
        group = b.keep("group", g["key"], b.add("working_group", values))
        for m in g["members"]:
            b.ws.link("group_member", group, b.id("member", m))


def _add_symposia(b: _Builder, symposia: list[dict[str, Any]]) -> None:
    """Each symposium with its agenda, participants and preparation checklist."""
    for s in symposia:
        values = {"title": s["title"], "host_city": b.id("city", s["host_city"]), "start": b.day(s["start"]),
                  "end": b.day(s["end"]), "kind": s["kind"], "location": s["location"],
                  "description": s["description"]}
        sym = b.keep("symposium", s["key"], b.add("symposium", values, s["tags"]))
        for item in s["agenda"]:
            b.add("agenda_item", {"symposium": sym, "day": item["day"], "time": item["time"],
                                  "kind": item["kind"], "title": item["title"], "place": item["place"]})
        for m in s["participants"]:
            b.ws.link("participant", sym, b.id("member", m))
        for item in s["checklist"]:
            b.add("checklist_item", {"symposium": sym, "title": item["title"], "done": item["done"],
                                     "owner": b.id("member", item["owner"]), "due": b.day(item["due"])})


def _add_practices(b: _Builder, practices: list[dict[str, Any]]) -> None:
    for p in practices:
        values = {"title": p["title"], "city": b.id("city", p["city"]), "summary": p["summary"],
                  "results": p["results"], "contacts": p["contacts"]}
        b.keep("practice", p["key"], b.add("practice", values, p["tags"]))


def _add_readings(b: _Builder, readings: list[dict[str, Any]], statuses: dict[str, dict[str, str]]) -> None:
    """The readings (all in English), then who has read which."""
    for r in readings:
        values = {
            "title": r["title"], "kind": r["kind"], "authors": r["authors"], "year": r["year"],
            "publisher": r["publisher"], "url": r["url"], "doi": r.get("doi"), "abstract": r["abstract"],
            "why_it_matters": r["why_it_matters"], "assigned_to": b.id("member", r.get("assigned_to")),
            "working_group": b.id("group", r.get("group")), "language": "en",
        }
        b.keep("reading", r["key"], b.add("reading_item", values, r["tags"]))
    for key, by_member in statuses.items():
        for m, status in by_member.items():
            b.ws.set_reading_status(b.id("reading", key), status, b.id("member", m))


def _add_notes(b: _Builder, notes: list[dict[str, Any]]) -> None:
    for n in notes:
        values = {
            "title": n["title"], "kind": n["kind"], "body": n["body"], "author": b.id("member", n["author"]),
            "working_group": b.id("group", n["group"]), "symposium": b.id("symposium", n.get("symposium")),
            "language": n["language"], "date": b.day(n["date"]),
        }
        b.keep("note", n["key"], b.add("note", values, n["tags"]))


# What an action may leave out (the field's default then applies).
_ACTION_OPTIONAL = ("status", "milestone", "notes")


def _add_plan(b: _Builder, p: dict[str, Any]) -> None:
    """An action plan, what it adapts and its evidence, then its goals and their actions."""
    values = {
        "title": p["title"], "problem_of_practice": p["problem_of_practice"], "rationale": p["rationale"],
        "city": b.id("city", p["city"]), "working_group": b.id("group", p["group"]), "stage": p["stage"],
        "status": p["status"], "owner": b.id("member", p["owner"]), "start": b.day(p["start"]),
    }
    if "end" in p:
        values["end"] = b.day(p["end"])
    plan = b.add("action_plan", values, p["tags"])
    for kind in ("adapted_from", "evidence"):
        for target in p[kind]:
            b.ws.link(kind, plan, b.ref(target))
    for g in p["goals"]:
        goal = b.add("goal", {"plan": plan, "statement": g["statement"], "indicator": g["indicator"],
                              "baseline": g["baseline"], "target": g["target"], "due": b.day(g["due"])})
        for a in g["actions"]:
            action = {"goal": goal, "title": a["title"], "responsible": b.id("member", a["responsible"]),
                      "accountable": b.id("member", a["accountable"]), "due": b.day(a["due"])}
            action.update((k, a[k]) for k in _ACTION_OPTIONAL if k in a)
            b.add("action", action)


def new_sample_workspace(folder: Path | str) -> Workspace:
    """A workspace of its own holding the sample team (marked as the sample, so the app never takes
    it for the user's own workspace nor its fictional lead for the user)."""
    ws = Workspace.new(folder, SAMPLE_TEAM, city=HOME_CITY)
    try:
        fill_sample(ws)
        ws.mark_sample()
    except BaseException:
        ws.close()
        raise
    return ws
