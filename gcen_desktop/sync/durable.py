"""Making a rename durable: fsync the folder that holds the new name; and never renaming over
something that is not a regular file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..domain.errors import UserError
from ..store.fsync import fsync_dir

__all__ = ["fsync_dir", "refuse_unless_replaceable"]


def refuse_unless_replaceable(path: Path) -> None:
    """Refuse to write a file at `path` when something other than a regular file is there: a
    written file is renamed into place, which would replace a folder's name, a device (as root,
    `--to /dev/null` or `/dev/full` replaced the system's device with the file) or a pipe."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return  # nothing there (or a dangling link): a new file
    except OSError:
        return  # cannot be looked at: the write itself says why
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise UserError("%(path)s is a folder, not a regular file; nothing was written, so give a file name in it.",
                        path=str(path))
    raise UserError(
        "%(path)s is not a regular file (a device or a pipe); nothing was written there, so give a file name "
        "instead.",
        path=str(path),
    )
