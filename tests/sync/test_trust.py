"""Trust and authenticity (SYNC.md): hostile bundles made with the project's own writer.

A claim about a replica (its events, its `have`, its key, its name) is believed only when that
replica's bound key vouches for it; what no trusted key vouches for can be previewed and imported
once, never remembered; a roster never re-points a teammate; the preview is what is imported.
"""

from __future__ import annotations

import shutil

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.domain.ids import new_id
from gcen_desktop.services import Workspace
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.store.events import seal
from gcen_desktop.store.replica import registry_path
from gcen_desktop.sync import knowledge
from gcen_desktop.sync.admission import MAX_OWN_SKIP, Impersonation, UntrustedKey, Unvouched
from gcen_desktop.sync.export import export_memory
from gcen_desktop.sync.import_outcome import MANY_DELETIONS
from gcen_desktop.sync.manifest import RosterEntry
from gcen_desktop.sync.times import now_ms

from .exchange_kit import close_all, rewrite_events, send, team
from .hostile.crafting import craft, next_event, peer_knowledge
from .hostile.make_corpus import corpus_keys


@pytest.fixture
def trio(tmp_path):
    stores = team(tmp_path, 3)  # Ana made it; Ben and Chen joined from her bundle (trusting her key)
    a, b, c = stores
    send(b, a, tmp_path)  # Ana trusts Ben's key: Ben's store is bound to it here
    send(c, a, tmp_path)  # and Chen's
    send(a, b, tmp_path)
    yield stores
    close_all(stores)


# --- 1. impersonation ------------------------------------------------------------------------------


def test_unsigned_impersonation_is_left_out_and_the_teammate_still_syncs(trio, tmp_path):
    a, b, c = trio
    note = b.ws.create("note", {"title": "Ben's note"}).rec
    send(b, a, tmp_path)
    forged = next_event(b, note, {"title": "forged by someone else"})
    path = craft(tmp_path / "forged.gcen", workspace=a, producer=b.store.replica, name="Ben", events=[forged])
    before = a.store.dump()
    with pytest.raises(Unvouched):  # no decision: nothing happens
        a.import_bundle(path)
    preview = a.preview(path)
    assert not preview.vouched and preview.left_out == {"Ben": 1}
    report = a.import_bundle(path, once=True)
    assert report.applied == 0 and report.left_out == {"Ben": 1}
    assert any("left out" in w and "Ben" in w for w in report.warnings)
    assert a.store.dump() == before
    # Ben's real next change is accepted, and Ana relays it to Chen
    b.ws.edit(note, {"title": "Ben's real edit"})
    assert send(b, a, tmp_path).applied == 1
    assert a.ws.get(note).title == "Ben's real edit"
    send(a, c, tmp_path)
    assert c.ws.get(note).title == "Ben's real edit"


def test_unsigned_bundle_of_a_new_teammate_is_imported_once(trio, tmp_path):
    a, _b, _c = trio
    # a store nobody here has heard of: its events may come in once, but nothing it says is kept
    stranger = Exchange(Workspace.new(tmp_path / "stranger", "Other", member="Zoe"))
    with stranger.store.write() as conn:
        stranger.store._set_meta(conn, "workspace_id", a.ws.workspace_id)
    rec = new_id()
    event = seal({"dot": [stranger.store.replica, 1], "hlc": f"{now_ms():013d}-00000-{stranger.store.replica}",
                  "rec": rec, "type": "note", "op": "set", "fields": {"title": "From a stranger"}, "parents": {}})
    path = craft(tmp_path / "new.gcen", workspace=a, producer=stranger.store.replica, name="Zoe", events=[event],
                 have={a.store.replica: [[1, int(a.store.meta("seq"))]]})
    report = a.import_bundle(path, once=True)
    assert report.applied == 1 and a.ws.get(rec).title == "From a stranger"
    assert peer_knowledge(a, stranger.store.replica) == {}  # its `have` taught nothing
    with a.store.read() as conn:
        assert knowledge.peer(conn, stranger.store.replica) is None
    stranger.ws.close()


# --- 2. forged `have` ------------------------------------------------------------------------------


