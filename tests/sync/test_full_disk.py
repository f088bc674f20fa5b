"""A disk that fills up while the app writes: a real one, not a mock. A child process runs the step
with RLIMIT_FSIZE set (a write past that many bytes in any file fails with EFBIG, as on a full
disk or a quota), and what it wrote is then looked at from here: one plain message, the store as
before (it opens, `check` is clean, nothing that was saved is lost), and the files beside it as
they were."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.sync import temp_folders

from .exchange_kit import close_all, team
from .test_export_parts import SMALL, _grow

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")

ROOT = Path(__file__).resolve().parents[2]


def run_with_file_limit(code: str, limit: int | None, tmp: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` (Python) in a child process whose writes past `limit` bytes of any file fail
    (EFBIG; None: no limit); it prints what the user is told of a UserError and ends with 3."""

    def limited() -> None:  # in the child, before it runs Python
        import resource
        import signal

        if limit is not None:
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of a signal
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    script = tmp / "step.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from gcen_desktop.domain.errors import UserError\n"
        "try:\n" + textwrap.indent(textwrap.dedent(code), "    ") +
        "except UserError as exc:\n"
        "    print('TOLD:', exc)\n"
        "    sys.exit(3)\n"
    )
    return subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          preexec_fn=limited, env=os.environ.copy())


def older_store(tmp: Path, revision: str = "0004") -> tuple[Path, str]:
    """The sample team's workspace as a version at `revision` left it: (its folder, its dump)."""
    from alembic import command

    from gcen_desktop.services.sample import fill_sample
    from gcen_desktop.store.migrations.runner import alembic_config

    ws = Workspace.new(tmp / "w", "Team", city="Boston", member="Ana")
    fill_sample(ws)
    folder, dump = ws.store.folder, ws.store.dump()
    with ws.store.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(alembic_config(conn), revision)
    ws.close()
    return folder, dump


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _meta(ex: Exchange) -> dict[str, str | None]:
    return {k: ex.store.meta(k) for k in ("exported_seq", "last_export_ms", "last_export_peer")}


