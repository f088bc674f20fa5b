"""The Sync screen: preview dialog and counts, export in one store and import with preview into
another, the report, undo of the import, cancelling, passphrases and teammates."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from gcen_desktop.ui.sync.counts_model import ImportCountsModel
from gcen_desktop.ui.sync.import_preview_dialog import ImportPreviewDialog, group_fingerprint


@dataclass
class PreviewValues:
    """The fields of an import preview, as the exchange service reports them."""

    producer_name: str = "Min-jun Park"
    producer_replica: str = "r-seoul"
    fingerprint: str | None = "ed25519:3f9a0c44b1d2e5f60718293a4b5c6d7e"
    key_known: bool = False
    created_ms: int = 1_790_000_000_000
    workspace_id: str = "w"
    workspace_name: str = "Boston Public Schools — GCEN team"
    kind: str = "incremental"
    counts: dict = field(default_factory=lambda: {
        "note": {"new": 3, "updated": 1, "unchanged": 0, "conflicting": 1, "deleted": 0},
        "action": {"new": 0, "updated": 2, "unchanged": 5, "conflicting": 0, "deleted": 1},
        "link": {"new": 4, "updated": 0, "unchanged": 0, "conflicting": 0, "deleted": 0},
        "reading_item": {"new": 0, "updated": 0, "unchanged": 0, "conflicting": 0, "deleted": 0},
    })
    warnings: list = field(default_factory=lambda: ["This is the first bundle signed with this key."])
    already_imported_on: str | None = None


def test_counts_model_hides_empty_types_and_groups_links(qtmodeltester):
    model = ImportCountsModel(PreviewValues().counts)
    qtmodeltester.check(model)
    labels = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert labels == ["Action", "Note", "Links, tags and statuses"]
    assert model.total("new") == 7 and model.total("conflicting") == 1
    assert model.index(0, 2).data() == "2" and model.index(0, 1).data() == "·"


def test_preview_dialog_shows_sender_counts_warnings_and_trust_question(qtbot):
    preview = PreviewValues()
    dialog = ImportPreviewDialog(preview, "from-minjun.gcen")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Import from-minjun.gcen"
    assert dialog.summary.text() == "7 new, 3 updated, 1 deleted; 1 will need a decision in Conflicts."
    assert "first bundle" in dialog.warnings.text()
    assert not dialog.trust_new_key()
    dialog.trust.setChecked(True)
    assert dialog.trust_new_key()
    assert group_fingerprint(preview.fingerprint).startswith("3F9A 0C44")
    assert group_fingerprint("3F9A 0C44 B1D2 E5F6") == "3F9A 0C44 B1D2 E5F6"  # already grouped

    known = PreviewValues(key_known=True, warnings=[], already_imported_on="2026-11-02 10:15")
    again = ImportPreviewDialog(known, "x.gcen")
    qtbot.addWidget(again)
    again.trust.setChecked(True)
    assert not again.trust_new_key()
    assert "already imported on 2026-11-02 10:15" in again.summary.text()


def test_sync_screen_opens_on_the_sample_workspace(ctx, qtbot):
    from gcen_desktop.ui.sync.exchange_access import exchange_class

    section = _sync_section(ctx, qtbot)
    assert section.import_bundle == section.start_import
    if exchange_class() is None:
        assert "cannot exchange bundles" in section.status.text()
        assert not section.import_panel.isEnabled()
    else:
        assert "not shared yet" in section.status.text()  # the sample team was never exported
        assert section.peers_panel.model.rowCount() == 0
        assert section.peers_panel.empty.isVisibleTo(section.peers_panel)


@pytest.fixture
def other_ctx(qapp, tmp_path):
    """A second store of the same workspace (a teammate's laptop), empty but for its member."""
    pytest.importorskip("gcen_desktop.services.exchange")  # the bundle service lands separately
    from gcen_desktop.services import Workspace
    from gcen_desktop.ui.context import AppContext
    from gcen_desktop.ui.settings import Settings

    yield_ws = None

    def make(workspace_id: str):
        nonlocal yield_ws
        yield_ws = Workspace.new(tmp_path / "teammate", "Boston Public Schools — GCEN team", city="Boston",
                                 member="Min-jun Park", role="content_expert", workspace_id=workspace_id)
        return AppContext(yield_ws, settings=Settings())

    contexts = []

    def factory(workspace_id: str):
        c = make(workspace_id)
        contexts.append(c)
        return c

    yield factory
    for c in contexts:
        c.shutdown()
        c.undo_stack.clear()
    if yield_ws is not None:
        yield_ws.close()


def _sync_section(ctx, qtbot):
    from gcen_desktop.ui.sections.sync import SyncSection

    section = SyncSection(ctx)
    qtbot.addWidget(section)
    section.resize(1200, 800)
    section.show()
    return section


def _export(section, ctx, answer, wait_idle, path: Path, mode: str = "full"):
    getattr(section.export_panel, mode).setChecked(True)
    answer({"save_file": str(path)})
    section.export_panel.export()
    wait_idle(ctx)
    assert path.exists(), section.export_panel.result.text()
    return path


def test_export_in_one_store_import_with_preview_into_another_then_undo(ctx, other_ctx, qtbot, answer,
                                                                       wait_idle, tmp_path):
    source = _sync_section(ctx, qtbot)
    bundle = _export(source, ctx, answer, wait_idle, tmp_path / "team.gcen")
    assert "safe to remove" in source.export_panel.result.text()

    theirs = other_ctx(ctx.ws.workspace_id)
    target = _sync_section(theirs, qtbot)
    notes_before = theirs.ws.count("note")
    seen = {}

    def look_and_accept(title, text, dialog):
        assert isinstance(dialog, ImportPreviewDialog)
        seen["new"] = dialog.model.total("new")
        seen["types"] = [dialog.model.rows[r][0] for r in range(dialog.model.rowCount())]
        return ImportPreviewDialog.DialogCode.Accepted.value

    answer({"dialog": look_and_accept, "confirm": True})
    target.start_import(bundle)
    wait_idle(theirs)
    qtbot.waitUntil(lambda: target.flow is None, timeout=10000)
    wait_idle(theirs)
    assert seen["new"] > 0 and "note" in seen["types"]
    assert theirs.ws.count("note") == ctx.ws.count("note") > notes_before
    assert "brought in" in target.import_panel.report_title.text()
    assert target.import_panel.undo_button.isEnabled()
    assert target.peers_panel.model.rowCount() >= 1

    target.undo_last_import()
    wait_idle(theirs)
    assert theirs.ws.count("note") == notes_before
    assert target.import_panel.report_title.text() == ""


def test_cancelling_the_preview_changes_nothing(ctx, other_ctx, qtbot, answer, wait_idle, tmp_path):
    source = _sync_section(ctx, qtbot)
    bundle = _export(source, ctx, answer, wait_idle, tmp_path / "team.gcen")
    theirs = other_ctx(ctx.ws.workspace_id)
    target = _sync_section(theirs, qtbot)
    before = theirs.ws.store.dump()
    answer({"dialog": 0})
    target.start_import(bundle)
    qtbot.waitUntil(lambda: target.flow is None, timeout=10000)
    wait_idle(theirs)
    assert theirs.ws.store.dump() == before


def test_passphrase_protected_bundle_asks_for_the_passphrase(ctx, other_ctx, qtbot, answer, wait_idle, tmp_path):
    source = _sync_section(ctx, qtbot)
    source.export_panel.encrypt_pass.setChecked(True)
    source.export_panel.full.setChecked(True)
    path = tmp_path / "secret.gcen"
    answer({"text": "correct horse battery", "save_file": str(path)})
    source.export_panel.export()
    wait_idle(ctx)
    assert path.exists()
    theirs = other_ctx(ctx.ws.workspace_id)
    target = _sync_section(theirs, qtbot)
    log = answer({"text": "correct horse battery", "dialog": 1})
    target.start_import(path)
    qtbot.waitUntil(lambda: target.flow is None, timeout=15000)
    wait_idle(theirs)
    assert [k for k, _t, _x in log][:2] == ["text", "dialog"]
    assert theirs.ws.count("note") == ctx.ws.count("note")


def test_a_file_that_is_not_a_bundle_gives_one_plain_message(ctx, qtbot, answer, wait_idle, tmp_path):
    pytest.importorskip("gcen_desktop.services.exchange")
    section = _sync_section(ctx, qtbot)
    bad = tmp_path / "notes.gcen"
    bad.write_text("not a bundle")
    before = ctx.ws.store.dump()
    log = answer({"error": None})
    section.start_import(bad)
    qtbot.waitUntil(lambda: section.flow is None, timeout=10000)
    wait_idle(ctx)
    assert [k for k, _t, _x in log] == ["error"]
    assert "Traceback" not in log[0][2]
    assert ctx.ws.store.dump() == before
