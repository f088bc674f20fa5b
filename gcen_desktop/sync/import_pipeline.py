"""The import pipeline's steps 6–9 on one store: apply a bundle's events, classify what changed,
remember what the bundle taught (letting a bundle in at all is `admission`'s, joining from a large
one `join`'s).

Preview and import run the very same code — apply the bundle's events inside a BEGIN IMMEDIATE
transaction and classify what changed — and a preview then rolls back, so the two always agree.
An import first snapshots the database (undo restores it), then commits the transaction with
peer knowledge, keys and the import log.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from ..domain.clock import WARN_AHEAD_MS, wall_ms_of
from ..domain.errors import UserError
from ..store.apply import ClonedStoreError
from ..store.log import held_hashes
from ..store.ranges import Vector
from ..store.store import JOINING, Store
from . import knowledge, snapshot
from .admission import (
    MAX_OWN_SKIP,
    NeedsReview,
    Vouching,
    admit_unvouched,
    cloned,
    describe_left_out,
    describe_missing,
    forged_own,
    missing_dots,
    own_future_seq,
    refuse_foreign,
    refuse_unvouched,
    vouching,
)
from .errors import BundleCancelled
from .export import Progress
from .import_outcome import Outcome, report, set_aside_newer, status, unchanged_counts
from .keys import StoreKeys, fingerprint
from .manifest import EVENTS_FORMAT, Manifest, format_to_write, parse_version
from .reader import HeldEvent
from .times import now_ms

APPLY_CHUNK = 5_000
DEFER_FTS_FROM = 2_000  # events; larger imports queue their records for background indexing


class _PreviewDone(Exception):
    def __init__(self, outcome: Outcome) -> None:
        self.outcome = outcome


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


@dataclass
class _Import:
    """One run of `run_import`: what it was asked, and what it found on the way."""

    store: Store
    bundle: Any
    apply: bool
    joining: bool
    progress: Progress
    hold_deletions: int | None
    v: Vouching
    vouched: bool
    outcome: Outcome
    max_hlc: str | None = None
    unknown: tuple[str, list[dict[str, Any]]] | None = None  # (state token, what it did not hold)
    token_before: str | None = None  # the state the undo snapshot was taken at
    nothing_new_at: str | None = None  # the state at which the bundle held nothing new: no snapshot

    def prepare(self, held: Vector, snapshot_before: bool) -> None:
        """Before the transaction: the clock and missing-changes warnings; for an import, the
        attachments in and the snapshot to undo it."""
        events = self.bundle.events
        self.max_hlc = max((e["hlc"] for e in events if type(e) is not HeldEvent), default=None)
        warn_of_clock(self.outcome.warnings, self.max_hlc)
        self.outcome.missing = missing_dots(self.bundle.manifest, held, events)
        if self.apply:
            store_blobs(self.store, self.bundle)
            if snapshot_before:
                self._take_snapshot()

    def run(self) -> Outcome:
        try:
            self._transaction()
        except _PreviewDone as done:
            return done.outcome
        except ClonedStoreError:
            raise cloned() from None
        self.outcome.imported = True
        return self.outcome

    def _take_snapshot(self) -> None:
        # A bundle of nothing new needs no snapshot (a copy of the whole database) to undo.
        with self.store.read() as conn:
            token = snapshot.state_token(conn)
            try:
                self.unknown = (token, _unknown(conn, self.bundle.events))
            except ClonedStoreError:
                raise cloned() from None
        if not self.unknown[1]:
            self.nothing_new_at = token
        else:
            _, self.token_before = snapshot.take(self.store)

    def _state_now(self, conn: Connection) -> str | None:
        """The store's state in the import's transaction: refused if it changed since the snapshot."""
        if self.token_before is None and self.nothing_new_at is None:
            return None
        now = snapshot.state_token(conn)
        if now not in (self.token_before, self.nothing_new_at):
            raise UserError("The workspace changed while the import was starting; import the bundle again.")
        return now

    def _transaction(self) -> None:
        """Apply the events and count what changed; for an import, remember what it taught."""
        store, outcome = self.store, self.outcome
        events: list[dict[str, Any]] = self.bundle.events
        with store.write() as conn:
            now = self._state_now(conn)
            own_future = self._own_future(conn)
            if outcome.missing:
                outcome.warnings.append(describe_missing(conn, outcome.missing))
            rec_types = _rec_types(events)
            # what is already here costs nothing below (found once, unless the store changed since)
            known = self.unknown is not None and now == self.unknown[0]
            events = self._admitted(conn, self.unknown[1] if known else _unknown(conn, events))
            has_records = conn.exec_driver_sql("SELECT 1 FROM records LIMIT 1").first() is not None
            before = status(conn, list({e["rec"] for e in events})) if has_records else {}
            changed, created = self._apply(conn, events)
            report(conn, outcome, rec_types, changed, created, before)
            if own_future:
                outcome.warnings.append(
                    "This bundle holds changes this workspace copy made before it was restored from a "
                    "backup; they were imported, and this copy numbers its next changes after them so "
                    "that teammates keep accepting its changes."
                )
            if not self.apply:
                raise _PreviewDone(outcome)
            self._commit(conn, own_future, len(events) >= DEFER_FTS_FROM)

    def _own_future(self, conn: Connection) -> int:
        """The highest own change the bundle holds past this copy's (it was restored from a backup), or 0."""
        if self.joining:
            return 0
        own_future = own_future_seq(self.store, conn, self.bundle.manifest, self.bundle.events)
        if own_future and not self.vouched:
            raise forged_own(self.v.who)
        return own_future

    def _admitted(self, conn: Connection, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """What a bundle no trusted key vouches for may bring: none of the known replicas' events."""
        if self.vouched:
            return events
        events, self.outcome.left_out = admit_unvouched(conn, self.store, events)
        if self.outcome.left_out:
            self.outcome.warnings.append(describe_left_out(conn, self.store, self.outcome.left_out, bool(self.v.fp)))
        return events

    def _apply(self, conn: Connection, events: list[dict[str, Any]]) -> tuple[set[str], set[str]]:
        """(changed, created: new, shown, no conflict: no need to read their rows back)."""
        outcome = self.outcome
        changed: set[str] = set()
        created: set[str] = set()
        defer = len(events) >= DEFER_FTS_FROM
        via = self.bundle.manifest.producer.replica
        for i in range(0, len(events), APPLY_CHUNK):
            result = self.store.apply(conn, events[i : i + APPLY_CHUNK], defer_fts=defer, via=via)
            outcome.applied += result.applied
            outcome.equivocating += sorted(result.equivocating - set(outcome.equivocating))
            changed |= result.changed
            created = (created - result.changed) | result.created  # a later chunk may edit one
            if self.progress is not None and self.progress(min(i + APPLY_CHUNK, len(events)), len(events)) is False:
                raise BundleCancelled("Import cancelled; nothing was changed.")
        return changed, created

    def _commit(self, conn: Connection, own_future: int, defer: bool) -> None:
        store, m, outcome = self.store, self.bundle.manifest, self.outcome
        self._hold_many_deletions()
        record_import(store, conn, self.bundle, outcome, self.v.fp, self.vouched, self.max_hlc, joining=self.joining)
        if own_future:
            # Its next change comes after every one of its own that teammates may hold. Not a
            # new replica id: a trusted teammate repeating such a claim would otherwise give it
            # one id per bundle, and every manifest's `have` would grow with them for ever.
            seq = int(store.meta_in(conn, "seq") or 0)
            store.skip_past(conn, min(own_future, seq + MAX_OWN_SKIP))
            outcome.restored_from_backup = True
        if defer:
            outcome.indexing = conn.exec_driver_sql("SELECT COUNT(*) FROM fts_queue").scalar_one()
        if self.token_before is not None:
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
                token_before=self.token_before,
            )

    def _hold_many_deletions(self) -> None:
        deleting = sum(c["deleted"] for c in self.outcome.counts.values())
        if self.hold_deletions is not None and deleting >= self.hold_deletions:
            raise NeedsReview(
                "This bundle from %(name)s deletes %(count)s records, so it was not imported "
                "automatically; open it with Import to look at the preview first.",
                name=self.bundle.manifest.producer.name or "a teammate",
                count=f"{deleting:,}",
            )


