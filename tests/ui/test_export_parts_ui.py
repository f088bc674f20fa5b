"""The Sync screen's export of a workspace larger than one bundle may be: saved as several files,
and the screen names them and says what to do with them (sync/parts.py)."""

from __future__ import annotations

from gcen_desktop.sync.limits import Limits

from .test_status_bar import _sync_section

TINY = Limits(file_bytes=20_000, total_bytes=20_000, events_member_bytes=8_000)


def test_an_export_cut_into_parts_names_its_files(ctx, qtbot, answer, wait_idle, tmp_path, monkeypatch):
    from gcen_desktop.services import bundles

    monkeypatch.setattr(bundles, "DEFAULT_LIMITS", TINY)
    for i in range(12):
        ctx.call(lambda i=i: ctx.ws.create("note", {"title": f"Visit {i}", "body": f"day {i}\n" + "z" * 1500}))
    section = _sync_section(ctx, qtbot)
    section.export_panel.full.setChecked(True)
    answer({"save_file": str(tmp_path / "all.gcen")})
    section.export_panel.export_button.click()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    written = sorted(tmp_path.glob("all-*-of-*.gcen"))
    text = section.export_panel.result.text()
    assert len(written) >= 2 and not (tmp_path / "all.gcen").exists(), text
    n = len(written)
    assert f"saved as {n} files, all-1-of-{n}.gcen to all-{n}-of-{n}.gcen" in text
    assert "send all of them" in text


def test_joining_with_a_part_asks_for_the_other_files_too(qtbot, tmp_path):
    """A newcomer handed the first of three files joins with it; the question says the others
    follow (an export cut into parts is named <name>-<k>-of-<n>.gcen)."""
    from gcen_desktop.services import Workspace, joining
    from gcen_desktop.services.bundles import Exchange
    from gcen_desktop.ui.first_run import FirstRunWindow

    ws = Workspace.new(tmp_path / "ana", "Team", member="Ana")
    try:
        Exchange(ws).export(tmp_path / "team-1-of-3.gcen", mode="full")
        Exchange(ws).export(tmp_path / "team.gcen", mode="full")
    finally:
        ws.close()
    window = FirstRunWindow(tmp_path / "mine")
    qtbot.addWidget(window)
    part = tmp_path / "team-1-of-3.gcen"
    question = window._join_question(joining.describe(part), part)
    assert "file 1 of 3 of one export" in question and "import the other files of it too" in question
    whole = tmp_path / "team.gcen"
    assert "of one export" not in window._join_question(joining.describe(whole), whole)
