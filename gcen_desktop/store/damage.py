"""A damaged workspace database: how it is recognised, remembered and told.

SQLite reports a damaged file as "database disk image is malformed" (SQLITE_CORRUPT); damaged bytes inside a row show up as text that is not UTF-8, JSON
SQLite cannot parse, or an event whose bytes no longer match its hash. Whichever way it is met,
the store is marked damaged: a file beside the database says so, writes are refused from then on
(a write could only spread the damage, e.g. into a bundle), and reading goes on where it can.
`gcen check` finding nothing wrong (after a restore) removes the mark.

Opening runs `PRAGMA quick_check` only on a small database (up to QUICK_CHECK_MAX_BYTES, a few
thousand records; ~10 ms there with the file in the page cache). It reads the whole file: on a
100k-note store (~500 MB) it took 0.3 s warm on an idle machine, 1.4 s warm under load and 18 s
from a cold cache, far beyond the window's 1 s start-up budget. A larger store's damage is found
where it is met instead, and by `gcen check`.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import orjson

from ..domain.errors import Phrase, UserError

MARK_NAME = "workspace.damaged"
QUICK_CHECK_MAX_BYTES = 16 * 1024 * 1024

# sqlite3 error code (primary) SQLITE_CORRUPT. (A file that is not a database at all, SQLITE_NOTADB,
# is more likely the wrong folder than a damaged workspace: the CLI tells it as such.)
_CORRUPT_CODES = {11}
_CORRUPT_WORDS = ("disk image is malformed", "malformed json", "could not decode to utf-8")


class WorkspaceDamaged(UserError):
    """The workspace database is damaged; nothing was changed."""


def is_corruption(exc: BaseException) -> bool:
    """Whether an error met while using the store means its file is damaged (not locked, not
    read-only, not missing)."""
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        if isinstance(e, orjson.JSONDecodeError | UnicodeDecodeError):
            return True
        if isinstance(e, sqlite3.DatabaseError) and _says_corrupt(e):
            return True
        orig = getattr(e, "orig", None)  # SQLAlchemy's wrapper of the driver's error
        e = orig if isinstance(orig, BaseException) else (e.__cause__ or e.__context__)
    return False


def _says_corrupt(e: sqlite3.DatabaseError) -> bool:
    """SQLite's error is SQLITE_CORRUPT, or its words say the file is malformed."""
    code = getattr(e, "sqlite_errorcode", None)
    if code is not None and code & 0xFF in _CORRUPT_CODES:
        return True
    text = str(e).casefold()
    return any(word in text for word in _CORRUPT_WORDS)


# SQLite's codes of a write the system refused: on Unix every errno but ENOSPC is an I/O error, so
# a disk quota (EDQUOT) or a file-size limit (EFBIG) reads "disk I/O error", not "disk is full":
# SQLITE_IOERR_WRITE, _FSYNC, _DIR_FSYNC, _TRUNCATE, _SHMSIZE (the WAL's index could not grow), and
# the plain SQLITE_IOERR an FTS5 table that could not be made reports. (Not a read: damage, maybe.)
_REFUSED_WRITES = {10, 778, 1034, 1290, 1546, 4874}


def is_disk_full(exc: BaseException) -> bool:
    """SQLite could not write for want of room (SQLITE_FULL), or the system refused the write
    (`_REFUSED_WRITES`: over a quota, or a failing disk); either way the transaction was
    rolled back."""
    e: BaseException | None = exc
    while e is not None:
        if isinstance(e, sqlite3.OperationalError):
            code = getattr(e, "sqlite_errorcode", None)
            return (code is not None and (code & 0xFF == 13 or code in _REFUSED_WRITES)) or (
                "database or disk is full" in str(e))
        orig = getattr(e, "orig", None)
        e = orig if isinstance(orig, BaseException) else None
    return False


def said_by_sqlite(exc: BaseException) -> bool:
    """The corruption was reported by SQLite (not found by decoding a value read)."""
    e: BaseException | None = exc
    while e is not None:
        if isinstance(e, sqlite3.DatabaseError):
            return True
        orig = getattr(e, "orig", None)
        e = orig if isinstance(orig, BaseException) else None
    return False


def mark_path(folder: Path) -> Path:
    return folder / MARK_NAME


def is_marked(folder: Path) -> bool:
    return mark_path(folder).exists()


def mark(folder: Path, reason: str) -> None:
    """Remember that the store in `folder` is damaged (best effort: a read-only folder keeps no mark,
    and the store refuses writes there anyway)."""
    path = mark_path(folder)
    try:
        path.write_text(reason[:2000] + "\n", encoding="utf-8")
    except OSError:
        pass


def unmark(folder: Path) -> None:
    try:
        mark_path(folder).unlink(missing_ok=True)
    except OSError:
        pass


def reason_of(exc: BaseException) -> str:
    """SQLite's own words for the damage, short (not the garbled text it quotes)."""
    e: BaseException = exc
    orig = getattr(e, "orig", None)
    if isinstance(orig, BaseException):
        e = orig
    text = str(e).split(" with text '", 1)[0]
    if isinstance(e, orjson.JSONDecodeError | UnicodeDecodeError):
        text = "a stored change cannot be read"
    return " ".join(text.split())[:160] or type(e).__name__


def damaged(folder: Path, reason: str | Phrase) -> WorkspaceDamaged:
    """The error told when damage is met while reading or writing."""
    return WorkspaceDamaged(
        "The workspace in %(folder)s is damaged (%(reason)s), so nothing was changed; run 'gcen check' "
        "to see what is wrong, then restore the workspace folder from a backup or join the workspace "
        "again from a teammate's full bundle.",
        folder=str(folder),
        reason=reason,
    )


def writes_refused(folder: Path) -> WorkspaceDamaged:
    """The error told when a write is asked of a store known to be damaged."""
    return WorkspaceDamaged(
        "The workspace in %(folder)s is damaged, so it takes no changes; run 'gcen check' to see what "
        "is wrong, then restore the workspace folder from a backup or join the workspace again from "
        "a teammate's full bundle.",
        folder=str(folder),
    )


def no_export(folder: Path) -> WorkspaceDamaged:
    """The error told when an export is asked of a store known to be damaged."""
    return WorkspaceDamaged(
        "The workspace in %(folder)s is damaged, so no bundle was written; run 'gcen check' to see what "
        "is wrong, then restore the workspace folder from a backup or join the workspace again from "
        "a teammate's full bundle.",
        folder=str(folder),
    )


def bad_event(folder: Path, count: int) -> WorkspaceDamaged:
    """The error told when an export meets stored changes whose bytes no longer match their hash."""
    return WorkspaceDamaged(
        "The workspace in %(folder)s is damaged (%(count)d stored changes no longer match their "
        "fingerprint), so no bundle was written; run 'gcen check', then restore the workspace folder "
        "from a backup or join the workspace again from a teammate's full bundle.",
        folder=str(folder),
        count=count,
    )


def quick_check(raw: sqlite3.Connection, db_path: Path) -> str | None:
    """What `PRAGMA quick_check` finds wrong with a small database file, or None (whole, or too
    large to check at each opening)."""
    try:
        if db_path.stat().st_size > QUICK_CHECK_MAX_BYTES:
            return None
    except OSError:
        return None
    try:
        rows = [r[0] for r in raw.execute("PRAGMA quick_check(5)").fetchall()]
    except sqlite3.DatabaseError as exc:
        if is_corruption(exc):
            return reason_of(exc)
        raise
    return None if rows == ["ok"] else "; ".join(str(r) for r in rows)[:300]
