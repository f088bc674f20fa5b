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
from ..domain.schema import SCHEMA_VERSION, TYPES
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


class Unvouched(BundleRefused):
    """A bundle no trusted key vouches for, applied without the user's decision to import it once."""


class UntrustedKey(Unvouched):
    """Signed by a key this store does not trust (yet)."""


class Impersonation(BundleRefused):
    """Signed by one key, naming as its producer a replica bound to another."""


class NeedsReview(BundleRefused):
    """Held back for the user to look at (many deletions) where nobody is asked: the shared folder."""


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
    vouched: bool = True  # a trusted key signed it (or the user trusted the key for this import)
    left_out: dict[str, int] = field(default_factory=dict)  # replica -> changes an unvouched bundle may not bring
    restored_from_backup: bool = False  # it named this store's own later changes
    # replicas of which a dot arrived with other content than the one held: settled, see
    # apply.resolve_equivocations (named in the report and on the Sync screen)
    equivocating: list[str] = field(default_factory=list)
    # records of types a newer version made: kept in the log and passed on, not shown (nor counted above)
    kept_for_newer: int = 0


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
        schema_version=str(SCHEMA_VERSION),  # the record schema's; the store's revision stays home
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


class ReadWhole(Exception):
    """A line recognised as a held event (not decoded) names a held dot with another hash: an
    equivocation, which needs the whole event; read the bundle again with nothing taken as held."""


def _unknown(
    conn: Connection, events: list[dict[str, Any]], *, on_equivocation: str = "resolve"
) -> list[dict[str, Any]]:
    """The events this store does not hold yet, and those of a held dot with another hash (an
    equivocation, settled by applying them; refused as a cloned store with "refuse")."""
    known = held_hashes(conn, [e["dot"] for e in events])
    fresh = []
    for e in events:
        r, s = e["dot"]
        h = known[r].get(s)
        if h is None:
            fresh.append(e)
        elif h != e["h"]:
            if on_equivocation == "refuse":
                raise ClonedStoreError((r, s))
            if type(e) is HeldEvent:
                raise ReadWhole((r, s))
            fresh.append(e)
    purged = conn.exec_driver_sql("SELECT 1 FROM meta WHERE key='purged'").first() is not None
    if not purged:
        if any(type(e) is HeldEvent for e in fresh):
            # read as held, gone since (an import undone while this one was read)
            raise UserError("The workspace changed while the bundle was read; import the bundle again.")
        return fresh
    return _unforgotten(conn, fresh)


