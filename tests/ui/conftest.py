"""UI test fixtures: an app context on the sample workspace, and guards against hung prompts,
background jobs or timers a test leaves behind."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gcen_desktop.ui import prompts

# The app contexts the fixtures below made and have not shut down yet.
_contexts: list[Any] = []


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Before pytest-qt closes the test's widgets, the background jobs the test started deliver
    their results to the widgets that asked for them (up to 10 s): delivered later, to a window
    already gone, they would fail whichever test runs next, now and then on a loaded machine."""
    deadline = time.monotonic() + 10
    while any(context.workers.busy for context in _contexts) and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    return (yield)


@pytest.fixture(autouse=True, scope="session")
def _slow_jobs_when_asked() -> Iterator[None]:
    """GCEN_SLOW_JOBS=1: every background job waits 300 ms first, as on a loaded machine, so a test
    that does not wait for the jobs it starts fails every time instead of now and then in CI."""
    if os.environ.get("GCEN_SLOW_JOBS") != "1":
        yield
        return
    from gcen_desktop.ui import worker

    run = worker._Job.run  # noqa: SLF001

    def slow_run(job: Any) -> None:
        time.sleep(0.3)
        run(job)

    worker._Job.run = slow_run  # noqa: SLF001
    yield
    worker._Job.run = run  # noqa: SLF001


@pytest.fixture(autouse=True)
def _no_unexpected_prompt() -> Iterator[list[tuple[str, str, str]]]:
    """Any prompt a test did not ask for fails it (tests that expect one set their own answerer)."""
    seen: list[tuple[str, str, str]] = []

    def refuse(kind: str, title: str, text: str, **_kw: Any) -> Any:
        seen.append((kind, title, text))
        raise AssertionError(f"unexpected {kind} prompt: {title!r}: {text!r}")

    prompts.answerer = refuse
    yield seen
    prompts.answerer = None


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> Callable[..., list[tuple[str, str, str]]]:
    """answer({'confirm': True, 'open_file': path, ...}): answer prompts by kind; returns the log."""

    def install(replies: dict[str, Any]) -> list[tuple[str, str, str]]:
        log: list[tuple[str, str, str]] = []

        def reply(kind: str, title: str, text: str, **kw: Any) -> Any:
            log.append((kind, title, text))
            if kind not in replies:
                raise AssertionError(f"unexpected {kind} prompt: {title!r}: {text!r}")
            value = replies[kind]
            return value(title, text, **kw) if callable(value) else value

        monkeypatch.setattr(prompts, "answerer", reply)
        return log

    return install


@pytest.fixture(autouse=True)
def _no_leftover_timers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QTimer running (say where it was started)."""
    import traceback

    original_start = QTimer.start
    started: list[tuple[QTimer, str]] = []

    def tracking_start(self: QTimer, *args: Any) -> None:
        started.append((self, "".join(traceback.format_stack(limit=6)[:-1])))
        original_start(self, *args)

    monkeypatch.setattr(QTimer, "start", tracking_start)
    yield
    monkeypatch.setattr(QTimer, "start", original_start)
    running = []
    for timer, where in started:
        try:
            if timer.isActive():
                running.append(where)
        except RuntimeError:  # deleted with its widget: stopped
            continue
    for timer, _ in started:
        try:
            timer.stop()
        except RuntimeError:
            pass
    assert not running, "the test left QTimers running, started at:\n" + "\n---\n".join(running)


@pytest.fixture(scope="session")
def _sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample city team, written once per run (filling it takes seconds); tests get copies."""
    from gcen_desktop.services import Workspace
    from gcen_desktop.services.sample import fill_sample

    root = tmp_path_factory.mktemp("sample-template")
    saved = os.environ.get("GCEN_STATE_DIR")
    os.environ["GCEN_STATE_DIR"] = str(root / "state")  # never the user's own registry
    try:
        ws = Workspace.new(root / "sample", "Boston Public Schools — GCEN team", city="Boston")
        fill_sample(ws)
        ws.close()
    finally:
        if saved is None:
            os.environ.pop("GCEN_STATE_DIR", None)
        else:
            os.environ["GCEN_STATE_DIR"] = saved
    return root / "sample"


