"""Whatever a local write accepts travels (SYNC.md, "Local writes obey import's limits"): random
values for every field of the record types a user types into (text of every Unicode category:
controls, lone surrogates, NUL, bidi marks, unassigned, private use, astral; integers past 64
bits; impossible dates and times; unknown choices) are either refused at once, in one sentence on
one line, with the store unchanged, or export in a team bundle and arrive on a teammate's store
as they were typed. Creates, edits and tags."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gcen_desktop.domain.errors import UserError
from gcen_desktop.domain.schema import TYPES

from .exchange_kit import close_all, send, team

# every code point, the lone surrogates included (a str may hold one; no bundle line may)
ANY_CHAR = st.characters(min_codepoint=0, max_codepoint=0x10FFFF, categories=None)
TRICKY = "\x00\x01\x1b\x7f\x85\u2028\u202e\u2066\ud800\udfff\ufeff\U0010ffff\n\r\t界 a%()s"
TEXT = st.one_of(
    st.text(ANY_CHAR, max_size=30),
    st.text(st.sampled_from(TRICKY), max_size=30),
    st.builds(lambda c, n: c * n, st.sampled_from(["\x01", "界", "a", "\U0001f600"]), st.sampled_from([999, 1_000, 1_001])),
)
INTEGER = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([2**63 - 1, 2**63, -(2**63), -(2**63) - 1, "12", " 7 ", "1e3", "٣", "9" * 50]),
    TEXT,
)
DATE = st.one_of(st.dates().map(str), st.sampled_from(["0000-01-01", "9999-12-31", "2026-02-30", "2026-1-5"]), TEXT)
TIME = st.one_of(st.times().map(lambda t: t.strftime("%H:%M")), st.sampled_from(["24:00", "23:60", "7:5"]), TEXT)

# the types a user fills in by hand, with no required reference to another record
TYPED = ("note", "reading_item", "practice", "action_plan", "member", "city", "working_group", "symposium")


def _value(kind: str, choices: tuple[str, ...]) -> st.SearchStrategy[Any]:
    return {
        "str": TEXT,
        "text": TEXT,
        "int": INTEGER,
        "date": DATE,
        "time": TIME,
        "bool": st.one_of(st.booleans(), TEXT),
        "enum": st.one_of(st.sampled_from(choices or ("x",)), TEXT),
    }.get(kind, st.nothing())


def _values(type_name: str) -> st.SearchStrategy[dict[str, Any]]:
    fields = [f for f in TYPES[type_name].fields if f.kind not in ("ref", "position") and f.name != "visibility"]
    return st.fixed_dictionaries({}, optional={f.name: _value(f.kind, tuple(f.choices or ())) for f in fields})


WRITE = st.sampled_from(TYPED).flatmap(
    lambda t: st.tuples(st.just(t), _values(t), _values(t), st.lists(TEXT, max_size=3))
)


@pytest.fixture(scope="module")
def pair(tmp_path_factory):
    folder = tmp_path_factory.mktemp("travel")
    stores = team(folder, 2)
    yield stores, folder
    close_all(stores)


def _shown(ex, rec: str) -> tuple[Any, ...]:
    view = ex.ws.get(rec)
    return view.title, view.data, view.deleted, sorted(ex.ws.tags_of(rec))


def _try(ex, write) -> bool:
    """Run `write`: accepted, or refused in one plain sentence with the store exactly as before."""
    before = ex.store.dump()
    try:
        write()
    except UserError as e:
        message = str(e)
        assert message.strip() and message == message.strip()
        assert not any(c in message for c in "\x00\n\r\x1b\u2028\u202e\ud800"), message
        assert ex.store.dump() == before
        return False
    return True


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(writes=st.lists(WRITE, min_size=1, max_size=3))
def test_what_a_store_accepts_arrives_on_a_teammate_as_typed(pair, writes):
    (a, b), folder = pair
    made: list[str] = []
    for type_name, first, then, tags in writes:
        title = {"name": "Someone"} if "name" in TYPES[type_name].by_name else {"title": "Visit"}
        if not _try(a, lambda t=type_name, v={**title, **first}: made.append(a.ws.create(t, v).rec)):
            continue
        rec = made[-1]
        _try(a, lambda r=rec, v=then: a.ws.edit(r, v))
        _try(a, lambda r=rec, t=tags: a.ws.set_tags(r, t))
    send(a, b, folder)  # never refused: whatever was accepted must travel
    for rec in made:
        assert _shown(b, rec) == _shown(a, rec)
