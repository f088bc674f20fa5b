"""Exporting a bundle: what to send, to a file or into memory, and remembering what was sent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec
from sqlalchemy import Connection

from .. import __version__
from ..domain.ids import new_id
from ..domain.schema import SCHEMA_VERSION
from ..store import damage, privacy
from ..store.store import Store
from . import knowledge, selection
from .keys import StoreKeys
from .limits import DEFAULT_LIMITS
from .manifest import (
    EVENTS_FORMAT,
    Manifest,
    Producer,
    RosterEntry,
    encode_manifest,
    format_to_write,
)
from .times import now_ms

Progress = Callable[[int, int], bool] | None


@dataclass
class MemoryBundle:
    """A bundle's contents without the file: what the simulation and in-process transports pass."""

    manifest: Manifest
    events: list[dict[str, Any]]
    blobs: dict[str, Path] = field(default_factory=dict)
    signer_public_key: str | None = None
    encrypted: bool = False

    @property
    def file_sha256(self) -> str:
        return "memory:" + self.manifest.bundle_id


def producer_name(store: Store, *, local: bool = False) -> str:
    """The name this store goes by: its user's person record's, else the device's. What leaves the
    store (a manifest, the shared folder's bundle name, a publication) never carries the name of a
    person record that is private (`local`: the name shown here, whatever its visibility)."""
    me = store.meta("me")
    view = store.find(me) if me else None
    if view is not None and not local:
        with store.read() as conn:
            if privacy.is_hidden(conn, view.id):
                view = None
    return view.title if view else (store.meta("device_name") or "")


def _roster(conn: Connection, store: Store, keys: StoreKeys | None, name: str) -> list[RosterEntry]:
    out: list[RosterEntry] = []
    if keys is not None:
        out.append(
            RosterEntry(
                name=name or "",
                replica=store.replica,
                public_key=keys.public_key_b64,
                age_recipient=keys.age_recipient,
                fingerprint=keys.fingerprint,
            )
        )
    for p in knowledge.peers(conn):
        k = knowledge.key(conn, p.fingerprint) if p.fingerprint else None
        if p.replica == store.replica or k is None or not k.trusted:
            continue  # only keys this store's user accepted travel on
        out.append(
            RosterEntry(
                name=p.name or k.name,
                replica=p.replica,
                public_key=k.public_key,
                age_recipient=k.age_recipient or "",
                fingerprint=k.fingerprint,
            )
        )
    return out  # this store's own entry first: `_fit_roster` keeps it


def _select_and_remember(
    store: Store, mode: str, peer: str | None, network_only: bool, keys: StoreKeys | None, name: str
) -> tuple[selection.Selection, list[RosterEntry]]:
    """The selection, with what it carries of ours sealed, in one write."""
    with store.write() as conn:
        sel = selection.select(store, conn, mode=mode, peer=peer, network_only=network_only)
        if sel.max_own_seq:
            # Autosave may no longer amend events that a bundle carries (their hash may be out
            # there from now on, even if the write fails halfway); `mark_exported` counts them
            # as shared once the bundle is written.
            sealed = int(store.meta_in(conn, "sealed_seq") or 0)
            if sel.max_own_seq > sealed:
                store._set_meta(conn, "sealed_seq", str(sel.max_own_seq))
        roster = _roster(conn, store, keys, name)
    return sel, roster


def mark_exported(store: Store, sel: selection.Selection, *, peer: str | None = None) -> None:
    """Count this store's changes that `sel` carried as shared, and the export as the last
    exchange (`peer`: the teammate it was for): its bundle has been written (an export that
    failed is neither)."""
    if store.read_only:
        return
    with store.write() as conn:
        if sel.max_own_seq and sel.max_own_seq > int(store.meta_in(conn, "exported_seq") or 0):
            store._set_meta(conn, "exported_seq", str(sel.max_own_seq))
        store._set_meta(conn, "last_export_ms", str(now_ms()))
        if peer:
            store._set_meta(conn, "last_export_peer", peer)


def prepare_export(
    store: Store,
    *,
    mode: str = "team",
    peer: str | None = None,
    network_only: bool = False,
    keys: StoreKeys | None = None,
) -> tuple[Manifest, selection.Selection]:
    """Select what to carry and build the manifest; seals own events from amendment (one write).
    The caller marks them exported (`mark_exported`) once the bundle is written."""
    if mode not in selection.MODES:
        raise ValueError(f"unknown export mode {mode!r}")
    name = producer_name(store)
    workspace_id = store.workspace_id or ""
    ws_view = store.find(workspace_id) if workspace_id else None
    if store.damaged:  # (its projection decides what stays private: it cannot be relied on)
        raise damage.no_export(store.folder)
    if store.read_only:  # a backup copy exports what it holds; it remembers nothing of it
        with store.read() as conn:
            sel = selection.select(store, conn, mode=mode, peer=peer, network_only=network_only)
            roster = _roster(conn, store, keys, name)
    else:
        sel, roster = _select_and_remember(store, mode, peer, network_only, keys, name)
    manifest = Manifest(
        format_version=format_to_write(store.meta(EVENTS_FORMAT)),
        app_version=__version__,
        schema_version=str(SCHEMA_VERSION),  # the record schema's; the store's revision stays home
        workspace_id=workspace_id,
        workspace_name=ws_view.title if ws_view else "",
        bundle_id=new_id(),
        kind="full" if not sel.since and not network_only else "incremental",
        created_ms=now_ms(),
        producer=_producer(store, name, keys),
        since=sel.since,
        have=sel.have,
        event_count=len(sel.lines),
        roster=roster,
    )
    _fit_roster(manifest)
    return manifest, sel


def _fit_roster(manifest: Manifest) -> None:
    """Name as many teammates as the rest of the manifest leaves room for: `have` and `since` at
    their part's most, two names of 1,000 control characters (6,000 bytes each) and many trusted
    keys are more than a manifest may be. What a bundle lists of
    its members is within the room each member adds to the cap (Limits.manifest_cap)."""
    cap = DEFAULT_LIMITS.manifest_bytes
    size = len(encode_manifest(manifest))
    while size > cap and len(manifest.roster) > 1:  # an entry is its JSON and a comma
        size -= len(msgspec.json.encode(manifest.roster.pop())) + 1
    while len(manifest.roster) > 1 and len(encode_manifest(manifest)) > cap:  # (reckoned, now checked)
        manifest.roster.pop()


def _producer(store: Store, name: str, keys: StoreKeys | None) -> Producer:
    if keys is None:
        return Producer(replica=store.replica, name=name, public_key="", age_recipient="", fingerprint="")
    return Producer(
        replica=store.replica,
        name=name,
        public_key=keys.public_key_b64,
        age_recipient=keys.age_recipient,
        fingerprint=keys.fingerprint,
    )


def export_memory(
    store: Store,
    *,
    mode: str = "team",
    peer: str | None = None,
    network_only: bool = False,
    keys: StoreKeys | None = None,
) -> MemoryBundle:
    manifest, sel = prepare_export(
        store, mode=mode, peer=peer, network_only=network_only, keys=keys
    )
    mark_exported(store, sel, peer=peer if mode == "peer" else None)
    return MemoryBundle(manifest, sel.events, sel.blobs, keys.public_key_b64 if keys else None)


# --- import ------------------------------------------------------------------------------------
