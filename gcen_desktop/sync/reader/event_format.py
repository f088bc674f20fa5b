"""The form of one line of events.jsonl: the typed event, the ids' patterns, what a refused
line is told as."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import msgspec

from ...domain.errors import Phrase
from ...domain.schema import MAX_INT, MIN_INT

_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_Seq = Annotated[int, msgspec.Meta(ge=1, le=2**63 - 1)]
# Ids and times are checked by `_check_ids` after the typed decode: a pattern in the msgspec
# types costs ~5 µs an event, four compiled regexes ~2.
_Dot = tuple[Annotated[str, msgspec.Meta(max_length=64)], _Seq]
_REPLICA_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_HLC_TEXT = re.compile(r"[0-9]{13}-[0-9]{5}-[A-Za-z0-9_-]{1,64}")  # ASCII digits: they sort as times
_UUID_TEXT = re.compile(_UUID[1:-1])
_HASH_TEXT = re.compile(r"sha256:[0-9a-f]{64}")
# the four of an event, checked in one go: replica id, hlc, record id and hash, a line each
_IDS = re.compile("\n".join(p.pattern for p in (_REPLICA_ID, _HLC_TEXT, _UUID_TEXT, _HASH_TEXT)))
_OWN_IDS = re.compile("\n".join(p.pattern for p in (_REPLICA_ID, _HLC_TEXT, _UUID_TEXT)))  # all but the hash
_Int = Annotated[int, msgspec.Meta(ge=MIN_INT, le=MAX_INT)]  # what the store's JSON can hold (and local writes accept)
_Value = str | _Int | bool | None
_FieldName = Annotated[str, msgspec.Meta(max_length=64)]
# a \uD800-\uDFFF escape: msgspec refuses lone surrogates today; we check again when one appears
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


_ESCAPED_SURROGATE = re.compile(rb"\\u([dD][89a-fA-F][0-9a-fA-F]{2})")
_NUL_ESCAPE = b"\\u0000"  # how a NUL character is written in JSON text (a raw one is no JSON)
_NON_FINITE = re.compile(rb"(?<![\"\w])(NaN|-?Infinity)(?![\"\w])")


def _lone_surrogate(line: bytes) -> bool:
    """True when a \\uD800-\\uDFFF escape is not part of a high+low pair."""
    expect_low_at = -1
    for m in _ESCAPED_SURROGATE.finditer(line):
        high = m.group(1)[1:2].lower() in b"89ab"
        if expect_low_at >= 0:
            if high or m.start() != expect_low_at:
                return True
            expect_low_at = -1
        elif high:
            expect_low_at = m.end()
        else:
            return True
    return expect_low_at >= 0


def _why_not_json(line: bytes, error: Exception) -> Phrase:
    """What is wrong, naming the two refusals people ask about (valid JavaScript, invalid JSON)."""
    if _lone_surrogate(line):
        return _LONE_SURROGATE
    if _NON_FINITE.search(line):
        return Phrase("holds a number that is not a number (NaN or Infinity)")
    return Phrase("holds text that is not valid JSON (%(error)s)", error=str(error)[:160])


_LONE_SURROGATE = Phrase("holds text that is not valid Unicode (a lone surrogate)")


class Event(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One change event as it travels in events.jsonl (see SYNC.md, "Events"). Its members are
    declared in canonical (sorted) order: encoding an event gives back its line when the line is
    canonical."""

    dot: _Dot
    fields: dict[_FieldName, _Value] | msgspec.UnsetType = msgspec.UNSET
    h: Annotated[str, msgspec.Meta(max_length=71)]
    hlc: Annotated[str, msgspec.Meta(max_length=84)]
    observed: dict[_FieldName, list[_Dot]] | msgspec.UnsetType = msgspec.UNSET
    op: Literal["set", "del"]
    parents: dict[_FieldName, list[_Dot]] | msgspec.UnsetType = msgspec.UNSET
    rec: Annotated[str, msgspec.Meta(max_length=36)]
    type: Annotated[str, msgspec.Meta(max_length=64)]


class LenientEvent(Event, forbid_unknown_fields=False):
    """The same, for bundles of a newer minor format version, which may add fields."""


_encode_event = msgspec.json.Encoder(order="sorted").encode  # canonical bytes of a typed event
_decode_event = msgspec.json.Decoder(Event).decode

# A checked line: the event typed, the bytes the store keeps of it (the line itself when it is
# canonical), and where in them its fields' JSON is, when known.
CheckedLine = tuple[Event, bytes, "tuple[int, int] | None"]


def event_values(event: Event) -> dict[str, Any]:
    """The event as the store applies it: a dict in canonical key order, dots as lists."""
    values: dict[str, Any] = {"dot": list(event.dot)}
    if event.fields is not msgspec.UNSET:
        values["fields"] = event.fields
    values["h"] = event.h
    values["hlc"] = event.hlc
    if event.observed is not msgspec.UNSET:
        values["observed"] = {k: [list(d) for d in v] for k, v in event.observed.items()}
    values["op"] = event.op
    if event.parents is not msgspec.UNSET:
        values["parents"] = {k: [list(d) for d in v] for k, v in event.parents.items()}
    values["rec"] = event.rec
    values["type"] = event.type
    return values
