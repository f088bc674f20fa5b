"""The ZIP layer of a bundle, parsed by hand so that no hostile archive reaches `zipfile`.

We read the end-of-central-directory record first (the entry count decides whether we go on),
then every central and local header, and refuse names that are not bundle members, duplicates,
overlapping entries (CVE-2024-0450: CPython 3.11.7's zipfile accepts them), methods other than
stored/deflate, and declared sizes or ratios above the limits. Members are then streamed with a
hard cap on the bytes produced, and their CRC and size checked.
"""

from __future__ import annotations

import contextlib
import queue
import re
import shutil
import struct
import sys
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any, BinaryIO

try:  # ISA-L inflates a bundle's list of changes ~1.6x faster than zlib (0.41 s vs 0.65 s for 128 MB)
    from isal import isal_zlib as _inflating
except ImportError:  # pragma: no cover - a platform without a wheel of isal: zlib does the same
    _inflating = zlib

from .errors import (
    BundleBadSignature,
    BundleCorrupt,
    BundleNotABundle,
    BundleTooLarge,
    BundleTruncated,
    BundleUnsafe,
)
from .limits import Limits, MiB, human_size
from .manifest import BLOB_PREFIX, EVENTS_NAME, MANIFEST_NAME, SIGNATURE_NAME

_EOCD = struct.Struct(
    "<4s4H2LH"
)  # sig, disk, cd disk, entries here, entries, cd size, cd offset, comment
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_LOCAL = struct.Struct("<4s5H3L2H")
EOCD_SIG, ZIP64_LOCATOR_SIG, ZIP64_EOCD_SIG = b"PK\x05\x06", b"PK\x06\x07", b"PK\x06\x06"
CENTRAL_SIG, LOCAL_SIG = b"PK\x01\x02", b"PK\x03\x04"
STORED, DEFLATED = 0, 8
FLAG_ENCRYPTED, FLAG_DATA_DESCRIPTOR = 0x1, 0x8
SIGNATURE_BYTES = 64  # an Ed25519 signature
MAX_NAME_BYTES = 512
_BLOB_RE = re.compile(r"blobs/sha256/[0-9a-f]{64}")
_CHUNK = 1 * MiB


@dataclass(frozen=True)
class Entry:
    name: str
    method: int
    crc: int
    compressed: int
    size: int
    header_offset: int
    data_offset: int

    @property
    def is_blob(self) -> bool:
        return self.name.startswith(BLOB_PREFIX)


@dataclass(frozen=True)
class Archive:
    entries: dict[str, Entry]
    entry_count: int

    @property
    def blob_names(self) -> list[str]:
        return sorted(n for n in self.entries if n.startswith(BLOB_PREFIX))


def _unsafe_name(name: str) -> bool:
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return True
    if "\\" in name or "\x00" in name:
        return True
    return any(part in ("..", ".") or part == "" for part in name.split("/"))


def entry_count(f: BinaryIO, file_size: int, limits: Limits) -> tuple[int, int, int]:
    """(entries, central directory offset, central directory size) from the end record,
    refusing an archive that claims more entries than the limit before reading anything else."""
    tail_len = min(file_size, _EOCD.size + 0xFFFF)
    f.seek(file_size - tail_len)
    tail = f.read(tail_len)
    pos = _end_record_at(f, tail)
    _sig, disk, cd_disk, here, total, cd_size, cd_offset, comment_len = _EOCD.unpack_from(tail, pos)
    if total == 0xFFFF or here == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        total, here = _zip64_count(f, file_size - tail_len + pos, total)
        _check_count(total, here, limits)
        # GCEN bundles stay far below the sizes that need ZIP64, so nothing else uses it
        raise BundleNotABundle(
            "This file is a kind of ZIP archive that GCEN Desktop never writes; "
            "choose a .gcen file exported by GCEN Desktop."
        )
    _check_count(total, here, limits)
    if disk != 0 or cd_disk != 0 or here != total:
        raise BundleNotABundle(
            "This file is a multi-part ZIP archive, not a GCEN bundle; choose a .gcen file."
        )
    _check_ends_where_it_says(pos + _EOCD.size + comment_len, len(tail), cd_offset + cd_size, file_size - tail_len + pos)
    return total, cd_offset, cd_size


