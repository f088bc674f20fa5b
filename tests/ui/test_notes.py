"""Notes: write, autosave (one undo step), Markdown preview, tags, files, backlinks, filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gcen_desktop.ui.commands import EditRecordCommand
from gcen_desktop.ui.sections.notes import NotesSection
from gcen_desktop.ui.widgets.markdown_editor import render_markdown


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


def _new_note(notes, ctx, qtbot, wait_idle) -> str:
    before = ctx.ws.count("note")
    notes.new_record()
    wait_idle(ctx)
    assert ctx.ws.count("note") == before + 1
    qtbot.waitUntil(lambda: notes.editor.view is not None and notes.editor.view.title == "Untitled note")
    return notes.editor.view.id


def test_notes_open_with_the_first_note_selected(notes, ctx):
    assert notes.list.model.rowCount() == ctx.ws.count("note")
    assert notes.editor.view is not None
    assert notes.editor.title_edit.text() == notes.editor.view.title


def test_write_a_note_autosaves_and_undoes_in_one_step(notes, ctx, qtbot, wait_idle):
    rec = _new_note(notes, ctx, qtbot, wait_idle)
    assert ctx.ws.get(rec).data.get("author") == ctx.ws.me
    notes.editor.title_edit.setFocus()
    notes.editor.title_edit.selectAll()
    qtbot.keyClicks(notes.editor.title_edit, "Site visit to Hangang")
    qtbot.keyClick(notes.editor.title_edit, Qt.Key.Key_Return)
    wait_idle(ctx)
    assert ctx.ws.get(rec).title == "Site visit to Hangang"
    source = notes.editor.markdown.source
    qtbot.keyClicks(source, "# Observed")
    qtbot.keyClick(source, Qt.Key.Key_Return)
    qtbot.keyClick(source, Qt.Key.Key_Return)
    qtbot.keyClicks(source, "Teachers co-plan ")
    assert notes.editor.pending()
    qtbot.waitUntil(lambda: not notes.editor.pending(), timeout=5000)
    wait_idle(ctx)
    qtbot.keyClicks(notes.editor.markdown.source, "every week.")
    notes.editor.flush()
    wait_idle(ctx)
    assert ctx.ws.get(rec).data["body"] == "# Observed\n\nTeachers co-plan every week."
    undo_count = ctx.undo_stack.count()
    ctx.undo_stack.undo()  # the whole typing burst is one step
    wait_idle(ctx)
    assert ctx.ws.get(rec).data.get("body") in (None, "")
    assert ctx.undo_stack.count() == undo_count
    qtbot.waitUntil(lambda: notes.editor.markdown.text() == "")
    ctx.undo_stack.redo()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: notes.editor.markdown.text() == "# Observed\n\nTeachers co-plan every week.")


def test_autosave_coalesces_events_in_the_store(notes, ctx, qtbot, wait_idle):
    rec = _new_note(notes, ctx, qtbot, wait_idle)
    seq_before = int(ctx.ws.store.meta("seq"))
    for word in ("one ", "two ", "three"):
        qtbot.keyClicks(notes.editor.markdown.source, word)
        notes.editor.flush()
        wait_idle(ctx)
    assert ctx.ws.get(rec).data["body"] == "one two three"
    assert int(ctx.ws.store.meta("seq")) - seq_before == 1


def test_live_preview_renders_markdown_without_raw_html(notes, qtbot):
    notes.editor.markdown.set_text("## Goals\n\n- **retain** teachers\n\n<script>alert(1)</script>")
    qtbot.waitUntil(lambda: "Goals" in notes.editor.markdown.preview.toHtml())
    html = notes.editor.markdown.preview.toHtml()
    assert "Goals" in html and "retain" in html
    assert "<script>" not in render_markdown("<script>x</script>")
    assert "<strong>retain</strong>" in render_markdown("**retain**")


def test_tags_edit_is_undoable(notes, ctx, qtbot, wait_idle):
    rec = notes.editor.view.id
    before = ctx.ws.tags_of(rec)
    notes.editor.tags.setFocus()
    notes.editor.tags.setText("retention, mentoring")
    notes.editor.tags.editingFinished.emit()
    wait_idle(ctx)
    assert sorted(ctx.ws.tags_of(rec)) == ["mentoring", "retention"]
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.tags_of(rec) == before


def test_attach_a_file_to_a_note(notes, ctx, qtbot, wait_idle, tmp_path, answer):
    pdf = tmp_path / "visit-photos.pdf"
    pdf.write_bytes(b"%PDF-1.4 test")
    answer({"open_file": str(pdf)})
    notes.editor.attachments.attach_button.click()
    wait_idle(ctx)
    rec = notes.editor.view.id
    assert [a.title for a in ctx.ws.linked(rec, "attached")] == ["visit-photos.pdf"]
    qtbot.waitUntil(lambda: notes.editor.attachments.model.rowCount() == 1)


def test_backlinks_name_the_plans_that_use_the_note(notes, ctx):
    with ctx.ws.store.read() as conn:
        row = conn.exec_driver_sql(
            "SELECT l.title FROM records l JOIN records n ON n.id = l.title WHERE l.type='link' "
            "AND l.kind='evidence' AND l.deleted=0 AND n.type='note' LIMIT 1").first()
    assert row, "the sample team uses notes as evidence in a plan"
    assert notes.open_record(row[0])
    plans = ctx.ws.backlinks(row[0], "evidence")
    assert "Used as evidence in plan" in notes.editor.backlinks.text()
    assert plans[0].title.replace("&", "&amp;") in notes.editor.backlinks.text()


def test_filters_by_kind_and_working_group(notes, ctx):
    notes.kind_filter.setCurrentIndex(notes.kind_filter.findData("reflection"))
    rows = notes.list.model.rowCount()
    assert rows and all(notes.list.model.record(r).data["kind"] == "reflection" for r in range(rows))
    group = notes.group_filter.itemData(1)
    notes.kind_filter.setCurrentIndex(0)
    notes.group_filter.setCurrentIndex(1)
    rows = notes.list.model.rowCount()
    assert all(notes.list.model.record(r).data.get("working_group") == group for r in range(rows))


def test_delete_and_undo(notes, ctx, wait_idle):
    rec = notes.editor.view.id
    notes.delete_selected()
    wait_idle(ctx)
    assert ctx.ws.get(rec).deleted
    assert notes.list.model.row_of(rec) == -1
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert not ctx.ws.get(rec).deleted and notes.list.model.row_of(rec) >= 0


def test_notes_model_passes_the_model_tester(notes, qtmodeltester):
    qtmodeltester.check(notes.list.model, force_py=True)


def test_notes_screenshot_has_no_empty_editor(notes, tmp_path):
    path = Path(tmp_path) / "notes.png"
    assert notes.grab().save(str(path))
    assert notes.editor.body.isVisible() and not notes.editor.empty.isVisible()



def test_a_body_no_bundle_could_carry_is_refused_in_plain_words(notes, ctx, qtbot, wait_idle, answer):
    """A million control characters saved into a note (the editor's save command): refused before
    writing, with the field and the limits named, and the stored note stays as it was."""
    rec = _new_note(notes, ctx, qtbot, wait_idle)
    log = answer({"error": None})
    before = ctx.ws.get(rec).data.get("body")
    ctx.undo_stack.push(EditRecordCommand(ctx, rec, {"body": "\x01" * 1_000_000}, "Edit note text", merge=True))
    wait_idle(ctx)
    ((kind, _title, text),) = log
    assert kind == "error"
    assert text.startswith("'body' is too large to send to teammates") and "more than the 4 MiB" in text
    assert ctx.ws.get(rec).data.get("body") == before
