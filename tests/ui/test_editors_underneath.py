"""Editors whose field changed underneath them (another window on the workspace, an import, an
undo) show the change when nothing typed is unsaved, and otherwise save the typing as a
concurrent edit (a conflict or a clean line merge), never as a silent overwrite."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gcen_desktop.services import Workspace
from gcen_desktop.ui.sections.notes import NotesSection
from gcen_desktop.ui.sections.practices import PracticesSection


@pytest.fixture
def notes(ctx, qtbot):
    section = NotesSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    yield section
    section.editor.flush()
    section.editor.markdown.stop()
    qtbot.waitUntil(lambda: not ctx.workers.busy)


def _note_with_body(notes, ctx, qtbot, wait_idle, body: str) -> str:
    rec = notes.editor.view.id
    ctx.run_write(lambda: ctx.ws.edit(rec, {"body": body}))
    wait_idle(ctx)
    qtbot.waitUntil(lambda: notes.editor.markdown.text() == body)
    return rec


def _type_at_end(qtbot, source, text: str) -> None:
    source.setFocus()
    qtbot.keyClick(source, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for i, line in enumerate(text.split("\n")):
        if i:
            qtbot.keyClick(source, Qt.Key.Key_Return)
        qtbot.keyClicks(source, line)


def _in_another_window(ctx, change) -> None:
    """What a second app on the same workspace does: its own connection, no change set here."""
    other = Workspace.open(ctx.ws.store.folder)
    try:
        change(other)
    finally:
        other.close()


def test_typing_over_a_change_from_another_window_merges_the_lines(notes, ctx, qtbot, wait_idle):
    rec = _note_with_body(notes, ctx, qtbot, wait_idle, "Morning: co-planning\nAfternoon: visits\n")
    _in_another_window(ctx, lambda ws: ws.edit(rec, {"body": "Morning: co-planning in teams\nAfternoon: visits\n"}))
    _type_at_end(qtbot, notes.editor.markdown.source, "Evening: debrief\n")
    qtbot.waitUntil(lambda: not notes.editor.pending(), timeout=5000)
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert stored.data["body"] == "Morning: co-planning in teams\nAfternoon: visits\nEvening: debrief\n"
    assert stored.merged == ["body"]
    # the editor shows the merge, and typing on goes on from it (no conflict with its own save)
    qtbot.waitUntil(lambda: notes.editor.markdown.text() == stored.data["body"])
    assert notes.editor.markdown.source.textCursor().position() == len(stored.data["body"])  # still at the end
    _type_at_end(qtbot, notes.editor.markdown.source, "Next: ")
    notes.editor.flush()
    _type_at_end(qtbot, notes.editor.markdown.source, "write up")
    notes.editor.flush()
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert stored.data["body"].endswith("Evening: debrief\nNext: write up")
    assert stored.conflicts == {} and stored.merged == []


def test_typing_over_a_changed_title_is_a_conflict_not_an_overwrite(notes, ctx, qtbot, wait_idle):
    rec = notes.editor.view.id
    _in_another_window(ctx, lambda ws: ws.edit(rec, {"title": "Named in the other window"}))
    title = notes.editor.title_edit
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Named here")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert sorted(stored.conflicts["title"]) == ["Named here", "Named in the other window"]


def test_an_import_while_typing_is_kept_beside_the_typing(notes, ctx, qtbot, wait_idle):
    rec = _note_with_body(notes, ctx, qtbot, wait_idle, "one\n")
    _type_at_end(qtbot, notes.editor.markdown.source, "typed here")
    assert notes.editor.pending()
    # a change set arrives for this note while the typing is unsaved (an import, say)
    ctx.run_write(lambda: ctx.ws.edit(rec, {"body": "one\nfrom the bundle\n"}))
    wait_idle(ctx)
    assert notes.editor.markdown.text() == "one\ntyped here"  # the typing stays on screen
    notes.editor.flush()
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert "body" in stored.conflicts
    assert sorted(stored.conflicts["body"]) == ["one\nfrom the bundle\n", "one\ntyped here"]


def test_undo_of_a_save_keeps_what_another_window_wrote_meanwhile(notes, ctx, qtbot, wait_idle):
    rec = _note_with_body(notes, ctx, qtbot, wait_idle, "a\nb\nc\n")
    _type_at_end(qtbot, notes.editor.markdown.source, "d\n")
    notes.editor.flush()
    wait_idle(ctx)
    _in_another_window(ctx, lambda ws: ws.edit(rec, {"body": "A\nb\nc\nd\n"}))
    ctx.undo_stack.undo()
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    values = [stored.data["body"], *stored.conflicts.get("body", [])]
    assert any(v.startswith("A\n") for v in values), values  # the other window's edit is still there


@pytest.fixture
def practices(ctx, qtbot):
    section = PracticesSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    yield section
    section.form.flush()
    qtbot.waitUntil(lambda: not ctx.workers.busy)


def test_a_form_field_typed_over_a_change_from_another_window_is_a_conflict(practices, ctx, qtbot, wait_idle):
    form = practices.form
    assert form.view is not None
    rec = form.view.id
    _in_another_window(ctx, lambda ws: ws.edit(rec, {"title": "Renamed in the other window"}))
    title = form.editors["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Renamed here")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert sorted(stored.conflicts["title"]) == ["Renamed here", "Renamed in the other window"]


def test_a_form_field_changed_underneath_is_shown_when_not_being_changed(practices, ctx, qtbot, wait_idle):
    form = practices.form
    rec = form.view.id
    title = form.editors["title"]
    title.setFocus()  # the user is in the field but has typed nothing
    ctx.run_write(lambda: ctx.ws.edit(rec, {"title": "Renamed by an import"}))
    wait_idle(ctx)
    qtbot.waitUntil(lambda: title.text() == "Renamed by an import")
    title.selectAll()
    qtbot.keyClicks(title, "Renamed again")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    wait_idle(ctx)
    qtbot.keyClicks(title, ", twice")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert stored.title == "Renamed again, twice" and stored.conflicts == {}


def test_a_change_written_by_another_process_is_shown_when_the_app_is_active_again(notes, ctx, qtbot, wait_idle):
    rec = _note_with_body(notes, ctx, qtbot, wait_idle, "one\n")
    _in_another_window(ctx, lambda ws: ws.edit(rec, {"body": "one\nfrom the command line\n"}))
    ctx.notice_outside_changes()  # what the app does when it becomes the active one again
    qtbot.waitUntil(lambda: notes.editor.markdown.text() == "one\nfrom the command line\n")
    # and with unsaved typing, the typing stays and is saved beside the outside change
    _type_at_end(qtbot, notes.editor.markdown.source, "typed")
    _in_another_window(ctx, lambda ws: ws.edit(rec, {"body": "one\nfrom the command line\nagain\n"}))
    ctx.notice_outside_changes()
    wait_idle(ctx)
    assert notes.editor.markdown.text() == "one\nfrom the command line\ntyped"
    notes.editor.flush()
    wait_idle(ctx)
    assert sorted(ctx.ws.get(rec).conflicts["body"]) == ["one\nfrom the command line\nagain\n",
                                                          "one\nfrom the command line\ntyped"]


def test_typing_on_while_a_save_is_written_is_no_conflict_with_it(notes, ctx, qtbot, wait_idle):
    """The save is written on the writer but its result has not come back to the window yet when
    the next save is made: the next one still names the version it wrote."""
    import time

    rec = _note_with_body(notes, ctx, qtbot, wait_idle, "one\n")
    _type_at_end(qtbot, notes.editor.markdown.source, "two")
    notes.editor.flush()
    (first, _), = notes.editor.shown._queued["body"]
    deadline = time.monotonic() + 10
    while first.runs == 0 and time.monotonic() < deadline:  # no event processing: its result waits
        time.sleep(0.01)
    assert first.runs == 1
    qtbot.keyClicks(notes.editor.markdown.source, " three")
    notes.editor.flush()
    wait_idle(ctx)
    stored = ctx.ws.get(rec)
    assert stored.data["body"] == "one\ntwo three" and stored.conflicts == {}
