"""Interval sets of sequence numbers: what a store holds (`have`) and what a peer is known to hold.

A set is a sorted list of disjoint, non-adjacent closed intervals `[lo, hi]`; a vector maps an
origin replica to its set. Keeping intervals (not every seq) makes `have` a few numbers per
replica however large the log grows.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

Ranges = list[list[int]]
Vector = dict[str, Ranges]


def normalize(ranges: Iterable[Iterable[int]]) -> Ranges:
    """Sort and merge overlapping or adjacent intervals; drop empty ones."""
    items = sorted((int(lo), int(hi)) for lo, hi in ranges if int(lo) <= int(hi))
    out: Ranges = []
    for lo, hi in items:
        if out and lo <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return out


def from_seqs(seqs: Iterable[int]) -> Ranges:
    ordered = sorted(set(seqs))
    if ordered and ordered[-1] - ordered[0] == len(ordered) - 1:  # one run (a bundle's chunk, mostly)
        return [[ordered[0], ordered[-1]]]
    out: Ranges = []
    for s in ordered:
        if out and s == out[-1][1] + 1:
            out[-1][1] = s
        else:
            out.append([s, s])
    return out


def union(a: Ranges, b: Ranges) -> Ranges:
    return normalize([*a, *b])


def subtract(a: Ranges, b: Ranges) -> Ranges:
    """The seqs of `a` that are not in `b`."""
    out: Ranges = []
    b = normalize(b)
    for lo, hi in normalize(a):
        cur = lo
        for blo, bhi in b:
            if bhi < cur:
                continue
            if blo > hi:
                break
            if blo > cur:
                out.append([cur, blo - 1])
            cur = max(cur, bhi + 1)
            if cur > hi:
                break
        if cur <= hi:
            out.append([cur, hi])
    return out


def intersect(a: Ranges, b: Ranges) -> Ranges:
    out: Ranges = []
    a, b = normalize(a), normalize(b)
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append([lo, hi])
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def count(a: Ranges) -> int:
    return sum(hi - lo + 1 for lo, hi in a)


def contains(a: Ranges, seq: int) -> bool:
    return any(lo <= seq <= hi for lo, hi in a)


def vector_union(a: Vector, b: Vector) -> Vector:
    out = {k: list(map(list, v)) for k, v in a.items()}
    for k, v in b.items():
        out[k] = union(out.get(k, []), v)
    return {k: v for k, v in out.items() if v}


def vector_subtract(a: Vector, b: Vector) -> Vector:
    out = {k: subtract(v, b.get(k, [])) for k, v in a.items()}
    return {k: v for k, v in out.items() if v}


def vector_intersect(vectors: list[Vector]) -> Vector:
    """What every one of the vectors holds (empty for no vectors)."""
    if not vectors:
        return {}
    out = {k: normalize(v) for k, v in vectors[0].items()}
    for vec in vectors[1:]:
        out = {k: intersect(v, vec.get(k, [])) for k, v in out.items()}
    return {k: v for k, v in out.items() if v}


def vector_count(a: Vector) -> int:
    return sum(count(v) for v in a.values())


def _json_size(replica: str, spans: Ranges) -> int:
    """Bytes of `"replica":[[lo,hi],…],` in a manifest's JSON."""
    return len(replica) + 6 + sum(len(str(lo)) + len(str(hi)) + 4 for lo, hi in spans)


def vector_within(a: Vector, most_bytes: int, *, first: str | None = None,
                  prefer: Collection[str] = ()) -> Vector:
    """A part of `a` that writes in at most `most_bytes` of JSON: `a` itself when it fits, else
    the intervals of `first` (a store's own), then those of the replicas in `prefer` (teammates a
    key vouched for), then the others, each group by how many seqs an interval holds, so the gaps
    of many replicas cannot make a manifest larger than a bundle may carry, nor those of replicas
    nobody vouched for crowd out a teammate's few changes (they would be sent again for good, and
    counted as not yet shared). A part is a safe claim for `have` and `since`: it only ever claims
    less than is held (what it leaves out is sent again, and recognised as held)."""
    if sum(_json_size(r, v) for r, v in a.items()) <= most_bytes:
        return a
    spans = sorted(
        ((r != first, r not in prefer, -(hi - lo + 1), r, lo, hi) for r, v in a.items() for lo, hi in v),
    )
    kept: Vector = {}
    used = 2
    for _own, _other, _size, replica, lo, hi in spans:
        cost = len(str(lo)) + len(str(hi)) + 4 + (0 if replica in kept else len(replica) + 6)
        if used + cost > most_bytes:
            continue
        kept.setdefault(replica, []).append([lo, hi])
        used += cost
    return {r: sorted(v) for r, v in sorted(kept.items())}
