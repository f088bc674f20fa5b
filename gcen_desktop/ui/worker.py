"""One background-work primitive: run a function off the UI thread, deliver the result by signal.

All database writes go to ONE single-thread pool so they never race (like Picard's save pool);
reads and exports may use the general pool. Each job gets plain values, never widgets.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..domain.errors import UserError
from ..services import gc_pause


def _pause_gc() -> None:
    """While a job runs, no full cyclic-GC pass (see services.gc_pause): one over an import's 100k
    parsed events holds the GIL for hundreds of ms and freezes the UI (measured in bench_ui)."""
    gc_pause.pause()


def _resume_gc() -> None:
    gc_pause.resume()


class _Relay(QObject):
    sig_done = Signal(object)
    sig_failed = Signal(object)
    sig_progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, func: Callable[..., Any], relay: _Relay, with_progress: bool, cancelled: list[bool]) -> None:
        super().__init__()
        self.func, self.relay, self.with_progress, self.cancelled = func, relay, with_progress, cancelled
        self.setAutoDelete(True)

    def run(self) -> None:
        _pause_gc()
        try:
            if self.with_progress:
                def progress(done: int, total: int) -> bool:
                    self.relay.sig_progress.emit(int(done), int(total))
                    return not self.cancelled[0]

                result = self.func(progress)
            else:
                result = self.func()
        except BaseException as exc:  # delivered to the UI thread, shown as a plain message
            _resume_gc()
            if not isinstance(exc, UserError):
                exc.gcen_traceback = traceback.format_exc()  # type: ignore[attr-defined]
            self.relay.sig_failed.emit(exc)
        else:
            _resume_gc()
            self.relay.sig_done.emit(result)


class Task:
    """A handle on a running job: `cancel()` asks it to stop at its next progress call."""

    def __init__(self, relay: _Relay, cancelled: list[bool]) -> None:
        self.relay = relay
        self._cancelled = cancelled
        self.finished = False

    def cancel(self) -> None:
        self._cancelled[0] = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled[0]


class Workers:
    """The app's thread pools: `writer` (one thread, all DB writes) and `readers`."""

    def __init__(self) -> None:
        self.writer = QThreadPool()
        self.writer.setMaxThreadCount(1)
        self.readers = QThreadPool()
        self.readers.setMaxThreadCount(2)
        self._alive: set[Task] = set()
        # Set when the workspace closes: results still on their way belong to a window that is
        # gone (or going), so they are dropped, except the failures of those that asked to be told.
        self.closed = False

    def run(
        self,
        func: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        write: bool = True,
        on_progress: Callable[[int, int], None] | None = None,
        failure_after_close: bool = False,
    ) -> Task:
        """Run func (or func(progress) when on_progress is given) in the background.
        `failure_after_close`: on_error is called even after `close` (it must not touch widgets)."""
        relay = _Relay()
        cancelled = [False]
        task = Task(relay, cancelled)
        self._alive.add(task)

        def finish(_: Any = None) -> None:
            task.finished = True
            self._alive.discard(task)

        def done(result: Any) -> None:
            finish()
            if on_done and not self.closed:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if on_error and (failure_after_close or not self.closed):
                on_error(exc)

        relay.sig_done.connect(done)
        relay.sig_failed.connect(failed)
        if on_progress:
            relay.sig_progress.connect(lambda n, total: None if self.closed else on_progress(n, total))
        pool = self.writer if write else self.readers
        pool.start(_Job(func, relay, on_progress is not None, cancelled))
        return task

    def cancel_all(self) -> None:
        """Ask every job that reports progress to stop at its next progress call."""
        for task in list(self._alive):
            task.cancel()

    def close(self) -> None:
        """From now on, deliver no result (see `closed`)."""
        self.closed = True

    def wait(self, msecs: int = 30000) -> bool:
        return self.writer.waitForDone(msecs) and self.readers.waitForDone(msecs)

    @property
    def busy(self) -> bool:
        return bool(self._alive)
