"""Reach the bundle-exchange services."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from ...services import joining
from ...services.bundles import Exchange
from ...services.workspace import Workspace


def exchange_class() -> type:
    return Exchange


def exchange_for(ws: Workspace) -> Any:
    """A fresh Exchange on this workspace (one per job: each runs on its own worker thread)."""
    return Exchange(ws)


def joining_service() -> ModuleType:
    """What joins a team from a bundle: `describe` it, then `join_as` a named teammate."""
    return joining
