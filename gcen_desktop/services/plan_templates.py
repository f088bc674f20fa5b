"""Ready-made action plans: the network's inquiry cycle and the innovation-at-scale framework.

The templates are data, `gcen_desktop/resources/data/plan_templates.toml`; this module reads them
into the typed `PlanTemplate` and makes plans from them. TOML rather than JSON: the file can say in
comments what a template is for, it reads like the goals and actions it holds, and `tomllib` is in
the standard library.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError
from ..resources import load_data
from .changes import ChangeSet, Created

if TYPE_CHECKING:
    from .workspace import Workspace


@dataclass(frozen=True)
class TemplateAction:
    title: str
    milestone: bool = False


@dataclass(frozen=True)
class TemplateGoal:
    statement: str
    indicator: str
    actions: tuple[TemplateAction, ...]


@dataclass(frozen=True)
class PlanTemplate:
    key: str
    name: str
    description: str
    stage: str
    goals: tuple[TemplateGoal, ...]


def _template(data: dict[str, Any]) -> PlanTemplate:
    goals = tuple(
        TemplateGoal(
            goal["statement"],
            goal["indicator"],
            tuple(TemplateAction(a["title"], a.get("milestone", False)) for a in goal["actions"]),
        )
        for goal in data["goals"]
    )
    return PlanTemplate(data["key"], data["name"], data["description"], data["stage"], goals)


TEMPLATES: dict[str, PlanTemplate] = {
    t.key: t for t in map(_template, load_data("plan_templates")["templates"])
}
INQUIRY_CYCLE = TEMPLATES["inquiry_cycle"]
INNOVATION_AT_SCALE = TEMPLATES["innovation_at_scale"]


def template(key: str) -> PlanTemplate:
    try:
        return TEMPLATES[key]
    except KeyError:
        raise UserError(
            "There is no plan template '%(key)s'; choose one of: %(templates)s.",
            key=key,
            templates=", ".join(TEMPLATES),
        ) from None


def goal_due_dates(start: str | None, end: str | None, count: int) -> list[str | None]:
    """Spread goal due dates evenly over the plan's period, the last one on its end date."""
    if not start or not end or count <= 0:
        return [end] * count if count > 0 else []
    first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    if last < first:
        raise UserError("The plan ends before it starts; put the end date after the start date.")
    span = (last - first).days
    return [(first + dt.timedelta(days=round(span * (i + 1) / count))).isoformat() for i in range(count)]


def create_from_template(
    ws: Workspace, key: str, values: dict[str, Any]
) -> Created:
    """Create a plan with the template's goals and actions in one transaction.

    `values` are the plan's own fields (title is required); goals get due dates spread over
    the plan's start and end dates when both are given.
    """
    spec = template(key)
    plan_values = {"stage": spec.stage, **values}
    dues = goal_due_dates(plan_values.get("start"), plan_values.get("end"), len(spec.goals))
    changes = ChangeSet()
    with ws.store.write() as conn:
        plan = ws._create(conn, "action_plan", plan_values, changes)
        for goal, due in zip(spec.goals, dues, strict=True):
            goal_id = ws._create(
                conn,
                "goal",
                {"plan": plan, "statement": goal.statement, "indicator": goal.indicator, "due": due},
                changes,
            )
            for action in goal.actions:
                ws._create(
                    conn,
                    "action",
                    {"goal": goal_id, "title": action.title, "milestone": action.milestone},
                    changes,
                )
    return Created(plan, changes)
