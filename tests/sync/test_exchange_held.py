"""Bundles that carry events the store already holds: recognised by dot and hash without being
decoded, never applied, no snapshot taken; a held dot with other content is still a cloned store."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.store.events import body_of, seal
from gcen_desktop.sync import exchange as core
from gcen_desktop.sync import knowledge, snapshot
from gcen_desktop.sync.bundle_reader import HeldEvent, read_bundle
from gcen_desktop.sync.bundle_writer import write_bundle

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
    bundle = core.export_memory(a.store, mode="full", keys=a.keys)
    events = []
    for e in bundle.events:
        e = dict(e)
        if e["type"] == "note":
            change(e)
        events.append(e)
    path = tmp_path / "forged.gcen"
    write_bundle(path, bundle.manifest, events, {}, keys=a.keys)
    return path


def test_a_held_dot_with_other_content_is_refused_as_a_cloned_store(pair, tmp_path):
    a, b = pair

    def other_content(e):
        e["fields"] = dict(e["fields"], title="same dot, other content")
        seal(e)

    path = _forged_file(a, tmp_path, other_content)
    before = b.store.dump()
    with pytest.raises(UserError, match="identity"):
        b.import_bundle(path)
    assert b.store.dump() == before


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


def _spy_on_ready(monkeypatch) -> list:
    seen = []
    real = core.held_hashes

    def spy(conn, dots, ready=None):
        seen.append(ready)
        return real(conn, dots, ready)

    monkeypatch.setattr(core, "held_hashes", spy)
    return seen


def test_held_hashes_are_read_beside_the_events(pair, tmp_path, monkeypatch):
    a, b = pair
    a.ws.create("note", {"title": "One more", "body": "x"})
    again = tmp_path / "again.gcen"
    a.export(again, mode="full")
    seen = _spy_on_ready(monkeypatch)
    with read_bundle(again) as contents:
        carried = [e["dot"] for e in contents.events]
    held_before = len(event_set_of(b))
    report = b.import_bundle(again)
    assert report.applied == 1 and report.counts["note"]["unchanged"] == 12
    assert len(seen) == 1 and seen[0] is not None  # the import had the hashes read on the thread
    (spans,) = seen
    # and used them: every dot the bundle carries falls in its origin's span (the new one too)
    assert all(spans[r][0] <= s <= spans[r][1] for r, s in carried)
    assert sum(len(held) for _lo, _hi, held in spans.values()) == held_before


def event_set_of(ex):
    with ex.store.read() as conn:
        return conn.exec_driver_sql("SELECT replica, seq FROM events").all()


def test_a_refused_bundle_stops_the_thread_reading_hashes(pair, tmp_path, monkeypatch):
    import threading

    from gcen_desktop.sync.errors import BundleCorrupt

    from .exchange_kit import rewrite_events

    a, b = pair
    good = tmp_path / "again.gcen"
    a.export(good, mode="full")
    with read_bundle(good) as contents:
        lines = [body_of(e) for e in contents.events]
    bad = rewrite_events(good, tmp_path / "bad.gcen", [*lines[:-1], lines[-1][:-5] + b"xx}"])
    started = []
    real = core.HeldHashes

    class Watched(real):
        def __init__(self, *args):
            super().__init__(*args)
            started.append(self)

    real_span_hashes = core.span_hashes

    def slow_span_hashes(conn, spans):  # still reading when the bundle is refused, until stopped
        stop = getattr(started[0], "_stop", None) if started else None
        stop.wait(10) if stop is not None else threading.Event().wait(1)
        return real_span_hashes(conn, spans)

    monkeypatch.setattr(core, "HeldHashes", Watched)
    monkeypatch.setattr(core, "span_hashes", slow_span_hashes)
    before = b.store.dump()
    with pytest.raises(BundleCorrupt):
        b.import_bundle(bad)
    assert len(started) == 1 and started[0]._thread is not None
    assert not started[0]._thread.is_alive()
    assert not [t for t in threading.enumerate() if t.name == "gcen-held-hashes"]
    assert b.store.dump() == before


def test_hashes_read_beside_the_events_are_not_used_once_the_store_changed(pair, tmp_path, monkeypatch):
    """The first import is undone while the second bundle is read: the hashes read for it say those
    events are held, and they no longer are. Used anyway, the import would skip them: lost."""
    a, b = pair
    a.ws.create("note", {"title": "One more", "body": "x"})
    again = tmp_path / "again.gcen"
    a.export(again, mode="full")
    real = core.HeldHashes

    class ThenUndo(real):
        def __init__(self, *args):
            super().__init__(*args)
            assert self.for_state(_token(b)) is not None
            b.undo_last_import()

    monkeypatch.setattr(core, "HeldHashes", ThenUndo)
    seen = _spy_on_ready(monkeypatch)
    before = b.store.dump()
    with pytest.raises(UserError, match="changed while the bundle was read"):
        b.import_bundle(again)
    assert seen == [None]
    assert b.store.dump() != before  # the undo happened: nothing of the first bundle is left
    assert not any(rec["type"] == "note" for rec in _records(b))
    monkeypatch.setattr(core, "HeldHashes", real)
    report = b.import_bundle(again)
    assert report.counts["note"]["new"] == 13


def _token(ex):
    with ex.store.read() as conn:
        return snapshot.state_token(conn)


def _records(ex):
    with ex.store.read() as conn:
        return [dict(r._mapping) for r in conn.exec_driver_sql("SELECT type FROM records WHERE deleted = 0")]