def _end_record_at(f: BinaryIO, tail: bytes) -> int:
    """Where the end record is in `tail` (the file's last bytes); refuses a file without one."""
    pos = tail.rfind(EOCD_SIG)
    while pos >= 0 and len(tail) - pos < _EOCD.size:
        pos = tail.rfind(EOCD_SIG, 0, pos)
    if pos < 0:
        f.seek(0)
        if f.read(4) == LOCAL_SIG:
            raise BundleTruncated()
        raise BundleNotABundle()
    return pos


def _check_ends_where_it_says(record_end: int, tail_len: int, cd_end: int, eocd_offset: int) -> None:
    """The end record ends the file, and the central directory ends where the record starts."""
    if record_end != tail_len:
        if record_end > tail_len:
            raise BundleTruncated()
        raise BundleCorrupt(
            "This bundle file has extra bytes after its end; ask the sender to export it again."
        )
    if cd_end != eocd_offset:
        if cd_end > eocd_offset:
            raise BundleTruncated()
        raise BundleCorrupt(
            "This bundle's table of contents is not where it should be; ask the sender to export it again."
        )


def _check_count(total: int, here: int, limits: Limits) -> None:
    if total > limits.entries or here > limits.entries:
        raise _too_many(max(total, here), limits)


def _too_many(count: int, limits: Limits) -> BundleUnsafe:
    return BundleUnsafe(
        "This bundle claims to hold %(count)d files, more than the %(limit)d a bundle may "
        "hold, so it was refused; do not open it, and tell the sender.",
        count=count,
        limit=limits.entries,
    )


def _zip64_count(f: BinaryIO, eocd_offset: int, total16: int) -> tuple[int, int]:
    if eocd_offset < _ZIP64_LOCATOR.size:
        return total16, total16
    f.seek(eocd_offset - _ZIP64_LOCATOR.size)
    sig, _disk, rec_offset, _disks = _ZIP64_LOCATOR.unpack(f.read(_ZIP64_LOCATOR.size))
    if (
        sig != ZIP64_LOCATOR_SIG
        or rec_offset > eocd_offset - _ZIP64_LOCATOR.size - _ZIP64_EOCD.size
    ):
        return total16, total16
    f.seek(rec_offset)
    raw = f.read(_ZIP64_EOCD.size)
    if len(raw) != _ZIP64_EOCD.size or raw[:4] != ZIP64_EOCD_SIG:
        return total16, total16
    fields = _ZIP64_EOCD.unpack(raw)
    here, total = fields[6], fields[7]
    return total, here


def scan(f: BinaryIO, file_size: int, limits: Limits, *, free_disk: int | None = None) -> Archive:
    """Check the whole structure of the archive in `f` and return its members."""
    count, cd_offset, cd_size = entry_count(f, file_size, limits)
    if count == 0:
        raise BundleNotABundle(
            "This file is an empty ZIP archive, not a GCEN bundle; choose a .gcen file."
        )
    if cd_size > count * (_CENTRAL.size + MAX_NAME_BYTES + 0xFFFF):
        raise BundleUnsafe()
    f.seek(cd_offset)
    cd = f.read(cd_size)
    if len(cd) != cd_size:
        raise BundleTruncated()
    raw_entries = _central_entries(cd, count)
    _check_names_differ(raw_entries)
    locals_ = _local_headers(f, raw_entries, cd_offset)
    entries: dict[str, Entry] = {}
    total = 0
    for raw, local in zip(raw_entries, locals_, strict=True):
        entry = _checked_entry(raw, local, limits, count)
        total += entry.size
        entries[entry.name] = entry
    _check_members(entries)
    _check_unpacked_size(total, limits, free_disk)
    return Archive(entries, count)


_RawEntry = tuple[str, bytes, int, int, int, int, int, int]  # name, its bytes, flags, method, crc, csize, usize, offset
_LocalHeader = tuple[bytes, int, int, int]  # local name, flags, method, data offset


def _toc_damaged() -> BundleCorrupt:
    return BundleCorrupt("This bundle's table of contents is damaged; ask the sender to export it again.")


def _member_damaged() -> BundleCorrupt:
    return BundleCorrupt("A file inside this bundle is damaged; ask the sender to export it again.")


