"""Private temp folders for bundles being read or written, and the removal of those that a process
which ended without cleaning up (killed, crashed, the computer switched off) left behind.

A folder holds copies of bundles, decrypted archives, attachments or a scratch store: tens of MB
each. Its process removes it when done; one that dies cannot. So each folder holds a lock file its
process keeps locked (`flock`) while it uses the folder: the system releases that lock when the
process ends, however it ends. `remove_leftovers` removes this user's folders that are older than
a day and whose lock nobody holds; it runs now and then as a process makes a new folder.

Where there is no `fcntl` (Windows) nothing is locked and nothing is swept: whether a folder is
in use cannot be told there.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

READING = "gcen-bundle-"
WRITING = "gcen-export-"
COPYING = "gcen-copies-"
PREFIXES = (READING, WRITING, COPYING)
LOCK_NAME = ".in-use"
LEFTOVER_AFTER_S = 24 * 3600  # a folder in use is younger: no import or export takes a day
SWEEP_EVERY_S = 3600

_last_sweep: float | None = None  # time.monotonic() of this process's last sweep


class TempFolder:
    """A new private folder in the temp folder, locked as in use until `remove()`."""

    def __init__(self, prefix: str) -> None:
        _sweep_now_and_then()
        self.path = Path(tempfile.mkdtemp(prefix=prefix))
        self._lock: int | None = None
        if fcntl is None:  # pragma: no cover - Windows
            return
        try:
            self._lock = os.open(self.path / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError:
            shutil.rmtree(self.path, ignore_errors=True)
            raise
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass  # a file system without locks: no sweeper can lock it either, so it is never swept

    def remove(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        if self._lock is not None:
            os.close(self._lock)  # after the removal: until then the folder is still in use
            self._lock = None


def remove_leftovers(root: Path | str | None = None, older_than_s: float = LEFTOVER_AFTER_S) -> list[Path]:
    """Remove this user's temp folders of ours in `root` (the temp folder) that no process uses
    (their lock is free, or they have no lock file: made by a version before locks, or by a process
    that died before it took its lock) and that were last changed more than `older_than_s` ago.
    Returns the folders removed."""
    if fcntl is None:  # pragma: no cover - Windows
        return []
    root = Path(root) if root is not None else Path(tempfile.gettempdir())
    cutoff = time.time() - older_than_s
    removed = []
    try:
        entries = list(os.scandir(root))
    except OSError:
        return []
    for entry in entries:
        if _ours_and_old(entry, cutoff) and _remove_if_unused(Path(entry.path)):
            removed.append(Path(entry.path))
    return removed


def _ours_and_old(entry: os.DirEntry, cutoff: float) -> bool:
    """A temp folder of ours, of this user, last changed before `cutoff`."""
    if not entry.name.startswith(PREFIXES):
        return False
    try:
        st = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    # a folder (not a link to one) of this user: another user's, or a planted link, is not ours
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and st.st_mtime <= cutoff


def _remove_if_unused(folder: Path) -> bool:
    try:
        lock: int | None = os.open(folder / LOCK_NAME, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        lock = None
    except OSError:
        return False
    try:
        if lock is not None:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:  # in use, or the file system cannot tell: keep it
                return False
        shutil.rmtree(folder, ignore_errors=True)  # holding the lock: its owner has ended
        return not folder.exists()
    finally:
        if lock is not None:
            os.close(lock)


def _sweep_now_and_then() -> None:
    global _last_sweep
    now = time.monotonic()
    if _last_sweep is not None and now - _last_sweep < SWEEP_EVERY_S:
        return
    _last_sweep = now
    try:
        remove_leftovers()
    except OSError:  # never a reason not to read or write a bundle
        pass
