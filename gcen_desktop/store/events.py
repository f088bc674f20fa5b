"""Change events: canonical bytes, content hash, typed decoding."""

from __future__ import annotations

import hashlib
from typing import Any

import msgspec
import orjson

Dot = tuple[str, int]


def canonical(event: dict[str, Any]) -> bytes:
    """The bytes an event's hash covers: every key but `h`, keys sorted, compact."""
    return orjson.dumps({k: v for k, v in event.items() if k != "h"}, option=orjson.OPT_SORT_KEYS)


def seal(event: dict[str, Any]) -> dict[str, Any]:
    """Set `h` from the event's canonical bytes and return the event."""
    event["h"] = "sha256:" + hashlib.sha256(canonical(event)).hexdigest()
    return event


class ReadEvent(dict):
    """An event read from a bundle line that was already in canonical form (`h` included): the
    line is kept, so the store writes those bytes instead of encoding the event once more.
    `fields_span`, when known, is where in the line its fields' canonical JSON is."""

    __slots__ = ("raw", "fields_span")

    def __init__(self, values: dict[str, Any], raw: bytes, fields_span: tuple[int, int] | None = None) -> None:
        super().__init__(values)
        self.raw = raw
        self.fields_span = fields_span

    @property
    def fields_json(self) -> bytes | None:
        span = self.fields_span
        return None if span is None else self.raw[span[0] : span[1]]


def body_of(event: dict[str, Any]) -> bytes:
    """The bytes the store keeps of an event: its canonical JSON with `h`."""
    raw = getattr(event, "raw", None)
    return raw if raw is not None else orjson.dumps(event, option=orjson.OPT_SORT_KEYS)


def hash_ok(event: dict[str, Any]) -> bool:
    return event.get("h") == "sha256:" + hashlib.sha256(canonical(event)).hexdigest()


def checked_line(event: dict[str, Any], line: bytes) -> dict[str, Any] | None:
    """The event of a bundle line whose hash is right, or None when it is not.

    A line in canonical form (what every GCEN Desktop writes) is hashed as it is, without its `h`
    member, and kept for the store; any other well-formed line is hashed the slow way. So is a line
    with members this version does not know (a newer minor format): their values may be of kinds
    (floats, objects) whose canonical bytes are not the line's."""
    h = event.get("h")
    if not isinstance(h, str):
        return None
    # A decoded dict keeps the line's key order, so encoding it as it is gives the line back when
    # the line is compact; with its keys sorted it is then canonical. (Sorting while encoding costs
    # three times as much. Only the top level and fields/parents/observed hold objects in an
    # event the reader has type-checked. msgspec writes the same bytes as orjson, in less time.)
    if _encode(event) == line and _keys_sorted(event):
        # Keys are those of this format, sorted: `h` follows `dot` and `fields`, and its member,
        # `,"h":"sha256:<64 hex>"`, is right before `,"hlc":"` (no value or field name before it can
        # hold that text).
        hlc_at = line.find(b',"hlc":"')
        at = hlc_at - _H_MEMBER
        if at < 0 or not line.startswith(b',"h":"', at) or line[at + 6 : hlc_at - 1] != h.encode():
            return event if hash_ok(event) else None
        if h != "sha256:" + hashlib.sha256(line[:at] + line[hlc_at:]).hexdigest():
            return None
        # `fields`, when there, comes right after the dot (a replica id and a number) and before `h`
        span = None
        if "fields" in event:
            dot_end = line.find(b"]", 8)
            if dot_end > 0 and line.startswith(b'],"fields":{', dot_end) and line[at - 1] == 0x7D:  # "}"
                span = (dot_end + 11, at)
        return ReadEvent(event, line, span)
    return event if hash_ok(event) else None


_H_MEMBER = len(b',"h":"sha256:') + 64 + 1  # to the closing quote
_encode = msgspec.json.Encoder().encode

_SORTED_TOPS = frozenset({
    ("dot", "fields", "h", "hlc", "op", "parents", "rec", "type"),
    ("dot", "fields", "h", "hlc", "op", "rec", "type"),
    ("dot", "h", "hlc", "observed", "op", "rec", "type"),
})


def _keys_sorted(event: dict[str, Any]) -> bool:
    """The members of an event of this format, in canonical order, and so are those inside."""
    if tuple(event) not in _SORTED_TOPS:
        return False
    for name in ("fields", "parents", "observed"):
        inner = event.get(name)
        if isinstance(inner, dict) and len(inner) > 1:
            keys = list(inner)
            if keys != sorted(keys):
                return False
    return True


def dot_of(event: dict[str, Any]) -> Dot:
    r, s = event["dot"]
    return (r, s)


def sort_parents(parents: list[list[Any]] | list[tuple[str, int]]) -> list[list[Any]]:
    return sorted([[r, s] for r, s in parents])