def _central_entries(cd: bytes, count: int) -> list[_RawEntry]:
    """The `count` entries of the central directory `cd`, which they must fill exactly."""
    raw_entries: list[_RawEntry] = []
    pos = 0
    for _ in range(count):
        if pos + _CENTRAL.size > len(cd):
            raise _toc_damaged()
        (
            sig,
            _made,
            _needed,
            flags,
            method,
            _time,
            _date,
            crc,
            csize,
            usize,
            nlen,
            elen,
            clen,
            _disk,
            _iattr,
            _eattr,
            offset,
        ) = _CENTRAL.unpack_from(cd, pos)
        if sig != CENTRAL_SIG:
            raise _toc_damaged()
        name_bytes = cd[pos + _CENTRAL.size : pos + _CENTRAL.size + nlen]
        pos += _CENTRAL.size + nlen + elen + clen
        if pos > len(cd):
            raise _toc_damaged()
        name = _checked_name(name_bytes, nlen)
        raw_entries.append((name, name_bytes, flags, method, crc, csize, usize, offset))
    if pos != len(cd):
        raise _toc_damaged()
    return raw_entries


def _checked_name(name_bytes: bytes, nlen: int) -> str:
    """A member's name, refused when overlong, not UTF-8 or pointing outside the bundle."""
    if nlen > MAX_NAME_BYTES:
        raise BundleUnsafe(
            "This bundle holds a file with an overlong name, which bundles never have; "
            "do not open it, and tell the sender."
        )
    try:
        name = name_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleUnsafe(
            "This bundle holds a file whose name is not readable text, which bundles never have; "
            "do not open it, and tell the sender."
        ) from None
    if _unsafe_name(name):
        raise BundleUnsafe(
            "This bundle holds a file named %(name)s that points outside its own folder "
            "(an absolute path or '..'), so it was refused; do not open it, and tell the sender.",
            name=repr(name[:80]),
        )
    return name


def _check_names_differ(raw_entries: list[_RawEntry]) -> None:
    """No two members may share a name, nor names that differ only in case."""
    seen: dict[str, str] = {}
    for name, *_ in raw_entries:
        key = name.casefold()
        if key in seen:
            if seen[key] == name:
                raise BundleUnsafe(
                    "This bundle holds two files with the same name (%(name)s), which can hide one "
                    "behind the other, so it was refused; do not open it, and tell the sender.",
                    name=repr(name[:80]),
                )
            raise BundleUnsafe(
                "This bundle holds two files with names that differ only in upper/lower case (%(name)s), "
                "which can hide one behind the other, so it was refused; do not open it, and tell the sender.",
                name=repr(name[:80]),
            )
        seen[key] = name


def _local_headers(f: BinaryIO, raw_entries: list[_RawEntry], cd_offset: int) -> list[_LocalHeader]:
    """Each entry's local header. Every entry's span (local header + data) must lie before the
    central directory and overlap no other: overlapping entries are how quoted-overlap zip bombs
    multiply one span."""
    spans: list[tuple[int, int, int]] = []  # start, end, index
    locals_: list[_LocalHeader] = []
    for i, (_name, _nb, _flags, _method, _crc, csize, _usize, offset) in enumerate(raw_entries):
        if offset + _LOCAL.size > cd_offset:
            raise _overlap()
        f.seek(offset)
        (sig, _needed, lflags, lmethod, _t, _d, _lcrc, _lcsize, _lusize, lnlen, lelen) = (
            _LOCAL.unpack(f.read(_LOCAL.size))
        )
        if sig != LOCAL_SIG:
            raise _member_damaged()
        data_offset = offset + _LOCAL.size + lnlen + lelen
        end = data_offset + csize
        if end > cd_offset:
            raise _overlap()
        spans.append((offset, end, i))
        f.seek(offset + _LOCAL.size)
        locals_.append((f.read(lnlen), lflags, lmethod, data_offset))
    spans.sort()
    for (_s1, e1, _i1), (s2, _e2, _i2) in zip(spans, spans[1:], strict=False):
        if s2 < e1:
            raise _overlap()
    return locals_


