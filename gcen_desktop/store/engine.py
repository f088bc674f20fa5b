"""SQLite engine with the store's pragmas, write transactions and programmatic migrations."""

from __future__ import annotations

import os
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event

from .migrations import HEAD_REVISION
from .migrations.newest import STATEMENTS

PAGE_SIZE = 8192


def _as_is(value: bytes | None) -> bytes | None:
    return value


# Python's sqlite3 binds str, int and float directly, but for any other value (None, bytes) it
# looks for an adapter: a tuple built and two attribute lookups per parameter, which made binding
# a NULL cost as much as a short string thrice (~0.6 µs). A projection row holds ten NULLs, so a
# join of 100k notes spent ~0.5 s there. Found in the registry, the same values bind as before.
sqlite3.register_adapter(type(None), _as_is)
sqlite3.register_adapter(bytes, _as_is)

# The journal mode new connections of an engine take: WAL, but for the first fill of a new store.
JOURNAL_MODES: weakref.WeakKeyDictionary[Engine, list[str]] = weakref.WeakKeyDictionary()


def make_engine(db_path: Path, *, read_only: bool = False) -> Engine:
    """The engine of a store's database; `read_only` opens it so nothing is ever written (nor the
    journal mode set): a folder or file this user may not change can still be read."""
    url = f"sqlite:///{db_path}"
    if read_only:
        # In a folder this user may not write, SQLite cannot make the WAL's shared-memory file
        # a read needs: the file is then read as immutable (what a backup copy is). A WAL left
        # beside it unmerged is not read that way: the reader sees the last checkpoint.
        immutable = "&immutable=1" if not os.access(db_path.parent, os.W_OK) else ""
        url = f"sqlite:///file:{quote(str(db_path))}?mode=ro{immutable}&uri=true"
    engine = create_engine(
        url,
        connect_args={"isolation_level": None, "check_same_thread": False, "timeout": 5.0},
    )

    journal = JOURNAL_MODES[engine] = ["WAL"]

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        cur = dbapi_conn.cursor()
        if read_only:
            cur.execute("PRAGMA query_only=ON")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=5000")
            cur.close()
            return
        # A new database's pages: events and records are ~1 KB rows; 8 KiB pages waste less room
        # than the default 4 KiB and make a 100k-record store ~10% smaller and quicker to fill. (No
        # effect on an existing database.)
        cur.execute(f"PRAGMA page_size={PAGE_SIZE}")
        cur.execute(f"PRAGMA journal_mode={journal[0]}")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=5000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # pysqlite in autocommit mode emits no BEGIN: we choose the kind ourselves.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("write") else "BEGIN")

    return engine


@contextmanager
def plain_cursor(conn: Connection) -> Iterator[sqlite3.Cursor]:
    """A cursor of the connection's own sqlite3 driver, inside its transaction: rows as plain
    tuples, for the queries that read 100k of them (SQLAlchemy's rows cost ~3x as much)."""
    cursor = conn.connection.driver_connection.cursor()
    try:
        yield cursor
    finally:
        cursor.close()


@contextmanager
def rollback_journal(engine: Engine) -> Iterator[None]:
    """Journal writes with a rollback journal instead of the WAL, for filling a store no other
    connection has open (joining a workspace). A rollback journal keeps only the pages a
    transaction overwrites, not those it appends to the file, so a first fill is written to disk
    once, not once to the WAL and again into the database; it is just as crash-safe."""
    mode = JOURNAL_MODES[engine]
    engine.dispose()
    mode[0] = "DELETE"
    flusher = None
    try:
        flusher = Flusher.start(Path(engine.url.database or ""))
        yield
    finally:
        if flusher is not None:
            flusher.stop()
        engine.dispose()
        if flusher is not None:
            flusher.close()  # only now: see Flusher
        mode[0] = "WAL"
        with engine.connect():
            pass  # the next connection turns the WAL back on


