"""The Sync screen: preview dialog and counts, export in one store and import with preview into
another, the report, undo of the import, cancelling, passphrases and teammates."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from gcen_desktop.services.bundles import Exchange
from gcen_desktop.ui.sharing.counts_model import ImportCountsModel
from gcen_desktop.ui.sharing.import_preview_dialog import ImportPreviewDialog, group_fingerprint


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
    vouched: bool = False


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
    # a new teammate's signed bundle can be imported once without trusting the key, or trusted
    assert dialog.import_button.isEnabled() and dialog.import_once()
    assert dialog.import_button.text() == "Import once without trusting" and dialog.once_note.isVisibleTo(dialog)
    dialog.trust.setChecked(True)
    assert dialog.trust_new_key() and not dialog.import_once()
    assert dialog.import_button.isEnabled() and dialog.import_button.text() == "Trust the key and import"
    assert group_fingerprint(preview.fingerprint).startswith("3F9A 0C44")
    assert group_fingerprint("3F9A 0C44 B1D2 E5F6") == "3F9A 0C44 B1D2 E5F6"  # already grouped

    known = PreviewValues(key_known=True, vouched=True, warnings=[], already_imported_on="2026-11-02 10:15")
    again = ImportPreviewDialog(known, "x.gcen")
    qtbot.addWidget(again)
    again.trust.setChecked(True)
    assert not again.trust_new_key()
    assert again.import_button.isEnabled()
    assert "already imported on 2026-11-02 10:15" in again.summary.text()


def test_sync_screen_opens_on_the_sample_workspace(ctx, qtbot):
    section = _sync_section(ctx, qtbot)
    assert section.import_bundle == section.start_import
    assert section.status.text().startswith("No bundles exchanged yet")  # the sample was never exported
    assert "not shared with anyone yet" in section.export_panel.unshared.text()
    assert section.peers_panel.model.rowCount() == 0
    assert section.peers_panel.empty.isVisibleTo(section.peers_panel)


@pytest.fixture
def other_ctx(qapp, tmp_path):
    """A second store of the same workspace (a teammate's laptop), empty but for its member."""
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
    # the screen reads its identity and what would be published in the background
    qtbot.waitUntil(lambda: not ctx.workers.busy, timeout=30000)
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
        seen["trust_asked"] = dialog.needs_trust
        dialog.trust.setChecked(True)
        seen["new"] = dialog.model.total("new")
        seen["types"] = [dialog.model.rows[r][0] for r in range(dialog.model.rowCount())]
        return ImportPreviewDialog.DialogCode.Accepted.value

    answer({"dialog": look_and_accept, "confirm": True})
    target.start_import(bundle)
    wait_idle(theirs)
    qtbot.waitUntil(lambda: target.flow is None, timeout=10000)
    wait_idle(theirs)
    assert seen["new"] > 0 and "note" in seen["types"]
    assert seen["trust_asked"]  # the first signed bundle from that store
    assert theirs.ws.count("note") == ctx.ws.count("note") > notes_before
    assert "brought in" in target.import_panel.report_title.text()
    assert target.import_panel.undo_button.isEnabled()
    assert target.peers_panel.model.rowCount() >= 1

    target.undo_last_import()
    wait_idle(theirs)
    assert theirs.ws.count("note") == notes_before
    assert target.import_panel.report_title.text() == ""


def test_a_new_teammates_bundle_is_imported_once_without_trusting_its_key(ctx, other_ctx, qtbot, answer,
                                                                          wait_idle, tmp_path):
    source = _sync_section(ctx, qtbot)
    bundle = _export(source, ctx, answer, wait_idle, tmp_path / "team.gcen")
    theirs = other_ctx(ctx.ws.workspace_id)
    target = _sync_section(theirs, qtbot)
    seen = {}

    def once(title, text, dialog):
        seen["button"] = dialog.import_button.text()
        seen["note"] = dialog.once_note.isVisibleTo(dialog)
        return ImportPreviewDialog.DialogCode.Accepted.value  # the key left unticked

    answer({"dialog": once})
    target.start_import(bundle)
    qtbot.waitUntil(lambda: target.flow is None, timeout=10000)
    wait_idle(theirs)
    assert seen == {"button": "Import once without trusting", "note": True}
    assert theirs.ws.count("note") == ctx.ws.count("note")
    ex = Exchange(theirs.ws)
    assert not any(p.trusted for p in ex.peers())  # imported once: no key trusted, nothing learned


def test_a_bundle_swapped_after_its_preview_is_not_imported(ctx, other_ctx, qtbot, answer, wait_idle, tmp_path):
    source = _sync_section(ctx, qtbot)
    bundle = _export(source, ctx, answer, wait_idle, tmp_path / "team.gcen")
    theirs = other_ctx(ctx.ws.workspace_id)
    target = _sync_section(theirs, qtbot)
    before = theirs.ws.store.dump()
    errors = []

    def swap_then_trust(title, text, dialog):
        ctx.ws.create("note", {"title": "slipped in after the preview"})
        Exchange(ctx.ws).export(bundle, mode="full")  # the file changes while the dialog is open
        dialog.trust.setChecked(True)
        return ImportPreviewDialog.DialogCode.Accepted.value

    answer({"dialog": swap_then_trust, "error": lambda title, text: errors.append(text)})
    target.start_import(bundle)
    qtbot.waitUntil(lambda: target.flow is None, timeout=10000)
    wait_idle(theirs)
    assert theirs.ws.store.dump() == before
    assert any("changed after its preview" in e for e in errors)


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
    log = answer({"text": "correct horse battery",
                  "dialog": lambda t, x, dialog: (dialog.trust.setChecked(True), 1)[1]})
    target.start_import(path)
    # scrypt (age's passphrase protection) runs for the preview and the import: seconds each, many
    # more on a loaded machine; the wait is a bound, not a measure
    qtbot.waitUntil(lambda: target.flow is None, timeout=90000)
    wait_idle(theirs)
    assert [k for k, _t, _x in log][:2] == ["text", "dialog"]
    assert theirs.ws.count("note") == ctx.ws.count("note")


def test_a_file_that_is_not_a_bundle_gives_one_plain_message(ctx, qtbot, answer, wait_idle, tmp_path):
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


def test_shared_folder_exchange_and_trusting_a_teammates_key(ctx, other_ctx, qtbot, answer, wait_idle, tmp_path):
    folder = tmp_path / "team-drive"
    folder.mkdir()
    ours = _sync_section(ctx, qtbot)
    answer({"folder": str(folder)})
    ours.folder_panel.choose()
    wait_idle(ctx)
    qtbot.waitUntil(lambda: not ours.folder_panel._busy, timeout=10000)
    wait_idle(ctx)
    assert ours.folder_panel.timer.isActive()
    assert [p.suffix for p in folder.iterdir()] == [".gcen"]

    theirs = other_ctx(ctx.ws.workspace_id)
    target = _sync_section(theirs, qtbot)
    target.folder_panel.choose()
    wait_idle(theirs)
    qtbot.waitUntil(lambda: not target.folder_panel._busy, timeout=10000)
    wait_idle(theirs)
    # signed by a key this store does not know: not imported, but the teammate is listed to trust
    assert theirs.ws.count("note") < ctx.ws.count("note")
    assert target.peers_panel.model.rowCount() == 1
    target.peers_panel.table.selectRow(0)
    assert target.peers_panel.trust_button.isEnabled()
    target.peers_panel.trust_button.click()
    wait_idle(theirs)
    target.folder_panel.sync_now()
    wait_idle(theirs)
    assert theirs.ws.count("note") == ctx.ws.count("note")
    assert target.peers_panel.model.rows[0].trusted
    assert target.folder_panel.last.text() == "Last sync brought in one bundle."

    target.folder_panel.stop_using()
    wait_idle(theirs)
    assert not target.folder_panel.timer.isActive()
    ours.shutdown()
    assert not ours.folder_panel.timer.isActive()


def test_the_shared_folder_shows_what_waits_for_a_decision_and_opens_it(ctx, other_ctx, qtbot, answer, wait_idle,
                                                                          tmp_path):
    folder = tmp_path / "team-drive"
    folder.mkdir()
    Exchange(ctx.ws).export(folder / "ana.gcen", mode="full")  # signed by a key the other store does not trust
    theirs = other_ctx(ctx.ws.workspace_id)
    target = _sync_section(theirs, qtbot)
    answer({"folder": str(folder)})
    target.folder_panel.choose()
    wait_idle(theirs)
    qtbot.waitUntil(lambda: not target.folder_panel._busy, timeout=10000)
    wait_idle(theirs)
    qtbot.waitUntil(lambda: target.folder_panel.held.isVisibleTo(target), timeout=10000)
    text = target.folder_panel.held.text()
    assert "ana.gcen" in text and "does not trust yet" in text
    assert theirs.ws.count("note") < ctx.ws.count("note")
    errors: list[str] = []
    answer({"dialog": ImportPreviewDialog.DialogCode.Accepted.value, "error": lambda t, x: errors.append(x)})  # look, import once
    target.folder_panel.review_button.click()
    qtbot.waitUntil(lambda: target.flow is None, timeout=10000)
    wait_idle(theirs)
    assert errors == []
    assert theirs.ws.count("note") == ctx.ws.count("note")
    qtbot.waitUntil(lambda: not target.folder_panel.held.isVisibleTo(target), timeout=10000)
    target.folder_panel.stop_using()
    wait_idle(theirs)
    target.shutdown()


def test_encrypt_for_trusted_teammates_round_trip(ctx, other_ctx, qtbot, answer, wait_idle, tmp_path):
    source = _sync_section(ctx, qtbot)
    bundle = _export(source, ctx, answer, wait_idle, tmp_path / "full.gcen")
    theirs = other_ctx(ctx.ws.workspace_id)
    target = _sync_section(theirs, qtbot)
    answer({"dialog": lambda t, x, dialog: (dialog.trust.setChecked(True), 1)[1]})
    target.start_import(bundle)
    qtbot.waitUntil(lambda: target.flow is None, timeout=10000)
    wait_idle(theirs)
    # the teammate now trusts our key, so it can encrypt a bundle that only we can open
    assert target.export_panel.encrypt_keys.isEnabled()
    theirs.ws.create("note", {"title": "Only for the Boston team"})
    target.export_panel.encrypt_keys.setChecked(True)
    secret = _export(target, theirs, answer, wait_idle, tmp_path / "for-boston.gcen", mode="team")
    assert not secret.read_bytes().startswith(b"PK")  # not a readable ZIP: an age file
    answer({"dialog": lambda t, x, dialog: (dialog.trust.setChecked(True), 1)[1]})
    source.start_import(secret)
    qtbot.waitUntil(lambda: source.flow is None, timeout=10000)
    wait_idle(ctx)
    assert ctx.ws.find_by_label("note", "Only for the Boston team") is not None


def test_another_teams_network_bundle_is_offered_as_copies(ctx, other_ctx, qtbot, answer, wait_idle, tmp_path):
    from gcen_desktop.domain.ids import new_id
    from gcen_desktop.services.bundles import Exchange

    practice = ctx.ws.create("practice", {"title": "Shared residency model", "visibility": "network"}).rec
    bundle = tmp_path / "network.gcen"
    Exchange(ctx.ws).export(bundle, mode="full", network_only=True)
    theirs = other_ctx(new_id())  # another city's team: another workspace
    target = _sync_section(theirs, qtbot)

    log = answer({"confirm": False})
    target.start_import(bundle)
    qtbot.waitUntil(lambda: target.flow is None, timeout=10000)
    wait_idle(theirs)
    assert [k for k, _, _ in log] == ["confirm"] and "another team" in log[0][2]
    assert theirs.ws.count("practice") == 0

    answer({"confirm": True})
    target.start_import(bundle)
    qtbot.waitUntil(lambda: target.flow is None, timeout=10000)
    wait_idle(theirs)
    [copy] = theirs.ws.list("practice")
    assert copy.title == "Shared residency model" and copy.id != practice
    assert target.import_panel.undo_button.isEnabled()
    target.undo_last_import()
    wait_idle(theirs)
    assert theirs.ws.count("practice") == 0


def test_teammates_panel_names_a_store_that_sent_two_versions_of_a_change(qtbot):
    from PySide6.QtCore import QLocale

    from gcen_desktop.services.peers import Peer
    from gcen_desktop.ui.sharing.peers_panel import PeersPanel

    panel = PeersPanel()
    qtbot.addWidget(panel)
    panel.show()
    ben = Peer("Ben <b>Okafor</b>", "r-ben", None, False, None, {}, equivocated=1)
    chen = Peer("Chen", "r-chen", None, False, None, {})
    panel.set_peers([chen])
    assert not panel.equivocation.isVisible()
    panel.set_peers([ben, chen])
    assert panel.equivocation.isVisible()
    assert panel.equivocation.text() == (
        "Some of Ben <b>Okafor</b>'s changes arrived in two different versions (Ben <b>Okafor</b>'s store, or a "
        "teammate who passed them on, wrote the other one); every store keeps the same version, and the other is "
        "kept as evidence."
    )
    # a teammate passed another version on: both are named (a name holding "%2" stays as it is)
    ben = Peer("Ben %2", "r-ben", None, False, None, {}, equivocated=2, equivocated_via=["Chen", "Dara"])
    panel.set_peers([ben, chen])
    both = QLocale().createSeparatedList(["Chen", "Dara"])
    assert panel.equivocation.text() == (
        f"Some of Ben %2's changes arrived in two different versions, the second in bundles from {both} "
        "(Ben %2's store or theirs wrote the other one); every store keeps the same version, and the other is "
        "kept as evidence."
    )


def test_an_export_names_what_no_bundle_can_carry(ctx, qtbot, answer, wait_idle, tmp_path):
    """A body written by an older version, too large for a bundle: the export still succeeds and
    its result names the note and the field."""
    from tests.sync.hostile.crafting import older_version_edit

    note = ctx.ws.create("note", {"title": "Pasted log"}).rec
    older_version_edit(ctx.ws, note, {"body": "\x01" * 1_000_000})
    section = _sync_section(ctx, qtbot)
    _export(section, ctx, answer, wait_idle, tmp_path / "team.gcen")
    text = section.export_panel.result.text()
    assert "safe to remove" in text
    assert "stayed here and the rest was sent: Note 'Pasted log': 'Text' is too large" in text


def test_the_new_key_warning_is_translated_with_a_fingerprint_as_the_store_writes_it(qapp, tmp_path):
    from PySide6.QtCore import QTranslator

    from gcen_desktop.sync.keys import fingerprint
    from gcen_desktop.ui.sharing.import_preview_dialog import ImportWarnings

    from ..scripts import load_script

    load_script("translations").compile_qm(["fr"], tmp_path, with_pseudo=False)
    fp = fingerprint("A" * 43 + "=")  # eight groups of four, with spaces
    translator = QTranslator()
    assert translator.load(str(tmp_path / "gcen_fr.qm"))
    qapp.installTranslator(translator)
    try:
        text = ImportWarnings().text(
            f"This is the first bundle signed by the key {fp} (Min-jun); check the fingerprint with that "
            "teammate before trusting it."
        )
    finally:
        qapp.removeTranslator(translator)
    assert text.startswith("C'est le premier paquet signé par la clé " + fp)


def test_a_teammates_key_fingerprint_is_shown_whole_on_a_narrow_screen(qtbot):
    """In Chinese at 1024 px the Teammates table cut the fingerprint ("39B0 E22F …"), which people
    read aloud to each other: the name gives way instead, and keeps its whole text as a tooltip."""
    from types import SimpleNamespace

    from PySide6.QtCore import Qt

    from gcen_desktop.ui.sharing.peers_panel import PeersPanel

    panel = PeersPanel()
    qtbot.addWidget(panel)
    peer = SimpleNamespace(name="Min-jun Park of the Seoul Metropolitan Office of Education", replica="r" * 32,
                           fingerprint="ed25519:" + "39b0e22f" * 4, trusted=False, last_exchange_ms=1_790_000_000_000,
                           equivocated=0)
    panel.set_peers([peer])
    panel.resize(520, 300)
    panel.show()
    table = panel.table
    text = table.model().index(0, 1).data()
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(1) >= table.fontMetrics().horizontalAdvance(text))
    assert table.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == peer.name


