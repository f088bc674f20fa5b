"""Shared fixtures: every test gets its own replica registry and a fresh workspace folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the replica registry and settings of tests away from the user's own."""
    state = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("GCEN_STATE_DIR", str(state))
    monkeypatch.setenv("GCEN_CONFIG_DIR", str(state / "config"))
    monkeypatch.delenv("GCEN_WORKSPACE", raising=False)


@pytest.fixture
def ws(tmp_path: Path):
    """An empty workspace with one member ('me')."""
    from gcen_desktop.services import Workspace

    w = Workspace.new(tmp_path / "ws", "Test team", city="Boston", member="Ana Ruiz", role="superintendent")
    yield w
    w.close()


@pytest.fixture
def sample_ws(tmp_path: Path):
    """The sample city team that `gcen demo` writes."""
    from gcen_desktop.services import Workspace
    from gcen_desktop.services.sample import fill_sample

    w = Workspace.new(tmp_path / "sample", "Boston Public Schools — GCEN team", city="Boston")
    fill_sample(w)
    yield w
    w.close()
