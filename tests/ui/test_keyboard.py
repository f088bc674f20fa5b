"""Keyboard: Ctrl+S saves now, Ctrl+P exports the open plan or symposium to print, Ctrl+Y redoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from gcen_desktop.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(ctx, qtbot):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 800)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    notes = w.built("notes")
    if notes is not None:
        notes.editor.markdown.stop()
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    w.close()


def test_the_file_menu_shows_save_and_print_shortcuts(window):
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.save_action in file_menu.actions() and window.print_action in file_menu.actions()


def test_ctrl_s_saves_the_typed_note_text_at_once(window, ctx, qtbot, wait_idle):
    notes = window.show_section("notes")
    editor = notes.editor
    rec = editor.view.id
    editor._autosave.setInterval(3_600_000)  # a user who pauses for an hour: only Ctrl+S saves
    source = editor.markdown.source
    source.setFocus()
    source.moveCursor(source.textCursor().MoveOperation.End)
    qtbot.keyClicks(source, " Saved by Ctrl+S.")
    assert editor.pending()
    qtbot.keyClick(source, Qt.Key.Key_S, CTRL)
    wait_idle(ctx)
    assert ctx.ws.get(rec).data["body"].endswith(" Saved by Ctrl+S.")
    assert not editor.pending()


def test_ctrl_p_exports_the_open_plan_as_a_pdf(window, ctx, qtbot, wait_idle, answer, tmp_path):
    plans = window.show_section("plans")
    assert plans.editor.plan is not None
    target = tmp_path / "plan.pdf"
    log = answer({"save_file": str(target)})
    qtbot.keyClick(window.sidebar, Qt.Key.Key_P, CTRL)
    wait_idle(ctx, timeout=30000)
    qtbot.waitUntil(target.exists, timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    assert log and log[0][0] == "save_file"


def test_ctrl_p_in_a_note_saves_the_note_with_what_was_just_typed_as_a_pdf(window, ctx, qtbot, wait_idle, answer,
                                                                           tmp_path):
    from pypdf import PdfReader

    notes = window.show_section("notes")
    editor = notes.editor
    qtbot.waitUntil(lambda: editor.view is not None)
    editor._autosave.setInterval(3_600_000)  # not saved yet when Ctrl+P comes
    source = editor.markdown.source
    source.setFocus()
    source.moveCursor(source.textCursor().MoveOperation.End)
    qtbot.keyClicks(source, " Printed with its last words.")
    target = tmp_path / "note.pdf"
    log = answer({"save_file": str(target)})
    qtbot.keyClick(source, Qt.Key.Key_P, CTRL)
    wait_idle(ctx, timeout=30000)
    qtbot.waitUntil(target.exists, timeout=30000)
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert editor.view.title.split()[0] in text and "Printed with its last words." in " ".join(text.split())
    assert log and log[0][0] == "save_file"


def test_ctrl_p_where_nothing_prints_says_so(window, ctx, qtbot):
    window.show_section("trash")
    said: list[str] = []
    ctx.sig_status.connect(said.append)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_P, CTRL)
    assert said and "Nothing to print here" in said[-1]


def test_ctrl_y_redoes_as_ctrl_shift_z_does(window, ctx, qtbot, wait_idle):
    from gcen_desktop.ui.commands import EditRecordCommand

    note = ctx.ws.list("note", limit=1)[0]
    ctx.undo_stack.push(EditRecordCommand(ctx, note.id, {"title": "Edited from a test"}, "Rename note"))
    wait_idle(ctx)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, CTRL)
    wait_idle(ctx)
    assert ctx.ws.get(note.id).title == note.title
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Y, CTRL)
    wait_idle(ctx)
    assert ctx.ws.get(note.id).title == "Edited from a test"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, CTRL)
    wait_idle(ctx)
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(ctx)
    assert ctx.ws.get(note.id).title == "Edited from a test"


def test_ctrl_y_in_a_text_field_redoes_the_typing_there(window, ctx, qtbot, wait_idle):
    notes = window.show_section("notes")
    title = notes.editor.title_edit
    before = title.text()
    index = ctx.undo_stack.index()
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "xyz")
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    assert title.text() == before
    qtbot.keyClick(title, Qt.Key.Key_Y, CTRL)
    assert title.text() == before + "xyz"
    assert ctx.undo_stack.index() == index  # the window's undo history was not touched
    title.setText(before)


def test_ctrl_y_redoes_where_the_platform_redo_key_is_ctrl_shift_z(ctx, qtbot, wait_idle, monkeypatch):
    """A Linux desktop's Redo is Ctrl+Shift+Z only: Ctrl+Y still redoes, the typing in a text field
    when one has focus, else the last command."""
    from gcen_desktop.ui import main_window
    from gcen_desktop.ui.commands import EditRecordCommand

    bindings = QKeySequence.keyBindings

    def linux(key):
        return [QKeySequence("Ctrl+Shift+Z")] if key == QKeySequence.StandardKey.Redo else bindings(key)

    monkeypatch.setattr(main_window.QKeySequence, "keyBindings", staticmethod(linux))
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    assert w.redo_action.shortcut() == QKeySequence("Ctrl+Shift+Z")  # the menu shows the platform's key
    note = ctx.ws.list("note", limit=1)[0]
    ctx.undo_stack.push(EditRecordCommand(ctx, note.id, {"title": "Edited from a test"}, "Rename note"))
    wait_idle(ctx)
    ctx.undo_stack.undo()
    wait_idle(ctx)
    w.sidebar.setFocus()
    qtbot.keyClick(w.sidebar, Qt.Key.Key_Y, CTRL)
    wait_idle(ctx)
    assert ctx.ws.get(note.id).title == "Edited from a test"
    notes = w.show_section("notes")
    title = notes.editor.title_edit
    before = title.text()
    index = ctx.undo_stack.index()
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "xyz")
    qtbot.keyClick(title, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(title, Qt.Key.Key_Y, CTRL)
    assert title.text() == before + "xyz" and ctx.undo_stack.index() == index
    title.setText(before)
    notes.editor.markdown.stop()
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    w.close()


def test_the_file_menu_has_one_item_per_mnemonic(window):
    import re

    file_menu = window.menuBar().actions()[0].menu()
    keys = [m.group(1).lower() for a in file_menu.actions()
            if (m := re.search(r"&([^&])", a.text().replace("&&", "")))]
    assert len(keys) == len(set(keys)), keys
