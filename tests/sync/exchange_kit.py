"""Helpers for exchange tests: stores of one team, bundles passed through files or memory."""

from __future__ import annotations

from pathlib import Path

from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange, ImportReport
from gcen_desktop.sync.times import now_ms


def team(tmp: Path, n: int, *, names: tuple[str, ...] = ("Ana", "Ben", "Chen", "Dara", "Eli")) -> list[Exchange]:
    """n stores of one workspace: the first creates it, the others join from its full bundle."""
    first = Workspace.new(tmp / "s0", "Team", city="Boston", member=names[0])
    stores = [Exchange(first)]
    full = tmp / "full.gcen"
    stores[0].export(full, mode="full")
    for i in range(1, n):
        ws, _ = joining.join(tmp / f"s{i}", full, trust_new_key=True)
        ws.store.set_meta("device_name", names[i])
        stores.append(Exchange(ws))
    return stores


def send(src: Exchange, dst: Exchange, tmp: Path, *, mode: str = "team", **kw) -> ImportReport:
    """src exports a bundle file and dst imports it (trusting src's key)."""
    path = tmp / f"{src.store.replica}-{now_ms()}-{id(dst)}.gcen"
    if mode == "peer":
        kw.setdefault("peer", dst.store.replica)
    src.export(path, mode=mode, **kw)
    return dst.import_bundle(path, trust_new_key=True)


def event_set(ex: Exchange) -> set[tuple[str, int, str]]:
    with ex.store.read() as conn:
        return set(conn.exec_driver_sql("SELECT replica, seq, h FROM events").all())


def close_all(stores: list[Exchange]) -> None:
    for s in stores:
        s.ws.close()


def rewrite_events(src: Path, dst: Path, lines: list[bytes], **manifest_changes: object) -> Path:
    """A copy of an unencrypted bundle whose events.jsonl holds `lines`, its manifest updated to
    match, unsigned (the producer's key cannot sign it again)."""
    import hashlib
    import zipfile

    import orjson

    with zipfile.ZipFile(src) as z:
        manifest = orjson.loads(z.read("manifest.json"))
        blobs = {n: z.read(n) for n in z.namelist() if n.startswith("blobs/")}
    events = b"".join(line + b"\n" for line in lines)
    manifest.update(manifest_changes)
    manifest["event_count"] = len(lines)
    manifest["members"]["events.jsonl"] = {"sha256": hashlib.sha256(events).hexdigest(), "size": len(events)}
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("manifest.json", orjson.dumps(manifest, option=orjson.OPT_SORT_KEYS))
        z.writestr("events.jsonl", events)
        for name, data in blobs.items():
            z.writestr(name, data)
    return dst