def test_forged_have_teaches_nothing(trio, tmp_path):
    a, b, _c = trio
    a.ws.create("note", {"title": "not yet shared"})
    shared_before = a.unshared_count()
    known_before = peer_knowledge(a, b.store.replica)
    with a.store.read() as conn:
        held = knowledge.have(conn)
    everything = {r: [[1, int(a.store.meta("seq"))]] if r == a.store.replica else [[1, 10**9]] for r in held}
    path = craft(tmp_path / "have.gcen", workspace=a, producer=b.store.replica, name="Ben", events=[],
                 have=everything)
    a.import_bundle(path, once=True)
    assert peer_knowledge(a, b.store.replica) == known_before
    assert a.unshared_count() == shared_before > 0
    out = tmp_path / "for-ben.gcen"
    assert a.export(out, mode="peer", peer=b.store.replica).event_count >= 1
    # signed by a stranger's key: refused as Ben, and as a store of its own imported once, nothing learned
    stranger = corpus_keys(b"stranger")
    with pytest.raises(Impersonation):
        a.import_bundle(craft(tmp_path / "have2.gcen", workspace=a, producer=b.store.replica, name="Ben",
                              events=[], have=everything, keys=stranger), once=True)
    a.import_bundle(craft(tmp_path / "have3.gcen", workspace=a, producer="y" * 16, name="Ben", events=[],
                          have=everything, keys=stranger), once=True)
    assert peer_knowledge(a, b.store.replica) == known_before and peer_knowledge(a, "y" * 16) == {}
    assert a.unshared_count() == shared_before


def test_a_claim_of_this_stores_future_is_refused_when_nobody_vouches_for_it(trio, tmp_path):
    a, b, _c = trio
    before = a.store.dump()
    path = craft(tmp_path / "future.gcen", workspace=a, producer=b.store.replica, name="Ben", events=[],
                 have={a.store.replica: [[1, 10**9]]})
    with pytest.raises(UserError, match="never made"):
        a.import_bundle(path, once=True)
    assert a.store.dump() == before
    replica = a.store.replica
    note = a.ws.list("note")[0].id if a.ws.list("note") else a.ws.create("note", {"title": "x"}).rec
    forged = next_event(a, note, {"title": "in my name"}, seq_ahead=50)
    with pytest.raises(UserError, match="never made"):
        a.import_bundle(craft(tmp_path / "f2.gcen", workspace=a, producer=b.store.replica, name="Ben",
                              events=[forged]), once=True)
    assert a.store.replica == replica


# --- 4. trust downgrades --------------------------------------------------------------------------


def test_stripping_the_signature_gains_nothing(trio, tmp_path):
    a, b, _c = trio
    note = b.ws.create("note", {"title": "x"}).rec
    send(b, a, tmp_path)
    forged = next_event(b, note, {"title": "pushed in"})
    signed = craft(tmp_path / "s.gcen", workspace=a, producer="x" * 16, name="Ben", events=[forged],
                   keys=corpus_keys(b"mallory"))
    stripped = craft(tmp_path / "u.gcen", workspace=a, producer="x" * 16, name="Ben", events=[forged])
    with pytest.raises(UntrustedKey):
        a.import_bundle(signed)
    with pytest.raises(Unvouched):
        a.import_bundle(stripped)
    for path in (signed, stripped):
        assert a.import_bundle(path, once=True).applied == 0
    assert a.ws.get(note).title == "x"


def test_a_trusted_key_cannot_pose_as_another_teammate(trio, tmp_path):
    a, b, c = trio
    note = b.ws.create("note", {"title": "Ben's"}).rec
    send(b, a, tmp_path)
    forged = next_event(b, note, {"title": "Chen posing as Ben"})
    path = craft(tmp_path / "pose.gcen", workspace=a, producer=b.store.replica, name="Ben", events=[forged],
                 keys=c.keys)
    before = a.store.dump()
    for kw in ({}, {"trust_new_key": True}, {"once": True}):
        with pytest.raises(Impersonation, match="Ben"):
            a.import_bundle(path, **kw)
    with pytest.raises(Impersonation):
        a.preview(path)
    assert a.store.dump() == before
    # a new key claiming Ben's store cannot be trusted into it either
    with pytest.raises(Impersonation):
        a.import_bundle(craft(tmp_path / "new-key.gcen", workspace=a, producer=b.store.replica, name="Ben",
                              events=[forged], keys=corpus_keys(b"mallory")), trust_new_key=True)
    # nor speak in this store's own name
    with pytest.raises(Impersonation):
        a.import_bundle(craft(tmp_path / "as-me.gcen", workspace=a, producer=a.store.replica, name="Ana",
                              events=[], keys=c.keys))


