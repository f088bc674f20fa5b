"""Hand-made events from imaginary teammates' replicas, for store tests."""

from __future__ import annotations

from typing import Any

from gcen_desktop.domain.clock import encode
from gcen_desktop.store.events import seal


def ev_set(replica: str, seq: int, wall: int, rec: str, type_: str, fields: dict[str, Any],
           parents: dict[str, list[list[Any]]] | None = None) -> dict[str, Any]:
    return seal({
        "dot": [replica, seq], "hlc": encode(wall, 0, replica), "rec": rec, "type": type_,
        "op": "set", "fields": fields, "parents": parents or {},
    })


def ev_del(replica: str, seq: int, wall: int, rec: str, type_: str,
           observed: dict[str, list[list[Any]]]) -> dict[str, Any]:
    return seal({
        "dot": [replica, seq], "hlc": encode(wall, 0, replica), "rec": rec, "type": type_,
        "op": "del", "observed": observed,
    })


def apply(ws, events: list[dict[str, Any]]) -> None:
    with ws.store.write() as conn:
        ws.store.apply(conn, events)
