"""Kill test: SIGKILL an importing process at random moments; the store stays whole, all or nothing."""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import tempfile
import time
from pathlib import Path

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.sync import temp_folders

KILLS = int(os.environ.get("GCEN_KILLS", "50"))
NOTES = 600


def _import(folder: str, bundle: str, tmp: str) -> None:
    tempfile.tempdir = tmp  # a child of the fork server, which does not know the test's temp folder
    ex = Exchange(Workspace.open(folder))
    ex.import_bundle(bundle)
    os._exit(0)


def _import_killed_after_commit(folder: str, bundle: str, tmp: str) -> None:
    """An import killed at the first moment after its transaction committed (where the store
    tells the replica registry of the commit), before anything else it does."""
    tempfile.tempdir = tmp
    from gcen_desktop.store import replica
    from gcen_desktop.sync import snapshot

    taken = []
    real_take, real_remember = snapshot.take, replica.remember

    def take(store):
        taken.append(True)
        return real_take(store)

    def remember(*args, **kw):
        if taken:
            os.kill(os.getpid(), signal.SIGKILL)
        return real_remember(*args, **kw)

    snapshot.take, replica.remember = take, remember
    ex = Exchange(Workspace.open(folder))
    ex.import_bundle(bundle)
    os._exit(0)


def _undoable(folder: Path) -> bool:
    ws = Workspace.open(folder)
    try:
        return Exchange(ws).can_undo_import()
    finally:
        ws.close()


def _counts(db: Path) -> tuple[str, int, int]:
    conn = sqlite3.connect(db)
    try:
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        events = conn.execute("SELECT COUNT(*) FROM events").fetchone()[0]
        logged = conn.execute("SELECT COUNT(*) FROM import_log").fetchone()[0]
    finally:
        conn.close()
    return integrity, events, logged


def _reset(db: Path, pristine: Path) -> None:
    # A new file (new inode): SQLite shares one WAL index per inode within a process, so a
    # connection left open anywhere in this process must not see the old one.
    for suffix in ("", "-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    shutil.copyfile(pristine, db)
    shutil.rmtree(db.parent / "undo", ignore_errors=True)  # the snapshot of an earlier import


@pytest.fixture
def setup(tmp_path):
    a = Exchange(Workspace.new(tmp_path / "a", "Team", member="Ana"))
    full = tmp_path / "full.gcen"
    a.export(full, mode="full")
    b_ws, _ = joining.join(tmp_path / "b", full, trust_new_key=True)
    for i in range(NOTES):
        a.ws.create("note", {"title": f"note {i}", "body": "text of the note\n" * 20})
    bundle = tmp_path / "big.gcen"
    a.export(bundle, mode="full")
    b_ws.store.engine.dispose()
    with sqlite3.connect(b_ws.store.db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    b_ws.close()
    a.ws.close()
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copyfile(tmp_path / "b" / "workspace.sqlite3", pristine)
    return tmp_path / "b", bundle, pristine


def test_sigkill_during_import_is_all_or_nothing(setup, own_tempdir):
    folder, bundle, pristine = setup
    db = folder / "workspace.sqlite3"
    tmp = str(own_tempdir)
    # A fork server: children fork from a clean, single-threaded process (a plain fork of the
    # test runner could inherit a lock held by another thread), with the app already imported.
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["gcen_desktop.services.joining"])
    _, before, logged_before = _counts(db)
    # uninterrupted imports tell how long the window is and what "all" looks like (the first
    # one also starts the fork server)
    for _warm in range(2):
        _reset(db, pristine)
        started = time.perf_counter()
        p = ctx.Process(target=_import, args=(str(folder), str(bundle), tmp))
        p.start()
        p.join(120)
        assert p.exitcode == 0, f"the uninterrupted import ended with {p.exitcode}"
        duration = time.perf_counter() - started
    integrity, after, logged_after = _counts(db)
    assert integrity == "ok" and after > before and logged_after == logged_before + 1
    rng = random.Random(int(os.environ.get("GCEN_KILL_SEED", "1234")))
    outcomes = {"none": 0, "all": 0}
    for _ in range(KILLS):
        _reset(db, pristine)
        p = ctx.Process(target=_import, args=(str(folder), str(bundle), tmp))
        p.start()
        time.sleep(rng.uniform(0, duration))
        p.kill()  # SIGKILL; a process that already ended is left alone
        p.join(30)
        integrity, events, logged = _counts(db)
        assert integrity == "ok"
        assert (events, logged) in ((before, logged_before), (after, logged_after)), (events, logged)
        outcomes["all" if events == after else "none"] += 1
        # an import that committed can be undone, whenever the kill came
        assert _undoable(folder) == (events == after)
    # a killed import leaves its temp folder; none is in use now, so each goes once a day old
    killed = [p for p in own_tempdir.iterdir() if p.name.startswith(temp_folders.READING)]
    day_ago = time.time() - temp_folders.LEFTOVER_AFTER_S - 60
    for p in killed:
        os.utime(p, (day_ago, day_ago))
    assert sorted(temp_folders.remove_leftovers()) == sorted(killed)
    print(f"\nkill test: {KILLS} kills, import window {duration:.2f} s, outcomes {outcomes}, "
          f"{len(killed)} temp folders left by the killed imports")
    # the store opens and passes its own check after the last kill
    ws = Workspace.open(folder)
    assert ws.store.check() == []
    ws.close()


def test_sigkill_right_after_the_import_commits_keeps_its_undo(setup, own_tempdir):
    folder, bundle, pristine = setup
    db = folder / "workspace.sqlite3"
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["gcen_desktop.services.joining"])
    _, before, _ = _counts(db)
    _reset(db, pristine)
    p = ctx.Process(target=_import_killed_after_commit, args=(str(folder), str(bundle), str(own_tempdir)))
    p.start()
    p.join(120)
    try:
        assert p.exitcode == -signal.SIGKILL
        integrity, events, _ = _counts(db)
        assert integrity == "ok" and events > before  # it committed
        assert _undoable(folder)
        ws = Workspace.open(folder)
        Exchange(ws).undo_last_import()
        ws.close()
        assert _counts(db)[1] == before
    finally:
        for left in own_tempdir.iterdir():  # the killed import's temp folder (see the test above)
            if left.name.startswith(temp_folders.READING):
                shutil.rmtree(left)


