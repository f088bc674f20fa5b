"""A workspace database with bytes flipped in it: every command ends in one plain message (never
a traceback), `check` reports the damage, writes are refused once it is found, and no export
ever carries an event whose bytes do not match its hash."""

from __future__ import annotations

import shutil
import sqlite3
import zipfile
from pathlib import Path

import orjson
import pytest

from gcen_desktop.cli import main
from gcen_desktop.services import Workspace
from gcen_desktop.store import damage
from gcen_desktop.store.engine import PAGE_SIZE
from gcen_desktop.store.events import hash_ok

NOTES = 120
FRACTIONS = (0.2, 0.35, 0.5, 0.65, 0.8)  # where in the file the bytes are flipped
FLIPPED = 64


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real store (one checkpointed file, no WAL) holding some notes."""
    folder = tmp_path_factory.mktemp("damage") / "ws"
    state = tmp_path_factory.mktemp("state")
    mp = pytest.MonkeyPatch()
    mp.setenv("GCEN_STATE_DIR", str(state))
    try:
        ws = Workspace.new(folder, "Team", member="Ana")
        for i in range(NOTES):
            rec = ws.create("note", {"title": f"note {i}", "body": f"body of note {i}, the text of the note\n" * 12}).rec
            if i == 57:
                (folder.parent / "note57").write_text(rec)
        ws.store.engine.dispose()
        with sqlite3.connect(ws.store.db_path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ws.close()
    finally:
        mp.undo()
    return folder


def damaged_copy(pristine: Path, target: Path, offset: int) -> Path:
    shutil.copytree(pristine, target, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    db = target / "workspace.sqlite3"
    data = bytearray(db.read_bytes())
    for i in range(offset, min(offset + FLIPPED, len(data))):
        data[i] ^= 0xFF
    db.write_bytes(bytes(data))
    return target


PAGES = (1 / 3, 1 / 2, 2 / 3)  # the first bytes of these pages (a page's header) are flipped too


def offsets(pristine: Path) -> list[int]:
    """Fixed places across the file, the headers of pages across it, and one place inside a stored
    event (where SQLite itself sees nothing wrong: only the event's hash tells); the last one last."""
    data = (pristine / "workspace.sqlite3").read_bytes()
    inside = data.find(b'"fields":{"body":"body of note 57, the text')
    assert inside > 0
    pages = len(data) // PAGE_SIZE
    return (
        [int(len(data) * f) for f in FRACTIONS]
        + [int(pages * f) * PAGE_SIZE for f in PAGES]
        + [inside + 30]
    )


def gcen(folder: Path, *args: str) -> int:
    return main(["--workspace", str(folder), *args])


def assert_plain(code: int, err: str) -> None:
    if code:
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("gcen: "), err
        assert "Traceback" not in err


def exported_events_whole(bundle: Path) -> bool:
    with zipfile.ZipFile(bundle) as z:
        lines = z.read("events.jsonl").splitlines()
    return all(hash_ok(orjson.loads(line)) for line in lines)


@pytest.mark.parametrize("which", range(len(FRACTIONS) + len(PAGES) + 1))
def test_a_damaged_copy_gives_plain_messages_and_never_a_bad_export(pristine, tmp_path, capsys, which):
    folder = damaged_copy(pristine, tmp_path / "copy", offsets(pristine)[which])
    out = tmp_path / "out.gcen"
    found = False
    note = (pristine.parent / "note57").read_text()
    for args in (["list", "note"], ["search", "note"], ["show", note], ["check"],
                 ["export", "--full", "--to", str(out)], ["add", "note", "--title", "after the damage"],
                 ["edit", note, "--set", "title=edited after the damage"], ["check"]):
        code = gcen(folder, *args)
        captured = capsys.readouterr()
        assert_plain(code, captured.err)
        if args[0] == "check" and code:
            found = True
            assert "problem: " in captured.out
            assert "restore the workspace folder from a backup" in captured.err
        if args[0] == "export":
            if code:
                assert not out.exists() and not list(tmp_path.glob("*partial"))
                assert "damaged" in captured.err and "gcen check" in captured.err
            else:
                assert exported_events_whole(out)
        if args[0] in ("add", "edit") and damage.is_marked(folder):
            # refused: either by the mark, or by the damage met again while opening the store
            assert code == 1 and ("takes no changes" in captured.err or "nothing was changed" in captured.err)
    if which == len(FRACTIONS) + len(PAGES):  # the flip inside an event: check must see it
        assert found


def test_an_export_refuses_an_event_whose_bytes_do_not_match_its_hash(pristine, tmp_path, capsys):
    folder = damaged_copy(pristine, tmp_path / "copy", offsets(pristine)[-1])
    out = tmp_path / "out.gcen"
    assert gcen(folder, "export", "--full", "--to", str(out)) == 1
    err = capsys.readouterr().err
    assert "1 stored changes no longer match their fingerprint" in err and "no bundle was written" in err
    assert not out.exists()
    # the damage is remembered: no write, and no export, until a check finds the file whole
    assert damage.is_marked(folder)
    assert gcen(folder, "add", "note", "--title", "x") == 1
    assert "takes no changes" in capsys.readouterr().err
    with sqlite3.connect(folder / "workspace.sqlite3") as conn:
        assert conn.execute("SELECT COUNT(*) FROM events WHERE body LIKE '%\"title\":\"x\"%'").fetchone()[0] == 0


def test_a_clean_check_lifts_the_mark(pristine, tmp_path, capsys):
    folder = tmp_path / "copy"
    shutil.copytree(pristine, folder)
    damage.mark(folder, "test")
    assert gcen(folder, "add", "note", "--title", "x") == 1
    assert gcen(folder, "check") == 0
    assert not damage.is_marked(folder)
    assert gcen(folder, "add", "note", "--title", "x") == 0
    capsys.readouterr()


def test_is_corruption_tells_damage_from_a_lock():
    assert damage.is_corruption(sqlite3.DatabaseError("database disk image is malformed"))
    assert not damage.is_corruption(sqlite3.OperationalError("database is locked"))
    assert not damage.is_corruption(sqlite3.OperationalError("attempt to write a readonly database"))


def test_opening_a_small_damaged_store_refuses_the_first_write(pristine, tmp_path, capsys):
    """Damage `PRAGMA quick_check` sees is found as the store opens (a small store is checked then):
    the very first `add` is refused, before anything reads the damaged pages."""
    seen = 0
    for i, offset in enumerate(offsets(pristine)):
        folder = damaged_copy(pristine, tmp_path / f"copy{i}", offset)
        db = folder / "workspace.sqlite3"
        with sqlite3.connect(db) as conn:
            try:
                whole = conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
            except (sqlite3.DatabaseError, UnicodeDecodeError):  # a damaged name in its report is not text
                whole = False
        conn.close()
        if whole:
            continue
        seen += 1
        before = db.read_bytes()
        code = gcen(folder, "add", "note", "--title", "after the damage")
        err = capsys.readouterr().err
        assert_plain(code, err)
        assert code == 1 and "damaged" in err
        assert db.read_bytes() == before
    assert seen  # some of the flips hit what quick_check reads


def test_a_full_disk_while_writing_is_one_plain_message_and_changes_nothing(tmp_path):
    from sqlalchemy import event

    from gcen_desktop.domain.errors import UserError

    ws = Workspace.new(tmp_path / "ws", "Team", member="Ana")
    ws.store.engine.dispose()
    with sqlite3.connect(ws.store.db_path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]

    @event.listens_for(ws.store.engine, "connect")
    def _no_room(dbapi_conn, _record):  # the file may not grow: SQLite's "database or disk is full"
        dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

    made = 0
    with pytest.raises(UserError, match="not enough free space"):
        for i in range(50):
            ws.create("note", {"title": f"note {i}", "body": "x" * 50_000})
            made += 1
    assert not damage.is_marked(ws.store.folder) and not ws.store.damaged
    event.remove(ws.store.engine, "connect", _no_room)
    ws.store.engine.dispose()
    assert len(ws.list("note")) == made  # the write that did not fit left nothing
    ws.create("note", {"title": "once there is room"})
    ws.close()



@pytest.fixture(scope="module")
def publishing(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[int]]:
    """A store of 30 network practices, and the places in its file of one practice's summary."""
    folder = tmp_path_factory.mktemp("publishing") / "ws"
    mp = pytest.MonkeyPatch()
    mp.setenv("GCEN_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    try:
        ws = Workspace.new(folder, "Team", city="Boston", member="Ana")
        for i in range(30):
            ws.create("practice", {"title": f"Residency {i:02d}", "summary": f"summary number {i:02d} of the practice",
                                   "visibility": "network"})
        ws.store.engine.dispose()
        with sqlite3.connect(ws.store.db_path) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        ws.close()
    finally:
        mp.undo()
    data = (folder / "workspace.sqlite3").read_bytes()
    return folder, [i for i in range(len(data)) if data.startswith(b"summary number 17", i)]


def _garbled_in(folder: Path, tmp_path: Path, table: str) -> list[Path]:
    """Copies with "summary" turned to "sumlary" in each place the text of `table` is stored."""
    pristine, places = folder
    copies = []
    for k, place in enumerate(places):
        copy = tmp_path / f"copy{k}"
        shutil.copytree(pristine, copy, ignore=shutil.ignore_patterns("*-wal", "*-shm"))
        db = copy / "workspace.sqlite3"
        flipped = bytearray(db.read_bytes())
        flipped[place + 3] ^= 0x01
        db.write_bytes(bytes(flipped))
        with sqlite3.connect(db) as conn:
            column = "body" if table == "events" else "data"
            hit = conn.execute(f"SELECT COUNT(*) FROM {table} WHERE instr(CAST({column} AS BLOB), ?)",
                               (b"sumlary",)).fetchone()[0]
        conn.close()
        if hit:
            copies.append(copy)
        else:
            shutil.rmtree(copy)
    assert copies
    return copies


def _publish_whole_or_nothing(copies: list[Path], tmp_path: Path, capsys) -> None:
    for k, copy in enumerate(copies):
        for args in (["network", "publish", "--full"], ["export", "--network-only"]):
            out = tmp_path / f"{args[-1].strip('-')}{k}.gcen"
            code = gcen(copy, *args, "--to", str(out))
            err = capsys.readouterr().err
            assert_plain(code, err)
            if code:
                assert "damaged" in err and not out.exists()
            else:
                with zipfile.ZipFile(out) as z:
                    lines = z.read("events.jsonl")
                assert b"sumlary" not in lines and lines.count(b"summary number") == 30


def test_a_publication_never_carries_a_record_row_the_damage_garbled(publishing, tmp_path, capsys):
    """A flipped byte in a network record's row (a locally written record keeps its own copy of
    its values) goes out in `network publish` and `export --network-only` as the city's practice,
    signed, with the success line; only `check` saw it. A publication is state, not history: it
    carries no change whose hash would tell, so the rows it reads are checked against their log."""
    _publish_whole_or_nothing(_garbled_in(publishing, tmp_path, "record_rows"), tmp_path, capsys)
