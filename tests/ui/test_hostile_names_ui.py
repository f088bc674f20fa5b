"""Names and titles from a hostile bundle on every screen that shows them: never drawn as markup
(a name `<b>Signed by Ana (trusted)</b>` must not become the app's own bold trust line), never
with a terminal escape, bidi override or line break acting inside the sentence that quotes it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from tests.sync.hostile import make_corpus as corpus
from tests.sync.hostile_names import MARKUP, OVERRIDE, SHOWN_ESCAPE, SHOWN_OVERRIDE, hostile_bundle


def shown_safely(text: str) -> bool:
    return "\x1b" not in text and OVERRIDE not in text and "\n" + "Signed by key 0000" not in text


def assert_labels_plain(widget: QWidget) -> list[str]:
    """Every label under `widget` either is plain text or holds nothing Qt would take for markup;
    none holds a control or bidi character. Returns the label texts."""
    texts = []
    for label in widget.findChildren(QLabel):
        text = label.text()
        texts.append(text)
        assert shown_safely(text), text
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text))
        assert not (rich and MARKUP in text), text
    return texts


@pytest.fixture
def hostile_ctx(qapp: QApplication, tmp_path: Path) -> Iterator[Any]:
    """A store that joined a hostile team: the sender's names, the workspace name and a note title are
    hostile, and a later bundle of the sender's conflicts with a local edit of that title."""
    from gcen_desktop.services import joining
    from gcen_desktop.services.bundles import Exchange
    from gcen_desktop.ui.context import AppContext
    from gcen_desktop.ui.settings import Settings

    ws, _ = joining.join(tmp_path / "ws", hostile_bundle(tmp_path / "a.gcen"), trust_new_key=True)
    ex = Exchange(ws)
    note = next(v for v in ws.list("note") if v.title)
    ws.edit(note.id, {"title": "Here"})
    report = ex.import_bundle(hostile_bundle(tmp_path / "b.gcen", bundle=102, retitle=True))
    context = AppContext(ws, settings=Settings())
    context.hostile = {"note": note.id, "report": report, "tmp": tmp_path}
    yield context
    busy = context.workers.busy
    context.shutdown()
    QApplication.processEvents()
    context.undo_stack.clear()
    context.deleteLater()
    ws.close()
    assert not busy


def test_preview_dialog_shows_a_hostile_sender_as_plain_text(hostile_ctx, qtbot):
    from gcen_desktop.services.bundles import Exchange
    from gcen_desktop.ui.sharing.import_preview_dialog import ImportPreviewDialog

    tmp = hostile_ctx.hostile["tmp"]
    other = hostile_bundle(tmp / "c.gcen", corpus.corpus_keys(b"another sender"), replica=corpus.OTHER, bundle=103)
    preview = Exchange(hostile_ctx.ws).preview(other)
    dialog = ImportPreviewDialog(preview, "c.gcen")
    qtbot.addWidget(dialog)
    texts = assert_labels_plain(dialog)
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText
    assert SHOWN_ESCAPE in dialog.heading.text() and MARKUP in dialog.heading.text()  # shown, as text
    assert SHOWN_OVERRIDE in dialog.workspace.text()
    assert any(SHOWN_ESCAPE in t for t in texts if "first bundle signed" in t)  # the warning quotes it
    assert shown_safely(dialog.trust.text()) and SHOWN_ESCAPE in dialog.trust.text()
    # the key is still not trusted, whatever the name says: only "import once" is offered
    assert dialog.import_once() and not dialog.trust_new_key()
    assert dialog.import_button.text() == "Import once without trusting"


def test_sync_screen_report_peers_and_status_bar(hostile_ctx, qtbot):
    from gcen_desktop.ui.sections.sync import SyncSection
    from gcen_desktop.ui.status_bar import WorkspaceStatusBar

    section = SyncSection(hostile_ctx)
    qtbot.addWidget(section)
    section.import_panel.show_report(hostile_ctx.hostile["report"])
    texts = assert_labels_plain(section)
    assert SHOWN_ESCAPE in section.import_panel.report_title.text()
    assert section.import_panel.report_title.textFormat() == Qt.TextFormat.PlainText
    assert SHOWN_ESCAPE in section.status.text() and section.status.textFormat() == Qt.TextFormat.PlainText
    assert any("Last exchange" in t for t in texts)
    names = [section.peers_panel.model.index(r, 0).data() for r in range(section.peers_panel.model.rowCount())]
    assert names and all(shown_safely(n) for n in names) and any(SHOWN_ESCAPE in n for n in names)
    boxes = [section.export_panel.peer_box.itemText(i) for i in range(section.export_panel.peer_box.count())]
    assert all(shown_safely(b) for b in boxes)

    bar = WorkspaceStatusBar(hostile_ctx)
    qtbot.addWidget(bar)
    bar.refresh()
    assert_labels_plain(bar)
    qtbot.waitUntil(lambda: not hostile_ctx.workers.busy, timeout=30000)  # the screen's background reads
    assert SHOWN_ESCAPE in bar.exchange_label.text()
    assert bar.exchange_label.textFormat() == Qt.TextFormat.PlainText


