"""Attachment bytes stored once by SHA-256 under the workspace folder."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from .fsync import fsync_dir


class FileTooLarge(Exception):
    """The file grew past the most `put_file` was asked to take; nothing was stored."""


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root

    def path_of(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise ValueError("not a sha256 hex digest")
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).exists()

    def put_file(self, source: Path, most: int | None = None) -> tuple[str, int]:
        """Copy a file in (once per content); return its hash and size. A file longer than `most`
        bytes (one that grew while it was copied) raises FileTooLarge, and nothing is stored."""
        sha, size, _new = self.put_new(source, most)
        return sha, size

    def put_new(self, source: Path, most: int | None = None) -> tuple[str, int, bool]:
        """`put_file`, and whether these bytes were not here before (see `forget`)."""
        h = hashlib.sha256()
        self.root.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".incoming-")
        size = 0
        try:
            with os.fdopen(fd, "wb") as out, open(source, "rb") as src:
                while chunk := src.read(1 << 20):
                    h.update(chunk)
                    out.write(chunk)
                    size += len(chunk)
                    if most is not None and size > most:
                        raise FileTooLarge(source)
                out.flush()
                os.fsync(out.fileno())
            digest = h.hexdigest()
            return digest, size, self._commit(tmp, digest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _commit(self, tmp: str, digest: str) -> bool:
        """Give the copied bytes their name; False when they were here already."""
        target = self.path_of(digest)
        if target.exists():
            Path(tmp).unlink(missing_ok=True)
            return False
        made = not target.parent.is_dir()
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, target)
        # The name durable too before a record names it (a power cut after that record's commit
        # would otherwise leave it naming nothing): its folder, and that folder's name if new.
        fsync_dir(target.parent)
        if made:
            fsync_dir(self.root)
        return True

    def forget(self, sha256: str) -> None:
        """Remove bytes `put_new` stored for a record that could not be written (best effort)."""
        try:
            self.path_of(sha256).unlink(missing_ok=True)
        except OSError:
            pass

    def read(self, sha256: str) -> bytes:
        return self.path_of(sha256).read_bytes()
