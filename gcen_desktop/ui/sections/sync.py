"""The Sync screen: export bundles, import them with a preview, undo an import, shared folder, teammates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ...services.changes import ChangeSet
from ...services.network import is_publication
from .. import prompts
from ..context import AppContext
from ..i18n import error_text
from ..safe_text import visible
from ..sharing.exchange_access import exchange_for
from ..sharing.export_panel import ExportPanel
from ..sharing.identity_panel import IdentityPanel
from ..sharing.import_flow import ImportFlow
from ..sharing.import_panel import ImportPanel
from ..sharing.peers_panel import PeersPanel
from ..sharing.publish_panel import PublishPanel
from ..sharing.shared_folder import SharedFolderPanel
from ..widgets.columns_layout import ColumnsLayout
from .base import Section


class SyncSection(Section):
    key = "sync"
    icon_name = "sync"
    record_types = ()  # any local change alters what is unshared

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        heading = QLabel(self.tr("Sync with your team"), self)
        heading.setObjectName("SectionTitle")
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # it names the teammate of the last exchange
        self.status.setObjectName("Muted")
        self.status.setWordWrap(True)
        self.export_panel = ExportPanel(ctx, self)
        self.import_panel = ImportPanel(ctx, self)
        self.folder_panel = SharedFolderPanel(ctx, self)
        self.peers_panel = PeersPanel(self)
        network_heading = QLabel(self.tr("Share with other cities"), self)
        network_heading.setObjectName("SectionTitle")
        self.publish_panel = PublishPanel(ctx, self)
        self.identity_panel = IdentityPanel(ctx, self)
        body = QWidget(self)
        page = QVBoxLayout(body)
        page.setContentsMargins(12, 16, 8, 16)
        page.setSpacing(16)
        page.addWidget(heading)
        page.addWidget(self.status)
        grid = ColumnsLayout(spacing=16)  # two columns of cards, one on a narrow window
        for card in (self.export_panel, self.import_panel, self.folder_panel, self.peers_panel):
            grid.addWidget(card)
        page.addLayout(grid)
        page.addSpacing(8)
        page.addWidget(network_heading)
        network = ColumnsLayout(spacing=16)
        network.addWidget(self.publish_panel)
        network.addWidget(self.identity_panel)
        page.addLayout(network)
        page.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.flow: ImportFlow | None = None
        self.last_report: Any = None
        self.import_panel.sig_import_clicked.connect(self.choose_and_import)
        self.import_panel.sig_undo_clicked.connect(self.undo_last_import)
        self.peers_panel.sig_trust.connect(self._on_peers_panel_trust)
        self.peers_panel.sig_dismiss_refused.connect(self._on_peers_panel_dismiss_refused)
        self.export_panel.sig_exported.connect(lambda _r: self.refresh(None))
        self.folder_panel.sig_synced.connect(self._on_folder_panel_synced)
        self.folder_panel.sig_review.connect(self.start_import)
        self.folder_panel.load()
        self.identity_panel.load()
        # a publication or digest received on the Network screen changes what the publish card says
        ctx.sig_exchanged.connect(self._on_ctx_exchanged)
        self.refresh(None)

    def _on_ctx_changed(self, changes: ChangeSet) -> None:
        # Refreshing re-reads the store: do it when the screen is shown, not behind its back.
        if self.isVisible():
            self.refresh(changes)
        else:
            self._stale = True

    def _on_ctx_exchanged(self) -> None:
        # Shown, this screen's own export, import or folder sync has just refreshed it.
        if not self.isVisible():
            self._stale = True

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if getattr(self, "_stale", False):
            self._stale = False
            self.refresh(None)

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SyncSection", "Sync")

    def refresh(self, changes: ChangeSet | None = None) -> None:
        try:
            ex = exchange_for(self.ctx.ws)
            peers = list(ex.peers())
            unshared = int(ex.unexported_count())
            last = ex.last_exchange()
            can_undo = bool(ex.can_undo_import())
            refused = list(ex.refused_bundles())
        except Exception as exc:  # noqa: BLE001 - shown on the page; the other screens keep working
            self.status.setText(self.tr("Sync information is not available: %s") % error_text(exc))
            return
        self.export_panel.set_peers(peers, unshared)
        self._load_network()
        self.peers_panel.set_peers(peers)
        self.peers_panel.set_refused(refused)
        if self.last_report is not None:
            self._show_last_report(peers)
        self.import_panel.set_can_undo(can_undo and self.flow is None)
        if last:
            self.status.setText(self.tr("Last exchange: %s.") % _describe_last(last))
        else:
            self.status.setText(self.tr("No bundles exchanged yet. Export one for your team, or import "
                                        "the one a teammate sent you."))

    def _load_network(self) -> None:
        """The receivers the publish card offers (the cities of People & cities), and what it would publish."""
        info = self.ctx.ws.info()
        own = str((info.data if info else {}).get("city") or "")
        self.publish_panel.set_cities([view.title for view in self.ctx.ws.list("city", limit=500)], own)
        self.publish_panel.load()

    # --- import ---------------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        path = prompts.open_file(self, self.tr("Import a bundle"), self.tr("GCEN bundle (*.gcen)"))
        if path is not None:
            self.start_import(path)

    def start_import(self, path: Path | str) -> None:
        """Import a bundle with a preview first (also called for drag-and-drop and file-open)."""
        if self.flow is not None:
            self.ctx.sig_status.emit(self.tr("An import is already running; wait for it to finish."))
            return
        if self._to_network(Path(path)):
            return
        self.flow = ImportFlow(self.ctx, self, Path(path))
        self.flow.sig_imported.connect(self._on_flow_imported)
        self.flow.sig_ended.connect(self._on_flow_ended)
        self.import_panel.import_button.setEnabled(False)
        self.import_panel.set_can_undo(False)
        self.flow.start()

    def _to_network(self, path: Path) -> bool:
        """Another city's publication goes to the Network section (into the network library)."""
        window = self.window()
        network = window.section("network") if hasattr(window, "section") else None
        if network is None or not is_publication(path):
            return False
        window.show_section("network")
        network.import_publication(path)
        return True

    import_bundle = start_import  # the name the main window calls for drag-and-drop and file-open

    def _on_flow_imported(self, report: Any) -> None:
        self.last_report = report
        self.import_panel.show_report(report)

    def _show_last_report(self, peers: list[Any]) -> None:
        """The last import's lines as they are now: its conflicts settled since, its key trusted since."""
        report = self.last_report
        changes = getattr(report, "changes", None)
        open_conflicts = None
        if isinstance(changes, ChangeSet):
            ids = changes.ids
            open_conflicts = sum(1 for view in self.ctx.ws.conflicts()
                                 if view.id in ids and (view.conflicts or view.del_conflict or view.kept_alive))
        fp = getattr(report, "fingerprint", None)
        trusted = bool(fp) and any(p.fingerprint == fp and p.trusted for p in peers)
        self.import_panel.show_report(report, open_conflicts=open_conflicts, key_trusted=trusted)

    def _on_flow_ended(self) -> None:
        self.flow = None
        self.import_panel.import_button.setEnabled(True)
        self.refresh(None)
        if self.folder_panel.folder:
            self.folder_panel.show_held_back()  # a bundle looked at and imported waits no more

    def _on_folder_panel_synced(self, reports: list[Any]) -> None:
        if reports:
            self.last_report = reports[-1]
            self.import_panel.show_report(reports[-1])
        self.refresh(None)

    def undo_last_import(self) -> None:
        if not prompts.confirm(self, self.tr("Undo last import"),
                               self.tr("Put the workspace back as it was just before the last import? What the "
                                       "import added or changed is taken out again."), ok_label=self.tr("Undo import")):
            return
        ws = self.ctx.ws

        def done(_changes: Any) -> None:
            # The store went back to a snapshot: undo steps recorded since then no longer apply.
            self.ctx.undo_stack.clear()
            self.last_report = None
            self.import_panel.show_report(None)
            self.ctx.sig_status.emit(self.tr("The last import was undone."))
            self.ctx.sig_exchanged.emit()
            self.refresh(None)

        self.import_panel.set_can_undo(False)
        # what is typed goes first: an import the user edited since is not undone (nothing typed is lost)
        self.ctx.save_typing()
        self.ctx.run_write(lambda: exchange_for(ws).undo_last_import(), done, parent_widget=self)

    def _on_peers_panel_trust(self, replica: str) -> None:
        ws = self.ctx.ws
        self.ctx.run_write(lambda: exchange_for(ws).trust(replica), lambda _r: self.refresh(None),
                           parent_widget=self)

    def _on_peers_panel_dismiss_refused(self) -> None:
        exchange_for(self.ctx.ws).forget_refused_bundles()  # a file beside the database, not a write to it
        self.refresh(None)

    def shutdown(self) -> None:
        """Stop the periodic shared-folder sync (the main window calls this on close)."""
        self.folder_panel.stop_timer()


def _describe_last(last: Any) -> str:
    """`last_exchange()` may give (name, ms), an object with name/ms, or text."""
    from ..sharing.import_preview_dialog import format_ms

    if isinstance(last, tuple) and len(last) == 2:
        name, ms = last
        name = name or QCoreApplication.translate("SyncSection", "export for the team")
        return f"{visible(name)}, {format_ms(ms)}" if isinstance(ms, int) else f"{visible(name)}, {visible(ms)}"
    name = getattr(last, "name", None) or getattr(last, "producer_name", None)
    ms = getattr(last, "last_exchange_ms", None) or getattr(last, "ms", None)
    if name and ms:
        return f"{visible(name)}, {format_ms(ms)}"
    return visible(last)