def _checked_entry(raw: _RawEntry, local: _LocalHeader, limits: Limits, count: int) -> Entry:
    """A member whose local header agrees with its central one, of a kind bundles use, within
    the size limits."""
    name, name_bytes, flags, method, crc, csize, usize, offset = raw
    lname, lflags, lmethod, data_offset = local
    if lname != name_bytes or lmethod != method:
        raise _member_damaged()
    if (flags | lflags) & FLAG_ENCRYPTED:
        raise BundleNotABundle(
            "This ZIP archive uses ZIP passwords, which GCEN bundles never use; choose a .gcen file."
        )
    if (flags | lflags) & FLAG_DATA_DESCRIPTOR:
        raise BundleNotABundle(
            "This file is a ZIP archive that GCEN Desktop did not write; choose a .gcen file."
        )
    if method not in (STORED, DEFLATED):
        raise BundleNotABundle(
            "This ZIP archive uses a compression method GCEN bundles never use; choose a .gcen file."
        )
    if method == STORED and csize != usize:
        raise _member_damaged()
    _check_declared_size(name, usize, limits, count)
    if usize > limits.ratio_from_bytes and usize > limits.ratio * max(csize, 1):
        raise BundleUnsafe(
            "A file inside this bundle would expand %(times)d times "
            "(a 'zip bomb'), so it was refused; do not open it, and tell the sender.",
            times=usize // max(csize, 1),
        )
    return Entry(name, method, crc, csize, usize, offset, data_offset)


def _check_members(entries: dict[str, Entry]) -> None:
    """Only the members a bundle has, its manifest and list of changes among them."""
    for name in entries:
        if name not in (MANIFEST_NAME, SIGNATURE_NAME, EVENTS_NAME) and not _BLOB_RE.fullmatch(
            name
        ):
            raise BundleCorrupt(
                "This bundle holds a file %(name)s that does not belong in a bundle; "
                "ask the sender to export it again.",
                name=repr(name[:80]),
            )
    if MANIFEST_NAME not in entries:
        raise BundleNotABundle()
    if EVENTS_NAME not in entries:
        raise BundleCorrupt(
            "This bundle has no list of changes in it; ask the sender to export it again."
        )


def _check_unpacked_size(total: int, limits: Limits, free_disk: int | None) -> None:
    if total > limits.total_bytes:
        raise BundleTooLarge(
            "This bundle unpacks to %(size)s, more than the %(limit)s "
            "GCEN Desktop accepts; ask the sender to export for you only instead of a full bundle.",
            size=human_size(total),
            limit=human_size(limits.total_bytes),
        )
    if free_disk is not None and total > free_disk * limits.free_disk_share:
        raise BundleTooLarge(
            "This bundle unpacks to %(size)s and there is not enough free disk space to "
            "check it safely; free some disk space and import it again.",
            size=human_size(total),
        )


def _overlap() -> BundleUnsafe:
    return BundleUnsafe(
        "This bundle's files overlap one another inside the archive (a 'zip bomb' trick), "
        "so it was refused; do not open it, and tell the sender."
    )


def _check_declared_size(name: str, usize: int, limits: Limits, count: int) -> None:
    if name == SIGNATURE_NAME:
        if usize != SIGNATURE_BYTES:
            raise BundleBadSignature()
        return
    if name == EVENTS_NAME:
        cap = limits.events_member_bytes
    elif name == MANIFEST_NAME:
        cap = limits.manifest_cap(count)
    else:
        cap = limits.blob_bytes
    if usize <= cap:
        return
    sizes = {"size": human_size(usize), "limit": human_size(cap)}
    if name == EVENTS_NAME:
        raise BundleTooLarge(
            "This bundle's list of changes is %(size)s, more than the %(limit)s GCEN Desktop accepts; "
            "ask the sender to export for you only, or to share that file another way.", **sizes
        )
    if name == MANIFEST_NAME:
        raise BundleTooLarge(
            "This bundle's description (manifest) is %(size)s, more than the %(limit)s GCEN Desktop "
            "accepts; ask the sender to export for you only, or to share that file another way.", **sizes
        )
    raise BundleTooLarge(
        "This bundle's attachment is %(size)s, more than the %(limit)s GCEN Desktop accepts; "
        "ask the sender to export for you only, or to share that file another way.", **sizes
    )


def stream(f: BinaryIO, entry: Entry, chunk: int = _CHUNK) -> Iterator[bytes]:
    """The member's bytes, never more than it declares; refused unless size and CRC match."""
    f.seek(entry.data_offset)
    damaged = BundleCorrupt(
        "The file %(name)s inside this bundle is damaged; ask the sender to export it again.", name=repr(entry.name)
    )
    if entry.method == STORED:
        yield from _stream_stored(f, entry, chunk, damaged)
    else:
        yield from _stream_deflated(f, entry, chunk, damaged)


