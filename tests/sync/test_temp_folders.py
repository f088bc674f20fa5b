"""Temp folders of bundles read, exports and copies: every way through the app leaves none behind,
and those of a process that was killed are removed once they are a day old and nobody uses them.

The conftest gives each test a temp folder of its own (`own_tempdir`, also TMPDIR for what a test
starts) and fails a test that leaves one of ours there; the tests below say so once more where it
is the point, and go through every path that reads a bundle."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gcen_desktop.cli import main
from gcen_desktop.domain.errors import UserError
from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.services.sample import fill_sample
from gcen_desktop.sync import stream, temp_folders
from gcen_desktop.sync.admission import ForeignWorkspace, UntrustedKey
from gcen_desktop.sync.errors import (
    BundleCancelled,
    BundleError,
    BundleNeedsPassphrase,
    BundleWrongPassphrase,
)
from gcen_desktop.sync.reader import read_bundle
from gcen_desktop.sync.temp_folders import LOCK_NAME, READING, TempFolder, remove_leftovers

from .exchange_kit import close_all

TWO_DAYS_AGO = time.time() - 2 * 24 * 3600


def ours(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(temp_folders.PREFIXES))


def age(path: Path) -> None:
    os.utime(path, (TWO_DAYS_AGO, TWO_DAYS_AGO))


@pytest.fixture(scope="module")
def bundles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Bundle files of one team: `base`, Ana's first full bundle, which Ben joins from; `team`, her
    full bundle once she has added the sample team and an attachment; `locked`, the same with a
    passphrase; `foreign`, another team's; `untrusted`, from a teammate whose key Ben does not
    know; `damaged`, the team bundle cut in half."""
    tmp = tmp_path_factory.mktemp("bundles")
    paths = {name: tmp / f"{name}.gcen" for name in ("base", "team", "locked", "foreign", "untrusted", "damaged")}
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GCEN_STATE_DIR", str(tmp / "state"))
        mp.setenv("GCEN_CONFIG_DIR", str(tmp / "config"))
        ana = Exchange(Workspace.new(tmp / "ana", "Team", city="Boston", member="Ana"))
        ana.export(paths["base"], mode="full")
        fill_sample(ana.ws)
        note = ana.ws.create("note", {"title": "With a file"}).rec
        (tmp / "residency.pdf").write_bytes(b"%PDF-1.4 residency\n" * 500)
        ana.ws.attach(note, tmp / "residency.pdf")
        ana.export(paths["team"], mode="full")
        ana.export(paths["locked"], mode="full", passphrase="two locks")
        other = Exchange(Workspace.new(tmp / "other", "Other team", member="Zoe"))
        fill_sample(other.ws)
        other.export(paths["foreign"], mode="full")
        chen_ws, _ = joining.join(tmp / "chen", paths["base"], trust_new_key=True)
        chen = Exchange(chen_ws)
        chen.ws.create("note", {"title": "Chen's note"})
        chen.export(paths["untrusted"], mode="team")
        close_all([ana, other, chen])
    data = paths["team"].read_bytes()
    paths["damaged"].write_bytes(data[: len(data) // 2])
    return paths


@pytest.fixture
def ben(bundles: dict[str, Path], tmp_path: Path):
    """Ben's store, joined from Ana's first bundle: her team bundle is new to him."""
    ws, _ = joining.join(tmp_path / "ben", bundles["base"], trust_new_key=True)
    yield Exchange(ws)
    ws.close()


# --- the folder, its lock, and the removal of leftovers --------------------------------------------


def test_a_folder_in_use_is_kept_even_when_old(own_tempdir: Path) -> None:
    folder = TempFolder(READING)
    (folder.path / "bundle").write_bytes(b"x" * 1000)
    age(folder.path)
    assert (folder.path / LOCK_NAME).exists()
    assert remove_leftovers() == [] and folder.path.is_dir()  # locked by this process
    folder.remove()
    folder.remove()  # twice is harmless
    assert ours(own_tempdir) == []


def test_only_old_unused_folders_of_ours_are_removed(own_tempdir: Path, tmp_path: Path) -> None:
    def make(name: str, *, old: bool, lock_file: bool = False) -> Path:
        path = own_tempdir / name
        path.mkdir()
        (path / "bundle").write_bytes(b"copy")
        if lock_file:
            (path / LOCK_NAME).write_bytes(b"")  # its process ended: nobody holds the lock
        if old:
            age(path)
        return path

    gone = [
        make("gcen-bundle-before-locks", old=True),
        make("gcen-bundle-ended", old=True, lock_file=True),
        make("gcen-export-ended", old=True, lock_file=True),
        make("gcen-copies-ended", old=True, lock_file=True),
    ]
    kept = [
        make("gcen-bundle-young", old=False),
        make("gcen-bundle-young-ended", old=False, lock_file=True),
        make("something-else", old=True),
        make("gcen-other-thing", old=True),
    ]
    a_file = own_tempdir / "gcen-bundle-a-file"
    a_file.write_bytes(b"not a folder")
    age(a_file)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine")
    link = own_tempdir / "gcen-bundle-link"
    link.symlink_to(elsewhere, target_is_directory=True)
    os.utime(link, (TWO_DAYS_AGO, TWO_DAYS_AGO), follow_symlinks=False)

    assert sorted(remove_leftovers()) == sorted(gone)
    assert not any(p.exists() for p in gone)
    assert all(p.is_dir() for p in kept) and a_file.is_file()
    assert link.is_symlink() and (elsewhere / "keep.txt").read_text() == "mine"
    for p in kept:
        for f in p.iterdir():
            f.unlink()
        p.rmdir()
    a_file.unlink()
    link.unlink()


_READER = """
import sys
from pathlib import Path
from gcen_desktop.sync.reader import read_bundle
contents = read_bundle(Path(sys.argv[1]))
print(contents._folder.path, flush=True)
sys.stdin.read()
"""


def test_the_folder_of_a_killed_process_is_removed_once_old(bundles, own_tempdir: Path) -> None:
    paths = bundles
    reader = subprocess.Popen(
        [sys.executable, "-c", _READER, str(paths["team"])],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        folder = Path(reader.stdout.readline().strip())
        assert folder.parent == own_tempdir and folder.name.startswith(READING)
        assert (folder / "blobs").is_dir()
        age(folder)
        assert remove_leftovers() == [] and folder.is_dir()  # the reader still uses it
    finally:
        reader.send_signal(signal.SIGKILL)
        reader.wait(30)
    assert folder.is_dir()  # killed: nothing removed it
    assert remove_leftovers() == [folder] and not folder.exists()


def test_reading_a_bundle_removes_leftovers_now_and_then(bundles, own_tempdir: Path, monkeypatch) -> None:
    paths = bundles
    monkeypatch.setattr(temp_folders, "_last_sweep", None)
    stale = own_tempdir / "gcen-bundle-stale"
    stale.mkdir()
    age(stale)
    with read_bundle(paths["team"]):
        pass
    assert not stale.exists()
    stale.mkdir()
    age(stale)
    with read_bundle(paths["team"]):
        pass
    assert stale.exists()  # at most once an hour
    monkeypatch.setattr(temp_folders, "_last_sweep", time.monotonic() - temp_folders.SWEEP_EVERY_S - 1)
    with read_bundle(paths["team"]):
        pass
    assert not stale.exists() and ours(own_tempdir) == []


# --- every way through the app -------------------------------------------------------------------


def test_preview_import_and_undo_leave_no_temp_folder(bundles, ben, own_tempdir: Path) -> None:
    paths, b = bundles, ben
    preview = b.preview(paths["team"])
    assert preview.totals["new"] > 0
    assert ours(own_tempdir) == []
    report = b.import_bundle(paths["team"])
    assert report.applied > 0 and ours(own_tempdir) == []
    b.undo_last_import()
    with pytest.raises(BundleCancelled):  # cancelled once the passphrase opened it (a plain copy)
        b.preview(paths["locked"], passphrase="two locks", progress=lambda done, total: False)
    assert ours(own_tempdir) == []
    assert b.preview(paths["locked"], passphrase="two locks").totals["new"] > 0
    assert b.import_bundle(paths["locked"], passphrase="two locks").applied > 0
    assert b.import_bundle(paths["locked"], passphrase="two locks").already_imported_on
    assert ours(own_tempdir) == []


@pytest.mark.parametrize(
    ("bundle", "passphrase", "error"),
    [
        ("foreign", None, ForeignWorkspace),
        ("untrusted", None, UntrustedKey),
        ("damaged", None, BundleError),
        ("locked", None, BundleNeedsPassphrase),
        ("locked", "wrong", BundleWrongPassphrase),
    ],
)
def test_a_refused_bundle_leaves_no_temp_folder(bundles, ben, own_tempdir: Path, bundle, passphrase, error) -> None:
    paths, b = bundles, ben
    if bundle == "untrusted":  # the preview shows the new key; importing without trusting it is refused
        assert not b.preview(paths[bundle]).key_known
    else:
        with pytest.raises(error):
            b.preview(paths[bundle], passphrase=passphrase)
    assert ours(own_tempdir) == []
    with pytest.raises(error):
        b.import_bundle(paths[bundle], passphrase=passphrase)
    assert ours(own_tempdir) == []
    if bundle != "foreign":
        with pytest.raises(error):
            joining.join(own_tempdir.parent / f"joined-{bundle}", paths[bundle], passphrase=passphrase)
        assert ours(own_tempdir) == []


def _cancel_at(step: int):
    calls = [0]

    def progress(_done: int, _total: int) -> bool:
        calls[0] += 1
        return calls[0] < step

    return progress


@pytest.mark.parametrize("operation", ["preview", "import", "copies", "join", "streamed join", "locked export"])
def test_cancelling_at_any_step_leaves_no_temp_folder(bundles, ben, own_tempdir: Path, tmp_path, monkeypatch, operation):
    paths, b = bundles, ben
    monkeypatch.setattr(stream, "STREAM_FROM", 0 if operation == "streamed join" else 10**9)
    monkeypatch.setattr(stream, "CHUNK_EVENTS", 20)

    def run(progress, step: int):
        if operation == "preview":
            return b.preview(paths["team"], progress=progress)
        if operation == "import":
            return b.import_bundle(paths["team"], progress=progress)
        if operation == "copies":
            return b.import_copies(paths["foreign"], progress=progress)
        if operation == "locked export":
            return b.export(tmp_path / f"export-{step}.gcen", mode="full", passphrase="again", progress=progress)
        ws, report = joining.join(tmp_path / f"joined-{step}", paths["team"], trust_new_key=True, progress=progress)
        ws.close()
        return report

    cancelled = 0
    for step in range(1, 500):
        try:
            run(_cancel_at(step), step)
        except BundleCancelled:
            cancelled += 1
            assert ours(own_tempdir) == [], f"cancelled at step {step}"
            continue
        break
    else:
        pytest.fail("never got to the end")
    assert cancelled >= 2 and ours(own_tempdir) == []


@pytest.mark.parametrize("reader", ["fork", "spawn"])
def test_a_streamed_join_and_describe_leave_no_temp_folder(bundles, own_tempdir: Path, tmp_path, monkeypatch, reader):
    paths = bundles
    monkeypatch.setattr(stream, "STREAM_FROM", 0)
    monkeypatch.setattr(stream, "CHUNK_EVENTS", 20)
    monkeypatch.setattr(stream, "start_method", lambda: reader)
    info = joining.describe(paths["team"])
    assert ours(own_tempdir) == []
    ws, report = joining.join(tmp_path / "joined", paths["team"], trust_new_key=True, checked=info)
    assert report.applied > 0
    ws.close()
    assert ours(own_tempdir) == []
    with pytest.raises(UserError, match="changed after you checked it"):
        joining.join(tmp_path / "swapped", paths["team"], trust_new_key=True, checked=joining.describe(paths["foreign"]))
    assert ours(own_tempdir) == []


def test_a_join_stopped_right_after_reading_leaves_no_temp_folder(bundles, own_tempdir: Path, tmp_path, monkeypatch):
    """Ctrl-C in `gcen import` lands anywhere, also between reading the bundle and joining."""
    paths = bundles
    info = joining.describe(paths["team"])

    def interrupted(contents):
        raise KeyboardInterrupt

    monkeypatch.setattr(joining.BundleInfo, "of", interrupted)
    with pytest.raises(KeyboardInterrupt):
        joining.join(tmp_path / "joined", paths["team"], trust_new_key=True, checked=info)
    assert ours(own_tempdir) == [] and not (tmp_path / "joined").exists()


def test_watching_a_shared_folder_leaves_no_temp_folder(bundles, ben, own_tempdir: Path, tmp_path) -> None:
    paths, b = bundles, ben
    shared = tmp_path / "shared"
    shared.mkdir()
    for name in ("team", "foreign", "untrusted", "damaged", "locked"):
        (shared / f"{name}.gcen").write_bytes(paths[name].read_bytes())
    reports = b.sync_folder_once(shared)
    assert len(reports) == 1 and reports[0].applied > 0
    assert ours(own_tempdir) == []
    b.sync_folder_once(shared)
    assert ours(own_tempdir) == []


def test_the_gcen_commands_leave_no_temp_folder(bundles, ben, own_tempdir: Path, tmp_path, capsys) -> None:
    paths, folder = bundles, str(ben.store.folder)
    ben.ws.close()
    joined = str(tmp_path / "joined")
    shared = tmp_path / "shared"
    shared.mkdir()
    for name in ("team", "foreign", "untrusted", "damaged", "locked"):
        (shared / f"{name}.gcen").write_bytes(paths[name].read_bytes())
    runs = [
        ["--workspace", folder, "import", str(paths["team"]), "--preview"],
        ["--workspace", folder, "import", str(paths["team"])],
        ["--workspace", folder, "undo-import"],
        ["--workspace", folder, "import", str(paths["untrusted"])],  # refused: exit 1
        ["--workspace", folder, "import", str(paths["foreign"]), "--as-copies"],
        ["--workspace", joined, "import", str(paths["team"]), "--yes"],
        ["--workspace", folder, "watch", str(shared), "--once"],
    ]
    codes = []
    for argv in runs:
        codes.append(main(argv))
        assert ours(own_tempdir) == [], argv
    capsys.readouterr()
    assert codes == [0, 0, 0, 1, 0, 0, 0]