def _unforgotten(conn: Connection, fresh: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`fresh` less the changes this store holds but forgot: the values of records deleted
    permanently here (`Store.purge`) that are still deleted. A record a teammate brought back
    since takes its values again (read whole, they are applied)."""
    held_now = knowledge.have(conn)
    live: dict[str, bool] = {}

    def alive(rec: str) -> bool:
        if rec not in live:
            row = conn.exec_driver_sql("SELECT deleted FROM records WHERE id=?", (rec,)).first()
            live[rec] = row is not None and not row[0]
        return live[rec]

    out = []
    for e in fresh:
        if not _holds(held_now, e["dot"]):
            if type(e) is HeldEvent:  # read as held, gone since (an import undone while this one was read)
                raise UserError("The workspace changed while the bundle was read; import the bundle again.")
            out.append(e)
        elif alive(e["rec"]):
            if type(e) is HeldEvent:
                raise ReadWhole(tuple(e["dot"]))
            out.append(e)
    return out


def _holds(vector: Vector, dot: Any) -> bool:
    r, s = dot
    return any(lo <= s <= hi for lo, hi in vector.get(r, ()))


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


@dataclass
class Vouching:
    """What the bundle's signature proves here (SYNC.md, "Trust and authenticity")."""

    fp: str | None  # the signer's fingerprint; None when the bundle is not signed
    trusted: bool  # the signer's key is trusted here (or is this store's own)
    warnings: list[str]

    def vouched(self, trust_new_key: bool) -> bool:
        """Whether the bundle speaks with a trusted key: as it is, or once the user trusts the key."""
        return self.trusted or (trust_new_key and self.fp is not None)


def _vouching(conn: Connection, store: Store, bundle: Any, own_keys: StoreKeys | None) -> Vouching:
    """Who vouches for the bundle. A trusted key that claims a replica bound to another key (an
    impersonation) is refused here, before anything is read further."""
    m: Manifest = bundle.manifest
    warnings: list[str] = []
    signer = bundle.signer_public_key
    who = m.producer.name or "a teammate"
    if not signer:
        if m.producer.replica != store.replica:
            warnings.append(
                f"This bundle is not signed, so it cannot be checked that {who} made it; import it only if "
                "you know where it came from."
            )
        return Vouching(None, False, warnings)
    fp = fingerprint(signer)
    own = own_keys is not None and signer == own_keys.public_key_b64
    k = knowledge.key(conn, fp)
    trusted = own or (k is not None and k.trusted)
    _refuse_impersonation(conn, store, m, fp, own_keys)
    if not trusted:
        warnings.append(
            f"This is the first bundle signed by the key {fp} ({m.producer.name or 'no name given'}); "
            "check the fingerprint with that teammate before trusting it."
        )
    return Vouching(fp, trusted, warnings)


def _refuse_impersonation(conn: Connection, store: Store, m: Manifest, fp: str, own_keys: StoreKeys | None) -> None:
    """Only the key bound to a replica speaks for it: a bundle signed by another key that names
    that replica as its producer is refused, whoever signed it."""
    producer = m.producer.replica
    if producer == store.replica:
        bound = own_keys.fingerprint if own_keys is not None else None
    else:
        bound = knowledge.bound_key(conn, producer)
    if bound is None or bound == fp:
        return
    names = knowledge.names(conn)
    signer_name = next((p.name for p in knowledge.peers(conn) if p.fingerprint == fp and p.name), None)
    raise Impersonation(
        "This bundle is signed by the key %(fingerprint)s%(signer)s, but it says it comes from %(name)s's "
        "store, whose bundles are signed by another key, so it was refused. If %(name)s moved to a new "
        "computer, a bundle made there comes from a new store and is accepted once you trust its key.",
        fingerprint=fp,
        signer=f" ({signer_name})" if signer_name else "",
        name=_who(store, names, producer),
    )


def _who(store: Store, names: dict[str, str], replica: str) -> str:
    if replica == store.replica:
        return producer_name(store) or "this"
    return names.get(replica) or f"store {replica[:8]}"


def _admit_unvouched(
    conn: Connection, store: Store, events: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """The events a bundle no trusted key vouches for may bring: of `events` (those this store does
    not hold, see `_unknown`), the ones of replicas unknown here. The others are left out, counted
    per replica: only that replica's key, or a trusted teammate relaying them, speaks for them."""
    replicas = {e["dot"][0] for e in events}
    previous = set(filter(None, (store.meta_in(conn, "previous_replicas") or "").split(",")))
    known = (knowledge.known_replicas(conn, replicas) | {store.replica} | previous) & replicas
    if not known:
        return events, {}
    kept: list[dict[str, Any]] = []
    left: Counter[str] = Counter()
    for e in events:
        r = e["dot"][0]
        if r in known:
            left[r] += 1
        else:
            kept.append(e)
    return kept, dict(left)


def _describe_left_out(conn: Connection, store: Store, left: dict[str, int], signed: bool) -> str:
    names = knowledge.names(conn)
    parts = ", ".join(f"{n:,} of {_who(store, names, r)}" for r, n in sorted(left.items()))
    how = "trust the key of this bundle, or " if signed else ""
    return (
        f"No key you trust signed this bundle, so the changes it carries in the name of teammates "
        f"already known here were left out ({parts}); {how}ask those teammates for a bundle of their own."
    )


# More changes than a workspace copy makes between a backup and its restore: a store's numbering never
# jumps further on one bundle's word (a claim beyond is forged, and its dots are out of reach anyway).
MAX_OWN_SKIP = 1 << 24


def _own_future(store: Store, conn: Connection, m: Manifest, events: list[dict[str, Any]]) -> int:
    """The highest change of this store's own replica that the bundle names beyond the last one it
    made (in its events, its `have`, or their parents or observed versions), or 0: this store was
    restored from a backup, or the bundle is forged."""
    own = store.replica
    seq = int(store.meta_in(conn, "seq") or 0)
    top = seq
    spans = m.have.get(own)
    if spans:
        top = max(top, spans[-1][1])
    for e in events:
        if e["dot"][0] == own:
            top = max(top, e["dot"][1])
        if type(e) is HeldEvent:
            continue
        for refs in (e.get("parents") or e.get("observed") or {}).values():
            for r, s in refs:
                if r == own:
                    top = max(top, s)
    return top if top > seq else 0


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


def _cloned() -> BundleRefused:
    return BundleRefused(
        "This bundle holds changes made by a copy of a store that reuses another store's identity "
        "(a copied or restored workspace folder), so it was refused; ask the sender to export a new "
        "full bundle after opening their workspace in GCEN Desktop once more."
    )


def _forged_own() -> BundleRefused:
    return BundleRefused(
        "This bundle claims changes of this very workspace copy that it never made, and no key you "
        "trust signed it, so it was refused: it is forged or damaged. Ask the teammate who sent it "
        "for a bundle signed with their key."
    )


def _untrusted(fp: str) -> UntrustedKey:
    return UntrustedKey(
        "This bundle is signed by a key this store does not trust yet (%(fingerprint)s); look at the "
        "preview, then import it once without trusting the key, or check the fingerprint with the "
        "sender and trust it.",
        fingerprint=fp,
    )


def _not_signed() -> Unvouched:
    return Unvouched(
        "This bundle is not signed, so nothing shows who made it; look at the preview, then import it "
        "once if you know where it came from."
    )


def _refuse_unvouched(v: Vouching) -> None:
    raise _untrusted(v.fp) if v.fp else _not_signed()


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
    once: bool = False,
    joining: bool = False,
    own_keys: StoreKeys | None = None,
    progress: Progress = None,
    snapshot_before: bool = True,
    hold_deletions: int | None = None,
) -> Outcome:
    """Preview (apply=False, rolled back) or import one bundle's contents; the shared code path.

    A bundle no trusted key vouches for (unsigned, or signed by a key not trusted here) is applied
    only with `once` (import it once, trusting nothing) or, when signed, `trust_new_key`; its events
    of replicas already known here are left out, and nothing else it claims is remembered.
    `hold_deletions`: refuse (NeedsReview) an import that would delete that many records."""
    m: Manifest = bundle.manifest
    events: list[dict[str, Any]] = bundle.events
    if apply:
        store.refuse_writes()
    _refuse_foreign(store, m, joining=joining)
    with store.read() as conn:
        v = _vouching(conn, store, bundle, own_keys)
        logged = knowledge.logged_import(conn, bundle_id=m.bundle_id)
        held = knowledge.have(conn)
    vouched = v.vouched(trust_new_key)
    warnings = v.warnings
    outcome = Outcome(m, bool(bundle.signer_public_key), v.fp, v.trusted, {}, warnings, vouched=vouched)
    if logged is not None:
        outcome.already_imported_on = logged.imported_ms
        outcome.counts = _unchanged_counts({e["rec"]: e["type"] for e in events})
        _set_aside_newer(outcome)
        return outcome
    if apply and not vouched and not once:
        _refuse_unvouched(v)
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
            own_future = 0 if joining else _own_future(store, conn, m, events)
            if own_future and not vouched:
                raise _forged_own()
            if outcome.missing:
                warnings.append(_describe_missing(conn, outcome.missing))
            rec_types = {e["rec"]: e["type"] for e in events if type(e) is HeldEvent}
            rec_types.update((e["rec"], e["type"]) for e in events if type(e) is not HeldEvent)
            # what is already here costs nothing below (found once, unless the store changed since)
            events = unknown[1] if unknown is not None and now == unknown[0] else _unknown(conn, events)
            if not vouched:
                events, outcome.left_out = _admit_unvouched(conn, store, events)
                if outcome.left_out:
                    warnings.append(_describe_left_out(conn, store, outcome.left_out, bool(v.fp)))
            before = _status(conn, list({e["rec"] for e in events})) if _has_records(conn) else {}
            changed: set[str] = set()
            created: set[str] = set()  # new, shown, no conflict: no need to read their rows back
            defer = len(events) >= DEFER_FTS_FROM
            for i in range(0, len(events), APPLY_CHUNK):
                result = store.apply(conn, events[i : i + APPLY_CHUNK], defer_fts=defer)
                outcome.applied += result.applied
                outcome.equivocating += sorted(result.equivocating - set(outcome.equivocating))
                changed |= result.changed
                created = (created - result.changed) | result.created  # a later chunk may edit one
                if (
                    progress is not None
                    and progress(min(i + APPLY_CHUNK, len(events)), len(events)) is False
                ):
                    raise BundleCancelled("Import cancelled; nothing was changed.")
            _report(conn, outcome, rec_types, changed, created, before)
            if own_future:
                warnings.append(
                    "This bundle holds changes this workspace copy made before it was restored from a "
                    "backup; they were imported, and this copy numbers its next changes after them so "
                    "that teammates keep accepting its changes."
                )
            if not apply:
                raise _PreviewDone(outcome)
            deleting = sum(c["deleted"] for c in outcome.counts.values())
            if hold_deletions is not None and deleting >= hold_deletions:
                raise NeedsReview(
                    "This bundle from %(name)s deletes %(count)s records, so it was not imported "
                    "automatically; open it with Import to look at the preview first.",
                    name=m.producer.name or "a teammate",
                    count=f"{deleting:,}",
                )
            _record(store, conn, bundle, outcome, v.fp, vouched, max_hlc, joining=joining)
            if own_future:
                # Its next change comes after every one of its own that teammates may hold. Not a
                # new replica id: a trusted teammate repeating such a claim would otherwise give it
                # one id per bundle, and every manifest's `have` would grow with them for ever.
                seq = int(store.meta_in(conn, "seq") or 0)
                store.skip_past(conn, min(own_future, seq + MAX_OWN_SKIP))
                outcome.restored_from_backup = True
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
    _set_aside_newer(outcome)
    deleted = sum(c["deleted"] for c in outcome.counts.values())
    if deleted >= MANY_DELETIONS:
        outcome.warnings.append(f"This bundle deletes {deleted:,} records; look at the preview before importing.")
    if outcome.applied == 0:
        outcome.warnings.append("Everything in this bundle is already here; importing it changes nothing.")


def _set_aside_newer(outcome: Outcome) -> None:
    """Records of types this version does not know are counted apart: kept for a newer version."""
    for type_ in [t for t in outcome.counts if t not in TYPES]:
        outcome.kept_for_newer += sum(outcome.counts.pop(type_).values())
        outcome.types.discard(type_)


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
    once: bool = False,
    own_keys: StoreKeys | None = None,
    progress: Progress = None,
) -> Outcome:
    """Fill a new, empty store from a bundle read with `events_later`: its events are checked in a
    reader process (`chunks`, which the caller closes) chunk by chunk while the chunk before is
    written, all in one transaction. The same result as `run_import` on the whole list, which
    joins smaller bundles."""
    m: Manifest = bundle.manifest
    with store.read() as conn:
        v = _vouching(conn, store, bundle, own_keys)
    fp, warnings = v.fp, v.warnings
    # Joining fills an empty store, where every replica is unknown: a bundle no trusted key vouches
    # for brings all of its events, and nothing else it claims is remembered.
    vouched = v.vouched(trust_new_key)
    outcome = Outcome(m, bool(bundle.signer_public_key), fp, v.trusted, {}, warnings, vouched=vouched)
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
                        if chunk.equivocal:  # a dot of this bundle met again with other content
                            other = store.apply(conn, chunk.equivocal_events(), defer_fts=defer)
                            kept |= other.changed
                            new -= other.changed
                            created -= other.changed
                            outcome.equivocating += sorted(other.equivocating - set(outcome.equivocating))
                            outcome.applied += other.applied
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
            if not vouched and not once:
                _refuse_unvouched(v)
            if refused is not None:
                raise refused
            ahead = _clock_warning(max_hlc)
            if ahead:
                warnings.append(ahead)
            outcome.missing = ranges.vector_subtract({k: [list(x) for x in v] for k, v in m.since.items()}, arriving)
            if outcome.missing:
                warnings.append(_describe_missing(conn, outcome.missing))
            _report(conn, outcome, rec_types, changed, created, {})
            _record(store, conn, bundle, outcome, fp, vouched, max_hlc, joining=True)
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
    vouched: bool,
    max_hlc: str | None,
    *,
    joining: bool = False,
) -> None:
    """Peer knowledge, peers, keys, clock and the import log, in the import's transaction; for a
    join, the mark that it is unfinished goes with them.

    Only a vouched bundle teaches anything: its signer's key is trusted and bound to its producer's
    replica (if not bound yet), and the producer's `have` becomes what that teammate is known to
    hold. Its roster only introduces replicas and keys not heard of before, untrusted: a roster
    never re-points a known replica to another key or name, and trusting one key trusts no other.
    Of a bundle signed by a key not trusted here, only that key is remembered (untrusted, with the
    name it gave); of an unsigned one, nothing."""
    m: Manifest = bundle.manifest
    if joining:
        conn.exec_driver_sql("DELETE FROM meta WHERE key=?", (JOINING,))
    producer = m.producer.replica
    if producer != store.replica and fp:
        if vouched:
            knowledge.register_key(
                conn, fp, bundle.signer_public_key, m.producer.age_recipient or None, m.producer.name, trusted=True
            )
            knowledge.bind(conn, producer, fp)
            knowledge.register_peer(conn, producer, m.producer.name, fp, exchanged=True)
            knowledge.learn(conn, producer, {k: [list(x) for x in v] for k, v in m.have.items()})
            for entry in m.roster:
                if entry.replica in (store.replica, producer):
                    continue
                entry_fp = fingerprint(entry.public_key) if entry.public_key else None
                if entry.public_key and entry_fp:
                    knowledge.add_key(conn, entry_fp, entry.public_key, entry.age_recipient or None, entry.name)
                knowledge.add_peer(conn, entry.replica, entry.name, entry_fp)
        else:
            knowledge.add_key(conn, fp, bundle.signer_public_key, m.producer.age_recipient or None, m.producer.name)
    if max_hlc and vouched:
        store.clock.observe(max_hlc)
        store._set_meta(conn, "hlc", store.clock.state())
    store._set_meta(conn, "last_import_ms", str(now_ms()))
    knowledge.log_import(
        conn,
        bundle_id=m.bundle_id,
        file_sha256=bundle.file_sha256,
        producer=producer,
        producer_name=m.producer.name,
        kind=m.kind,
        created_ms=m.created_ms,
        event_count=m.event_count,
        applied=outcome.applied,
        report={"counts": outcome.counts, "warnings": outcome.warnings},
    )