def test_the_publish_card_is_read_again_after_a_publication_or_digest_arrives(ctx, qtbot, wait_idle):
    """A digest imported on the Network screen acknowledges records; the Sync screen, hidden then,
    read its publish card again only after some other change."""
    section = _sync_section(ctx, qtbot)
    qtbot.waitUntil(lambda: not ctx.workers.busy)
    loads: list[int] = []
    original = section.publish_panel.load
    section.publish_panel.load = lambda: (loads.append(1), original())[1]
    section.hide()
    ctx.sig_exchanged.emit()  # as the Network screen's import of a digest does
    assert not loads
    section.show()
    assert loads == [1]
    qtbot.waitUntil(lambda: not ctx.workers.busy)


def test_the_import_reports_count_headings_are_never_cut(ctx, qtbot):
    """French showed "Nouveau\\", "nchangés", "Suppriméś": each count column is as wide as the longest
    word of its heading in the theme's bold headings (the heading wraps onto two lines instead)."""
    from types import SimpleNamespace

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontMetrics

    from gcen_desktop.ui.sharing.import_panel import ImportPanel

    panel = ImportPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    report = SimpleNamespace(counts={"note": {"new": 3, "updated": 100000}}, kept_for_newer=0)
    panel.report_model.set_counts(report.counts)
    panel._keep_report_readable()
    header = panel.report_table.horizontalHeader()
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetrics(font)
    for column in range(1, panel.report_model.columnCount()):
        text = str(panel.report_model.headerData(column, Qt.Orientation.Horizontal))
        longest = max(metrics.horizontalAdvance(word) for word in text.split())
        assert header.sectionSize(column) >= longest + 16, text


