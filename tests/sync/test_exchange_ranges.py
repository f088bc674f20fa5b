"""Interval sets behind `have` and peer knowledge agree with plain sets of seqs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gcen_desktop.store import ranges

SEQS = st.sets(st.integers(1, 60), max_size=40)


def as_set(rs: list[list[int]]) -> set[int]:
    return {s for lo, hi in rs for s in range(lo, hi + 1)}


@settings(max_examples=200, deadline=None)
@given(SEQS, SEQS)
def test_interval_operations_match_set_operations(a, b):
    ra, rb = ranges.from_seqs(a), ranges.from_seqs(b)
    assert as_set(ra) == a and ranges.count(ra) == len(a)
    assert as_set(ranges.union(ra, rb)) == a | b
    assert as_set(ranges.subtract(ra, rb)) == a - b
    assert as_set(ranges.intersect(ra, rb)) == a & b
    merged = ranges.union(ra, rb)
    assert all(merged[i][1] + 1 < merged[i + 1][0] for i in range(len(merged) - 1))  # canonical form


def test_vectors():
    a = {"x": [[1, 10]], "y": [[1, 3]]}
    b = {"x": [[5, 20]]}
    assert ranges.vector_intersect([a, b]) == {"x": [[5, 10]]}
    assert ranges.vector_subtract(a, b) == {"x": [[1, 4]], "y": [[1, 3]]}
    assert ranges.vector_union(a, b) == {"x": [[1, 20]], "y": [[1, 3]]}
    assert ranges.vector_intersect([]) == {}


def test_store_keeps_have_ranges_in_step_with_the_log(ws):
    from gcen_desktop.store.log import held_vector

    for i in range(5):
        ws.create("note", {"title": f"n{i}"})
    with ws.store.read() as conn:
        have = held_vector(conn)
        rows = conn.exec_driver_sql("SELECT replica, seq FROM events").all()
    expected: dict[str, set[int]] = {}
    for r, s in rows:
        expected.setdefault(r, set()).add(s)
    assert {k: as_set(v) for k, v in have.items()} == expected
