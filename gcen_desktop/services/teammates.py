"""Who wrote what, as the windows say it: this computer's own stores, teammates' names learned
from bundles, and the last exchange — readable without the exchange service's crypto libraries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..sync import knowledge

if TYPE_CHECKING:
    from .workspace import Workspace


def own_replicas(ws: Workspace) -> set[str]:
    """The replica ids of this store: its own, and those it had before it was copied or restored."""
    previous = ws.store.meta("previous_replicas") or ""
    return {ws.store.replica, *filter(None, previous.split(","))}


def teammate_names(ws: Workspace) -> dict[str, str]:
    """Replica id → teammate name, from what the sync layer learned (empty before any exchange)."""
    try:
        with ws.store.read() as conn:
            return knowledge.names(conn)
    except Exception:  # noqa: BLE001 — no exchange yet (or an older store): no names to show
        return {}


def last_exchange(ws: Workspace) -> tuple[str, int] | None:
    """(name, or replica id when unnamed; when in ms) of the teammate this store exchanged with last."""
    try:
        with ws.store.read() as conn:
            peers = [p for p in knowledge.peers(conn) if p.last_exchange_ms]
    except Exception:  # noqa: BLE001 — no exchange tables yet: nothing exchanged
        return None
    if not peers:
        return None
    last = max(peers, key=lambda p: p.last_exchange_ms or 0)
    return last.name or last.replica, int(last.last_exchange_ms or 0)


def unshared_by_cursor(ws: Workspace) -> int:
    """How many of this store's changes are past its export cursor: the unshared count when the
    exchange service cannot answer."""
    meta = ws.store.meta_all()
    return max(0, int(meta.get("seq", 0) or 0) - int(meta.get("exported_seq", 0) or 0))
