"""The shared folder as a hostile teammate and a careless user meet it: a folder every teammate
writes in, where names, links and files come and go while a store reads and writes there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gcen_desktop.cli import main
from gcen_desktop.services import Workspace
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.sync.bundle_writer import partial_path

from .exchange_kit import close_all, send, team


@pytest.fixture
def pair(tmp_path):
    stores = team(tmp_path, 2)
    yield stores
    close_all(stores)


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_link_at_the_name_a_bundle_is_written_under_does_not_write_through_it(pair, tmp_path, encrypted):
    """A store writes its bundle under a name of its own beside the target (`<name>.<host>.gcen-partial`,
    and `….inner` when it encrypts twice), then renames it: in a shared folder every teammate sees
    those names while it writes. A teammate puts a link there under that name, pointing at one of
    the user's files: the store overwrote that file with its bundle."""
    ana, ben = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    thesis = tmp_path / "thesis.txt"
    thesis.write_bytes(b"years of work\n")
    target = shared / ana.own_bundle_name()
    ana.ws.create("note", {"title": "Visit"})
    if encrypted:
        partial_path(target).with_name(partial_path(target).name + ".inner").symlink_to(thesis)
        ana.export(target, recipients=[ben.keys.age_recipient], passphrase="correct horse")
    else:
        partial_path(target).symlink_to(thesis)
        ana.sync_folder_once(shared)
    assert thesis.read_bytes() == b"years of work\n"
    assert target.is_file() and not target.is_symlink()


def test_file_and_folder_names_that_are_not_utf8_are_synced_held_back_and_imported_by_hand(pair, tmp_path, capsys):
    """A bundle whose name is not UTF-8 text (saved by an older system, a stick in another code
    page) in a shared folder whose name is not either: every pass of `gcen watch` ended in a
    traceback (the store keeps names as text), and so did `gcen import` of such a file, after
    importing it."""
    ana, ben = pair
    shared = tmp_path / os.fsdecode(b"partag\xe9")
    shared.mkdir()
    ben.ws.create("note", {"title": "From Ben"})
    bundle = shared / os.fsdecode(b"Ben caf\xe9.gcen")
    ben.export(bundle, mode="team")
    folder = ana.store.folder
    ana.ws.close()
    assert main(["--workspace", str(folder), "watch", str(shared), "--once"]) == 0
    ws = Workspace.open(folder)
    try:  # Ben's key is new to Ana: held back for her look, under its own name
        assert [h.path for h in Exchange(ws).held_back(shared)] == [bundle]
    finally:
        ws.close()
    assert main(["--workspace", str(folder), "import", str(bundle), "--yes"]) == 0
    assert main(["--workspace", str(folder), "watch", str(shared), "--once"]) == 0
    assert "Traceback" not in capsys.readouterr().err
    ws = Workspace.open(folder)
    try:
        ex = Exchange(ws)
        assert ex.held_back(shared) == [] and ws.store.dump() == ben.store.dump()
        assert (shared / ex.own_bundle_name()).is_file()
    finally:
        ws.close()


def test_a_file_removed_while_a_pass_reads_the_folder_does_not_end_the_watch(tmp_path, monkeypatch, capsys):
    """Chen's store replaces its bundle (or its parts) in the shared folder while Ana's reads Ben's:
    the file listed a moment ago is gone. `gcen watch` stopped there ("No such file or directory"),
    having written nothing of Ana's; the pass goes on, and the next one sees what is there then."""
    stores = team(tmp_path, 3)
    try:
        ana, ben, chen = stores
        shared = tmp_path / "shared"
        shared.mkdir()
        for ex in (ben, chen):
            ex.ws.create("note", {"title": f"From {ex.store.replica}"})
            ex.sync_folder_once(shared)
        listed = sorted(shared.iterdir())
        real = Exchange.import_bundle

        def importing(self, path, **kw):
            try:
                return real(self, path, **kw)
            finally:
                for other in listed:
                    if other != path:
                        other.unlink(missing_ok=True)  # replaced by its store meanwhile

        monkeypatch.setattr(Exchange, "import_bundle", importing)
        folder = ana.store.folder
        ana.ws.close()
        assert main(["--workspace", str(folder), "watch", str(shared), "--once"]) == 0, capsys.readouterr().err
        ws = Workspace.open(folder)
        try:
            assert (shared / Exchange(ws).own_bundle_name()).is_file()
        finally:
            ws.close()
    finally:
        close_all(stores[1:])


