"""Every record type through the services: create, edit, delete, restore, validation that changes nothing;
tags, reading status per member, action status, ordering, cascades, attachments and the dashboard."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from gcen_desktop.domain.errors import NotFound, UserError, ValidationError
from gcen_desktop.domain.schema import CLI_TYPES, record_type
from gcen_desktop.services import Workspace
from gcen_desktop.services.queries import Filters


def event_count(ws: Workspace) -> int:
    with ws.store.read() as conn:
        return conn.exec_driver_sql("SELECT COUNT(*) FROM events").scalar_one()


@contextmanager
def unchanged(ws: Workspace) -> Iterator[None]:
    """The block must leave the store exactly as it was: same dump bytes, no new event."""
    dump, events = ws.store.dump(), event_count(ws)
    yield
    assert ws.store.dump() == dump
    assert event_count(ws) == events


@pytest.fixture
def base(ws: Workspace) -> dict[str, str]:
    """Records the other types refer to."""
    city = ws.create("city", {"name": "Seoul", "country": "South Korea"}).rec
    group = ws.create("group", {"name": "Teaching force"}).rec
    sym = ws.create("symposium", {"title": "Seoul symposium", "host_city": city, "start": "2027-05-10", "end": "2027-05-12"}).rec
    plan = ws.create("plan", {"title": "Residency plan"}).rec
    goal = ws.create("goal", {"plan": plan, "statement": "Thirty residents"}).rec
    return {"city": city, "group": group, "symposium": sym, "plan": plan, "goal": goal, "me": ws.me}


# CLI type -> (valid values, a field to edit and its new value); "@x" names a record of `base`.
CASES: dict[str, tuple[dict[str, object], tuple[str, object]]] = {
    "city": ({"name": "Toronto", "country": "Canada"}, ("country", "CA")),
    "member": ({"name": "Li Wei", "role": "content_expert", "email": "li.wei@example.org", "city": "@city"}, ("role", "senior_leader")),
    "group": ({"name": "Multilingual learners", "topic": "Newcomers", "status": "active"}, ("status", "paused")),
    "symposium": ({"title": "Hiroshima meeting", "start": "2027-01-10", "end": "2027-01-11", "kind": "webinar", "host_city": "@city"}, ("end", "2027-01-12")),
    "agenda": ({"symposium": "@symposium", "day": 2, "time": "09:30", "title": "Visit a school", "kind": "site_visit", "place": "Namsan"}, ("time", "10:00")),
    "checklist": ({"symposium": "@symposium", "title": "Book flights", "done": False, "owner": "@me", "due": "2027-04-01"}, ("done", True)),
    "note": ({"title": "Visit notes", "body": "## Seen\n\n- mentors\n", "kind": "site_visit", "working_group": "@group", "symposium": "@symposium", "author": "@me", "language": "en", "date": "2026-11-01"}, ("body", "## Seen\n\n- mentors and residents\n")),
    "reading": ({"title": "Growing our own", "authors": "Mitchell, S.", "year": 2023, "kind": "case_study", "doi": "10.5555/x.1", "assigned_to": "@me"}, ("year", 2024)),
    "practice": ({"title": "Teacher residency", "city": "@city", "summary": "A year beside a mentor."}, ("results", "84% stay three years")),
    "plan": ({"title": "Newcomer pathways", "stage": "planning", "status": "active", "working_group": "@group", "owner": "@me", "start": "2026-09-01"}, ("stage", "action")),
    "goal": ({"plan": "@plan", "statement": "Mentors for all", "indicator": "mentors trained", "baseline": "6", "target": "30", "due": "2027-06-01"}, ("target", "32")),
    "action": ({"goal": "@goal", "title": "Run the mentor course", "responsible": "@me", "due": "2027-02-01", "status": "in_progress", "milestone": True}, ("status", "done")),
}


def test_every_cli_type_has_a_case():
    assert set(CASES) == set(CLI_TYPES)


def _values(case: dict[str, object], base: dict[str, str]) -> dict[str, object]:
    return {k: base[v[1:]] if isinstance(v, str) and v.startswith("@") else v for k, v in case.items()}


@pytest.mark.parametrize("cli_type", sorted(CASES))
def test_create_edit_delete_restore(ws, base, cli_type):
    spec = record_type(cli_type)
    values, (field, new_value) = CASES[cli_type]
    values = _values(values, base)
    created = ws.create(cli_type, values)
    rec, changes = created.rec, created.changes
    assert changes.created == {rec} and spec.name in changes.types
    view = ws.get(rec)
    assert view.type == spec.name
    assert view.title == values[spec.label]
    for k, v in values.items():
        assert view.data[k] == v, k
    assert view.data["visibility"] == "team"
    assert rec in {v.id for v in ws.list(cli_type)}

    before_edit = view.data[field] if field in view.data else None
    changes = ws.edit(rec, {field: new_value})
    assert changes.updated == {rec}
    assert changes.previous[rec] == {field: before_edit}
    assert ws.get(rec).data[field] == new_value
    assert not ws.edit(rec, {field: new_value})  # the same value again is no change and no event

    dump = ws.store.dump()
    changes = ws.delete(rec)
    assert rec in changes.deleted
    assert ws.get(rec).deleted
    assert rec not in {v.id for v in ws.list(cli_type)}
    assert rec in {v.id for v in ws.trash()}
    with pytest.raises(UserError, match="in the trash"):
        ws.edit(rec, {field: new_value})
    with pytest.raises(UserError, match="in the trash"):
        ws.delete(rec)

    changes = ws.restore(rec)
    assert rec in changes.restored
    assert not ws.get(rec).deleted
    assert ws.store.dump() == dump
    with pytest.raises(UserError, match="not deleted"):
        ws.restore(rec)


@pytest.mark.parametrize("cli_type", sorted(CASES))
def test_validation_errors_change_nothing(ws, base, cli_type):
    spec = record_type(cli_type)
    values = _values(CASES[cli_type][0], base)
    rec = ws.create(cli_type, values).rec
    fields = {f.kind: f.name for f in reversed(spec.fields)}
    stranger = ws.create("practice", {"title": "Not the right type"}).rec

    with unchanged(ws):
        with pytest.raises(ValidationError, match="has no field 'colour'"):
            ws.create(cli_type, {**values, "colour": "red"})
        with pytest.raises(ValidationError, match="has no field 'colour'"):
            ws.edit(rec, {"colour": "red"})
        for required in (f.name for f in spec.fields if f.required):
            missing = {k: v for k, v in values.items() if k != required}
            with pytest.raises(ValidationError, match=f"needs '{required}'"):
                ws.create(cli_type, missing)
            with pytest.raises(ValidationError, match="cannot be empty"):
                ws.edit(rec, {required: ""})
        with pytest.raises(ValidationError, match="not a visibility"):
            ws.edit(rec, {"visibility": "public"})
        if "date" in fields:
            for bad in ("2026-02-30", "14/03/2026", "soon"):
                with pytest.raises(ValidationError, match="is not a date"):
                    ws.edit(rec, {fields["date"]: bad})
                with pytest.raises(ValidationError, match="is not a date"):
                    ws.create(cli_type, {**values, fields["date"]: bad})
        if "time" in fields:
            with pytest.raises(ValidationError, match="is not a time"):
                ws.edit(rec, {"time": "25:00"})
        if "position" in fields:
            with pytest.raises(ValidationError, match="not an order key"):
                ws.edit(rec, {"position": "zzz"})
        if "int" in fields:
            with pytest.raises(ValidationError, match="whole number"):
                ws.edit(rec, {fields["int"]: "twenty"})
        if "ref" in fields:
            name = fields["ref"]
            with pytest.raises(ValidationError, match="names no existing record"):
                ws.create(cli_type, {**values, name: str(uuid.uuid4())})
            with pytest.raises(ValidationError, match="names no existing record"):
                ws.edit(rec, {name: str(uuid.uuid4())})
            with pytest.raises(ValidationError, match="must be a"):
                ws.edit(rec, {name: stranger})
            with pytest.raises(ValidationError, match="id of a record"):
                ws.edit(rec, {name: "Seoul"})
        with pytest.raises(NotFound):
            ws.edit(str(uuid.uuid4()), {"title": "x"})
        with pytest.raises(NotFound):
            ws.delete(str(uuid.uuid4()))
        with pytest.raises(NotFound):
            ws.restore(str(uuid.uuid4()))


def test_enum_values_are_checked_and_normalised(ws, base):
    rec = ws.create("action", {"goal": base["goal"], "title": "Hire mentors", "status": "In progress"}).rec
    assert ws.get(rec).data["status"] == "in_progress"
    with unchanged(ws):
        with pytest.raises(ValidationError, match="not a status; choose one of"):
            ws.edit(rec, {"status": "finished"})
        with pytest.raises(ValidationError, match="not a kind"):
            ws.create("reading", {"title": "x", "kind": "podcast"})
        with pytest.raises(ValidationError, match="not a role"):
            ws.create("member", {"name": "x", "role": "mayor"})
        with pytest.raises(ValidationError, match="yes or no"):
            ws.edit(rec, {"milestone": "maybe"})


def test_a_ref_to_a_record_in_the_trash_is_refused(ws, base):
    city = ws.create("city", {"name": "Denver"}).rec
    ws.delete(city)
    with unchanged(ws), pytest.raises(ValidationError, match="names no existing record"):
        ws.create("practice", {"title": "Career ladders", "city": city})


def test_types_that_are_not_created_directly(ws):
    with unchanged(ws):
        for name in ("workspace", "link", "reading_status"):
            with pytest.raises(ValidationError, match="not created directly"):
                ws.create(name, {"title": "x"})
        with pytest.raises(ValidationError, match="not a record type"):
            ws.create("podcast", {"title": "x"})
        with pytest.raises(ValidationError, match="cannot be deleted"):
            ws.delete(ws.workspace_id)


def test_tags_add_remove_and_ignore_case_and_spaces(ws):
    rec = ws.create("note", {"title": "Mentoring"}, tags=["mentoring", "  teacher   residency "]).rec
    assert ws.tags_of(rec) == ["mentoring", "teacher residency"]
    changes = ws.set_tags(rec, ["Mentoring", "retention"])
    assert ws.tags_of(rec) == ["mentoring", "retention"]  # the existing spelling is kept
    assert changes.created and changes.deleted
    other = ws.create("reading", {"title": "Why residents stay"}, tags=["Retention"]).rec
    tagged = ws.list("note", Filters(tag="RETENTION"))
    assert [v.id for v in tagged] == [rec]
    assert dict(ws.all_tags())["mentoring"] == 1
    assert sum(n for t, n in ws.all_tags() if t.casefold() == "retention") == 2
    with unchanged(ws):
        assert not ws.set_tags(rec, ["retention", "MENTORING"])
        with pytest.raises(ValidationError, match="tag cannot be empty"):
            ws.link("tag", rec, "   ")
        with pytest.raises(NotFound):
            ws.set_tags(str(uuid.uuid4()), ["x"])
    ws.set_tags(rec, [])
    assert ws.tags_of(rec) == []
    ws.set_tags(rec, ["retention"])  # a removed tag can come back
    assert ws.tags_of(rec) == ["retention"]
    assert ws.tags_of(other) == ["Retention"]


def test_links_between_records(ws, base):
    member = ws.create("member", {"name": "Grace Whaley", "role": "stakeholder"}).rec
    reading = ws.create("reading", {"title": "Teacher supply"}).rec
    ws.link("group_member", base["group"], member)
    ws.link("group_member", base["group"], member)  # twice is one link
    ws.link("evidence", base["plan"], reading)
    assert [v.id for v in ws.linked(base["group"], "group_member")] == [member]
    assert [v.id for v in ws.backlinks(reading, "evidence")] == [base["plan"]]
    with unchanged(ws):
        with pytest.raises(NotFound):
            ws.link("participant", base["symposium"], str(uuid.uuid4()))
        ws.unlink("participant", base["symposium"], member)  # absent link: nothing to do
        with pytest.raises(ValidationError, match="'evidence' links go from plan to reading/note, not from reading to plan"):
            ws.link("evidence", reading, base["plan"])  # the two ids swapped
        with pytest.raises(ValidationError, match="not from group to city"):
            ws.link("group_member", base["group"], base["city"])
        with pytest.raises(ValidationError, match="to attachment"):
            ws.link("attached", reading, member)
    ws.unlink("evidence", base["plan"], reading)
    assert ws.linked(base["plan"], "evidence") == []
    ws.delete(member)
    assert ws.linked(base["group"], "group_member") == []


def test_reading_status_is_per_member(ws):
    other = ws.create("member", {"name": "Marcus Boateng", "role": "senior_leader"}).rec
    reading = ws.create("reading", {"title": "Career ladders", "kind": "background_paper"}).rec
    ws.set_reading_status(reading, "reading")
    ws.set_reading_status(reading, "to_read", other)
    assert ws.reading_statuses(reading) == {ws.me: "reading", other: "to_read"}
    changes = ws.set_reading_status(reading, "discussed")
    assert changes.previous == {next(iter(changes.updated)): {"status": "reading"}}
    assert ws.reading_statuses(reading) == {ws.me: "discussed", other: "to_read"}
    with unchanged(ws):
        with pytest.raises(ValidationError, match="not a status"):
            ws.set_reading_status(reading, "skimmed")
        with pytest.raises(NotFound, match="No member"):
            ws.set_reading_status(reading, "read", str(uuid.uuid4()))
        with pytest.raises(ValidationError, match="not a reading_item"):
            ws.set_reading_status(other, "read")
    ws.delete(reading)
    ws.restore(reading)
    assert ws.reading_statuses(reading) == {ws.me: "discussed", other: "to_read"}


def test_reading_status_needs_to_know_who_you_are(tmp_path):
    w = Workspace.new(tmp_path / "nobody", "No member yet")
    try:
        reading = w.create("reading", {"title": "x"}).rec
        with unchanged(w), pytest.raises(UserError, match="Choose who you are"):
            w.set_reading_status(reading, "read")
        assert w.readings_assigned_to() == []
    finally:
        w.close()


def test_action_status(ws, base):
    action = ws.create("action", {"goal": base["goal"], "title": "Open applications"}).rec
    assert ws.get(action).data["status"] == "not_started"
    for status in ("in_progress", "blocked", "done"):
        ws.set_action_status(action, status)
        assert ws.get(action).data["status"] == status
    assert ws.plan_progress(base["plan"])[0][1:] == (1, 1)
    with unchanged(ws):
        with pytest.raises(ValidationError, match="not a status"):
            ws.set_action_status(action, "cancelled")
        with pytest.raises(ValidationError, match="not a action"):
            ws.set_action_status(base["goal"], "done")


def test_move_and_reorder_actions(ws, base):
    ids = [ws.create("action", {"goal": base["goal"], "title": t}).rec for t in ("first", "second", "third")]

    def order() -> list[str]:
        titles = [v.title for v in ws.children(base["goal"], "action")]
        listed = ws.list("action", Filters(parent=base["goal"]), order="position")
        assert [v.title for v in listed] == titles  # lists sort by position the same way
        return titles

    assert order() == ["first", "second", "third"]
    ws.move(ids[2], before=ids[0])
    assert order() == ["third", "first", "second"]
    ws.move(ids[2], after=ids[0], before=ids[1])
    assert order() == ["first", "third", "second"]
    ws.move(ids[0], after=ids[1])
    assert order() == ["third", "second", "first"]
    ws.create("action", {"goal": base["goal"], "title": "fourth"})
    assert order()[-1] == "fourth"  # new ones go last


def test_deleting_a_plan_cascades_and_restore_brings_all_back(ws, base):
    plan = base["plan"]
    goal2 = ws.create("goal", {"plan": plan, "statement": "Keep graduates"}).rec
    actions = [ws.create("action", {"goal": g, "title": f"a{i}"}).rec for i, g in enumerate((base["goal"], base["goal"], goal2))]
    reading = ws.create("reading", {"title": "Evidence"}).rec
    ws.link("evidence", plan, reading)
    other_plan = ws.create("plan", {"title": "Untouched"}).rec
    before = ws.store.dump()

    changes = ws.delete(plan)
    assert changes.deleted >= {plan, base["goal"], goal2, *actions}
    assert other_plan not in changes.deleted and reading not in changes.deleted
    assert ws.count("goal") == 0 and ws.count("action") == 0 and ws.count("plan") == 1
    trash = [v.id for v in ws.trash()]
    assert plan in trash and base["goal"] not in trash  # children go with their plan
    assert ws.get(reading).deleted is False

    changes = ws.restore(plan)
    assert changes.restored >= {plan, base["goal"], goal2, *actions}
    assert ws.store.dump() == before
    assert [v.title for v in ws.children(base["goal"], "action")] == ["a0", "a1"]
    assert [v.id for v in ws.linked(plan, "evidence")] == [reading]


def test_restoring_a_plan_leaves_an_action_deleted_before_it_in_the_trash(ws, base):
    kept = ws.create("action", {"goal": base["goal"], "title": "kept"}).rec
    dropped = ws.create("action", {"goal": base["goal"], "title": "dropped on its own"}).rec
    ws.delete(dropped)
    ws.delete(base["plan"])
    changes = ws.restore(base["plan"])
    assert dropped not in changes.restored
    assert [v.id for v in ws.children(base["goal"], "action")] == [kept]
    assert ws.get(dropped).deleted
    assert dropped in {v.id for v in ws.trash()}
    ws.restore(dropped)
    assert [v.title for v in ws.children(base["goal"], "action")] == ["kept", "dropped on its own"]
    # A second round: what went with the plan is remembered per deletion, not from the first one.
    ws.delete(base["plan"])
    ws.restore(base["plan"])
    ws.delete(kept)
    ws.delete(base["plan"])
    ws.restore(base["plan"])
    assert [v.id for v in ws.children(base["goal"], "action")] == [dropped]
    assert ws.store.check() == []


def test_a_goal_of_a_plan_in_the_trash_cannot_be_restored_alone(ws, base):
    ws.delete(base["plan"])
    with unchanged(ws), pytest.raises(UserError, match="Its plan 'Residency plan' is in the trash; restore that first"):
        ws.restore(base["goal"])
    assert ws.conflicts() == []


def test_a_goal_deleted_on_its_own_is_restored_without_its_plan(ws, base):
    action = ws.create("action", {"goal": base["goal"], "title": "x"}).rec
    ws.delete(base["goal"])
    assert ws.get(action).deleted and not ws.get(base["plan"]).deleted
    ws.restore(base["goal"])
    assert not ws.get(action).deleted


def test_attachments_are_stored_once_by_hash(ws, tmp_path):
    data = b"%PDF-1.4 case study\n" * 100
    first, second = tmp_path / "case.pdf", tmp_path / "copy of case.pdf"
    first.write_bytes(data)
    second.write_bytes(data)
    reading = ws.create("reading", {"title": "Toronto case"}).rec
    note = ws.create("note", {"title": "Notes"}).rec

    attached = ws.attach(reading, first)
    aid, changes = attached.rec, attached.changes
    assert aid in changes.created
    att = ws.get(aid)
    assert att.data["file_name"] == "case.pdf" and att.data["size"] == len(data)
    assert att.data["mime"] == "application/pdf"
    assert ws.get(reading).data["attachment"] == aid
    attached = ws.attach(note, second)
    aid2, changes = attached.rec, attached.changes
    assert aid2 == aid and aid not in changes.created
    blobs = [p for p in (ws.store.folder / "attachments").rglob("*") if p.is_file()]
    assert len(blobs) == 1 and blobs[0].read_bytes() == data
    assert ws.attachment_path(aid).read_bytes() == data
    assert ws.count("attachment") == 1
    assert {v.id for v in ws.linked(note, "attached")} == {aid}

    with unchanged(ws):
        with pytest.raises(UserError, match="does not exist"):
            ws.attach(note, tmp_path / "missing.pdf")
        with pytest.raises(NotFound):
            ws.attach(str(uuid.uuid4()), first)


# --- dashboard ------------------------------------------------------------------------------------

TODAY = "2026-03-10"


def test_overdue_and_due_this_week(ws, base):
    def action(title: str, due: str | None, status: str = "not_started") -> str:
        return ws.create("action", {"goal": base["goal"], "title": title, "due": due, "status": status}).rec

    action("late", "2026-03-01")
    action("late but done", "2026-03-02", "done")
    action("blocked and late", "2026-03-09", "blocked")
    action("today", TODAY)
    action("in six days", "2026-03-16", "in_progress")
    action("in eight days", "2026-03-18")
    action("no date", None)
    assert [v.title for v in ws.overdue_actions(TODAY)] == ["late", "blocked and late"]
    assert [v.title for v in ws.actions_due_within(7, TODAY)] == ["today", "in six days"]
    late = ws.find_by_label("action", "late")
    ws.delete(late.id)
    assert [v.title for v in ws.overdue_actions(TODAY)] == ["blocked and late"]


def test_readings_assigned_to_me(ws):
    other = ws.create("member", {"name": "Priya Raman"}).rec
    mine = ws.create("reading", {"title": "Mine to read", "assigned_to": ws.me}).rec
    done = ws.create("reading", {"title": "Mine, read", "assigned_to": ws.me}).rec
    theirs = ws.create("reading", {"title": "Theirs", "assigned_to": other}).rec
    ws.set_reading_status(done, "read")
    ws.set_reading_status(mine, "read", other)  # someone else's status does not count
    assert [v.id for v in ws.readings_assigned_to()] == [mine]
    assert [v.id for v in ws.readings_assigned_to(other)] == [theirs]
    ws.set_reading_status(done, "reading")
    assert {v.id for v in ws.readings_assigned_to()} == {mine, done}


def test_next_symposium_with_prep_progress(ws, base):
    city = base["city"]
    past = ws.create("symposium", {"title": "Last year", "host_city": city, "start": "2026-01-05", "end": "2026-01-07"}).rec
    later = ws.create("symposium", {"title": "Later", "start": "2026-09-01", "end": "2026-09-03"}).rec
    soon = ws.create("symposium", {"title": "Soon", "start": "2026-04-01", "end": "2026-04-03"}).rec
    for i, done in enumerate((True, False, True, False, False)):
        ws.create("checklist", {"symposium": soon, "title": f"step {i}", "done": done})
    ws.create("checklist", {"symposium": past, "title": "old", "done": True})
    sym, done, total = ws.next_symposium(TODAY)
    assert sym.id == soon and (done, total) == (2, 5)
    # A symposium under way still counts as next until its last day.
    assert ws.next_symposium("2026-04-03")[0].id == soon
    assert ws.next_symposium("2026-04-04")[0].id == later
    ws.delete(soon)
    assert ws.next_symposium(TODAY)[0].id == later
    assert ws.next_symposium("2027-01-01")[0].id == base["symposium"]
    assert ws.next_symposium("2028-01-01") is None


def test_recent_changes_newest_first_without_links(ws):
    a = ws.create("note", {"title": "A"}, tags=["x"]).rec
    b = ws.create("reading", {"title": "B"}).rec
    c = ws.create("practice", {"title": "C"}).rec
    ws.edit(a, {"title": "A edited"})
    ws.set_reading_status(b, "read")
    recent = ws.recent_changes(3)
    assert [v.id for v in recent] == [a, c, b]
    assert all(v.type not in ("link", "reading_status", "workspace") for v in ws.recent_changes(50))
    ws.delete(c)
    assert c not in {v.id for v in ws.recent_changes(50)}


def test_workspace_new_and_open(tmp_path: Path):
    folder = tmp_path / "team"
    w = Workspace.new(folder, "Boston team", city="Boston", member="Elena Whitfield", role="superintendent")
    wid, me = w.workspace_id, w.me
    w.close()
    with pytest.raises(UserError, match="already a workspace"):
        Workspace.new(folder, "Again")
    with pytest.raises(ValidationError, match="'name' cannot be empty"):
        Workspace.new(tmp_path / "unnamed", "")
    with pytest.raises(ValidationError, match="not a role"):
        Workspace.new(tmp_path / "mayor", "Team", member="Someone", role="mayor")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["team"]  # nothing left behind
    again = Workspace.open(folder)
    try:
        assert (again.workspace_id, again.me) == (wid, me)
        assert again.get(me).data["role"] == "superintendent"
        assert again.info().data["name"] == "Boston team"
        assert [c.title for c in again.list("city")] == ["Boston"]
        with pytest.raises(NotFound):
            again.set_me(str(uuid.uuid4()))
    finally:
        again.close()


def test_search_filters_by_type_group_and_tag(ws, base):
    n1 = ws.create("note", {"title": "Mentor time", "body": "Mentors need release time.", "working_group": base["group"]}, tags=["mentoring"]).rec
    ws.create("note", {"title": "Other", "body": "Release time for mentors elsewhere."})
    r1 = ws.create("reading", {"title": "Costing mentors", "abstract": "Release time costs money."}).rec
    assert {v.id for v, _ in ws.search("release time")} >= {n1, r1}
    assert [v.id for v, _ in ws.search("release", Filters(types=("reading",)))] == [r1]
    assert [v.id for v, _ in ws.search("release", Filters(working_group=base["group"]))] == [n1]
    assert [v.id for v, _ in ws.search("release", Filters(tag="Mentoring"))] == [n1]
    ws.delete(n1)
    assert n1 not in {v.id for v, _ in ws.search("release")}
    assert ws.search('"') == [] and ws.search("   ") == []

