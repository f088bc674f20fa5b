"""A record a hostile teammate gave thousands of concurrent versions (or of concurrent deletions)
stays the user's: it can be edited, deleted, restored and purged, and what those write travels.

One change may take at most MAX_CHANGE_BYTES in a bundle (a local write larger is refused), and a
deletion names every head of every field it saw, an edit every head of the field it replaces, a
restore every active deletion: with enough heads, the one event each would write is too large.
The limit is made small here (64 KiB: 3,000 versions are enough) so the test stays small; with
the real 4 MiB it takes about 150,000 versions, a 40 MB bundle."""

from __future__ import annotations

import pytest

from gcen_desktop.domain import schema
from gcen_desktop.domain.clock import encode
from gcen_desktop.store.events import seal
from gcen_desktop.sync.limits import KiB, Limits
from gcen_desktop.sync.times import now_ms

from .exchange_kit import close_all, team
from .hostile.crafting import FORKER, signed_with

CAP = 64 * KiB
VERSIONS = 3_000  # each version named takes ~28 bytes: 84 KB of names, more than CAP


@pytest.fixture
def pair(tmp_path, monkeypatch):
    stores = team(tmp_path, 2)
    monkeypatch.setattr(schema, "MAX_CHANGE_BYTES", CAP)  # local writes: one change at most CAP
    yield stores
    close_all(stores)


def _title_forks(ex, rec: str) -> list[dict]:
    with ex.store.read() as conn:
        (base,) = ex.store.heads(conn, rec)["title"]
    return [seal({"dot": [FORKER, k + 1], "hlc": encode(now_ms() + 1_000 + k, 0, FORKER), "rec": rec, "type": "note",
                  "op": "set", "fields": {"title": f"Version {k}"}, "parents": {"title": [base]}})
            for k in range(VERSIONS)]


def _deletions(ex, rec: str) -> list[dict]:
    with ex.store.read() as conn:
        heads = ex.store.heads(conn, rec)
    return [seal({"dot": [FORKER, k + 1], "hlc": encode(now_ms() + 1_000 + k, 0, FORKER), "rec": rec, "type": "note",
                  "op": "del", "observed": heads}) for k in range(VERSIONS)]


def _line_sizes(ex) -> list[int]:
    with ex.store.read() as conn:
        return [n for (n,) in conn.exec_driver_sql(
            "SELECT length(CAST(body AS BLOB)) FROM events WHERE replica=?", (ex.store.replica,))]


def _send(src, dst, path):
    """src's team bundle within the small limit, imported by dst."""
    src.export(path, limits=Limits(line_bytes=CAP))
    dst.import_bundle(path, trust_new_key=True)


def test_a_record_with_thousands_of_versions_can_be_deleted_restored_edited_and_purged(pair, tmp_path):
    a, b = pair
    note = a.ws.create("note", {"title": "Minutes", "body": "text"}).rec
    b.import_bundle(signed_with(a, tmp_path / "forks.gcen", _title_forks(a, note)), trust_new_key=True)
    assert len(b.ws.get(note).conflicts["title"]) == VERSIONS

    b.ws.delete(note)
    assert b.ws.get(note).deleted
    _send(b, a, tmp_path / "deleted.gcen")
    assert a.ws.get(note).deleted

    b.ws.restore(note)
    assert not b.ws.get(note).deleted
    b.ws.edit(note, {"title": "Minutes, settled"})
    view = b.ws.get(note)
    assert view.title == "Minutes, settled" and not view.conflicts
    _send(b, a, tmp_path / "settled.gcen")
    view = a.ws.get(note)
    assert not view.deleted and view.title == "Minutes, settled" and not view.conflicts

    b.ws.delete(note)
    b.ws.purge([note])
    assert all(n + 1 <= CAP for n in _line_sizes(b))
    assert a.store.check() == [] and b.store.check() == []


def test_a_record_deleted_thousands_of_times_can_be_restored(pair, tmp_path):
    a, b = pair
    note = a.ws.create("note", {"title": "Minutes", "body": "text"}).rec
    b.import_bundle(signed_with(a, tmp_path / "dels.gcen", _deletions(a, note)), trust_new_key=True)
    assert b.ws.get(note).deleted

    b.ws.restore(note)
    assert not b.ws.get(note).deleted
    _send(b, a, tmp_path / "restored.gcen")
    assert not a.ws.get(note).deleted and a.ws.get(note).title == "Minutes"
    assert all(n + 1 <= CAP for n in _line_sizes(b))
    assert a.store.check() == [] and b.store.check() == []
