"""Splitter positions of UI-B's screens, kept in the typed settings between runs."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter

from ..context import AppContext


def restore_splitter(ctx: AppContext, name: str, splitter: QSplitter) -> None:
    settings = ctx.settings
    state = settings.state(name) if settings is not None else None
    if state is not None and not state.isEmpty():
        splitter.restoreState(state)


def save_splitter(ctx: AppContext, name: str, splitter: QSplitter) -> None:
    if ctx.settings is not None:
        ctx.settings.set_state(name, splitter.saveState())
