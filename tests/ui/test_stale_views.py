"""Views that must follow what changed underneath them: a plan's evidence after an undo, the Sync
screen's last-import lines after its conflicts are settled or its sender's key is trusted."""

from __future__ import annotations

from gcen_desktop.services.bundles import ImportReport
from gcen_desktop.services.changes import ChangeSet
from gcen_desktop.ui.commands import DeleteRecordCommand


def test_the_evidence_list_shows_a_reading_again_when_its_deletion_is_undone(ctx, qtbot, wait_idle):
    from gcen_desktop.ui.sections.plans import PlansSection

    section = PlansSection(ctx)
    qtbot.addWidget(section)
    section.show()
    panel = section.editor.evidence
    before = panel.model.ids()
    reading = next(r for r in before if ctx.ws.get(r).type == "reading_item")
    ctx.undo_stack.push(DeleteRecordCommand(ctx, reading, "Delete reading"))
    wait_idle(ctx)
    assert reading not in panel.model.ids()
    ctx.undo_stack.undo()
    wait_idle(ctx)
    assert panel.model.ids() == before


def _report(rec: str, fingerprint: str) -> ImportReport:
    return ImportReport(
        producer_name="Min-jun Park", producer_replica="r-seoul", fingerprint=fingerprint, key_known=False,
        created_ms=1_790_000_000_000, workspace_id="w", workspace_name="Boston", kind="incremental",
        counts={"note": {"new": 0, "updated": 1, "unchanged": 0, "conflicting": 1, "deleted": 0}},
        warnings=[f"This is the first bundle signed by the key {fingerprint} (Min-jun Park); check the "
                  "fingerprint with that teammate before trusting it."],
        already_imported_on=None, changes=ChangeSet(updated={rec}, types={"note"}))


def test_the_last_import_line_follows_its_conflicts_and_the_trust_of_its_key(ctx, qtbot, wait_idle):
    from gcen_desktop.ui.sections.sync import SyncSection

    note = ctx.ws.list("note", limit=1)[0]
    # the imported note now disagrees with a teammate's version: a real conflict in the store
    shown = ctx.ws.shown(note.id)[1]
    ctx.ws.edit(note.id, {"title": "Mine"}, shown=shown)
    ctx.ws.edit(note.id, {"title": "Theirs"}, shown=shown)
    assert ctx.ws.get(note.id).conflicts
    section = SyncSection(ctx)
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: not ctx.workers.busy, timeout=30000)  # its background reads
    fp = "ed25519:3f9a0c44b1d2e5f60718293a4b5c6d7e"
    report = _report(note.id, fp)
    section._on_flow_imported(report)
    assert "1 needs a decision" in section.import_panel.report_title.text()
    assert "first bundle signed" in section.import_panel.report_warnings.text()

    ctx.run_write(lambda: ctx.ws.resolve(note.id, "title", "Mine"))
    wait_idle(ctx)
    assert "need a decision" not in section.import_panel.report_title.text()

    from gcen_desktop.sync import knowledge

    with ctx.ws.store.write() as conn:  # the key and store the bundle came from, as its import left them
        knowledge.add_key(conn, fp, "cHVibGlj", None, "Min-jun Park")
        knowledge.add_peer(conn, "r-seoul", "Min-jun Park", fp)
        knowledge.trust_key(conn, fp)
    section.refresh(None)  # as after "Trust this key" in the Teammates card
    assert "first bundle signed" not in section.import_panel.report_warnings.text()
    wait_idle(ctx)
