"""Fields the model has that a list cell cannot hold are edited beside the list: a checklist item's
owner and due date, an action's notes, a session's description; the agenda shows real dates."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, Qt

from gcen_desktop.ui.sections.plans import PlansSection
from gcen_desktop.ui.sections.symposia import SymposiaSection
from gcen_desktop.ui.symposia.agenda_model import COL_DAY, COL_TITLE


def _show(widget, qtbot):
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # so leaving a field sends it focus-out, which saves
    return widget


def _type_text(qtbot, editor, text: str) -> None:
    """Type into a text field and leave it with Tab (which saves it)."""
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert not editor.hasFocus()


def test_a_checklist_items_owner_and_due_date_are_edited_kept_and_undone(ctx, qtbot, wait_idle):
    section = _show(SymposiaSection(ctx), qtbot)
    editor = section.editor
    editor.tabs.setCurrentWidget(editor.checklist)
    panel = editor.checklist
    model, view = panel.model, panel.list
    view.setFocus()
    view.setCurrentIndex(model.index(0))
    rec = model.rows[0].id
    due_before = ctx.ws.get(rec).data.get("due")
    owner = panel.details.editors["owner"]
    due = panel.details.editors["due"]
    assert owner.isEnabled() and owner.isVisibleTo(panel)
    members = [owner.itemData(i) for i in range(owner.count())]
    target = members[(owner.currentIndex() + 1) % len(members)] or members[1]
    owner.setFocus()
    for _ in range(owner.count()):
        if owner.currentData() == target:
            break
        qtbot.keyClick(owner, Qt.Key.Key_Down)
    assert owner.currentData() == target
    due.setFocus()
    due.clear()
    qtbot.keyClicks(due, "2027-03-15")
    qtbot.keyClick(due, Qt.Key.Key_Return)
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert stored.data["owner"] == target and stored.data["due"] == "2027-03-15"
    assert ctx.ws.label(target) in model.index(model.row_of(rec)).data()  # the list says who
    # shown again after reopening the symposium
    other = next(s.id for s in ctx.ws.list("symposium") if s.id != editor.symposium.id)
    sym = editor.symposium.id
    editor.set_symposium(other)
    editor.set_symposium(sym)
    view.setCurrentIndex(model.index(model.row_of(rec)))
    assert panel.details.editors["owner"].currentData() == target
    assert panel.details.editors["due"].value() == "2027-03-15"
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(rec).data.get("due") == due_before != "2027-03-15"
    assert panel.details.editors["due"].value() == due_before


def test_an_actions_notes_are_edited_kept_and_undone(ctx, qtbot, wait_idle):
    section = _show(PlansSection(ctx), qtbot)
    section.editor.tabs.setCurrentWidget(section.editor.goals)
    panel = section.editor.goals
    table, model = panel.action_table, panel.action_model
    table.setFocus()
    table.setCurrentIndex(model.index(0, COL_TITLE))
    rec = model.rows[0].id
    before = ctx.ws.get(rec).data.get("notes")
    notes = panel.action_form.editors["notes"]
    assert notes.isVisibleTo(panel) and notes.isEnabled()
    _type_text(qtbot, notes, "Ask the union rep before the board meeting.")
    wait_idle(ctx)
    assert ctx.ws.get(rec).data["notes"] == "Ask the union rep before the board meeting."
    # another action, then back: its notes are shown again
    table.setCurrentIndex(model.index(1, COL_TITLE))
    assert notes.toPlainText() != "Ask the union rep before the board meeting."
    table.setCurrentIndex(model.index(model.row_of(rec), COL_TITLE))
    assert notes.toPlainText() == "Ask the union rep before the board meeting."
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.get(rec).data.get("notes") == before
    assert notes.toPlainText() == (before or "")


def test_a_sessions_description_is_edited_and_the_agenda_shows_real_dates(ctx, qtbot, wait_idle):
    section = _show(SymposiaSection(ctx), qtbot)
    editor = section.editor
    editor.tabs.setCurrentWidget(editor.agenda)
    panel = editor.agenda
    model, table = panel.model, panel.table
    start = editor.symposium.data.get("start")
    assert start, "the sample symposium has dates"
    day = model.rows[-1].data.get("day") or 1
    date = dt.date.fromisoformat(start) + dt.timedelta(days=day - 1)
    expected = QLocale().toString(QDate(date.year, date.month, date.day), "ddd d MMM")
    assert model.index(model.rowCount() - 1, COL_DAY).data() == expected
    assert "Day" not in expected
    table.setFocus()
    table.setCurrentIndex(model.index(0, COL_TITLE))
    rec = model.rows[0].id
    description = panel.details.editors["description"]
    assert description.isVisibleTo(panel) and description.isEnabled()
    _type_text(qtbot, description, "Meet at the school gate; bring ID.")
    wait_idle(ctx)
    assert ctx.ws.get(rec).data["description"] == "Meet at the school gate; bring ID."
    assert model.index(model.row_of(rec), COL_TITLE).data(Qt.ItemDataRole.ToolTipRole) == \
        "Meet at the school gate; bring ID."
    sym = editor.symposium.id
    editor.set_symposium(None)
    editor.set_symposium(sym)
    table.setCurrentIndex(model.index(model.row_of(rec), COL_TITLE))
    assert panel.details.editors["description"].toPlainText() == "Meet at the school gate; bring ID."
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert not ctx.ws.get(rec).data.get("description")


def test_an_agenda_without_dates_counts_days(empty_ctx, qtbot, wait_idle):
    ctx = empty_ctx
    rec = ctx.ws.create("symposium", {"title": "Webinar series"}).rec
    ctx.ws.create("agenda_item", {"symposium": rec, "day": 2, "title": "Second webinar"})
    section = _show(SymposiaSection(ctx), qtbot)
    section.editor.set_symposium(rec)
    assert section.editor.agenda.model.index(0, COL_DAY).data() == "Day 2"


def test_agenda_days_and_heading_dates_are_written_as_each_language_writes_them(ctx, qtbot):
    """Chinese read "周二 29 12月" (an English order) and the plan and symposium headings showed ISO
    dates; the day is "12月29日 周二" in Chinese, "12월 29일 (화)" in Korean, "Tue 29 Dec" in English."""
    saved = QLocale()
    shapes = {"zh_CN": (r"\d{1,2}月\d{1,2}日 周.", "yyyy年M月d日"),
              "ko_KR": (r"\d{1,2}월 \d{1,2}일 \(.\)", "yyyy년 M월 d일"),
              "en_US": (r"[A-Z][a-z]{2} \d{1,2} [A-Z][a-z]{2}", "d MMM yyyy")}
    try:
        for name, (day_shape, date_pattern) in shapes.items():
            QLocale.setDefault(QLocale(name))
            symposia = SymposiaSection(ctx)
            qtbot.addWidget(symposia)
            editor = symposia.editor
            start = editor.symposium.data["start"]
            assert re.fullmatch(day_shape, editor.agenda.model.day_name(1)), editor.agenda.model.day_name(1)
            first = dt.date.fromisoformat(start)
            heading = editor.subtitle.text()
            assert start not in heading, heading
            assert QLocale().toString(QDate(first.year, first.month, first.day), date_pattern) in heading
            plans = PlansSection(ctx)
            qtbot.addWidget(plans)
            plans.list_panel.select_first()
            plan_heading = plans.editor.subtitle.text()
            assert plans.editor.plan.data["start"] not in plan_heading, plan_heading
    finally:
        QLocale.setDefault(saved)