def _rec_types(events: list[dict[str, Any]]) -> dict[str, str]:
    rec_types = {e["rec"]: e["type"] for e in events if type(e) is HeldEvent}
    rec_types.update((e["rec"], e["type"]) for e in events if type(e) is not HeldEvent)
    return rec_types


def run_import(store: Store, bundle: Any, *, apply: bool, trust_new_key: bool = False, once: bool = False,
               joining: bool = False, own_keys: StoreKeys | None = None, progress: Progress = None,
               snapshot_before: bool = True, hold_deletions: int | None = None) -> Outcome:
    """Preview (apply=False, rolled back) or import one bundle's contents; the shared code path.

    A bundle no trusted key vouches for (unsigned, or signed by a key not trusted here) is applied
    only with `once` (import it once, trusting nothing) or, when signed, `trust_new_key`; its events
    of replicas already known here are left out, and nothing else it claims is remembered.
    `hold_deletions`: refuse (NeedsReview) an import that would delete that many records."""
    m: Manifest = bundle.manifest
    events: list[dict[str, Any]] = bundle.events
    if apply:
        store.refuse_writes()
    refuse_foreign(store, m, joining=joining)
    with store.read() as conn:
        v = vouching(conn, store, bundle, own_keys)
        logged = knowledge.logged_import(conn, bundle_id=m.bundle_id)
        held = knowledge.have(conn)
    vouched = v.vouched(trust_new_key)
    outcome = Outcome(m, bool(bundle.signer_public_key), v.fp, v.trusted, {}, v.warnings, vouched=vouched)
    if logged is not None:
        outcome.already_imported_on = logged.imported_ms
        outcome.counts = unchanged_counts({e["rec"]: e["type"] for e in events})
        set_aside_newer(outcome)
        return outcome
    if apply and not vouched and not once:
        refuse_unvouched(v)
    run = _Import(store, bundle, apply, joining, progress, hold_deletions, v, vouched, outcome)
    try:
        run.prepare(held, snapshot_before)
        return run.run()
    finally:
        if run.token_before is not None:
            snapshot.drop_pending(store)  # refused or failed: the undo of the import before stays
            snapshot.settle(store)  # (and comes back when the commit itself failed)


