"""Shared fixtures: every test gets its own replica registry, temp folder and a fresh workspace folder."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
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


def _lasting_helper(entry: Path) -> bool:
    """multiprocessing's fork server and resource tracker live as long as the test process, by design."""
    try:
        cmdline = (entry / "cmdline").read_bytes()
    except OSError:
        return False
    return b"multiprocessing.forkserver" in cmdline or b"multiprocessing.resource_tracker" in cmdline


def _child_processes() -> set[int]:
    """This process's children, read from /proc (Linux; elsewhere the check is skipped)."""
    me, found = str(os.getpid()), set()
    proc = Path("/proc")
    if not proc.is_dir():
        return found
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 1 and fields[1] == me and fields[0] != "Z" and not _lasting_helper(entry):
            found.add(int(entry.name))
    return found


def _shown_top_level_widgets() -> set[int]:
    if "PySide6.QtWidgets" not in sys.modules:
        return set()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return set()
    return {id(w) for w in app.topLevelWidgets() if w.isVisible()}


def _qt_pool_busy(wait_s: float) -> bool:
    if "PySide6.QtCore" not in sys.modules:
        return False
    from PySide6.QtCore import QThreadPool

    return not QThreadPool.globalInstance().waitForDone(int(wait_s * 1000))


def _describe_widgets(ids: set[int]) -> list[str]:
    from PySide6.QtWidgets import QApplication

    return [f"{type(w).__name__} '{w.windowTitle()}'" for w in QApplication.topLevelWidgets() if id(w) in ids]


def leak_state() -> tuple[set, set[int], set[int]]:
    return set(threading.enumerate()), _child_processes(), _shown_top_level_widgets()


def leaks(before: tuple[set, set[int], set[int]], wait_s: float = 5) -> list[str]:
    """What was started or shown since `before` and is still there after `wait_s`."""
    threads, children, windows = before
    # (a Qt thread that ran Python code shows as a dummy thread for ever: Qt's pool is asked instead)
    left_threads = [t for t in threading.enumerate() if t not in threads and not isinstance(t, threading._DummyThread)]
    for t in left_threads:
        t.join(timeout=wait_s)
    left_threads = [t.name for t in left_threads if t.is_alive()]
    if _qt_pool_busy(wait_s):
        left_threads.append("Qt thread pool tasks")
    deadline = time.monotonic() + wait_s
    while (left_children := _child_processes() - children) and time.monotonic() < deadline:
        time.sleep(0.05)
    left_windows = _shown_top_level_widgets() - windows
    problems = []
    if left_threads:
        problems.append(f"threads left running: {left_threads}")
    if left_children:
        problems.append(f"child processes left running: {sorted(left_children)}")
    if left_windows:
        problems.append(f"windows left open: {_describe_widgets(left_windows)}")
    return problems


@pytest.fixture(autouse=True)
def _no_leaks():
    """As in napari's test suite: a test fails when it leaves Python threads, child processes or
    shown top-level windows behind (an app that leaks them hangs at exit or piles up windows)."""
    before = leak_state()
    yield
    problems = leaks(before)
    assert not problems, "; ".join(problems)
