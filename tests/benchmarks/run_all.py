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
    out = ROOT / "BENCHMARKS.md"
    # Each module's section sits between markers, so a run of some modules keeps the others.
    sections: dict[str, str] = _read_sections(out) if only else {}
    failed = False
    for name in modules:
        print(f"==> {name}", flush=True)
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
            text = module.run()
        except Exception:
            failed = True
            text = f"## {name}\n\nFAILED:\n\n```\n{traceback.format_exc()}\n```\n"
        sections[name] = (
            f"{text.rstrip()}\n\n_({name}: scale {scale}, {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC)_\n"
        )
        print(f"    {time.perf_counter() - start:.1f} s", flush=True)
    header = (
        "# Benchmarks\n\n"
        f"Written by `make bench`; Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"{os.cpu_count()} cores. Every figure is compared with a raw baseline measured in the same "
        "run; the ratio is what the budget (DESIGN.md) constrains. The machines are shared and "
        "noisy: absolute times vary between runs, ratios much less.\n\n"
    )
    body = "\n".join(
        f"<!-- bench:{name} -->\n{sections[name].rstrip()}\n<!-- /bench:{name} -->\n" for name in sorted(sections)
    )
    out.write_text(header + body, encoding="utf-8")
    print(f"wrote {out}")
    return 1 if failed else 0


def _read_sections(path: Path) -> dict[str, str]:
    import re

    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    return {
        m.group(1): m.group(2).strip() + "\n"
        for m in re.finditer(r"<!-- bench:(\w+) -->\n(.*?)<!-- /bench:\1 -->", text, re.S)
    }


if __name__ == "__main__":
    sys.exit(main())