def test_conflict_view_names_and_titles_are_plain(hostile_ctx, qtbot):
    from gcen_desktop.ui.conflicts.conflict_detail import ConflictDetail

    detail = ConflictDetail(hostile_ctx)
    qtbot.addWidget(detail)
    detail.show_record(hostile_ctx.hostile["note"])
    texts = assert_labels_plain(detail)
    assert any(SHOWN_ESCAPE in t for t in texts)  # the sender's name on its version


def test_message_boxes_show_plain_text(qtbot):
    from gcen_desktop.ui import prompts

    box = prompts.message_box(QMessageBox.Icon.Warning, "t", MARKUP, QMessageBox.StandardButton.Ok, None)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText and box.text() == MARKUP


def test_plan_and_symposium_headings_show_titles_as_plain_text(empty_ctx, qtbot):
    """Record titles arrive from teammates too: the editors' headings never draw them as markup."""
    from gcen_desktop.ui.plans.plan_editor import PlanEditor
    from gcen_desktop.ui.symposia.symposium_editor import SymposiumEditor

    ws = empty_ctx.ws
    city = ws.create("city", {"name": MARKUP}).rec
    plan = ws.create("action_plan", {"title": MARKUP + OVERRIDE, "city": city}).rec
    symposium = ws.create("symposium", {"title": MARKUP + OVERRIDE, "host_city": city}).rec
    plans = PlanEditor(empty_ctx)
    qtbot.addWidget(plans)
    plans.set_plan(plan)
    symposia = SymposiumEditor(empty_ctx)
    qtbot.addWidget(symposia)
    symposia.set_symposium(symposium)
    for editor in (plans, symposia):
        assert editor.title.textFormat() == Qt.TextFormat.PlainText
        assert editor.title.text() == MARKUP + SHOWN_OVERRIDE
        assert editor.subtitle.textFormat() == Qt.TextFormat.PlainText and MARKUP in editor.subtitle.text()
        assert_labels_plain(editor)


def test_note_and_reading_details_name_teammates_as_plain_text(empty_ctx, qtbot):
    """A teammate's member record (its name from their bundle) quoted in a note's and a reading's details."""
    from gcen_desktop.ui.widgets.note_editor import NoteEditor
    from gcen_desktop.ui.widgets.reading_detail import ReadingDetail

    ws = empty_ctx.ws
    teammate = ws.create("member", {"name": MARKUP}).rec
    note = ws.create("note", {"title": "Visit", "author": teammate}).rec
    reading = ws.create("reading_item", {"title": "Residencies"}).rec
    ws.set_reading_status(reading, "read", teammate)
    notes = NoteEditor(empty_ctx)
    qtbot.addWidget(notes)
    notes.load(ws.get(note))
    readings = ReadingDetail(empty_ctx)
    qtbot.addWidget(readings)
    readings.load(ws.get(reading))
    assert MARKUP in notes.summary.text() and notes.summary.textFormat() == Qt.TextFormat.PlainText
    assert MARKUP in readings.team_status.text()
    assert readings.team_status.textFormat() == Qt.TextFormat.PlainText


def test_the_join_question_quotes_a_hostile_sender_safely(qtbot, tmp_path):
    """Joining from a hostile bundle on the first-run screen: the question names the sender and the
    workspace with their controls escaped, in a message box that shows plain text."""
    from gcen_desktop.services import joining
    from gcen_desktop.ui.first_run import FirstRunWindow

    info = joining.describe(hostile_bundle(tmp_path / "a.gcen"))
    window = FirstRunWindow(tmp_path / "mine")
    qtbot.addWidget(window)
    question = window._join_question(info)
    assert shown_safely(question) and SHOWN_ESCAPE in question and SHOWN_OVERRIDE in question
    assert MARKUP in question  # as text: the box it goes into shows plain text (test above)
    assert window.message.textFormat() == Qt.TextFormat.PlainText


def test_tooltips_of_hostile_titles_are_shown_as_text(empty_ctx):
    """Qt guesses markup in a tooltip as in a QLabel: a list row's tooltip hands a title over escaped."""
    from gcen_desktop.ui.models.record_table import Column, RecordTableModel
    from gcen_desktop.ui.safe_text import plain_tooltip

    empty_ctx.ws.create("note", {"title": MARKUP + OVERRIDE})
    model = RecordTableModel(empty_ctx, "note", [Column("title", "Title")])
    assert model.index(0, 0).data() == MARKUP + OVERRIDE  # the cell itself is drawn as plain text
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert MARKUP not in tip and "&lt;b&gt;Signed by Ana (trusted)&lt;/b&gt;" in tip and OVERRIDE not in tip
    assert plain_tooltip("Plain title") == "Plain title"