def test_the_shared_folder_never_imports_what_no_trusted_key_vouches_for(trio, tmp_path):
    a, b, _c = trio
    note = b.ws.create("note", {"title": "Ben's"}).rec
    send(b, a, tmp_path)
    folder = tmp_path / "shared"
    folder.mkdir()
    stranger_event = seal({"dot": ["z" * 16, 1], "hlc": f"{now_ms():013d}-00000-{'z' * 16}",
                           "rec": new_id(), "type": "note", "op": "set", "fields": {"title": "unasked"}, "parents": {}})
    craft(folder / "ben.gcen", workspace=a, producer=b.store.replica, name="Ben",
          events=[next_event(b, note, {"title": "impersonated"}), stranger_event])
    before = a.store.dump()
    assert a.sync_folder_once(folder) == []
    assert a.store.dump() == before
    with a.store.read() as conn:
        outcome = conn.exec_driver_sql("SELECT outcome FROM folder_files WHERE name='ben.gcen'").scalar_one()
    assert outcome.startswith("untrusted:")
    assert [h.path.name for h in a.held_back(folder)] == ["ben.gcen"]


def test_the_shared_folder_holds_back_many_deletions(trio, tmp_path):
    a, b, _c = trio
    ids = [a.ws.create("note", {"title": f"n{i}"}).rec for i in range(MANY_DELETIONS)]
    send(a, b, tmp_path)
    for rec in ids:
        b.ws.delete(rec)
    folder = tmp_path / "shared"
    folder.mkdir()
    b.export(folder / "ben.gcen", mode="team")
    before = a.store.dump()
    assert a.sync_folder_once(folder) == []
    assert a.store.dump() == before
    with a.store.read() as conn:
        outcome = conn.exec_driver_sql("SELECT outcome FROM folder_files WHERE name='ben.gcen'").scalar_one()
    assert outcome.startswith("review:")
    (held,) = a.held_back(folder)  # what the Sync screen lists for a look
    assert held.path.name == "ben.gcen" and "deletes 25 records" in str(held.reason)
    assert a.import_bundle(folder / "ben.gcen").changes.deleted == set(ids)  # by hand, after a look
    assert a.held_back(folder) == []


# --- 5. the roster ------------------------------------------------------------------------------


def test_trusting_one_key_trusts_no_roster_key_and_a_roster_never_repoints_a_teammate(trio, tmp_path):
    a, b, c = trio
    d = Exchange(Workspace.new(tmp_path / "dara", "Tmp", member="Dara"))
    with d.store.write() as conn:
        d.store._set_meta(conn, "workspace_id", a.ws.workspace_id)
    mallory = corpus_keys(b"mallory")
    newcomer = corpus_keys(b"newcomer")
    roster = [
        RosterEntry(name="Mallory", replica=b.store.replica, public_key=mallory.public_key_b64,
                    fingerprint=mallory.fingerprint),  # re-point Ben to another key and name
        RosterEntry(name="Nia", replica="n" * 16, public_key=newcomer.public_key_b64,
                    fingerprint=c.keys.fingerprint),  # a fingerprint that is not the key's
    ]
    path = craft(tmp_path / "dara.gcen", workspace=a, producer=d.store.replica, name="Dara", events=[],
                 keys=d.keys, roster=roster)
    with a.store.read() as conn:
        ben_before = knowledge.peer(conn, b.store.replica)
    a.import_bundle(path, trust_new_key=True)  # Ana trusts Dara's key, and only it
    with a.store.read() as conn:
        assert knowledge.peer(conn, b.store.replica) == ben_before
        assert knowledge.key(conn, mallory.fingerprint).trusted is False
        assert knowledge.key(conn, newcomer.fingerprint).trusted is False
        assert knowledge.peer(conn, "n" * 16).fingerprint == newcomer.fingerprint
        assert knowledge.key(conn, d.keys.fingerprint).trusted is True
    note = b.ws.create("note", {"title": "Ben's"}).rec
    send(b, a, tmp_path)
    with pytest.raises(Impersonation):  # the roster's key speaks for Ben nowhere
        a.import_bundle(craft(tmp_path / "m.gcen", workspace=a, producer=b.store.replica, name="Ben",
                              events=[next_event(b, note, {"title": "Mallory"})], keys=mallory), once=True)
    with pytest.raises(UntrustedKey):  # the newcomer's own bundle still asks
        a.import_bundle(craft(tmp_path / "n.gcen", workspace=a, producer="n" * 16, name="Nia", events=[],
                              keys=newcomer))
    d.ws.close()


