"""A digest larger than one file may be (a first digest of many cities' attachments) is written as
several files, each a hub-signed digest the desktop imports alone; only the last names its
receiver and carries the receipt, so a part read first acknowledges nothing it does not list.
Before, the digest failed for good: its cursor moves only once the file is written."""

from __future__ import annotations

import os

from gcen_desktop.sync.limits import KiB, Limits

from .kit import close, enrolled_city, hub_view

SMALL = Limits(file_bytes=600 * KiB, total_bytes=600 * KiB)  # 0.9 of it for what a file carries


def _note(net, title: str, tmp) -> None:
    rec = net.ws.create("note", {"title": title, "body": "text", "visibility": "network"}).rec
    path = tmp / f"{title}.bin"
    path.write_bytes(os.urandom(250 * KiB))
    net.ws.attach(rec, path)


def test_a_digest_larger_than_one_file_is_written_in_several(hub, tmp_path):
    toronto, boston = enrolled_city(hub, tmp_path, "Toronto"), enrolled_city(hub, tmp_path, "Boston")
    try:
        for k in range(3):
            _note(toronto, f"Note {k}", tmp_path)
        boston.ws.create("practice", {"title": "Residency", "visibility": "network"})
        for net in (toronto, boston):
            result = net.publish(tmp_path / f"{net.identity().city}.gcen", None, limits=SMALL)
            for path in result.parts or [result.path]:
                assert not hub.ingest(path).refused

        digest = hub.digest(boston.ws.workspace_id, tmp_path / "digest.gcen", limits=SMALL)
        assert [p.name for p in digest.parts] == ["digest-1-of-2.gcen", "digest-2-of-2.gcen"]
        assert all(p.stat().st_size <= SMALL.file_bytes for p in digest.parts)
        reports = [boston.receive(p, trust_new_key=True) for p in reversed(digest.parts)]  # the last first
        assert [r.acknowledged for r in reports] == [1, None]
        assert {(e.workspace_id, e.rec) for e in boston.listed()} == {
            k for k in hub_view(hub) if k[0] == toronto.ws.workspace_id}
        assert all(boston.store.blobs.has(a["sha256"]) for e in boston.listed() for a in e.body["attachments"])
        assert boston.preview_publish().publications == []  # the hub's receipt arrived: nothing pending
    finally:
        close(toronto, boston)