@pytest.fixture
def ui_sample_ws(_sample_template: Path, tmp_path: Path) -> Iterator[Any]:
    """A private copy of the sample city team (as `gcen demo` writes it)."""
    from gcen_desktop.services import Workspace

    folder = tmp_path / "sample"
    shutil.copytree(_sample_template, folder)
    # Make the copy this store's own (as if written here) so it keeps the template's replica and
    # unexported changes, exactly like a freshly filled sample; a real copy would take a new id.
    db = sqlite3.connect(folder / "workspace.sqlite3")
    with db:
        db.execute("UPDATE meta SET value=? WHERE key='path'", (str((folder / "workspace.sqlite3").resolve()),))
    db.close()
    ws = Workspace.open(folder)
    yield ws
    ws.close()


@pytest.fixture
def ctx(qapp: QApplication, ui_sample_ws) -> Iterator[Any]:  # noqa: ANN001
    """An AppContext on the sample workspace; waits for its workers when the test ends."""
    from gcen_desktop.ui.context import AppContext
    from gcen_desktop.ui.settings import Settings

    context = AppContext(ui_sample_ws, settings=Settings())
    _contexts.append(context)
    yield context
    _contexts.remove(context)
    busy = context.workers.busy
    context.shutdown()
    QApplication.processEvents()
    context.undo_stack.clear()
    context.deleteLater()
    assert not busy, "a background job the test started was still running 10 s after it ended"


@pytest.fixture
def empty_ctx(qapp: QApplication, ws) -> Iterator[Any]:  # noqa: ANN001
    """An AppContext on an empty workspace with one member."""
    from gcen_desktop.ui.context import AppContext
    from gcen_desktop.ui.settings import Settings

    context = AppContext(ws, settings=Settings())
    _contexts.append(context)
    yield context
    _contexts.remove(context)
    busy = context.workers.busy
    context.shutdown()
    QApplication.processEvents()
    context.undo_stack.clear()
    assert not busy, "a background job the test started was still running 10 s after it ended"


@pytest.fixture
def wait_idle(qtbot: Any) -> Callable[[Any], None]:
    """wait_idle(ctx): wait until every background job of the context has delivered its result."""

    def wait(context: Any, timeout: int = 10000) -> None:
        qtbot.waitUntil(lambda: not context.workers.busy, timeout=timeout)

    return wait


@pytest.fixture
def refused_first_run_join(qtbot: Any, tmp_path: Path, answer: Any) -> Callable[[str], tuple[str, str]]:
    """refused_first_run_join(name): in the first-run window, `name` joins from a file that is no
    bundle; returns the (title, text) of the error shown. The workspace folder is tmp_path/"mine"."""

    def join(name: str) -> tuple[str, str]:
        from gcen_desktop.ui.first_run import FirstRunWindow

        bundle = tmp_path / "from-teammate.gcen"
        bundle.write_bytes(b"x")
        w = FirstRunWindow(tmp_path / "mine")
        qtbot.addWidget(w)
        log = answer({"open_file": str(bundle), "error": None})
        w.name_edit.setText(name)
        w.bundle_button.click()
        qtbot.waitUntil(lambda: any(k == "error" for k, *_ in log), timeout=20000)
        (_, title, text), = [x for x in log if x[0] == "error"]
        w.close()
        return title, text

    return join


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """The English plural forms the app installs at start (gcen_en.qm): "1 change", "2 changes"."""
    from PySide6.QtCore import QTranslator

    from ..scripts import load_script

    folder = tmp_path_factory.mktemp("english-qm")
    load_script("translations").compile_qm(["en"], folder, with_pseudo=False)
    translator = QTranslator()
    assert translator.load(str(folder / "gcen_en.qm"))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _close_export_notices() -> Iterator[None]:
    """The window saying where an export went (Open / Show in folder) stays until the user closes
    it; a test that exported closes it as the user would, so that the leak check sees the rest."""
    yield
    from gcen_desktop.ui.widgets.saved_file import SavedFileDialog

    for w in QApplication.topLevelWidgets():
        if isinstance(w, SavedFileDialog):
            w.close()