# --- 7. a whole-home backup restore ----------------------------------------------------------------------


def test_a_store_restored_with_its_registry_numbers_past_its_lost_changes_and_keeps_syncing(trio, tmp_path):
    a, b, _c = trio
    backup = tmp_path / "backup"
    a_folder = a.store.folder
    a.ws.close()
    shutil.copytree(a_folder, backup / "ws")
    shutil.copy2(registry_path(), backup / "replicas.json")
    a = Exchange(Workspace.open(a_folder))
    lost = a.ws.create("note", {"title": "written after the backup"}).rec
    send(a, b, tmp_path)
    a.ws.close()
    shutil.rmtree(a_folder)
    shutil.copytree(backup / "ws", a_folder)  # the disk died; home comes back from the backup
    shutil.copy2(backup / "replicas.json", registry_path())
    a = Exchange(Workspace.open(a_folder))
    old, old_seq = a.store.replica, int(a.store.meta("seq"))
    assert a.ws.find(lost) is None
    report = send(b, a, tmp_path)
    assert report.restored_from_backup and a.store.replica == old and int(a.store.meta("seq")) > old_seq
    assert a.ws.get(lost).title == "written after the backup"
    fresh = a.ws.create("note", {"title": "after the restore"}).rec
    assert send(a, b, tmp_path).applied >= 1
    assert b.ws.get(fresh).title == "after the restore"
    send(b, a, tmp_path)
    assert a.store.dump() == b.store.dump()
    assert a.store.check() == [] and b.store.check() == []
    a.ws.close()


def test_a_trusted_teammate_repeating_claims_of_this_stores_future_cannot_make_exports_fail(trio, tmp_path):
    """Each vouched claim of this store's future once gave it a new replica id; thousands of them
    made every `have` list thousands of ids, until manifests passed their cap and exports failed."""
    a, b, c = trio
    replica = a.store.replica
    for i in range(40):
        seq = int(a.store.meta("seq"))
        path = craft(tmp_path / f"claim{i}.gcen", workspace=a, producer=b.store.replica, name="Ben", events=[],
                     have={replica: [[1, seq + 1000]]}, keys=b.keys)
        assert a.import_bundle(path).restored_from_backup
        assert int(a.store.meta("seq")) == seq + 1000
        a.ws.create("note", {"title": f"after claim {i}"})
    assert a.store.replica == replica and not a.store.meta("previous_replicas")
    out = tmp_path / "team.gcen"
    a.export(out, mode="team")
    assert send(a, b, tmp_path).applied >= 40
    assert {n.title for n in b.ws.list("note")} >= {f"after claim {i}" for i in range(40)}
    # a claim of more changes than any workspace copy makes moves the numbering by a bounded step only
    seq = int(a.store.meta("seq"))
    far = craft(tmp_path / "far.gcen", workspace=a, producer=b.store.replica, name="Ben", events=[],
                have={replica: [[1, 2**62]]}, keys=b.keys)
    a.import_bundle(far)
    assert int(a.store.meta("seq")) == seq + MAX_OWN_SKIP and a.store.replica == replica
    fresh = a.ws.create("note", {"title": "after the far claim"}).rec
    a.export(tmp_path / "for-chen.gcen", mode="full")
    assert send(a, c, tmp_path).applied >= 1 and c.ws.get(fresh).title == "after the far claim"


# --- 10. what is previewed is what is imported --------------------------------------------------------


def test_a_file_swapped_after_its_preview_is_refused(trio, tmp_path):
    a, b, _c = trio
    notes = [a.ws.create("note", {"title": f"keep {i}"}).rec for i in range(3)]
    send(a, b, tmp_path)
    path = tmp_path / "incoming.gcen"
    b.ws.create("note", {"title": "harmless"})
    b.export(path, mode="team")
    preview = a.preview(path)
    for rec in notes:
        b.ws.delete(rec)
    swapped = tmp_path / "swapped.gcen"
    other = corpus_keys(b"swapper")
    lines = export_memory(b.store, mode="team").events
    craft(swapped, workspace=a, producer="s" * 16, name="Ben", events=lines, keys=other)
    shutil.copy2(swapped, path)
    before = a.store.dump()
    with pytest.raises(UserError, match="changed after its preview"):
        a.import_bundle(path, trust_new_key=True, previewed=preview)
    assert a.store.dump() == before
    with a.store.read() as conn:
        assert knowledge.key(conn, other.fingerprint) is None


