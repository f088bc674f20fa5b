"""Delete removes what has focus and is selected, in the real window: an evidence link, an attached
file, a checklist item, a participant, a goal, an action card — never the whole record behind it;
in a text or choice box it edits the text; a record with children asks first; Undo brings it back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMenu

from gcen_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(ctx, qtbot):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    w.close()


def press_delete(qtbot, widget) -> None:
    """Give `widget` the keyboard focus, as a click or Tab would, then press Delete."""
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)


def select_row(view, row: int) -> None:
    view.selectionModel().setCurrentIndex(view.model().index(row, 0),
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)


def alive(ctx, rec: str) -> bool:
    view = ctx.ws.find(rec)
    return view is not None and not view.deleted


def plan_tree(ctx, plan: str) -> tuple[int, int]:
    goals = ctx.ws.children(plan, "goal")
    return len(goals), sum(len(ctx.ws.children(g.id, "action")) for g in goals)


def test_delete_on_an_evidence_item_removes_that_link_not_the_plan(window, ctx, qtbot, wait_idle):
    section = window.show_section("plans")
    editor = section.editor
    plan = editor.plan.id
    assert plan_tree(ctx, plan) == (3, 13)
    editor.tabs.setCurrentIndex(editor.tabs.indexOf(editor.evidence.parentWidget()))
    evidence = editor.evidence
    before = evidence.model.ids()
    select_row(evidence.list, 1)
    press_delete(qtbot, evidence.list)
    wait_idle(ctx)
    assert alive(ctx, plan) and plan_tree(ctx, plan) == (3, 13)
    assert evidence.model.ids() == [r for r in before if r != before[1]]
    assert alive(ctx, before[1])  # the reading or note itself stays
    window.undo_action.trigger()
    wait_idle(ctx)
    assert evidence.model.ids() == before


def test_delete_on_an_action_card_of_the_board_removes_that_action(window, ctx, qtbot, wait_idle):
    section = window.show_section("plans")
    editor = section.editor
    plan = editor.plan.id
    editor.tabs.setCurrentWidget(editor.board)
    column = next(c for c in editor.board.columns.values() if c.model.rowCount())
    action = column.model.rows[0].id
    select_row(column.list, 0)
    press_delete(qtbot, column.list)
    wait_idle(ctx)
    assert alive(ctx, plan) and plan_tree(ctx, plan) == (3, 12)
    assert not alive(ctx, action)
    window.undo_action.trigger()
    wait_idle(ctx)
    assert alive(ctx, action) and plan_tree(ctx, plan) == (3, 13)


def test_a_plan_asks_first_saying_what_goes_with_it_and_undo_brings_all_back(window, ctx, qtbot, answer, wait_idle):
    section = window.show_section("plans")
    plan = section.editor.plan.id
    title = section.editor.plan.title
    log = answer({"confirm": False})
    press_delete(qtbot, section.list_panel.table)
    wait_idle(ctx)
    assert [kind for kind, *_ in log] == ["confirm"]
    (_, asked_title, text), = log
    assert title[:40] in asked_title
    assert text.startswith("This plan has 3 goals and 13 actions.")
    assert alive(ctx, plan) and plan_tree(ctx, plan) == (3, 13)  # declined: nothing moved

    answer({"confirm": True})
    press_delete(qtbot, section.list_panel.table)
    wait_idle(ctx)
    assert not alive(ctx, plan) and plan_tree(ctx, plan) == (0, 0)
    window.undo_action.trigger()
    wait_idle(ctx)
    assert alive(ctx, plan) and plan_tree(ctx, plan) == (3, 13)


def test_a_goal_with_actions_asks_first_and_delete_on_an_action_removes_only_it(window, ctx, qtbot, answer, wait_idle):
    section = window.show_section("plans")
    editor = section.editor
    plan = editor.plan.id
    editor.tabs.setCurrentWidget(editor.goals)
    goals = editor.goals
    goal = goals.current_goal_id()
    actions = [a.id for a in ctx.ws.children(goal, "action")]
    assert len(actions) > 1

    goals.action_table.selectRow(1)
    press_delete(qtbot, goals.action_table)
    wait_idle(ctx)
    assert [a.id for a in ctx.ws.children(goal, "action")] == [actions[0], *actions[2:]]
    assert alive(ctx, plan) and alive(ctx, goal)

    log = answer({"confirm": True})
    press_delete(qtbot, goals.goal_list)
    wait_idle(ctx)
    assert [text for kind, _t, text in log] == [f"This goal has {len(actions) - 1} actions. "
                                                "They go to the trash with it, and Undo brings them all back."]
    assert not alive(ctx, goal) and alive(ctx, plan)
    window.undo_action.trigger()
    window.undo_action.trigger()
    wait_idle(ctx)
    assert [a.id for a in ctx.ws.children(goal, "action")] == actions


def test_delete_in_a_notes_kind_box_or_title_deletes_no_note_but_its_list_does(window, ctx, qtbot, wait_idle):
    section = window.show_section("notes")
    editor = section.editor
    note = editor.view.id
    kind = editor.view.data.get("kind")
    editor.tabs.setCurrentIndex(1)
    press_delete(qtbot, editor.form.editors["kind"])
    wait_idle(ctx)
    assert alive(ctx, note) and ctx.ws.get(note).data.get("kind") == kind

    title = editor.title_edit
    title.setFocus()
    qtbot.waitUntil(title.hasFocus)
    title.setCursorPosition(0)
    original = ctx.ws.get(note).title
    qtbot.keyClick(title, Qt.Key.Key_Delete)  # edits the text as usual
    assert title.text() == original[1:]
    qtbot.keyClick(title, Qt.Key.Key_Return)
    wait_idle(ctx)
    assert alive(ctx, note) and ctx.ws.get(note).title == original[1:]

    press_delete(qtbot, section.list.table)  # from the list of notes: that note, at once
    wait_idle(ctx)
    assert not alive(ctx, note)  # no question for a record alone: Undo is the way back
    window.undo_action.trigger()
    wait_idle(ctx)
    assert alive(ctx, note)


def test_delete_on_a_readings_pdf_removes_the_file_not_the_reading_and_undo_attaches_it(
        window, ctx, qtbot, wait_idle, tmp_path):
    reading = ctx.ws.list("reading_item", limit=1)[0].id
    pdf_path = tmp_path / "Toronto case.pdf"
    pdf_path.write_bytes(b"%PDF-1.4 case study\n")
    pdf = ctx.ws.attach(reading, pdf_path).rec
    section = window.show_section("readings")
    assert section.open_record(reading)
    files = section.detail.attachments
    assert [r.rec_id for r in files.model.rows()] == [pdf]
    select_row(files.list, 0)
    press_delete(qtbot, files.list)
    wait_idle(ctx)
    assert alive(ctx, reading)
    assert ctx.ws.linked(reading, "attached") == [] and ctx.ws.get(reading).data.get("attachment") is None
    assert files.model.rowCount() == 0
    assert files.empty.isVisibleTo(files)
    window.undo_action.trigger()
    wait_idle(ctx)
    assert [v.id for v in ctx.ws.linked(reading, "attached")] == [pdf]
    assert ctx.ws.get(reading).data["attachment"] == pdf  # its PDF again
    assert [r.rec_id for r in files.model.rows()] == [pdf]


def _attach_two(ctx, note: str, tmp_path: Path) -> tuple[str, str]:
    first, second = tmp_path / "agenda.pdf", tmp_path / "photos.docx"
    first.write_bytes(b"%PDF-1.4 agenda\n")
    second.write_bytes(b"PK photos\n")
    return ctx.ws.attach(note, first).rec, ctx.ws.attach(note, second).rec


def test_remove_button_takes_an_attached_file_off_a_note(window, ctx, qtbot, wait_idle, tmp_path):
    section = window.show_section("notes")
    note = section.editor.view.id
    agenda, photos = _attach_two(ctx, note, tmp_path)
    section.refresh(None)
    section.editor.load(ctx.ws.get(note))
    files = section.editor.attachments
    section.editor.tabs.setCurrentIndex(1)
    assert [r.rec_id for r in files.model.rows()] == [agenda, photos]
    select_row(files.list, 1)
    assert files.remove_button.isEnabled()
    qtbot.mouseClick(files.remove_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    assert [v.id for v in ctx.ws.linked(note, "attached")] == [agenda]
    assert alive(ctx, note) and alive(ctx, photos)  # the file stays stored
    window.undo_action.trigger()
    wait_idle(ctx)
    assert [v.id for v in ctx.ws.linked(note, "attached")] == [agenda, photos]


def test_context_menu_removes_an_attached_file(window, ctx, qtbot, wait_idle, tmp_path):
    section = window.show_section("notes")
    note = section.editor.view.id
    agenda, photos = _attach_two(ctx, note, tmp_path)
    section.editor.load(ctx.ws.get(note))
    section.editor.tabs.setCurrentIndex(1)
    files = section.editor.attachments
    qtbot.waitUntil(files.list.isVisible)
    viewport = files.list.viewport()
    spot = viewport.mapTo(window, files.list.visualRect(files.model.index(0)).center())
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, pos=spot)  # through the window, as a user's click
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    remove = next(a for a in menu.actions() if a.text() == "Remove from this record")
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(remove).center())
    wait_idle(ctx)
    assert [v.id for v in ctx.ws.linked(note, "attached")] == [photos]
    window.undo_action.trigger()
    wait_idle(ctx)
    assert [v.id for v in ctx.ws.linked(note, "attached")] == [agenda, photos]


def test_delete_on_a_checklist_item_or_participant_keeps_the_symposium(window, ctx, qtbot, wait_idle):
    section = window.show_section("symposia")
    editor = section.editor
    symposium = editor.symposium.id
    items = [c.id for c in ctx.ws.children(symposium, "checklist_item")]
    people = editor.participants.model.ids()
    assert len(items) > 1 and len(people) > 1

    editor.tabs.setCurrentWidget(editor.checklist)
    select_row(editor.checklist.list, 0)
    press_delete(qtbot, editor.checklist.list)
    wait_idle(ctx)
    assert alive(ctx, symposium)
    assert [c.id for c in ctx.ws.children(symposium, "checklist_item")] == items[1:]

    editor.tabs.setCurrentIndex(0)
    select_row(editor.participants.list, 0)
    press_delete(qtbot, editor.participants.list)
    wait_idle(ctx)
    assert alive(ctx, symposium) and alive(ctx, people[0])
    assert editor.participants.model.ids() == people[1:]

    window.undo_action.trigger()
    window.undo_action.trigger()
    wait_idle(ctx)
    assert editor.participants.model.ids() == people
    assert [c.id for c in ctx.ws.children(symposium, "checklist_item")] == items


def test_a_symposium_asks_first_naming_its_sessions_and_checklist(window, ctx, qtbot, answer, wait_idle):
    section = window.show_section("symposia")
    symposium = section.editor.symposium.id
    sessions = len(ctx.ws.children(symposium, "agenda_item"))
    checklist = len(ctx.ws.children(symposium, "checklist_item"))
    log = answer({"confirm": True})
    press_delete(qtbot, section.list_panel.table)
    wait_idle(ctx)
    assert [text.split(" They go")[0] for _k, _t, text in log] == [
        f"This symposium has {sessions} sessions and {checklist} checklist items."]
    assert not alive(ctx, symposium) and ctx.ws.children(symposium, "agenda_item") == []
    window.undo_action.trigger()
    wait_idle(ctx)
    assert len(ctx.ws.children(symposium, "agenda_item")) == sessions
    assert len(ctx.ws.children(symposium, "checklist_item")) == checklist


def test_delete_it_again_on_a_plan_a_teammate_deleted_asks_first(ctx, qtbot, answer, wait_idle):
    from gcen_desktop.ui.sections.conflicts import ConflictsSection
    from tests.ui.test_conflicts_ui import _apply, _del, _heads, make_conflicts

    make_conflicts(ctx.ws)
    plan = next(p.id for p in ctx.ws.list("action_plan") if plan_tree(ctx, p.id) == (3, 13))
    observed = _heads(ctx.ws, plan)
    ctx.ws.edit(plan, {"problem_of_practice": "Edited here while the teammate deleted it."})
    _apply(ctx.ws, [_del(5, plan, "action_plan", observed)])
    assert ctx.ws.get(plan).del_conflict
    section = ConflictsSection(ctx)
    qtbot.addWidget(section)
    section.show()
    assert section.open_record(plan)
    log = answer({"confirm": False})
    qtbot.mouseClick(section.detail.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    assert [text.split(" They go")[0] for _k, _t, text in log] == ["This plan has 3 goals and 13 actions."]
    assert alive(ctx, plan) and plan_tree(ctx, plan) == (3, 13)
