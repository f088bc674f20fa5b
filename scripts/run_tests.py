"""`make test`: lint, the layer contract (no Qt below ui/), then the whole suite headless."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def run(step: str, cmd: list[str]) -> None:
    print(f"==> {step}", flush=True)
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        print(f"FAILED: {step}", flush=True)
        sys.exit(result.returncode)


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    run("ruff", [str(BIN / "ruff"), "check", "."])
    run("import-linter (no Qt below ui/)", [str(BIN / "lint-imports")])
    workers = os.environ.get("GCEN_TEST_WORKERS", "2")
    run(
        "pytest",
        [sys.executable, "-m", "pytest", "-q", "-n", workers, "--timeout=900", *sys.argv[1:]],
    )


if __name__ == "__main__":
    main()
