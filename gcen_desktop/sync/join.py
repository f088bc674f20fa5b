"""Joining from a large bundle: a new, empty store filled chunk by chunk while a reader process
checks the next chunk (smaller bundles join through `import_pipeline.run_import`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection

from ..domain.errors import UserError
from ..store import ranges
from ..store.apply import ClonedStoreError, settle_kept_alive
from ..store.log import insert_read_events
from ..store.new_records import write_prepared
from ..store.ranges import Vector
from ..store.search_rows import index_records
from ..store.store import Store
from . import import_pipeline as pipeline
from . import stream
from .admission import cloned, describe_missing, refuse_unvouched, vouching
from .errors import BundleCancelled
from .export import Progress
from .import_outcome import Outcome, report
from .keys import StoreKeys
from .manifest import Manifest

_REC_AND_TYPE = itemgetter(3, 4)  # (rec, type) of an events row


@dataclass
class _Filled:
    """What the chunks written so far brought."""

    outcome: Outcome
    defer: bool
    rec_types: dict[str, str] = field(default_factory=dict)  # every record met so far (the store held none)
    changed: set[str] = field(default_factory=set)
    created: set[str] = field(default_factory=set)
    arriving: Vector = field(default_factory=dict)
    max_hlc: str | None = None

    def write(self, store: Store, conn: Connection, chunk: Any) -> None:
        """One chunk's rows in, its other events applied, and what they changed counted."""
        outcome, defer = self.outcome, self.defer
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
            other = store.apply(conn, chunk.equivocal_events(), defer_fts=defer, via=outcome.manifest.producer.replica)
            kept |= other.changed
            new -= other.changed
            self.created -= other.changed
            outcome.equivocating += sorted(other.equivocating - set(outcome.equivocating))
            outcome.applied += other.applied
        outcome.applied += result.applied + len(new)
        now = result.changed | kept | new
        self.changed |= now
        self.created -= now  # (in place: a new set each chunk made joining quadratic)
        self.created |= new
        self.created |= result.created
        self.rec_types.update(map(_REC_AND_TYPE, chunk.rows))
        self.arriving = ranges.vector_union(self.arriving, chunk.held)
        self.max_hlc = max(self.max_hlc or chunk.max_hlc, chunk.max_hlc)


def _write_chunks(store: Store, conn: Connection, chunks: stream.EventStream, filled: _Filled,
                  event_count: int, progress: Progress) -> Exception | None:
    """Every chunk written; what applying one refused, kept to be told once all were read.

    What applying refuses (a reused dot, a record of two types) is told only once the reader has
    judged the whole member, as reading it whole first would: its refusal (a hash that differs, a
    bad line) comes first."""
    refused: Exception | None = None
    for chunk in chunks:
        if refused is None:
            try:
                filled.write(store, conn, chunk)
            except (UserError, ClonedStoreError) as e:
                refused = e
                continue
        if progress is not None and progress(chunk.done, event_count) is False:
            raise BundleCancelled("Import cancelled; nothing was changed.")
    return refused


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
    pipeline.store_blobs(store, bundle)
    filled = _Filled(outcome, defer=m.event_count >= pipeline.DEFER_FTS_FROM)
    try:
        with store.write() as conn:
            refused = _write_chunks(store, conn, chunks, filled, m.event_count, progress)
            # in the order a bundle read whole tells them: its checks (above), the key, then applying
            if not vouched and not once:
                refuse_unvouched(v)
            if refused is not None:
                raise refused
            pipeline.warn_of_clock(warnings, filled.max_hlc)
            since = {k: [list(x) for x in v] for k, v in m.since.items()}
            outcome.missing = ranges.vector_subtract(since, filled.arriving)
            if outcome.missing:
                warnings.append(describe_missing(conn, outcome.missing))
            report(conn, outcome, filled.rec_types, filled.changed, filled.created, {})
            pipeline.record_import(store, conn, bundle, outcome, fp, vouched, filled.max_hlc, joining=True)
            if filled.defer:
                outcome.indexing = conn.exec_driver_sql("SELECT COUNT(*) FROM fts_queue").scalar_one()
    except ClonedStoreError:
        raise cloned() from None
    outcome.imported = True
    return outcome