def test_gcen_watch_says_which_bundles_wait_and_how_to_take_them(pair, tmp_path, capsys):
    """Ben's bundle in the shared folder is signed by a key Ana's store does not trust yet: the
    app lists it under "Waiting for you", while `gcen watch` said nothing at all, pass after pass,
    and Ben's changes never came. It says it once (not every ten seconds), with what to do."""
    ana, ben = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    ben.ws.create("note", {"title": "From Ben"})
    ben.sync_folder_once(shared)
    waiting = shared / ben.own_bundle_name()
    folder = ana.store.folder
    ana.ws.close()
    assert main(["--workspace", str(folder), "watch", str(shared), "--once"]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if str(waiting) in line)
    assert "does not trust yet" in line and f"gcen import {waiting} --preview" in line, out
    assert main(["--workspace", str(folder), "import", str(waiting), "--yes"]) == 0
    capsys.readouterr()
    assert main(["--workspace", str(folder), "watch", str(shared), "--once"]) == 0
    assert str(waiting) not in capsys.readouterr().out


def test_a_file_larger_than_any_bundle_is_refused_without_being_read(pair, tmp_path, monkeypatch):
    """A teammate leaves a 5 GiB file (or a link to one) named like a bundle in the shared folder:
    the store read all of it, to recognise a bundle imported before by its hash, before the size
    check refused it; over a network drive, at every change of the file. A file larger than any
    bundle may be was never imported: it is refused by its size alone."""
    from gcen_desktop.services import bundles
    from gcen_desktop.sync.limits import DEFAULT_LIMITS

    ana, _ben = pair
    shared = tmp_path / "shared"
    shared.mkdir()
    huge = tmp_path / "huge.bin"
    with open(huge, "wb") as f:
        f.truncate(DEFAULT_LIMITS.file_bytes + 1)  # sparse: no disk used
    (shared / "Ben-1-of-2.gcen").symlink_to(huge)
    hashed: list[Path] = []
    real = bundles.file_sha256
    monkeypatch.setattr(bundles, "file_sha256", lambda path: hashed.append(Path(path)) or real(path))
    assert ana.sync_folder_once(shared) == []
    assert hashed == []
    with ana.store.read() as conn:
        assert "larger than" in conn.exec_driver_sql("SELECT outcome FROM folder_files").scalar()


def test_a_pass_cancelled_midway_leaves_the_bundle_it_was_reading_for_the_next_pass(pair, tmp_path):
    """Closing the app during a long pass over the shared folder cancels it (the app waits, then
    cancels what it can, so the saves of typed text queued behind it are written). The bundle being
    read is not imported and not logged as seen: the next pass takes it again, nothing lost."""
    from gcen_desktop.sync.errors import BundleCancelled

    ana, ben = pair
    send(ben, ana, tmp_path)  # Ana trusts Ben's key
    shared = tmp_path / "shared"
    shared.mkdir()
    ben.ws.create("note", {"title": "From Ben"})
    ben.export(shared / ben.own_bundle_name(), mode="team")
    before = ana.store.dump()
    asked = []

    def cancel(done: int, total: int) -> bool:
        asked.append((done, total))
        return False

    with pytest.raises(BundleCancelled):
        ana.sync_folder_once(shared, progress=cancel)
    assert asked and ana.store.dump() == before
    assert not (shared / ana.own_bundle_name()).exists()
    assert ana.held_back(shared) == []
    reports = ana.sync_folder_once(shared)
    assert [r.applied for r in reports] == [1]
    assert "From Ben" in [v.title for v in ana.ws.list("note")]
    assert (shared / ana.own_bundle_name()).is_file()
