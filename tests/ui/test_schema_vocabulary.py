"""The UI reads its names and forms off the schema: a field, a value or a type declared there needs no screen code."""

from __future__ import annotations

import dataclasses

from gcen_desktop.domain import schema
from gcen_desktop.ui.forms.record_form import form_rows
from gcen_desktop.ui.forms.values import field_label, type_name, value_name
from gcen_desktop.ui.sections.groups import GroupsSection
from gcen_desktop.ui.sections.practices import PracticesSection


def test_names_come_from_the_schema(qapp) -> None:
    assert value_name("in_progress") == "In progress" and value_name("case_study") == "Case study"
    assert value_name("something_newer") == "something_newer" and value_name(None) == ""
    assert type_name("reading_item") == "Reading" and type_name("risk") == "risk"
    assert field_label("container") == "Published in" and field_label("kind", "reading_item") == "Type"
    assert field_label("kind", "note") == "Kind" and field_label("size") == "Size"


def test_a_form_shows_a_field_the_schema_adds_after_the_ones_its_screen_lays_out(qapp, monkeypatch) -> None:
    plan = schema.TYPES["action_plan"]
    budget = schema.Field("budget", "int", label="Budget", shown=(schema.FORM, schema.DOCUMENT))
    monkeypatch.setitem(schema.TYPES, "action_plan", dataclasses.replace(plan, fields=(*plan.fields, budget)))
    assert form_rows("action_plan", [("title", "Title")]) == [
        ("title", "Title"), ("problem_of_practice", "Problem of practice"), ("rationale", "Rationale"),
        ("city", "City"), ("working_group", "Working group"), ("status", "Status"), ("owner", "Owner"),
        ("start", "Starts"), ("end", "Ends"), ("budget", "Budget")]
    laid_out = [(f.name, "") for f in plan.shown_in(schema.FORM)]
    assert form_rows("action_plan", laid_out)[-1] == ("budget", "Budget") and len(form_rows("action_plan", laid_out)) == len(laid_out) + 1


def test_list_and_detail_screens_take_their_types_and_form_from_the_schema() -> None:
    assert GroupsSection.record_types == ("working_group",) and GroupsSection.record_type == "working_group"
    assert PracticesSection.record_types == ("practice",)
    assert [name for name, _ in form_rows("working_group")] == ["name", "topic", "description", "status"]
    assert [name for name, _ in form_rows("practice")] == ["title", "city", "summary", "results", "contacts", "visibility"]