def test_a_store_whose_key_files_were_replaced_speaks_as_a_new_store(trio, tmp_path):
    a, b, _c = trio
    folder = b.store.folder
    b.ws.close()
    shutil.rmtree(folder / "keys")  # lost; new ones are made at the next export
    b = Exchange(Workspace.open(folder))
    old = b.store.replica
    note = b.ws.create("note", {"title": "after the new key"}).rec
    path = tmp_path / "ben-new-key.gcen"
    b.export(path)
    assert b.store.replica != old
    assert a.import_bundle(path, trust_new_key=True).applied >= 1  # not an impersonation of the old store
    assert a.ws.get(note).title == "after the new key"
    b.ws.close()


def test_a_restored_store_that_wrote_before_hearing_from_anyone_splits_nobody(trio, tmp_path):
    """Restored with its registry, the store reuses dots its lost self already sent: every store
    keeps the same version of each (the smaller hash), names the store, and keeps syncing."""
    a, b, c = trio
    a_folder = a.store.folder
    backup = tmp_path / "backup"
    a.ws.close()
    shutil.copytree(a_folder, backup / "ws")
    shutil.copy2(registry_path(), backup / "replicas.json")
    a = Exchange(Workspace.open(a_folder))
    _lost = a.ws.create("note", {"title": "written after the backup"}).rec
    send(a, b, tmp_path)
    a.ws.close()
    shutil.rmtree(a_folder)
    shutil.copytree(backup / "ws", a_folder)
    shutil.copy2(backup / "replicas.json", registry_path())
    a = Exchange(Workspace.open(a_folder))
    _again = a.ws.create("note", {"title": "written again after the restore"}).rec  # the same dot as `_lost`
    first = send(a, b, tmp_path)
    assert first.equivocating  # Ben's store names Ana's
    send(b, a, tmp_path)
    send(b, c, tmp_path)
    send(a, c, tmp_path)
    send(c, a, tmp_path)
    send(c, b, tmp_path)
    assert a.store.dump() == b.store.dump() == c.store.dump()
    assert all(s.store.check() == [] for s in (a, b, c))
    later = a.ws.create("note", {"title": "after it all"}).rec
    assert send(a, b, tmp_path).applied >= 1 and b.ws.get(later).title == "after it all"
    a.ws.close()


def test_a_file_swapped_after_an_already_imported_preview_is_refused(trio, tmp_path):
    # The preview of a file imported before says "already imported" without reading it; the file
    # swapped then for a teammate's bundle that deletes notes must not be imported unseen.
    a, b, _c = trio
    notes = [a.ws.create("note", {"title": f"keep {i}"}).rec for i in range(3)]
    send(a, b, tmp_path)
    path = tmp_path / "incoming.gcen"
    b.ws.create("note", {"title": "harmless"})
    b.export(path, mode="team")
    a.import_bundle(path, trust_new_key=True)
    preview = a.preview(path)
    assert preview.already_imported_on
    for rec in notes:
        b.ws.delete(rec)
    b.export(tmp_path / "deletes.gcen", mode="team")
    shutil.copy2(tmp_path / "deletes.gcen", path)
    before = a.store.dump()
    with pytest.raises(UserError, match="changed after its preview"):
        a.import_bundle(path, previewed=preview)
    assert a.store.dump() == before
    assert all(not a.ws.get(rec).deleted for rec in notes)


def test_a_bundle_swapped_after_it_was_described_for_joining_is_refused(tmp_path):
    # Joining shows who made the bundle, then reads it again to join: an unsigned file rewritten
    # in between with the same manifest (same producer, workspace, count and bundle id) but other
    # changes is refused, so what is joined is the file that was looked at.
    import zipfile

    import orjson

    from gcen_desktop.services import joining

    ana = Exchange(Workspace.new(tmp_path / "ana", "Team", city="Boston", member="Ana"))
    ana.ws.create("note", {"title": "the real note"})
    full = tmp_path / "full.gcen"
    ana.export(full, mode="full", sign=False)
    ana.ws.close()
    info = joining.describe(full)
    with zipfile.ZipFile(full) as z:
        lines = [line for line in z.read("events.jsonl").splitlines() if line]
    forged = []
    for line in lines:
        event = orjson.loads(line)
        if event.get("type") == "note":
            event = seal({k: v for k, v in event.items() if k != "h"} | {"fields": {**event["fields"],
                                                                                   "title": "swapped in"}})
        forged.append(orjson.dumps(event, option=orjson.OPT_SORT_KEYS))
    swapped = rewrite_events(full, tmp_path / "swapped.gcen", forged)
    shutil.copy2(swapped, full)
    again = joining.describe(full)
    assert (again.bundle_id, again.event_count, again.fingerprint) == (info.bundle_id, info.event_count, None)
    with pytest.raises(UserError, match="changed after you checked it"):
        joining.join(tmp_path / "joined", full, trust_new_key=True, checked=info)
    assert not (tmp_path / "joined").exists()


