"""Helpers shared by the benchmarks: synthetic workspaces, timers, Markdown tables."""

from __future__ import annotations

import os
import random
import resource
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from gcen_desktop.domain.clock import encode
from gcen_desktop.domain.ids import new_id
from gcen_desktop.store.events import seal

WORDS = (
    "teacher residency mentor induction equity literacy assessment inquiry principal network "
    "symposium collaboration district coaching curriculum multilingual newcomer pathway school "
    "leadership evidence practice policy feedback classroom observation data family community "
    "教师 培养 학교 교사 éducation évaluation formación docente escola professores"
).split()


def _vocabulary() -> tuple[list[str], list[float]]:
    """Domain words plus pseudo-words, drawn with Zipf-like frequencies as real prose is."""
    rng = random.Random(1)
    syllables = "ka lo mi nu pe ra si to ve za du fe gi ho ja ku le mo ni pu".split()
    pseudo = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))) for _ in range(6000)})
    rng.shuffle(pseudo)
    vocab = pseudo[:40] + WORDS + pseudo[40:]
    weights = [1.0 / (rank + 1) for rank in range(len(vocab))]
    return vocab, weights


VOCAB, WEIGHTS = _vocabulary()


def scale() -> float:
    return float(os.environ.get("GCEN_BENCH_SCALE", "1.0"))


def scaled(n: int) -> int:
    return max(100, int(n * scale()))


def note_events(n: int, replica: str = "benchbench000001", seed: int = 7, body_bytes: int = 1000) -> list[dict]:
    """n note-creating events of ~1 KB each, as a teammate's store would have written them."""
    rng = random.Random(seed)
    wall = 1_790_000_000_000
    events = []
    for i in range(n):
        words = rng.choices(VOCAB, WEIGHTS, k=body_bytes // 6)
        events.append(seal({
            "dot": [replica, i + 1], "hlc": encode(wall + i, 0, replica), "rec": new_id(),
            "type": "note", "op": "set",
            "fields": {"title": " ".join(rng.choices(VOCAB, WEIGHTS, k=5)), "body": " ".join(words)[:body_bytes],
                       "kind": "session", "visibility": "team"},
            "parents": {},
        }))
    return events


@contextmanager
def timer() -> Iterator[list[float]]:
    out: list[float] = []
    start = time.perf_counter()
    yield out
    out.append(time.perf_counter() - start)


def best_of(func: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    k = max(0, min(len(values) - 1, round(p / 100 * (len(values) - 1))))
    return values[k]


def median(values: list[float]) -> float:
    return statistics.median(values)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def table(rows: list[tuple]) -> str:
    head = "| what | figure | baseline | ratio | budget | within |\n|---|---|---|---|---|---|\n"
    return head + "\n".join("| " + " | ".join(str(c) for c in row) + " |" for row in rows) + "\n"
