"""A large bundle's list of changes, checked in a second process while the store applies it.

Checking an event (JSON, types, schema, canonical bytes, hash) costs about as much as writing it,
and both hold the interpreter lock: in one process they add up. Here a reader process checks the
lines of events.jsonl exactly as `reader` does and sends them in chunks, each with the rows
the store writes (its brand-new records' projection rows computed there too), while this process
writes the chunk before. The verdict on the whole member (its SHA-256, the line count, the first
bad line) arrives after the last chunk: the caller applies inside one transaction and rolls back
on it, so a bad bundle still changes nothing.
"""

from __future__ import annotations

import errno
import gc
import multiprocessing
import os
import pickle
import struct
import sys
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from queue import Queue
from typing import Any

import msgspec
import orjson

from ..domain.errors import UserError
from ..store import ranges
from ..store.apply import ClonedStoreError
from ..store.events import ReadEvent
from ..store.merge import shown_fields
from ..store.new_records import PreparedRecords
from ..store.projection import encode_data, preparer
from .errors import BundleCorrupt, BundleError
from .reader import EventChecker, EventLines, EventsSource, event_values
from .reader.bundle import _no_space, _unreadable

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

STREAM_FROM = 20_000  # events; below this a second process costs more than it saves
CHUNK_EVENTS = 4_000
FIRST_CHUNK = 500
AHEAD = 3  # chunks the reader may have checked and not yet handed over


@dataclass
class ReadChunk:
    """Checked events, in bundle order, none a repeat of an earlier one."""

    rows: list[tuple]  # events rows: (replica, seq, hlc, rec, type, op, h, body)
    held: dict[str, list[list[int]]]  # their dots per origin, as intervals
    # The records the chunk creates (one event each, none met before): their head rows and
    # projection rows as the store writes them (see new_records.PreparedRecords), the data of most
    # left in their event at eid `first_eid` + row index.
    new: PreparedRecords
    others: list[tuple[int, dict[str, Any] | None]]  # the rest: (row index, event, or None to decode its body)
    max_hlc: str
    done: int  # lines read so far
    first_eid: int  # the eid the chunk's first row gets in a store that held no event before
    # lines of a dot met before in the bundle with another hash (an equivocation): applied after
    # the rows, as events of held dots (see apply.resolve_equivocations)
    equivocal: list[bytes] = field(default_factory=list)

    def equivocal_events(self) -> list[ReadEvent]:
        return [ReadEvent(orjson.loads(body), body) for body in self.equivocal]

    def events(self, indexes: list[int], decoded: dict[int, dict[str, Any]]) -> list[ReadEvent]:
        """The events at these row indexes, as the store applies them (decoding those not sent)."""
        out = []
        for i in sorted(indexes):
            body = self.rows[i][7]
            values = decoded.get(i)
            out.append(ReadEvent(orjson.loads(body) if values is None else values, body))
        return out


class _ChunkBuilder:
    """A ReadChunk, built line by line as the lines are checked (nothing kept of an event but what
    the chunk sends). `met`: the records of the chunks before (this chunk's are added at `done`)."""

    def __init__(self, met: set[str], first_eid: int) -> None:
        self.met, self.first_eid = met, first_eid
        self.rows: list[tuple] = []
        self.seqs: dict[str, list[int]] = defaultdict(list)
        self.heads: list[tuple] = []
        self.records: list[tuple] = []
        self.others: list[tuple[int, dict[str, Any] | None]] = []
        self.recs: dict[str, int] = {}  # this chunk's records: the row index of their first event
        self.new_at: dict[str, int] = {}  # of those taken as new: their index in heads/records
        self.demoted: set[str] = set()  # taken as new, then met again in this chunk
        self.equivocal: list[bytes] = []
        self.max_hlc = ""

    def add(self, e: Any, body: bytes, span: tuple[int, int] | None) -> None:
        i = len(self.rows)
        (r, s), rec, hlc = e.dot, e.rec, e.hlc
        self.rows.append((r, s, hlc, rec, e.type, e.op, e.h, body))
        self.seqs[r].append(s)
        if hlc > self.max_hlc:
            self.max_hlc = hlc
        if rec in self.recs:  # a record with two events in the chunk is applied the general way
            if rec in self.new_at:
                self.demoted.add(rec)
            self.others.append((i, event_values(e)))
            return
        self.recs[rec] = i
        # new (see apply._brand_new): its one edit names no parent, of a known type, and nothing
        # was met of it before (the store it goes into held nothing)
        shown = shown_fields(e.type, e.fields) if e.op == "set" and not e.parents and rec not in self.met else None
        if shown is None:
            self.others.append((i, event_values(e)))
            return
        if shown is not e.fields:  # a newer version's fields too: left out of the row's data
            head, row = preparer(e.type)(rec, r, s, hlc, e.fields, encode_data(shown), None, None, None)
        elif span is None:
            head, row = preparer(e.type)(rec, r, s, hlc, e.fields, encode_data(e.fields), None, None, None)
        else:  # its data stays in the event
            head, row = preparer(e.type)(rec, r, s, hlc, e.fields, "", self.first_eid + i, span[0] + 1,
                                         span[1] - span[0])
        self.new_at[rec] = len(self.heads)
        self.heads.append(head)
        self.records.append(row)

    def __len__(self) -> int:
        return len(self.rows)

    def done(self, lines_read: int) -> ReadChunk:
        heads, records = self.heads, self.records
        others = self.others
        if self.demoted:  # their first event goes the general way too (decoded again there)
            demoted = self.demoted
            others += [(self.recs[rec], None) for rec in demoted]
            others.sort(key=lambda o: o[0])
            keep = [k for k, h in enumerate(heads) if h[0] not in demoted]
            heads, records = [heads[k] for k in keep], [records[k] for k in keep]
        self.met.update(self.recs)
        held = {r: ranges.from_seqs(v) for r, v in self.seqs.items()}
        parents = [row[4] for row in records if row[4]]
        return ReadChunk(self.rows, held, PreparedRecords(heads, records, parents), others, self.max_hlc,
                         lines_read, self.first_eid, self.equivocal)