def _teammates(ctx, tmp_path):
    """Ben and Chen joined the workspace of `ctx` from its full bundle, and each sent it theirs (trusted)."""
    from gcen_desktop.services import joining

    ana = Exchange(ctx.ws)
    full = tmp_path / "full.gcen"
    ana.export(full, mode="full")
    out = []
    for name in ("Ben", "Chen"):
        joined, _ = joining.join(tmp_path / name, full, trust_new_key=True)
        joined.store.set_meta("device_name", name)
        mate = Exchange(joined)
        mate.export(tmp_path / f"{name}.gcen", mode="team")
        ana.import_bundle(tmp_path / f"{name}.gcen", trust_new_key=True)
        out.append(mate)
    return out


def test_a_refused_impersonation_is_named_on_the_teammates_card(empty_ctx, qtbot, answer, wait_idle, tmp_path):
    # A bundle signed by Chen's key that says it is Ben's is refused (nothing stored); the error goes,
    # and the Teammates card still names it: which key, whose, and whom it claimed to be.
    from tests.sync.test_trust import craft

    ctx = empty_ctx
    ben, chen = _teammates(ctx, tmp_path)
    path = craft(tmp_path / "from-ben.gcen", workspace=Exchange(ctx.ws), producer=ben.store.replica, name="Ben",
                 events=[], keys=chen.keys)
    section = _sync_section(ctx, qtbot)
    assert not section.peers_panel.refused.isVisible()
    before = ctx.ws.store.dump()
    errors = []
    answer({"error": lambda title, text: errors.append(text)})
    section.start_import(path)
    qtbot.waitUntil(lambda: section.flow is None, timeout=10000)
    wait_idle(ctx)
    assert ctx.ws.store.dump() == before
    assert len(errors) == 1 and "Ben's store" in errors[0]
    panel = section.peers_panel
    assert panel.refused.isVisible() and panel.dismiss_button.isVisible()
    text = panel.refused.text()
    assert text.startswith("Refused on ") and "(from-ben.gcen)" in text
    assert chen.keys.fingerprint in text
    assert "(Chen)" in text and "Ben's store" in text
    # still named when the screen is made again (the app restarted), until dismissed
    again = _sync_section(ctx, qtbot)
    assert again.peers_panel.refused.text() == text
    again.peers_panel.dismiss_button.click()
    assert not again.peers_panel.refused.isVisible()
    wait_idle(ctx)
    assert ctx.ws.store.dump() == before
    for mate in (ben, chen):
        mate.ws.close()


