"""Property: after any sequence of local edits, deletes and restores, projection == rebuild(log)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, invariant, rule

from gcen_desktop.domain.errors import UserError
from gcen_desktop.services import Workspace

words = st.text(alphabet="abc 教师éx\n", min_size=1, max_size=12)


class LocalEdits(RuleBasedStateMachine):
    plans = Bundle("plans")
    goals = Bundle("goals")
    actions = Bundle("actions")
    notes = Bundle("notes")

    def __init__(self) -> None:
        super().__init__()
        self.dir = tempfile.TemporaryDirectory()
        self.ws = Workspace.new(Path(self.dir.name) / "w", "Property team")

    def teardown(self) -> None:
        self.ws.close()
        self.dir.cleanup()

    def _try(self, func, *args, **kw):
        try:
            return func(*args, **kw)
        except UserError:
            return None  # e.g. editing something in the trash: refused, store unchanged

    @rule(target=notes, title=words, body=words)
    def create_note(self, title, body):
        return self.ws.create("note", {"title": title, "body": body}, tags=["t"]).rec

    @rule(target=plans, title=words)
    def create_plan(self, title):
        return self.ws.create("plan", {"title": title}).rec

    @rule(target=goals, plan=plans, statement=words)
    def create_goal(self, plan, statement):
        result = self._try(self.ws.create, "goal", {"plan": plan, "statement": statement})
        return result.rec if result else plan

    @rule(target=actions, goal=goals, title=words)
    def create_action(self, goal, title):
        result = self._try(self.ws.create, "action", {"goal": goal, "title": title})
        return result.rec if result else goal

    @rule(rec=notes, body=words)
    def edit_note(self, rec, body):
        self._try(self.ws.edit, rec, {"body": body})

    @rule(rec=actions, status=st.sampled_from(["not_started", "in_progress", "blocked", "done"]))
    def action_status(self, rec, status):
        view = self.ws.find(rec)
        if view is not None and view.type == "action":
            self._try(self.ws.set_action_status, rec, status)

    @rule(rec=st.one_of(notes, plans, goals, actions))
    def delete(self, rec):
        self._try(self.ws.delete, rec)

    @rule(rec=st.one_of(notes, plans, goals, actions))
    def restore(self, rec):
        self._try(self.ws.restore, rec)

    @rule(rec=notes, tags=st.lists(st.sampled_from(["a", "B", "équité", "教师"]), max_size=3))
    def tag(self, rec, tags):
        self._try(self.ws.set_tags, rec, tags)

    @invariant()
    def projection_matches_rebuild(self):
        assert self.ws.store.check() == []


LocalEdits.TestCase.settings = settings(
    max_examples=15, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestLocalEdits = LocalEdits.TestCase
