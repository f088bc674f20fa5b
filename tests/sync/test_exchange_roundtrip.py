"""Bundle exchange between stores: incremental, relay, twice, out of order, stale, joining."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.sync.times import now_ms

from .exchange_kit import close_all, event_set, send, team


@pytest.fixture
def trio(tmp_path):
    stores = team(tmp_path, 3)
    yield stores
    close_all(stores)


def test_join_gives_the_same_view_and_workspace(trio):
    a, b, c = trio
    assert b.ws.workspace_id == a.ws.workspace_id
    assert b.store.dump() == a.store.dump() == c.store.dump()
    assert b.store.replica != a.store.replica
    # no second workspace record was written by joining
    assert len(b.ws.list("member")) == 1
    assert b.store.check() == []


def test_incremental_round_trip_both_ways(trio, tmp_path):
    a, b, _ = trio
    n = a.ws.create("note", {"title": "Site visit", "body": "one\ntwo\n"}).rec
    rep = send(a, b, tmp_path)
    assert rep.counts["note"]["new"] == 1
    b.ws.edit(n, {"title": "Site visit (Shanghai)"})
    rep = send(b, a, tmp_path)
    assert rep.counts["note"]["updated"] == 1
    assert a.ws.get(n).title == "Site visit (Shanghai)"
    assert a.store.dump() == b.store.dump()
    # a peer export now carries only what b is not known to hold
    a.ws.edit(n, {"body": "one\ntwo\nthree\n"})
    path = tmp_path / "inc.gcen"
    result = a.export(path, mode="peer", peer=b.store.replica)
    assert result.event_count == 1
    assert b.import_bundle(path).applied == 1
    assert a.store.dump() == b.store.dump()


def test_relay_a_to_b_to_c(trio, tmp_path):
    a, b, c = trio
    send(c, b, tmp_path)  # b learns what c holds
    n = a.ws.create("note", {"title": "From Ana"}).rec
    send(a, b, tmp_path)
    send(b, c, tmp_path, mode="peer")  # c never sees a's bundle
    assert c.ws.get(n).title == "From Ana"
    m = a.ws.create("note", {"title": "Again"}).rec
    send(a, b, tmp_path)
    send(b, c, tmp_path)  # a team bundle: the minimum over a and c
    assert c.ws.get(m).title == "Again"
    assert event_set(a) == event_set(b) == event_set(c)


def test_same_bundle_twice_says_already_imported(trio, tmp_path):
    a, b, _ = trio
    a.ws.create("note", {"title": "x"})
    path = tmp_path / "one.gcen"
    a.export(path, mode="full")
    first = b.import_bundle(path)
    assert first.applied == 1 and first.already_imported_on is None
    before = b.store.dump()
    again = b.import_bundle(path)
    assert again.already_imported_on is not None and not again.changes
    assert b.preview(path).already_imported_on == again.already_imported_on
    assert b.store.dump() == before


def test_out_of_order_and_stale(trio, tmp_path):
    a, b, c = trio
    n = a.ws.create("note", {"title": "v1"}).rec
    first = tmp_path / "first.gcen"
    a.export(first, mode="full")
    a.ws.edit(n, {"title": "v2"})
    second = tmp_path / "second.gcen"
    a.export(second, mode="full")
    # b gets the newer one first, then the stale one
    assert b.import_bundle(second).counts["note"]["new"] == 1
    before = b.store.dump()
    stale = b.import_bundle(first)
    assert stale.applied == 0 and b.store.dump() == before
    assert any("already here" in w for w in stale.warnings)
    # c the other way round ends the same
    c.import_bundle(first)
    c.import_bundle(second)
    assert c.store.dump() == b.store.dump()
    assert c.ws.get(n).title == "v2"


def test_missing_prerequisites_apply_and_are_reported(trio, tmp_path):
    a, b, c = trio
    n = a.ws.create("note", {"title": "first"}).rec
    send(a, b, tmp_path)
    send(b, a, tmp_path)  # a learns what b holds
    a.ws.edit(n, {"body": "second"})
    inc = tmp_path / "inc.gcen"
    a.export(inc, mode="peer", peer=b.store.replica)
    # c lacks the note's creation that the incremental bundle assumes
    report = c.import_bundle(inc)
    assert report.missing and any("full bundle" in w for w in report.warnings)
    assert report.applied == 1
    send(a, c, tmp_path, mode="full")
    assert c.store.dump() == a.store.dump()


def test_other_workspace_is_refused_and_nothing_changes(trio, tmp_path):
    a, _, _ = trio
    other = Exchange(Workspace.new(tmp_path / "other", "Other team"))
    other.ws.create("note", {"title": "elsewhere"})
    path = tmp_path / "other.gcen"
    other.export(path, mode="full")
    before = a.store.dump()
    with pytest.raises(UserError, match="another workspace"):
        a.import_bundle(path, trust_new_key=True)
    with pytest.raises(UserError, match="another workspace"):
        a.preview(path)
    assert a.store.dump() == before
    other.ws.close()


def test_unknown_key_needs_trust(tmp_path):
    a = Exchange(Workspace.new(tmp_path / "a", "Team", member="Ana"))
    path = tmp_path / "full.gcen"
    a.export(path, mode="full")
    b_ws, _ = joining.join(tmp_path / "b", path, trust_new_key=True)
    b = Exchange(b_ws)
    b.ws.create("note", {"title": "from b"})
    out = tmp_path / "b.gcen"
    b.export(out, mode="full")
    preview = a.preview(out)
    assert preview.signed and not preview.key_known and preview.fingerprint == b.keys.fingerprint
    assert any("first bundle signed" in w for w in preview.warnings)
    before = a.store.dump()
    with pytest.raises(UserError, match="does not trust"):
        a.import_bundle(out)
    assert a.store.dump() == before
    report = a.import_bundle(out, trust_new_key=True)
    assert report.applied == 1
    (peer,) = a.peers()
    assert peer.trusted and peer.fingerprint == b.keys.fingerprint
    # the next bundle from the same key needs no confirmation
    b.ws.create("note", {"title": "again"})
    out2 = tmp_path / "b2.gcen"
    b.export(out2)
    assert a.preview(out2).key_known
    assert a.import_bundle(out2).applied == 1
    a.ws.close()
    b.ws.close()


def test_unsigned_bundle_is_imported_only_once_and_only_for_unknown_teammates(trio, tmp_path):
    a, b, _ = trio
    a.ws.create("note", {"title": "unsigned"})
    path = tmp_path / "u.gcen"
    a.export(path, sign=False)
    before = b.store.dump()
    with pytest.raises(UserError, match="not signed"):  # no decision, no import
        b.import_bundle(path)
    preview = b.preview(path)
    assert not preview.vouched and any("not signed" in w for w in preview.warnings)
    # Ana is a known teammate: an unsigned file cannot speak for her store
    assert preview.left_out == {"Ana": 1}
    report = b.import_bundle(path, once=True)
    assert not report.signed and report.applied == 0 and report.left_out == {"Ana": 1}
    assert b.store.dump() == before


def test_encrypted_to_teammate_and_passphrase(trio, tmp_path):
    a, b, c = trio
    a.ws.create("note", {"title": "secret plan"})
    to_b = tmp_path / "to_b.gcen"
    a.export(to_b, recipients=[b.keys.age_recipient])
    assert b.import_bundle(to_b).applied == 1
    with pytest.raises(UserError):
        c.import_bundle(to_b)
    pw = tmp_path / "pw.gcen"
    a.export(pw, passphrase="correct horse battery")
    with pytest.raises(UserError):
        c.import_bundle(pw, passphrase="wrong")
    assert c.import_bundle(pw, passphrase="correct horse battery").applied == 1


def test_clock_far_ahead_is_clamped_and_warned(trio, tmp_path):
    a, b, _ = trio
    a.store.clock.now_ms = lambda: now_ms() + 3 * 24 * 3600 * 1000
    a.ws.create("note", {"title": "from the future"})
    report = send(a, b, tmp_path)
    assert any("ahead" in w for w in report.warnings)
    # b's clock moved at most 24 h ahead, and its next edit still sorts after its own past
    wall = b.store.clock.wall
    assert wall <= now_ms() + 24 * 3600 * 1000 + 1000
    assert any(w.startswith("The sender's clock") for w in report.warnings)


def test_progress_cancel_leaves_store_unchanged(trio, tmp_path):
    a, b, _ = trio
    for i in range(30):
        a.ws.create("note", {"title": f"n{i}"})
    path = tmp_path / "many.gcen"
    a.export(path, mode="full")
    before = b.store.dump()
    with pytest.raises(UserError, match="ancel"):
        b.import_bundle(path, progress=lambda done, total: False)
    assert b.store.dump() == before
    assert b.import_bundle(path).applied == 30


def test_failed_join_removes_only_what_it_made(tmp_path):
    a = Exchange(Workspace.new(tmp_path / "a", "Team", member="Ana"))
    path = tmp_path / "full.gcen"
    a.export(path, mode="full")
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(UserError, match="does not trust"):
        joining.join(folder, path)  # the key is not trusted yet
    assert sorted(p.name for p in folder.iterdir()) == ["notes.txt"]
    ws, report = joining.join(folder, path, trust_new_key=True)
    assert report.applied > 0
    assert not Exchange(ws).can_undo_import()  # a new replica has nothing to go back to
    ws.close()
    a.ws.close()


def test_describe_tells_what_a_bundle_says_of_itself_without_reading_its_attachments(tmp_path, monkeypatch):
    from gcen_desktop.sync.reader import bundle as bundle_reader

    a = Exchange(Workspace.new(tmp_path / "a", "Toronto team", member="Ana"))
    note = a.ws.create("note", {"title": "Visit", "body": "x"}).rec
    pdf = tmp_path / "residency.pdf"
    pdf.write_bytes(b"%PDF-1.4 " + bytes(range(256)) * 400)
    a.ws.attach(note, pdf)
    bundle = tmp_path / "full.gcen"
    a.export(bundle, mode="full")
    read_blobs = []
    real = bundle_reader._read_blob
    monkeypatch.setattr(bundle_reader, "_read_blob", lambda *args: read_blobs.append(args[1].name) or real(*args))
    info = joining.describe(bundle)
    assert read_blobs == []
    assert (info.producer_name, info.workspace_id, info.workspace_name) == ("Ana", a.ws.workspace_id, "Toronto team")
    assert info.fingerprint == a.keys.fingerprint
    ws, report = joining.join(tmp_path / "b", bundle, trust_new_key=True)
    assert len(read_blobs) == 1 and report.counts["attachment"]["new"] == 1
    assert ws.store.dump() == a.store.dump()
    ws.close()
    a.ws.close()


def test_a_bundle_swapped_after_it_was_checked_is_not_joined(tmp_path):
    """The newcomer trusts the key `describe` showed; a file replaced since (another sender's
    bundle of the same name) must not be joined with that trust."""
    a = Exchange(Workspace.new(tmp_path / "a", "Toronto team", member="Ana"))
    a.ws.create("note", {"title": "Visit", "body": "x"})
    bundle = tmp_path / "full.gcen"
    a.export(bundle, mode="full")
    info = joining.describe(bundle)
    assert info.bundle_id
    mallory = Exchange(Workspace.new(tmp_path / "m", "Toronto team", member="Mallory"))
    mallory.export(bundle, mode="full")
    with pytest.raises(UserError, match="changed after you checked it"):
        joining.join_as(tmp_path / "b", bundle, name="Ben", trust_new_key=True, checked=info)
    assert not (tmp_path / "b").exists()
    a.export(bundle, mode="full")  # the sender's bundle again, but another one: also checked again
    with pytest.raises(UserError, match="changed after you checked it"):
        joining.join_as(tmp_path / "b", bundle, name="Ben", trust_new_key=True, checked=info)
    ws, _ = joining.join_as(tmp_path / "b", bundle, name="Ben", trust_new_key=True,
                            checked=joining.describe(bundle))
    assert ws.workspace_id == a.ws.workspace_id
    ws.close()
    a.ws.close()
    mallory.ws.close()


def test_changes_not_yet_in_any_bundle_are_counted_until_an_export_carries_them(trio, tmp_path):
    a, b, _ = trio
    a.export(tmp_path / "first.gcen", mode="full")
    assert a.unexported_count() == 0
    n = a.ws.create("note", {"title": "Site visit"}).rec
    a.ws.create("note", {"title": "Debrief"})
    assert a.unexported_count() == 2
    assert a.unshared_count() >= 2  # no teammate is known to hold them either
    a.export(tmp_path / "team.gcen", mode="team")
    assert a.unexported_count() == 0  # written into a bundle: shared, whoever imports it and when
    assert a.unshared_count() >= 2  # while nobody has said they hold them
    a.ws.edit(n, {"title": "Site visit (Shanghai)"})
    assert a.unexported_count() == 1


def test_an_export_that_was_not_written_leaves_its_changes_counted_as_not_yet_shared(trio, tmp_path):
    """A refused or failed write carried nothing: the status bar must not say everything was shared.
    An autosave still never amends a change the failed export read (it may be half-written somewhere)."""
    a, _, _ = trio
    a.export(tmp_path / "first.gcen", mode="full")
    n = a.ws.create("note", {"title": "Site visit"}).rec
    a.ws.edit(n, {"body": "draft"})
    (tmp_path / "folder.gcen").mkdir()
    with pytest.raises(UserError):
        a.export(tmp_path / "folder.gcen", mode="team")
    assert a.unexported_count() == 2
    seq = int(a.ws.store.meta("seq"))
    a.ws.edit(n, {"body": "draft, longer"})  # not amended in place: a new change
    assert int(a.ws.store.meta("seq")) == seq + 1
    assert a.unexported_count() == 3
    a.export(tmp_path / "team.gcen", mode="team")
    assert a.unexported_count() == 0
