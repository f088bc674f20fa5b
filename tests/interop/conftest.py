"""Fixtures for the sharing tests: one sample workspace per session (documents only read it),
with a multilingual goal added so every format must carry Chinese, Korean and accented text."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
CJK_GOAL = "提高新教师留任率 — 신규 교사 유지율 향상"
ACCENT_ACTION = "Réunion à São Paulo avec l'équipe de Zürich"


@pytest.fixture(scope="session")
def shared_sample(tmp_path_factory: pytest.TempPathFactory):
    """The sample city team (read-only for tests), its state kept away from the user's."""
    from gcen_desktop.services import Workspace
    from gcen_desktop.services.sample import fill_sample

    state = tmp_path_factory.mktemp("shared-state")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GCEN_STATE_DIR", str(state))
        mp.setenv("GCEN_CONFIG_DIR", str(state / "config"))
        ws = Workspace.new(tmp_path_factory.mktemp("shared") / "ws", "Boston Public Schools — GCEN team", city="Boston")
        fill_sample(ws)
        plan = next(p for p in ws.list("action_plan") if "residency" in p.title)
        goal = ws.create("goal", {"plan": plan.id, "statement": CJK_GOAL, "indicator": "留任率 / 유지율",
                                     "baseline": "61 %", "target": "75 %"}).rec
        me = ws.me
        ws.create("action", {"goal": goal, "title": ACCENT_ACTION, "due": "2027-03-02", "milestone": True,
                             "responsible": me, "status": "in_progress"})
        yield ws
        ws.close()


@pytest.fixture(scope="session")
def residency_plan(shared_sample):
    return next(p for p in shared_sample.list("action_plan") if "residency" in p.title)


@pytest.fixture(scope="session")
def seoul(shared_sample):
    return next(s for s in shared_sample.list("symposium") if "Seoul" in s.title)


@pytest.fixture(scope="session")
def out_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("documents")


@pytest.fixture(scope="session")
def plan_pdf(shared_sample, residency_plan, out_dir) -> Path:
    from gcen_desktop.services.documents import export_plan

    return export_plan(shared_sample, residency_plan.id, "pdf", out_dir / "plan.pdf")


@pytest.fixture(scope="session")
def briefing_pdf(shared_sample, seoul, out_dir) -> Path:
    from gcen_desktop.services.documents import export_briefing

    return export_briefing(shared_sample, seoul.id, "pdf", out_dir / "briefing.pdf")


@pytest.fixture
def small_plan(ws):
    """A plan with private and shared parts, and text that must be escaped in every format."""
    me = ws.me
    plan = ws.create("plan", {"title": "Plan <b>one</b> & co", "status": "active", "owner": me,
                                 "problem_of_practice": "Too few *mentors*.\n\n<script>alert(1)</script>"}).rec
    shared_goal = ws.create("goal", {"plan": plan, "statement": "Shared goal"}).rec
    secret_goal = ws.create("goal", {"plan": plan, "statement": "Secret goal", "visibility": "private"}).rec
    ws.create("action", {"goal": shared_goal, "title": "=HYPERLINK(\"http://x\")", "due": "2027-01-10",
                         "responsible": me})
    ws.create("action", {"goal": shared_goal, "title": "Hidden action", "visibility": "private", "due": "2027-01-11"})
    ws.create("action", {"goal": secret_goal, "title": "Action under secret goal", "due": "2027-01-12"})
    note = ws.create("note", {"title": "Private reflection", "body": "do not share", "visibility": "private"}).rec
    shared_note = ws.create("note", {"title": "Shared note", "body": "# Heading in note\n\n- point"}).rec
    ws.link("evidence", plan, note)
    ws.link("evidence", plan, shared_note)
    return plan
