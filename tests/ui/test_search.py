"""Global search: write a note, find it by search, open it from the results."""

from __future__ import annotations

from gcen_desktop.ui.main_window import MainWindow
from gcen_desktop.ui.search_dialog import IdRole, IsHeaderRole, SearchDialog, SearchResultsModel


def test_write_a_note_and_find_it_by_global_search(ctx, qtbot, wait_idle):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    notes = window.show_section("notes")
    notes.new_record()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: notes.editor.view is not None and notes.editor.view.title == "Untitled note")
    rec = notes.editor.view.id
    qtbot.keyClicks(notes.editor.markdown.source, "Mentors get protected time on Wednesdays")
    notes.editor.flush()
    wait_idle(ctx)
    window.show_section("home")

    dialog = window.show_search()
    qtbot.keyClicks(dialog.box, "protected wednesdays")
    with qtbot.waitSignal(dialog.sig_searched, timeout=5000):
        dialog.run_search()
    wait_idle(ctx)
    ids = [dialog.model.index(r).data(IdRole) for r in range(dialog.model.rowCount())]
    assert rec in ids
    header = dialog.model.index(0)
    assert header.data(IsHeaderRole) and header.data() == "NOTE"
    dialog.results.setCurrentIndex(dialog.model.index(ids.index(rec)))
    dialog._on_box_return_pressed()
    assert window.current_section() is notes
    assert notes.editor.view.id == rec
    notes.editor.markdown.stop()


def test_results_are_grouped_by_type(ctx, qtbot, wait_idle, qtmodeltester):
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.box.setText("teacher")
    with qtbot.waitSignal(dialog.sig_searched, timeout=5000):
        dialog.run_search()
    wait_idle(ctx)
    model = dialog.model
    types_seen: list[str] = []
    current = None
    for r in range(model.rowCount()):
        index = model.index(r)
        if index.data(IsHeaderRole):
            current = index.data()
            assert current not in types_seen, "each type is one group"
            types_seen.append(current)
            assert not (model.flags(index) & model.flags(index).ItemIsSelectable)
        else:
            assert current is not None
    assert len(types_seen) >= 2 and model.hit_count() > 0
    qtmodeltester.check(model, force_py=True)


def test_nothing_found_says_what_to_do(ctx, qtbot, wait_idle):
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.box.setText("zzqqxxnothing")
    with qtbot.waitSignal(dialog.sig_searched, timeout=5000) as blocker:
        dialog.run_search()
    wait_idle(ctx)
    assert blocker.args == [0]
    assert "Nothing found" in dialog.hint.text()


def test_empty_model_is_valid(qtmodeltester):
    qtmodeltester.check(SearchResultsModel(), force_py=True)
