"""Exports from the desktop on a worker: plan reports and briefing packs (with progress and cancel),
action lists, the menu entries and file-dialog filters of the formats (from interop/formats.py), and
the window after each export that opens the file or shows it in its folder (`run_export`, used by
the other sections too)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...interop import formats
from .. import prompts
from ..context import AppContext
from ..widgets.saved_file import show_saved


def _t(text: str) -> str:
    return QCoreApplication.translate(formats.TRANSLATION_CONTEXT, text)


def file_filter(fmt_ids: Iterable[str]) -> str:
    """A file dialog's filters, one per format of the registry: 'PDF document (*.pdf);;…'."""
    return ";;".join(f"{_t(f.file_type)} ({f.patterns})" for f in map(formats.get, fmt_ids))


def format_label(fmt: str) -> str:
    """The menu entry that saves a plan report or briefing pack in a format: 'PDF…'."""
    return f"{_t(formats.get(fmt).name)}…"


def safe_file_name(title: str, fmt: str) -> str:
    stem = re.sub(r"[^\w\- ]+", "", title, flags=re.UNICODE).strip() or "export"
    return f"{stem[:80]}{formats.get(fmt).suffix}"


def ask_path(parent: QWidget | None, filters: str, suggested: str, fmt: str) -> Path | None:
    """Ask where to save; the extension of `fmt` is added when the name has none of its own."""
    path = prompts.save_file(parent, QCoreApplication.translate("DocumentExport", "Save as"), filters, suggested)
    if path is None:
        return None
    found = formats.get(fmt)
    if path.suffix.lower() not in found.extensions:
        path = path.with_name(path.name + found.suffix)
    return path


def run_export(ctx: AppContext, parent: QWidget | None, path: Path, job: Callable[..., Any], *,
               message: Callable[[Any], str] | None = None, with_progress: bool = False,
               on_done: Callable[[Path], None] | None = None) -> None:
    """Run `job` (which writes `path`) on a worker; then say where the file went, with Open and
    Show in folder. `with_progress` shows a cancellable progress dialog (job takes a progress callback);
    `message(result)` is what the notice says (default: "Saved <name>")."""
    dialog: QProgressDialog | None = None
    if with_progress:
        dialog = QProgressDialog(QCoreApplication.translate("DocumentExport", "Writing %s…") % path.name,
                                 QCoreApplication.translate("DocumentExport", "Cancel"), 0, 0, parent)
        dialog.setWindowTitle(QCoreApplication.translate("DocumentExport", "Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

    def close_progress() -> None:
        if dialog is not None:
            dialog.reset()
            dialog.deleteLater()

    def finished(result: Any) -> None:
        close_progress()
        written = Path(result[0] if isinstance(result, tuple) else result)
        saved = QCoreApplication.translate("DocumentExport", "Saved %s") % written.name
        ctx.sig_status.emit(saved)
        text = message(result) if message else saved
        try:
            show_saved(parent, written, text)
        except RuntimeError:  # the widget that asked went away while the file was written
            show_saved(None, written, text)
        if on_done:
            on_done(written)

    def failed(exc: BaseException) -> None:
        close_progress()
        if cancelled:
            ctx.sig_status.emit(QCoreApplication.translate("DocumentExport", "Export cancelled; no file was written."))
            return
        ctx.show_error(exc, parent)

    def progressed(done: int, total: int) -> None:
        if total and dialog is not None:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    cancelled: list[bool] = []
    if dialog is None:
        ctx.workers.run(job, finished, failed, write=False)
        return
    task = ctx.workers.run(job, finished, failed, write=False, on_progress=progressed)

    def cancel() -> None:
        cancelled.append(True)
        task.cancel()

    dialog.canceled.connect(cancel)


def export_document(ctx: AppContext, parent: QWidget | None, *, kind: str, rec_id: str, fmt: str,
                    on_done: Callable[[Path], None] | None = None) -> None:
    """Ask where to save, then write the plan report (`kind='plan'`) or briefing pack ('briefing')."""
    from ...services import documents

    path = ask_path(parent, file_filter([fmt]), safe_file_name(ctx.ws.label(rec_id), fmt), fmt)
    if path is None:
        return
    func = documents.export_plan if kind == "plan" else documents.export_briefing
    ws = ctx.ws
    # Headings follow the app's language (install_translators sets the default locale).
    language = QLocale().name()

    def job(progress: Callable[[int, int], bool]) -> Any:
        return func(ws, rec_id, fmt, path, progress=progress, language=language)

    run_export(ctx, parent, path, job, with_progress=True, on_done=on_done)


def action_format_label(fmt: str) -> str:
    """The menu entry that saves a list of actions in a format: 'Actions: Spreadsheet (CSV)…'."""
    return QCoreApplication.translate("DocumentExport", "Actions: %1…").replace("%1", _t(formats.get(fmt).name))


def export_action_list(ctx: AppContext, parent: QWidget | None, plan_id: str | None, fmt: str, *,
                       message: Callable[[int, str], str]) -> None:
    """Ask where to save, then write a plan's actions (every plan's with `plan_id=None`) as CSV or .ics;
    `message(count, file name)` says what was saved."""
    from ...services import documents

    title = ctx.ws.label(plan_id) if plan_id else "actions"
    path = ask_path(parent, file_filter([fmt]), safe_file_name(title, fmt), fmt)
    if path is None:
        return
    ws, language = ctx.ws, QLocale().name()

    def job() -> Any:
        return documents.export_actions(ws, fmt, path, plan_id=plan_id, language=language)

    run_export(ctx, parent, path, job, message=lambda result: message(result[1], Path(result[0]).name))