def _export_killed_while_writing(folder: str, target: str, tmp: str) -> None:
    """An export killed once its bundle is written, before it is checked and renamed."""
    tempfile.tempdir = tmp
    from gcen_desktop.sync import bundle_writer

    def killed(*_args, **_kw):
        os.kill(os.getpid(), signal.SIGKILL)

    bundle_writer._verify_zip = killed
    Exchange(Workspace.open(folder)).export(target, mode="full")
    os._exit(0)


def test_a_killed_export_leaves_nothing_the_next_export_or_a_watcher_trips_on(setup, own_tempdir, tmp_path):
    folder, _bundle, _pristine = setup
    shared = tmp_path / "shared"
    shared.mkdir()
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["gcen_desktop.services.joining"])
    p = ctx.Process(target=_export_killed_while_writing, args=(str(folder), str(shared / "first.gcen"), str(own_tempdir)))
    p.start()
    p.join(120)
    try:
        assert p.exitcode == -signal.SIGKILL
        left = sorted(x.name for x in shared.iterdir())
        assert left and not any(name.endswith(".gcen") for name in left)  # a partial file, not a bundle
        # a teammate's watcher on the folder sees no bundle in it
        other = Exchange(Workspace.new(tmp_path / "other", "Other team"))
        assert other.sync_folder_once(shared) == []
        other.ws.close()
        # the next export to the folder cleans up what the killed one left
        ex = Exchange(Workspace.open(folder))
        ex.export(shared / "second.gcen", mode="full")
        ex.ws.close()
        assert sorted(x.name for x in shared.iterdir() if x.name != other.own_bundle_name()) == ["second.gcen"]
    finally:
        for leftover in own_tempdir.iterdir():  # the killed export's temp folder
            if leftover.name.startswith(temp_folders.PREFIXES):
                shutil.rmtree(leftover)


def _join(folder: str, bundle: str, tmp: str, kill_before_commit: bool = False) -> None:
    tempfile.tempdir = tmp
    if kill_before_commit:  # at the last step inside the join's transaction
        from gcen_desktop.sync import import_pipeline

        def killed(*_args, **_kw):
            os.kill(os.getpid(), signal.SIGKILL)

        import_pipeline.record_import = killed
    joining.join(folder, bundle, trust_new_key=True)
    os._exit(0)


def _opened_events(folder: Path) -> int | None:
    """How many events the workspace in `folder` holds, or None when it does not open as one."""
    try:
        ws = Workspace.open(folder)
    except UserError:
        return None
    try:
        with ws.store.read() as conn:
            return conn.exec_driver_sql("SELECT COUNT(*) FROM events").scalar_one()
    finally:
        ws.close()


def _drop_reading_folders(tmp: Path) -> None:
    for leftover in tmp.iterdir():  # what killed readers left (see the first test)
        if leftover.name.startswith(temp_folders.PREFIXES):
            shutil.rmtree(leftover)


def test_a_join_killed_before_it_commits_is_not_a_workspace_and_joins_again(setup, own_tempdir, tmp_path):
    _folder, bundle, _pristine = setup
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["gcen_desktop.services.joining"])
    target = tmp_path / "newcomer"
    p = ctx.Process(target=_join, args=(str(target), str(bundle), str(own_tempdir), True))
    p.start()
    p.join(120)
    try:
        assert p.exitcode == -signal.SIGKILL
        assert (target / "workspace.sqlite3").exists()
        with pytest.raises(UserError, match="interrupted"):
            Workspace.open(target)
        ws, _ = joining.join(target, bundle, trust_new_key=True)  # starts again, whole this time
        assert len(ws.list("note")) == NOTES
        ws.close()
    finally:
        _drop_reading_folders(own_tempdir)


def test_sigkill_during_join_leaves_a_whole_workspace_or_none(setup, own_tempdir, tmp_path):
    _folder, bundle, _pristine = setup
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["gcen_desktop.services.joining"])
    started = time.perf_counter()
    p = ctx.Process(target=_join, args=(str(tmp_path / "whole"), str(bundle), str(own_tempdir)))
    p.start()
    p.join(120)
    assert p.exitcode == 0
    duration = time.perf_counter() - started
    whole = _opened_events(tmp_path / "whole")
    assert whole
    rng = random.Random(int(os.environ.get("GCEN_KILL_SEED", "1234")))
    outcomes = {"none": 0, "all": 0}
    try:
        for i in range(max(3, KILLS // 5)):
            target = tmp_path / f"join{i}"
            p = ctx.Process(target=_join, args=(str(target), str(bundle), str(own_tempdir)))
            p.start()
            time.sleep(rng.uniform(0, duration))
            p.kill()  # SIGKILL; a process that already ended is left alone
            p.join(30)
            held = _opened_events(target)
            assert held in (None, whole), held
            outcomes["none" if held is None else "all"] += 1
    finally:
        _drop_reading_folders(own_tempdir)
    print(f"\njoin kill test: window {duration:.2f} s, outcomes {outcomes}")
