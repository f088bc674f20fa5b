"""Writing a bundle file: ZIP members, signed manifest, optional age encryption, and a safe finish
(`name.<host>.gcen-partial`, fsync, rename, fsync of the folder, then the file read back and its
hash checked)
so that the user is told to remove the USB stick only when the bundle is really on it."""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import socket
import stat
import time
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from ..domain.errors import UserError
from . import zipcheck
from .crypto import encrypt_file, parse_recipient
from .durable import fsync_dir, refuse_unless_replaceable
from .errors import BundleCancelled, BundleTooLarge, BundleWriteFailed
from .keys import StoreKeys
from .limits import DEFAULT_LIMITS, Limits, MiB, human_size
from .manifest import (
    BLOB_PREFIX,
    EVENTS_NAME,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Manifest,
    MemberInfo,
    encode_manifest,
)
from .temp_folders import WRITING, TempFolder

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# zlib level 5 deflates ~3x faster than the default 6 here, for bundles ~6% larger
COMPRESS_LEVEL = 2  # zlib: 2.6x faster than 5 for 10% more bytes on notes
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # members carry no time: the same content gives the same bytes
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")
_FLUSH_BYTES = 1 * MiB
_PROGRESS_EVERY = 1000


@dataclass
class WriteResult:
    path: Path
    size: int
    sha256: str
    event_count: int
    warning: str | None


def write_bundle(
    path: Path,
    manifest: Manifest,
    events: Iterable[dict[str, Any] | bytes],
    blobs: dict[str, Path],
    *,
    keys: StoreKeys | None = None,
    recipients: Sequence[str] = (),
    passphrase: str | None = None,
    progress: Callable[[int, int], bool] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    staged: list[Staged] | None = None,
) -> WriteResult:
    """Write `events` (sealed event dicts, in the order given) and `blobs` (sha256 hex -> file) as a
    bundle at `path`; fill in the manifest's members and event count; sign with `keys` if given,
    then encrypt to `recipients` and/or `passphrase` (both: nested, and opening needs both).

    `progress(done, total)` counts events (every 1,000), attachments and the final step; `total`
    grows when `events` has no length. Returning False cancels: BundleCancelled, no file left.

    `staged`: the bundle, written and checked, waits under its partial name (locked) and is added
    there (`Staged`); the caller gives it its name, or drops it (the parts of one export)."""
    path = Path(path)
    refuse_unless_replaceable(path)
    _refuse_long_name(path)
    checked_recipients = _checked_recipients(recipients)
    if passphrase is not None and not passphrase.strip():
        raise UserError("The passphrase is empty; type a passphrase, or export without one.")
    encrypting = bool(checked_recipients or passphrase)
    remove_stale_partials(path.parent)
    partial = partial_path(path)
    work = TempFolder(WRITING)
    lock: int | None = None
    try:
        lock = _lock_partial(partial)
        plain = work.path / "bundle.zip" if encrypting else partial
        event_count = _write_zip(plain, manifest, events, blobs, keys, progress, limits)
        _verify_zip(plain, manifest, limits)
        if encrypting:
            encrypt_file(plain, partial, recipients=checked_recipients, passphrase=passphrase)
            plain.unlink()
        # the file at that name may be a new one now (rewritten, encrypted): lock it too
        os.close(lock)
        lock = None
        lock = _lock_partial(partial, truncate=False)
        size = partial.stat().st_size
        if size > limits.file_bytes:
            raise BundleTooLarge(
                "This bundle would be %(size)s, more than the %(limit)s a bundle may be; "
                "export for one teammate instead of a full bundle.",
                size=human_size(size),
                limit=human_size(limits.file_bytes),
            )
        if staged is None:
            digest = _move_into_place(partial, path)
        else:
            _fsync(partial)
            digest = _sha256_of(partial)
            staged.append(Staged(partial, path, digest, lock))
            lock = None  # held by the staged file until it is placed or dropped
    except OSError as e:
        partial.unlink(missing_ok=True)
        raise BundleWriteFailed(
            "The bundle could not be written (%(reason)s); check that the destination has free "
            "space and is writable, then export again.",
            reason=e.strerror or str(e),
        ) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        if lock is not None:
            os.close(lock)
        work.remove()
    warning = None
    if size > limits.warn_bytes:
        warning = (
            f"This bundle is {human_size(size)}, too large for most e-mail; export for one teammate "
            "instead, or share it on a USB stick or in a shared folder."
        )
    return WriteResult(
        path=path, size=size, sha256=digest, event_count=event_count, warning=warning
    )


