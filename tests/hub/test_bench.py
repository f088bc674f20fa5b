"""The short version of the hub's benchmark (50 files) runs with the tests: every step of it works
and reports (its figures are for `make bench`; no time decides this test)."""

from __future__ import annotations

from tests.benchmarks import bench_hub


def test_the_short_hub_benchmark_runs(postgres):
    report = bench_hub.run(bundles=50, per=100, sizes=(1_000, 8_000), server=postgres)
    assert "ingest 50 signed files × 100 publications" in report
    for row in ("re-ingest, every file again (no-op)", "re-ingest, shuffled (no-op)", "search p95 at 1,000",
                "search p95 at 8,", "digest of 100 changes at 1,000 → 8,"):
        assert row in report, row
