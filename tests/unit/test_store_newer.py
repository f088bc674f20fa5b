"""A workspace whose database a newer version of GCEN Desktop migrated (its Alembic revision is one
this version's scripts do not have) is refused with one plain sentence saying to update the app:
by the store, by `gcen`, and read-only or not; the folder is left byte-identical (no downgrade, no
journal files left behind)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from gcen_desktop.cli import main
from gcen_desktop.domain.errors import UserError
from gcen_desktop.services import Workspace
from gcen_desktop.store import store as store_module

NEWER = "0999"


def _as_a_newer_version_left_it(folder: Path) -> None:
    """A workspace this version made, then migrated by a newer version: a revision past this
    code's head, and a column this version's tables do not have."""
    ws = Workspace.new(folder, "Team", city="Boston", member="Ana")
    ws.create("note", {"title": "Kept", "body": "as it was"})
    ws.close()
    raw = sqlite3.connect(folder / "workspace.sqlite3")
    raw.execute("UPDATE alembic_version SET version_num=?", (NEWER,))
    raw.execute("ALTER TABLE events ADD COLUMN later TEXT")
    raw.commit()
    raw.close()


def _files(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _says_update(message: str, folder: Path) -> None:
    assert "\n" not in message and "Traceback" not in message
    assert "newer version of GCEN Desktop" in message and "update GCEN Desktop" in message
    assert str(folder) in message and NEWER not in message


@pytest.mark.parametrize("read_only", [False, True], ids=["writable", "read-only"])
def test_a_store_a_newer_version_migrated_is_refused_and_left_as_it_was(tmp_path, monkeypatch, read_only):
    folder = tmp_path / "ws"
    _as_a_newer_version_left_it(folder)
    before = _files(folder)
    if read_only:
        monkeypatch.setattr(store_module, "writable", lambda *_: False)
    with pytest.raises(UserError) as refused:
        Workspace.open(folder)
    _says_update(str(refused.value), folder)
    after = _files(folder)
    if read_only:  # (the folder is writable in fact: SQLite's read-only connection leaves its WAL files, empty)
        assert not (folder / "workspace.sqlite3-wal").exists() or not (folder / "workspace.sqlite3-wal").stat().st_size
        after = {name: h for name, h in after.items() if not name.endswith(("-wal", "-shm"))}
    assert after == before


@pytest.mark.parametrize("argv", [["list", "note"], ["dump"], ["check"], ["export", "--to", "x.gcen", "--full"]])
def test_gcen_on_a_store_a_newer_version_migrated_says_to_update(tmp_path, monkeypatch, capsys, argv):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "ws"
    _as_a_newer_version_left_it(folder)
    before = _files(folder)
    code = main(["--workspace", str(folder), *argv])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.startswith("gcen: ") and err.count("\n") == 1
    _says_update(err.strip(), folder)
    assert _files(folder) == before and not (tmp_path / "x.gcen").exists()
