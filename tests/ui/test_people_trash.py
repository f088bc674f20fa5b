"""People & cities, and the trash: add and edit people, delete, restore from the trash."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

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