# A bundle being written is `<name>.<host>.gcen-partial` beside its target: never taken for a bundle
# (the shared-folder watcher reads `.gcen` files only), and found again when its writer was killed.
PARTIAL_SUFFIX = ".gcen-partial"
OLD_PARTIAL_SUFFIX = ".gcen.partial"  # what versions before wrote: no lock, no host
_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:8]
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
PARTIAL_LEFTOVER_S = 24 * 3600  # another computer's partial file (a shared folder): gone after a day


def _refuse_long_name(path: Path) -> None:
    """Refuse a name the folder cannot hold with the suffix a bundle is written under before its
    rename (`partial_path`): the write failed with "File name too long", naming a file the user
    never asked for (a name that held one file last week may not hold its parts, `-1-of-5`)."""
    try:
        most = os.pathconf(path.parent, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):
        most = 255
    if not most or most < 0:
        most = 255
    name = len(os.fsencode(path.name))
    extra = len(os.fsencode(partial_path(path).name)) - name
    if name + extra > most:
        raise UserError(
            "The file name %(name)s is too long for this folder (a bundle's name may have %(most)d bytes here); "
            "give a shorter name, then export again.",
            name=path.name, most=most - extra,
        )


def partial_path(path: Path) -> Path:
    return path.with_name(f"{path.name}.{_HOST}{PARTIAL_SUFFIX}")


def _lock_partial(partial: Path, *, truncate: bool = True) -> int:
    """Create the partial file and hold a lock on it while it is written: the system drops the lock
    when the writer ends, however it ends, so a file nobody locks is a leftover.

    Its name is seen by whoever shares the folder: a link put there under it is removed, never
    written through (it would overwrite the file it points to), and one put there meanwhile is
    refused (O_NOFOLLOW: the write fails and says so)."""
    with contextlib.suppress(OSError):
        if not stat.S_ISREG(os.lstat(partial).st_mode):
            os.unlink(partial)  # a link (or a pipe, a device node): ours is a file of our own
    fd = os.open(partial, os.O_RDWR | os.O_CREAT | _NOFOLLOW | (os.O_TRUNC if truncate else 0), 0o644)
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            pass  # a file system without locks: only age tells (see remove_stale_partials)
    return fd


def _checked_recipients(recipients: Sequence[str]) -> list:
    checked = []
    for text in recipients:
        try:
            checked.append(parse_recipient(text))
        except ValueError:
            raise UserError(
                "'%(key)s' is not a teammate's public key (it starts with age1); check the key and export again.",
                key=text[:80],
            ) from None
    return checked


@dataclass
class Staged:
    """A bundle written and checked under its partial name, its lock held, waiting for its name
    (`write_bundle(staged=...)`): the parts of one export take their names only once every part
    is written, so one that fails (a full disk) replaces none of the files an earlier export left
    at those names. A writer killed meanwhile leaves partial files, which the next export there
    removes (`remove_stale_partials`)."""

    partial: Path
    path: Path
    sha256: str
    lock: int | None

    def place(self) -> None:
        """Give the file its name (see `_move_into_place`)."""
        try:
            _rename_checked(self.partial, self.path, self.sha256)
        except OSError as e:
            raise BundleWriteFailed(
                "The bundle could not be written (%(reason)s); check that the destination has free "
                "space and is writable, then export again.",
                reason=e.strerror or str(e),
            ) from None
        finally:
            self._unlock()

    def drop(self) -> None:
        with contextlib.suppress(OSError):
            self.partial.unlink(missing_ok=True)
        self._unlock()

    def _unlock(self) -> None:
        if self.lock is not None:
            os.close(self.lock)
            self.lock = None


def _move_into_place(partial: Path, path: Path) -> str:
    """Give the written file its name, durably, and read it back; return its sha256."""
    _fsync(partial)
    digest = _sha256_of(partial)
    _rename_checked(partial, path, digest)
    return digest


