"""Change events: canonical bytes, content hash, typed decoding."""

from __future__ import annotations

import hashlib
from typing import Any

import msgspec
import orjson

from ..domain.schema import MAX_CHANGE_BYTES

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
        return canonical_checked(event, line)
    return event if hash_ok(event) else None


def canonical_checked(event: dict[str, Any], line: bytes) -> dict[str, Any] | None:
    """`checked_line` of a line known to be the event's compact encoding with this format's
    members in canonical order, the keys inside sorted too."""
    h = event["h"]
    at = h_member_at(h, line)
    if at < 0:
        return event if hash_ok(event) else None
    if not line_hash_ok(h, line, at):
        return None
    return ReadEvent(event, line, fields_span(line, at) if "fields" in event else None)


def h_member_at(h: str, line: bytes) -> int:
    """Where the `h` member of a canonical line starts, or -1 when it is not where this format
    puts it. Its keys being this format's, sorted, `h` follows `dot` and `fields`, and its member
    `,"h":"sha256:<64 hex>"` is right before `,"hlc":"` (no value or field name can hold that
    text; looked for from the end, where it is, after the fields)."""
    hlc_at = line.rfind(b',"hlc":"')
    at = hlc_at - _H_MEMBER
    if at < 0 or not line.startswith(b',"h":"', at) or line[at + 6 : hlc_at - 1] != h.encode():
        return -1
    return at


def line_hash_ok(h: str, line: bytes, at: int) -> bool:
    """The hash of a canonical line whose `h` member is at `at` is `h`."""
    return h == "sha256:" + hashlib.sha256(line[:at] + line[at + _H_MEMBER :]).hexdigest()


def fields_span(line: bytes, at: int) -> tuple[int, int] | None:
    """Where the fields' JSON object is in a canonical line with fields whose `h` member is at
    `at`: right after the dot (a replica id and a number), before `h`."""
    dot_end = line.find(b"]", 8)
    if dot_end > 0 and line.startswith(b'],"fields":{', dot_end) and line[at - 1] == 0x7D:  # "}"
        return (dot_end + 11, at)
    return None


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
    return inner_keys_sorted(event.get("fields"), event.get("parents"), event.get("observed"))


def inner_keys_sorted(*objects: Any) -> bool:
    """The keys of each of these that is a dict are in sorted order."""
    for inner in objects:
        if isinstance(inner, dict) and len(inner) > 1:
            keys = list(inner)
            if keys != sorted(keys):
                return False
    return True


def stored_ok(h: Any, body: Any) -> bool:
    """An event the store holds is whole: its bytes are those its hash `h` (the events table's
    own column) was made of. A canonical line is hashed as it is; any other, decoded first."""
    if not isinstance(h, str) or not isinstance(body, bytes):
        return False
    at = h_member_at(h, body)
    if at >= 0:
        return line_hash_ok(h, body, at)
    try:
        event = orjson.loads(body)
    except orjson.JSONDecodeError:
        return False
    return isinstance(event, dict) and event.get("h") == h and hash_ok(event)


# --- events a bundle cannot carry --------------------------------------------------------------

NUL_ESCAPE = b"\\u0000"  # a NUL character in JSON text


def why_it_cannot_travel(body: bytes, line_bytes: int = MAX_CHANGE_BYTES) -> tuple[str, str | None] | None:
    """Why the import of this version would refuse a stored event, as (reason, field): "size" when
    its line is over the limit, "nul" when a field holds a NUL character; None when it can travel.
    Older versions wrote such events (local writes now refuse them), and kept them in the log."""
    if len(body) + 1 > line_bytes:
        return "size", _longest_text(body)
    if NUL_ESCAPE in body:
        name = _field_with_nul(body)
        if name is not None:
            return "nul", name
    return None


def _longest_text(body: bytes) -> str | None:
    """The event's text field with the longest value (of equal ones, the first by name)."""
    fields = orjson.loads(body).get("fields") or {}
    texts = [k for k, v in sorted(fields.items()) if isinstance(v, str)]
    return max(texts, key=lambda k: len(fields[k])) if texts else None


def _field_with_nul(body: bytes) -> str | None:
    """The first field (by name) whose name or text holds a NUL character."""
    for name, value in sorted((orjson.loads(body).get("fields") or {}).items()):
        if "\x00" in name or (isinstance(value, str) and "\x00" in value):
            return name
    return None