def test_a_forgery_of_this_stores_own_changes_is_named_on_the_teammates_card(empty_ctx, qtbot, answer, wait_idle,
                                                                              tmp_path):
    # An unsigned bundle saying it is Ben's that claims changes of this very store it never made is
    # refused (nothing stored); the Teammates card names it afterwards, as an impersonation.
    from tests.sync.test_trust import craft

    ctx = empty_ctx
    ben, chen = _teammates(ctx, tmp_path)
    ana = Exchange(ctx.ws)
    path = craft(tmp_path / "future.gcen", workspace=ana, producer=ben.store.replica, name="Ben", events=[],
                 have={ana.store.replica: [[1, 10**9]]})
    section = _sync_section(ctx, qtbot)
    before = ctx.ws.store.dump()
    errors = []
    answer({"error": lambda title, text: errors.append(text)})
    section.start_import(path)
    qtbot.waitUntil(lambda: section.flow is None, timeout=10000)
    wait_idle(ctx)
    assert ctx.ws.store.dump() == before
    assert len(errors) == 1 and "Ben" in errors[0]
    panel = section.peers_panel
    assert panel.refused.isVisible() and panel.dismiss_button.isVisible()
    text = panel.refused.text()
    assert text.startswith("Refused on ") and "(future.gcen)" in text and "Ben" in text and "never made" in text
    for mate in (ben, chen):
        mate.ws.close()
