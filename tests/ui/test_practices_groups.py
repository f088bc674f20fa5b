"""The Practices and Working groups screens: open on the sample, edit, link, adapt, delete."""

from __future__ import annotations

from gcen_desktop.ui.plans.new_plan_dialog import NewPlanDialog
from gcen_desktop.ui.sections.groups import GroupsSection
from gcen_desktop.ui.sections.practices import PracticesSection


def _show(widget, qtbot):
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_practices_open_with_the_plans_that_adapt_them(ctx, qtbot, qtmodeltester):
    section = _show(PracticesSection(ctx), qtbot)
    assert section.list_panel.model.rowCount() == ctx.ws.count("practice")
    adapted = {p.id for plan in ctx.ws.list("action_plan") for p in ctx.ws.linked(plan.id, "adapted_from")
               if p.type == "practice"}
    practice = next(iter(adapted))
    assert section.open_record(practice)
    assert section.current() == practice
    assert section.plans.model.rowCount() >= 1
    assert all(v.type == "action_plan" for v in section.plans.model.rows)
    qtmodeltester.check(section.plans.model)


def test_new_practice_edit_and_delete_with_undo(ctx, qtbot, wait_idle):
    section = _show(PracticesSection(ctx), qtbot)
    section.new_record()
    wait_idle(ctx)
    rec = section.current()
    assert rec and ctx.ws.get(rec).title == "New practice"
    title = section.form.editors["title"]
    title.setText("Lesson study in Shanghai")
    section.form._commit("title")
    wait_idle(ctx)
    assert ctx.ws.get(rec).title == "Lesson study in Shanghai"
    assert section.list_panel.model.row_of(rec) >= 0
    section.delete_current()
    wait_idle(ctx)
    assert ctx.ws.get(rec).deleted
    assert section.current() is None
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert not ctx.ws.get(rec).deleted


def test_adapt_a_practice_in_a_new_plan_links_it(ctx, qtbot, answer, wait_idle):
    section = _show(PracticesSection(ctx), qtbot)
    practice = section.current()
    assert practice

    def accept(title, text, dialog):
        assert isinstance(dialog, NewPlanDialog)
        assert ctx.ws.label(practice) in dialog.title.text()
        return 1

    answer({"dialog": accept})
    before = {v.id for v in ctx.ws.backlinks(practice, "adapted_from")}
    section.adapt_in_new_plan()
    wait_idle(ctx)
    plans = {v.id for v in ctx.ws.backlinks(practice, "adapted_from")} - before
    assert len(plans) == 1
    assert section.plans.model.rowCount() == len(before) + 1
    ctx.undo_stack.undo()
    wait_idle(ctx)
    (plan,) = plans
    assert ctx.ws.get(plan).deleted
    assert {v.id for v in ctx.ws.backlinks(practice, "adapted_from")} == before


def test_groups_show_members_links_and_filed_records(ctx, qtbot, answer, wait_idle, qtmodeltester):
    section = _show(GroupsSection(ctx), qtbot)
    group = section.current()
    assert group
    members = {v.id for v in ctx.ws.linked(group, "group_member")}
    assert set(section.members.model.ids()) == members
    assert section.subtitle.text().startswith(f"{len(members)} members")
    filed = section.filed.model.rows
    assert filed and all(v.data.get("working_group") == group for v in filed)
    qtmodeltester.check(section.members.model)

    newcomer = next(m for m in ctx.ws.list("member") if m.id not in members)

    def pick(title, text, dialog):
        dialog.select_ids([newcomer.id])
        assert dialog.chosen_ids() == [newcomer.id]
        return 1

    answer({"dialog": pick})
    section.members.add_links()
    wait_idle(ctx)
    assert newcomer.id in section.members.model.ids()
    assert section.subtitle.text().startswith(f"{len(members) + 1} members")
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert set(section.members.model.ids()) == members


def test_new_group_then_rename(ctx, qtbot, wait_idle):
    section = _show(GroupsSection(ctx), qtbot)
    section.new_record()
    wait_idle(ctx)
    rec = section.current()
    assert ctx.ws.get(rec).type == "working_group"
    status = section.form.editors["status"]
    status.setCurrentIndex(status.findData("paused"))
    section.form._commit("status")
    wait_idle(ctx)
    assert ctx.ws.get(rec).data["status"] == "paused"
    assert "Paused" in section.subtitle.text()
