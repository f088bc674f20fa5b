"""Bundle exchange on one store: the import pipeline's steps 6–9 (exporting is `export`'s, letting a
bundle in at all `admission`'s; their names are importable from here too).

Preview and import run the very same code — apply the bundle's events inside a BEGIN IMMEDIATE
transaction and classify what changed — and a preview then rolls back, so the two always agree.
An import first snapshots the database (undo restores it), then commits the transaction with
peer knowledge, keys and the import log.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import filterfalse
from operator import itemgetter
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from ..domain.clock import WARN_AHEAD_MS, wall_ms_of
from ..domain.errors import UserError
from ..domain.schema import TYPES
from ..store import ranges
from ..store.apply import ClonedStoreError, settle_kept_alive
from ..store.log import CHUNK, held_hashes, insert_read_events
from ..store.new_records import write_prepared
from ..store.ranges import Vector
from ..store.search_rows import index_records
from ..store.store import JOINING, Store
from . import knowledge, selection, snapshot, stream
from .admission import (
    MAX_OWN_SKIP,
    BundleRefused,
    ForeignWorkspace,
    Impersonation,
    NeedsReview,
    UntrustedKey,
    Unvouched,
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
from .bundle_writer import write_bundle
from .errors import BundleCancelled
from .export import (
    MemoryBundle,
    Progress,
    export_file,
    export_memory,
    prepare_export,
    producer_name,
)
from .keys import StoreKeys, fingerprint
from .manifest import Manifest
from .reader import HeldEvent
from .times import fmt_ms, now_ms

CATEGORIES = ("new", "updated", "unchanged", "conflicting", "deleted")
APPLY_CHUNK = 5_000
DEFER_FTS_FROM = 2_000  # events; larger imports queue their records for background indexing
MANY_DELETIONS = 25



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
    refuse_foreign(store, m, joining=joining)
    with store.read() as conn:
        v = vouching(conn, store, bundle, own_keys)
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
        refuse_unvouched(v)
    max_hlc = max((e["hlc"] for e in events if type(e) is not HeldEvent), default=None)
    ahead = _clock_warning(max_hlc)
    if ahead:
        warnings.append(ahead)
    outcome.missing = missing_dots(m, held, events)
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
                raise cloned() from None
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
            own_future = 0 if joining else own_future_seq(store, conn, m, events)
            if own_future and not vouched:
                raise forged_own()
            if outcome.missing:
                warnings.append(describe_missing(conn, outcome.missing))
            rec_types = {e["rec"]: e["type"] for e in events if type(e) is HeldEvent}
            rec_types.update((e["rec"], e["type"]) for e in events if type(e) is not HeldEvent)
            # what is already here costs nothing below (found once, unless the store changed since)
            events = unknown[1] if unknown is not None and now == unknown[0] else _unknown(conn, events)
            if not vouched:
                events, outcome.left_out = admit_unvouched(conn, store, events)
                if outcome.left_out:
                    warnings.append(describe_left_out(conn, store, outcome.left_out, bool(v.fp)))
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
        raise cloned() from None
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
        v = vouching(conn, store, bundle, own_keys)
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
                            raise cloned()
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
                refuse_unvouched(v)
            if refused is not None:
                raise refused
            ahead = _clock_warning(max_hlc)
            if ahead:
                warnings.append(ahead)
            outcome.missing = ranges.vector_subtract({k: [list(x) for x in v] for k, v in m.since.items()}, arriving)
            if outcome.missing:
                warnings.append(describe_missing(conn, outcome.missing))
            _report(conn, outcome, rec_types, changed, created, {})
            _record(store, conn, bundle, outcome, fp, vouched, max_hlc, joining=True)
            if defer:
                outcome.indexing = conn.exec_driver_sql("SELECT COUNT(*) FROM fts_queue").scalar_one()
    except ClonedStoreError:
        raise cloned() from None
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


__all__ = [
    "APPLY_CHUNK", "CATEGORIES", "DEFER_FTS_FROM", "MANY_DELETIONS", "MAX_OWN_SKIP", "BundleRefused", "ForeignWorkspace",
    "Impersonation", "MemoryBundle", "NeedsReview", "Outcome", "ReadWhole", "UntrustedKey", "Unvouched", "export_file",
    "export_memory", "fmt_ms", "join_streamed", "now_ms", "prepare_export", "producer_name", "run_import", "selection",
    "write_bundle",
]
