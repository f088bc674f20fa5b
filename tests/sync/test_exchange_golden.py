"""Golden bundles of format 1.0 (tests/golden): every later version must still import them."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcen_desktop.services import joining
from gcen_desktop.services.bundles import Exchange

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
PASSPHRASE = "golden bundle 1.0"


@pytest.mark.parametrize(
    ("name", "passphrase"),
    [("format-1.0-full.gcen", None), ("format-1.0-passphrase.gcen", PASSPHRASE)],
)
def test_golden_bundle_joins_and_shows_the_recorded_view(tmp_path, name, passphrase):
    expected = (GOLDEN / "format-1.0-full.dump.json").read_bytes()
    ws, report = joining.join(tmp_path / "ws", GOLDEN / name, passphrase=passphrase, trust_new_key=True)
    try:
        assert report.kind == "full" and report.signed and not report.missing
        assert ws.store.dump() == expected
        assert ws.store.check() == []
        # its conflicts, flags and attachment came through
        ex = Exchange(ws)
        kinds = {item.kind for item in ex.conflicts()}
        assert {"values", "kept_by_child"} <= kinds
        (attachment,) = ws.store.query("r.type='attachment'")
        assert ws.attachment_path(attachment.id).read_text(encoding="utf-8") == "A one-page summary.\n"
        # and importing it again changes nothing
        again = ex.import_bundle(GOLDEN / name, passphrase=passphrase)
        assert again.already_imported_on is not None and ws.store.dump() == expected
    finally:
        ws.close()


def test_golden_bundle_into_an_existing_replica_is_idempotent(tmp_path):
    ws, _ = joining.join(tmp_path / "ws", GOLDEN / "format-1.0-full.gcen", trust_new_key=True)
    ex = Exchange(ws)
    note = ws.search("Shanghai")[0][0]
    ws.edit(note.id, {"title": "Shanghai, settled"})
    out = tmp_path / "mine.gcen"
    ex.export(out, mode="full")
    ws2, _ = joining.join(tmp_path / "ws2", GOLDEN / "format-1.0-full.gcen", trust_new_key=True)
    Exchange(ws2).import_bundle(out, trust_new_key=True)
    assert ws2.store.dump() == ws.store.dump()
    ws.close()
    ws2.close()
