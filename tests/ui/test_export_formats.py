"""Every format of the registry (interop/formats.py), for everything it exports, is offered by the
desktop's export menus and save dialogs, and saving through them writes a non-empty file in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from gcen_desktop.interop import formats
from gcen_desktop.interop.readings import detect_format
from gcen_desktop.ui.plans.export import action_format_label, format_label
from gcen_desktop.ui.sections.notes import NotesSection
from gcen_desktop.ui.sections.plans import PlansSection
from gcen_desktop.ui.sections.readings import ReadingsSection
from gcen_desktop.ui.sections.symposia import SymposiaSection

EXPORTS = [(f.id, subject) for f in formats.FORMATS for subject in f.exports]


def _show(section_type, ctx, qtbot):
    section = section_type(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    return section


def _menu_entry(button, text: str):
    found = [a for a in button.menu().actions() if a.text() == text]
    assert len(found) == 1, f"{text!r} not in {[a.text() for a in button.menu().actions()]}"
    return found[0]


# each returns the section shown (kept by the test) and what saves the file


def _plan(ctx, qtbot, fmt):
    section = _show(PlansSection, ctx, qtbot)
    return section, _menu_entry(section.editor.export_button, format_label(fmt)).trigger


def _actions(ctx, qtbot, fmt):
    section = _show(PlansSection, ctx, qtbot)
    return section, _menu_entry(section.editor.export_button, action_format_label(fmt)).trigger


def _briefing(ctx, qtbot, fmt):
    section = _show(SymposiaSection, ctx, qtbot)
    return section, _menu_entry(section.editor.export_button, format_label(fmt)).trigger


def _agenda(ctx, qtbot, fmt):
    section = _show(SymposiaSection, ctx, qtbot)
    editor = section.editor
    assert ctx.ws.label(editor.symposium.data.get("host_city")) == "Seoul"  # its zone is known: no question
    return section, lambda: QTest.mouseClick(editor.agenda_calendar_button, Qt.MouseButton.LeftButton)


def _note(ctx, qtbot, fmt):
    section = _show(NotesSection, ctx, qtbot)
    qtbot.waitUntil(lambda: section.editor.view is not None)
    return section, _menu_entry(section.export_button, format_label(fmt)).trigger


def _readings(ctx, qtbot, fmt):
    section = _show(ReadingsSection, ctx, qtbot)
    return section, section.export_shown_action.trigger


# where the desktop offers each subject; a new subject must be offered somewhere and added here
OFFERED_BY = {"plan": _plan, "actions": _actions, "briefing": _briefing, "agenda": _agenda, "readings": _readings,
              "note": _note}


@pytest.mark.parametrize(("fmt", "subject"), EXPORTS, ids=[f"{f}-{s}" for f, s in EXPORTS])
def test_every_format_is_offered_and_saved_by_the_desktop(ctx, qtbot, answer, wait_idle, tmp_path, fmt, subject):
    found = formats.get(fmt)
    _section, export = OFFERED_BY[subject](ctx, qtbot, fmt)
    target = tmp_path / f"{subject}{found.suffix}"
    log = answer({"save_file": str(target)})
    export()
    wait_idle(ctx, 60000)
    ((kind, _title, filters),) = log
    assert kind == "save_file" and f"{found.file_type} ({found.patterns})" in filters.split(";;")
    assert target.stat().st_size > 0
    if found.reader is not None:  # the readings export picks the format by the file name
        assert detect_format(Path(target), target.read_text(encoding="utf-8")[:2000]) == fmt
