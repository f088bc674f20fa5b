"""A bundle of a newer minor format version may add members to events (SYNC.md, "Import pipeline",
step 5: unknown event members are forbidden on known format versions only). A store of this version
keeps such an event verbatim and relays it (SYNC.md, "Versions of the app on one team"): its own
bundles that carry it must still be read by teammates of its own version, who would refuse the
unknown member in a bundle of this version's format."""

from __future__ import annotations

from pathlib import Path

import msgspec
import orjson

from gcen_desktop.store.events import seal
from gcen_desktop.sync.bundle_writer import write_bundle
from gcen_desktop.sync.export import export_memory
from gcen_desktop.sync.manifest import FORMAT_MAJOR, FORMAT_MINOR

from .exchange_kit import close_all, send, team

NEWER_MINOR = f"{FORMAT_MAJOR}.{FORMAT_MINOR + 1}"


def _body_of(ex, replica: str, seq: int) -> bytes:
    with ex.store.read() as conn:
        return bytes(conn.exec_driver_sql("SELECT body FROM events WHERE replica=? AND seq=?", (replica, seq)).scalar_one())


def test_an_event_member_of_a_newer_minor_format_is_relayed_to_teammates_of_this_version(tmp_path: Path) -> None:
    ana, ben, chen = team(tmp_path, 3)
    note = ana.ws.create("note", {"title": "Site visit", "body": "Teachers plan in teams."}).rec
    # Ana's app is a newer minor version: its events carry a member this version does not know.
    bundle = export_memory(ana.store, mode="full", keys=ana.keys)
    events = []
    for e in bundle.events:
        e = orjson.loads(e) if isinstance(e, bytes) else dict(e)
        if e["rec"] == note:
            e["mood"] = "hopeful"
            del e["h"]
            seal(e)
            dot = tuple(e["dot"])
        events.append(e)
    newer = tmp_path / "ana-newer.gcen"
    write_bundle(newer, msgspec.structs.replace(bundle.manifest, format_version=NEWER_MINOR), events, {}, keys=ana.keys)
    ben.import_bundle(newer, trust_new_key=True)
    kept = _body_of(ben, *dot)
    assert b'"mood":"hopeful"' in kept  # kept verbatim (its hash covers the member)

    # Ben relays it: Chen, on Ben's version too, reads Ben's bundles, full or incremental
    for mode in ("full", "team"):
        send(ben, chen, tmp_path, mode=mode)
    assert _body_of(chen, *dot) == kept
    assert chen.ws.get(note).data["title"] == "Site visit"
    # and Ben's later bundles still reach Chen
    ben.ws.edit(note, {"title": "Site visit, day 2"})
    send(ben, chen, tmp_path)
    assert chen.ws.get(note).data["title"] == "Site visit, day 2"
    close_all([ana, ben, chen])
