"""Undo of an import and the snapshot it needs: no write of another program lost while undoing, a
full disk told plainly with the store unchanged."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.sync import snapshot

from .exchange_kit import close_all, send, team


@pytest.fixture
def pair(tmp_path):
    stores = team(tmp_path, 2)
    send(stores[1], stores[0], tmp_path)  # Ana knows Ben's key from now on
    yield stores
    close_all(stores)


class _Interloper:
    """Another program writing to the database between every two statements the undo runs: each
    write either waits for the undo's lock (and fails at once here) or succeeds; one that succeeds
    must still be there when the undo is over."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.landed: list[str] = []
        self.tries = 0

    def write(self) -> None:
        self.tries += 1
        other = sqlite3.connect(self.db, timeout=0, isolation_level=None)
        try:
            key = f"interloper-{self.tries}"
            other.execute("INSERT INTO meta (key, value) VALUES (?, 'x')", (key,))
            self.landed.append(key)
        except sqlite3.OperationalError as exc:
            assert "locked" in str(exc) or "busy" in str(exc)
        finally:
            other.close()


class _Watched:
    """A sqlite3 connection whose every statement is followed by the interloper's try."""

    def __init__(self, conn: sqlite3.Connection, interloper: _Interloper) -> None:
        self._conn = conn
        self._interloper = interloper

    def execute(self, *args):
        result = self._conn.execute(*args)
        self._interloper.write()
        return result

    def backup(self, target, *args, **kw):
        return self._conn.backup(getattr(target, "_conn", target), *args, **kw)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_write_during_undo_is_never_lost(pair, tmp_path, monkeypatch):
    a, b = pair
    b.ws.create("note", {"title": "From Ben"})
    bundle = tmp_path / "b.gcen"
    b.export(bundle)
    a.import_bundle(bundle)
    assert a.can_undo_import()
    interloper = _Interloper(a.store.db_path)
    real_connect = sqlite3.connect

    class _Sqlite:
        def __getattr__(self, name):
            return getattr(sqlite3, name)

        @staticmethod
        def connect(*args, **kw):
            return _Watched(real_connect(*args, **kw), interloper)

    monkeypatch.setattr(snapshot, "sqlite3", _Sqlite())
    try:
        a.undo_last_import()
    except UserError:
        pass  # refused because the interloper wrote first: fine, as long as nothing is lost
    monkeypatch.undo()
    assert interloper.tries > 0
    with sqlite3.connect(a.store.db_path) as conn:
        kept = {k for (k,) in conn.execute("SELECT key FROM meta WHERE key LIKE 'interloper-%'")}
    assert kept == set(interloper.landed)


