"""Bundles that carry events the store already holds: recognised by dot and hash without being
decoded, never applied, no snapshot taken; a held dot with other content is read whole and settled."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.store.events import seal
from gcen_desktop.sync import knowledge, snapshot
from gcen_desktop.sync.bundle_writer import write_bundle
from gcen_desktop.sync.export import export_memory
from gcen_desktop.sync.reader import HeldEvent, read_bundle

from .exchange_kit import close_all, team


@pytest.fixture
def pair(tmp_path):
    stores = team(tmp_path, 2)
    a, b = stores
    for i in range(12):
        a.ws.create("note", {"title": f"Visit {i}", "body": "教师 培养\n" * 3})
    a.export(tmp_path / "first.gcen", mode="full")
    b.import_bundle(tmp_path / "first.gcen", trust_new_key=True)
    yield stores
    close_all(stores)


def _held(ex):
    with ex.store.read() as conn:
        return knowledge.have(conn)


def test_another_bundle_of_held_events_is_only_recognised(pair, tmp_path, monkeypatch):
    a, b = pair
    again = tmp_path / "again.gcen"
    a.export(again, mode="full")
    with read_bundle(again, held=_held(b)) as contents:
        assert contents.events and all(type(e) is HeldEvent for e in contents.events)
        assert set(contents.events[0]) == {"dot", "h", "rec", "type"}
    with read_bundle(again) as contents:
        assert not any(type(e) is HeldEvent for e in contents.events)

    def no_snapshot(store):
        raise AssertionError("a bundle of nothing new needs no snapshot")

    monkeypatch.setattr(snapshot, "take", no_snapshot)
    before = b.store.dump()
    report = b.import_bundle(again)
    assert report.applied == 0 and report.counts["note"]["unchanged"] == 12
    assert b.store.dump() == before
    assert b.preview(again).already_imported_on is not None


def _forged_file(a, tmp_path, change) -> object:
    """a's full bundle as a signed file, with its note events changed by `change`."""
    bundle = export_memory(a.store, mode="full", keys=a.keys)
    events = []
    for e in bundle.events:
        e = dict(e)
        if e["type"] == "note":
            change(e)
        events.append(e)
    path = tmp_path / "forged.gcen"
    write_bundle(path, bundle.manifest, events, {}, keys=a.keys)
    return path


def test_a_held_dot_with_other_content_is_read_whole_and_settled(pair, tmp_path):
    a, b = pair

    def other_content(e):
        e["fields"] = dict(e["fields"], title="same dot, other content")
        seal(e)

    path = _forged_file(a, tmp_path, other_content)
    with read_bundle(path, held=_held(b)) as contents:  # recognised as held: its dot and hash only
        assert all(type(e) is HeldEvent for e in contents.events)
    report = b.import_bundle(path)
    assert report.equivocating and b.store.check() == []
    a.import_bundle(path)
    assert a.store.dump() == b.store.dump()


def test_nothing_of_a_held_line_but_its_dot_and_hash_is_used(pair, tmp_path):
    a, b = pair
    clock_before = b.store.clock.state()

    def far_ahead(e):  # not resealed: the hash still names the event b holds
        e["hlc"] = "9999999999999-00000-" + e["dot"][0]

    report = b.import_bundle(_forged_file(a, tmp_path, far_ahead))
    assert report.applied == 0
    assert not any("ahead" in w for w in report.warnings)
    assert b.store.clock.state() == clock_before


def test_an_export_carries_each_event_as_the_bytes_the_store_holds(pair, tmp_path):
    import zipfile

    a, _ = pair
    path = tmp_path / "plain.gcen"
    a.export(path, mode="full", sign=False)
    with zipfile.ZipFile(path) as z:
        lines = z.read("events.jsonl").splitlines()
    with a.store.read() as conn:
        stored = [b for (b,) in conn.exec_driver_sql("SELECT body FROM events ORDER BY replica, seq")]
    assert lines == stored



def test_an_import_undone_while_a_bundle_is_read_is_told(pair, tmp_path, monkeypatch):
    """Lines read as held (only recognised) whose events an undo removed meanwhile: applying the
    bundle then would skip them. The import stops instead, and the undo stands."""
    from gcen_desktop.services import bundles as service

    a, b = pair
    a.ws.create("note", {"title": "One more", "body": "x"})
    again = tmp_path / "again.gcen"
    a.export(again, mode="full")
    real = service.read_bundle

    def then_undo(*args, **kwargs):
        contents = real(*args, **kwargs)
        assert any(type(e) is HeldEvent for e in contents.events)
        b.undo_last_import()
        return contents

    monkeypatch.setattr(service, "read_bundle", then_undo)
    with pytest.raises(UserError, match="changed while the bundle was read"):
        b.import_bundle(again)
    with b.store.read() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM records WHERE type='note'").scalar_one() == 0
    monkeypatch.setattr(service, "read_bundle", real)
    assert b.import_bundle(again).counts["note"]["new"] == 13
