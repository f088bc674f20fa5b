"""The sample city team (`gcen demo`): what it contains, that the store stays sound, that it is repeatable."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.domain.schema import (
    CLI_NAME_OF,
    CLI_TYPES,
    MEMBER_ROLES,
    NOTE_KINDS,
    READING_KINDS,
    TYPES,
)
from gcen_desktop.services import Workspace
from gcen_desktop.services.queries import Filters
from gcen_desktop.services.sample import DIVERSITY_GROUP, TEACHING_GROUP, fill_sample

WORKSPACE_NAME = "Boston Public Schools — GCEN team"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One sample workspace shared by the read-only tests of this module (filling takes ~1 s)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GCEN_STATE_DIR", str(tmp_path_factory.mktemp("sample-state")))
        w = Workspace.new(tmp_path_factory.mktemp("sample") / "ws", WORKSPACE_NAME, city="Boston")
        counts = fill_sample(w)
        yield w, counts
        w.close()


def _one(w: Workspace, type_name: str, label: str):
    found = w.find_by_label(type_name, label)
    assert found is not None, f"no {type_name} called {label!r}"
    return found


def _today() -> str:
    return dt.date.today().isoformat()


def test_counts_are_by_cli_type_and_match_the_store(demo):
    w, counts = demo
    assert set(counts) <= set(CLI_TYPES)
    for cli_name, n in counts.items():
        before = 1 if cli_name == "city" else 0  # Boston came with the new workspace
        assert w.count(cli_name) == n + before, cli_name
    assert counts["reading"] == 21 and counts["note"] >= 12 and counts["plan"] == 2
    assert sum(counts.values()) < 400  # a few hundred records at most: it runs in many tests


def test_the_data_file_builds_the_same_team_as_the_code_it_replaced(demo):
    """The records, links and reading statuses the sample made when it was Python (counted then)."""
    w, counts = demo
    assert counts == {
        "action": 15, "agenda": 16, "checklist": 8, "city": 9, "goal": 4, "group": 2, "member": 16,
        "note": 13, "plan": 2, "practice": 6, "reading": 21, "symposium": 2,
    }
    kinds = ("related", "evidence", "adapted_from", "group_member", "participant", "tag")
    links, statuses = Counter(), 0
    for cli_name in CLI_TYPES:
        for view in w.list(cli_name):
            for kind in kinds:
                links[kind] += len(w.links_from(view.id, kind))
            statuses += len(w.reading_statuses(view.id))
    assert links == {"adapted_from": 4, "evidence": 13, "group_member": 19, "participant": 13, "related": 7, "tag": 76}
    assert statuses == 22
    assert w.find_by_label("plan", "Boston teacher residency for high-need schools") is not None


def test_members_cover_every_role_with_contact_details(demo):
    w, _ = demo
    members = w.list("member")
    assert {m.data["role"] for m in members} == set(MEMBER_ROLES)
    for m in members:
        assert m.data.get("organisation"), m.title
        assert re.fullmatch(r"[\w.\-]+@example\.org", m.data.get("email", "")), m.title
        assert w.get(m.data["city"]).type == "city"
    assert w.me is not None
    me = w.get(w.me)
    assert me.type == "member" and me.data["role"] == "superintendent"


def test_network_cities_have_countries(demo):
    w, _ = demo
    cities = w.list("city")
    assert len(cities) >= 10
    assert all(c.data.get("country") for c in cities)
    names = {c.title for c in cities}
    assert {"Boston", "Toronto", "Shanghai", "Seoul", "Singapore", "Hiroshima", "Melbourne"} <= names
    assert len(names) == len(cities)  # Boston from the new workspace was reused, not duplicated


def test_two_working_groups_with_members(demo):
    w, _ = demo
    for name in (TEACHING_GROUP, DIVERSITY_GROUP):
        group = _one(w, "group", name)
        assert group.data.get("topic") and group.data.get("description")
        members = w.linked(group.id, "group_member")
        assert len(members) >= 5
        assert all(m.type == "member" for m in members)


def test_next_symposium_is_a_three_day_symposium_with_a_full_agenda(demo):
    w, _ = demo
    nxt = w.next_symposium()
    assert nxt is not None
    sym, done, total = nxt
    start, end = (dt.date.fromisoformat(sym.data[k]) for k in ("start", "end"))
    today = dt.date.today()
    assert today < start <= today + dt.timedelta(days=60)
    assert (end - start).days == 2
    assert sym.data["kind"] == "symposium"
    host = w.get(sym.data["host_city"])
    assert host.type == "city" and host.title != "Boston"

    agenda = w.children(sym.id, "agenda")
    assert {a.data["day"] for a in agenda} == {1, 2, 3}
    kinds = Counter(a.data["kind"] for a in agenda)
    assert kinds["site_visit"] >= 2 and kinds["expert_talk"] >= 1
    assert kinds["exchange"] >= 1 and kinds["workshop"] >= 1
    assert all(a.data.get("time") and a.data.get("place") for a in agenda)

    assert len(w.linked(sym.id, "participant")) >= 5
    assert 0 < done < total  # the prep checklist is part done
    assert total == len(w.children(sym.id, "checklist"))


def test_notes_in_every_kind_and_several_languages(demo):
    w, _ = demo
    notes = w.list("note")
    assert len(notes) >= 12
    assert {n.data["kind"] for n in notes} == set(NOTE_KINDS)
    languages = Counter(n.data.get("language") for n in notes)
    assert {"zh", "es", "fr"} <= set(languages)
    assert languages["en"] >= 6
    assert sum(1 for n in notes if n.data.get("symposium")) >= 3
    for n in notes:
        assert n.data.get("working_group"), n.title
        assert n.data.get("author") and w.get(n.data["author"]).type == "member"
        members = {m.id for m in w.linked(n.data["working_group"], "group_member")}
        assert n.data["author"] in members, f"{n.title}: the author is not in the note's group"
        assert w.tags_of(n.id), n.title
        body = n.data["body"]
        assert re.search(r"^## ", body, re.M), n.title  # Markdown headings
        assert re.search(r"^(- |\d+\. )", body, re.M), n.title  # and a list
        assert len([p for p in body.split("\n\n") if p.strip()]) >= 4, n.title
        assert dt.date.fromisoformat(n.data["date"]) <= dt.date.today()


def test_notes_at_a_past_meeting_belong_to_a_meeting_that_happened(demo):
    w, _ = demo
    for n in w.list("note"):
        if n.data.get("symposium"):
            sym = w.get(n.data["symposium"])
            if n.data["kind"] in ("site_visit", "session"):
                assert sym.data["start"] <= n.data["date"] <= sym.data["end"], n.title
                assert n.data["author"] in {m.id for m in w.linked(sym.id, "participant")}, n.title
            else:
                assert n.data["date"] <= sym.data["start"], n.title


def test_three_readings_of_each_kind_with_full_details(demo):
    w, _ = demo
    readings = w.list("reading")
    assert Counter(r.data["kind"] for r in readings) == dict.fromkeys(READING_KINDS, 3)
    for r in readings:
        d = r.data
        assert d.get("authors") and d.get("publisher") and d.get("abstract") and d.get("why_it_matters"), r.title
        assert 1990 < d["year"] <= dt.date.today().year
        assert d["url"].startswith("https://example.org/")
        assert d.get("doi") is None or d["doi"].startswith("10.5555/")
        assert w.tags_of(r.id), r.title
    assert sum(1 for r in readings if r.data.get("doi")) >= 7
    assert sum(1 for r in readings if r.data.get("assigned_to")) >= 10

    statuses = {r.id: w.reading_statuses(r.id) for r in readings}
    assert sum(len(s) for s in statuses.values()) >= 15
    assert any(len(s) >= 3 for s in statuses.values())  # a reading several members track
    assert {v for s in statuses.values() for v in s.values()} == {"to_read", "reading", "read", "discussed"}
    mine = w.readings_assigned_to()
    assert mine and all(statuses[r.id].get(w.me) not in ("read", "discussed") for r in mine)
    assert len(mine) < sum(1 for r in readings if r.data.get("assigned_to") == w.me)  # a read one drops out


def test_practices_of_other_cities_include_a_teacher_residency(demo):
    w, _ = demo
    practices = w.list("practice")
    assert 4 <= len(practices) <= 6
    cities = {w.get(p.data["city"]).title for p in practices}
    assert "Boston" not in cities and len(cities) == len(practices)
    assert all(p.data.get("summary") and p.data.get("results") and p.data.get("contacts") for p in practices)
    assert any("residency" in p.title.casefold() for p in practices)


def test_action_plan_adapts_the_residency_with_goals_actions_and_evidence(demo):
    w, _ = demo
    plans = {p.data["status"]: p for p in w.list("plan")}
    assert set(plans) == {"active", "draft"}
    plan = plans["active"]
    assert plan.data["stage"] == "planning"
    assert plan.data.get("problem_of_practice") and plan.data.get("rationale")
    assert w.get(plan.data["city"]).title == "Boston"
    assert w.get(plan.data["owner"]).type == "member"

    adapted = w.linked(plan.id, "adapted_from")
    practice = next(v for v in adapted if v.type == "practice")
    city = next(v for v in adapted if v.type == "city")
    assert "residency" in practice.title.casefold()
    assert practice.data["city"] == city.id

    evidence = w.linked(plan.id, "evidence")
    assert {v.type for v in evidence} == {"reading_item", "note"}
    assert len(evidence) >= 5
    assert plan.id in {v.id for v in w.backlinks(evidence[0].id, "evidence")}

    goals = w.children(plan.id, "goal")
    assert len(goals) == 3
    today = _today()
    statuses, dues, milestones = Counter(), [], 0
    for goal in goals:
        assert all(goal.data.get(k) for k in ("indicator", "baseline", "target", "due")), goal.title
        actions = w.children(goal.id, "action")
        assert 3 <= len(actions) <= 5
        for a in actions:
            assert w.get(a.data["responsible"]).type == "member"
            assert w.get(a.data["accountable"]).type == "member"
            statuses[a.data["status"]] += 1
            dues.append(a.data["due"])
            milestones += bool(a.data["milestone"])
    assert set(statuses) == {"not_started", "in_progress", "blocked", "done"}
    assert milestones >= 3
    week = (dt.date.today() + dt.timedelta(days=7)).isoformat()
    assert any(d > week for d in dues)
    overdue = w.overdue_actions()
    assert overdue and all(a.data["due"] < today and a.data["status"] != "done" for a in overdue)
    assert any(a.data["status"] == "blocked" for a in overdue)
    assert w.actions_due_within(7)
    progress = w.plan_progress(plan.id)
    assert sum(done for _, done, _ in progress) >= 3

    draft = plans["draft"]
    assert w.linked(draft.id, "adapted_from") and w.linked(draft.id, "evidence")
    assert w.children(draft.id, "goal")


def test_store_is_sound_after_the_sample(demo):
    w, _ = demo
    assert w.store.check() == []
    assert w.indexing_backlog() == 0


def test_search_finds_chinese_and_korean_words_inside_sentences(demo):
    w, _ = demo
    hits = w.search("教师", Filters(types=("note",)))
    assert hits
    for view, _snippet in hits:
        assert view.data["language"] == "zh"
        # The word sits inside a longer run of characters, not between spaces.
        assert re.search(r"[\u4e00-\u9fff]教师|教师[\u4e00-\u9fff]", view.data["body"])
    ko = w.search("교사", Filters(types=("note",)))
    assert [v.data["language"] for v, _ in ko] == ["ko"]
    assert re.search(r"[\uac00-\ud7af]교사|교사[\uac00-\ud7af]", ko[0][0].data["body"])
    assert w.search("résidence")[0][0].data["language"] == "fr"
    assert any(v.data.get("language") == "es" for v, _ in w.search("familias"))


def test_a_second_fill_is_refused_and_changes_nothing(ws):
    me_before = ws.me
    fill_sample(ws)
    assert ws.me == me_before  # an existing 'me' is kept
    before = ws.store.dump()
    with pytest.raises(UserError, match="already holds the sample"):
        fill_sample(ws)
    assert ws.store.dump() == before


def _content(w: Workspace) -> list[tuple]:
    """Everything the sample wrote, with ids replaced by the labels of what they point to."""

    def label(rec: str) -> str:
        view = w.find(rec)
        return f"{view.type}:{view.title}" if view else rec

    out = []
    for cli_name in sorted(CLI_TYPES):
        spec = TYPES[CLI_TYPES[cli_name]]
        for view in w.list(cli_name):
            fields = tuple(
                (f.name, label(view.data[f.name]) if f.kind == "ref" and view.data.get(f.name) else view.data.get(f.name))
                for f in spec.fields
            )
            links = tuple(sorted((lk.data["kind"], label(lk.data["b"])) for kind in ("tag", "group_member", "participant", "evidence", "adapted_from", "related") for lk in w.links_from(view.id, kind)))
            statuses = tuple(sorted((label(m), s) for m, s in w.reading_statuses(view.id).items()))
            out.append((CLI_NAME_OF[view.type], fields, links, statuses))
    return sorted(out, key=repr)


def test_content_is_the_same_on_every_run(demo, tmp_path):
    w, _ = demo
    other = Workspace.new(tmp_path / "again", WORKSPACE_NAME, city="Boston")
    try:
        fill_sample(other)
        assert _content(other) == _content(w)
    finally:
        other.close()
