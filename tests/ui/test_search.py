"""Global search: write a note, find it by search, open it from the results."""

from __future__ import annotations

from gcen_desktop.ui.main_window import MainWindow
from gcen_desktop.ui.search_dialog import (
    IdRole,
    IsHeaderRole,
    SearchDialog,
    SearchResultsModel,
    TitleRole,
)


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


def _search(dialog, qtbot, wait_idle, ctx, text):
    dialog.box.clear()
    if text.isascii():
        qtbot.keyClicks(dialog.box, text)
    else:  # QTest types Latin-1 only; Chinese comes through an input method, as a commit
        dialog.box.insert(text)
    with qtbot.waitSignal(dialog.sig_searched, timeout=5000):
        dialog.run_search()
    wait_idle(ctx)
    ids = [dialog.model.index(r).data(IdRole) for r in range(dialog.model.rowCount())]
    return ids


def test_results_show_plain_text_with_every_hit_marked_and_cut_at_words(ctx, qtbot, wait_idle):
    from gcen_desktop.ui.search_dialog import ExcerptRole, HitsRole

    filler = " ".join(["Background and context of the visit"] * 8)
    body = (f"# Visit notes\n\n{filler}. **Mentoring** matters: see [the mentoring guide](https://example.org/g) "
            "and `mentoring` hours; every *mentoring* pair meets weekly.\n\n- [x] mentoring budget agreed\n\n"
            + filler)
    zh = "优秀教师的培养需要时间。" * 6 + "教师发展中心支持新教师。"
    note = ctx.ws.create("note", {"title": "Zanzibar site visit", "body": body}).rec
    zh_note = ctx.ws.create("note", {"title": "教研组会议", "body": zh}).rec
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.resize(640, 480)
    dialog.show()

    ids = _search(dialog, qtbot, wait_idle, ctx, "mentoring zanzibar")
    row = dialog.model.index(ids.index(note))
    excerpt = row.data(ExcerptRole)
    for syntax in ("**", "](", "https://", "`", "[x]", "# "):
        assert syntax not in excerpt, (syntax, excerpt)
    title_hits, hits = row.data(HitsRole)
    assert [excerpt[s:e] for s, e in hits] == ["Mentoring", "mentoring", "mentoring", "mentoring"][:len(hits)]
    assert len(hits) >= 3, "every hit in the excerpt is marked, not only the first"
    assert [row.data(TitleRole)[s:e] for s, e in title_hits] == ["Zanzibar"]
    # cut at word boundaries: the excerpt starts and ends with whole words
    inner = excerpt.strip("…")
    assert body.count(inner.split(" ")[0]) and inner.split(" ")[0] in filler.split(" ") + ["Mentoring"]
    assert inner.split(" ")[-1].rstrip(".:;") in body.replace("*", "").replace("`", "").split()

    ids = _search(dialog, qtbot, wait_idle, ctx, "教师")
    row = dialog.model.index(ids.index(zh_note))
    excerpt = row.data(ExcerptRole)
    _title_hits, hits = row.data(HitsRole)
    assert len(hits) == excerpt.count("教师") >= 2
    assert all(excerpt[s:e] == "教师" for s, e in hits)
    dialog.results.viewport().grab()  # the delegate paints every row without error
