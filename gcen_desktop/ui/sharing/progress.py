"""run_with_progress: a job on a worker with a progress dialog whose Cancel stops it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..context import AppContext
from ..worker import Task


def run_with_progress(ctx: AppContext, parent: QWidget | None, label: str, func: Callable[[Callable[[int, int], bool]], Any],
                      on_done: Callable[[Any], None], on_error: Callable[[BaseException, bool], None], *,
                      write: bool) -> Task:
    """Run func(progress) in the background; on_error gets (exception, cancelled by the user)."""
    dialog = QProgressDialog(label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(500)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    cancelled: list[bool] = []

    def close() -> None:
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def done(result: Any) -> None:
        close()
        on_done(result)

    def failed(exc: BaseException) -> None:
        close()
        on_error(exc, bool(cancelled))

    def progressed(n: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(n, total))

    task = ctx.workers.run(func, done, failed, write=write, on_progress=progressed)

    def cancel() -> None:
        cancelled.append(True)
        task.cancel()

    dialog.canceled.connect(cancel)
    return task