def test_a_refused_impersonation_is_remembered_beside_the_store_never_in_it(trio, tmp_path):
    # The Sync screen names an impersonation after its error message is gone: the refusal is kept
    # in a small file beside the database, so the store itself stays byte-identical.
    a, b, c = trio
    note = b.ws.create("note", {"title": "Ben's"}).rec
    send(b, a, tmp_path)
    forged = next_event(b, note, {"title": "Chen posing as Ben"})
    path = craft(tmp_path / "pose.gcen", workspace=a, producer=b.store.replica, name="Ben", events=[forged],
                 keys=c.keys)
    assert a.refused_bundles() == []
    before = a.store.dump()
    with pytest.raises(Impersonation):
        a.preview(path)
    with pytest.raises(Impersonation):
        a.import_bundle(path, trust_new_key=True)
    assert a.store.dump() == before
    refused, = a.refused_bundles()  # the same file refused twice is named once
    assert refused.file == "pose.gcen" and refused.ms > 0
    said = str(refused.reason)
    assert c.keys.fingerprint in said and "(Chen)" in said and "Ben's store" in said
    # another one, by a stranger's key in this store's own name: newest first
    with pytest.raises(Impersonation):
        a.import_bundle(craft(tmp_path / "as-me.gcen", workspace=a, producer=a.store.replica, name="Ana",
                              events=[], keys=corpus_keys(b"mallory")), once=True)
    assert [r.file for r in a.refused_bundles()] == ["as-me.gcen", "pose.gcen"]
    assert a.store.dump() == before
    # what other refusals and ordinary imports leave: nothing more named
    with pytest.raises(Unvouched):
        a.import_bundle(craft(tmp_path / "unsigned.gcen", workspace=a, producer=b.store.replica, name="Ben",
                              events=[forged]))
    send(c, a, tmp_path)
    assert len(a.refused_bundles()) == 2
    a.forget_refused_bundles()
    assert a.refused_bundles() == []


def test_the_refused_bundles_file_cannot_break_the_workspace(trio, tmp_path):
    # The file beside the database is read defensively: damaged, huge, or of another shape, it
    # names nothing, and a folder it cannot be written in does not turn the refusal into a crash.
    from gcen_desktop.services import refusals

    a, b, c = trio
    sidecar = a.store.folder / refusals.FILE_NAME
    for damaged in (b"\xff\xfe not json", b"[1, 2, {\"template\": 3}]", b"{}", b"[" + b" " * (1 << 20) + b"]"):
        sidecar.write_bytes(damaged)
        assert a.refused_bundles() == []
    sidecar.write_bytes(b"not json")
    path = craft(tmp_path / "pose.gcen", workspace=a, producer=b.store.replica, name="Ben", events=[],
                 keys=c.keys)
    with pytest.raises(Impersonation):
        a.import_bundle(path, once=True)
    assert [r.file for r in a.refused_bundles()] == ["pose.gcen"]
    for i in range(3 * refusals.KEEP):
        with pytest.raises(Impersonation):
            a.import_bundle(craft(tmp_path / f"pose{i}.gcen", workspace=a, producer=b.store.replica,
                                  name="Ben", events=[], keys=c.keys), once=True)
    assert len(a.refused_bundles()) == refusals.KEEP
    sidecar.unlink()
    sidecar.mkdir()  # cannot be written: the refusal is still the refusal
    with pytest.raises(Impersonation):
        a.import_bundle(path, once=True)
    assert a.refused_bundles() == []


