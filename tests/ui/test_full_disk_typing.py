"""Typing that the disk could not take (full when the autosave wrote it): the user is told, and
the text is not dropped silently: the next save of the editor (switching notes, closing) writes it
once there is room."""

from __future__ import annotations

from gcen_desktop.domain.errors import UserError
from gcen_desktop.ui.sections.notes import NotesSection


def test_typing_whose_save_found_the_disk_full_is_saved_when_the_editor_next_saves(ctx, qtbot, wait_idle,
                                                                                  answer, monkeypatch):
    section = NotesSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    wait_idle(ctx)
    editor = section.editor
    rec = editor.view.id
    other = next(v.id for v in ctx.ws.list("note") if v.id != rec)
    told = answer({"error": None})
    real_edit = ctx.ws.edit
    full = [True]

    def edit(*args, **kw):
        if full[0]:
            full[0] = False
            raise UserError("There is not enough free space on the disk of the workspace in %(folder)s, so nothing "
                            "was changed; free some space, then try again.", folder="ws")
        return real_edit(*args, **kw)

    monkeypatch.setattr(ctx.ws, "edit", edit)
    editor.markdown.set_text("Typed while the disk was full")
    editor.markdown.sig_text_edited.emit()
    editor.flush()  # the autosave pause ends: its save fails
    wait_idle(ctx)
    assert told and "free space" in told[0][2]
    assert ctx.ws.get(rec).data.get("body") != "Typed while the disk was full"
    assert editor.unsaved_text()  # the window knows it is not saved
    assert section.open_record(other)  # switching notes saves it, now that there is room
    wait_idle(ctx)
    assert ctx.ws.get(rec).data.get("body") == "Typed while the disk was full"
    editor.markdown.stop()
