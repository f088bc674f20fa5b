"""Helpers of the hub's tests: cities (desktop workspaces) enrolled on a hub, publishing to it."""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path

from gcen_desktop import __version__
from gcen_desktop.services.network import Network
from gcen_desktop.sync.manifest import Producer
from gcen_desktop.sync.publication import (
    Publication,
    PublicationManifest,
    content_hash,
    write_publication,
)
from gcen_hub.hub import Hub
from tests.network.cities import close, make_city

__all__ = ["close", "enrolled_city", "forge", "hub_rows", "hub_view", "practice", "publish"]

_files = itertools.count()


def enrolled_city(hub: Hub, tmp: Path, name: str) -> Network:
    net = make_city(tmp, name)
    ident = net.identity()
    hub.enroll(ident.workspace_id, name, ident.fingerprint)
    return net


def publish(net: Network, tmp: Path, **kw) -> Path:
    """A publication of `net` for the hub (incremental unless full=True)."""
    folder = tmp / "outbox"
    folder.mkdir(exist_ok=True)
    path = folder / f"{next(_files):05d}-{net.identity().city.casefold()}.gcen"
    net.publish(path, None, **kw)
    return path


def hub_view(hub: Hub) -> dict[tuple[str, str], tuple[int, str, str]]:
    """(workspace, rec) -> (counter, content hash, title) of every publication the hub serves."""
    from sqlalchemy import text

    with hub.engine.connect() as conn:
        rows = conn.execute(text("SELECT workspace_id, rec, counter, h, title FROM publications WHERE NOT withdrawn"))
        return {(r.workspace_id, r.rec): (r.counter, r.h, r.title) for r in rows}


def hub_rows(hub: Hub) -> list[tuple]:
    """Everything the hub holds about publications (tombstones and search parts included)."""
    from sqlalchemy import text

    with hub.engine.connect() as conn:
        pubs = conn.execute(text("SELECT workspace_id, rec, type, counter, hlc, dot_replica, dot_seq, h, title, "
                                 "body::text, withdrawn FROM publications ORDER BY 1, 2")).all()
        parts = conn.execute(text("SELECT workspace_id, rec, part, doc::text FROM search_parts ORDER BY 1, 2, 3")).all()
    return [tuple(r) for r in pubs] + [tuple(r) for r in parts]


def forge(path: Path, signer: Network, items: list, *, workspace_id: str, city: str = "Toronto") -> None:
    """A publication file with these lines, signed with `signer`'s key, claiming `workspace_id`."""
    manifest = PublicationManifest(
        app_version=__version__, workspace_id=workspace_id, workspace_name="Team", city=city,
        bundle_id=str(uuid.uuid4()), kind="incremental", created_ms=1, producer=Producer(replica=signer.store.replica))
    write_publication(path, manifest, items, {}, signer.keys)


def practice(values: dict, counter: int = 99, rec: str | None = None) -> Publication:
    return Publication(rec=rec or str(uuid.uuid4()), type="practice", counter=counter, dot=("forger", 1), hlc="x",
                       h=content_hash(values, [], [], []), values=values)
