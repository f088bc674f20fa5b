"""Plan templates: a plan with every goal and action of the template, in order, in one write."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.services.plan_templates import (
    INNOVATION_AT_SCALE,
    INQUIRY_CYCLE,
    TEMPLATES,
    create_from_template,
    goal_due_dates,
)


def test_inquiry_cycle_follows_the_five_stages_in_order() -> None:
    stages = [g.statement.split(":")[0] for g in INQUIRY_CYCLE.goals]
    assert stages == ["Inquiry", "Discussion", "Planning", "Action", "Review"]


def test_innovation_at_scale_has_the_four_levers() -> None:
    levers = [g.statement.split(":")[0] for g in INNOVATION_AT_SCALE.goals]
    assert levers == ["Set goals", "Create flexibility", "Develop talent", "Build networks"]


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_plan_from_template_creates_goals_and_actions_in_order(ws, key: str) -> None:
    spec = TEMPLATES[key]
    created = create_from_template(
        ws, key, {"title": "Teaching force", "start": "2026-01-01", "end": "2026-12-31"}
    )
    plan, changes = created.rec, created.changes
    view = ws.get(plan)
    assert view.data["title"] == "Teaching force"
    assert view.data["stage"] == spec.stage
    goals = ws.children(plan, "goal")
    assert [g.data["statement"] for g in goals] == [g.statement for g in spec.goals]
    assert goals[-1].data["due"] == "2026-12-31"
    for goal, tgoal in zip(goals, spec.goals, strict=True):
        actions = ws.children(goal.id, "action")
        assert [a.data["title"] for a in actions] == [a.title for a in tgoal.actions]
        assert [a.data["milestone"] for a in actions] == [a.milestone for a in tgoal.actions]
        assert all(a.data["status"] == "not_started" for a in actions)
    n_actions = sum(len(g.actions) for g in spec.goals)
    assert len(changes.created) == 1 + len(spec.goals) + n_actions
    assert changes.types == {"action_plan", "goal", "action"}


def test_unknown_template_or_bad_values_leave_the_store_unchanged(ws) -> None:
    before = ws.store.dump()
    with pytest.raises(UserError):
        create_from_template(ws, "nope", {"title": "X"})
    with pytest.raises(UserError):
        create_from_template(ws, "inquiry_cycle", {})  # a plan needs a title
    with pytest.raises(UserError):
        create_from_template(ws, "inquiry_cycle", {"title": "X", "start": "2026-05-01", "end": "2026-01-01"})
    assert ws.store.dump() == before


def test_goal_due_dates_spread_over_the_period() -> None:
    assert goal_due_dates("2026-01-01", "2026-01-05", 4) == [
        "2026-01-02", "2026-01-03", "2026-01-04", "2026-01-05"
    ]
    assert goal_due_dates(None, "2026-06-30", 2) == ["2026-06-30", "2026-06-30"]
    assert goal_due_dates(None, None, 3) == [None, None, None]