def test_trusting_a_teammates_key_binds_it_to_that_teammate(trio, tmp_path):
    # Dara is known here only through Ben (her changes relayed, her key named in his roster). Ana
    # checks Dara's fingerprint and trusts it on the Teammates card (`gcen trust Dara`): from then
    # on that key alone speaks for Dara's store. Chen (trusted, for his own store) cannot claim it
    # first and make Dara's own bundles refused for good.
    from gcen_desktop.services import joining

    a, b, c = trio
    full = tmp_path / "for-dara.gcen"
    a.export(full, mode="full")
    dara_ws, _ = joining.join(tmp_path / "dara", full, trust_new_key=True)
    dara_ws.store.set_meta("device_name", "Dara")
    d = Exchange(dara_ws)
    dara_note = d.ws.create("note", {"title": "Dara's"}).rec
    send(d, b, tmp_path)
    send(b, a, tmp_path)
    peer = a.find_peer(d.store.replica)
    assert peer.fingerprint == d.keys.fingerprint and not peer.trusted
    a.trust(d.store.replica)
    posing = craft(tmp_path / "chen-as-dara.gcen", workspace=a, producer=d.store.replica, name="Dara",
                   events=[next_event(d, dara_note, {"title": "Chen posing as Dara"})], keys=c.keys)
    before = a.store.dump()
    with pytest.raises(Impersonation, match="Dara"):
        a.import_bundle(posing)
    assert a.store.dump() == before
    d.ws.edit(dara_note, {"title": "Dara's own edit"})
    assert send(d, a, tmp_path).applied >= 1
    assert a.ws.get(dara_note).title == "Dara's own edit"
    d.ws.close()


def _dara_known_through_ben(a, b, tmp_path):
    """Dara joins from Ana's full bundle, writes a note and sends it to Ben, who relays it to Ana:
    Ana holds Dara's change and Ben's roster names Dara's key, which Ana has not trusted."""
    from gcen_desktop.services import joining

    full = tmp_path / "for-dara.gcen"
    a.export(full, mode="full")
    dara_ws, _ = joining.join(tmp_path / "dara", full, trust_new_key=True)
    dara_ws.store.set_meta("device_name", "Dara")
    d = Exchange(dara_ws)
    note = d.ws.create("note", {"title": "Dara's"}).rec
    send(d, b, tmp_path)
    send(b, a, tmp_path)
    return d, note


def test_a_trusted_teammate_cannot_take_over_a_store_known_by_another_key(trio, tmp_path):
    # Ana did not trust Dara's key herself (Dara is known here only through Ben). Chen's key is
    # trusted, for Chen's store; a bundle he signs saying it is Dara's is refused (Ben's roster
    # names another key for her store), so Dara's own bundles are not refused for good.
    a, b, c = trio
    d, note = _dara_known_through_ben(a, b, tmp_path)
    assert not a.find_peer(d.store.replica).trusted
    posing = craft(tmp_path / "chen-as-dara.gcen", workspace=a, producer=d.store.replica, name="Dara",
                   events=[next_event(d, note, {"title": "Chen posing as Dara"})], keys=c.keys,
                   have={d.store.replica: [[1, 10**6]]})
    before = a.store.dump()
    with pytest.raises(Impersonation, match="Dara"):
        a.import_bundle(posing)
    assert a.store.dump() == before
    assert [r.file for r in a.refused_bundles()] == ["chen-as-dara.gcen"]
    d.ws.edit(note, {"title": "Dara's own edit"})
    assert send(d, a, tmp_path).applied >= 1  # Ana trusts the key shown in Dara's own bundle
    assert a.ws.get(note).title == "Dara's own edit"
    peer = a.find_peer(d.store.replica)
    assert peer.trusted and peer.fingerprint == d.keys.fingerprint
    d.ws.close()


def test_a_trusted_teammate_cannot_take_over_a_store_known_only_by_its_changes(trio, tmp_path):
    # The same with no key named for Dara here: Ben relayed her change in a bundle whose roster
    # left her out. Chen's key speaks for Chen's store; it does not take Dara's.
    a, b, c = trio
    from gcen_desktop.services import joining

    full = tmp_path / "for-dara.gcen"
    a.export(full, mode="full")
    dara_ws, _ = joining.join(tmp_path / "dara", full, trust_new_key=True)
    dara_ws.store.set_meta("device_name", "Dara")
    d = Exchange(dara_ws)
    note = d.ws.create("note", {"title": "Dara's"}).rec
    send(d, b, tmp_path)
    relayed = export_memory(b.store, mode="full", keys=b.keys)
    from gcen_desktop.sync.bundle_writer import write_bundle

    manifest = relayed.manifest
    manifest.roster = [e for e in manifest.roster if e.replica != d.store.replica]
    write_bundle(tmp_path / "ben.gcen", manifest, relayed.events, {}, keys=b.keys)
    a.import_bundle(tmp_path / "ben.gcen")
    assert a.ws.get(note).title == "Dara's"
    with a.store.read() as conn:
        assert knowledge.peer(conn, d.store.replica) is None
    posing = craft(tmp_path / "chen-as-dara.gcen", workspace=a, producer=d.store.replica, name="Dara",
                   events=[], keys=c.keys, have={d.store.replica: [[1, 10**6]]})
    before = a.store.dump()
    with pytest.raises(Impersonation, match=f"store {d.store.replica[:8]}"):
        a.import_bundle(posing)
    assert a.store.dump() == before
    d.ws.edit(note, {"title": "Dara's own edit"})
    assert send(d, a, tmp_path).applied >= 1
    assert a.ws.get(note).title == "Dara's own edit"
    d.ws.close()