def _stream_stored(f: BinaryIO, entry: Entry, chunk: int, damaged: BundleCorrupt) -> Iterator[bytes]:
    remaining, crc = entry.compressed, 0
    while remaining:
        data = f.read(min(chunk, remaining))
        if not data:
            raise BundleTruncated()
        remaining -= len(data)
        crc = inflater.crc32(data, crc)
        yield data
    if crc != entry.crc:
        raise damaged


def _stream_deflated(f: BinaryIO, entry: Entry, chunk: int, damaged: BundleCorrupt) -> Iterator[bytes]:
    remaining, produced, crc = entry.compressed, 0, 0
    lib = inflater
    d = lib.decompressobj(-15)
    while not d.eof:
        if d.unconsumed_tail:
            data = d.unconsumed_tail
        else:
            data = _read_some(f, min(chunk, remaining))
            remaining -= len(data)
        try:
            out = d.decompress(data, chunk)
        except (zlib.error, lib.error):
            raise damaged from None
        if not data and not out:
            raise damaged
        produced += len(out)
        if produced > entry.size:
            raise damaged
        if out:
            crc = lib.crc32(out, crc)
            yield out
    if remaining or d.unused_data or (produced, crc) != (entry.size, entry.crc):
        raise damaged


def _read_some(f: BinaryIO, size: int) -> bytes:
    """Up to `size` more bytes of a member, refused if the file ends first. With none left to
    give (size 0): b"", as ISA-L may still hold output (zlib keeps such input in its
    unconsumed_tail instead); none left means the stream ends before its end marker."""
    if not size:
        return b""
    data = f.read(size)
    if not data:
        raise BundleTruncated()
    return data


inflater: ModuleType = _inflating  # the zlib-compatible module `stream` inflates with


_END = object()
# Pieces of 4 MiB: the thread takes the interpreter lock a few times a piece (see _switching_often).
_AHEAD_PIECE = 4 * MiB


def stream_ahead(f: BinaryIO, entry: Entry, digest: Any, depth: int = 4) -> Iterator[bytes]:
    """`stream`, with each piece also fed to `digest`, done a few pieces ahead on a thread.

    Inflating, the CRC and the hash run without the interpreter lock, so they overlap with what
    the caller does with the pieces (decoding lines): two cores instead of one. What `stream`
    raises is raised here after the pieces before it. `f` is the thread's until this generator
    is exhausted or closed: use it in a `with contextlib.closing(...)`."""
    pieces: queue.Queue[Any] = queue.Queue(maxsize=depth)
    stop = threading.Event()

    def offer(item: Any) -> bool:
        while not stop.is_set():
            try:
                pieces.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for data in stream(f, entry, _AHEAD_PIECE):
                digest.update(data)
                if not offer(data):
                    return
            offer(_END)
        except BaseException as e:  # handed to the consumer, raised there
            offer(e)

    worker = threading.Thread(target=produce, name="gcen-inflate", daemon=True)
    worker.start()
    with _switching_often():
        try:
            while (item := pieces.get()) is not _END:
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()
            while worker.is_alive():  # unblock a put, then wait for the thread to let go of `f`
                try:
                    pieces.get_nowait()
                except queue.Empty:
                    worker.join(0.01)


# Each time the inflating thread comes back from C (inflate, CRC, hash) it needs the interpreter
# lock, and waits for the decoding thread to give it up: after the switch interval, 5 ms by
# default. Over a 150 MB member those waits added up to a third of the reading time (a 100k
# re-import read its lines in 1.25 s, 0.85 s with 0.5 ms). While pieces are read ahead, the
# interval is short; it is the process's, so it is set back when the last reading ends.
_SWITCH_INTERVAL = 0.0005
_switch_lock = threading.Lock()
_switch_holders = 0
_switch_before = 0.005


@contextlib.contextmanager
def _switching_often() -> Iterator[None]:
    global _switch_holders, _switch_before
    with _switch_lock:
        if _switch_holders == 0:
            _switch_before = sys.getswitchinterval()
            sys.setswitchinterval(min(_switch_before, _SWITCH_INTERVAL))
        _switch_holders += 1
    try:
        yield
    finally:
        with _switch_lock:
            _switch_holders -= 1
            if _switch_holders == 0:
                sys.setswitchinterval(_switch_before)


def read_member(f: BinaryIO, entry: Entry) -> bytes:
    return b"".join(stream(f, entry))


def free_disk_bytes(folder: str) -> int:
    return shutil.disk_usage(folder).free
