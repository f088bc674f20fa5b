"""Notes: write, autosave (one undo step), Markdown preview, tags, files, backlinks, filters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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


def test_edit_preview_and_split_show_the_text_the_preview_or_both(notes, ctx, qtbot):
    markdown = notes.editor.markdown
    markdown.set_text("## Goals\n\n- **retain** teachers")
    assert markdown.source.isVisible() and markdown.preview.isVisible()  # split by default
    qtbot.mouseClick(markdown.mode_buttons["preview"], Qt.MouseButton.LeftButton)
    assert markdown.preview.isVisible() and not markdown.source.isVisible()
    assert "retain" in markdown.preview.toPlainText() and "**" not in markdown.preview.toPlainText()
    qtbot.mouseClick(markdown.mode_buttons["edit"], Qt.MouseButton.LeftButton)
    assert markdown.source.isVisible() and not markdown.preview.isVisible()
    qtbot.mouseClick(markdown.mode_buttons["split"], Qt.MouseButton.LeftButton)
    assert markdown.source.isVisible() and markdown.preview.isVisible()
    assert markdown.mode_buttons["split"].isChecked() and not markdown.mode_buttons["edit"].isChecked()
    # the choice stays when another note is opened
    qtbot.mouseClick(markdown.mode_buttons["preview"], Qt.MouseButton.LeftButton)
    notes.list.table.selectRow(1)
    assert not markdown.source.isVisible() and markdown.preview.isVisible()
    assert ctx.settings.note_view == "preview"  # and the next time the app starts
    again = NotesSection(ctx)
    qtbot.addWidget(again)
    assert again.editor.markdown.mode == "preview"
    again.editor.markdown.stop()


def test_preview_loads_no_image_and_shows_html_as_text(notes, qtbot, tmp_path):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QImage

    picture = tmp_path / "private.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    image.save(str(picture))
    url = QUrl.fromLocalFile(str(picture)).toString()
    markdown = notes.editor.markdown
    markdown.set_text(f"Look: ![secret]({url})\n\n<img src=\"{url}\"> <b>not bold</b>\n\n[web](https://example.org)")
    qtbot.waitUntil(lambda: "Look" in markdown.preview.toPlainText())
    markdown.preview.grab()  # lay it out and paint it
    doc = markdown.preview.document()
    images = []
    block = doc.begin()
    while block.isValid():  # no image in the document: nothing for Qt to read from disk or the web
        it = block.begin()
        while not it.atEnd():
            if it.fragment().charFormat().isImageFormat():
                images.append(it.fragment().text())
            it += 1
        block = block.next()
    assert images == []
    assert "<b>not bold</b>" in markdown.preview.toPlainText()  # a teammate's markup stays text
    assert "[secret]" in markdown.preview.toPlainText()  # the image's description is shown instead
    assert "<img" not in render_markdown(f"![a]({url}) ![b](https://example.org/x.png)")
    assert not markdown.preview.openExternalLinks()


def test_ctrl_f_in_the_note_finds_in_the_note(ctx, qtbot, wait_idle):
    from gcen_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    rec = ctx.ws.create("note", {"title": "Mentoring", "body": "Mentors meet weekly.\nThe mentor plan.\nEvery MENTOR has time."}).rec
    notes = window.show_section("notes")
    notes.refresh()
    notes.list.apply_filter()
    qtbot.waitUntil(lambda: notes.list.model.row_of(rec) >= 0)
    assert notes.list.select(rec)
    markdown = notes.editor.markdown
    source = markdown.source
    source.setFocus()
    qtbot.waitUntil(source.hasFocus)
    qtbot.keyClick(source, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = markdown.find_bar
    assert bar.isVisible() and bar.box.hasFocus()
    from gcen_desktop.ui.search_dialog import SearchDialog

    assert not any(d.isVisible() for d in window.findChildren(SearchDialog))  # not the workspace search
    qtbot.keyClicks(bar.box, "mentor")
    assert bar.matches() == (1, 3)
    assert "1" in bar.count.text() and "3" in bar.count.text()
    assert source.textCursor().selectedText() == "Mentor"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    assert bar.matches() == (2, 3) and source.textCursor().selectedText() == "mentor"
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)
    qtbot.keyClick(bar.box, Qt.Key.Key_Return)  # past the last: back to the first
    assert bar.matches() == (1, 3)
    qtbot.keyClick(bar.box, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.matches() == (3, 3) and source.textCursor().selectedText() == "MENTOR"
    qtbot.mouseClick(bar.previous_button, Qt.MouseButton.LeftButton)
    assert bar.matches() == (2, 3)
    bar.box.setFocus()
    qtbot.keyClick(bar.box, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # again: selects the words
    assert bar.isVisible() and bar.box.selectedText() == "mentor"
    assert not any(d.isVisible() for d in window.findChildren(SearchDialog))
    qtbot.keyClicks(bar.box, "zzz")
    assert bar.matches()[1] == 0 and bar.count.text() == "No matches"
    qtbot.keyClick(bar.box, Qt.Key.Key_Escape)
    assert not bar.isVisible() and source.hasFocus()
    assert markdown.text() == "Mentors meet weekly.\nThe mentor plan.\nEvery MENTOR has time."  # nothing typed
    markdown.stop()
    wait_idle(ctx)


def test_the_list_splitter_is_visible_and_cannot_hide_the_list(notes, qtbot):
    from gcen_desktop.ui.sections.notes import LIST_MIN_WIDTH

    splitter = notes.splitter
    handle = splitter.handle(1)
    assert handle.isVisible() and handle.width() >= 5
    assert not splitter.childrenCollapsible()
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    for x in range(0, -1200, -100):  # drag the handle far to the left
        qtbot.mouseMove(handle, start + type(start)(x, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start + type(start)(-1200, 0))
    assert notes.list.width() >= LIST_MIN_WIDTH and notes.list.isVisible()
    assert notes.list.table.columnWidth(0) >= 100, "titles keep room to be read in a narrow list"
    # a layout saved by an older version with the list collapsed does not hide it either
    saved = splitter.saveState()
    splitter.setChildrenCollapsible(True)
    splitter.setSizes([0, 1200])
    collapsed = splitter.saveState()
    splitter.restoreState(collapsed)
    assert splitter.sizes()[0] > 0 and not splitter.childrenCollapsible()
    splitter.restoreState(saved)


def test_a_long_title_shows_from_its_start(notes, ctx, qtbot, wait_idle):
    long_title = "Site visit to the Seoul Metropolitan Office of Education: " + "mentoring and induction " * 8 + "END"
    rec = ctx.ws.create("note", {"title": long_title, "body": "x"}).rec
    notes.refresh()
    notes.list.apply_filter()
    qtbot.waitUntil(lambda: notes.list.model.row_of(rec) >= 0)
    assert notes.list.select(rec)
    edit = notes.editor.title_edit
    assert edit.text() == long_title and edit.cursorPosition() == 0
    # after editing, leaving the field shows the start again
    edit.setFocus()
    edit.end(False)
    notes.editor.markdown.source.setFocus()
    qtbot.waitUntil(lambda: not edit.hasFocus())
    assert edit.cursorPosition() == 0
    # the list shows the title's start: it is not scrolled sideways to the end
    table = notes.list.table
    assert table.horizontalScrollBar().value() == 0
    assert table.visualRect(notes.list.model.index(notes.list.model.row_of(rec), 0)).left() <= 2


def test_tab_from_the_title_reaches_the_text_before_the_view_switch(notes, qtbot):
    edit = notes.editor.title_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is notes.editor.markdown.source:
            break
    assert notes.editor.markdown.source in seen
    assert not any(w in notes.editor.markdown.mode_buttons.values() for w in seen)


def test_the_changed_column_holds_a_time_in_a_long_language(ctx, qtbot):
    """French read "aujourd'hui …" with the time cut: the Changed column has room for its longest form."""
    from PySide6.QtCore import QTranslator

    from gcen_desktop.ui.widgets.section_parts import _when

    class French(QTranslator):
        def translate(self, context, text, disambiguation=None, n=-1):  # noqa: ANN001
            return "aujourd'hui %s" if (context, text) == ("Dates", "today %s") else None

    app = QApplication.instance()
    french = French()
    app.installTranslator(french)
    _when.cache_clear()
    try:
        section = NotesSection(ctx)
        qtbot.addWidget(section)
        section.resize(1600, 900)
        section.show()
        table = section.list.table
        column = next(i for i in range(table.model().columnCount())
                      if table.model().headerData(i, Qt.Orientation.Horizontal) == "Changed")
        wanted = table.fontMetrics().horizontalAdvance("aujourd'hui 23:59")
        assert table.horizontalHeader().sectionSize(column) > wanted
    finally:
        app.removeTranslator(french)
        _when.cache_clear()


def test_a_notes_tags_field_has_a_label_like_the_fields_above_it(ctx, qtbot):
    """The tags box stood under the form with no label ("mentoring, teacher-residency" alone)."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    section = NotesSection(ctx)
    qtbot.addWidget(section)
    section.show()
    editor = section.editor
    layout = editor.form.layout()
    assert isinstance(layout, QFormLayout)
    label = layout.labelForField(editor.tags)
    assert isinstance(label, QLabel) and label.text() == "Tags"
    assert editor.tags.isEnabled() == editor.form.isEnabled()