def read_chunks(source: EventsSource, size: int = CHUNK_EVENTS) -> Iterator[ReadChunk]:
    """The checks of `reader.bundle._read_events`, in chunks; raises what it would raise (a bad
    line is told only once the member's hash is known). A dot that appears again with different
    content goes with the chunk as an equivocal line (once per content)."""
    checker = EventChecker(source.limits, lenient=source.lenient)
    check = checker.check
    seen: dict[str, dict[int, str]] = defaultdict(dict)
    versions: set[tuple[str, int, str]] = set()  # (replica, seq, hash) of the equivocal lines sent
    met: set[str] = set()
    chunk = _ChunkBuilder(met, 1)
    limit = min(size, FIRST_CHUNK)  # the first chunk small: the store starts writing sooner
    with open(source.path, "rb") as f:
        lines = EventLines(f, source.entry, source.sha256, source.event_count, checker)
        for n, line in lines:
            try:
                e, body, span = check(line, n)
            except BundleCorrupt as problem:
                lines.refuse(problem)
                continue
            r, s = e.dot
            held = seen[r]
            known = held.get(s)
            if known is None:
                held[s] = e.h
                chunk.add(e, body, span)
            elif known != e.h and (r, s, e.h) not in versions:
                versions.add((r, s, e.h))
                chunk.equivocal.append(body)
                met.add(e.rec)  # may be kept: later events of its record are no new record's
            else:
                continue
            if len(chunk) >= limit:
                yield chunk.done(n)
                chunk, limit = _ChunkBuilder(met, chunk.first_eid + len(chunk)), size
    lines.verdict()
    if len(chunk) or chunk.equivocal:
        yield chunk.done(lines.n)


def _reader_process(out: Any, parents_end: Any, source: EventsSource, size: int) -> None:
    # A forked reader holds a copy of the parent's end of the pipe: closed, so that a parent that
    # dies leaves the pipe without readers and this process stops at its next write.
    if parents_end is not None and not parents_end.closed:
        parents_end.close()
    gc.disable()  # short-lived, and its objects hold no cycles
    # A sender thread writes to the pipe (which waits while the applier is busy), so reading goes
    # on meanwhile, a few chunks ahead.
    queue: Queue[bytes | None] = Queue(maxsize=AHEAD)
    gone = threading.Event()  # the parent stopped listening (cancelled, or gone)

    def send_all() -> None:
        try:
            while (data := queue.get()) is not None:
                _send(out, data)
        except OSError:
            gone.set()
            while queue.get() is not None:  # drain, so the reading side never waits on a full queue
                pass

    sender = threading.Thread(target=send_all, name="gcen-bundle-sender", daemon=True)
    sender.start()

    def put(data: bytes) -> None:
        if gone.is_set():
            raise _ParentGone
        queue.put(data)

    try:
        try:
            for chunk in read_chunks(source, size):
                put(_encode_chunk(chunk))
            put(_DONE)
        except (BundleError, ClonedStoreError) as e:
            put(_pickled("error", e))
        except OSError as e:  # what read_bundle says of the same
            put(_pickled("error", _no_space() if e.errno in (errno.ENOSPC, errno.EDQUOT) else _unreadable(e)))
        except _ParentGone:
            raise
        except Exception as e:  # a check we did not foresee: refused, the cause told to the parent
            put(_pickled("failed", f"{type(e).__name__}: {e}"))
    except _ParentGone:
        pass  # nobody to tell: stop reading
    finally:
        queue.put(None)
        sender.join()
        out.close()


class _ParentGone(Exception):
    pass


# What the reader sends, a message each: a chunk as MessagePack (plain lists, dicts, strings,
# numbers and bytes: a third of the time pickle takes to write them), the end, or a refusal
# (pickled: an exception).
_CHUNK, _DONE, _PICKLED = b"c", b"d", b"p"
_pack = msgspec.msgpack.Encoder().encode
_unpack = msgspec.msgpack.Decoder(  # rows as tuples, as SQLAlchemy takes them
    tuple[list[tuple], dict[str, list[list[int]]], list[tuple], list[tuple], list[str], list[tuple], str, int, int,
          list[bytes]]
).decode


