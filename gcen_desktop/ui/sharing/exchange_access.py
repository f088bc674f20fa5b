"""Reach the bundle-exchange services."""

from __future__ import annotations

from typing import Any

from ...services.bundles import Exchange
from ...services.workspace import Workspace


def exchange_for(ws: Workspace) -> Any:
    """A fresh Exchange on this workspace (one per job: each runs on its own worker thread)."""
    return Exchange(ws)

