"""What the user typed in an editor is saved even when its record was deleted since it was shown:
as an edit concurrent with the deletion (SYNC.md: the record stays, "deleted while edited")."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import UserError


def test_typing_saved_over_a_deletion_keeps_the_record_with_a_conflict(ws):
    rec = ws.create("note", {"title": "Visit", "body": "one\n"}).rec
    _view, heads = ws.shown(rec)
    ws.delete(rec)
    changes = ws.edit(rec, {"body": "one\ntyped"}, shown={"body": heads["body"]}, typed=True)
    view = ws.get(rec)
    assert not view.deleted and view.del_conflict and view.data["body"] == "one\ntyped"
    assert rec in changes.restored


def test_an_edit_that_is_not_typing_still_refuses_a_deleted_record(ws):
    rec = ws.create("note", {"title": "Visit", "body": "one\n"}).rec
    _view, heads = ws.shown(rec)
    ws.delete(rec)
    with pytest.raises(UserError, match="restore it first"):
        ws.edit(rec, {"body": "two"}, shown={"body": heads["body"]})  # an undo or a redo
    with pytest.raises(UserError, match="restore it first"):
        ws.edit(rec, {"body": "two"}, typed=True)  # no versions shown: nothing says it was typed over
    assert ws.find(rec).deleted
