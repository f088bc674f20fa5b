"""A workspace this user may not write (a backup copy, a read-only folder or file) can still be
listed, shown, searched, checked and exported; a write is one plain message and changes nothing."""

from __future__ import annotations

import ctypes
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange

ROOT = Path(__file__).resolve().parents[2]
# Linux capabilities that let root write whatever the permissions say
_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER = 1, 2, 3
_PR_CAPBSET_DROP = 24


def _as_plain_user() -> None:
    """In the child, before it runs Python: root without the power to ignore permissions (after
    exec its capabilities come from the bounding set), so the test means the same under root."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (_CAP_DAC_OVERRIDE, _CAP_DAC_READ_SEARCH, _CAP_FOWNER):
        if libc.prctl(_PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl")


def gcen(*args: str, workspace: Path, state: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCEN_")}
    env.update(GCEN_STATE_DIR=str(state), GCEN_CONFIG_DIR=str(state / "config"), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "gcen_desktop.cli", "--workspace", str(workspace), *args],
        env=env, cwd=state, capture_output=True, text=True, timeout=120,
        preexec_fn=_as_plain_user if os.geteuid() == 0 else None,
    )


@pytest.fixture
def backup(tmp_path: Path):
    folder = tmp_path / "backup"
    ws = Workspace.new(folder, "Team", member="Ana")
    note = ws.create("note", {"title": "Mentoring visit", "body": "what we saw in Shanghai"}).rec
    ex = Exchange(ws)
    full = folder.parent / "full.gcen"
    ex.export(full, mode="full")  # (also makes the keys a signed export needs, while it is writable)
    mate, _ = joining.join(folder.parent / "mate", full, trust_new_key=True)
    mate.create("note", {"title": "From a teammate"})
    Exchange(mate).export(folder.parent / "mate.gcen", mode="full")
    mate.close()
    ws.store.engine.dispose()
    with sqlite3.connect(ws.store.db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    for suffix in ("-wal", "-shm"):
        Path(str(ws.store.db_path) + suffix).unlink(missing_ok=True)
    yield folder, note
    for path in [folder, *folder.rglob("*")]:
        path.chmod(path.stat().st_mode | stat.S_IWUSR)


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_workspace_reads_and_refuses_writes_plainly(backup, tmp_path, what):
    folder, note = backup
    db = folder / "workspace.sqlite3"
    db.chmod(0o444)
    if what == "folder":
        folder.chmod(0o555)
    before = db.read_bytes()
    state = tmp_path / "state"
    state.mkdir()
    listed = gcen("list", "note", workspace=folder, state=state)
    assert listed.returncode == 0, listed.stderr
    assert "Mentoring visit" in listed.stdout
    shown = gcen("show", note, workspace=folder, state=state)
    assert shown.returncode == 0 and "Shanghai" in shown.stdout, shown.stderr
    found = gcen("search", "Shanghai", workspace=folder, state=state)
    assert found.returncode == 0 and note in found.stdout, found.stderr
    out = tmp_path / "rescue.gcen"
    exported = gcen("export", "--full", "--to", str(out), workspace=folder, state=state)
    assert exported.returncode == 0 and out.exists(), exported.stderr
    checked = gcen("check", workspace=folder, state=state)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    added = gcen("add", "note", "--title", "New", workspace=folder, state=state)
    assert added.returncode == 1
    assert added.stderr.startswith("gcen: ") and "read-only" in added.stderr and len(added.stderr.splitlines()) == 1
    imported = gcen("import", "--yes", str(tmp_path / "mate.gcen"), workspace=folder, state=state)
    assert imported.returncode == 1 and "read-only" in imported.stderr, imported.stderr
    assert db.read_bytes() == before
    assert not (folder / "undo").exists()
    # what the backup exported joins elsewhere whole
    joined, _ = joining.join(tmp_path / "restored", out, trust_new_key=True)
    assert joined.get(note).title == "Mentoring visit"
    joined.close()
