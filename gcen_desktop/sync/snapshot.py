"""The snapshot taken before each import (SQLite online backup API): what "Undo last import" restores.

Only the last one is kept, beside the database. A new import's copy waits beside it (`PENDING`)
and takes its place only as that import commits (`remember`): an import that is refused or fails
leaves the undo of the one before as it was. The record is written just before the commit (so
an import killed right after its commit can be undone); the undo of the import before is then
kept aside (`PREVIOUS`) until the import's transaction ends (`settle`), and offered again when
the commit did not happen (a full disk at the commit, a kill just before it). Restoring copies every page back, so the event
log, projection, search index and peer knowledge are exactly as they were before the import.
Undo is offered only while nothing else changed the store since that import; otherwise it would
silently drop later work.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NoReturn

import orjson
from sqlalchemy.exc import SQLAlchemyError

from ..domain.errors import UserError
from ..store import damage
from ..store.engine import migrate
from ..store.store import Store
from .durable import fsync_dir

LOCK_WAIT_S = 5.0  # how long the undo waits for another program's write to finish
UNDO_DIR = "undo"
SNAPSHOT = "before-last-import.sqlite3"
PENDING = SNAPSHOT + ".next"  # the copy taken for an import that has not committed yet
INFO = "last-import.json"
PREVIOUS = ".previous"  # the undo of the import before, while an import's transaction may still fail


def _dir(store: Store) -> Path:
    return store.folder / UNDO_DIR


def state_token(conn: Any) -> str:
    """A fingerprint of everything a later write changes: the log, meta, import log, keys."""
    ex = getattr(conn, "exec_driver_sql", None) or conn.execute  # SQLAlchemy's, or sqlite3's
    h = hashlib.sha256()
    for sql in (
        "SELECT COALESCE(MAX(eid), 0), COUNT(*) FROM events",
        "SELECT key, value FROM meta ORDER BY key",
        "SELECT bundle_id FROM import_log ORDER BY bundle_id",
        "SELECT fingerprint, trusted FROM known_keys ORDER BY fingerprint",
        "SELECT COUNT(*), COALESCE(SUM(hi - lo), 0) FROM peer_knowledge",
    ):
        h.update(orjson.dumps([list(r) for r in ex(sql).fetchall()]))
    return h.hexdigest()


def take(store: Store) -> tuple[Path, str]:
    """Copy the database to the pending snapshot file; return it and the state token it was taken
    at. It replaces the last import's snapshot only when `remember` is called, inside the import's
    transaction. A disk that fills up (or fails) meanwhile is one plain message; the store is not
    touched."""
    store.refuse_writes()  # (a read-only or damaged store takes no import: no copy for it)
    folder = _dir(store)
    partial = folder / (SNAPSHOT + ".partial")
    try:
        return _take(store, folder, partial)
    except sqlite3.DatabaseError as exc:
        if damage.is_corruption(exc):
            partial.unlink(missing_ok=True)
            raise store.found_damage(damage.reason_of(exc)) from None
        if not _disk_trouble(exc):
            raise
    except OSError:
        pass
    _no_room(store, partial)  # the disk is full, or failed


def _no_room(store: Store, partial: Path) -> NoReturn:
    try:
        partial.unlink(missing_ok=True)
    except OSError:
        pass
    raise UserError(
        "There is not enough free space (or the disk failed) to keep the copy that lets you undo this "
        "import, so nothing was imported; free some space on the disk of the workspace (it needs about "
        "%(size)s), then import again.",
        size=_human(store.db_path),
    ) from None


def _disk_trouble(exc: sqlite3.Error) -> bool:
    text = str(exc).casefold()
    return "full" in text or "disk i/o" in text


def _human(path: Path) -> str:
    try:
        size = path.stat().st_size
    except OSError:
        return "as much as the workspace"
    return f"{size / 1_048_576:,.1f} MiB"


def _take(store: Store, folder: Path, partial: Path) -> tuple[Path, str]:
    folder.mkdir(parents=True, exist_ok=True)
    partial.unlink(missing_ok=True)
    target = folder / PENDING
    src = sqlite3.connect(store.db_path, timeout=5.0)
    try:
        src.execute("BEGIN")  # one consistent read snapshot for the copy and the token
        token = state_token(src)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
        src.execute("COMMIT")
    finally:
        src.close()
    with open(partial, "rb+") as f:
        os.fsync(f.fileno())
    os.replace(partial, target)
    fsync_dir(folder)
    return target, token


def remember(
    store: Store,
    token_after: str,
    *,
    bundle_id: str,
    producer_name: str,
    created: Iterable[str],
    updated: Iterable[str] = (),
    deleted: Iterable[str] = (),
    restored: Iterable[str] = (),
    types: Iterable[str] = (),
    token_before: str | None = None,
) -> None:
    """Record what the import was and the state right after it, inside its transaction (before
    the commit), its pending snapshot then taking the last one's place: a record whose state the
    store never reached (the import rolled back) is never offered, and one written before a kill
    is there for the import that committed. `token_before`: the state the import started from
    (the committed one; read when not given)."""
    data = {
        "bundle_id": bundle_id,
        "producer_name": producer_name,
        "imported_ms": time.time_ns() // 1_000_000,
        "created": list(created),
        "updated": list(updated),
        "deleted": list(deleted),
        "restored": list(restored),
        "types": sorted(types),
        "token_after": token_after,
    }
    path = _dir(store) / INFO
    tmp = path.with_suffix(".tmp")
    try:
        _set_aside(store, token_before)  # the undo of the import before, until this one commits
        os.replace(_dir(store) / PENDING, _dir(store) / SNAPSHOT)
        with open(tmp, "wb") as f:
            f.write(orjson.dumps(data))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise UserError(
            "There is not enough free space (or the disk failed) to keep the record that lets you undo "
            "this import, so nothing was imported; free some space on the disk of the workspace, then "
            "import again."
        ) from None
    fsync_dir(path.parent)


def _pairs(store: Store) -> list[tuple[Path, Path]]:
    """(record, snapshot) of the last import, then of the one before it (kept aside, `PREVIOUS`)."""
    folder = _dir(store)
    return [(folder / INFO, folder / SNAPSHOT), (folder / (INFO + PREVIOUS), folder / (SNAPSHOT + PREVIOUS))]


def _committed_token(store: Store) -> str:
    with store.read() as conn:
        return state_token(conn)


def _offered(store: Store, now: str | None = None) -> tuple[dict[str, Any], Path, Path] | None:
    """The import that can be undone now (its record names the state the store is in), its record
    and its snapshot: the last one's, or, when that import never committed, the one before's."""
    found = [(info_path, snap) for info_path, snap in _pairs(store) if info_path.exists() and snap.exists()]
    if not found:
        return None
    if now is None:
        now = _committed_token(store)
    for info_path, snap in found:
        try:
            info = orjson.loads(info_path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            continue
        if isinstance(info, dict) and info.get("token_after") == now:
            return info, info_path, snap
    return None


def _set_aside(store: Store, token_before: str | None) -> None:
    """Before an import's record takes the last one's place: the undo offered now (of the import
    before) kept aside until the import's transaction ends (`settle`), any other dropped."""
    (last_info, last_snap), (prev_info, prev_snap) = _pairs(store)
    offered = _offered(store, token_before)
    if offered is None or offered[1] == last_info:
        prev_info.unlink(missing_ok=True)
        prev_snap.unlink(missing_ok=True)
    if offered is not None and offered[1] == last_info:
        os.replace(last_snap, prev_snap)
        os.replace(last_info, prev_info)
    last_info.unlink(missing_ok=True)  # (a record of an import that never committed)


