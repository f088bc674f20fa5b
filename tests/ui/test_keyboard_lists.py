"""Keyboard on the prep checklist and the plan board: ticking with Space walks down the list, and
a card moved to another column (by keyboard or drag) stays selected there."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from gcen_desktop.ui.plans.action_model import encode_ids
from gcen_desktop.ui.sections.plans import PlansSection
from gcen_desktop.ui.sections.symposia import SymposiaSection


def _cell_editor(view):
    """The editor an item view opened on its current cell (F2, a double-click)."""
    from PySide6.QtWidgets import QAbstractItemView

    assert view.state() == QAbstractItemView.State.EditingState
    editor = view.indexWidget(view.currentIndex()) or next(
        w for w in view.viewport().children() if w.isWidgetType() and w.isVisible() and w.hasFocus())
    return editor


def _commit(qtbot, view, editor) -> None:
    """Enter in a cell editor: the view commits it (queued) and closes it."""
    from PySide6.QtWidgets import QAbstractItemView

    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)


def _show(widget, qtbot):
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    return widget


def test_space_down_space_ticks_the_next_checklist_item(ctx, qtbot, wait_idle):
    section = _show(SymposiaSection(ctx), qtbot)
    panel = section.editor.checklist
    model, view = panel.model, panel.list
    sym = section.editor.symposium.id
    for title in ("Book flights", "Print badges", "Send the agenda"):
        panel.new_item.setText(title)
        qtbot.keyClick(panel.new_item, Qt.Key.Key_Return)
        wait_idle(ctx)
    ids = [r.id for r in model.rows]
    first = model.row_of(next(r.id for r in model.rows if r.title == "Book flights"))
    assert first > 0  # items above it, some of them done in the sample
    done_before = {r.id for r in model.rows if r.data.get("done")}
    assert done_before, "the sample has finished items the keys must leave alone"
    view.setFocus()
    view.setCurrentIndex(model.index(first))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    wait_idle(ctx)
    assert view.currentIndex().row() == first  # the tick's change set did not move the selection
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    wait_idle(ctx)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    wait_idle(ctx)
    stored = {c.title: c.data.get("done") for c in ctx.ws.children(sym, "checklist_item")}
    assert stored["Book flights"] and stored["Print badges"] and stored["Send the agenda"]
    assert {r.id for r in ctx.ws.children(sym, "checklist_item") if r.data.get("done")} == \
        done_before | {i for i in ids if ctx.ws.get(i).title in ("Book flights", "Print badges", "Send the agenda")}
    assert view.currentIndex().row() == model.row_of(ids[-1])
    assert [i.row() for i in view.selectionModel().selectedIndexes()] == [model.row_of(ids[-1])]
    # Space again unticks the item it is on, and only that one
    qtbot.keyClick(view, Qt.Key.Key_Space)
    wait_idle(ctx)
    assert ctx.ws.get(ids[-1]).data["done"] is False
    assert ctx.ws.get(ids[-2]).data["done"] is True


def test_checklist_keeps_its_selection_when_a_teammate_adds_an_item(ctx, qtbot, wait_idle):
    section = _show(SymposiaSection(ctx), qtbot)
    panel = section.editor.checklist
    model, view = panel.model, panel.list
    sym = section.editor.symposium.id
    view.setFocus()
    view.setCurrentIndex(model.index(1))
    chosen = model.rows[1].id
    ctx.run_write(lambda: ctx.ws.create("checklist_item", {"symposium": sym, "title": "Added elsewhere"}))
    wait_idle(ctx)
    assert "Added elsewhere" in [r.title for r in model.rows]
    assert model.rows[view.currentIndex().row()].id == chosen


def _board(ctx, qtbot):
    section = _show(PlansSection(ctx), qtbot)
    section.editor.tabs.setCurrentWidget(section.editor.board)
    return section


def test_a_card_moved_by_keyboard_stays_selected_and_moves_on(ctx, qtbot, wait_idle):
    section = _board(ctx, qtbot)
    board = section.editor.board
    todo = board.columns["not_started"]
    assert todo.model.rowCount() > 0
    card = todo.model.rows[0].id
    todo.list.setFocus()
    todo.list.setCurrentIndex(todo.model.index(0))
    qtbot.keyClick(todo.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_idle(ctx)
    assert ctx.ws.get(card).data["status"] == "in_progress"
    doing = board.columns["in_progress"]
    assert doing.list.hasFocus()
    assert doing.model.rows[doing.list.currentIndex().row()].id == card
    assert [doing.model.rows[i.row()].id for i in doing.list.selectionModel().selectedIndexes()] == [card]
    assert not todo.list.selectionModel().selectedIndexes()
    # the next Ctrl+Right moves the same card on
    qtbot.keyClick(doing.list, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    wait_idle(ctx)
    assert ctx.ws.get(card).data["status"] == "blocked"
    blocked = board.columns["blocked"]
    assert blocked.list.hasFocus()
    assert blocked.model.rows[blocked.list.currentIndex().row()].id == card


def test_a_card_dropped_on_another_column_stays_selected(ctx, qtbot, wait_idle):
    section = _board(ctx, qtbot)
    board = section.editor.board
    todo, done = board.columns["not_started"], board.columns["done"]
    card = todo.model.rows[0].id
    todo.list.setFocus()
    qtbot.mouseClick(todo.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=todo.list.visualRect(todo.model.index(0)).center())
    assert todo.list.selectionModel().isSelected(todo.model.index(0))
    data = todo.model.mimeData([todo.model.index(0)])
    assert done.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex()) is False
    wait_idle(ctx)
    assert ctx.ws.get(card).data["status"] == "done"
    row = done.model.ids().index(card)
    assert done.list.selectionModel().isSelected(done.model.index(row))
    assert done.list.currentIndex().row() == row
    assert done.list.hasFocus()
    assert encode_ids([card])  # (the same payload a drag carries)


def test_a_session_given_another_time_stays_selected(ctx, qtbot, wait_idle):
    from gcen_desktop.ui.symposia.agenda_model import COL_TIME

    section = _show(SymposiaSection(ctx), qtbot)
    section.editor.tabs.setCurrentWidget(section.editor.agenda)
    panel = section.editor.agenda
    model, table = panel.model, panel.table
    row = model.rowCount() - 1
    rec = model.rows[row].id
    table.setFocus()
    table.setCurrentIndex(model.index(row, COL_TIME))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = _cell_editor(table)
    editor.selectAll()
    qtbot.keyClicks(editor, "06:05")
    _commit(qtbot, table, editor)
    wait_idle(ctx)
    assert ctx.ws.get(rec).data["time"] == "06:05"
    assert model.row_of(rec) != row  # it moved up to its time
    assert table.currentIndex().row() == model.row_of(rec)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [model.row_of(rec)]
