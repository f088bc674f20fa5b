"""Exports from the desktop: actions and agenda calendars, the actions spreadsheet, selected readings,
and after each export a window that opens the file or shows it in its folder."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from gcen_desktop.ui.sections.plans import PlansSection
from gcen_desktop.ui.sections.readings import ReadingsSection
from gcen_desktop.ui.sections.symposia import SymposiaSection
from gcen_desktop.ui.widgets import saved_file
from gcen_desktop.ui.widgets.saved_file import SavedFileDialog


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """What the app asked the system to open or run, instead of opening it."""
    calls: list[tuple[str, ...]] = []
    monkeypatch.setattr(saved_file, "launch", lambda url: calls.append(("open", url.toLocalFile())) or True)
    monkeypatch.setattr(saved_file, "start_program",
                        lambda program, args: calls.append((program, *args)) or True)
    return calls


def _show(section_type, ctx, qtbot):
    section = section_type(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    return section


def _saved_dialog(widget, qtbot) -> SavedFileDialog:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in widget.findChildren(SavedFileDialog)))
    (dialog,) = [d for d in widget.findChildren(SavedFileDialog) if d.isVisible()]
    return dialog


def test_plan_actions_as_csv_and_calendar_then_open_and_show_in_folder(ctx, qtbot, answer, wait_idle, tmp_path,
                                                                        launched):
    section = _show(PlansSection, ctx, qtbot)
    editor = section.editor
    plan = editor.plan
    actions = [a for g in ctx.ws.children(plan.id, "goal") for a in ctx.ws.children(g.id, "action")]
    assert actions
    answer({"save_file": str(tmp_path / "actions")})  # the extension is added
    editor.export_actions["actions_csv"].trigger()
    wait_idle(ctx)
    out = tmp_path / "actions.csv"
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert sorted(r["Id"] for r in rows) == sorted(a.id for a in actions)
    dialog = _saved_dialog(editor, qtbot)
    assert f"{len(actions)} actions" in dialog.message.text() and "actions.csv" in dialog.message.text()
    QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert launched == [("open", str(out))]
    qtbot.waitUntil(lambda: not dialog.isVisible())

    answer({"save_file": str(tmp_path / "due.ics")})
    editor.export_actions["actions_ics"].trigger()
    wait_idle(ctx)
    events = list(Calendar.from_ical((tmp_path / "due.ics").read_bytes()).walk("VEVENT"))
    assert len(events) == sum(1 for a in actions if a.data.get("due"))
    dialog = _saved_dialog(editor, qtbot)
    QTest.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert len(launched) == 2 and str(tmp_path) in launched[1][-1]


def test_plan_report_export_offers_open_and_show_in_folder(ctx, qtbot, answer, wait_idle, tmp_path, launched):
    section = _show(PlansSection, ctx, qtbot)
    answer({"save_file": str(tmp_path / "plan.md")})
    section.editor.export_actions["md"].trigger()
    wait_idle(ctx)
    dialog = _saved_dialog(section.editor, qtbot)
    QTest.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert launched == [("open", str(tmp_path / "plan.md"))]


def test_agenda_calendar_in_the_host_citys_time_zone(ctx, qtbot, answer, wait_idle, tmp_path, launched):
    section = _show(SymposiaSection, ctx, qtbot)
    editor = section.editor
    sym = editor.symposium
    assert ctx.ws.label(sym.data.get("host_city")) == "Seoul"
    answer({"save_file": str(tmp_path / "agenda.ics")})  # Seoul names its zone: no question
    QTest.mouseClick(editor.agenda_calendar_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    raw = (tmp_path / "agenda.ics").read_bytes()
    assert b"TZID=Asia/Seoul" in raw and b"BEGIN:VTIMEZONE" in raw
    dialog = _saved_dialog(editor, qtbot)
    assert "agenda.ics" in dialog.message.text()


def test_agenda_calendar_asks_the_time_zone_when_the_city_does_not_say(ctx, qtbot, answer, wait_idle, tmp_path,
                                                                         launched):
    section = _show(SymposiaSection, ctx, qtbot)
    editor = section.editor
    sym = editor.symposium
    boston = next(c for c in ctx.ws.list("city") if c.title == "Boston")
    ctx.ws.edit(sym.id, {"host_city": boston.id})
    editor.set_symposium(sym.id)
    seen = {}

    def choose(_title, _text, dialog=None, **_kw):
        box = dialog.zone_box
        seen["default"] = box.currentText()
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        box.lineEdit().selectAll()
        QTest.keyClicks(box.lineEdit(), "Nowhere/Land")
        seen["ok_for_nonsense"] = ok.isEnabled()
        box.lineEdit().selectAll()
        QTest.keyClicks(box.lineEdit(), "america/new_york")
        seen["ok"] = ok.isEnabled()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        return dialog.result()

    log = answer({"dialog": choose, "save_file": str(tmp_path / "agenda.ics")})
    QTest.mouseClick(editor.agenda_calendar_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    assert [k for k, *_ in log] == ["dialog", "save_file"]
    assert seen["default"]  # the computer's zone (UTC when it has none)
    assert seen["ok_for_nonsense"] is False and seen["ok"] is True
    raw = (tmp_path / "agenda.ics").read_bytes()
    assert b"TZID=America/New_York" in raw

    # cancelling the question writes nothing and asks nothing more
    log = answer({"dialog": 0})
    QTest.mouseClick(editor.agenda_calendar_button, Qt.MouseButton.LeftButton)
    wait_idle(ctx)
    assert [k for k, *_ in log] == ["dialog"]


def _click_row(table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center() + QPoint(0, 0))


def test_export_selected_readings(ctx, qtbot, answer, wait_idle, tmp_path, launched):
    section = _show(ReadingsSection, ctx, qtbot)
    table = section.list.table
    model = section.list.model
    assert model.rowCount() >= 3
    _click_row(table, 0)
    _click_row(table, 2, Qt.KeyboardModifier.ControlModifier)
    chosen = section.list.selected_ids()
    assert len(chosen) == 2
    section._on_export_menu_about_to_show()
    assert section.export_selected_action.isEnabled()
    for suffix, check in ((".bib", lambda text: text.count("\n@")+text.startswith("@")),
                          (".ris", lambda text: text.count("ER  - ")),
                          (".json", lambda text: text.count('"title"'))):
        out = tmp_path / f"chosen{suffix}"
        answer({"save_file": str(out)})
        section.export_selected_action.trigger()
        wait_idle(ctx)
        text = out.read_text(encoding="utf-8")
        assert check(text) == 2, suffix
        for rec in chosen:
            assert ctx.ws.find(rec).title.split(":")[0] in text
        dialog = _saved_dialog(section, qtbot)
        assert "2 readings" in dialog.message.text()
    # with nothing selected there is nothing to choose
    table.clearSelection()
    section._on_export_menu_about_to_show()
    assert not section.export_selected_action.isEnabled()
    assert not Path(tmp_path / "readings.ris").exists()


def test_saved_window_without_a_parent_stays_until_closed(qtbot, tmp_path, launched):
    import gc

    saved_file.show_saved(None, tmp_path / "x.pdf", "Saved x.pdf")
    gc.collect()
    (dialog,) = [d for d in saved_file._without_parent if d.isVisible()]
    QTest.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert launched == [("open", str(tmp_path))]
    qtbot.waitUntil(lambda: not saved_file._without_parent)
