"""The network hub on PostgreSQL: ingest of signed publication files from synthetic cities (as
publications per second, and as a ratio to a raw `COPY` of the same rows in the same run), a no-op
re-ingest and a shuffled one, search p95 at two sizes, and a digest of 100 changes at both sizes
(its cost follows what changed, so it should stay flat). It starts a PostgreSQL of its own."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import statistics
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from gcen_desktop import __version__
from gcen_desktop.sync.keys import StoreKeys, load_or_create_keys
from gcen_desktop.sync.manifest import Producer
from gcen_desktop.sync.publication import (
    Publication,
    PublicationManifest,
    content_hash,
    write_publication,
)

from .common import VOCAB, WEIGHTS, percentile, scale, table

QUERIES = ["teacher", "mentor induction", "教师", "학교", "éducation", "formacion docente", "literacy assessment",
           "equity", "principal network", "classroom observation", "coaching", "multilingual newcomer",
           "escola", "培养", "evidence practice", "family community", "curriculum", "pathway school",
           "leadership", "feedback"]
SEARCH_BUDGET_MS = 50
_COUNTERS = itertools.count(10**6, 10**4)  # each round of changes newer than the last


@dataclass
class City:
    workspace_id: str
    name: str
    keys: StoreKeys


_CUM = list(itertools.accumulate(WEIGHTS))  # the same draws as `weights=`, without summing 6,000 weights per call


def _values(rng: random.Random, n: int) -> dict:
    return {"title": " ".join(rng.choices(VOCAB, cum_weights=_CUM, k=5)) + f" {n}",
            "summary": " ".join(rng.choices(VOCAB, cum_weights=_CUM, k=60)), "visibility": "network"}


def _bundle(path: Path, city: City, recs: list[str], counter: int, rng: random.Random) -> None:
    lines = []
    for n, rec in enumerate(recs):
        values = _values(rng, n)
        lines.append(Publication(rec=rec, type="practice", counter=counter, dot=("benchreplica", counter + n),
                                 hlc=f"{counter:012d}", h=content_hash(values, [], [], []), values=values))
    manifest = PublicationManifest(app_version=__version__, workspace_id=city.workspace_id,
                                   workspace_name=f"{city.name} team", city=city.name, bundle_id=str(uuid.uuid4()),
                                   kind="incremental", created_ms=1_790_000_000_000 + counter,
                                   producer=Producer(replica="benchreplica", name=city.name))
    write_publication(path, manifest, lines, {}, city.keys)


def _copy_baseline(hub) -> tuple[float, int]:
    """A raw COPY of the very rows the ingest wrote (publications and their tsvector parts, the
    bytes PostgreSQL itself gives out) into plain tables with the same GIN index; its time and the
    number of publication rows."""
    raw = hub.engine.raw_connection()
    try:
        cur = raw.cursor()
        data = {}
        for table_, select in (("raw_publications", "SELECT * FROM publications"),
                               ("raw_search", "SELECT * FROM search_parts")):
            out = bytearray()
            with cur.copy(f"COPY ({select}) TO STDOUT") as copy:
                for chunk in copy:
                    out += chunk
            data[table_] = bytes(out)
        rows = data["raw_publications"].count(b"\n")
        cur.execute("CREATE TABLE raw_publications (LIKE publications INCLUDING DEFAULTS)")
        cur.execute("CREATE TABLE raw_search (LIKE search_parts)")
        cur.execute("CREATE INDEX ON raw_search USING gin (doc)")
        raw.commit()
        start = time.perf_counter()
        for table_, payload in data.items():
            view = memoryview(payload)
            with cur.copy(f"COPY {table_} FROM STDIN") as copy:
                for at in range(0, len(view), 1 << 20):
                    copy.write(view[at : at + (1 << 20)])
        raw.commit()
        took = time.perf_counter() - start
        cur.execute("DROP TABLE raw_publications, raw_search")
        raw.commit()
    finally:
        raw.close()
    return took, rows


def _changed_nothing(result) -> bool:
    """A file ingested again: every line unchanged, or older than what a later file brought
    (the files whose records the digest measure updated are refused as replays)."""
    return not (result.counts["new"] or result.counts["updated"] or result.counts["withdrawn"])


def _search_p95(hub) -> float:
    times = []
    for _ in range(5):
        for q in QUERIES:
            start = time.perf_counter()
            hub.search(q, limit=20)
            times.append(time.perf_counter() - start)
    return percentile(times, 95) * 1000


def _catch_up(hub, reader: City, folder: Path) -> None:
    """The reader takes its digest of everything new (untimed): done every 100,000 or so arrivals,
    so that no single digest holds the whole hub in memory."""
    hub.digest(reader.workspace_id, folder / "catch-up.gcen")
    (folder / "catch-up.gcen").unlink()


def _digest_of_changes(hub, cities: list[City], recs: dict[str, list[str]], folder: Path, changes: int,
                       rounds: int = 3) -> float:
    """The median time of a digest carrying `changes` new publications, over `rounds` rounds (the
    reader's cursor is brought up before each)."""
    reader, writer = cities[0], cities[1]
    times = []
    for _ in range(rounds):
        _catch_up(hub, reader, folder)
        path = folder / f"changes-{uuid.uuid4().hex}.gcen"
        _bundle(path, writer, recs[writer.workspace_id][:changes], next(_COUNTERS), random.Random(9))
        assert hub.ingest(path).refused is None
        start = time.perf_counter()
        result = hub.digest(reader.workspace_id, folder / "digest.gcen")
        times.append(time.perf_counter() - start)
        assert result.published == changes, result
    return statistics.median(times)


def _analyze(hub) -> None:
    """What autovacuum does to tables that took many rows: VACUUM ANALYZE. The VACUUM matters: it
    merges the GIN index's pending list (new entries kept unsorted until then), which a plain
    ANALYZE leaves as it is; priced over that list, the planner scans every part sequentially,
    and the figure would depend on whether autovacuum had come by yet."""
    raw = hub.engine.raw_connection()
    try:
        raw.driver_connection.autocommit = True
        raw.driver_connection.execute("VACUUM ANALYZE")
    finally:
        raw.close()


def _fill(hub, cities: list[City], rows: int, rng: random.Random, every: int, between) -> None:
    """Bulk publications straight through the ingest's own write (no file), shared out among the
    cities as their files were: the large size. `between()` runs after each `every` rows."""

    from gcen_hub.ingest import put, stamp_arrivals

    now = dt.datetime.now(dt.UTC)
    share = -(-rows // len(cities))
    done = 0
    for city in cities:
        for start in range(0, min(share, rows - done), 5000):
            items = []
            for n in range(start, min(share, rows - done, start + 5000)):
                values = _values(rng, n)
                items.append({"op": "publish", "rec": str(uuid.uuid4()), "type": "practice", "counter": 2,
                              "hlc": "x", "dot": ("fill", n + 1), "h": content_hash(values, [], [], []),
                              "values": values, "parts": [], "tags": [], "attachments": []})
            with hub.engine.begin() as conn:
                put(conn, city.workspace_id, items, 1_790_000_000_000, now)
                stamp_arrivals(conn, city.workspace_id, [i["rec"] for i in items])
            if (done + len(items)) // every > done // every:
                between()
            done += len(items)
    _analyze(hub)


def _say(started: float, what: str) -> None:
    """Progress on stderr: the full run takes a quarter of an hour or more."""
    print(f"    hub {time.perf_counter() - started:7.1f} s: {what}", file=sys.stderr, flush=True)


def run(bundles: int | None = None, per: int = 1000, sizes: tuple[int, int] | None = None, server=None) -> str:
    """The section of BENCHMARKS.md; `server`: a running PostgresServer (else one is started)."""
    from gcen_hub.hub import Hub
    from tests.hub.postgres import PostgresServer

    bundles = bundles or max(10, int(500 * scale()))
    small, large = sizes or (max(1000, int(100_000 * scale())), max(2000, int(1_000_000 * scale())))
    rng = random.Random(5)
    own = server is None
    if server is None:
        server = PostgresServer()
        server.start()
    rows: list[tuple] = []
    began = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory() as tmp_text:
            tmp = Path(tmp_text)
            hub = Hub.open(server.create_database(f"bench_hub_{uuid.uuid4().hex[:8]}"), tmp / "home", create=True)
            hub.init("Bench hub")
            cities = [City(str(uuid.uuid4()), f"City {i}", load_or_create_keys(tmp / f"city{i}"))
                      for i in range(bundles)]
            recs = {c.workspace_id: [str(uuid.uuid4()) for _ in range(per)] for c in cities}
            files = []
            for i, c in enumerate(cities):
                hub.enroll(c.workspace_id, c.name, c.keys.fingerprint)
                files.append(tmp / f"b{i:04d}.gcen")
                _bundle(files[-1], c, recs[c.workspace_id], 2, rng)
            _say(began, f"{bundles} files written, {sum(f.stat().st_size for f in files) / 1e6:,.0f} MB")
            total = bundles * per
            ingest_s, small_done = 0.0, None
            for i, f in enumerate(files):
                start = time.perf_counter()
                assert hub.ingest(f).refused is None
                ingest_s += time.perf_counter() - start
                if (i + 1) % 50 == 0:
                    _say(began, f"{i + 1} files ingested ({ingest_s:.1f} s)")
                if small_done is not None and (i + 1) % max(1, small // per) == 0:
                    _catch_up(hub, cities[0], tmp)
                if small_done is None and (i + 1) * per >= small:
                    _analyze(hub)  # as autovacuum would on a hub that grew this much
                    small_done = (_search_p95(hub), _digest_of_changes(hub, cities, recs, tmp, min(100, per)), (i + 1) * per)
                    _say(began, f"at {(i + 1) * per:,}: search p95 {small_done[0]:.1f} ms, digest "
                                f"{small_done[1] * 1000:.0f} ms")
            _say(began, f"ingest {ingest_s:.1f} s")
            copy_s, copied = _copy_baseline(hub)
            _say(began, f"COPY {copy_s:.1f} s")
            assert copied == total, (copied, total)
            rows.append((f"ingest {bundles} signed files × {per:,} publications", f"{total / ingest_s:,.0f} /s "
                         f"({ingest_s:.1f} s)", f"COPY {copy_s:.1f} s", f"{ingest_s / copy_s:.1f}×", "—", "—"))
            start = time.perf_counter()
            assert all(_changed_nothing(hub.ingest(f)) for f in files)
            again_s = time.perf_counter() - start
            rows.append(("re-ingest, every file again (no-op)", f"{again_s:.1f} s", f"ingest {ingest_s:.1f} s",
                         f"{again_s / ingest_s:.2f}×", "—", "—"))
            shuffled = files[:]
            rng.shuffle(shuffled)
            start = time.perf_counter()
            assert all(_changed_nothing(hub.ingest(f)) for f in shuffled)
            shuffle_s = time.perf_counter() - start
            rows.append(("re-ingest, shuffled (no-op)", f"{shuffle_s:.1f} s", f"ingest {ingest_s:.1f} s",
                         f"{shuffle_s / ingest_s:.2f}×", "—", "—"))
            _say(began, f"re-ingest {again_s:.1f} s, shuffled {shuffle_s:.1f} s")
            held = hub.stats()["published"]
            if held < large:
                _fill(hub, cities, large - held, rng, small, lambda: _catch_up(hub, cities[0], tmp))
            _say(began, f"filled to {hub.stats()['published']:,}")
            large_p95, large_digest = _search_p95(hub), _digest_of_changes(hub, cities, recs, tmp, min(100, per))
            _say(began, f"search p95 {large_p95:.1f} ms, digest {large_digest * 1000:.0f} ms")
            p95, digest_s, at = small_done or (large_p95, large_digest, held)
            rows.append((f"search p95 at {at:,} publications", f"{p95:.1f} ms", "—", "—",
                         f"≤ {SEARCH_BUDGET_MS} ms", "yes" if p95 <= SEARCH_BUDGET_MS else "NO"))
            rows.append((f"search p95 at {hub.stats()['published']:,} publications", f"{large_p95:.1f} ms", "—", "—",
                         "—", "—"))
            rows.append((f"digest of 100 changes at {at:,} → {hub.stats()['published']:,}",
                         f"{digest_s * 1000:.0f} ms → {large_digest * 1000:.0f} ms", "—",
                         f"{large_digest / digest_s:.2f}×", "flat", "yes" if large_digest <= 3 * digest_s else "NO"))
            hub.close()
    finally:
        if own:
            server.stop()
    return ("## The network hub (PostgreSQL)\n\n" + table(rows) +
            "\nSearch runs 20 queries (single and two words, CJK, accented, prefixes) five times each, after a "
            "VACUUM ANALYZE (autovacuum's, on a hub in service: it also merges the GIN index's pending list); a "
            "digest's time is the median of three. "
            "The larger size is the cities' files plus publications written straight through the ingest's "
            "own write, shared out among the same cities.\n")
