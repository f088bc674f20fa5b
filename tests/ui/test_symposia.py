"""The Symposia screen: agenda, participants, prep checklist, readings, briefing pack."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gcen_desktop.ui.sections.symposia import SymposiaSection
from gcen_desktop.ui.symposia.agenda_model import (
    COL_DAY,
    COL_END,
    COL_KIND,
    COL_PLACE,
    COL_TIME,
    COL_TITLE,
)
from gcen_desktop.ui.widgets.selected_rows import selected_rows


def _section(ctx, qtbot) -> SymposiaSection:
    section = SymposiaSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    return section


def test_opens_with_agenda_checklist_and_participants(ctx, qtbot, qtmodeltester):
    section = _section(ctx, qtbot)
    editor = section.editor
    sym = editor.symposium
    assert sym is not None
    agenda = editor.agenda.model
    assert agenda.rowCount() == len(ctx.ws.children(sym.id, "agenda_item"))
    keys = [(r.data.get("day") or 1, r.data.get("time") or "") for r in agenda.rows]
    assert keys == sorted(keys)
    done, total = editor.checklist.model.progress()
    items = ctx.ws.children(sym.id, "checklist_item")
    assert (done, total) == (sum(1 for i in items if i.data.get("done")), len(items))
    assert editor.checklist.progress_label.text() == f"{done} of {total} done"
    assert set(editor.participants.model.ids()) == {v.id for v in ctx.ws.linked(sym.id, "participant")}
    for model in (agenda, editor.checklist.model, editor.participants.model, editor.notes.model):
        qtmodeltester.check(model)


def test_agenda_add_edit_and_delete_sessions(ctx, qtbot, wait_idle):
    section = _section(ctx, qtbot)
    panel = section.editor.agenda
    model = panel.model
    before = model.rowCount()
    panel.add_session()
    wait_idle(ctx)
    assert model.rowCount() == before + 1
    row = next(i for i, r in enumerate(model.rows) if r.title == "New session")
    rec = model.rows[row].id
    assert model.setData(model.index(row, COL_TITLE), "Site visit: a newcomer reception class")
    assert model.setData(model.index(row, COL_KIND), "site_visit")
    wait_idle(ctx)
    row = model.row_of(rec)
    assert model.setData(model.index(row, COL_TIME), "07:15")
    wait_idle(ctx)
    view = ctx.ws.get(rec)
    assert (view.title, view.data["kind"], view.data["time"]) == (
        "Site visit: a newcomer reception class", "site_visit", "07:15")
    keys = [(r.data.get("day") or 1, r.data.get("time") or "99:99") for r in model.rows]
    assert keys == sorted(keys)  # the new session took its place by time
    day_rows = [r.id for r in model.rows if (r.data.get("day") or 1) == view.data["day"]]
    assert day_rows[0] == rec

    def select_it() -> bool:  # a reload still queued by the edits above may restore the old selection
        panel.table.selectRow(model.row_of(rec))
        return [model.rows[i.row()].id for i in selected_rows(panel.table)] == [rec]

    qtbot.waitUntil(select_it)
    panel.delete_selected()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: model.rowCount() == before and model.row_of(rec) == -1)
    assert ctx.ws.get(rec).deleted


def test_bad_time_is_refused_with_a_plain_message(ctx, qtbot, answer, wait_idle):
    section = _section(ctx, qtbot)
    model = section.editor.agenda.model
    log = answer({"error": None})
    original = model.rows[0].data.get("time")
    assert not model.setData(model.index(0, COL_TIME), "25:99")
    wait_idle(ctx)
    assert log and log[0][0] == "error" and "HH:MM" in log[0][2]
    assert ctx.ws.get(model.rows[0].id).data.get("time") == original


def test_checklist_tick_add_reorder_and_undo(ctx, qtbot, wait_idle):
    section = _section(ctx, qtbot)
    panel = section.editor.checklist
    model = panel.model
    done, total = model.progress()
    row = next(i for i, r in enumerate(model.rows) if not r.data.get("done"))
    rec = model.rows[row].id
    assert model.setData(model.index(row), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    wait_idle(ctx)
    assert ctx.ws.get(rec).data["done"] is True
    assert model.progress() == (done + 1, total)
    assert panel.progress_label.text() == f"{done + 1} of {total} done"
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(rec).data["done"] is False

    panel.new_item.setText("Print the briefing pack")
    qtbot.keyClick(panel.new_item, Qt.Key.Key_Return)
    wait_idle(ctx)
    assert [r.title for r in model.rows][-1] == "Print the briefing pack"
    last = model.rowCount() - 1
    panel.list.setFocus()
    panel.list.setCurrentIndex(model.index(last))
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    wait_idle(ctx)
    titles = [c.title for c in ctx.ws.children(section.editor.symposium.id, "checklist_item")]
    assert titles[-2] == "Print the briefing pack"


def test_new_symposium_and_briefing_pack_export(ctx, qtbot, answer, wait_idle, tmp_path):
    section = _section(ctx, qtbot)
    target = tmp_path / "briefing.html"
    answer({"save_file": str(target)})
    section.editor.export("html")
    wait_idle(ctx)
    assert section.editor.symposium.title in target.read_text(encoding="utf-8")
    section.new_record()
    wait_idle(ctx)
    assert section.editor.symposium is not None and section.editor.symposium.title == "New symposium"
    assert section.editor.agenda.empty.isVisibleTo(section.editor.agenda)


def test_a_session_gets_an_end_time_after_its_start(ctx, qtbot, answer, wait_idle):
    section = _section(ctx, qtbot)
    model = section.editor.agenda.model
    rec = next(r.id for r in model.rows if r.data.get("time"))
    start = ctx.ws.get(rec).data["time"]
    log = answer({"error": None})
    assert not model.setData(model.index(model.row_of(rec), COL_END), "00:00")  # before it starts
    assert log and "ends after it starts" in log[0][2] and start in log[0][2]
    assert not ctx.ws.get(rec).data.get("end_time")
    end = f"{int(start[:2]) + 1:02d}:{start[3:]}"
    assert model.setData(model.index(model.row_of(rec), COL_END), end)
    wait_idle(ctx)
    assert ctx.ws.get(rec).data["end_time"] == end
    qtbot.waitUntil(lambda: model.data(model.index(model.row_of(rec), COL_END)) == end)
    assert model.headerData(COL_END, Qt.Orientation.Horizontal) == "Ends at"


def test_a_narrow_window_keeps_the_sessions_time_and_wraps_checklist_items(ctx, qtbot, wait_idle):
    section = _section(ctx, qtbot)
    section.resize(760, 700)  # the editor of a 1024 px window
    editor = section.editor
    table = editor.agenda.table
    editor.tabs.setCurrentWidget(editor.agenda)
    qtbot.waitUntil(lambda: table.isColumnHidden(COL_PLACE))
    # the place and the kind give way first; the day and the time stay
    assert not table.isColumnHidden(COL_TIME) and not table.isColumnHidden(COL_DAY)
    section.resize(760, 700)
    checklist = editor.checklist.list
    editor.tabs.setCurrentWidget(editor.checklist)
    qtbot.waitUntil(lambda: checklist.isVisible() and checklist.model().rowCount() > 0)
    longest = max(range(checklist.model().rowCount()),
                  key=lambda r: len(checklist.model().index(r, 0).data() or ""))
    rect = checklist.visualRect(checklist.model().index(longest, 0))
    # wrapped on two lines, not running off to the side
    assert rect.width() <= checklist.viewport().width()
    assert rect.height() >= 2 * checklist.fontMetrics().height()
    assert not checklist.horizontalScrollBar().isVisible()
