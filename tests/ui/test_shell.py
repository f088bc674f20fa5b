"""The application shell: main window, sections, menus, layout saving, flags, first run, dialogs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent, QKeySequence
from PySide6.QtWidgets import QApplication

from gcen_desktop.domain.errors import UserError
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.services.workspace import Workspace
from gcen_desktop.ui import theme
from gcen_desktop.ui.about import AboutDialog
from gcen_desktop.ui.main_window import MainWindow
from gcen_desktop.ui.preferences import PreferencesDialog
from gcen_desktop.ui.sections import section_classes
from gcen_desktop.ui.settings import Settings
from gcen_desktop.ui.sidebar import BadgeRole

MY_SECTIONS = ("home", "notes", "readings", "people", "trash")


@pytest.fixture
def window(ctx, qtbot):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.close()


def test_every_section_opens_on_the_sample_team(window, ctx, qtbot):
    keys = [cls.key for cls in section_classes()]
    assert set(MY_SECTIONS) <= set(keys)
    for key in keys:
        section = window.show_section(key)
        assert section is not None and window.current_section() is section
        assert section.isVisible()
        assert window.sidebar.currentIndex().data() == section.title()
    assert len(window.sections) == len(keys)


def test_sections_are_built_when_first_shown(ctx, qtbot):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert w.built("home") is not None  # the last section (default Home) is built at once
    assert w.built("trash") is None
    w.build_remaining()
    qtbot.waitUntil(lambda: all(w.built(cls.key) for cls in w.section_types))
    w.close()


def test_view_menu_shows_a_section_title_with_an_ampersand_as_it_is(window):
    from PySide6.QtGui import QAction

    action = window.findChild(QAction, "action-section-people")
    assert action.iconText() == "People & cities"  # not "People _cities" (an & read as a mnemonic)


def test_standard_shortcuts_and_search_shortcuts(window):
    assert window.new_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    shortcuts = [s.toString() for s in window.search_action.shortcuts()]
    assert "Ctrl+K" in shortcuts and QKeySequence(QKeySequence.StandardKey.Find).toString() in shortcuts
    names = {a.objectName() for a in window.actions()}
    assert {"action-preferences", "action-quit", "action-delete", "action-about"} <= names


def test_ctrl_k_opens_global_search(window, qtbot):
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    dialogs = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "SearchDialog" and w.isVisible()]
    assert dialogs
    dialogs[0].close()


def test_undo_action_undoes_an_edit(window, ctx, qtbot, wait_idle):
    from gcen_desktop.ui.commands import EditRecordCommand

    note = ctx.ws.list("note", limit=1)[0]
    ctx.undo_stack.push(EditRecordCommand(ctx, note.id, {"title": "Edited from a test"}, "Rename note"))
    wait_idle(ctx)
    assert window.undo_action.isEnabled() and "Rename note" in window.undo_action.text()
    window.undo_action.trigger()
    wait_idle(ctx)
    assert ctx.ws.get(note.id).title == note.title
    window.redo_action.trigger()
    wait_idle(ctx)
    assert ctx.ws.get(note.id).title == "Edited from a test"


def test_geometry_splitter_and_last_section_are_restored(ctx, qtbot):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    available = w.screen().availableGeometry()
    width, height = min(780, available.width() - 10), min(540, available.height() - 40)
    w.resize(width, height)
    QApplication.processEvents()
    w.splitter.setSizes([230, w.splitter.width() - 230])
    QApplication.processEvents()
    saved = w.splitter.sizes()[0]
    w.show_section("trash")
    w.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    assert again.current_section().key == "trash"
    assert (again.size().width(), again.size().height()) == (width, height)
    QApplication.processEvents()
    assert abs(again.splitter.sizes()[0] - saved) <= 2
    again.close()


def test_window_saved_off_screen_comes_back(ctx, qtbot):
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.move(50000, 50000)
    w.clamp_to_screen()
    available = w.screen().availableGeometry()
    assert available.intersects(w.frameGeometry())
    w.close()


def test_conflicts_badge_counts_open_conflicts(window, ctx):
    if window.section("conflicts") is None:
        pytest.skip("the Conflicts section is not in this build")
    window.sidebar_model.refresh_badges()
    row = [c.key for c in window.section_types].index("conflicts")
    assert window.sidebar_model.index(row).data(BadgeRole) == window.section("conflicts").badge()


def _drop(window, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_dropping_a_bundle_starts_an_import(window, tmp_path, monkeypatch):
    started: list[Path] = []
    monkeypatch.setattr(window, "start_import", lambda p: started.append(Path(p)) or True)
    bundle = tmp_path / "from-ana.gcen"
    bundle.write_bytes(b"not really a bundle")
    _drop(window, tmp_path / "notes.txt")
    assert started == []
    _drop(window, bundle)
    assert started == [bundle]


def test_start_import_hands_over_to_sync_section(window, tmp_path, answer):
    bundle = tmp_path / "x.gcen"
    bundle.write_bytes(b"x")
    sync = window.section("sync")
    if sync is not None and hasattr(sync, "start_import"):
        called = []
        sync.start_import = lambda p: called.append(p)
        assert window.start_import(bundle) and called == [bundle]
        assert window.current_section() is sync
    else:
        log = answer({"error": None})
        assert not window.start_import(bundle)
        assert log and log[0][0] == "error"


def test_theme_switch_recolours(window, qapp):
    dark = theme.apply_theme(qapp, "dark")
    assert qapp.palette().window().color().name() == dark.window
    light = theme.apply_theme(qapp, "light")
    assert qapp.palette().window().color().name() == light.window
    window.refresh_theme()


def test_preferences_save_theme_language_identity_and_folder(ctx, qtbot, tmp_path):
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    other = next(m for m in ctx.ws.list("member") if m.id != ctx.ws.me)
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("fr"))
    dialog.me_box.setCurrentIndex(dialog.me_box.findData(other.id))
    dialog.folder_edit.setText(str(tmp_path))
    said: list[str] = []
    ctx.sig_status.connect(said.append)
    with qtbot.waitSignal(dialog.sig_theme_changed) as blocker:
        dialog.apply()
    assert blocker.args == ["dark"]
    assert any("restart GCEN Desktop" in text for text in said), said  # the language applies on restart
    fresh = Settings()
    assert (fresh.theme, fresh.language, fresh.shared_folder) == ("dark", "fr", str(tmp_path))
    assert ctx.ws.me == other.id
    assert Exchange(ctx.ws).shared_folder() == tmp_path.resolve()


def test_preferences_refuse_a_missing_shared_folder(ctx, qtbot, tmp_path, answer):
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "not-there"))
    log = answer({"error": None})
    assert dialog.apply() is False
    assert log and "does not exist" in log[0][2]


def test_about_lists_versions(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.versions_label.text()
    for name in ("GCEN Desktop", "Qt", "PySide6", "Python", "SQLite"):
        assert name in text


def test_settings_survive_bad_values(tmp_path):
    s = Settings(tmp_path / "s.ini")
    s._q.setValue("appearance/theme", "purple")
    s._q.setValue("appearance/pseudo_translation", "lots")
    assert s.theme == "system"
    assert s.pseudo_translation == 1.0
    s.set_geometry("main", QByteArray(b"abc"))
    assert s.geometry("main") == QByteArray(b"abc")


def test_first_run_creates_a_workspace(qtbot, tmp_path, answer):
    from gcen_desktop.ui.first_run import FirstRunWindow

    w = FirstRunWindow(tmp_path / "team")
    qtbot.addWidget(w)
    log = answer({"error": None})
    w.create_button.click()  # nothing filled in: a plain message, no workspace
    assert log and not Workspace.exists(tmp_path / "team")
    w.team_edit.setText("Toronto District School Board — GCEN team")
    w.city_edit.setText("Toronto")
    w.name_edit.setText("Sarah Mitchell")
    w.role_box.setCurrentIndex(w.role_box.findData("practitioner_leader"))
    with qtbot.waitSignal(w.sig_workspace_ready, timeout=20000) as blocker:
        w.create_button.click()
    ws, bundle = blocker.args
    try:
        assert bundle is None
        assert ws.info().title == "Toronto District School Board — GCEN team"
        me = ws.get(ws.me)
        assert me.title == "Sarah Mitchell" and me.data["role"] == "practitioner_leader"
        assert ws.label(me.data["city"]) == "Toronto"
    finally:
        ws.close()
    w.close()


def test_first_run_sample(qtbot, tmp_path):
    from gcen_desktop.ui.first_run import FirstRunWindow

    w = FirstRunWindow(tmp_path / "ws")
    qtbot.addWidget(w)
    with qtbot.waitSignal(w.sig_workspace_ready, timeout=30000) as blocker:
        w.sample_button.click()
    sample, _ = blocker.args
    assert sample.count("note") > 5 and sample.me
    sample.close()
    w.close()


@pytest.fixture
def teammates_bundle(tmp_path):
    """A full bundle of a team's workspace whose lead already listed the newcomer, Ji-woo Park."""
    from gcen_desktop.services.bundles import Exchange

    lead = Workspace.new(tmp_path / "lead", "Seoul team", city="Seoul", member="Min-jun Kim")
    lead.create("member", {"name": "Ji-woo Park", "role": "staff"})
    lead.create("note", {"title": "Site visit plan", "body": "Monday: two schools."})
    path = tmp_path / "seoul-full.gcen"
    Exchange(lead).export(path, mode="full")
    lead.close()
    return path


