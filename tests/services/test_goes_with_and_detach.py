"""What a delete takes with it (asked before deleting), and removing an attached file from a record."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import UserError
from tests.services.test_records import unchanged


def test_goes_with_counts_what_a_delete_takes_along(ws):
    plan = ws.create("plan", {"title": "Residency plan"}).rec
    goals = [ws.create("goal", {"plan": plan, "statement": f"g{i}"}).rec for i in range(3)]
    for i in range(13):
        ws.create("action", {"goal": goals[i % 3], "title": f"a{i}"})
    dropped = ws.create("action", {"goal": goals[0], "title": "already in the trash"}).rec
    ws.delete(dropped)
    symposium = ws.create("symposium", {"title": "Seoul"}).rec
    ws.create("agenda", {"symposium": symposium, "day": 1, "title": "Visit"})
    ws.create("checklist", {"symposium": symposium, "title": "Book flights"})
    ws.create("checklist", {"symposium": symposium, "title": "Read the case"})
    note = ws.create("note", {"title": "Alone"}).rec

    assert ws.goes_with(plan) == {"goal": 3, "action": 13}
    assert ws.goes_with(goals[0]) == {"action": 5}
    assert ws.goes_with(symposium) == {"agenda_item": 1, "checklist_item": 2}
    assert ws.goes_with(note) == {}
    # the count is what the delete then does
    changes = ws.delete(plan)
    assert len(changes.deleted) == 1 + 3 + 13
    with pytest.raises(UserError, match="is in the trash"):
        ws.goes_with(plan)


def test_detach_removes_the_file_from_one_record_and_reattach_brings_it_back(ws, tmp_path):
    first, second = tmp_path / "a case.pdf", tmp_path / "b notes.docx"
    first.write_bytes(b"%PDF-1.4 one\n")
    second.write_bytes(b"PK docx two\n")
    reading = ws.create("reading", {"title": "Toronto case"}).rec
    note = ws.create("note", {"title": "Notes"}).rec
    pdf = ws.attach(reading, first).rec
    docx = ws.attach(reading, second).rec
    ws.attach(note, first)
    assert ws.get(reading).data["attachment"] == pdf

    changes = ws.detach(reading, pdf)
    assert [v.id for v in ws.linked(reading, "attached")] == [docx]
    assert ws.get(reading).data["attachment"] == docx  # the reading shows its next file
    assert changes.previous[reading] == {"attachment": pdf}
    assert [v.id for v in ws.linked(note, "attached")] == [pdf]  # other records keep it
    assert ws.attachment_path(pdf).read_bytes() == b"%PDF-1.4 one\n"  # the bytes stay stored

    ws.reattach(reading, pdf, primary=True)
    assert {v.id for v in ws.linked(reading, "attached")} == {pdf, docx}
    assert ws.get(reading).data["attachment"] == pdf

    ws.detach(reading, docx)
    ws.detach(reading, pdf)
    assert ws.linked(reading, "attached") == [] and ws.get(reading).data.get("attachment") is None
    ws.reattach(reading, docx)
    ws.reattach(reading, pdf, primary=True)
    assert {v.id for v in ws.linked(reading, "attached")} == {pdf, docx}
    assert ws.get(reading).data["attachment"] == pdf
    assert ws.store.check() == []


def test_detaching_what_is_not_attached_changes_nothing(ws, tmp_path):
    path = tmp_path / "case.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    note = ws.create("note", {"title": "Notes"}).rec
    other = ws.create("note", {"title": "Other"}).rec
    aid = ws.attach(note, path).rec
    with unchanged(ws):
        assert not ws.detach(other, aid)
    ws.delete(note)
    with unchanged(ws), pytest.raises(UserError, match="is in the trash"):
        ws.detach(note, aid)
