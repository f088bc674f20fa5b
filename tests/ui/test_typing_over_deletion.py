"""A record deleted underneath an editor while the user's typing in it is not saved yet (a
teammate's deletion in an import, an undo of the import that brought it, the command line): the
typing is saved over the deletion, as a concurrent edit ("deleted by X while Y edited it", to
settle in Conflicts), never dropped with the closed editor."""

from __future__ import annotations

from gcen_desktop.ui.sections.practices import PracticesSection

from .test_editors_underneath import _in_another_window, _note_with_body, _type_at_end, notes  # noqa: F401


def _status(ctx) -> list[str]:
    said: list[str] = []
    ctx.sig_status.connect(said.append)
    return said


def test_typing_in_a_note_deleted_by_an_import_is_kept(notes, ctx, qtbot, wait_idle):  # noqa: F811
    rec = _note_with_body(notes, ctx, qtbot, wait_idle, "one\n")
    said = _status(ctx)
    _type_at_end(qtbot, notes.editor.markdown.source, "typed here")
    assert notes.editor.pending()
    ctx.run_write(lambda: ctx.ws.delete(rec))  # announced as an import announces a teammate's deletion
    wait_idle(ctx)
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    stored = ctx.ws.get(rec)
    assert not stored.deleted and stored.del_conflict
    assert stored.data["body"] == "one\ntyped here"
    assert notes.editor.view is not None and notes.editor.view.id == rec  # still open, typing on
    assert notes.editor.markdown.text() == "one\ntyped here"
    assert notes.list.current_id() == rec  # and selected in the list again
    assert any("Conflicts" in s for s in said), said


def test_typing_in_a_note_the_command_line_deleted_is_kept(notes, ctx, qtbot, wait_idle):  # noqa: F811
    rec = _note_with_body(notes, ctx, qtbot, wait_idle, "one\n")
    _type_at_end(qtbot, notes.editor.markdown.source, "typed here")
    _in_another_window(ctx, lambda ws: ws.delete(rec))
    ctx.notice_outside_changes()  # the window becomes the active one again
    wait_idle(ctx)
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    stored = ctx.ws.get(rec)
    assert not stored.deleted and stored.data["body"] == "one\ntyped here"
    assert notes.editor.markdown.text() == "one\ntyped here"


def test_a_title_being_typed_when_its_note_is_deleted_is_kept(notes, ctx, qtbot, wait_idle):  # noqa: F811
    rec = notes.editor.view.id
    title = notes.editor.title_edit
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Named while deleted")
    ctx.run_write(lambda: ctx.ws.delete(rec))
    wait_idle(ctx)
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    stored = ctx.ws.get(rec)
    assert not stored.deleted and stored.title == "Named while deleted"


def test_a_form_field_typed_in_a_record_deleted_underneath_is_kept(ctx, qtbot, wait_idle):
    section = PracticesSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    rec = section.form.view.id
    title = section.form.editors["title"]
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "Renamed while deleted")
    ctx.run_write(lambda: ctx.ws.delete(rec))
    wait_idle(ctx)
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    stored = ctx.ws.get(rec)
    assert not stored.deleted and stored.title == "Renamed while deleted"


def test_undo_of_a_save_in_a_note_deleted_since_still_says_restore_it_first(notes, ctx, qtbot, wait_idle,  # noqa: F811
                                                                            answer):
    """Only the typing is saved over a deletion: Ctrl+Z of an earlier save does not bring the
    note back."""
    rec = _note_with_body(notes, ctx, qtbot, wait_idle, "one\n")
    _type_at_end(qtbot, notes.editor.markdown.source, "two")
    notes.editor.flush()
    wait_idle(ctx)
    ctx.run_write(lambda: ctx.ws.delete(rec))
    wait_idle(ctx)
    log = answer({"error": None})
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert ctx.ws.find(rec).deleted
    assert [k for k, *_ in log] == ["error"] and "restore it first" in log[0][2]


def _teammate_bundle(ctx, tmp_path, change):
    """A bundle from a teammate's store of this workspace, after `change(their workspace)`."""
    from gcen_desktop.services import joining
    from gcen_desktop.services.bundles import Exchange

    full = tmp_path / "full.gcen"
    Exchange(ctx.ws).export(full, mode="full")
    mate, _ = joining.join(tmp_path / "mate", full, trust_new_key=True)
    out = change(mate)
    path = tmp_path / "mate.gcen"
    Exchange(mate).export(path, mode="team")
    mate.close()
    return path, out


def test_undoing_the_import_of_a_note_being_typed_in_keeps_the_typing(notes, ctx, qtbot, wait_idle,  # noqa: F811
                                                                      answer, tmp_path):
    """The typing goes first: the import can no longer be undone (the workspace changed since), said
    plainly, and nothing typed is lost (it was: the note went with the import, the editor closed)."""
    from gcen_desktop.services.bundles import Exchange
    from gcen_desktop.ui.sections.sync import SyncSection

    path, rec = _teammate_bundle(ctx, tmp_path, lambda ws: ws.create("note", {"title": "From Min-jun",
                                                                              "body": "theirs\n"}).rec)
    sync = SyncSection(ctx)
    qtbot.addWidget(sync)
    wait_idle(ctx)
    ctx.run_write(lambda: Exchange(ctx.ws).import_bundle(path, trust_new_key=True))
    wait_idle(ctx)
    assert notes.open_record(rec)
    _type_at_end(qtbot, notes.editor.markdown.source, "typed here")
    assert notes.editor.pending()
    log = answer({"confirm": True, "error": None})
    sync.undo_last_import()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    assert ctx.ws.get(rec).data["body"] == "theirs\ntyped here"
    assert notes.editor.view is not None and notes.editor.markdown.text() == "theirs\ntyped here"
    assert [k for k, *_ in log] == ["confirm", "error"] and "changed since the last import" in log[1][2]
