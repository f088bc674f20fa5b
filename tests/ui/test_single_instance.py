"""One app per workspace: a second start hands its arguments to the running window and exits 0,
also after an app that crashed left its socket behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gcen_desktop.ui.settings import Settings
from gcen_desktop.ui.single_instance import WorkspaceServer, hand_over, server_name


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", GCEN_CONFIG_DIR=str(tmp_path / "cfg2"),
                GCEN_STATE_DIR=str(tmp_path / "state2"))


def _second_start(qtbot, tmp_path: Path, *args: str) -> int:
    """Start the app again (as the file manager does) while this test's event loop runs."""
    proc = subprocess.Popen([sys.executable, "-m", "gcen_desktop", *args], env=_env(tmp_path),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=60000)
    except Exception:
        proc.kill()  # it opened a window of its own instead of handing over
        proc.wait()
        raise
    return proc.returncode


@pytest.fixture
def shell(qapp, qtbot, ui_sample_ws, tmp_path):
    from gcen_desktop.ui.app import Shell

    folder = ui_sample_ws.store.folder
    ui_sample_ws.close()
    shell = Shell(qapp, Settings(tmp_path / "s.ini"))
    shell.start(folder)
    qtbot.waitUntil(lambda: shell.ctx is not None, timeout=10000)
    yield shell
    shell.ctx.workers.wait(30000)
    shell.close_workspace()
    shell.server.close_all()


def test_a_second_start_hands_its_bundle_to_the_running_window_and_exits(shell, qtbot, tmp_path, monkeypatch):
    folder = shell.ctx.ws.store.folder
    imported: list[Path] = []
    monkeypatch.setattr(shell.window, "start_import", lambda path: imported.append(Path(path)) or True)
    bundle = tmp_path / "from Seoul.gcen"
    bundle.write_bytes(b"not opened by this test")
    assert _second_start(qtbot, tmp_path, "--workspace", str(folder), str(bundle)) == 0
    qtbot.waitUntil(lambda: imported == [bundle.resolve()], timeout=5000)
    # a start naming the workspace only just shows it
    assert _second_start(qtbot, tmp_path, "--workspace", str(folder)) == 0
    assert imported == [bundle.resolve()]


def test_a_bundle_opened_with_no_workspace_named_goes_to_the_window_already_open(shell, qtbot, tmp_path,
                                                                                 monkeypatch):
    """The file manager opens a .gcen with no workspace: when the app last opened on another
    workspace (here: none) is not running, the window on screen (the sample team, say) takes it
    rather than a second window opening."""
    imported: list[Path] = []
    monkeypatch.setattr(shell.window, "start_import", lambda path: imported.append(Path(path)) or True)
    bundle = tmp_path / "from Toronto.gcen"
    bundle.write_bytes(b"not opened by this test")
    assert _second_start(qtbot, tmp_path, str(bundle)) == 0
    qtbot.waitUntil(lambda: imported == [bundle.resolve()], timeout=5000)


def test_the_socket_a_crashed_app_left_is_taken_over(qapp, qtbot, tmp_path):
    folder = tmp_path / "ws"
    folder.mkdir()
    (folder / "workspace.sqlite3").write_bytes(b"")
    code = (
        "import sys, time\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from gcen_desktop.ui.single_instance import WorkspaceServer\n"
        "app = QCoreApplication(sys.argv)\n"
        f"server = WorkspaceServer(); assert server.listen({str(folder)!r})\n"
        "print('listening', flush=True)\n"
        "app.exec()\n"
    )
    crashed = subprocess.Popen([sys.executable, "-c", code], env=_env(tmp_path), stdout=subprocess.PIPE, text=True)
    assert crashed.stdout is not None and crashed.stdout.readline().strip() == "listening"
    os.kill(crashed.pid, signal.SIGKILL)  # no chance to remove its socket
    crashed.wait()
    crashed.stdout.close()
    assert not hand_over(folder, {"workspace": str(folder), "bundle": None}, timeout_ms=1000)
    server = WorkspaceServer()
    requests: list[dict] = []
    server.sig_request.connect(requests.append)
    try:
        assert server.listen(folder)
        assert _second_start(qtbot, tmp_path, "--workspace", str(folder)) == 0
        qtbot.waitUntil(lambda: len(requests) == 1, timeout=5000)
        assert requests[0]["workspace"] == str(folder.resolve()) and requests[0]["bundle"] is None
    finally:
        server.close()


