"""Local writes obey import's limits (SYNC.md, "Trust and authenticity"): a value or a change that
the import of this same version would refuse is refused before anything is written, in plain words
naming the field and the limit, so nothing a store accepts can make its exports fail."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import ValidationError
from gcen_desktop.domain.schema import MAX_BODY, MAX_CHANGE_BYTES, MAX_INT, MIN_INT
from tests.services.test_records import unchanged

CJK = "教"  # three bytes in UTF-8
CONTROL = "\x01"  # six bytes in a JSON line (\u0001)


def test_a_million_control_characters_in_a_note_body_are_refused_before_writing(ws):
    with unchanged(ws), pytest.raises(ValidationError) as e:
        ws.create("note", {"title": "Pasted log", "body": CONTROL * MAX_BODY})
    assert "'body' is too large to send to teammates" in str(e.value)
    assert "would take 5.7 MiB in a bundle, more than the 4 MiB one change may take" in str(e.value)

    note = ws.create("note", {"title": "Pasted log"}).rec
    with unchanged(ws), pytest.raises(ValidationError, match="'body' is too large"):
        ws.edit(note, {"body": CONTROL * MAX_BODY})


def test_two_long_cjk_texts_in_one_reading_are_refused_when_together_too_large(ws):
    with unchanged(ws), pytest.raises(ValidationError, match="is too large to send to teammates"):
        ws.create("reading", {"title": "教师", "abstract": CJK * MAX_BODY, "why_it_matters": CJK * MAX_BODY})
    # each alone fits in one change
    reading = ws.create("reading", {"title": "教师", "abstract": CJK * MAX_BODY}).rec
    ws.edit(reading, {"why_it_matters": CJK * MAX_BODY})
    assert len(ws.get(reading).data["why_it_matters"]) == MAX_BODY


def test_autosave_that_amends_a_change_is_held_to_the_same_limit(ws):
    note = ws.create("note", {"title": "Minutes"}).rec
    ws.edit(note, {"body": "short"})
    ws.edit(note, {"body": "a little longer"})  # amends the last change (not exported yet)
    with unchanged(ws), pytest.raises(ValidationError, match="'body' is too large"):
        ws.edit(note, {"body": CONTROL * 800_000})
    assert ws.get(note).data["body"] == "a little longer"


def test_the_largest_change_that_fits_is_accepted_and_one_byte_more_is_not(ws):
    note = ws.create("note", {"title": "Minutes"}).rec
    ws.edit(note, {"body": "x"})

    def line_length() -> int:
        with ws.store.read() as conn:
            return conn.exec_driver_sql("SELECT length(CAST(body AS BLOB)) FROM events ORDER BY eid DESC LIMIT 1").scalar_one()

    overhead = line_length() - 1
    room = MAX_CHANGE_BYTES - 1 - overhead  # the line, its newline included, exactly at the limit
    body = CONTROL * (room // 6) + "x" * (room % 6)
    ws.edit(note, {"body": body})
    assert line_length() + 1 == MAX_CHANGE_BYTES
    with unchanged(ws), pytest.raises(ValidationError, match="'body' is too large"):
        ws.edit(note, {"body": body + "x"})


@pytest.mark.parametrize("field", ["title", "body"])
def test_text_with_a_nul_character_is_refused_everywhere(ws, field):
    note = ws.create("note", {"title": "Minutes", "body": "fine"}).rec
    with unchanged(ws), pytest.raises(ValidationError) as e:
        ws.edit(note, {field: "before\x00after"})
    assert str(e.value) == (
        f"'{field}' contains a NUL character, which other teammates' stores cannot hold; remove it and try again."
    )
    with unchanged(ws), pytest.raises(ValidationError, match="NUL character"):
        ws.create("note", {"title": "Minutes", field: "\x00"})


def test_a_lone_surrogate_is_refused_in_plain_words(ws):
    with unchanged(ws), pytest.raises(ValidationError, match="'title' holds text that is not valid Unicode"):
        ws.create("note", {"title": "caf\udce9"})


def test_whole_numbers_beyond_what_a_bundle_carries_are_refused(ws):
    reading = ws.create("reading", {"title": "Big year", "year": MAX_INT}).rec
    ws.edit(reading, {"year": MIN_INT})
    for value in (MAX_INT + 1, MIN_INT - 1, "9" * 40):
        with unchanged(ws), pytest.raises(ValidationError, match="'year' is too large a number"):
            ws.edit(reading, {"year": value})
