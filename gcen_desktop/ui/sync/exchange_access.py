"""Reach the bundle-exchange service."""

from __future__ import annotations

from typing import Any

from ...services.exchange import Exchange
from ...services.workspace import Workspace


def exchange_class() -> type:
    return Exchange


def exchange_for(ws: Workspace) -> Any:
    """A fresh Exchange on this workspace (one per job: each runs on its own worker thread)."""
    return Exchange(ws)