def test_the_socket_name_is_one_per_workspace_folder(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert server_name(tmp_path / "a") == server_name(tmp_path / "b" / ".." / "a")
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")


def test_a_bundle_opened_while_the_first_run_screen_shows_is_the_one_to_join(qapp, qtbot, tmp_path, monkeypatch):
    """Before any workspace exists, a second start (a teammate's .gcen opened from the file
    manager) opened a second first-run screen; now the one on screen takes the bundle."""
    from gcen_desktop.ui.app import Shell

    shell = Shell(qapp, Settings(tmp_path / "first.ini"))
    shell.start(None)
    try:
        first_run = shell.first_run
        assert first_run is not None and first_run.isVisible()
        joined: list[tuple[Path, str]] = []
        monkeypatch.setattr(first_run, "join", lambda path, name, role, passphrase=None: joined.append((path, name)))
        bundle = tmp_path / "from Seoul.gcen"
        bundle.write_bytes(b"not opened by this test")
        assert _second_start(qtbot, tmp_path, str(bundle)) == 0
        qtbot.waitUntil(lambda: first_run.pending_bundle == bundle.resolve(), timeout=5000)
        assert bundle.name in first_run.message.text() and not joined  # your name first
        first_run.name_edit.setText("Ana Souza")
        first_run.bundle_button.click()
        assert joined == [(bundle.resolve(), "Ana Souza")]
    finally:
        if shell.first_run is not None:
            shell.first_run.workers.wait(30000)
            shell.first_run.close()
        shell.server.close_all()


def _full_bundle_with_a_roster(tmp_path: Path, *, sign: bool = True):
    """Ana's full bundle, after Ben and Chen joined and sent theirs: its roster names their keys."""
    from gcen_desktop.services import Workspace, joining
    from gcen_desktop.services.bundles import Exchange

    ana = Exchange(Workspace.new(tmp_path / "ana", "Team", city="Boston", member="Ana"))
    ana.ws.create("note", {"title": "the team's note"})
    ana.export(tmp_path / "first.gcen", mode="full")
    mates = []
    for name in ("Ben", "Chen"):
        joined, _ = joining.join(tmp_path / name, tmp_path / "first.gcen", trust_new_key=True)
        joined.store.set_meta("device_name", name)
        mate = Exchange(joined)
        mate.export(tmp_path / f"{name}.gcen", mode="team")
        ana.import_bundle(tmp_path / f"{name}.gcen", trust_new_key=True)
        mates.append(mate)
    bundle = tmp_path / "from Ana.gcen"
    ana.export(bundle, mode="full", sign=sign)
    keys = (ana.keys, *(m.keys for m in mates))
    for ex in (ana, *mates):
        ex.ws.close()
    return bundle, keys


def _handed_over_join(qtbot, tmp_path: Path, answer, bundle: Path, confirm):
    """A bundle handed over to the first-run screen with the name filled in: it joins at once, after
    the question `confirm` answers. Returns the window and the log of prompts."""
    from gcen_desktop.ui.first_run import FirstRunWindow

    window = FirstRunWindow(tmp_path / "mine")
    qtbot.addWidget(window)
    ready: list = []
    window.sig_workspace_ready.connect(lambda ws, _bundle: ready.append(ws))
    log = answer({"confirm": confirm, "error": None})
    window.name_edit.setText("Dara")
    window.take_bundle(bundle)
    qtbot.waitUntil(lambda: bool(ready) or any(kind == "error" for kind, *_ in log), timeout=30000)
    window.workers.wait(30000)
    return window, log, ready


def test_a_handed_over_bundle_joins_trusting_the_key_shown_and_no_roster_key(qapp, qtbot, tmp_path, answer):
    from gcen_desktop.sync import knowledge
    from gcen_desktop.ui.sharing.import_preview_dialog import group_fingerprint

    bundle, (ana, ben, chen) = _full_bundle_with_a_roster(tmp_path)
    shown: list[str] = []
    window, log, ready = _handed_over_join(qtbot, tmp_path, answer, bundle,
                                           lambda title, text, **_kw: shown.append(text) or True)
    assert [kind for kind, *_ in log] == ["confirm"]
    assert group_fingerprint(ana.fingerprint) in shown[0]
    ws, = ready
    try:
        with ws.store.read() as conn:
            trusted = {k.fingerprint for k in knowledge.keys(conn) if k.trusted}
            named = {k.fingerprint for k in knowledge.keys(conn)}
        assert trusted == {ana.fingerprint}
        assert {ben.fingerprint, chen.fingerprint} <= named  # introduced by the roster, never trusted
    finally:
        ws.close()
        window.close()


def test_a_handed_over_bundle_rewritten_while_its_question_shows_is_not_joined(qapp, qtbot, tmp_path, answer):
    import zipfile

    import orjson

    from gcen_desktop.store.events import seal
    from tests.sync.exchange_kit import rewrite_events

    bundle, _keys = _full_bundle_with_a_roster(tmp_path, sign=False)
    with zipfile.ZipFile(bundle) as z:
        lines = [line for line in z.read("events.jsonl").splitlines() if line]
    forged = []
    for line in lines:
        event = orjson.loads(line)
        if event.get("type") == "note":
            event = seal({k: v for k, v in event.items() if k != "h"}
                         | {"fields": {**event["fields"], "title": "swapped in"}})
        forged.append(orjson.dumps(event, option=orjson.OPT_SORT_KEYS))

    def swap(title, text, **_kw):
        rewrite_events(bundle, tmp_path / "swapped.gcen", forged)  # the same manifest, other changes
        (tmp_path / "swapped.gcen").replace(bundle)
        return True

    window, log, ready = _handed_over_join(qtbot, tmp_path, answer, bundle, swap)
    try:
        assert not ready
        (kind, _title, text), = [entry for entry in log if entry[0] == "error"]
        assert "changed after you checked it" in text
        assert not (tmp_path / "mine").exists() or not any((tmp_path / "mine").iterdir())
    finally:
        window.close()
