"""Joining a team: look at who made a bundle, then make an empty folder a new copy of its
workspace, filled from that bundle, as a named teammate."""

from __future__ import annotations

import os
import shutil
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import UserError
from ..store.store import (
    JOINING,
    Store,
    open_store,
    remove_unfinished_store,
    store_exists,
    unfinished_store,
)
from ..sync import snapshot, stream
from ..sync.join import join_streamed
from ..sync.keys import fingerprint
from ..sync.parts import part_of
from ..sync.reader import BundleContents, load_events, read_bundle
from . import gc_pause
from .bundles import Exchange, ImportReport, Progress, report_of
from .workspace import Workspace


@dataclass
class BundleInfo:
    """What a bundle says of itself (its manifest, signature checked), read before joining."""

    producer_name: str
    workspace_id: str
    workspace_name: str
    fingerprint: str | None  # None: not signed
    created_ms: int
    kind: str
    event_count: int
    bundle_id: str = ""
    file_sha256: str = ""  # of the file described: joining checks it is still the same file

    @classmethod
    def of(cls, contents: BundleContents) -> BundleInfo:
        m, signer = contents.manifest, contents.signer_public_key
        return cls(m.producer.name, m.workspace_id, m.workspace_name, fingerprint(signer) if signer else None,
                   m.created_ms, m.kind, m.event_count, m.bundle_id, contents.file_sha256)


def describe(path: Path | str, *, passphrase: str | None = None, identities: Sequence[str] = ()) -> BundleInfo:
    """Who made a bundle, of which workspace, signed with which key: what a newcomer checks
    before joining from it (neither the list of changes nor the attachments are read: the
    join reads them)."""
    with read_bundle(Path(path), passphrase=passphrase, identities=identities, events_later=True,
                     blobs=False) as contents:
        return BundleInfo.of(contents)


def part_named(path: Path | str) -> tuple[int, int] | None:
    """(k, n) when the file's name says it is part k of an export written as n files (a newcomer
    joins with one and imports the others); None otherwise."""
    return part_of(Path(path))


def _clear_for_joining(folder: Path) -> None:
    """Refuse a folder that holds a workspace; remove a join (or init) that was killed there."""
    if store_exists(folder):
        if not unfinished_store(folder):
            raise UserError(
                "There is already a workspace in %(folder)s; import the bundle into it instead.", folder=str(folder)
            )
        remove_unfinished_store(folder)  # a join (or init) that was killed: start again


def _remove_what_joining_made(store: Store | None, folder: Path, existing: set[str], created_folder: bool) -> None:
    if store is not None:
        store.close()
    if not folder.is_dir():
        return
    for name in set(os.listdir(folder)) - existing:  # only what joining made
        target = folder / name
        if target.is_dir():
            shutil.rmtree(target, ignore_errors=True)
        else:
            target.unlink(missing_ok=True)
    if created_folder:
        shutil.rmtree(folder, ignore_errors=True)


def _events_of(contents: BundleContents, stack: ExitStack) -> stream.EventStream | None:
    """A large bundle's events checked by a second process, starting while the new store is made
    (None: a smaller bundle's, read here and now)."""
    if contents.manifest.event_count >= stream.STREAM_FROM:
        return stack.enter_context(stream.EventStream(contents.events_source))
    load_events(contents)
    return None


def _mark_joining(store: Store, contents: BundleContents) -> None:
    with store.write() as conn:
        store._set_meta(conn, "workspace_id", contents.manifest.workspace_id)
        # unfinished until the fill commits (it removes the mark in its transaction):
        # a join killed before opens as such, and joining again starts afresh
        store._set_meta(conn, JOINING, "1")


def _fill(ws: Workspace, contents: BundleContents, events: stream.EventStream | None, *, trust_new_key: bool,
          once: bool, progress: Progress) -> ImportReport:
    """The new store filled from the bundle, in one transaction."""
    store = ws.store
    with store.filling():
        exchange = Exchange(ws)
        if events is None:
            return exchange.import_contents(contents, trust_new_key=trust_new_key, progress=progress, joining=True,
                                            once=once)
        if trust_new_key and not contents.signer_public_key:
            once = True  # an unsigned bundle has no key to trust: "yes, join" means once
        outcome = join_streamed(store, contents, events, trust_new_key=trust_new_key, once=once,
                                own_keys=exchange.keys, progress=progress)
        return report_of(outcome, exchange.teammate_names(), file_sha256=contents.file_sha256)


@gc_pause.during
def join(folder: Path | str, path: Path | str, *, passphrase: str | None = None, identities: Sequence[str] = (),
         trust_new_key: bool = False, once: bool = False, progress: Progress = None,
         checked: BundleInfo | None = None) -> tuple[Workspace, ImportReport]:
    """Make an empty folder a new replica of the bundle's workspace: how a teammate joins.

    `checked`: what `describe` said of the bundle the user looked at (and whose key they trust);
    a file that says otherwise now (swapped or rewritten since) is refused."""
    folder = Path(folder).expanduser()
    _clear_for_joining(folder)
    path = Path(path)
    if not path.is_file():
        raise UserError("There is no file %(path)s; check the name and try again.", path=str(path))
    created_folder = not folder.exists()
    existing = set(os.listdir(folder)) if folder.is_dir() else set()
    store: Store | None = None
    try:
        # read in the `with`: whatever fails from here on, the bundle's temp folder goes
        with read_bundle(path, passphrase=passphrase, identities=identities, progress=progress,
                         events_later=True) as contents, ExitStack() as stack:
            if checked is not None and BundleInfo.of(contents) != checked:
                raise UserError(
                    "The bundle file changed after you checked it; choose it again, check who made it, then join."
                )
            events = _events_of(contents, stack)
            store = open_store(folder, create=True)
            _mark_joining(store, contents)
            ws = Workspace(store)
            report = _fill(ws, contents, events, trust_new_key=trust_new_key, once=once, progress=progress)
            snapshot.discard(store)  # nothing to go back to: the store did not exist
        return ws, report
    except BaseException:
        # (also when the new store could not be made: a disk that filled up while its schema was)
        _remove_what_joining_made(store, folder, existing, created_folder)
        raise


def join_as(folder: Path | str, path: Path | str, *, name: str, role: str | None = None,
            passphrase: str | None = None, identities: Sequence[str] = (), trust_new_key: bool = False,
            once: bool = False, progress: Progress = None,
            checked: BundleInfo | None = None) -> tuple[Workspace, ImportReport]:
    """Join the bundle's workspace (see `join`) as the teammate called `name`: the member of
    that name when the team already lists one, else a new member with that role."""
    name = " ".join(name.split())
    if not name:
        raise UserError("Enter your name, then join the workspace again.")
    ws, report = join(folder, path, passphrase=passphrase, identities=identities,
                      trust_new_key=trust_new_key, once=once, progress=progress, checked=checked)
    try:
        known = ws.find_by_label("member", name)
        if known is not None:
            ws.set_me(known.id)
        else:
            member = ws.create("member", {"name": name, "role": role or "staff"}).rec
            ws.set_me(member)
    except BaseException:
        ws.close()
        raise
    return ws, report