def store_blobs(store: Store, bundle: Any) -> None:
    """The bundle's attachments this store lacks, into its blob folder."""
    for sha, path in bundle.blobs.items():
        if not store.blobs.has(sha):
            store.blobs.put_file(Path(path))


def _remember_format(store: Store, conn: Connection, m: Manifest) -> None:
    """A bundle of a newer minor format version: this store's bundles say that version from now on
    (its events, kept verbatim, may carry members a reader of this version's format refuses)."""
    newer = format_to_write(m.format_version)
    if parse_version(newer) > parse_version(format_to_write(store.meta_in(conn, EVENTS_FORMAT))):
        store._set_meta(conn, EVENTS_FORMAT, newer)


def warn_of_clock(warnings: list[str], max_hlc: str | None) -> None:
    """A warning when the bundle's latest change is dated well ahead of this computer's clock."""
    if max_hlc and wall_ms_of(max_hlc) - now_ms() > WARN_AHEAD_MS:
        hours = (wall_ms_of(max_hlc) - now_ms()) / 3_600_000
        warnings.append(
            f"The sender's clock is {hours:,.1f} hours ahead of this computer's; ask them to check "
            "their date and time (the order of edits does not depend on it)."
        )


def record_import(store: Store, conn: Connection, bundle: Any, outcome: Outcome, fp: str | None, vouched: bool,
                  max_hlc: str | None, *, joining: bool = False) -> None:
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
    if m.producer.replica != store.replica and fp:
        if vouched:
            _learn_from(conn, store, bundle, fp)
        else:
            knowledge.add_key(conn, fp, bundle.signer_public_key, m.producer.age_recipient or None, m.producer.name)
    if max_hlc and vouched:
        store.clock.observe(max_hlc)
        store._set_meta(conn, "hlc", store.clock.state())
    store._set_meta(conn, "last_import_ms", str(now_ms()))
    _remember_format(store, conn, m)
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


def _learn_from(conn: Connection, store: Store, bundle: Any, fp: str) -> None:
    """What a vouched bundle teaches: its signer's key, its producer and what they hold, its roster."""
    m: Manifest = bundle.manifest
    producer = m.producer.replica
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
