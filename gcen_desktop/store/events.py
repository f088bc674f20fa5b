"""Change events: canonical bytes, content hash, typed decoding."""

from __future__ import annotations

import hashlib
from typing import Any

import orjson

Dot = tuple[str, int]


def canonical(event: dict[str, Any]) -> bytes:
    """The bytes an event's hash covers: every key but `h`, keys sorted, compact."""
    return orjson.dumps({k: v for k, v in event.items() if k != "h"}, option=orjson.OPT_SORT_KEYS)


def seal(event: dict[str, Any]) -> dict[str, Any]:
    """Set `h` from the event's canonical bytes and return the event."""
    event["h"] = "sha256:" + hashlib.sha256(canonical(event)).hexdigest()
    return event


def body_of(event: dict[str, Any]) -> bytes:
    return orjson.dumps(event, option=orjson.OPT_SORT_KEYS)


def hash_ok(event: dict[str, Any]) -> bool:
    return event.get("h") == "sha256:" + hashlib.sha256(canonical(event)).hexdigest()


def dot_of(event: dict[str, Any]) -> Dot:
    r, s = event["dot"]
    return (r, s)


def sort_parents(parents: list[list[Any]] | list[tuple[str, int]]) -> list[list[Any]]:
    return sorted([[r, s] for r, s in parents])
