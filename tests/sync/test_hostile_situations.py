"""The situational hostile corpus (tests/sync/hostile/situations.py): every attack of issue 14 that
needs store state, run through the real `Exchange` service as the desktop runs it (the preview,
the user's decision, then the import of the previewed file) and through `gcen` where it has a
command. A refusal is one plain sentence naming whom and what, and leaves the workspace's files
byte-identical (its database checkpointed into one file, compared byte for byte, and no commit seen
by another connection); a case that is let in holds the property its item promises."""

from __future__ import annotations

import hashlib
import re
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from gcen_desktop.cli import main
from gcen_desktop.services import refusals
from gcen_desktop.sync.admission import Impersonation

from .exchange_kit import close_all, send
from .hostile.situations import SITUATIONS, Fault, Refused, Scene, Situation

CASES = {case.name: case for case in SITUATIONS()}
DB = "workspace.sqlite3"


def files_of(scene: Scene, *, only_db: bool = False) -> dict[str, str]:
    """The sha256 of every file of the target's workspace folder, its database checkpointed into
    its main file first, so that a refused import that committed anything, or left anything beside
    the database, shows (all but the note naming refused impersonations, kept beside the database
    for the Sync screen: `_refused` checks it names the refusal). The WAL must be empty then (or gone: SQLite removes it when the last
    connection closes), and is not compared."""
    folder = scene.workspace_folder
    if scene.folder is None:
        with scene.ex.store.read():  # its connections set the journal mode (a new store's first fill has none)
            pass
        scene.ex.store.engine.dispose()
    with closing(sqlite3.connect(folder / DB)) as conn:
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    assert busy == 0
    wal = folder / f"{DB}-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    out = {}
    for p in sorted(folder.rglob("*")):
        if p.name == refusals.FILE_NAME:
            continue
        if p.is_file() and not p.name.endswith(("-shm", "-wal")) and (not only_db or p.name == DB):
            out[str(p.relative_to(folder))] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def _changed(before: dict[str, str], after: dict[str, str]) -> list[str]:
    """The files made, removed or changed."""
    return sorted(name for name in before.keys() | after.keys() if before.get(name) != after.get(name))


class Commits:
    """`PRAGMA data_version` of a connection of its own: it moves when any other connection commits."""

    def __init__(self, folder: Path) -> None:
        self.conn = sqlite3.connect(folder / DB, isolation_level=None)
        self.start = self.version()

    def version(self) -> int:
        return self.conn.execute("PRAGMA data_version").fetchone()[0]

    def none(self) -> bool:
        try:
            return self.version() == self.start
        finally:
            self.conn.close()


def one_sentence(message: str, case: Situation, scene: Scene, *, hint: bool = False) -> None:
    """One line, one sentence, naming whom and what. `hint`: the command may add what to type
    next (`--once`, `--as-copies`) after the sentence."""
    outcome = case.outcome
    assert isinstance(outcome, Refused)
    assert "\n" not in message and "\r" not in message, message
    assert message.rstrip(")").endswith("."), message
    if not hint:
        assert not re.search(r"[.!?] +[A-Z]", message), f"more than one sentence: {message}"
    assert outcome.what in message, message
    assert outcome.who(scene) in message, (outcome.who(scene), message)


def cli_flags(case: Situation) -> list[str]:
    return [*(["--yes"] if case.decision.get("trust_new_key") else []), *(["--once"] if case.decision.get("once") else [])]


def _afterwards(case: Situation, scene: Scene) -> None:
    """Nobody is refused for good: each teammate's real change still reaches the target, and the
    target's reaches each teammate."""
    target = scene.ex
    teammates = scene.teammates if scene.teammates is not None else [
        i for i in range(len(scene.stores)) if i != scene.target
    ]
    for i in teammates:
        mate = scene.stores[i]
        rec = mate.ws.create("note", {"title": f"after {case.name}, from {i}"}).rec
        assert send(mate, target, scene.tmp).applied >= 1 and target.ws.get(rec).title.startswith("after")
        back = target.ws.create("note", {"title": f"after {case.name}, to {i}"}).rec
        assert send(target, mate, scene.tmp).applied >= 1 and mate.ws.get(back).title.startswith("after")
    if scene.folder is None:
        assert target.store.check() == []


def _import_as_the_app_does(case: Situation, scene: Scene, path: Path):
    ex = scene.ex
    preview = ex.preview(path, passphrase=case.passphrase)
    if case.between is not None:
        case.between(scene, path)
    return ex.import_bundle(path, passphrase=case.passphrase, previewed=preview, **case.decision)


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_situation(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    case = CASES[name]
    scene = case.setup(tmp_path, monkeypatch)
    scene.noted["capsys"] = capsys
    try:
        made = case.build(scene)
        if isinstance(case.outcome, Refused):
            _refused(case, scene, made, capsys)
        else:
            result = made.act() if isinstance(made, Fault) else _import_as_the_app_does(case, scene, made)
            case.outcome.check(scene, result)
        if case.afterwards and not isinstance(made, Fault):
            _afterwards(case, scene)
    finally:
        close_all(scene.stores)


def _refused(case: Situation, scene: Scene, made: Path | Fault, capsys) -> None:
    only_db = isinstance(made, Fault) and made.only_db
    before = files_of(scene, only_db=only_db)
    commits = Commits(scene.workspace_folder)
    with pytest.raises(case.outcome.error) as info:
        if isinstance(made, Fault):
            made.act()
        else:
            _import_as_the_app_does(case, scene, made)
    assert type(info.value) is case.outcome.error, info.value
    one_sentence(str(info.value), case, scene)
    assert commits.none(), "a refusal committed a write"
    assert _changed(before, files_of(scene, only_db=only_db)) == []
    named = [r.file for r in refusals.recent(scene.workspace_folder)]
    if isinstance(info.value, Impersonation) and not isinstance(made, Fault):  # the Sync screen names it
        assert named and named[0] == made.name, named
    else:
        assert named == []
    args = list(made.cli) if isinstance(made, Fault) else (["import", str(made), *cli_flags(case)] if case.cli else [])
    if not args:
        return
    capsys.readouterr()
    commits = Commits(scene.workspace_folder)
    assert main(["--workspace", str(scene.workspace_folder), *args]) == 1
    err = capsys.readouterr().err
    assert err.startswith("gcen: ") and err.count("\n") == 1 and "Traceback" not in err, err
    one_sentence(err.removeprefix("gcen: ").rstrip("\n"), case, scene, hint=True)
    assert commits.none(), "a refusal of the command committed a write"
    assert _changed(before, files_of(scene, only_db=only_db)) == []


def test_every_item_of_issue_14_has_a_situation() -> None:
    assert {case.item for case in CASES.values()} == set(range(1, 15))
    assert len(CASES) == len(SITUATIONS())  # no two cases share a name


def test_the_byte_and_commit_checks_see_an_import_that_wrote(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The instruments of the refusals are not blind: an honest import moves both."""
    from .hostile.situations import trio

    scene = trio(tmp_path, monkeypatch)
    try:
        ben = scene["Ben"]
        ben.ws.create("note", {"title": "honest"})
        path = tmp_path / "honest.gcen"
        ben.export(path, mode="team")
        before = files_of(scene)
        commits = Commits(scene.workspace_folder)
        assert scene.ex.import_bundle(path, previewed=scene.ex.preview(path)).applied == 1
        assert not commits.none()
        assert "workspace.sqlite3" in _changed(before, files_of(scene))
    finally:
        close_all(scene.stores)
