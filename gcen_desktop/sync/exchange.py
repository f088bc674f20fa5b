"""Bundle exchange on one store: export a selection, and the import pipeline's steps 6–9.

Preview and import run the very same code — apply the bundle's events inside a BEGIN IMMEDIATE
transaction and classify what changed — and a preview then rolls back, so the two always agree.
An import first snapshots the database (undo restores it), then commits the transaction with
peer knowledge, keys and the import log.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import filterfalse
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from .. import __version__
from ..domain.clock import WARN_AHEAD_MS, wall_ms_of
from ..domain.errors import UserError
from ..domain.ids import new_id
from ..store import damage, ranges
from ..store.apply import (
    CHUNK,
    ClonedStoreError,
    held_hashes,
    index_records,
    insert_read_events,
    settle_kept_alive,
    write_prepared,
)
from ..store.migrations import HEAD_REVISION
from ..store.ranges import Vector
from ..store.store import JOINING, Store
from . import knowledge, selection, snapshot, stream
from .bundle_reader import HeldEvent
from .bundle_writer import WriteResult, write_bundle
from .errors import BundleCancelled
from .keys import StoreKeys, fingerprint
from .manifest import Manifest, Producer, RosterEntry

CATEGORIES = ("new", "updated", "unchanged", "conflicting", "deleted")
APPLY_CHUNK = 5_000
DEFER_FTS_FROM = 2_000  # events; larger imports queue their records for background indexing
MANY_DELETIONS = 25

Progress = Callable[[int, int], bool] | None


class BundleRefused(UserError):
    """A bundle that is well formed but must not be applied to this store; nothing was changed."""


class UntrustedKey(BundleRefused):
    pass


class ForeignWorkspace(BundleRefused):
    """A bundle of another team's workspace: refused, unless imported as copies."""

    def __init__(self, template: str, workspace_name: str, /, **params: Any) -> None:
        super().__init__(template, **params)
        self.workspace_name = workspace_name


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


@dataclass
class Outcome:
    """What a bundle does (preview) or did (import) to this store."""

    manifest: Manifest
    signed: bool
    fingerprint: str | None
    key_known: bool
    counts: dict[str, dict[str, int]]
    warnings: list[str]
    already_imported_on: int | None = None
    imported: bool = False
    applied: int = 0
    created: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    deleted: set[str] = field(default_factory=set)
    restored: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    missing: Vector = field(default_factory=dict)
    indexing: int = 0  # records queued for the search index


class _PreviewDone(Exception):
    def __init__(self, outcome: Outcome) -> None:
        self.outcome = outcome


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def fmt_ms(ms: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ms / 1000))


# --- export ------------------------------------------------------------------------------------


def producer_name(store: Store) -> str:
    me = store.meta("me")
    view = store.find(me) if me else None
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
    return out


def _select_and_remember(
    store: Store, mode: str, peer: str | None, network_only: bool, keys: StoreKeys | None, name: str
) -> tuple[selection.Selection, list[RosterEntry]]:
    """The selection, with what it carries of ours marked exported, in one write."""
    with store.write() as conn:
        sel = selection.select(store, conn, mode=mode, peer=peer, network_only=network_only)
        if sel.max_own_seq:
            # Autosave may no longer amend events that a bundle carries (their hash is out there).
            exported = int(store.meta_in(conn, "exported_seq") or 0)
            if sel.max_own_seq > exported:
                store._set_meta(conn, "exported_seq", str(sel.max_own_seq))
        roster = _roster(conn, store, keys, name)
        store._set_meta(conn, "last_export_ms", str(now_ms()))
        if mode == "peer" and peer:
            store._set_meta(conn, "last_export_peer", peer)
    return sel, roster


