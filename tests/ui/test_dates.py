"""Date fields: typed in the user's short format or as ISO, picked in a calendar that opens near
today (an end date near its start), and cleared with the clear button or by erasing the text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle

from gcen_desktop.ui.forms.record_form import DateEdit, RecordForm


@pytest.fixture
def english_locale():
    saved = QLocale()
    QLocale.setDefault(QLocale("en_US"))
    yield
    QLocale.setDefault(saved)


def _plan_form(ctx, qtbot, **data):
    plan = ctx.ws.list("action_plan")[0]
    if data:
        ctx.ws.edit(plan.id, data)
    form = RecordForm(ctx, "action_plan", [("title", "Title"), ("start", "Starts"), ("end", "Ends")])
    qtbot.addWidget(form)
    form.load(ctx.ws.get(plan.id))
    form.show()
    return form, plan.id


def _type(qtbot, editor, text: str) -> None:
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        QTest.keyClicks(editor, text)
    else:
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClick(editor, Qt.Key.Key_Tab)


@pytest.mark.parametrize("typed", ["2027-03-15", "3/15/2027", "3/15/27"])
def test_a_date_typed_as_iso_or_in_the_short_format_is_saved(ctx, qtbot, wait_idle, english_locale, typed):
    form, plan_id = _plan_form(ctx, qtbot, start=None)
    start = form.editors["start"]
    _type(qtbot, start, typed)
    wait_idle(ctx)
    assert ctx.ws.get(plan_id).data.get("start") == "2027-03-15"
    assert start.text() == "3/15/2027"  # shown in the user's format, with its whole year


def test_text_that_is_no_date_leaves_the_date_as_it_was_and_says_so(ctx, qtbot, wait_idle, english_locale):
    form, plan_id = _plan_form(ctx, qtbot, start="2026-09-01")
    messages = []
    ctx.sig_status.connect(messages.append)
    start = form.editors["start"]
    _type(qtbot, start, "next tuesday")
    wait_idle(ctx)
    assert ctx.ws.get(plan_id).data.get("start") == "2026-09-01"
    assert start.text() == "9/1/2026"
    assert messages and "Starts was not changed" in messages[-1]


def test_a_date_is_cleared_by_erasing_its_text(ctx, qtbot, wait_idle, english_locale):
    form, plan_id = _plan_form(ctx, qtbot, start="2026-09-01")
    _type(qtbot, form.editors["start"], "")
    wait_idle(ctx)
    assert ctx.ws.get(plan_id).data.get("start") is None
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(plan_id).data.get("start") == "2026-09-01"


def test_a_date_is_cleared_with_its_clear_button(ctx, qtbot, wait_idle, english_locale):
    from PySide6.QtGui import QAction

    form, plan_id = _plan_form(ctx, qtbot, end="2027-06-30")
    end = form.editors["end"]
    clear = end.findChild(QAction, "_q_qlineeditclearaction")
    assert clear is not None and clear.isVisible()
    button = next(w for w in clear.associatedObjects() if w is not end)
    qtbot.waitUntil(button.isVisible)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    assert end.text() == ""
    assert ctx.ws.get(plan_id).data.get("end") is None


def test_an_empty_dates_calendar_opens_at_today_and_a_click_picks_the_date(ctx, qtbot, wait_idle, english_locale):
    form, plan_id = _plan_form(ctx, qtbot, start=None, end=None)
    start = form.editors["start"]
    start.setFocus()
    QTest.keyClick(start, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = start.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert calendar.selectedDate() == today
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    wait_idle(ctx)
    assert not calendar.isVisible()
    assert ctx.ws.get(plan_id).data.get("start") == today.toString("yyyy-MM-dd")


def test_an_empty_end_dates_calendar_opens_near_the_start(ctx, qtbot, english_locale):
    form, _ = _plan_form(ctx, qtbot, start="2031-04-20", end=None)
    end = form.editors["end"]
    end.setFocus()
    QTest.keyClick(end, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = end.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2031, 4)
    QTest.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Escape)


def test_new_plan_dialog_takes_typed_dates_and_opens_the_end_near_the_start(ctx, qtbot, english_locale):
    from gcen_desktop.ui.plans.new_plan_dialog import NewPlanDialog

    dialog = NewPlanDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.start, "2027-03-15")
    assert dialog.values()["start"] == "2027-03-15"
    assert "end" not in dialog.values()
    dialog.end.setFocus()
    QTest.keyClick(dialog.end, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.end.calendarWidget().isVisible)
    assert dialog.end.calendarWidget().monthShown() == 3
    QTest.keyClick(dialog.end.calendarWidget().focusWidget() or dialog.end.calendarWidget(), Qt.Key.Key_Escape)



def _due_editor(ctx, qtbot, wait_idle, due):
    """The first action's due date open for editing in the plan's action table (F2)."""
    from gcen_desktop.ui.plans.action_model import COL_DUE
    from gcen_desktop.ui.sections.plans import PlansSection

    plan = ctx.ws.list("action_plan")[0]
    goal = ctx.ws.children(plan.id, "goal")[0]
    rec = ctx.ws.children(goal.id, "action")[0].id
    ctx.ws.edit(rec, {"due": due})
    section = PlansSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: section.editor.goals.action_model.row_of(rec) >= 0)
    table, model = section.editor.goals.action_table, section.editor.goals.action_model
    row = model.row_of(rec)
    assert model.rows[row].data.get("due") == due
    table.setFocus()
    table.setCurrentIndex(model.index(row, COL_DUE))
    QTest.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: table.focusWidget() is not table)
    editor = table.focusWidget()
    assert isinstance(editor, DateEdit), editor
    return section, editor, rec  # the section kept alive while the test types


def _closed(qtbot, wait_idle, ctx, section) -> None:
    """Wait until the table's editor has closed (Return commits on the next turn of the loop) and
    the edit it made is written."""
    from PySide6.QtWidgets import QAbstractItemView

    table = section.editor.goals.action_table
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)
    wait_idle(ctx)


def test_an_actions_due_date_is_typed_in_the_table_as_iso(ctx, qtbot, wait_idle, english_locale):
    section, editor, rec = _due_editor(ctx, qtbot, wait_idle, None)
    QTest.keyClicks(editor, "2027-03-15")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _closed(qtbot, wait_idle, ctx, section)
    assert ctx.ws.get(rec).data.get("due") == "2027-03-15"


def test_an_actions_due_date_is_cleared_in_the_table_and_bad_text_changes_nothing(ctx, qtbot, wait_idle,
                                                                                  english_locale):
    section, editor, rec = _due_editor(ctx, qtbot, wait_idle, "2026-10-01")
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "soon")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _closed(qtbot, wait_idle, ctx, section)
    assert ctx.ws.get(rec).data.get("due") == "2026-10-01"
    section, editor, rec = _due_editor(ctx, qtbot, wait_idle, "2026-10-01")
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    _closed(qtbot, wait_idle, ctx, section)
    assert ctx.ws.get(rec).data.get("due") is None


def test_a_date_field_is_never_narrower_than_a_whole_date(qtbot):
    """In a plan's narrow goal form the due date read "01/09/20": the field keeps room for a whole
    date beside its clear and calendar buttons."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    from gcen_desktop.ui.forms.record_form import display_format

    holder = QWidget()
    qtbot.addWidget(holder)
    row = QHBoxLayout(holder)
    edit = DateEdit(holder)
    row.addWidget(edit)
    holder.resize(40, 40)
    holder.show()
    edit.setText(QLocale().toString(QDate(2026, 12, 28), display_format()))
    qtbot.waitUntil(lambda: edit.isVisible())
    text_room = edit.width() - 2 * (edit.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize) + 8)
    assert text_room >= edit.fontMetrics().horizontalAdvance(edit.text())
