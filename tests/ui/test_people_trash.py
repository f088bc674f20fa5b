"""People & cities, and the trash: add and edit people, delete, restore from the trash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gcen_desktop.ui.commands import CreateRecordCommand, EditRecordCommand
from gcen_desktop.ui.linking.linked_model import IdRole
from gcen_desktop.ui.sections.people import PeopleSection
from gcen_desktop.ui.sections.trash import TrashSection


@pytest.fixture
def people(ctx, qtbot):
    section = PeopleSection(ctx)
    qtbot.addWidget(section)
    section.show()
    yield section
    qtbot.waitUntil(lambda: not ctx.workers.busy)


@pytest.fixture
def trash(ctx, qtbot):
    section = TrashSection(ctx)
    qtbot.addWidget(section)
    section.show()
    return section


def test_people_lists_members_with_roles_and_cities(people, ctx, qtmodeltester):
    model = people.members.list.model
    assert model.rowCount() == ctx.ws.count("member")
    roles = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert "Superintendent" in roles and "Practitioner-leader" in roles
    assert people.cities.list.model.rowCount() == ctx.ws.count("city")
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(people.cities.list.model, force_py=True)


def _practices_by_city(ctx):
    by_city = {}
    for practice in ctx.ws.list("practice"):
        if practice.data.get("city"):
            by_city.setdefault(practice.data["city"], set()).add(practice.id)
    return by_city


def _count_cell(people, city):
    model = people.cities.list.model
    return model.index(model.row_of(city), 2).data()


def test_cities_show_the_practices_that_come_from_them(people, ctx, qtbot, wait_idle, qtmodeltester):
    by_city = _practices_by_city(ctx)
    city = max(by_city, key=lambda c: len(by_city[c]))
    panel = people.cities.practices
    assert people.open_record(city)
    assert people.tabs.currentWidget() is people.cities
    assert set(panel.model.ids()) == by_city[city] and panel.list.isVisibleTo(people)
    assert _count_cell(people, city) == str(len(by_city[city]))
    qtmodeltester.check(panel.model, force_py=True)
    qtmodeltester.check(people.cities.list.model, force_py=True)

    # Opening one goes to it (the Practices screen, through the main window).
    with qtbot.waitSignal(ctx.sig_open_record) as opened:
        panel.list.activated.emit(panel.model.index(0, 0))
    assert opened.args == [panel.model.index(0, 0).data(IdRole)]

    # A new practice from the city shows at once, and leaves when its city changes.
    ctx.undo_stack.push(CreateRecordCommand(ctx, "practice", {"title": "Aaa coaching cycles", "city": city}, [],
                                            "New practice"))
    wait_idle(ctx)
    added = next(p.id for p in ctx.ws.list("practice") if p.title == "Aaa coaching cycles")
    assert set(panel.model.ids()) == by_city[city] | {added}
    assert _count_cell(people, city) == str(len(by_city[city]) + 1)
    other = next(c.id for c in ctx.ws.list("city") if c.id != city)
    ctx.undo_stack.push(EditRecordCommand(ctx, added, {"city": other}, "Move"))
    wait_idle(ctx)
    assert set(panel.model.ids()) == by_city[city]
    assert _count_cell(people, city) == str(len(by_city[city]))
    assert people.open_record(other)
    assert added in panel.model.ids()


def test_a_city_without_practices_says_so(people, ctx, wait_idle):
    by_city = _practices_by_city(ctx)
    empty = next((c.id for c in ctx.ws.list("city") if c.id not in by_city), None)
    if empty is None:
        created = ctx.ws.create("city", {"name": "Zz city without practices"})
        empty = created.rec
        ctx.sig_changed.emit(created.changes)
    assert people.open_record(empty)
    panel = people.cities.practices
    assert panel.model.rowCount() == 0
    assert panel.empty.isVisibleTo(people) and not panel.list.isVisibleTo(people)
    assert _count_cell(people, empty) == ""


def test_add_a_person_and_rename_them(people, ctx, qtbot, wait_idle):
    count = ctx.ws.count("member")
    people.add_person_button.click()
    wait_idle(ctx)
    assert ctx.ws.count("member") == count + 1
    rec = people.members.list.current_id()
    assert ctx.ws.get(rec).title == "New person"
    name = people.members.form.editors["name"]
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Jordan Reyes")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    wait_idle(ctx)
    assert ctx.ws.get(rec).title == "Jordan Reyes"
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(rec).title == "New person"


def test_add_a_city(people, ctx, wait_idle):
    count = ctx.ws.count("city")
    people.add_city_button.click()
    wait_idle(ctx)
    assert ctx.ws.count("city") == count + 1
    assert people.tabs.currentWidget() is people.cities


def test_cannot_delete_yourself(people, ctx, wait_idle):
    people.open_record(ctx.ws.me)
    people.delete_selected()
    wait_idle(ctx)
    assert not ctx.ws.get(ctx.ws.me).deleted


def test_delete_a_person_then_restore_from_trash(people, trash, ctx, wait_idle):
    other = next(m for m in ctx.ws.list("member") if m.id != ctx.ws.me)
    assert trash.model.rowCount() == 0 and trash.empty.isVisible()
    assert people.open_record(other.id)
    people.delete_selected()
    wait_idle(ctx)
    assert ctx.ws.get(other.id).deleted
    assert people.members.list.model.row_of(other.id) == -1
    assert trash.model.rowCount() == 1 and trash.table.isVisible()
    assert trash.model.index(0, 0).data() == other.title
    trash.table.selectRow(0)
    trash.restore_button.click()
    wait_idle(ctx)
    assert not ctx.ws.get(other.id).deleted
    assert trash.model.rowCount() == 0
    assert people.members.list.model.row_of(other.id) >= 0
    ctx.undo_stack.undo()  # undo the restore: back in the trash
    wait_idle(ctx)
    assert ctx.ws.get(other.id).deleted and trash.model.rowCount() == 1


def test_trash_restores_a_plan_with_its_goals(trash, ctx, wait_idle, qtmodeltester):
    plan = ctx.ws.list("action_plan")[0]
    goals = {g.id for g in ctx.ws.children(plan.id, "goal")}
    changes = ctx.ws.delete(plan.id)
    ctx.sig_changed.emit(changes)
    titles = [trash.model.index(r, 0).data() for r in range(trash.model.rowCount())]
    assert titles == [plan.title]  # its goals and actions are not listed one by one
    qtmodeltester.check(trash.model, force_py=True)
    trash.table.selectRow(0)
    trash.restore_selected()
    wait_idle(ctx)
    assert {g.id for g in ctx.ws.children(plan.id, "goal")} == goals


def test_trash_says_restored_only_for_records_that_are_back(trash, ctx, wait_idle, answer):
    plan = ctx.ws.list("action_plan")[0]
    ctx.sig_changed.emit(ctx.ws.delete(plan.id))
    messages: list[str] = []
    ctx.sig_status.connect(messages.append)
    trash.table.selectRow(0)
    ctx.ws.restore(plan.id)  # brought back elsewhere meanwhile: the trash's restore fails
    errors = answer({"error": None})
    trash.restore_selected()
    wait_idle(ctx)
    assert [kind for kind, _title, _text in errors] == ["error"]
    assert not any("Restored" in m for m in messages)
    ctx.sig_changed.emit(ctx.ws.delete(plan.id))
    trash.table.selectRow(0)
    trash.restore_selected()
    wait_idle(ctx)
    assert messages[-1] == "Restored 1 record."
    assert not ctx.ws.get(plan.id).deleted