def test_a_store_that_took_a_new_identity_is_still_bound_to_its_key(trio, tmp_path):
    # Chen's store restored from a backup speaks as a new store with the same key (a roster names
    # it so, or Ana has not heard of it): that key takes the new store, as before.
    a, b, c = trio
    with c.store.write() as conn:
        c.store.take_new_identity(conn, "restored")
    c.ws.create("note", {"title": "after the restore"})
    send(c, a, tmp_path)
    with a.store.read() as conn:
        assert knowledge.bound_key(conn, c.store.replica) == c.keys.fingerprint


def test_the_command_line_imports_the_file_it_previewed(trio, tmp_path, capsys):
    # `gcen import --preview FILE` shows the file's SHA-256 and how to import exactly that file;
    # `gcen import FILE --yes --previewed SHA` refuses a file swapped in between (another key, deleting
    # notes): nothing is trusted, nothing deleted, the store byte-identical.
    from gcen_desktop.cli import main

    from .hostile.make_corpus import corpus_keys as keys_of

    a, b, _c = trio
    notes = [a.ws.create("note", {"title": f"keep {i}"}).rec for i in range(3)]
    send(a, b, tmp_path)
    b.ws.create("note", {"title": "harmless"})
    path = tmp_path / "incoming.gcen"
    b.export(path, mode="team")
    folder = str(a.store.folder)
    assert main(["--workspace", folder, "import", str(path), "--preview"]) == 0
    out = capsys.readouterr().out
    digest = a.preview(path).file_sha256
    assert digest in out and "--previewed" in out
    for rec in notes:
        b.ws.delete(rec)
    swapper = keys_of(b"swapper")
    swapped = craft(tmp_path / "swapped.gcen", workspace=a, producer="s" * 16, name="Ben",
                    events=export_memory(b.store, mode="team").events, keys=swapper)
    good = tmp_path / "good.gcen"
    shutil.copy2(path, good)
    shutil.copy2(swapped, path)
    before = a.store.dump()
    assert main(["--workspace", folder, "import", str(path), "--yes", "--previewed", digest]) == 1
    err = capsys.readouterr().err
    assert "not the file that was previewed" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert a.store.dump() == before
    with a.store.read() as conn:
        assert knowledge.key(conn, swapper.fingerprint) is None
    assert [a.ws.get(n).deleted for n in notes] == [False] * 3
    # the file previewed imports as it was shown
    shutil.copy2(good, path)
    assert main(["--workspace", folder, "import", str(path), "--yes", "--previewed", digest]) == 0
    assert "Imported" in capsys.readouterr().out
    assert [a.ws.get(n).deleted for n in notes] == [False] * 3


def test_a_forgery_of_this_stores_own_changes_is_named_on_the_sync_screen(trio, tmp_path):
    # An unsigned bundle "from Ben" claiming changes of Ana's own store beyond her last one is refused
    # as forged (nothing stored), and kept among the refused bundles like an impersonation of a
    # teammate: it spoke for Ana's store without her key.
    a, b, _c = trio
    path = craft(tmp_path / "future.gcen", workspace=a, producer=b.store.replica, name="Ben", events=[],
                 have={a.store.replica: [[1, 10**9]]})
    before = a.store.dump()
    for attempt in (lambda: a.preview(path), lambda: a.import_bundle(path, once=True)):
        with pytest.raises(Impersonation, match="Ben"):
            attempt()
    assert a.store.dump() == before
    [refused] = a.refused_bundles()
    assert refused.file == "future.gcen" and "never made" in refused.reason.template
