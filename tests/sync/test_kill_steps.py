"""SIGKILL at chosen steps that the import kill tests (test_kill.py) do not reach: the migration of
an older store, and the undo of an import. A child process runs the step and kills itself at the
chosen point; the store is then opened from here: whole, `check` clean, nothing saved lost."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gcen_desktop.services import Workspace
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.services.sample import fill_sample
from gcen_desktop.store.store import open_store
from gcen_desktop.sync import temp_folders

from .exchange_kit import close_all, send, team
from .test_full_disk import older_store, run_with_file_limit

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

def run_killed(code: str, tmp: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` (Python) in a child process; it kills itself where the code says."""
    return run_with_file_limit(code, None, tmp)


def test_a_migration_killed_after_its_first_step_leaves_the_older_store_which_migrates_again(tmp_path):
    folder, dump = older_store(tmp_path)
    done = run_killed(f"""
        import os, signal
        from alembic.runtime import migration
        real = migration.HeadMaintainer.update_to_step

        def step(self, *args, **kw):  # the first migration ran, its revision written: killed
            real(self, *args, **kw)
            os.kill(os.getpid(), signal.SIGKILL)

        migration.HeadMaintainer.update_to_step = step
        from gcen_desktop.store.store import open_store
        open_store(__import__("pathlib").Path({str(folder)!r}))
        """, tmp_path)
    assert done.returncode == -signal.SIGKILL, done.stderr
    store = open_store(folder)
    try:
        assert store.schema_before == "0004"  # nothing of the killed migration stayed
        assert store.check() == [] and store.dump() == dump
    finally:
        store.close()


def test_an_undo_killed_before_it_commits_leaves_the_import_undoable(tmp_path):
    ana, ben = team(tmp_path, 2)
    fill_sample(ana.ws)
    send(ana, ben, tmp_path)
    typed = ben.ws.create("note", {"title": "Before", "body": "kept"}).rec  # (before the import below)
    ana.ws.create("note", {"title": "From Ana", "body": "imported"})
    send(ana, ben, tmp_path)
    assert ben.can_undo_import()
    folder, dump = ben.store.folder, ben.store.dump()
    close_all([ana, ben])
    done = run_killed(f"""
        import os, signal
        from gcen_desktop.services import Workspace
        from gcen_desktop.services.bundles import Exchange
        from gcen_desktop.sync import snapshot

        def killed(live):  # every row copied back, the commit not yet made
            os.kill(os.getpid(), signal.SIGKILL)

        snapshot._mark_restored = killed
        Exchange(Workspace.open({str(folder)!r})).undo_last_import()
        """, tmp_path)
    assert done.returncode == -signal.SIGKILL, done.stderr
    ex = Exchange(Workspace.open(folder))
    try:
        assert ex.store.check() == [] and ex.store.dump() == dump
        assert ex.can_undo_import()
        ex.undo_last_import()
        assert ex.store.check() == [] and ex.ws.get(typed).data["body"] == "kept"
        assert "From Ana" not in {v.title for v in ex.ws.list("note")}
    finally:
        ex.ws.close()


def test_an_import_killed_just_before_its_commit_keeps_the_undo_of_the_import_before(tmp_path):
    ana, ben = team(tmp_path, 2)
    ana.ws.create("note", {"title": "First", "body": "one"})
    send(ana, ben, tmp_path)
    ana.ws.create("note", {"title": "Second", "body": "two"})
    second = tmp_path / "second.gcen"
    ana.export(second, mode="team")
    folder, dump = ben.store.folder, ben.store.dump()
    close_all([ana, ben])
    done = run_killed(f"""
        import os, signal
        from gcen_desktop.services import Workspace
        from gcen_desktop.services.bundles import Exchange
        from gcen_desktop.sync import snapshot
        real = snapshot.remember

        def remember(*args, **kw):  # the undo record written, the commit not yet made
            real(*args, **kw)
            os.kill(os.getpid(), signal.SIGKILL)

        snapshot.remember = remember
        Exchange(Workspace.open({str(folder)!r})).import_bundle({str(second)!r})
        """, tmp_path)
    assert done.returncode == -signal.SIGKILL, done.stderr
    ex = Exchange(Workspace.open(folder))
    try:
        assert ex.store.check() == [] and ex.store.dump() == dump
        assert ex.can_undo_import()  # the first import's
        ex.undo_last_import()
        assert "First" not in {v.title for v in ex.ws.list("note")}
        assert ex.import_bundle(second).applied  # and the second imports whole
    finally:
        ex.ws.close()
        for leftover in Path(os.environ["TMPDIR"]).iterdir():  # the killed import's temp folder
            if leftover.name.startswith(temp_folders.PREFIXES):
                shutil.rmtree(leftover)