def settle(store: Store) -> None:
    """After an import's transaction, committed or not: keep the undo that names the state the
    store is in (the import's, or, when it did not commit, the one before's, put back in its
    place), drop the rest (a copy of the database each: the disk may be full). Nothing it
    cannot do is told: `_offered` still finds the right one."""
    (last_info, last_snap), (prev_info, prev_snap) = pairs = _pairs(store)
    if not any(path.exists() for pair in pairs for path in pair):
        return
    try:
        offered = _offered(store)
        if offered is not None and offered[1] == prev_info:  # the import did not commit
            os.replace(prev_snap, last_snap)
            os.replace(prev_info, last_info)
        else:
            prev_info.unlink(missing_ok=True)
            prev_snap.unlink(missing_ok=True)
            if offered is None:  # a record of an import that never committed, or nothing to undo any more
                last_info.unlink(missing_ok=True)
                last_snap.unlink(missing_ok=True)
        fsync_dir(last_info.parent)
    except (OSError, sqlite3.Error, SQLAlchemyError):
        pass


def discard(store: Store) -> None:
    for info_path, snap in _pairs(store):
        info_path.unlink(missing_ok=True)
        snap.unlink(missing_ok=True)
    drop_pending(store)


def drop_pending(store: Store) -> None:
    """Remove the copy taken for an import that did not commit (refused, failed or cancelled)."""
    try:
        (_dir(store) / PENDING).unlink(missing_ok=True)
    except OSError:
        pass


