"""SIGKILL an ingest at random moments: PostgreSQL rolls the file's transaction back, so the hub
holds all of the file or none of it; ingesting it again completes it."""

from __future__ import annotations

import multiprocessing
import os
import random
import tempfile
import time

from sqlalchemy import text

from gcen_hub.audit import check

from .kit import close, enrolled_city, forge, hub_rows, practice

KILLS = 4


def _ingest(url: str, home: str, path: str, tmp: str) -> None:
    tempfile.tempdir = tmp  # the reader's copy of a killed ingest stays out of the test's temp folder
    from gcen_hub.hub import Hub

    hub = Hub.open(url, home)
    result = hub.ingest(path)
    hub.close()
    os._exit(0 if result.refused is None else 3)


def _counts(hub) -> tuple[int, int]:
    with hub.engine.connect() as conn:
        return (conn.execute(text("SELECT count(*) FROM publications")).scalar_one(),
                conn.execute(text("SELECT count(*) FROM ingests")).scalar_one())


def test_a_killed_ingest_is_all_or_nothing(new_hub, tmp_path):
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["gcen_hub.hub"])
    reference = new_hub()
    city = enrolled_city(reference, tmp_path, "Toronto")
    path = tmp_path / "big.gcen"
    forge(path, city, [practice({"title": f"Practice {n}", "summary": f"text {n} " * 20, "visibility": "network"},
                                counter=2) for n in range(1200)], workspace_id=city.ws.workspace_id)
    ident = city.identity()
    close(city)
    tmp = tmp_path / "child-tmp"
    tmp.mkdir()

    def run(hub, delay: float | None) -> int | None:
        url = hub.engine.url.render_as_string(hide_password=False)
        p = ctx.Process(target=_ingest, args=(url, str(hub.home), str(path), str(tmp)))
        started = time.perf_counter()
        p.start()
        if delay is None:
            p.join(120)
            run.duration = time.perf_counter() - started  # type: ignore[attr-defined]
        else:
            time.sleep(delay)
            p.kill()  # SIGKILL; a process that already ended is left alone
            p.join(30)
        return p.exitcode

    assert run(reference, None) == 0
    expected = hub_rows(reference)
    assert _counts(reference) == (1200, 1)
    rng = random.Random(int(os.environ.get("GCEN_KILL_SEED", "1234")))
    outcomes = []
    for _ in range(KILLS):
        hub = new_hub()
        hub.enroll(ident.workspace_id, "Toronto", ident.fingerprint)
        run(hub, rng.uniform(0, run.duration))  # type: ignore[attr-defined]
        counts = _counts(hub)
        assert counts in ((0, 0), (1200, 1)), counts
        outcomes.append(counts[1])
        assert run(hub, None) == 0  # ingested again: complete
        assert hub_rows(hub) == expected
        assert check(hub.engine, hub.home) == []
    print(f"\nhub kill test: {KILLS} kills in a {run.duration:.2f} s window, committed before the kill: {outcomes}")  # type: ignore[attr-defined]
