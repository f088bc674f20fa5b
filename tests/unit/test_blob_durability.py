"""An attachment's bytes are on disk, under their name, before the record naming them is: a power
cut after the record's commit must not leave a record whose file is gone. The file's bytes are
synced, then its name (the folder that holds it, and the folder it was made in) is synced too."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from gcen_desktop.store.attachments import BlobStore

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="names open files by /proc/self/fd")


def test_a_stored_file_and_its_name_are_synced_before_put_file_returns(tmp_path, monkeypatch):
    blobs = BlobStore(tmp_path / "attachments" / "sha256")
    source = tmp_path / "scan.pdf"
    source.write_bytes(os.urandom(10_000))
    synced: list[tuple[str, bool]] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        st = os.fstat(fd)
        synced.append((os.readlink(f"/proc/self/fd/{fd}"), stat.S_ISDIR(st.st_mode)))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    sha, _size = blobs.put_file(source)
    folder = str(blobs.path_of(sha).parent)
    assert any(is_dir and name == folder for name, is_dir in synced), synced  # the new name is durable
    assert any(is_dir and name == str(blobs.root) for name, is_dir in synced), synced  # and its folder's
