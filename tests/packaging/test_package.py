"""Builds the PyInstaller package and runs its smoke test: the release works, not just the tree."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(900)]


def test_package_builds_within_budget_and_passes_its_smoke_test(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--dist", str(tmp_path / "dist"),
         "--work", str(tmp_path / "work"), "--no-smoke-test"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stdout[-4000:] + build.stderr[-4000:]
    # The network hub and its server-side libraries stay out of the desktop build (`make venv`
    # installs them beside it): no module of theirs is in the archive PyInstaller packed.
    packed = "\n".join(p.read_text(errors="replace") for p in (tmp_path / "work").rglob("PYZ*.toc"))
    assert "gcen_desktop" in packed
    for name in ("gcen_hub", "psycopg", "starlette", "uvicorn", "jinja2", "httpx", "httpx2"):
        assert f"'{name}'" not in packed and f"'{name}." not in packed, name
    app_dir = tmp_path / "dist" / "gcen-desktop"
    smoke = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke_test.py"), str(app_dir)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert smoke.returncode == 0, smoke.stdout[-4000:] + smoke.stderr[-4000:]
    assert "Smoke test passed" in smoke.stdout
