"""Reach the bundle-exchange service, which an older or partial build may lack."""

from __future__ import annotations

from typing import Any

from ...domain.errors import UserError
from ...services.workspace import Workspace


def exchange_class() -> type | None:
    try:
        from ...services.exchange import Exchange
    except ImportError:
        return None
    return Exchange


def exchange_for(ws: Workspace) -> Any:
    """A fresh Exchange on this workspace (one per job: each runs on its own worker thread)."""
    cls = exchange_class()
    if cls is None:
        raise UserError("This build of GCEN Desktop cannot exchange bundles; install the full version.")
    return cls(ws)
