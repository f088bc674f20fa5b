"""Edits made in place — a table cell, a card moved on the board, a checklist tick, the plan's stage
bar — name the versions the user was shown, as the full editors do: a value that changed underneath
(another window on the workspace, an import, an undo) becomes a conflict, never a silent overwrite."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from gcen_desktop.services import Workspace
from gcen_desktop.ui.plans.action_model import COL_TITLE
from gcen_desktop.ui.sections.plans import PlansSection
from gcen_desktop.ui.sections.symposia import SymposiaSection
from gcen_desktop.ui.symposia.agenda_model import COL_TIME


def _in_another_window(ctx, change) -> None:
    """What a second app on the same workspace does: its own connection, no change set here."""
    other = Workspace.open(ctx.ws.store.folder)
    try:
        change(other)
    finally:
        other.close()


def _show(widget, qtbot):
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def _type_in_cell(qtbot, view, index, text: str) -> None:
    view.setFocus()
    view.setCurrentIndex(index)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == QAbstractItemView.State.EditingState
    editor = next(w for w in view.viewport().children() if w.isWidgetType() and w.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def test_an_action_renamed_in_its_cell_over_another_windows_name_is_a_conflict(ctx, qtbot, wait_idle):
    section = _show(PlansSection(ctx), qtbot)
    section.editor.tabs.setCurrentWidget(section.editor.goals)
    panel = section.editor.goals
    table, model = panel.action_table, panel.action_model
    rec = model.rows[0].id
    _in_another_window(ctx, lambda ws: ws.edit(rec, {"title": "Renamed in the other window"}))
    _type_in_cell(qtbot, table, model.index(0, COL_TITLE), "Renamed in the table")
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert sorted(stored.conflicts["title"]) == ["Renamed in the other window", "Renamed in the table"]
    # an edit of a value shown from the store (after the change set) is a plain edit again
    row = model.row_of(rec)
    _type_in_cell(qtbot, table, model.index(row, COL_TITLE), "Agreed name")
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert stored.title == "Agreed name"


def test_two_cell_edits_in_a_row_do_not_conflict_with_each_other(ctx, qtbot, wait_idle):
    section = _show(PlansSection(ctx), qtbot)
    panel = section.editor.goals
    model = panel.action_model
    rec = model.rows[0].id
    assert model.setData(model.index(0, COL_TITLE), "First name")
    assert model.setData(model.index(0, COL_TITLE), "Second name")  # before the first is written
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert stored.title == "Second name" and stored.conflicts == {}
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(rec).title == "First name"


def test_a_card_moved_over_another_windows_status_is_a_conflict(ctx, qtbot, wait_idle):
    section = _show(PlansSection(ctx), qtbot)
    section.editor.tabs.setCurrentWidget(section.editor.board)
    board = section.editor.board
    todo = board.columns["not_started"]
    card = todo.model.rows[0].id
    _in_another_window(ctx, lambda ws: ws.edit(card, {"status": "done"}))
    todo.list.setFocus()
    todo.list.setCurrentIndex(todo.model.index(0))
    qtbot.keyClick(todo.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_idle(ctx)
    stored = ctx.ws.get(card)
    assert sorted(stored.conflicts["status"]) == ["done", "in_progress"]


def test_a_checklist_tick_over_another_windows_change_is_a_conflict(ctx, qtbot, wait_idle):
    section = _show(SymposiaSection(ctx), qtbot)
    section.editor.tabs.setCurrentWidget(section.editor.checklist)
    panel = section.editor.checklist
    model, view = panel.model, panel.list
    row = next(i for i, r in enumerate(model.rows) if not r.data.get("done"))
    rec = model.rows[row].id

    def tick_then_untick(ws):
        ws.edit(rec, {"done": True})
        ws.edit(rec, {"done": False})

    _in_another_window(ctx, tick_then_untick)
    view.setFocus()
    view.setCurrentIndex(model.index(row))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert sorted(stored.conflicts["done"]) == [False, True]
    # and a rename with F2 over the other window's name
    _in_another_window(ctx, lambda ws: ws.edit(rec, {"title": "Renamed in the other window"}))
    _type_in_cell(qtbot, view, model.index(model.row_of(rec)), "Renamed here")
    wait_idle(ctx)
    assert sorted(ctx.ws.get(rec).conflicts["title"]) == ["Renamed here", "Renamed in the other window"]


def test_an_agenda_cell_typed_over_another_windows_time_is_a_conflict(ctx, qtbot, wait_idle):
    section = _show(SymposiaSection(ctx), qtbot)
    section.editor.tabs.setCurrentWidget(section.editor.agenda)
    panel = section.editor.agenda
    model, table = panel.model, panel.table
    rec = model.rows[0].id
    _in_another_window(ctx, lambda ws: ws.edit(rec, {"time": "10:30"}))
    _type_in_cell(qtbot, table, model.index(0, COL_TIME), "11:15")
    wait_idle(ctx)
    assert sorted(ctx.ws.get(rec).conflicts["time"]) == ["10:30", "11:15"]


def test_a_stage_chosen_over_another_windows_stage_is_a_conflict(ctx, qtbot, wait_idle):
    section = _show(PlansSection(ctx), qtbot)
    editor = section.editor
    plan = editor.plan.id
    stages = ["inquiry", "discussion", "planning", "action", "review"]
    shown = editor.plan.data["stage"]
    theirs, mine = [s for s in stages if s != shown][:2]
    _in_another_window(ctx, lambda ws: ws.edit(plan, {"stage": theirs}))
    button = editor.stage_bar.buttons[mine]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    assert sorted(ctx.ws.get(plan).conflicts["stage"]) == sorted([theirs, mine])