def test_first_run_joins_a_teammates_workspace(qtbot, tmp_path, answer, teammates_bundle):
    from gcen_desktop.ui.first_run import FirstRunWindow

    w = FirstRunWindow(tmp_path / "mine")
    qtbot.addWidget(w)
    log = answer({"error": None})
    w.bundle_button.click()  # no name yet: a plain message, nothing asked
    assert [k for k, *_ in log] == ["error"] and not Workspace.exists(tmp_path / "mine")
    asked = answer({"open_file": str(teammates_bundle), "confirm": True})
    w.name_edit.setText("  ji-woo park ")
    progress = []
    w._joining = lambda done, total: progress.append((done, total))  # noqa: SLF001
    with qtbot.waitSignal(w.sig_workspace_ready, timeout=30000) as blocker:
        w.bundle_button.click()
    ws, bundle = blocker.args
    try:
        assert bundle is None  # joined: nothing left to import
        kind, title, text = asked[1]
        assert kind == "confirm" and "Min-jun Kim" in text and "Seoul team" in text and "key" in text
        assert ws.info().title == "Seoul team" and ws.count("note") == 1
        assert ws.get(ws.me).title == "Ji-woo Park"  # the member the lead listed, not a second one
        assert len(ws.list("member")) == 2
        assert progress and progress[-1][0] == progress[-1][1]
    finally:
        ws.close()
    w.close()


