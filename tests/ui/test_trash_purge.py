"""The trash: Delete permanently (the selection) and Empty trash, each asked first, honestly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gcen_desktop.ui.commands import DeleteRecordCommand
from gcen_desktop.ui.sections.trash import TrashSection


@pytest.fixture
def trash(ctx, qtbot):
    section = TrashSection(ctx)
    qtbot.addWidget(section)
    section.resize(1000, 600)
    section.show()
    return section


def _delete(ctx, wait_idle, rec: str) -> None:
    ctx.undo_stack.push(DeleteRecordCommand(ctx, rec, "Delete"))
    wait_idle(ctx)


def test_delete_permanently_asks_then_forgets_the_selected_record(trash, ctx, qtbot, wait_idle, answer):
    first, second = ctx.ws.list("note", limit=2)
    _delete(ctx, wait_idle, first.id)
    _delete(ctx, wait_idle, second.id)
    assert trash.model.rowCount() == 2 and trash.purge_button.isVisible()
    assert not trash.purge_button.isEnabled()  # nothing selected yet
    row = [trash.model.record_id(r) for r in range(2)].index(first.id)
    qtbot.mouseClick(trash.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=trash.table.visualRect(trash.model.index(row, 0)).center())
    assert trash.purge_button.isEnabled()

    log = answer({"confirm": False})
    qtbot.mouseClick(trash.purge_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    assert ctx.ws.find(first.id) is not None  # declined: nothing changed
    (_, title, text), = log
    assert "cannot be undone" in text and "keep them" in text and "until they empty theirs" in text

    answer({"confirm": True})
    qtbot.mouseClick(trash.purge_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    assert ctx.ws.find(first.id) is None
    assert [trash.model.record_id(r) for r in range(trash.model.rowCount())] == [second.id]
    assert not ctx.undo_stack.canUndo()  # no undo step is left naming what is gone


def test_empty_trash_asks_then_empties_it(trash, ctx, qtbot, wait_idle, answer):
    plan = ctx.ws.list("action_plan")[0]
    goals = [g.id for g in ctx.ws.children(plan.id, "goal")]
    _delete(ctx, wait_idle, plan.id)
    log = answer({"confirm": True})
    qtbot.mouseClick(trash.empty_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    assert log and log[0][1] == "Empty trash"
    assert trash.model.rowCount() == 0 and trash.empty.isVisibleTo(trash)
    assert ctx.ws.find(plan.id) is None and all(ctx.ws.find(g) is None for g in goals)
    assert ctx.ws.store.check() == []


def test_the_delete_key_in_the_trash_asks_to_delete_permanently(ctx, qtbot, wait_idle, answer):
    from gcen_desktop.ui.main_window import MainWindow

    note = ctx.ws.list("note", limit=1)[0]
    _delete(ctx, wait_idle, note.id)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    trash = w.show_section("trash")
    trash.table.selectRow(0)
    trash.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(trash.table.hasFocus)
    log = answer({"confirm": False})
    qtbot.keyClick(trash.table, Qt.Key.Key_Delete)
    assert [t for _k, t, _x in log] == ["Delete permanently"]
    assert ctx.ws.find(note.id) is not None
    w.close()