class Flusher:
    """Hands the pages a fill has written so far to the disk, every quarter of a second, from a
    thread: without it the commit's sync waits for the disk to take the whole fill (0.25 s for
    a 100k-note join, a third of what follows the last change); with it the disk works while the
    fill computes, and the commit finds little left. It changes nothing SQLite promises: the
    database file gets the pages SQLite wrote to it, sooner. Where `os.fdatasync` exists (Linux
    and most Unixes), else nothing is started.

    Its descriptor of the database file is closed only once no connection has the file open
    (`close`, after the engine is disposed): closing any descriptor of a file drops the POSIX
    locks the process holds on it, SQLite's too."""

    EVERY_S = 0.25

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="gcen-store-flusher", daemon=True)

    @classmethod
    def start(cls, path: Path) -> Flusher | None:
        if getattr(os, "fdatasync", None) is None:
            return None
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:  # (an in-memory database has no file): the fill goes on without
            return None
        flusher = cls(fd)
        try:
            flusher._thread.start()
        except BaseException:
            os.close(fd)
            raise
        return flusher

    def _run(self) -> None:
        while not self._stop.wait(self.EVERY_S):
            try:
                os.fdatasync(self._fd)
            except OSError:
                return  # (the commit's own sync reports a failing disk)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def close(self) -> None:
        os.close(self._fd)


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT; any exception rolls everything back."""
    with engine.connect() as conn:
        conn.info["write"] = True
        try:
            with conn.begin():
                yield conn
        finally:
            conn.info["write"] = False


def _is_empty(raw: sqlite3.Connection) -> bool:
    return raw.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0


def _create_newest(raw: sqlite3.Connection) -> None:
    """Make a new database's schema from `migrations.newest` in one transaction: what running
    every migration makes (a test holds the two equal), without loading Alembic (~0.6 s)."""
    raw.execute("BEGIN IMMEDIATE")
    try:
        for statement in STATEMENTS:
            raw.execute(statement)
        raw.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (HEAD_REVISION,))
        raw.execute("COMMIT")
    except BaseException:
        if raw.in_transaction:  # (SQLite itself rolled back a write the disk refused)
            raw.execute("ROLLBACK")
        raise


class NewerSchema(Exception):
    """The database was migrated by a newer version: its revision is none of these scripts'."""


def stored_revision(engine: Engine) -> str | None:
    """The schema revision the database says it has (read only, nothing changed); None: none."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        try:
            current = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return None
            raise
    return current[0] if current is not None else None


def schema_is_newer(revision: str | None) -> bool:
    """Whether a newer version migrated a database of this `revision` (loads Alembic)."""
    from .migrations.runner import known_revision

    return revision is not None and revision != HEAD_REVISION and not known_revision(revision)


def migrate(engine: Engine) -> str | None:
    """Bring the schema to the newest revision; return the revision the file had before. Raise
    NewerSchema, changing nothing, when a newer version migrated it.

    Foreign keys are off while migrating: batch migrations copy tables, and with foreign keys
    on SQLite would silently cascade-delete the child rows. They are checked afterwards.
    """
    with engine.connect() as conn:
        raw = conn.connection.driver_connection  # pragmas outside any transaction
        try:
            current = raw.execute("SELECT version_num FROM alembic_version").fetchone()
        except Exception:  # a new, empty file
            current = None
        if current is not None and current[0] == HEAD_REVISION:
            return current[0]  # up to date: no need to load Alembic at all (it costs ~0.35 s)
        if current is None and _is_empty(raw):
            _create_newest(raw)  # a new file: the schema the migrations make, at once
            return None
        from alembic.runtime.migration import MigrationContext

        from .migrations.runner import head_revision, upgrade

        if current is not None and schema_is_newer(current[0]):
            raise NewerSchema(current[0])  # (never downgraded: its later tables hold what it wrote)
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            before = MigrationContext.configure(conn).get_current_revision()
            conn.rollback()
            if before != head_revision():
                conn.info["write"] = True
                with conn.begin():
                    upgrade(conn)
                conn.info["write"] = False
                problems = raw.execute("PRAGMA foreign_key_check").fetchall()
                if problems:
                    raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return before