def test_a_disk_full_during_an_export_in_parts_keeps_the_earlier_export_and_the_store(tmp_path):
    ana, ben = team(tmp_path, 2)
    ben.ws.close()
    _grow(ana, tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    earlier = ana.export(out / "all.gcen", mode="full", limits=SMALL)
    assert len(earlier.parts) >= 4
    sizes = sorted(p.stat().st_size for p in earlier.parts)
    # a limit that the first parts fit in, not the largest: the export fails part-way
    limit = (sizes[0] + sizes[-1]) // 2
    assert any(p.stat().st_size > limit for p in earlier.parts[1:])
    saved = ana.ws.create("note", {"title": "Typed after the last export", "body": "kept"}).rec
    before_files, before_meta = _hashes(out), _meta(ana)
    folder = ana.store.folder
    ana.ws.close()
    done = run_with_file_limit(
        f"""
        from gcen_desktop.services import Workspace
        from gcen_desktop.services.bundles import Exchange
        from tests.sync.test_export_parts import SMALL
        ex = Exchange(Workspace.open({str(folder)!r}))
        ex.export({str(out / "all.gcen")!r}, mode="full", limits=SMALL)
        print("EXPORTED")
        """, limit, tmp_path)
    assert done.returncode == 3, (done.stdout, done.stderr)
    told = done.stdout.split("TOLD:", 1)[1].strip()
    assert "could not be written" in told and "free space" in told and "\n" not in told
    # the files of the earlier export are all there, as they were: a failed export replaces none
    assert _hashes(out) == before_files
    ws = Workspace.open(folder)
    try:
        ex = Exchange(ws)
        assert ws.store.check() == []
        assert ws.get(saved).data["body"] == "kept"
        assert _meta(ex) == before_meta  # nothing counted as exported
    finally:
        close_all([Exchange(ws)])


def test_a_disk_full_during_a_publication_in_parts_keeps_the_earlier_one_and_what_is_pending(tmp_path):
    from gcen_desktop.services.network import Network
    from gcen_desktop.sync.limits import KiB, Limits

    small = Limits(file_bytes=600 * KiB, total_bytes=600 * KiB)
    net = Network(Workspace.new(tmp_path / "toronto", "Toronto team", city="Toronto", member="Lead"))
    for title, count in (("One scan", 1), ("Two scans", 2)):  # a file of one, then a file of two
        rec = net.ws.create("note", {"title": title, "body": "text", "visibility": "network"}).rec
        for k in range(count):
            scan = tmp_path / f"{title}-{k}.bin"
            scan.write_bytes(os.urandom(250 * KiB))  # incompressible
            net.ws.attach(rec, scan)
    out = tmp_path / "out"
    out.mkdir()
    earlier = net.publish(out / "pub.gcen", "Boston", full=True, limits=small)
    sizes = [p.stat().st_size for p in earlier.parts]
    assert len(sizes) == 2 and sizes[0] < sizes[1]
    net.ws.create("note", {"title": "Later", "body": "text", "visibility": "network"})
    pending = net.preview_publish("Boston").counts()
    before_files = _hashes(out)
    folder = net.store.folder
    net.ws.close()
    done = run_with_file_limit(
        f"""
        from gcen_desktop.services import Workspace
        from gcen_desktop.services.network import Network
        from gcen_desktop.sync.limits import KiB, Limits
        net = Network(Workspace.open({str(folder)!r}))
        net.publish({str(out / "pub.gcen")!r}, "Boston", full=True,
                    limits=Limits(file_bytes=600 * KiB, total_bytes=600 * KiB))
        print("PUBLISHED")
        """, (sizes[0] + sizes[1]) // 2, tmp_path)
    assert done.returncode == 3, (done.stdout, done.stderr)
    told = done.stdout.split("TOLD:", 1)[1].strip()
    assert "could not be written" in told and "\n" not in told
    assert _hashes(out) == before_files
    net = Network(Workspace.open(folder))
    try:
        assert net.store.check() == []
        assert net.preview_publish("Boston").counts() == pending  # nothing counted as sent
    finally:
        net.ws.close()


def test_an_export_in_parts_killed_part_way_leaves_the_earlier_export_and_no_bundle_of_its_own(tmp_path):
    ana, ben = team(tmp_path, 2)
    _grow(ana, tmp_path)
    shared = tmp_path / "shared"
    shared.mkdir()
    earlier = ana.export(shared / "all.gcen", mode="full", limits=SMALL)
    assert len(earlier.parts) >= 4
    ana.ws.create("note", {"title": "Typed after the last export", "body": "kept"})
    before_files, before_meta = _hashes(shared), _meta(ana)
    folder = ana.store.folder
    ana.ws.close()
    done = run_with_file_limit(
        f"""
        import os, signal
        from gcen_desktop.services import Workspace
        from gcen_desktop.services.bundles import Exchange
        from gcen_desktop.sync import bundle_writer
        from tests.sync.test_export_parts import SMALL
        checked = []
        real = bundle_writer._verify_zip

        def verify(*args, **kw):  # killed once the third part is written, before it is checked
            checked.append(1)
            if len(checked) == 3:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kw)

        bundle_writer._verify_zip = verify
        Exchange(Workspace.open({str(folder)!r})).export({str(shared / "all.gcen")!r}, mode="full", limits=SMALL)
        """, None, tmp_path)
    assert done.returncode == -9, (done.stdout, done.stderr)
    left = _hashes(shared)
    # the earlier export whole, and partial files that no watcher takes for bundles
    assert {k: v for k, v in left.items() if k.endswith(".gcen")} == before_files
    assert all(k.endswith(".gcen-partial") for k in left.keys() - before_files.keys())
    assert ben.sync_folder_once(shared)  # a teammate's pass takes the earlier export's parts
    ex = Exchange(Workspace.open(folder))
    try:
        assert ex.store.check() == [] and _meta(ex) == before_meta
        again = ex.export(shared / "all.gcen", mode="full", limits=SMALL)  # removes what the killed one left
        names = {p.name for p in shared.iterdir()} - {ben.own_bundle_name()}
        assert names == {p.name for p in again.parts}
    finally:
        close_all([ex, ben])
        for leftover in Path(os.environ["TMPDIR"]).iterdir():  # the killed export's temp folder
            if leftover.name.startswith(temp_folders.PREFIXES):
                shutil.rmtree(leftover)


def test_a_write_past_the_disk_quota_is_one_plain_message_and_keeps_what_was_saved(tmp_path):
    """SQLite tells ENOSPC as "database or disk is full", but a quota (EDQUOT) or a file-size limit
    (EFBIG) as "disk I/O error" (SQLITE_IOERR_WRITE): the same plain message, nothing changed."""
    ws = Workspace.new(tmp_path / "ws", "Team", member="Ana")
    kept = ws.create("note", {"title": "Saved before", "body": "kept"}).rec
    folder = ws.store.folder
    ws.close()
    limit = (folder / "workspace.sqlite3").stat().st_size + 100_000
    done = run_with_file_limit(
        f"""
        from gcen_desktop.services import Workspace
        ws = Workspace.open({str(folder)!r})
        for i in range(40):  # until the database (or its WAL) cannot grow
            ws.create("note", {{"title": f"n{{i}}", "body": "y" * 60_000}})
            print("SAVED", f"n{{i}}", flush=True)
        """, limit, tmp_path)
    assert done.returncode == 3, (done.stdout, done.stderr)
    told = done.stdout.split("TOLD:", 1)[1].strip()
    assert "not enough free space" in told and "\n" not in told
    saved = {line.split()[1] for line in done.stdout.splitlines() if line.startswith("SAVED")}
    ws = Workspace.open(folder)
    try:
        assert ws.store.check() == []
        assert ws.get(kept).data["body"] == "kept"
        assert {v.title for v in ws.list("note")} == saved | {"Saved before"}  # what was said saved, no more
    finally:
        ws.close()


def test_an_import_the_disk_cannot_take_keeps_the_undo_of_the_import_before(tmp_path):
    """The undo record is written before the import commits (so a kill right after the commit
    keeps it); an import whose commit then fails (the disk full) must not take the place of the
    one before, which can still be undone."""
    ana, ben = team(tmp_path, 2)
    for i in range(5):
        ana.ws.create("note", {"title": f"first {i}", "body": "text"})
    from .exchange_kit import send

    send(ana, ben, tmp_path)
    assert ben.can_undo_import()
    for i in range(400):
        ana.ws.create("note", {"title": f"second {i}", "body": "text of the note\n" * 40})
    second = tmp_path / "second.gcen"
    ana.export(second, mode="full")
    folder, dump = ben.store.folder, ben.store.dump()
    close_all([ana, ben])
    # room for the copy taken before the import (the database's size), not for what it writes
    limit = (folder / "workspace.sqlite3").stat().st_size + 50_000
    done = run_with_file_limit(
        f"""
        from gcen_desktop.services import Workspace
        from gcen_desktop.services.bundles import Exchange
        Exchange(Workspace.open({str(folder)!r})).import_bundle({str(second)!r})
        print("IMPORTED")
        """, limit, tmp_path)
    assert done.returncode == 3, (done.stdout, done.stderr)
    told = done.stdout.split("TOLD:", 1)[1].strip()
    assert "not enough free space" in told and "nothing was changed" in told
    ex = Exchange(Workspace.open(folder))
    try:
        assert ex.store.check() == [] and ex.store.dump() == dump
        assert ex.can_undo_import()  # the first import's undo is still there
        ex.undo_last_import()
        assert not [v for v in ex.ws.list("note") if v.title.startswith("first")]
    finally:
        ex.ws.close()


def test_a_join_the_disk_cannot_take_is_one_plain_message_and_leaves_nothing(tmp_path):
    ana = Exchange(Workspace.new(tmp_path / "ana", "Team", member="Ana"))
    for i in range(300):
        ana.ws.create("note", {"title": f"Shared {i}", "body": "text of the note\n" * 60})
    bundle = tmp_path / "full.gcen"
    ana.export(bundle, mode="full")
    ana.ws.close()
    target = tmp_path / "newcomer"
    for limit in (100_000, 600_000):  # the new database's schema does not fit; its fill does not
        done = run_with_file_limit(
            f"""
            from gcen_desktop.services import joining
            joining.join({str(target)!r}, {str(bundle)!r}, trust_new_key=True)
            print("JOINED")
            """, limit, tmp_path)
        assert done.returncode == 3, (limit, done.stdout, done.stderr)
        told = done.stdout.split("TOLD:", 1)[1].strip()
        assert "not enough free space" in told and "\n" not in told, told
        assert not target.exists()  # nothing of the join stays
    ws, _ = joining.join(target, bundle, trust_new_key=True)
    try:
        assert len(ws.list("note")) == 300 and ws.store.check() == []
    finally:
        ws.close()


def test_an_attachment_the_database_cannot_take_leaves_no_copy_of_the_file(tmp_path):
    """The file's bytes are stored first, then the record: when the record cannot be written (the
    disk filled up meanwhile), the bytes stored for it go too; the disk is full already."""
    ws = Workspace.new(tmp_path / "ws", "Team", member="Ana")
    rec = ws.create("note", {"title": "Visit", "body": "text"}).rec
    folder = ws.store.folder
    ws.close()
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(os.urandom(100_000))
    limit = (folder / "workspace.sqlite3").stat().st_size + 150_000
    done = run_with_file_limit(
        f"""
        from gcen_desktop.services import Workspace
        ws = Workspace.open({str(folder)!r})
        for size in (60_000, 8_000, 1_000):  # the database grows until nothing more fits
            try:
                for _ in range(100):
                    ws.create("note", {{"title": "filler", "body": "y" * size}})
            except UserError:
                pass
        ws.attach({rec!r}, {str(scan)!r})
        print("ATTACHED")
        """, limit, tmp_path)
    assert done.returncode == 3, (done.stdout, done.stderr)
    assert "not enough free space" in done.stdout.split("TOLD:", 1)[1]
    assert [p for p in (folder / "attachments").rglob("*") if p.is_file()] == []
    ws = Workspace.open(folder)
    try:
        assert ws.store.check() == [] and ws.list("attachment") == []
        ws.attach(rec, scan)  # with room again, it attaches
        assert [p for p in (folder / "attachments").rglob("*") if p.is_file()]
    finally:
        ws.close()


def test_bringing_an_older_store_up_to_date_on_a_full_disk_is_one_plain_message_and_keeps_it(tmp_path):
    from gcen_desktop.store.store import open_store

    folder, dump = older_store(tmp_path)
    # the WAL's index cannot grow; an FTS5 table cannot be made; the tables a migration copies do not fit
    for limit in (20_000, 40_000, 100_000):
        done = run_with_file_limit(
            f"""
            from gcen_desktop.services import Workspace
            Workspace.open({str(folder)!r})
            print("OPENED")
            """, limit, tmp_path)
        assert done.returncode == 3, (limit, done.stdout, done.stderr[-600:])
        told = done.stdout.split("TOLD:", 1)[1].strip()
        assert "not enough free space" in told and "\n" not in told
    store = open_store(folder)  # with room again: brought up to date, everything there
    try:
        assert store.schema_before == "0004" and store.check() == [] and store.dump() == dump
    finally:
        store.close()