def test_first_run_joins_again_where_a_join_was_interrupted(qtbot, tmp_path, answer, teammates_bundle):
    from gcen_desktop.store.store import JOINING, open_store
    from gcen_desktop.ui.first_run import FirstRunWindow

    # what a join killed before its commit leaves: a store marked as joining
    left = open_store(tmp_path / "mine", create=True)
    with left.write() as conn:
        left._set_meta(conn, "workspace_id", "01900000-0000-7000-8000-000000000000")  # noqa: SLF001
        left._set_meta(conn, JOINING, "1")  # noqa: SLF001
    left.close()
    with pytest.raises(UserError, match="interrupted"):
        Workspace.open(tmp_path / "mine")
    w = FirstRunWindow(tmp_path / "mine")
    qtbot.addWidget(w)
    answer({"open_file": str(teammates_bundle), "confirm": True})
    w.name_edit.setText("Ji-woo Park")
    with qtbot.waitSignal(w.sig_workspace_ready, timeout=30000) as blocker:
        w.bundle_button.click()
    ws, _ = blocker.args
    try:
        assert ws.store.folder == tmp_path / "mine"  # there, not in a second folder beside it
        assert ws.info().title == "Seoul team" and ws.count("note") == 1
    finally:
        ws.close()
    w.close()
    assert not (tmp_path / "mine-2").exists()


