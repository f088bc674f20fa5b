"""ImportFlow: passphrase if needed, preview on a worker, the preview dialog, then the import."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ...services.bundles import asks_for_passphrase, from_another_team
from .. import prompts
from ..context import AppContext
from ..i18n import error_text
from ..safe_text import visible
from .exchange_access import exchange_for
from .import_preview_dialog import ImportPreviewDialog
from .progress import run_with_progress


class ImportFlow(QObject):
    """One import, start to finish. `sig_imported(report)` when it is in; `sig_ended()` either way."""

    sig_imported = Signal(object)
    sig_ended = Signal()

    def __init__(self, ctx: AppContext, parent_widget: QWidget | None, path: Path) -> None:
        super().__init__(parent_widget)
        self.ctx = ctx
        self.widget = parent_widget
        self.path = Path(path)
        self.passphrase: str | None = None
        self.preview: Any = None

    def start(self) -> None:
        self._preview()

    # --- steps ----------------------------------------------------------------------------------

    def _preview(self) -> None:
        ws, path, passphrase = self.ctx.ws, self.path, self.passphrase

        def job(progress):
            return exchange_for(ws).preview(path, passphrase=passphrase, progress=progress)

        run_with_progress(self.ctx, self.widget, self.tr("Checking %s…") % path.name, job,
                          self._on_previewed, self._on_preview_failed, write=False)

    def _on_preview_failed(self, exc: BaseException, cancelled: bool) -> None:
        if cancelled:
            self._end(self.tr("Import cancelled; nothing was changed."))
            return
        if asks_for_passphrase(exc):
            label = error_text(exc)
            answer = prompts.ask_text(self.widget, self.tr("Passphrase"), label, password=True)
            if answer:
                self.passphrase = answer
                self._preview()
                return
            self._end(self.tr("Import cancelled; nothing was changed."))
            return
        if from_another_team(exc):
            self._offer_copies(exc)
            return
        self.ctx.show_error(exc, self.widget)
        self._end("")

    def _offer_copies(self, exc: Any) -> None:
        """Another team's bundle (a network export): offer to copy its records into this workspace."""
        name = visible(exc.workspace_name) if exc.workspace_name else self.tr("another team")
        text = self.tr(
            "This bundle comes from the workspace of another team (%1), so it cannot be imported as "
            "changes of yours.\n\nCopy its practices, plans, readings and notes into your workspace? "
            "Their people are not copied, and “Undo last import” removes the copies again."
        ).replace("%1", name)
        if not prompts.confirm(self.widget, self.tr("Import as copies"), text, ok_label=self.tr("Copy records")):
            self._end(self.tr("Import cancelled; nothing was changed."))
            return
        ws, path, passphrase = self.ctx.ws, self.path, self.passphrase

        def job(progress):
            return exchange_for(ws).import_copies(path, passphrase=passphrase, progress=progress)

        run_with_progress(self.ctx, self.widget, self.tr("Copying records from %s…") % path.name, job,
                          self._on_imported, self._on_import_failed, write=True)

    def _on_previewed(self, preview: Any) -> None:
        self.preview = preview
        dialog = ImportPreviewDialog(preview, self.path.name, self.widget)
        if prompts.run_dialog(dialog) != ImportPreviewDialog.DialogCode.Accepted.value:
            dialog.deleteLater()
            self._end(self.tr("Import cancelled; nothing was changed."))
            return
        trust, once = dialog.trust_new_key(), dialog.import_once()
        dialog.deleteLater()
        ws, path, passphrase = self.ctx.ws, self.path, self.passphrase

        def job(progress):
            # `previewed`: the file must still be the one shown, and a trusted key the one shown
            return exchange_for(ws).import_bundle(path, passphrase=passphrase, trust_new_key=trust, once=once,
                                                  previewed=preview, progress=progress)

        run_with_progress(self.ctx, self.widget, self.tr("Importing %s…") % path.name, job,
                          self._on_imported, self._on_import_failed, write=True)

    def _on_import_failed(self, exc: BaseException, cancelled: bool) -> None:
        if cancelled:
            self._end(self.tr("Import cancelled; nothing was changed."))
            return
        self.ctx.show_error(exc, self.widget)
        self._end("")

    def _on_imported(self, report: Any) -> None:
        changes = getattr(report, "changes", None)
        if changes:
            self.ctx.sig_changed.emit(changes)
        self.ctx.sig_exchanged.emit()
        self.sig_imported.emit(report)
        self._end(self.tr("Imported %s.") % self.path.name)

    def _end(self, message: str) -> None:
        if message:
            self.ctx.sig_status.emit(message)
        self.sig_ended.emit()
        self.deleteLater()
