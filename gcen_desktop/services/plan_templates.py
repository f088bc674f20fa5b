"""Ready-made action plans: the network's inquiry cycle and the innovation-at-scale framework."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError
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


def _a(title: str, milestone: bool = False) -> TemplateAction:
    return TemplateAction(title, milestone)


INQUIRY_CYCLE = PlanTemplate(
    key="inquiry_cycle",
    name="Cycle of inquiry",
    description=(
        "The network's cycle of inquiry, discussion, planning, action and review: turn another "
        "city's practice into a local plan, one stage after the other."
    ),
    stage="inquiry",
    goals=(
        TemplateGoal(
            "Inquiry: understand the problem of practice here",
            "Evidence base on the problem assembled and shared with the team",
            (
                _a("Gather local data on the problem of practice"),
                _a("Find practices of network cities that address it"),
                _a("Assign background readings and case studies to the team"),
            ),
        ),
        TemplateGoal(
            "Discussion: build a shared understanding with the network",
            "Team agrees which practice to adapt and why",
            (
                _a("Discuss readings and site-visit notes with the team"),
                _a("Hold an exchange with the city that runs the practice"),
                _a("Agree what to adapt and what to leave aside", milestone=True),
            ),
        ),
        TemplateGoal(
            "Planning: agree a local plan",
            "Plan approved, with an owner for every action",
            (
                _a("Set goals, indicators, baselines and targets"),
                _a("Name who is responsible and who is accountable for each action"),
                _a("Secure the approvals and resources the plan needs", milestone=True),
            ),
        ),
        TemplateGoal(
            "Action: put the plan into practice",
            "Actions under way in the first schools",
            (
                _a("Launch the first actions in pilot schools", milestone=True),
                _a("Support the practitioner-leaders doing the work"),
                _a("Record progress and evidence as it happens"),
            ),
        ),
        TemplateGoal(
            "Review: learn from the results",
            "Results compared with targets and shared with the network",
            (
                _a("Compare results with baselines and targets"),
                _a("Share what was learned at the next symposium"),
                _a("Decide to scale up, adjust or stop", milestone=True),
            ),
        ),
    ),
)

INNOVATION_AT_SCALE = PlanTemplate(
    key="innovation_at_scale",
    name="Innovation at scale",
    description=(
        "Four levers for spreading innovation across a school system: set goals, create "
        "flexibility, develop talent and build networks."
    ),
    stage="planning",
    goals=(
        TemplateGoal(
            "Set goals: clear, ambitious goals for the whole system",
            "Goals, indicators and targets published to every school",
            (
                _a("Define the outcomes the system wants for its students"),
                _a("Choose indicators and targets everyone can see"),
                _a("Communicate the goals to schools and the community", milestone=True),
            ),
        ),
        TemplateGoal(
            "Create flexibility: room for schools to innovate",
            "Schools using new flexibility in time, staffing or budget",
            (
                _a("Identify the rules and structures that block new practice"),
                _a("Give pilot schools flexibility in time, staffing or budget", milestone=True),
                _a("Set up a way to learn from school-level pilots"),
            ),
        ),
        TemplateGoal(
            "Develop talent: grow the people who lead the change",
            "Practitioner-leaders identified and supported in every pilot school",
            (
                _a("Identify practitioner-leaders in schools"),
                _a("Design professional learning around the goals"),
                _a("Create career pathways that reward leadership", milestone=True),
            ),
        ),
        TemplateGoal(
            "Build networks: share what works between schools and cities",
            "Networks of schools meeting regularly on shared problems",
            (
                _a("Form networks of schools working on the same problem"),
                _a("Link with network cities running similar practices"),
                _a("Hold regular exchanges to spread effective practice", milestone=True),
            ),
        ),
    ),
)

TEMPLATES: dict[str, PlanTemplate] = {t.key: t for t in (INQUIRY_CYCLE, INNOVATION_AT_SCALE)}


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
