"""The base of every sidebar section: a widget that refreshes from change sets and opens records."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...services.changes import ChangeSet
from ..context import AppContext


class Section(QWidget):
    """One screen of the sidebar (Home, Notes, Readings, …).

    Subclasses set `key` (stable, used in settings and tests) and `icon_name` (an SVG in
    gcen_desktop/resources/icons), implement `title()` with tr(), and refresh only what a change set touches.
    """

    key = ""
    icon_name = ""
    # Record types this section shows; the main window routes `open_record` by type.
    record_types: tuple[str, ...] = ()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"section-{self.key}")
        ctx.sig_changed.connect(self._on_ctx_changed)
        ctx.sig_save_typing.connect(self._on_ctx_save_typing)

    @classmethod
    def title(cls) -> str:
        raise NotImplementedError

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        if not changes.types or changes.types & set(self.record_types) or not self.record_types:
            self.refresh(changes)

    def _on_ctx_save_typing(self) -> None:
        flush = getattr(self, "flush", None)  # sections with editors save what is typed
        if flush is not None:
            flush()

    def refresh(self, changes: ChangeSet | None = None) -> None:
        """Reload what `changes` touched (everything when None)."""

    def open_record(self, rec_id: str) -> bool:
        """Show this record; return False when it does not belong here."""
        return False

    def new_record(self) -> None:
        """File › New while this section is shown (sections without a 'new' ignore it)."""

    def badge(self) -> int:
        """A count shown next to the sidebar entry (e.g. open conflicts); 0 = none."""
        return 0