def _rename_checked(partial: Path, path: Path, digest: str) -> None:
    refuse_unless_replaceable(path)  # (again: something may have been put there while it was written)
    os.replace(partial, path)
    fsync_dir(path.parent)
    if _sha256_of(path, drop_cache=True) != digest:
        path.unlink(missing_ok=True)
        raise BundleWriteFailed(
            "The bundle read back from the destination differs from what was written, so it was "
            "removed; try another USB stick or folder."
        )


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove what killed exports left in `folder`: partial files of this computer that no writer
    holds, and any (another computer's, an older version's) last changed more than a day ago."""
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    cutoff = time.time() - PARTIAL_LEFTOVER_S
    for entry in entries:
        if _stale_partial(entry, cutoff):
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def _stale_partial(entry: os.DirEntry, cutoff: float) -> bool:
    """A partial file no writer holds: of this computer and not locked, or older than `cutoff`."""
    name = entry.name
    if not name.endswith((PARTIAL_SUFFIX, OLD_PARTIAL_SUFFIX)):
        return False
    try:
        st = entry.stat(follow_symlinks=False)
    except OSError:
        return False
    if not stat.S_ISREG(st.st_mode):
        return False
    ours = name.endswith(f".{_HOST}{PARTIAL_SUFFIX}")
    if not ours and st.st_mtime > cutoff:
        return False
    return _unlocked(Path(entry.path), wait_for_age=ours and fcntl is None, cutoff=cutoff, mtime=st.st_mtime)


def _unlocked(path: Path, *, wait_for_age: bool, cutoff: float, mtime: float) -> bool:
    if fcntl is None:  # pragma: no cover - Windows: whether a writer is alive cannot be told
        return not wait_for_age or mtime <= cutoff
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # being written
    finally:
        os.close(fd)
    return True


def _info(name: str, compress_type: int = zipfile.ZIP_DEFLATED) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
    info.compress_type = compress_type
    info.external_attr = 0o644 << 16
    # ZipFile.open(ZipInfo) ignores the archive's compresslevel; the level lives on the info
    # (public `compress_level` from Python 3.13, `_compresslevel` before)
    info._compresslevel = COMPRESS_LEVEL  # type: ignore[attr-defined]
    return info


class _Progress:
    def __init__(self, callback: Callable[[int, int], bool] | None, total: int) -> None:
        self.callback, self.total, self.done = callback, total, 0

    def step(self, n: int = 1) -> None:
        self.done += n
        if (
            self.callback is not None
            and self.callback(self.done, max(self.total, self.done)) is False
        ):
            raise BundleCancelled()


def _write_zip(
    target: Path,
    manifest: Manifest,
    events: Iterable[dict[str, Any] | bytes],
    blobs: dict[str, Path],
    keys: StoreKeys | None,
    progress_cb: Callable[[int, int], bool] | None,
    limits: Limits,
) -> int:
    entry_count = 2 + len(blobs) + (1 if keys else 0)
    _check_blobs(blobs, entry_count, limits)
    known = len(events) if hasattr(events, "__len__") else 0  # type: ignore[arg-type]
    progress = _Progress(progress_cb, known + len(blobs) + 1)
    members: dict[str, MemberInfo] = {}
    with zipfile.ZipFile(
        target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL
    ) as zf:
        members[EVENTS_NAME], count = _write_events(zf, events, progress, limits)
        for sha in sorted(blobs):
            members[BLOB_PREFIX + sha] = _write_blob(zf, sha, blobs[sha], limits)
            progress.step()
        if sum(m.size for m in members.values()) > limits.total_bytes:
            raise BundleTooLarge(
                "This bundle would be larger than a bundle may be; export for one teammate instead "
                "of a full bundle."
            )
        manifest.members = members
        manifest.event_count = count
        _write_manifest(zf, manifest, keys, entry_count, limits)
        progress.step()
    _store_overcompressed(target, limits)
    return count


def _check_blobs(blobs: dict[str, Path], entry_count: int, limits: Limits) -> None:
    if entry_count > limits.entries:
        raise BundleTooLarge(
            "This bundle would hold %(count)d attachments, more than a bundle may; "
            "export for one teammate instead of a full bundle.",
            count=len(blobs),
        )
    for sha in blobs:
        if not _SHA256_HEX.fullmatch(sha):
            raise ValueError(f"blob key {sha!r} is not a lowercase sha256 hex digest")


def _write_events(
    zf: zipfile.ZipFile, events: Iterable[dict[str, Any] | bytes], progress: _Progress, limits: Limits
) -> tuple[MemberInfo, int]:
    """The events member, one line per event; its member info and the number of events."""
    digest, size, count = hashlib.sha256(), 0, 0
    with zf.open(_info(EVENTS_NAME), "w") as out:
        buffer = bytearray()
        for event in events:
            # a stored event's bytes are already its canonical line
            line = (event if isinstance(event, bytes) else orjson.dumps(event, option=orjson.OPT_SORT_KEYS)) + b"\n"
            count += 1
            size += len(line)
            if len(line) > limits.line_bytes:
                raise _change_too_large(event, line)
            if count > limits.events or size > limits.events_member_bytes:
                raise BundleTooLarge(
                    "This bundle would carry more changes than a bundle may; "
                    "export for one teammate instead of a full bundle."
                )
            buffer += line
            if len(buffer) >= _FLUSH_BYTES:
                digest.update(buffer)
                out.write(buffer)
                buffer.clear()
            if count % _PROGRESS_EVERY == 0:
                progress.step(_PROGRESS_EVERY)
        digest.update(buffer)
        out.write(buffer)
    progress.step(count % _PROGRESS_EVERY)
    return MemberInfo(sha256=digest.hexdigest(), size=size), count


def _change_too_large(event: dict[str, Any] | bytes, line: bytes) -> BundleTooLarge:
    rec = orjson.loads(event).get("rec") if isinstance(event, bytes) else event.get("rec")
    return BundleTooLarge(
        "The change to record %(id)s is larger than a bundle may carry "
        "(%(size)s); shorten that record and export again.",
        id=rec,
        size=human_size(len(line)),
    )


def _write_blob(zf: zipfile.ZipFile, sha: str, source: Path, limits: Limits) -> MemberInfo:
    """An attachment's member, checked against its sha256 as it is copied."""
    blob_digest, blob_size = hashlib.sha256(), 0
    with open(source, "rb") as src, zf.open(_info(BLOB_PREFIX + sha), "w") as out:
        while chunk := src.read(_FLUSH_BYTES):
            blob_digest.update(chunk)
            blob_size += len(chunk)
            if blob_size > limits.blob_bytes:
                raise BundleTooLarge(
                    "The attachment %(name)s is larger than the %(limit)s a bundle may carry; "
                    "share it another way.",
                    name=Path(source).name,
                    limit=human_size(limits.blob_bytes),
                )
            out.write(chunk)
    if blob_digest.hexdigest() != sha:
        raise BundleWriteFailed(
            "The attachment file %(name)s no longer matches its recorded content "
            "(it was changed or damaged on disk); restore it or remove the attachment, then export again.",
            name=Path(source).name,
        )
    return MemberInfo(sha256=sha, size=blob_size)


