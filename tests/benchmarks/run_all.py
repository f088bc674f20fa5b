"""`make bench`: run every tests/benchmarks/bench_*.py and write BENCHMARKS.md.

Each module exposes `run() -> str`, a Markdown section whose figures are ratios to a raw
baseline measured in the same run (these machines are noisy: absolute times vary, ratios less).
GCEN_BENCH_SCALE (default 1.0) scales the data sizes down for a quick run.
"""

from __future__ import annotations

import datetime as dt
import importlib
import os
import platform
import sqlite3
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> int:
    only = sys.argv[1:]
    modules = sorted(p.stem for p in Path(__file__).parent.glob("bench_*.py"))
    if only:
        modules = [m for m in modules if any(o in m for o in only)]
    scale = float(os.environ.get("GCEN_BENCH_SCALE", "1.0"))
    sections = []
    failed = False
    for name in modules:
        print(f"==> {name}", flush=True)
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
            sections.append(module.run())
        except Exception:
            failed = True
            sections.append(f"## {name}\n\nFAILED:\n\n```\n{traceback.format_exc()}\n```\n")
        print(f"    {time.perf_counter() - start:.1f} s", flush=True)
    header = (
        "# Benchmarks\n\n"
        f"Written by `make bench` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; "
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{os.cpu_count()} cores, scale {scale}. Every figure is compared with a raw baseline "
        "measured in the same run; the ratio is what the budget (DESIGN.md) constrains.\n\n"
    )
    out = ROOT / "BENCHMARKS.md"
    out.write_text(header + "\n".join(sections), encoding="utf-8")
    print(f"wrote {out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
