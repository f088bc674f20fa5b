"""No full cyclic-GC pass while bundle work runs.

Reading a bundle of 100k events makes several hundred thousand containers; each pass of the
collector over all of them holds the interpreter lock for hundreds of milliseconds (a frozen window
when the work runs on a worker thread) and, over an import, costs about a second. Reference
counting still frees everything that is not in a cycle; the collector resumes when the last
piece of such work ends. The app's worker jobs and the exchange service share this one counter.
"""

from __future__ import annotations

import functools
import gc
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_lock = threading.Lock()
_holders = 0
_was_enabled = True


def pause() -> None:
    global _holders, _was_enabled
    with _lock:
        if _holders == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holders += 1


def resume() -> None:
    global _holders
    with _lock:
        _holders -= 1
        if _holders == 0 and _was_enabled:
            gc.enable()


@contextmanager
def paused() -> Iterator[None]:
    pause()
    try:
        yield
    finally:
        resume()


def during(func: Callable[P, R]) -> Callable[P, R]:
    """Decorate a function so no full collection runs while it does."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        with paused():
            return func(*args, **kwargs)

    return wrapper