def _write_manifest(
    zf: zipfile.ZipFile, manifest: Manifest, keys: StoreKeys | None, entry_count: int, limits: Limits
) -> None:
    """The manifest member (naming the producer's keys when signing), and its signature."""
    if keys is not None:
        manifest.producer.public_key = keys.public_key_b64
        manifest.producer.age_recipient = keys.age_recipient
        manifest.producer.fingerprint = keys.fingerprint
    manifest_bytes = encode_manifest(manifest)
    if len(manifest_bytes) > limits.manifest_cap(entry_count):
        raise BundleTooLarge(
            "This bundle's description would be larger than a bundle allows; export for one "
            "teammate instead of a full bundle."
        )
    zf.writestr(_info(MANIFEST_NAME), manifest_bytes)
    if keys is not None:
        zf.writestr(_info(SIGNATURE_NAME, zipfile.ZIP_STORED), keys.signing_key.sign(manifest_bytes))


def _store_overcompressed(target: Path, limits: Limits) -> None:
    """Rewrite members that deflate better than the reader's zip-bomb ratio allows as stored
    (an attachment full of zeros is legitimate; the reader must still accept our bundles)."""
    with zipfile.ZipFile(target) as zf:
        infos = zf.infolist()
        too_dense = {
            i.filename
            for i in infos
            if i.file_size > limits.ratio_from_bytes
            and i.file_size > limits.ratio * max(i.compress_size, 1)
        }
        if not too_dense:
            return
        rewritten = target.with_name(f"{target.name}.stored{PARTIAL_SUFFIX}")  # (a leftover goes in a day)
        with zipfile.ZipFile(rewritten, "w", compresslevel=COMPRESS_LEVEL) as out:
            for info in infos:
                method = zipfile.ZIP_STORED if info.filename in too_dense else info.compress_type
                with zf.open(info) as src, out.open(_info(info.filename, method), "w") as dst:
                    shutil.copyfileobj(src, dst, _FLUSH_BYTES)
    os.replace(rewritten, target)


def _verify_zip(target: Path, manifest: Manifest, limits: Limits) -> None:
    """Check the archive as a reader will: structure, then every member against the manifest."""
    expected = {**{n: (m.sha256, m.size) for n, m in manifest.members.items()}}
    with open(target, "rb") as f:
        archive = zipcheck.scan(f, target.stat().st_size, limits)
        for name, entry in archive.entries.items():
            if name in (MANIFEST_NAME, SIGNATURE_NAME):
                continue
            digest, size = hashlib.sha256(), 0
            for chunk in zipcheck.stream(f, entry):
                digest.update(chunk)
                size += len(chunk)
            if expected.pop(name, None) != (digest.hexdigest(), size):
                raise BundleWriteFailed(
                    "The bundle did not read back as written; check the disk and export again."
                )
    if expected:
        raise BundleWriteFailed(
            "The bundle did not read back as written; check the disk and export again."
        )


def _sha256_of(path: Path, *, drop_cache: bool = False) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        if drop_cache and hasattr(os, "posix_fadvise"):
            # read from the device, not from what the page cache still holds of our write
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
        while chunk := f.read(_FLUSH_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        f.flush()
        os.fsync(f.fileno())