def test_first_run_join_adds_a_new_member_and_can_be_declined(qtbot, tmp_path, answer, teammates_bundle):
    from gcen_desktop.ui.first_run import FirstRunWindow

    w = FirstRunWindow(tmp_path / "mine")
    qtbot.addWidget(w)
    answer({"open_file": str(teammates_bundle), "confirm": False})
    w.name_edit.setText("Ana Souza")
    w.bundle_button.click()
    qtbot.waitUntil(lambda: w.bundle_button.isEnabled(), timeout=20000)
    assert not Workspace.exists(tmp_path / "mine")
    answer({"open_file": str(teammates_bundle), "confirm": True})
    w.role_box.setCurrentIndex(w.role_box.findData("practitioner_leader"))
    with qtbot.waitSignal(w.sig_workspace_ready, timeout=30000) as blocker:
        w.bundle_button.click()
    ws, _ = blocker.args
    try:
        me = ws.get(ws.me)
        assert me.title == "Ana Souza" and me.data["role"] == "practitioner_leader"
        assert len(ws.list("member")) == 3
    finally:
        ws.close()
    w.close()


def test_first_run_join_refuses_a_damaged_bundle_plainly(tmp_path, refused_first_run_join):
    _title, text = refused_first_run_join("Me")
    assert "not a GCEN bundle" in text or "incomplete" in text
    assert not Workspace.exists(tmp_path / "mine")


def test_smoke_test_flag_exits_zero(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", GCEN_CONFIG_DIR=str(tmp_path / "cfg"),
               GCEN_STATE_DIR=str(tmp_path / "state"))
    done = subprocess.run([sys.executable, "-m", "gcen_desktop", "--smoke-test"], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


def test_screenshot_flag_writes_pngs(qapp, tmp_path):
    from PySide6.QtGui import QImage

    from gcen_desktop.ui.app import take_screenshots

    paths = take_screenshots(qapp, Settings(tmp_path / "s.ini"), tmp_path / "shots", only=("home", "readings"))
    names = {p.name for p in paths}
    assert names == {"home-light.png", "home-dark.png", "readings-light.png", "readings-dark.png"}
    image = QImage(str(tmp_path / "shots" / "home-dark.png"))
    assert image.width() >= 1000 and image.height() >= 600
    theme.apply_theme(qapp, "light")


def test_shell_paints_the_frame_then_opens_the_workspace(qapp, qtbot, ui_sample_ws, tmp_path):
    import gc

    from gcen_desktop.store.store import DB_NAME
    from gcen_desktop.ui.app import WORKSPACE_DB, Shell
    from gcen_desktop.ui.sections import SECTION_SPECS
    from gcen_desktop.ui.sidebar import placeholder_sections

    assert WORKSPACE_DB == DB_NAME
    assert [k for k, _ in placeholder_sections()] == [m for m, _ in SECTION_SPECS]
    folder = ui_sample_ws.store.folder
    ui_sample_ws.close()
    shell = Shell(qapp, Settings(tmp_path / "s.ini"))
    shell.start(folder)
    frame = shell.window
    assert frame is not None and frame.ctx is None and frame.isVisible()
    assert frame.sidebar_model.rowCount() == len(SECTION_SPECS)
    qtbot.waitUntil(lambda: shell.ctx is not None, timeout=10000)
    assert shell.window is frame and frame.current_section().key == "home"
    assert shell.settings.last_workspace == str(folder)
    qtbot.waitUntil(lambda: all(frame.built(c.key) for c in frame.section_types), timeout=20000)
    shell.close_workspace()
    assert gc.isenabled()


def test_workers_pause_the_cyclic_collector_only_while_jobs_run(ctx, wait_idle):
    import gc

    seen = []
    ctx.workers.run(lambda: seen.append(gc.isenabled()), write=False)
    wait_idle(ctx)
    assert seen == [False] and gc.isenabled()


def test_status_bar_tells_a_damaged_or_read_only_workspace(window, ctx, monkeypatch):
    window.status.refresh()
    assert window.status.state_label.isHidden()
    monkeypatch.setattr(ctx.ws.store, "damaged", True)
    window.status.refresh()
    assert not window.status.state_label.isHidden()
    assert window.status.state_label.text().startswith("Damaged: changes are refused")
    monkeypatch.setattr(ctx.ws.store, "read_only", True)
    window.status.refresh()
    assert window.status.state_label.text().startswith("Read-only:")


def test_status_bar_names_me_and_counts_unshared_changes(window, ctx):
    window.status.refresh()
    me = ctx.ws.label(ctx.ws.me)
    assert window.status.me_label.text() == f"You: {me}"
    assert "not yet shared" in window.status.unshared_label.text()
    assert window.status.exchange_label.text() == "No exchange yet"
