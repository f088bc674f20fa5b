"""The lines of an events member, inflated and hashed as they are read, and the lines of events
the importing store already holds (recognised, not decoded)."""

from __future__ import annotations

import bisect
import contextlib
import hashlib
import re
from collections.abc import Callable, Iterator
from typing import BinaryIO

from ...domain.schema import TYPES
from ...store.ranges import Vector
from .. import zipcheck
from ..errors import (
    BundleCancelled,
    BundleCorrupt,
)
from ..manifest import (
    EVENTS_NAME,
)
from .checker import EventChecker


class _Progress:
    def __init__(self, callback: Callable[[int, int], bool] | None) -> None:
        self.callback, self.done, self.total = callback, 0, 0

    def add(self, n: int) -> None:
        self.done += n
        if (
            self.callback is not None
            and self.callback(self.done, max(self.total, self.done)) is False
        ):
            raise BundleCancelled("Import cancelled; nothing was changed.")


def _hash_mismatch(name: str) -> BundleCorrupt:
    if name == EVENTS_NAME:
        return BundleCorrupt(
            "This bundle's list of changes does not match the fingerprint (SHA-256) in its description, "
            "so it was altered or damaged; ask the sender to export it again."
        )
    return BundleCorrupt(
        "This bundle's attachment %(attachment)s… does not match the fingerprint (SHA-256) in its "
        "description, so it was altered or damaged; ask the sender to export it again.",
        attachment=name.rsplit("/", 1)[-1][:12],
    )


class EventLines:
    """Iterate for the lines of an events member, numbered from 1, while it is inflated and hashed
    (a few pieces ahead, on a thread). A problem with the content (a line too long, more lines
    than the manifest says, or what the caller reports with `refuse`) ends the lines but not the
    reading: the member's hash is known first. `verdict()` then raises, in this order, a member
    that differs from the manifest, the first problem, a last line cut short, a wrong count."""

    def __init__(
        self,
        f: BinaryIO,
        entry: zipcheck.Entry,
        sha256: str,
        expected: int,
        checker: EventChecker,
        progress: _Progress | None = None,
    ) -> None:
        self.f, self.entry, self.sha256, self.expected = f, entry, sha256, expected
        self.checker, self.progress = checker, progress
        self.digest = hashlib.sha256()
        self.problem: Exception | None = None
        self.pending = b""
        self.n = 0

    def refuse(self, problem: Exception) -> None:
        if self.problem is None:
            self.problem, self.pending = problem, b""

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        with contextlib.closing(zipcheck.stream_ahead(self.f, self.entry, self.digest)) as pieces:
            for data in pieces:
                if self.progress is not None:
                    self.progress.add(len(data))
                if self.problem is not None:
                    continue
                lines, rest, stop, long_at, over = self._split(data)
                n = self.n
                for line in lines[:stop] if stop < len(lines) else lines:
                    n += 1
                    self.n = n
                    yield n, line
                    if self.problem is not None:  # refused by the caller
                        break
                if self.problem is None:
                    self._end_piece(len(lines), rest, stop, long_at, over)

    def _split(self, data: bytes) -> tuple[list[bytes], bytes, int, int | None, int]:
        """A piece (after what the last one left) as (its lines, what follows the last newline,
        how many lines to give, the first line too long or None, how many the count allows)."""
        line_bytes = self.checker.limits.line_bytes
        if self.pending:
            data = self.pending + data
        over = self.expected - self.n  # the index of the first line over the count
        # in C (a piece holds a thousand lines), never more than the count allows and one
        lines = data.split(b"\n", over + 1)
        rest = lines.pop()  # after the last newline (or the count)
        # the first line too long (with its newline) or over the count, whichever comes first
        long_at = next((i for i, line in enumerate(lines) if len(line) >= line_bytes), None) if (
            lines and max(map(len, lines)) >= line_bytes) else None
        stop = over if long_at is None else min(long_at, over)
        return lines, rest, stop, long_at, over

    def _end_piece(self, count: int, rest: bytes, stop: int, long_at: int | None, over: int) -> None:
        """After a piece's lines were given: refuse a line too long or over the count, or keep
        what follows the last newline for the next piece."""
        if stop < count:
            if long_at is not None and long_at <= over:
                self.refuse(self.checker.line_too_long(self.n + 1))
            else:
                self.refuse(_count_mismatch(self.expected, self.n + 1))
            return
        self.pending = rest
        if len(rest) >= self.checker.limits.line_bytes:
            self.refuse(self.checker.line_too_long(self.n + 1))

    def verdict(self) -> None:
        if self.digest.hexdigest() != self.sha256:
            raise _hash_mismatch(self.entry.name)
        if self.problem is not None:
            raise self.problem
        if self.pending:
            raise BundleCorrupt(
                "This bundle's list of changes ends in the middle of a line; ask the sender to export it again."
            )
        if self.n != self.expected:
            raise _count_mismatch(self.expected, self.n)


class HeldEvent(dict):
    """A line of an event the importing store already holds: its dot, hash, record and type.

    Nothing else of the line is trusted (it is not decoded): the store compares the hash with the
    one it holds and never applies a held event; its time is not read."""

    __slots__ = ()


# Canonical lines (keys sorted, compact) start with the dot and end with the record and its type;
# the top-level `h` is the last `,"h":"sha256:` (values are strings with escaped quotes, and the
# members after it, hlc/observed/op/parents/rec/type, cannot hold that text).
_HELD_HEAD = re.compile(rb'\{"dot":\["([A-Za-z0-9_-]{1,64})",([1-9][0-9]{0,17})\],')
_HASH_MARK = b',"h":"sha256:'
_REC_MARK = b',"rec":"'
_TYPE_MARK = b'","type":"'
_TYPE_NAMES = {name.encode(): name for name in TYPES}


def recognise(line: bytes, held: Vector) -> HeldEvent | None:
    """The HeldEvent of a canonical line whose dot `held` covers, else None (decode it fully)."""
    head = _HELD_HEAD.match(line)
    if head is None:
        return None
    replica = head.group(1).decode()
    spans = held.get(replica)
    if not spans:
        return None
    seq = int(head.group(2))
    at = bisect.bisect_right(spans, [seq, _MAX_SEQ]) - 1
    if at < 0 or not spans[at][0] <= seq <= spans[at][1]:
        return None
    mark = line.rfind(_HASH_MARK)
    rec_at = line.rfind(_REC_MARK)
    if mark < 0 or rec_at < mark or line[rec_at + 44 : rec_at + 54] != _TYPE_MARK or line[-2:] != b'"}':
        return None
    type_ = _TYPE_NAMES.get(line[rec_at + 54 : -2])
    if type_ is None:
        return None
    return HeldEvent(
        dot=[replica, seq],
        h=line[mark + 6 : mark + 77].decode("ascii", "replace"),
        rec=line[rec_at + 8 : rec_at + 44].decode("ascii", "replace"),
        type=type_,
    )


_MAX_SEQ = 2**63


def _count_mismatch(expected: int, found: int) -> BundleCorrupt:
    if found > expected:
        return BundleCorrupt(
            "This bundle carries more changes than its description says (%(expected)d); "
            "ask the sender to export it again.",
            expected=expected,
        )
    return BundleCorrupt(
        "This bundle carries fewer changes than its description says (%(expected)d); "
        "ask the sender to export it again.",
        expected=expected,
    )