def last_import(store: Store) -> dict[str, Any] | None:
    """What the last import was, if it can still be undone."""
    offered = _offered(store)
    return offered[0] if offered is not None else None


def restore(store: Store) -> dict[str, Any] | None:
    """Copy the snapshot back over the live database, holding the database's write lock (and the
    store's) from the check that nothing changed since the import until the copy is committed:
    another program's write waits and lands after the undo, or the undo is refused; it is never
    overwritten by it."""
    offered = _offered(store)
    if offered is None:
        return None
    info, _, snap = offered
    store.refuse_writes()
    with store._write_lock:
        live = sqlite3.connect(store.db_path, timeout=LOCK_WAIT_S, isolation_level=None)
        try:
            live.execute("PRAGMA foreign_keys=OFF")  # rows come back table by table
            live.execute("ATTACH DATABASE ? AS snap", (str(snap),))
            same_schema = schema_statements(live, "main") == schema_statements(live, "snap")
            if not same_schema:
                live.execute("DETACH DATABASE snap")
                return _restore_older(store, live, info, snap)
            _begin_immediate(live)
            try:
                if state_token(live) != info.get("token_after"):
                    live.execute("ROLLBACK")
                    return None
                for table in copied_tables(live):
                    live.execute(f'DELETE FROM main."{table}"')
                    live.execute(f'INSERT INTO main."{table}" SELECT * FROM snap."{table}"')
                _mark_restored(live)
                live.execute("COMMIT")
            except BaseException as exc:
                if live.in_transaction:
                    live.execute("ROLLBACK")
                _raise_told(store, exc, snap)
                raise
        finally:
            live.close()
        store.engine.dispose()  # pooled connections read the restored rows afresh
    discard(store)
    return info


def _raise_told(store: Store, exc: BaseException, snap: Path) -> None:
    """Raise what the user is told of a failed undo when it is a damaged database or a full
    disk (nothing changed: the transaction was rolled back); return for anything else."""
    if isinstance(exc, sqlite3.DatabaseError) and damage.is_corruption(exc):
        raise store.found_damage(damage.reason_of(exc)) from None
    if isinstance(exc, sqlite3.OperationalError) and _disk_trouble(exc):
        raise UserError(
            "There is not enough free space on the disk of the workspace to undo the import, "
            "so nothing was changed; free some space (about %(size)s), then undo it again.",
            size=_human(snap),
        ) from None


def _mark_restored(live: sqlite3.Connection) -> None:
    # The restored state is not the state the snapshot was taken in, though every table holds the
    # same: a state token read then must not pass for now. A new mark makes the state token differ.
    live.execute("INSERT OR REPLACE INTO main.meta (key, value) VALUES ('restored', ?)", (os.urandom(16).hex(),))


def _begin_immediate(live: sqlite3.Connection) -> None:
    try:
        live.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        raise UserError(
            "Another program is changing the workspace, so the import was not undone; close it (or wait "
            "for it to finish), then undo the import again."
        ) from None


def schema_statements(conn: sqlite3.Connection, schema: str) -> list[tuple[str, str, str]]:
    return conn.execute(
        f"SELECT type, name, sql FROM {schema}.sqlite_master WHERE sql IS NOT NULL ORDER BY type, name"
    ).fetchall()


def copied_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables whose rows make the database: its own and those of its virtual (FTS) tables,
    which hold the index, not the virtual tables themselves."""
    rows = conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type='table' ORDER BY name").fetchall()
    return [name for name, sql in rows if not (sql or "").upper().startswith("CREATE VIRTUAL TABLE")]


def _restore_older(store: Store, live: sqlite3.Connection, info: dict[str, Any], snap_path: Path) -> dict[str, Any] | None:
    """A snapshot taken by an older version (the app was upgraded between the import and its undo)
    holds that version's schema: it is copied back page by page with the backup API, then brought
    up to date. The backup cannot start inside a transaction of its destination, so here another
    program's write could still land between the check and the copy; only this rare case keeps
    that gap."""
    _begin_immediate(live)
    if state_token(live) != info.get("token_after"):
        live.execute("ROLLBACK")
        return None
    live.execute("ROLLBACK")
    snap = sqlite3.connect(snap_path)
    try:
        snap.backup(live)
        _mark_restored(live)
    finally:
        snap.close()
    store.engine.dispose()
    migrate(store.engine)
    discard(store)
    return info
