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
from gcen_desktop.sync.errors import BundleCorrupt
from gcen_desktop.sync.limits import DEFAULT_LIMITS, Limits
from gcen_desktop.sync.reader import EventChecker

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
        _line("nonsense", {"title": "x"}),  # a newer version's type and field: kept
        _line("note", {"no_such_field": "x"}),
        _line("Non sense", {"title": "x"}),  # not a name: refused
        _line("note", {"No such field": "x"}),
        _line("action", {"status": "cancelled"}),  # a newer version's choice: kept
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


def _general(limits: Limits) -> EventChecker:
    """A checker without the one-go path for canonical lines (`_canonical_and_good`)."""
    checker = EventChecker(limits)
    checker._canonical_and_good = lambda line: None  # type: ignore[method-assign]
    return checker


def _seed_events() -> list[dict]:
    """Events of every shape: an edit with parents, a deletion, fields needing Field.validate,
    non-ASCII text."""
    rec = new_id()
    return [
        {"dot": ["aaaa", 7], "fields": {"title": "Café visit", "body": "Notes — ünïcode"},
         "hlc": "1790000000000-00000-aaaa", "op": "set", "parents": {"title": [["bbbb", 2]]}, "rec": rec, "type": "note"},
        {"dot": ["bbbb", 3], "hlc": "1790000000001-00002-bbbb", "observed": {"_del": [["aaaa", 1]], "title": [["aaaa", 7]]},
         "op": "del", "rec": rec, "type": "note"},
        {"dot": ["cccc", 1], "fields": {"goal": rec, "title": "Mentors", "due": "2026-03-01", "status": "in_progress",
                                        "position": "a0"},
         "hlc": "1790000000002-00000-cccc", "op": "set", "rec": new_id(), "type": "action"},
    ]


def _sealed_changes(event: dict) -> list[dict]:
    """The event changed in ways each check refuses, sealed again: its hash right."""
    def changed(**members) -> dict:
        out = {k: v for k, v in event.items() if k != "h"}
        out.update(members)
        return seal({k: v for k, v in out.items() if v is not None})

    group = "parents" if "parents" in event else "observed" if "observed" in event else None
    out = [changed(dot=["a a", 1]), changed(hlc="179-1-x"), changed(rec="not-a-uuid"), changed(type="Non sense")]
    if group:
        dots = event[group]
        first = next(iter(dots))
        out += [changed(**{group: {**dots, first: [["b b", 2]]}}), changed(**{group: {"No pe!": [["bbbb", 2]]}}),
                changed(**{group: {**dots, "_gone": [["bbbb", 2]]}})]
    if event["op"] == "set":
        out += [changed(op="del"), changed(observed={"title": [["bbbb", 1]]}), changed(fields={})]
        for name, bad in (("title", ""), ("due", "2026-02-30"), ("status", "in progress!"), ("position", "!!"),
                          ("title", 1), ("No pe!", "x")):
            if name in event["fields"] or name == "No pe!":
                out.append(changed(fields={**event["fields"], name: bad}))
    else:
        out += [changed(op="set"), changed(fields={"title": "x"})]
    return out


def test_the_one_go_path_accepts_only_what_the_general_path_accepts_and_gives_the_same() -> None:
    """Lines of every shape, every byte of them changed, and their events changed in ways each
    check refuses (sealed again, so only that check can tell): a line the one-go path takes is
    taken by the general path with the same event, bytes and fields span; the rest it leaves."""
    import random

    one_go, general = EventChecker(DEFAULT_LIMITS), _general(DEFAULT_LIMITS)
    rng = random.Random(7)
    for event in _seed_events():
        line = body_of(seal(dict(event)))
        variants = [line[:i] + bytes([b]) + line[i + 1 :] for i in range(len(line))
                    for b in {line[i] ^ 1, ord(" "), ord("\\"), rng.randrange(256)}]
        variants.append(line.replace("Café".encode(), b"Caf\\ud800"))
        refused = [body_of(e) for e in _sealed_changes(event)]
        for changed in refused:
            assert _outcome(general, changed)[0] == "refused", changed
        for variant in [line, *variants, *refused]:
            got = one_go._canonical_and_good(variant)
            if variant == line:
                assert got is not None, line  # what every GCEN Desktop writes goes in one go
            if got is None:
                continue
            e, body, span = got
            ge, gbody, gspan = general.check(variant, 1)
            assert (msgspec.to_builtins(e), body, span) == (msgspec.to_builtins(ge), gbody, gspan), variant
        assert all(one_go._canonical_and_good(changed) is None for changed in refused)


@pytest.mark.parametrize("limits", [DEFAULT_LIMITS, SMALL], ids=["default", "small"])
def test_a_newer_versions_field_type_or_choice_is_kept_within_the_imports_limits(limits: Limits) -> None:
    """Only the name or choice is unknown: the value obeys what every value obeys (a scalar, text
    within the longest field's cap, a 64-bit integer, no lone surrogate), both ways alike."""
    fast, slow = EventChecker(limits), _slow(limits)
    cap = limits.body_chars
    kept = [
        _line("action_plan", {"title": "Plan", "budget": 2**63 - 1}),
        _line("action_plan", {"title": "Plan", "budget_note": "é" * cap, "approved": True, "owner_2": None}),
        _line("risk", {"title": "Grant ends", "likelihood": "high", "score": -3}),
        _line("action", {"title": "Institute", "status": "cancelled"}),
    ]
    refused = {
        "longer than": _line("action_plan", {"title": "Plan", "budget_note": "é" * (cap + 1)}),
        "not valid": _line("action_plan", {"title": "Plan", "budget": 2**63}),
        "not valid ": _line("action_plan", {"title": "Plan", "shares": [1, 2]}),
        "not valid  ": _line("risk", {"title": "Grant ends", "meta": {"a": 1}}),
        "not valid   ": _line("risk", {"title": "Grant ends", "score": 0.5}),
        "not a name": _line("action_plan", {"title": "Plan", "Budget €": 1}),
        "not a name ": _line("Risk!", {"title": "Grant ends"}),
        "is not a status": _line("action", {"title": "Institute", "status": "Cancelled!"}),
        "lone surrogate": _line("risk", {"title": "x", "note": "a"}).replace(b'"note":"a"', b'"note":"\\ud800"'),
    }
    for line in kept:
        assert _outcome(fast, line) == _outcome(slow, line) and _outcome(fast, line)[0] == "ok", line
    for what, line in refused.items():
        got = _outcome(fast, line)
        assert got == _outcome(slow, line) and got[0] == "refused" and what.strip() in got[1], (what, got)
