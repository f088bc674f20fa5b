"""What a newer teammate's version wrote shows without anything broken (SYNC.md, "Versions of the
app on one team"): a choice this version does not know shows as its raw value, read-only; records
of a type it does not know are counted in the import preview as kept for a newer version."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gcen_desktop.ui.plans.action_model import COL_STATUS
from gcen_desktop.ui.sections.plans import PlansSection
from gcen_desktop.ui.sharing.counts_model import ImportCountsModel
from gcen_desktop.ui.sharing.import_preview_dialog import ImportPreviewDialog
from tests.ui.test_sync_ui import PreviewValues


def _set_as_a_newer_version_did(ctx, type_: str, rec: str, fields: dict) -> None:
    """Write values the way an import of a newer teammate's change leaves them (the store takes
    them as they are; this version's forms would refuse them)."""
    with ctx.ws.store.write() as conn:
        ctx.ws.store.set_fields(conn, type_, rec, fields)


def test_a_choice_a_newer_version_added_shows_as_it_is_and_read_only(ctx, qtbot, wait_idle, qtmodeltester):
    section = PlansSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    editor = section.editor
    plan = editor.plan
    goal = next(g for g, _d, total in editor.goals.goal_model.rows if total)
    action = ctx.ws.children(goal.id, "action")[0]
    _set_as_a_newer_version_did(ctx, "action", action.id, {"status": "cancelled"})
    _set_as_a_newer_version_did(ctx, "action_plan", plan.id, {"status": "archived", "stage": "evaluation"})
    editor.set_plan(plan.id)
    editor.goals.select_goal(goal.id)
    editor.goals.action_model.reload()  # (as the screen does when told of the import's changes)
    wait_idle(ctx)

    model = editor.goals.action_model
    row = [r.id for r in model.rows].index(action.id)
    cell = model.index(row, COL_STATUS)
    assert cell.data() == "cancelled"
    assert not model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(row, 0)) & Qt.ItemFlag.ItemIsEditable  # the rest stays editable
    qtmodeltester.check(model)
    # the board has no column for it: the card is in none, and the board shows the others
    on_board = {i for column in editor.board.columns.values() for i in column.model.ids()}
    assert action.id not in on_board and on_board

    status = editor.form.editors["status"]
    assert status.currentData() == "archived" and status.currentText() == "archived"
    assert not status.isEnabled() and "newer version" in status.toolTip()
    # another plan with a status this version knows: the combo is as before
    other = next(p for p in ctx.ws.list("action_plan") if p.id != plan.id)
    editor.set_plan(other.id)
    assert status.isEnabled() and status.findData("archived") < 0
    assert status.currentData() == other.data.get("status")


def test_the_preview_counts_records_of_a_newer_type_as_kept_for_a_newer_version(qtbot, qtmodeltester):
    model = ImportCountsModel(PreviewValues().counts, kept_for_newer=2)
    qtmodeltester.check(model)
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels[-1] == "Kept for a newer version" and model.index(model.rowCount() - 1, 1).data() == "2"
    assert model.total("new") == 7  # not among what this version shows as new

    preview = PreviewValues()
    preview.kept_for_newer = 2  # type: ignore[attr-defined]
    dialog = ImportPreviewDialog(preview, "from-minjun.gcen")
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == model.rowCount()
    assert dialog.summary.text() == "7 new, 3 updated, 1 deleted; 1 will need a decision in Conflicts."


def test_the_app_opening_a_workspace_a_newer_version_migrated_says_to_update(qapp, qtbot, tmp_path, monkeypatch, answer):
    """The window shows one plain sentence (no Alembic error) and the first-run screen; the folder
    is left as it was."""
    from gcen_desktop.ui.app import Shell
    from gcen_desktop.ui.settings import Settings
    from tests.unit.test_store_newer import _as_a_newer_version_left_it, _files

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = tmp_path / "ws"
    _as_a_newer_version_left_it(folder)
    before = _files(folder)
    log = answer({"error": None})
    shell = Shell(qapp, Settings(tmp_path / "s.ini"))
    shell.start(folder)
    qtbot.waitUntil(lambda: shell.first_run is not None, timeout=10000)
    [(kind, title, text)] = log
    assert title == "Could not open the workspace"
    assert "newer version of GCEN Desktop" in text and "update GCEN Desktop" in text and "\n" not in text
    shell.first_run.workers.wait(30000)
    shell.first_run.close()
    assert shell.ctx is None
    # (the first-run screen's look at the folder opens the database read-only: SQLite leaves its WAL files, empty)
    assert not (folder / "workspace.sqlite3-wal").stat().st_size
    assert {n: h for n, h in _files(folder).items() if not n.endswith(("-wal", "-shm"))} == before
