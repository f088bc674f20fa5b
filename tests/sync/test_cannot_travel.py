"""A store that holds events the import of this version refuses (written by an older version: a
change too large for a bundle line, text with a NUL character) still exports: those events stay
here, the export names their records, and editing the field or deleting the record fixes it so
that teammates show what this store shows."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.schema import MAX_BODY

from .exchange_kit import close_all, send, team
from .hostile.crafting import older_version_edit

CONTROL = "\x01"  # six bytes in a JSON line


@pytest.fixture
def pair(tmp_path):
    stores = team(tmp_path, 2)
    a, b = stores
    send(b, a, tmp_path)
    yield stores
    close_all(stores)


def test_what_no_bundle_can_carry_stays_here_and_the_rest_travels(pair, tmp_path):
    a, b = pair
    log = a.ws.create("note", {"title": "Pasted log", "body": "first lines"}).rec
    minutes = a.ws.create("note", {"title": "Minutes", "body": "kept"}).rec
    send(a, b, tmp_path)
    older_version_edit(a, log, {"body": CONTROL * MAX_BODY})
    older_version_edit(a, minutes, {"title": "Minutes\x00"})
    visit = a.ws.create("note", {"title": "Site visit"}).rec

    result = a.export(tmp_path / "after.gcen", mode="team")
    assert {(c.rec, c.field, c.reason) for c in result.cannot_travel} == {(log, "body", "size"), (minutes, "title", "nul")}
    note = str(result.cannot_travel_note)
    assert f"note 'Minutes\\u0000' ({minutes}), 'title' holds a NUL character" in note
    assert f"note 'Pasted log' ({log}), 'body' too large" in note
    report = b.import_bundle(tmp_path / "after.gcen", trust_new_key=True)
    assert report.applied == 1 and b.ws.get(visit).title == "Site visit"
    assert b.ws.get(log).data["body"] == "first lines"


def test_editing_the_field_or_deleting_the_record_fixes_it_for_teammates_too(pair, tmp_path):
    a, b = pair
    log = a.ws.create("note", {"title": "Pasted log", "body": "first lines"}).rec
    minutes = a.ws.create("note", {"title": "Minutes", "body": "kept"}).rec
    send(a, b, tmp_path)
    older_version_edit(a, log, {"body": CONTROL * MAX_BODY})
    older_version_edit(a, minutes, {"title": "Minutes\x00"})

    a.ws.edit(log, {"body": "the log, shortened"})
    a.ws.delete(minutes)
    result = a.export(tmp_path / "fixed.gcen", mode="team")
    assert result.cannot_travel == []
    b.import_bundle(tmp_path / "fixed.gcen", trust_new_key=True)
    view = b.ws.get(log)
    assert view.data["body"] == "the log, shortened" and not view.conflicts
    assert b.ws.find(minutes).deleted and not b.ws.find(minutes).del_conflict
    assert a.store.dump() == b.store.dump()
    assert a.store.check() == [] and b.store.check() == []
