"""Shared fixtures: every test gets its own replica registry, temp folder and a fresh workspace folder."""

from __future__ import annotations

import os
import sys
import tempfile
import time
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


@pytest.fixture(scope="session", autouse=True)
def _no_sweep_of_the_real_temp_folder() -> None:
    """A process removes leftover temp folders (older than a day, unused) the first time it makes
    one; module fixtures make theirs in the real temp folder, which the tests leave alone. As if
    this process had just swept: test_temp_folders turns it back on in its own temp folders."""
    from gcen_desktop.sync import temp_folders

    temp_folders._last_sweep = time.monotonic()


@pytest.fixture(autouse=True)
def own_tempdir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test gets a temp folder of its own (the CLI processes it starts too), and fails if it
    leaves there a folder of a bundle read, an export or a copy: a user's temp folder must not fill
    up with copies of bundles."""
    from gcen_desktop.sync.temp_folders import PREFIXES

    folder = tmp_path_factory.mktemp("tmp")
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("TMPDIR", str(folder))
    yield folder
    left = sorted(p.name for p in folder.iterdir() if p.name.startswith(PREFIXES))
    assert not left, f"temp folders left behind: {left}"


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
