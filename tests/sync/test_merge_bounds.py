"""A long-text field with very many concurrent versions: the auto-merge and the search for their
common ancestor do a bounded amount of work, the conflict is shown instead, and the view stays a
pure function of the set of events (the same whatever the import order)."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.clock import encode
from gcen_desktop.store import ancestors as store_module
from gcen_desktop.store import merge as apply_module
from gcen_desktop.store.events import seal
from gcen_desktop.sync.times import now_ms

from .exchange_kit import close_all, team
from .hostile.crafting import FORKER, MergeWork, note_with_forks, signed_with

VERSIONS = 1_000
LINES = 3 * VERSIONS  # each version changes its own line, two lines away from the next


@pytest.fixture
def pair(tmp_path):
    stores = team(tmp_path, 2)
    yield stores
    close_all(stores)


def test_a_thousand_concurrent_versions_cost_a_bounded_amount_of_work(pair, tmp_path, monkeypatch):
    a, b = pair
    note, forks = note_with_forks(a, VERSIONS, LINES)
    path = signed_with(a, tmp_path / "forks.gcen", forks)
    work = MergeWork(monkeypatch)

    b.import_bundle(path, trust_new_key=True)
    assert work.merges <= apply_module.MERGE_MOST_HEADS
    assert work.ancestor_reads <= store_module.ANCESTOR_MOST_EVENTS
    view = b.ws.get(note)
    assert len(view.conflicts["body"]) == VERSIONS and "body" not in view.merged

    work.reset()
    b.ws.edit(note, {"title": "Shared minutes (day 2)"})  # the body's versions are projected again
    assert work.merges <= apply_module.MERGE_MOST_HEADS
    assert work.ancestor_reads <= store_module.ANCESTOR_MOST_EVENTS
    assert b.store.check() == []


def test_a_few_concurrent_versions_still_merge_whatever_the_import_order(pair, tmp_path):
    a, b = pair
    note, forks = note_with_forks(a, 3, LINES)
    one = signed_with(a, tmp_path / "one.gcen", forks[:1])
    rest = signed_with(a, tmp_path / "rest.gcen", forks[1:])
    b.import_bundle(one, trust_new_key=True)
    b.import_bundle(rest, trust_new_key=True)
    view = b.ws.get(note)
    assert view.merged == ["body"] and not view.conflicts
    assert view.data["body"].count("(version") == 3
    assert b.store.check() == []


def test_many_versions_give_the_same_view_whatever_the_import_order(tmp_path):
    stores = team(tmp_path, 3)
    try:
        a, b, c = stores
        note, forks = note_with_forks(a, 40, LINES)
        halves = [signed_with(a, tmp_path / f"half{i}.gcen", part) for i, part in enumerate((forks[::2], forks[1::2]))]
        whole = signed_with(a, tmp_path / "whole.gcen", forks)
        for path in halves:
            b.import_bundle(path, trust_new_key=True)
        c.import_bundle(whole, trust_new_key=True)
        assert b.store.dump() == c.store.dump()
        assert b.store.check() == [] and c.store.check() == []
        assert len(b.ws.get(note).conflicts["body"]) == 40
    finally:
        close_all(stores)


def _chain_then_fork(note: str, length: int) -> list[dict]:
    """A note whose body an imaginary teammate edited `length` times in a row, then two
    concurrent versions of the last one, each changing its own line."""
    lines = [f"line {i}\n" for i in range(10)]
    events, parent = [], []
    for k in range(length):
        fields = {"body": "".join(lines) + f"edit {k}\n"}
        if k == 0:
            fields["title"] = "Minutes"
        events.append(seal({
            "dot": [FORKER, k + 1], "hlc": encode(now_ms() + k, 0, FORKER), "rec": note, "type": "note",
            "op": "set", "fields": fields, "parents": {"body": parent} if parent else {},
        }))
        parent = [[FORKER, k + 1]]
    base = events[-1]["fields"]["body"].splitlines(keepends=True)
    for j, at in enumerate((1, 7)):
        body = "".join(f"changed {j}\n" if i == at else line for i, line in enumerate(base))
        events.append(seal({
            "dot": [FORKER, length + 1 + j], "hlc": encode(now_ms() + length + j, 0, FORKER), "rec": note,
            "type": "note", "op": "set", "fields": {"body": body}, "parents": {"body": parent},
        }))
    return events


@pytest.mark.parametrize("bound, merged", [(100, True), (10, False)])
def test_the_ancestor_search_reads_at_most_its_bound(ws, monkeypatch, bound, merged):
    """Two versions forked from the 20th edit of a body: within the bound they merge; past it
    (the heads' history holds 22 versions) the conflict is shown, after at most `bound` reads."""
    from tests.unit.eventkit import apply

    monkeypatch.setattr(store_module, "ANCESTOR_MOST_EVENTS", bound)
    work = MergeWork(monkeypatch)
    note = "01900000-0000-7000-8000-00000000beef"
    apply(ws, _chain_then_fork(note, 20))
    view = ws.get(note)
    assert (view.merged == ["body"]) is merged and ("body" in view.conflicts) is not merged
    assert work.ancestor_reads <= bound
    assert ws.store.check() == []
