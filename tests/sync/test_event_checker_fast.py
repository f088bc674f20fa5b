"""The reader checks an event's fields in C (a struct per record type) and decodes again the slow
way whatever that refuses. The two must agree on every line: the fast path may never accept a
value the field rules refuse, and a refusal must tell the same thing."""

from __future__ import annotations

import itertools

import msgspec
import pytest

from gcen_desktop.domain.ids import new_id
from gcen_desktop.domain.schema import MAX_TITLE, TYPES
from gcen_desktop.store.events import body_of, seal
from gcen_desktop.sync.bundle_reader import EventChecker
from gcen_desktop.sync.errors import BundleCorrupt
from gcen_desktop.sync.limits import DEFAULT_LIMITS, Limits

SMALL = Limits(body_chars=40, title_chars=12)


def _slow(limits: Limits) -> EventChecker:
    checker = EventChecker(limits)

    def refuse(line: bytes):
        raise msgspec.DecodeError("the fast path is off")

    checker._decode_checked = refuse  # type: ignore[method-assign]
    return checker


def _outcome(checker: EventChecker, line: bytes):
    try:
        event = checker.decode(line, 1)
    except BundleCorrupt as e:
        return "refused", str(e)
    return "ok", dict(event), type(event).__name__, checker.check(line, 1)[1:]


def _values(field, limits: Limits) -> list:
    cap = (limits.body_chars if field.kind == "text" else limits.title_chars if field.max_len == MAX_TITLE
           else field.max_len)
    values = [None, "", "x", "é" * cap, "é" * (cap + 1), " ", 0, 1, -1, 2**63 - 1, True, False, "2026-02-28",
              "2026-02-30", "12:30", new_id(), "a0", "nope", *field.choices]
    if field.choices:
        values.append(field.choices[0].upper())
    return values


def _line(type_: str, fields: dict, *, sort: bool = True) -> bytes:
    event = seal({"dot": ["aaaa", 1], "fields": fields, "hlc": "1790000000000-00000-aaaa", "op": "set",
                  "parents": {}, "rec": new_id(), "type": type_})
    return body_of(event) if sort else msgspec.json.encode(event)


@pytest.mark.parametrize("limits", [DEFAULT_LIMITS, SMALL], ids=["default", "small"])
@pytest.mark.parametrize("type_name", sorted(TYPES))
def test_the_fast_and_the_slow_check_agree_on_every_field_value(type_name: str, limits: Limits) -> None:
    fast, slow = EventChecker(limits), _slow(limits)
    decoded_fast = []
    real = fast._decode_checked
    fast._decode_checked = lambda line: decoded_fast.append(real(line)) or decoded_fast[-1]  # type: ignore[method-assign]
    spec = TYPES[type_name]
    seen = set()
    for field in spec.fields:
        for value in _values(field, limits):
            line = _line(type_name, {field.name: value})
            got = _outcome(fast, line)
            assert got == _outcome(slow, line), (type_name, field.name, value)
            seen.add(got[0])
    # two fields, one of them bad: the slow path names the same problem
    names = [f.name for f in spec.fields]
    for a, b in itertools.permutations(names, 2):
        for pair in ({a: "x", b: 1.5}, {a: "nope", b: "nope"}, {a: "", b: "é" * 5000}):
            line = _line(type_name, pair)
            assert _outcome(fast, line) == _outcome(slow, line), pair
    assert seen == {"ok", "refused"} and decoded_fast  # both outcomes, some of them the fast way


def test_unknown_types_fields_and_shapes_are_told_as_before() -> None:
    fast, slow = EventChecker(DEFAULT_LIMITS), _slow(DEFAULT_LIMITS)
    lines = [
        _line("nonsense", {"title": "x"}),
        _line("note", {"no_such_field": "x"}),
        _line("note", {}),
        _line("note", {"title": "Draft", "body": "b"}, sort=False),  # not canonical: hashed the slow way
        b'{"dot":["aaaa",1],"fields":{"title":"x"},"h":"sha256:' + b"0" * 64 + b'","hlc":"1790000000000-00000-aaaa",'
        b'"op":"set","parents":{},"rec":"' + new_id().encode() + b'","type":"note"}',
        b'{"dot":["aaaa",1],"fields":{"title":"\\ud800"},"type":"note"}',
        b'{"dot":["aaaa",1],"fields":{"title":"x"} garbage',
        b'\xff\xfe',
    ]
    for line in lines:
        assert _outcome(fast, line) == _outcome(slow, line), line


def test_a_malformed_order_key_is_refused_both_ways() -> None:
    """A position that is no order key would make every later move among its siblings fail."""
    types = [t for t in TYPES.values() if any(f.kind == "position" for f in t.fields)]
    assert types
    for spec in types:
        name = next(f.name for f in spec.fields if f.kind == "position")
        for checker in (EventChecker(DEFAULT_LIMITS), _slow(DEFAULT_LIMITS)):
            assert _outcome(checker, _line(spec.name, {name: "a0"}))[0] == "ok"
            refused = _outcome(checker, _line(spec.name, {name: "!!"}))
            assert refused[0] == "refused" and "order key" in refused[1]