def prepare_export(
    store: Store,
    *,
    mode: str = "team",
    peer: str | None = None,
    network_only: bool = False,
    keys: StoreKeys | None = None,
) -> tuple[Manifest, selection.Selection]:
    """Select what to carry and build the manifest; marks own events as exported (one write)."""
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
        app_version=__version__,
        schema_version=HEAD_REVISION,
        workspace_id=workspace_id,
        workspace_name=ws_view.title if ws_view else "",
        bundle_id=new_id(),
        kind="full" if not sel.since and not network_only else "incremental",
        created_ms=now_ms(),
        producer=Producer(
            replica=store.replica,
            name=name,
            public_key=keys.public_key_b64 if keys else "",
            age_recipient=keys.age_recipient if keys else "",
            fingerprint=keys.fingerprint if keys else "",
        ),
        since=sel.since,
        have=sel.have,
        event_count=len(sel.lines),
        roster=roster,
    )
    return manifest, sel


def export_file(
    store: Store,
    path: Path,
    *,
    mode: str = "team",
    peer: str | None = None,
    network_only: bool = False,
    keys: StoreKeys | None = None,
    sign: bool = True,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    progress: Progress = None,
) -> WriteResult:
    manifest, sel = prepare_export(
        store, mode=mode, peer=peer, network_only=network_only, keys=keys
    )
    return write_bundle(
        Path(path),
        manifest,
        sel.lines,
        sel.blobs,
        keys=keys if sign else None,
        recipients=recipients,
        passphrase=passphrase,
        progress=progress,
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
    return MemoryBundle(manifest, sel.events, sel.blobs, keys.public_key_b64 if keys else None)


# --- import ------------------------------------------------------------------------------------


def _status(conn: Connection, recs: list[str]) -> dict[str, tuple[str, int, bool, str | None]]:
    """id → (type, deleted, conflicted, conflict details) of the projection rows."""
    out: dict[str, tuple[str, int, bool, str | None]] = {}
    for i in range(0, len(recs), CHUNK):
        part = recs[i : i + CHUNK]
        marks = ",".join("?" * len(part))
        for rid, type_, deleted, conflicts, del_conflict, data in conn.exec_driver_sql(
            f"SELECT id, type, deleted, conflicts, del_conflict, CASE WHEN conflicts IS NOT NULL "
            f"OR del_conflict THEN data END FROM records WHERE id IN ({marks})",
            tuple(part),
        ):
            conflicted = bool(conflicts) or bool(del_conflict)
            out[rid] = (type_, deleted, conflicted, (conflicts or "") + str(del_conflict) + (data or ""))
    return out


def _has_records(conn: Connection) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM records LIMIT 1").first() is not None


def _unknown(conn: Connection, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events this store does not hold yet; a held dot with another hash is a cloned store."""
    known = held_hashes(conn, [e["dot"] for e in events])
    fresh = []
    for e in events:
        r, s = e["dot"]
        h = known[r].get(s)
        if h is None:
            fresh.append(e)
        elif h != e["h"]:
            raise ClonedStoreError((r, s))
    if any(type(e) is HeldEvent for e in fresh):
        # read as held, gone since (an import undone while this one was read)
        raise UserError("The workspace changed while the bundle was read; import the bundle again.")
    return fresh


_REC_AND_TYPE = itemgetter(3, 4)  # (rec, type) of an events row


def _classify(
    outcome: Outcome,
    rec_types: dict[str, str],
    changed: set[str],
    before: dict[str, tuple[str, int, bool, str | None]],
    after: dict[str, tuple[str, int, bool, str | None]],
    created: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    counts: dict[str, dict[str, int]] = {}
    # Records this import created (shown, no conflict; all of a first import, nearly) are new:
    # counted per type a slice at a time. (One C call over 100k ids, a sort or a set operation,
    # holds the interpreter lock long enough to freeze the window the import runs behind.)
    new = list(created)
    for i in range(0, len(new), 4096):
        part = new[i : i + 4096]
        for type_, n in Counter(map(rec_types.__getitem__, part)).items():
            counts.setdefault(type_, dict.fromkeys(CATEGORIES, 0))["new"] += n
            outcome.types.add(type_)
        outcome.created.update(part)
    others = list(filterfalse(created.__contains__, rec_types))  # (in C: ~3 ms for 100k)
    others += [rec for rec in changed if rec not in rec_types and rec not in created]
    for rec in others:
        b = before.get(rec)
        a = after.get(rec, b) if rec in changed else b
        type_ = rec_types.get(rec) or (a or b or ("?",))[0]
        if rec not in changed:
            cat = "unchanged"
        elif b is None:
            if a is None or a[1]:
                cat = "unchanged"  # arrives already deleted: nothing to show
            else:
                cat = "conflicting" if a[2] else "new"
                outcome.created.add(rec)
        elif a is None or (a[1] and not b[1]):
            cat = "deleted"
            outcome.deleted.add(rec)
        elif a[2] and (not b[2] or a[3] != b[3]):
            cat = "conflicting"
            outcome.updated.add(rec)
        else:
            cat = "updated"
            (outcome.restored if b[1] and not a[1] else outcome.updated).add(rec)
        per_type = counts.setdefault(type_, dict.fromkeys(CATEGORIES, 0))
        per_type[cat] += 1
        if cat != "unchanged":
            outcome.types.add(type_)
    outcome.counts = counts


def _unchanged_counts(rec_types: dict[str, str]) -> dict[str, dict[str, int]]:
    return {t: dict(dict.fromkeys(CATEGORIES, 0), unchanged=n) for t, n in Counter(rec_types.values()).items()}


def _key_facts(
    conn: Connection, store: Store, bundle: Any, own_keys: StoreKeys | None
) -> tuple[str | None, bool, list[str]]:
    m: Manifest = bundle.manifest
    warnings: list[str] = []
    signer = bundle.signer_public_key
    if not signer:
        if m.producer.replica != store.replica:
            warnings.append(
                f"This bundle is not signed, so it cannot be checked that {m.producer.name or 'a teammate'} "
                "made it; import it only if you know where it came from."
            )
        return None, False, warnings
    fp = fingerprint(signer)
    if own_keys is not None and signer == own_keys.public_key_b64:
        return fp, True, warnings
    k = knowledge.key(conn, fp)
    if k is None or not k.trusted:
        warnings.append(
            f"This is the first bundle signed by the key {fp} ({m.producer.name or 'no name given'}); "
            "check the fingerprint with that teammate before trusting it."
        )
        return fp, False, warnings
    p = knowledge.peer(conn, m.producer.replica)
    if p is not None and p.fingerprint and p.fingerprint != fp:
        warnings.append(
            f"{m.producer.name or 'This teammate'} signed earlier bundles with another key; "
            "ask them whether they moved to a new computer."
        )
    return fp, True, warnings


def _refuse_foreign(store: Store, m: Manifest, *, joining: bool) -> None:
    wid = store.workspace_id
    if joining and not wid:
        return
    if m.workspace_id != wid and m.workspace_name:
        raise ForeignWorkspace(
            "This bundle belongs to another workspace '%(name)s', not to this one; open that workspace "
            "(or join it from an empty folder) to import it, or import its records as copies.",
            m.workspace_name,
            name=m.workspace_name,
        )
    if m.workspace_id != wid:
        raise ForeignWorkspace(
            "This bundle belongs to another workspace, not to this one; open that workspace "
            "(or join it from an empty folder) to import it, or import its records as copies.",
            m.workspace_name,
        )


def _refuse_clone_of_us(store: Store, conn: Connection, events: list[dict[str, Any]]) -> None:
    own_seq = int(store.meta_in(conn, "seq") or 0)
    if any(e["dot"][0] == store.replica and e["dot"][1] > own_seq for e in events):
        raise _cloned()


def _cloned() -> BundleRefused:
    return BundleRefused(
        "This bundle holds changes made by a copy of a store that reuses another store's identity "
        "(a copied or restored workspace folder), so it was refused; ask the sender to export a new "
        "full bundle after opening their workspace in GCEN Desktop once more."
    )


def _untrusted(fp: str) -> UntrustedKey:
    return UntrustedKey(
        "This bundle is signed by a key this store does not know yet (%(fingerprint)s); check the "
        "fingerprint with the sender, then import it again and accept the key.",
        fingerprint=fp,
    )


def _missing(m: Manifest, held: Vector, events: list[dict[str, Any]]) -> Vector:
    """What the bundle's producer assumed this store had (`since`) and it does not."""
    if not m.since:  # a full bundle assumes nothing
        return {}
    arriving: dict[str, list[int]] = {}
    for e in events:
        arriving.setdefault(e["dot"][0], []).append(e["dot"][1])
    have_after = ranges.vector_union(held, {k: ranges.from_seqs(v) for k, v in arriving.items()})
    return ranges.vector_subtract({k: [list(x) for x in v] for k, v in m.since.items()}, have_after)


def _describe_missing(conn: Connection, missing: Vector) -> str:
    names = knowledge.names(conn)
    parts = [
        f"{ranges.count(rs):,} from {names.get(origin) or 'store ' + origin[:8]}"
        for origin, rs in sorted(missing.items())
    ]
    return (
        "This bundle assumes changes this store does not have ("
        + ", ".join(parts)
        + "); what it holds was applied, and a full bundle from the sender will fill the gap."
    )


def run_import(
    store: Store,
    bundle: Any,
    *,
    apply: bool,
    trust_new_key: bool = False,
    joining: bool = False,
    own_keys: StoreKeys | None = None,
    progress: Progress = None,
    snapshot_before: bool = True,
) -> Outcome:
    """Preview (apply=False, rolled back) or import one bundle's contents; the shared code path."""
    m: Manifest = bundle.manifest
    events: list[dict[str, Any]] = bundle.events
    if apply:
        store.refuse_writes()
    _refuse_foreign(store, m, joining=joining)
    with store.read() as conn:
        fp, key_known, warnings = _key_facts(conn, store, bundle, own_keys)
        logged = knowledge.logged_import(conn, bundle_id=m.bundle_id)
        held = knowledge.have(conn)
    outcome = Outcome(m, bool(bundle.signer_public_key), fp, key_known, {}, warnings)
    if logged is not None:
        outcome.already_imported_on = logged.imported_ms
        outcome.counts = _unchanged_counts({e["rec"]: e["type"] for e in events})
        return outcome
    if fp and not key_known and apply and not trust_new_key:
        raise _untrusted(fp)
    max_hlc = max((e["hlc"] for e in events if type(e) is not HeldEvent), default=None)
    ahead = _clock_warning(max_hlc)
    if ahead:
        warnings.append(ahead)
    outcome.missing = _missing(m, held, events)
    if apply:
        for sha, path in bundle.blobs.items():
            if not store.blobs.has(sha):
                store.blobs.put_file(Path(path))
    token_before = nothing_new_at = None
    unknown: tuple[str, list[dict[str, Any]]] | None = None  # (state token, what it did not hold)
    if apply and snapshot_before:
        # A bundle of nothing new needs no snapshot (a copy of the whole database) to undo.
        with store.read() as conn:
            token = snapshot.state_token(conn)
            try:
                unknown = (token, _unknown(conn, events))
            except ClonedStoreError:
                raise _cloned() from None
        if not unknown[1]:
            nothing_new_at = token
        else:
            _, token_before = snapshot.take(store)
    try:
        with store.write() as conn:
            now = None
            if token_before is not None or nothing_new_at is not None:
                now = snapshot.state_token(conn)
                if now not in (token_before, nothing_new_at):
                    raise UserError(
                        "The workspace changed while the import was starting; import the bundle again."
                    )
            _refuse_clone_of_us(store, conn, events)
            if outcome.missing:
                warnings.append(_describe_missing(conn, outcome.missing))
            rec_types = {e["rec"]: e["type"] for e in events if type(e) is HeldEvent}
            rec_types.update((e["rec"], e["type"]) for e in events if type(e) is not HeldEvent)
            # what is already here costs nothing below (found once, unless the store changed since)
            events = unknown[1] if unknown is not None and now == unknown[0] else _unknown(conn, events)
            before = _status(conn, list({e["rec"] for e in events})) if _has_records(conn) else {}
            changed: set[str] = set()
            created: set[str] = set()  # new, shown, no conflict: no need to read their rows back
            defer = len(events) >= DEFER_FTS_FROM
            for i in range(0, len(events), APPLY_CHUNK):
                result = store.apply(conn, events[i : i + APPLY_CHUNK], defer_fts=defer)
                outcome.applied += result.applied
                changed |= result.changed
                created = (created - result.changed) | result.created  # a later chunk may edit one
                if (
                    progress is not None
                    and progress(min(i + APPLY_CHUNK, len(events)), len(events)) is False
                ):
                    raise BundleCancelled("Import cancelled; nothing was changed.")
            _report(conn, outcome, rec_types, changed, created, before)
            if not apply:
                raise _PreviewDone(outcome)
            _record(store, conn, bundle, outcome, fp, trust_new_key or key_known, max_hlc, joining=joining)
            if defer:
                outcome.indexing = conn.exec_driver_sql(
                    "SELECT COUNT(*) FROM fts_queue"
                ).scalar_one()
            if token_before is not None:
                # What undo needs is on disk before the commit, so the import can be undone
                # whenever it committed, even if the app is killed right after; a record of an
                # import that rolled back names a state the store never reaches: never offered.
                snapshot.remember(
                    store,
                    snapshot.state_token(conn),
                    bundle_id=m.bundle_id,
                    producer_name=m.producer.name,
                    created=outcome.created,
                    updated=outcome.updated,
                    deleted=outcome.deleted,
                    restored=outcome.restored,
                    types=outcome.types,
                )
    except _PreviewDone as done:
        return done.outcome
    except ClonedStoreError:
        raise _cloned() from None
    outcome.imported = True
    return outcome


def _report(
    conn: Connection,
    outcome: Outcome,
    rec_types: dict[str, str],
    changed: set[str],
    created: set[str],
    before: dict[str, tuple[str, int, bool, str | None]],
) -> None:
    """The counts per type and category, and the warnings they call for."""
    if changed:
        _classify(outcome, rec_types, changed, before, _status(conn, list(changed - created)), created)
    else:
        outcome.counts = _unchanged_counts(rec_types)
    deleted = sum(c["deleted"] for c in outcome.counts.values())
    if deleted >= MANY_DELETIONS:
        outcome.warnings.append(f"This bundle deletes {deleted:,} records; look at the preview before importing.")
    if outcome.applied == 0:
        outcome.warnings.append("Everything in this bundle is already here; importing it changes nothing.")


def _clock_warning(max_hlc: str | None) -> str | None:
    if max_hlc and wall_ms_of(max_hlc) - now_ms() > WARN_AHEAD_MS:
        hours = (wall_ms_of(max_hlc) - now_ms()) / 3_600_000
        return (
            f"The sender's clock is {hours:,.1f} hours ahead of this computer's; ask them to check "
            "their date and time (the order of edits does not depend on it)."
        )
    return None


def join_streamed(
    store: Store,
    bundle: Any,
    chunks: stream.EventStream,
    *,
    trust_new_key: bool = False,
    own_keys: StoreKeys | None = None,
    progress: Progress = None,
) -> Outcome:
    """Fill a new, empty store from a bundle read with `events_later`: its events are checked in a
    reader process (`chunks`, which the caller closes) chunk by chunk while the chunk before is
    written, all in one transaction. The same result as `run_import` on the whole list, which
    joins smaller bundles."""
    m: Manifest = bundle.manifest
    with store.read() as conn:
        fp, key_known, warnings = _key_facts(conn, store, bundle, own_keys)
    outcome = Outcome(m, bool(bundle.signer_public_key), fp, key_known, {}, warnings)
    for sha, path in bundle.blobs.items():
        if not store.blobs.has(sha):
            store.blobs.put_file(Path(path))
    defer = m.event_count >= DEFER_FTS_FROM
    rec_types: dict[str, str] = {}  # every record met so far (the store held none before)
    changed: set[str] = set()
    created: set[str] = set()
    arriving: Vector = {}
    max_hlc: str | None = None
    try:
        with store.write() as conn:
            # What applying refuses (a reused dot, a record of two types) is told only once the
            # reader has judged the whole member, as reading it whole first would: its refusal
            # (a hash that differs, a bad line) comes first.
            refused: Exception | None = None
            for chunk in chunks:
                if refused is None:
                    try:
                        if store.replica in chunk.held:
                            raise _cloned()
                        first_eid = insert_read_events(conn, chunk.rows, chunk.held)
                        new = write_prepared(conn, chunk.new, chunk.rows, chunk.first_eid, first_eid, defer_fts=defer)
                        events = chunk.events([i for i, _e in chunk.others], dict(chunk.others))
                        result = store.apply(conn, events, insert_events=False, defer_fts=defer)
                        # a live new child keeps a deleted parent shown, once the chunk's rows are in
                        kept = settle_kept_alive(conn, set(chunk.new.parents))
                        index_records(conn, kept, defer=defer)
                    except (UserError, ClonedStoreError) as e:
                        refused = e
                        continue
                    outcome.applied += result.applied + len(new)
                    now = result.changed | kept | new
                    changed |= now
                    created -= now  # (in place: a new set each chunk made joining quadratic)
                    created |= new
                    created |= result.created
                    rec_types.update(map(_REC_AND_TYPE, chunk.rows))
                    arriving = ranges.vector_union(arriving, chunk.held)
                    max_hlc = max(max_hlc or chunk.max_hlc, chunk.max_hlc)
                if progress is not None and progress(chunk.done, m.event_count) is False:
                    raise BundleCancelled("Import cancelled; nothing was changed.")
            # in the order a bundle read whole tells them: its checks (above), the key, then applying
            if fp and not key_known and not trust_new_key:
                raise _untrusted(fp)
            if refused is not None:
                raise refused
            ahead = _clock_warning(max_hlc)
            if ahead:
                warnings.append(ahead)
            outcome.missing = ranges.vector_subtract({k: [list(x) for x in v] for k, v in m.since.items()}, arriving)
            if outcome.missing:
                warnings.append(_describe_missing(conn, outcome.missing))
            _report(conn, outcome, rec_types, changed, created, {})
            _record(store, conn, bundle, outcome, fp, trust_new_key or key_known, max_hlc, joining=True)
            if defer:
                outcome.indexing = conn.exec_driver_sql("SELECT COUNT(*) FROM fts_queue").scalar_one()
    except ClonedStoreError:
        raise _cloned() from None
    outcome.imported = True
    return outcome


def _record(
    store: Store,
    conn: Connection,
    bundle: Any,
    outcome: Outcome,
    fp: str | None,
    trusted: bool,
    max_hlc: str | None,
    *,
    joining: bool = False,
) -> None:
    """Peer knowledge, peers, keys, clock and the import log, in the import's transaction; for a
    join, the mark that it is unfinished goes with them."""
    m: Manifest = bundle.manifest
    if joining:
        conn.exec_driver_sql("DELETE FROM meta WHERE key=?", (JOINING,))
    if m.producer.replica != store.replica:
        if fp:
            knowledge.register_key(
                conn,
                fp,
                bundle.signer_public_key,
                m.producer.age_recipient or None,
                m.producer.name,
                trusted=trusted,
            )
        knowledge.register_peer(conn, m.producer.replica, m.producer.name, fp, exchanged=True)
        knowledge.learn(
            conn, m.producer.replica, {k: [list(x) for x in v] for k, v in m.have.items()}
        )
        for entry in m.roster:
            if entry.replica == store.replica or entry.replica == m.producer.replica:
                continue
            entry_fp = entry.fingerprint or (
                fingerprint(entry.public_key) if entry.public_key else None
            )
            if entry.public_key and entry_fp:
                # A key vouched for by a trusted teammate's signed roster is trusted too.
                knowledge.register_key(
                    conn,
                    entry_fp,
                    entry.public_key,
                    entry.age_recipient or None,
                    entry.name,
                    trusted=trusted and bool(fp),
                )
            knowledge.register_peer(conn, entry.replica, entry.name, entry_fp, exchanged=False)
    if max_hlc:
        store.clock.observe(max_hlc)
        store._set_meta(conn, "hlc", store.clock.state())
    store._set_meta(conn, "last_import_ms", str(now_ms()))
    knowledge.log_import(
        conn,
        bundle_id=m.bundle_id,
        file_sha256=bundle.file_sha256,
        producer=m.producer.replica,
        producer_name=m.producer.name,
        kind=m.kind,
        created_ms=m.created_ms,
        event_count=m.event_count,
        applied=outcome.applied,
        report={"counts": outcome.counts, "warnings": outcome.warnings},
    )
