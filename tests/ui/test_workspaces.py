"""Several workspaces: File › New workspace, Open recent, opening an empty folder, and the sample
team kept in a workspace of its own (never the user's workspace nor their identity)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from gcen_desktop.services.workspace import Workspace
from gcen_desktop.ui.settings import Settings
from gcen_desktop.ui.single_instance import server_name


@pytest.fixture
def shell(qapp, qtbot, tmp_path, monkeypatch):
    """The app on the user's own workspace (Ana Souza, Lisbon team); the user data folder is the test's."""
    from gcen_desktop.ui.app import Shell

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    own = Workspace.new(tmp_path / "mine", "Lisbon team", city="Lisbon", member="Ana Souza", role="senior_leader")
    own.close()
    shell = Shell(qapp, Settings(tmp_path / "s.ini"))
    shell.start(tmp_path / "mine")
    qtbot.waitUntil(lambda: shell.ctx is not None, timeout=10000)
    yield shell
    if shell.first_run is not None:
        shell.first_run.workers.wait(30000)
        shell.first_run.close()
    if shell.ctx is not None:
        shell.ctx.workers.wait(30000)
    shell.close_workspace()


def _action(window, name: str) -> QAction:
    action = window.findChild(QAction, name)
    assert action is not None, name
    return action


def _recent(window) -> list[QAction]:
    window.fill_recent_menu()
    return [a for a in window.recent_menu.actions() if a.objectName() == "action-recent"]


def _open(shell, qtbot, ready):
    window = shell.window
    ready()
    qtbot.waitUntil(lambda: shell.window is not window and shell.ctx is not None, timeout=60000)


def test_new_workspace_keeps_my_name_and_role_and_accepts_an_empty_folder(shell, qtbot, tmp_path, answer):
    _action(shell.window, "action-new-workspace").trigger()
    new = shell.first_run
    assert new is not None and new.isVisible() and new.windowTitle() == "New workspace"
    assert new.name_edit.text() == "Ana Souza" and new.role_box.currentData() == "senior_leader"
    empty = tmp_path / "porto"
    empty.mkdir()
    answer({"folder": str(empty)})
    new._on_change_folder_clicked()  # the "Change…" button
    assert new.folder == empty  # an empty folder is used as it is
    new.team_edit.setText("Porto working group")
    _open(shell, qtbot, new.create_button.click)
    ws = shell.ctx.ws
    assert ws.store.folder.resolve() == empty.resolve()
    assert ws.info().title == "Porto working group" and ws.get(ws.me).title == "Ana Souza"
    assert shell.settings.last_workspace == str(ws.store.folder)
    folders = [Path(a.data()).resolve() for a in _recent(shell.window)]
    assert folders == [empty.resolve(), (tmp_path / "mine").resolve()]
    assert shell.server.server.serverName() == server_name(empty)  # a second start on it comes here


def test_the_sample_is_a_workspace_of_its_own_and_mine_is_one_step_back(shell, qtbot, tmp_path):
    _action(shell.window, "action-new-workspace").trigger()
    _open(shell, qtbot, shell.first_run.sample_button.click)
    sample = shell.ctx.ws
    assert sample.is_sample and sample.store.folder.resolve() == (tmp_path / "data").resolve() / "gcen-desktop" / "sample"
    assert "(sample)" in shell.window.windowTitle()
    assert shell.settings.last_workspace == str(tmp_path / "mine")  # the next start opens my workspace
    recent = _recent(shell.window)
    assert "(sample)" in recent[0].text() and not recent[0].isEnabled()  # the one shown
    mine = [a for a in recent if Path(a.data()).resolve() == (tmp_path / "mine").resolve()]
    assert mine and mine[0].isEnabled()
    _open(shell, qtbot, mine[0].trigger)  # one step back to my own workspace, as myself
    ws = shell.ctx.ws
    assert not ws.is_sample and ws.get(ws.me).title == "Ana Souza"
    # exploring the sample again opens the same sample, not one more copy
    _action(shell.window, "action-new-workspace").trigger()
    _open(shell, qtbot, shell.first_run.sample_button.click)
    assert shell.ctx.ws.store.folder.resolve() == sample.store.folder.resolve()
    assert not (tmp_path / "data" / "gcen-desktop" / "sample-2").exists()


def test_open_offers_a_new_workspace_in_an_empty_folder(shell, qtbot, tmp_path, answer):
    empty = tmp_path / "empty"
    empty.mkdir()
    log = answer({"folder": str(empty), "confirm": True})
    _action(shell.window, "action-switch").trigger()
    assert [k for k, *_ in log] == ["folder", "confirm"]
    assert shell.first_run is not None and shell.first_run.folder == empty


def test_open_recent_drops_a_workspace_whose_folder_is_gone(shell, qtbot, tmp_path):
    gone = Workspace.new(tmp_path / "gone", "Old team", member="Ana Souza")
    gone.close()
    shell.settings.remember_workspace(tmp_path / "gone", "Old team")
    assert any("Old team" in a.text() for a in _recent(shell.window))
    import shutil

    shutil.rmtree(tmp_path / "gone")
    assert not any("Old team" in a.text() for a in _recent(shell.window))
    assert all("Old team" != i["name"] for i in shell.settings.recent_workspaces)


def test_the_recent_list_survives_bad_settings_and_keeps_one_entry_per_folder(tmp_path):
    settings = Settings(tmp_path / "r.ini")
    for bad in ("not json", '{"folder": "x"}', '[1, null, {"name": "no folder"}, {"folder": ""}]'):
        settings._q.setValue("workspace/recent", bad)
        assert settings.recent_workspaces == []
    for i in range(15):
        settings.remember_workspace(tmp_path / f"w{i}", f"Team {i}")
    settings.remember_workspace(tmp_path / "w3" / ".." / "w3", "Team 3 renamed")
    recent = settings.recent_workspaces
    assert len(recent) == 10 and recent[0]["name"] == "Team 3 renamed"
    assert [r["name"] for r in recent].count("Team 3") == 0


def test_switching_workspace_while_its_screens_are_still_loading_delivers_nothing_to_the_closed_window(
        shell, qtbot, tmp_path, monkeypatch):
    """The jobs the old window's screens started finish after it is gone: their results are dropped
    (they used to reach deleted widgets, one traceback per screen, on a slow machine)."""
    import time

    from gcen_desktop.ui import worker

    run = worker._Job.run  # noqa: SLF001
    monkeypatch.setattr(worker._Job, "run", lambda job: (time.sleep(0.3), run(job)))  # noqa: SLF001
    old = shell.ctx
    shell.window.build_remaining()  # every screen asks for its data
    qtbot.waitUntil(lambda: all(shell.window.built(cls.key) for cls in shell.window.section_types))
    assert old.workers.busy
    other = Workspace.new(tmp_path / "porto", "Porto team", city="Porto", member="Ana Souza")
    other.close()
    shell._on_window_open_workspace(str(tmp_path / "porto"))  # File › Open recent  # noqa: SLF001
    assert shell.ctx is not old
    qtbot.waitUntil(lambda: not old.workers.busy, timeout=10000)
    qtbot.wait(50)  # the dropped deliveries: an exception in one fails this test (pytest-qt)
    qtbot.waitUntil(lambda: not shell.ctx.workers.busy, timeout=10000)