# On POSIX a message goes straight to the pipe's descriptor, its length first (8 bytes), and is
# read straight into one buffer: Connection.recv_bytes gathers the 64 KiB pieces a pipe gives in a
# BytesIO and copies them out again (~0.3 s for the 160 MB of a 100k-note join). Elsewhere
# (Windows' pipes are no descriptors), the Connection's own messages.
_RAW_PIPES = os.name == "posix"
_LENGTH = struct.Struct("!Q")


def _send(conn: Any, data: bytes) -> None:
    if not _RAW_PIPES:
        conn.send_bytes(data)
        return
    fd = conn.fileno()
    view = memoryview(_LENGTH.pack(len(data)) + data) if len(data) < 65536 else None
    if view is None:
        _write_all(fd, memoryview(_LENGTH.pack(len(data))))
        view = memoryview(data)
    _write_all(fd, view)


def _write_all(fd: int, view: memoryview) -> None:
    while view:
        view = view[os.write(fd, view) :]


def _receive(conn: Any) -> bytes | bytearray:
    """A message `_send` sent; EOFError when the other end closed first."""
    if not _RAW_PIPES:
        return conn.recv_bytes()
    fd = conn.fileno()
    size = _LENGTH.unpack(_read_exactly(fd, bytearray(_LENGTH.size)))[0]
    return _read_exactly(fd, bytearray(size))


def _read_exactly(fd: int, buf: bytearray) -> bytearray:
    view, got = memoryview(buf), 0
    while got < len(buf):
        n = os.readv(fd, [view[got:]])
        if n == 0:
            raise EOFError
        got += n
    return buf


def _wider(conn: Any) -> None:
    """A pipe of 1 MiB where Linux allows it (64 KiB by default): fewer turns between the two
    processes for each chunk of ~6 MB."""
    if _RAW_PIPES and fcntl is not None and hasattr(fcntl, "F_SETPIPE_SZ"):
        try:
            fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, 1 << 20)
        except OSError:
            pass  # above the system's limit: the default size works too


def _encode_chunk(chunk: ReadChunk) -> bytes:
    new = chunk.new
    return _CHUNK + _pack((chunk.rows, chunk.held, new.heads, new.records, new.parents, chunk.others,
                           chunk.max_hlc, chunk.done, chunk.first_eid, chunk.equivocal))


def _decode_chunk(data: bytes) -> ReadChunk:
    rows, held, heads, records, parents, others, max_hlc, done, first_eid, equivocal = _unpack(memoryview(data)[1:])
    return ReadChunk(rows, held, PreparedRecords(heads, records, parents), others, max_hlc, done, first_eid,
                     equivocal)


def _pickled(kind: str, value: Any) -> bytes:
    return _PICKLED + pickle.dumps((kind, value), protocol=pickle.HIGHEST_PROTOCOL)


def start_method() -> str:
    """fork, which is instant, from a process with one thread (the CLI) on Linux; otherwise a
    fresh interpreter. Forking a process other threads run in (the app's Qt threads, which
    Python does not count) can copy a lock some thread holds; macOS frameworks refuse it."""
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        try:
            alone = len(os.listdir("/proc/self/task")) == 1
        except OSError:
            alone = False
        if alone:
            return "fork"
    return "spawn"


class EventStream:
    """Iterate to get the ReadChunks of a bundle's events from a reader process; the last
    iteration raises the bundle's refusal, if any. `close()` stops the reader."""

    def __init__(self, source: EventsSource, size: int | None = None) -> None:
        ctx = multiprocessing.get_context(start_method())
        self._in, child_end = ctx.Pipe(duplex=False)
        _wider(self._in)
        self._process = ctx.Process(
            target=_reader_process,
            # a forked reader closes its copy of our end; a spawned one never gets it
            args=(child_end, self._in if ctx.get_start_method() == "fork" else None, source, size or CHUNK_EVENTS),
            name="gcen-bundle-reader",
            daemon=True,
        )
        self._process.start()
        child_end.close()
        self._heard = False

    def __iter__(self) -> Iterator[ReadChunk]:
        while True:
            try:
                data = _receive(self._in)
            except (EOFError, OSError):
                if not self._heard:  # it never started: not the bundle's fault
                    raise UserError(
                        "GCEN Desktop could not start the process that reads the bundle; try again, "
                        "and restart GCEN Desktop if it happens again."
                    ) from None
                raise BundleCorrupt(
                    "The bundle could not be read to the end (the reading process stopped); "
                    "import it again, and if that fails ask the sender to export it again."
                ) from None
            self._heard = True
            if data[:1] == _CHUNK:
                yield _decode_chunk(data)
                continue
            if data == _DONE:
                return
            kind, value = pickle.loads(data[1:])
            if kind == "error":
                raise value
            else:
                raise BundleCorrupt(
                    "This bundle file could not be checked, so it was refused; ask the sender to export it again."
                ) from RuntimeError(value)

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._in.close()

    def __enter__(self) -> EventStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
