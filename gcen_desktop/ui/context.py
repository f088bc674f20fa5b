"""What every screen shares: the workspace, the workers, the undo stack, settings and the change signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ..domain.errors import UserError
from ..services.changes import Arrived, ChangeSet, Created
from ..services.workspace import Workspace
from . import prompts
from .i18n import error_text
from .worker import Workers


class AppContext(QObject):
    """Passed to every section. Services run on the writer thread; views refresh on `sig_changed`."""

    sig_changed = Signal(object)  # ChangeSet: views refresh only what changed
    sig_status = Signal(str)  # a short message for the status bar
    sig_open_record = Signal(str)  # navigate to a record by id
    # A bundle was written, read or its import undone: what is shared and the last exchange changed
    # (an export changes no record, and an import may bring nothing new).
    sig_exchanged = Signal()
    # Save what is typed and not saved yet, now (before a write that must come after it: undoing
    # an import, closing the workspace); each section with editors connects its `flush`.
    sig_save_typing = Signal()

    def __init__(self, workspace: Workspace, settings: Any = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.settings = settings
        self.workers = Workers()
        self.undo_stack = QUndoStack(self)
        self._arrived_mark = workspace.arrived_since(None).mark

    def save_typing(self) -> None:
        """Queue the save of everything typed and not saved yet in any editor, now, on the writer."""
        self.sig_save_typing.emit()

    def notice_outside_changes(self) -> None:
        """Announce what changed in the store without a change set here (another process wrote
        it: the command line, say), so views and editors show it (the app calls this when it
        becomes active again)."""
        mark, ws = self._arrived_mark, self.ws

        def done(result: Arrived) -> None:
            self._arrived_mark = result.mark
            if result.changes:
                self.sig_changed.emit(result.changes)

        # read on a worker: after a large import the events since the mark can be many
        self.workers.run(lambda: ws.arrived_since(mark), done, lambda _exc: None, write=False)

    def run_write(
        self,
        func: Callable[[], ChangeSet | Created | Any],
        on_done: Callable[[Any], None] | None = None,
        *,
        parent_widget: Any = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run a service call on the writer thread; announce its change set; show errors plainly
        (then `on_failed(error)`)."""

        def done(result: Any) -> None:
            self._announce(result)
            if on_done:
                on_done(result)

        def failed(exc: BaseException) -> None:
            # a failed write is told even when it ends after the window closed (its parent gone)
            self.show_error(exc, parent_widget if self.is_alive(parent_widget) and not self.workers.closed else None)
            if on_failed is not None and not self.workers.closed:  # (its widgets may be gone after)
                on_failed(exc)

        self.workers.run(func, done, failed, failure_after_close=True)

    def call(self, func: Callable[[], Any], *, parent_widget: Any = None) -> Any:
        """Run a quick service call now (on this thread) and announce its change set."""
        try:
            result = func()
        except UserError as exc:
            self.show_error(exc, parent_widget)
            return None
        self._announce(result)
        return result

    def _announce(self, result: Any) -> None:
        """Tell the views what a service call changed (a ChangeSet, or the one beside a new record)."""
        changes = result.changes if isinstance(result, Created) else result
        if isinstance(changes, ChangeSet) and changes:
            self.sig_changed.emit(changes)

    def show_error(self, exc: BaseException, parent_widget: Any = None) -> None:
        if isinstance(exc, UserError):
            prompts.error(parent_widget, self.tr("Could not do that"), error_text(exc))
        else:
            detail = getattr(exc, "gcen_traceback", "") or repr(exc)
            prompts.error(
                parent_widget,
                self.tr("Something went wrong"),
                self.tr("The operation did not complete and nothing was changed. "
                        "If it happens again, send this to the team:\n\n%s") % detail[-1500:],
            )

    def shutdown(self) -> None:
        """Let the background jobs finish before the workspace closes. A job still running after
        30 s (a very large import from the shared folder, say) is cancelled when it can be
        (abandoned cleanly: nothing of it is written), so that the saves of what was typed, queued
        behind it on the writer, are written too instead of being cut off with the app."""
        if not self.workers.wait(30000):
            self.workers.cancel_all()
            self.workers.wait(30000)
        self.workers.close()

    @staticmethod
    def is_alive(widget: Any) -> bool:
        """Whether `widget` (None, or a widget) still exists."""
        return widget is not None and shiboken6.isValid(widget)