def test_undo_while_another_program_writes_is_one_plain_message(pair, tmp_path, monkeypatch):
    a, b = pair
    b.ws.create("note", {"title": "From Ben"})
    bundle = tmp_path / "b.gcen"
    b.export(bundle)
    a.import_bundle(bundle)
    monkeypatch.setattr(snapshot, "LOCK_WAIT_S", 0.05)
    other = sqlite3.connect(a.store.db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(UserError, match="Another program"):
            a.undo_last_import()
        other.execute("ROLLBACK")
    finally:
        other.close()
    assert a.can_undo_import()
    a.undo_last_import()
    assert not a.ws.list("note")


def _full_disk(*_args, **_kw):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("where", ["import", "copies"])
def test_a_full_disk_during_the_snapshot_is_one_plain_message(pair, tmp_path, monkeypatch, where):
    a, b = pair
    b.ws.create("note", {"title": "From Ben"})
    bundle = tmp_path / "b.gcen"
    b.export(bundle, mode="full")
    before = a.store.dump()
    with a.store.read() as conn:
        token = snapshot.state_token(conn)
    theirs = tmp_path / "theirs.gcen"
    other = team(tmp_path / "other", 1)[0]
    other.ws.create("note", {"title": "Theirs"})
    other.export(theirs, mode="full")
    other.ws.close()
    monkeypatch.setattr(snapshot.os, "fsync", _full_disk)
    with pytest.raises(UserError, match="free space"):
        if where == "import":
            a.import_bundle(bundle)
        else:
            a.import_copies(theirs)
    monkeypatch.undo()
    assert a.store.dump() == before
    with a.store.read() as conn:
        assert snapshot.state_token(conn) == token
    assert not list((a.store.folder / snapshot.UNDO_DIR).glob("*.partial"))


class _FullDisk:
    """A connection on a disk that fills up as soon as the undo copies rows back."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def execute(self, sql, *args):
        if sql.startswith("INSERT INTO main."):
            raise sqlite3.OperationalError("database or disk is full")
        return self._conn.execute(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_a_full_disk_during_undo_is_one_plain_message(pair, tmp_path, monkeypatch):
    a, b = pair
    b.ws.create("note", {"title": "From Ben"})
    bundle = tmp_path / "b.gcen"
    b.export(bundle)
    a.import_bundle(bundle)
    after = a.store.dump()
    real_connect = sqlite3.connect

    class _Sqlite:
        def __getattr__(self, name):
            return getattr(sqlite3, name)

        @staticmethod
        def connect(*args, **kw):
            return _FullDisk(real_connect(*args, **kw))

    monkeypatch.setattr(snapshot, "sqlite3", _Sqlite())
    with pytest.raises(UserError, match="free space"):
        a.undo_last_import()
    monkeypatch.undo()
    assert a.store.dump() == after and a.can_undo_import()
    a.undo_last_import()
    assert a.store.dump() != after


@pytest.mark.parametrize("refusal", ["forged", "held back", "copies"])
def test_a_refused_import_keeps_the_undo_of_the_import_before(pair, tmp_path, monkeypatch, refusal):
    """An import takes its snapshot before the checks made in its transaction; refused there (a
    claim of this store's own future no trusted key vouches for, a bundle the shared folder holds
    back, a copy that cannot be made), the snapshot of the import before stays, and undo undoes it."""
    from gcen_desktop.domain.errors import ValidationError
    from gcen_desktop.services import Workspace
    from gcen_desktop.services.bundles import Exchange
    from gcen_desktop.sync.admission import BundleRefused, NeedsReview

    from .hostile.crafting import craft, next_event

    a, b = pair
    ben = b.ws.create("note", {"title": "From Ben"}).rec
    b.export(tmp_path / "b.gcen")
    a.import_bundle(tmp_path / "b.gcen")
    undo = a.store.folder / snapshot.UNDO_DIR
    before = {p.name: p.read_bytes() for p in undo.iterdir()}
    if refusal == "forged":
        forged = craft(tmp_path / "f.gcen", workspace=a, producer=b.store.replica, name="Ben",
                       events=[next_event(a, ben, {"title": "in my name"}, seq_ahead=50)])
        with pytest.raises(BundleRefused, match="never made"):
            a.import_bundle(forged, once=True)
    elif refusal == "held back":
        b.ws.delete(ben)
        b.export(tmp_path / "b2.gcen")
        with pytest.raises(NeedsReview):
            a.import_bundle(tmp_path / "b2.gcen", hold_deletions=1)
    else:
        other = Exchange(Workspace.new(tmp_path / "other", "Other team", member="Zoe"))
        other.ws.create("note", {"title": "Their note"})
        other.export(tmp_path / "other.gcen", mode="full")
        other.ws.close()

        def too_large(*args, **kw):
            raise ValidationError("'body' is too large.")

        monkeypatch.setattr(a.ws, "_create", too_large)
        with pytest.raises(UserError, match="cannot be copied"):
            a.import_copies(tmp_path / "other.gcen")
        monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in undo.iterdir()} == before
    assert a.can_undo_import()
    a.undo_last_import()
    assert a.ws.find(ben) is None
