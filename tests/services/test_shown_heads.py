"""An edit names the versions its editor was shown: a field that changed underneath the editor
(another window on the same workspace, an import, an undo) is never silently overwritten."""

from __future__ import annotations

from gcen_desktop.services import Workspace


def test_an_edit_from_a_stale_editor_is_a_conflict_not_an_overwrite(ws: Workspace) -> None:
    rec = ws.create("note", {"title": "Site visit", "body": "one\n"}).rec
    view, heads = ws.shown(rec)
    assert view is not None and view.data["body"] == "one\n"
    other = Workspace.open(ws.store.folder)  # a second window on the same workspace
    try:
        other.edit(rec, {"title": "Site visit, Seoul"})
    finally:
        other.close()
    changes = ws.edit(rec, {"title": "Site visit to Hangang"}, shown=heads)
    after = ws.get(rec)
    assert sorted(after.conflicts["title"]) == ["Site visit to Hangang", "Site visit, Seoul"]  # both kept
    written = changes.versions[rec]["title"]
    assert [list(d) for d in written] in [[list(h)] for h in ws.shown(rec)[1]["title"]]


def test_a_stale_long_text_edit_merges_line_by_line(ws: Workspace) -> None:
    rec = ws.create("note", {"title": "Notes", "body": "one\ntwo\nthree\n"}).rec
    _view, heads = ws.shown(rec)
    other = Workspace.open(ws.store.folder)
    try:
        other.edit(rec, {"body": "ONE\ntwo\nthree\n"})
    finally:
        other.close()
    ws.edit(rec, {"body": "one\ntwo\nTHREE\n"}, shown=heads)
    after = ws.get(rec)
    assert after.data["body"] == "ONE\ntwo\nTHREE\n" and after.merged == ["body"]


def test_an_edit_from_an_up_to_date_editor_still_amends_its_last_change(ws: Workspace) -> None:
    rec = ws.create("note", {"title": "Notes", "body": "a"}).rec
    ws.store.set_meta("exported_seq", ws.store.meta("seq") or "0")
    changes = ws.edit(rec, {"body": "ab"}, shown=ws.shown(rec)[1])
    seq = ws.store.meta("seq")
    _view, heads = ws.shown(rec)
    assert changes.versions[rec]["body"] == heads["body"]
    ws.edit(rec, {"body": "abc"}, shown=heads)  # autosave while typing: amends, no new event
    assert ws.store.meta("seq") == seq
    assert ws.get(rec).data["body"] == "abc" and ws.get(rec).conflicts == {}


def test_a_stale_editor_does_not_amend_the_change_it_did_not_see(ws: Workspace) -> None:
    """Both windows write as the same replica: amending 'the last unshared edit' would replace the
    other window's text in place."""
    rec = ws.create("note", {"title": "Notes", "body": "first\n"}).rec
    _view, heads = ws.shown(rec)
    other = Workspace.open(ws.store.folder)
    try:
        other.edit(rec, {"body": "first\nfrom the other window\n"})
    finally:
        other.close()
    ws.edit(rec, {"body": "typed here\n"}, shown=heads)
    after = ws.get(rec)
    assert "body" in after.conflicts
