"""Export a plan as PDF, DOCX, HTML or Markdown on a worker, with progress and cancel."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from .. import prompts
from ..context import AppContext

FORMATS = ("pdf", "docx", "html", "md")


def _filters() -> dict[str, str]:
    return {
        "pdf": QCoreApplication.translate("DocumentExport", "PDF document (*.pdf)"),
        "docx": QCoreApplication.translate("DocumentExport", "Word document (*.docx)"),
        "html": QCoreApplication.translate("DocumentExport", "Web page (*.html)"),
        "md": QCoreApplication.translate("DocumentExport", "Markdown (*.md)"),
    }


def format_label(fmt: str) -> str:
    return {
        "pdf": QCoreApplication.translate("DocumentExport", "PDF…"),
        "docx": QCoreApplication.translate("DocumentExport", "Word (DOCX)…"),
        "html": QCoreApplication.translate("DocumentExport", "Web page (HTML)…"),
        "md": QCoreApplication.translate("DocumentExport", "Markdown…"),
    }[fmt]


def safe_file_name(title: str, fmt: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip() or "export"
    return f"{stem[:80]}.{fmt}"


def export_document(ctx: AppContext, parent: QWidget | None, *, kind: str, rec_id: str, fmt: str,
                    on_done: Callable[[Path], None] | None = None) -> None:
    """Ask where to save, then write the plan report (`kind='plan'`) or briefing pack ('briefing')."""
    from ...services import documents

    title = ctx.ws.label(rec_id)
    path = prompts.save_file(parent, QCoreApplication.translate("DocumentExport", "Save as"), _filters()[fmt], safe_file_name(title, fmt))
    if path is None:
        return
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(path.name + f".{fmt}")
    func = documents.export_plan if kind == "plan" else documents.export_briefing
    ws = ctx.ws
    dialog = QProgressDialog(QCoreApplication.translate("DocumentExport", "Writing %s…") % path.name,
                             QCoreApplication.translate("DocumentExport", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("DocumentExport", "Export"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    # Headings follow the app's language (install_translators sets the default locale).
    language = QLocale().name()

    def job(progress: Callable[[int, int], bool]) -> Any:
        return func(ws, rec_id, fmt, path, progress=progress, language=language)

    def finished(result: Any) -> None:
        dialog.reset()
        dialog.deleteLater()
        ctx.sig_status.emit(QCoreApplication.translate("DocumentExport", "Saved %s") % Path(result).name)
        if on_done:
            on_done(Path(result))

    def failed(exc: BaseException) -> None:
        dialog.reset()
        dialog.deleteLater()
        if cancelled:
            ctx.sig_status.emit(QCoreApplication.translate("DocumentExport", "Export cancelled; no file was written."))
            return
        ctx.show_error(exc, parent)

    def progressed(done: int, total: int) -> None:
        if total:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    cancelled: list[bool] = []
    task = ctx.workers.run(job, finished, failed, write=False, on_progress=progressed)

    def cancel() -> None:
        cancelled.append(True)
        task.cancel()

    dialog.canceled.connect(cancel)
