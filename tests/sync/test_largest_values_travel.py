"""The largest values local writes accept, in every field kind of every record type, export and
are imported by the same version: nothing a store accepts makes an export fail or be refused."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.domain.schema import MAX_BODY, MAX_CHANGE_BYTES, MAX_INT, TYPES
from gcen_desktop.sync.limits import DEFAULT_LIMITS

from .exchange_kit import close_all, send, team

CJK = "界"  # three bytes in a line
CONTROL = "\x01"  # six bytes in a line
ORDER = ["city", "member", "working_group", "symposium", "agenda_item", "checklist_item", "note",
         "reading_item", "practice", "action_plan", "goal", "action"]


def _largest(type_name: str, made: dict[str, str]) -> dict[str, object]:
    """Every field of the type at the most its kind accepts; text fields at their character
    limit, in plain letters (all of a type's texts in one change must fit a bundle line)."""
    values: dict[str, object] = {}
    for f in TYPES[type_name].fields:
        if f.kind == "str":
            values[f.name] = CJK * f.max_len
        elif f.kind == "text":
            values[f.name] = "x" * MAX_BODY
        elif f.kind == "date":
            values[f.name] = "9999-12-31"
        elif f.kind == "time":
            values[f.name] = "23:59"
        elif f.kind == "int":
            values[f.name] = MAX_INT
        elif f.kind == "bool":
            values[f.name] = True
        elif f.kind == "enum":
            values[f.name] = f.choices[-1] if f.name != "visibility" else "team"
        elif f.kind == "ref" and f.ref[0] in made:
            values[f.name] = made[f.ref[0]]
        elif f.kind == "position":
            values[f.name] = "a0" + "V" * (f.max_len - 2)
    return values


def test_the_largest_accepted_values_export_and_import(tmp_path):
    stores = team(tmp_path, 2)
    try:
        a, b = stores
        made: dict[str, str] = {}
        for type_name in ORDER:
            made[type_name] = a.ws.create(type_name, _largest(type_name, made)).rec
        a.ws.set_tags(made["note"], [CJK * 1_000])
        a.ws.set_reading_status(made["reading_item"], "discussed")
        # the most bytes one change may take: control characters up to the line limit
        longest = a.ws.create("note", {"title": "Pasted log"}).rec
        a.ws.edit(longest, {"body": "x"})
        with a.store.read() as conn:
            overhead = conn.exec_driver_sql(
                "SELECT length(CAST(body AS BLOB)) - 1 FROM events ORDER BY eid DESC LIMIT 1").scalar_one()
        room = MAX_CHANGE_BYTES - 1 - overhead
        a.ws.edit(longest, {"body": CONTROL * (room // 6) + "x" * (room % 6)})

        send(a, b, tmp_path, mode="full")
        assert a.store.dump() == b.store.dump()
        assert b.ws.get(longest).data["body"].startswith(CONTROL)
        assert a.store.check() == [] and b.store.check() == []
    finally:
        close_all(stores)


def test_a_file_larger_than_a_bundle_carries_is_refused_when_attached(tmp_path):
    """An attachment no bundle may carry would make every later full export fail, for good: the
    file stays stored, and neither removing it from its record nor deleting the record helps.
    It is refused when attached, before its bytes are copied, and the store is unchanged."""
    stores = team(tmp_path, 2)
    try:
        a, b = stores
        note = a.ws.create("note", {"title": "Classroom video"}).rec
        video = tmp_path / "lesson.mp4"
        with open(video, "wb") as f:  # sparse: no disk taken
            f.truncate(DEFAULT_LIMITS.blob_bytes + 1)
        dump = a.store.dump()
        with pytest.raises(UserError) as refused:
            a.ws.attach(note, video)
        message = str(refused.value)
        assert "lesson.mp4" in message and "100 MiB" in message and "\n" not in message
        assert a.store.dump() == dump
        assert not [p for p in a.store.blobs.root.rglob("*") if p.is_file()]  # nothing copied in
        # the largest file a bundle carries is attached (sparse too) and travels
        with open(video, "r+b") as f:
            f.truncate(DEFAULT_LIMITS.blob_bytes)
        a.ws.attach(note, video)
        send(a, b, tmp_path, mode="full")
        assert a.store.dump() == b.store.dump()
    finally:
        close_all(stores)
