"""Reading a bundle file that may be hostile: every check of SYNC.md's import steps 1-5 runs here,
before anything is returned, and nothing is written anywhere but a private temp folder.

Order: copy to a temp file (size cap) -> age layers (KDF cap) -> ZIP structure (entry count from
the end record first) -> manifest (size, format version, features, signature, typed decode) ->
events.jsonl streamed line by line (typed, schema-checked, hashed) -> blobs (hash = name)."""

from __future__ import annotations

import errno
import hashlib
import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import msgspec
from cryptography.exceptions import InvalidSignature

from ...domain.errors import Phrase
from ...store.ranges import Vector
from .. import zipcheck
from ..crypto import AGE_MAGIC, decrypt_file, read_header, scrypt_work, starts_encrypted
from ..errors import (
    BundleBadSignature,
    BundleCorrupt,
    BundleError,
    BundleNewerFormat,
    BundleNotABundle,
    BundleTooLarge,
    BundleTruncated,
    BundleUnknownFeature,
)
from ..keys import public_key_from_b64
from ..limits import DEFAULT_LIMITS, Limits, MiB, human_size
from ..manifest import (
    EVENTS_NAME,
    FORMAT,
    FORMAT_MAJOR,
    FORMAT_MINOR,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    SUPPORTED_FEATURES,
    Manifest,
    MemberInfo,
    Producer,
    RosterEntry,
    parse_version,
)
from ..temp_folders import READING, TempFolder
from .checker import EventChecker
from .event_format import _why_not_json
from .lines import EventLines, _hash_mismatch, _Progress, recognise

_CHUNK = 1 * MiB
_VERSION_TEXT = re.compile(r"^[0-9A-Za-z.+-]{1,40}$")
_UNKNOWN_FIELD = re.compile(r"^Object contains unknown field `([a-z][a-z0-9_]{0,63})`")


@dataclass
class BundleContents:
    manifest: Manifest
    manifest_bytes: bytes
    signer_public_key: str | None  # set only when the signature verified; None when unsigned
    encrypted: bool
    events: list[dict[str, Any]]
    blobs: dict[str, Path]  # sha256 hex -> verified temp file
    file_sha256: str
    size: int
    _folder: TempFolder | None = field(default=None, repr=False)
    # read_bundle(events_later=True): where events.jsonl is, for `stream.stream_events`
    events_source: EventsSource | None = None

    def close(self) -> None:
        """Remove the temp files holding the blobs."""
        if self._folder is not None:
            self._folder.remove()
            self._folder = None

    def __enter__(self) -> BundleContents:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class EventsSource:
    """The events member of a checked bundle, not read yet: the plain (decrypted) archive holding
    it stays in the contents' temp folder until `close()`."""

    path: Path
    entry: zipcheck.Entry
    sha256: str
    event_count: int
    lenient: bool
    limits: Limits


def is_encrypted(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return starts_encrypted(f.read(len(AGE_MAGIC)))
    except OSError:
        return False


def needs_passphrase(path: Path, limits: Limits = DEFAULT_LIMITS) -> bool:
    """True when the bundle is locked with a passphrase (its outer age layer has a scrypt stanza)."""
    if not is_encrypted(path):
        return False
    try:
        return scrypt_work(read_header(Path(path), limits)) is not None
    except (BundleError, OSError):
        return False


def read_bundle(
    path: Path,
    *,
    passphrase: str | None = None,
    identities: Sequence[str] = (),
    progress: Callable[[int, int], bool] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    held: Vector | None = None,
    events_later: bool = False,
    blobs: bool = True,
) -> BundleContents:
    """Open, decrypt and check a bundle completely; raise a BundleError subclass if anything is off.

    `events_later`: check everything but the list of changes, leaving `events` empty and saying
    where it is in `events_source`; `stream.stream_events` checks and decodes it while it is applied.

    `held`: the dots the importing store holds. A line of one of those in canonical form is only
    recognised (dot, hash, time, record, type: a HeldEvent), not decoded: the store compares the
    hash with its own, and never applies it. The member's hash still covers every byte.

    `blobs=False` (with `events_later`): what a bundle says of itself, its attachments not read.

    `progress(done, total)` counts uncompressed bytes checked; returning False cancels
    (BundleCancelled). Call `close()` (or use `with`) when done with the blobs' temp files."""
    if not blobs and not events_later:
        raise ValueError("blobs=False describes a bundle: it needs events_later=True")
    try:
        temp = TempFolder(READING)
    except OSError as e:
        raise (_no_space() if e.errno in (errno.ENOSPC, errno.EDQUOT) else _unreadable(e)) from None
    try:
        return _read(
            Path(path), temp, passphrase, identities, _Progress(progress), limits, held, events_later, blobs
        )
    except OSError as e:
        temp.remove()
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _no_space() from None
        raise _unreadable(e) from None
    except BundleError:
        temp.remove()
        raise
    except Exception as e:
        # A check we did not foresee failed: refuse the file rather than show a traceback. The
        # cause stays chained (every foreseen refusal has none), so the fuzz tests still see it.
        temp.remove()
        raise BundleCorrupt(
            "This bundle file could not be checked, so it was refused; ask the sender to export it again."
        ) from e
    except BaseException:
        temp.remove()
        raise


def _read(
    path: Path,
    temp: TempFolder,
    passphrase: str | None,
    identities: Sequence[str],
    progress: _Progress,
    limits: Limits,
    held: Vector | None = None,
    events_later: bool = False,
    read_blobs: bool = True,
) -> BundleContents:
    folder = temp.path
    copy = folder / "bundle"
    size, file_sha256 = _copy_capped(path, copy, limits)
    with open(copy, "rb") as f:
        encrypted = starts_encrypted(f.read(len(AGE_MAGIC)))
    plain = copy
    if encrypted:
        plain = folder / "bundle.zip"
        decrypt_file(copy, plain, passphrase=passphrase, identities=identities, limits=limits)
        copy.unlink()
    try:
        free = zipcheck.free_disk_bytes(str(folder))
    except OSError:
        free = None
    with open(plain, "rb") as f:
        archive = zipcheck.scan(f, plain.stat().st_size, limits, free_disk=free)
        progress.total = sum(e.size for e in archive.entries.values())
        manifest_bytes = _read_small(f, archive.entries[MANIFEST_NAME], progress)
        signature = None
        if SIGNATURE_NAME in archive.entries:
            signature = _read_small(f, archive.entries[SIGNATURE_NAME], progress)
        manifest, signer = _check_manifest(manifest_bytes, signature)
        _check_members(manifest, archive, limits)
        source = None
        if events_later:
            events: list[dict[str, Any]] = []
            entry = archive.entries[EVENTS_NAME]
            source = EventsSource(
                plain, entry, manifest.members[EVENTS_NAME].sha256, manifest.event_count, _lenient(manifest), limits
            )
            progress.add(entry.size)
        else:
            events = _read_events(f, archive.entries[EVENTS_NAME], manifest, progress, limits, held)
        blobs_dir = folder / "blobs"
        blobs_dir.mkdir()
        blobs: dict[str, Path] = {}
        for name in archive.blob_names if read_blobs else ():
            sha = name.rsplit("/", 1)[1]
            blobs[sha] = _read_blob(f, archive.entries[name], manifest, blobs_dir / sha, progress)
    if source is None:
        plain.unlink()
    return BundleContents(
        manifest=manifest,
        manifest_bytes=manifest_bytes,
        signer_public_key=signer,
        encrypted=encrypted,
        events=events,
        blobs=blobs,
        file_sha256=file_sha256,
        size=size,
        _folder=temp,
        events_source=source,
    )


def load_events(contents: BundleContents, held: Vector | None = None) -> None:
    """Read the events of a bundle read with `events_later` into `contents.events`, in this
    process, as `read_bundle` would have."""
    source = contents.events_source
    if source is None:
        return
    try:
        with open(source.path, "rb") as f:
            manifest = contents.manifest
            contents.events = _read_events(f, source.entry, manifest, _Progress(None), source.limits, held)
    except OSError as e:
        if e.errno in (errno.ENOSPC, errno.EDQUOT):
            raise _no_space() from None
        raise _unreadable(e) from None
    except BundleError:
        raise
    except Exception as e:
        raise BundleCorrupt(
            "This bundle file could not be checked, so it was refused; ask the sender to export it again."
        ) from e
    contents.events_source = None
    source.path.unlink(missing_ok=True)


def _unreadable(e: OSError) -> BundleNotABundle:
    return BundleNotABundle(
        "The bundle could not be read (%(reason)s); check the file and try again.", reason=e.strerror or str(e)
    )


def _no_space() -> BundleTooLarge:
    return BundleTooLarge(
        "There is not enough free disk space to check this bundle; free some disk space and import it again."
    )


def _copy_capped(src: Path, dst: Path, limits: Limits) -> tuple[int, str]:
    """Copy the bundle to our temp folder (it may sit on a stick that goes away, or be rewritten
    under us), never reading more than the size cap."""
    try:
        source = open(src, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise BundleNotABundle("There is no file %(path)s; check the name and try again.", path=str(src)) from None
    except IsADirectoryError:
        raise BundleNotABundle("%(path)s is a folder, not a bundle file; choose a .gcen file.", path=str(src)) from None
    except OSError as e:
        raise _cannot_read(src, e) from None
    digest, size = hashlib.sha256(), 0
    with source, open(dst, "wb") as out:
        try:
            if os.fstat(source.fileno()).st_size > limits.file_bytes:
                raise _too_large(limits)
            while chunk := source.read(_CHUNK):
                size += len(chunk)
                if size > limits.file_bytes:
                    raise _too_large(limits)
                digest.update(chunk)
                out.write(chunk)
        except OSError as e:
            if e.errno in (errno.ENOSPC, errno.EDQUOT):
                raise _no_space() from None
            raise _cannot_read(src, e) from None
    if size == 0:
        raise BundleTruncated(
            "This bundle file is empty; copy it again or ask the sender for a new one."
        )
    return size, digest.hexdigest()


def _cannot_read(src: Path, e: OSError) -> BundleNotABundle:
    return BundleNotABundle(
        "The file %(path)s cannot be read (%(reason)s); check it and try again.", path=str(src), reason=e.strerror
    )


def _too_large(limits: Limits) -> BundleTooLarge:
    return BundleTooLarge(
        "This bundle file is larger than the %(limit)s GCEN Desktop accepts; "
        "ask the sender to export for you only instead of a full bundle.",
        limit=human_size(limits.file_bytes),
    )


def _read_small(f: BinaryIO, entry: zipcheck.Entry, progress: _Progress) -> bytes:
    data = zipcheck.read_member(f, entry)
    progress.add(len(data))
    return data


def _damaged_manifest(detail: Phrase | str) -> BundleCorrupt:
    """`detail`: what is wrong, a Phrase starting "it" (or a decoder's own words, in English)."""
    return BundleCorrupt(
        "This bundle's description (manifest) is damaged: %(detail)s; ask the sender to export it again.",
        detail=detail if isinstance(detail, Phrase) else detail[:200],
    )


def _check_manifest(data: bytes, signature: bytes | None) -> tuple[Manifest, str | None]:
    try:
        loose = msgspec.json.decode(data)
    except (msgspec.DecodeError, UnicodeDecodeError) as e:
        raise _damaged_manifest(Phrase("it %(problem)s", problem=_why_not_json(data, e))) from None
    if not isinstance(loose, dict) or loose.get("format") != FORMAT:
        raise BundleNotABundle()
    version = _readable_version(loose)
    _check_features(loose)
    signer = _checked_signer(loose, data, signature) if signature is not None else None
    if version[0] == FORMAT_MAJOR and version[1] > FORMAT_MINOR:
        # a newer minor version only adds fields: keep those we know
        loose = _known_fields_only(loose)
        decode = lambda: msgspec.convert(loose, Manifest)  # noqa: E731
    else:
        decode = lambda: msgspec.json.decode(data, type=Manifest)  # noqa: E731
    try:
        manifest = decode()
    except (msgspec.ValidationError, msgspec.DecodeError) as e:
        unknown = _UNKNOWN_FIELD.search(str(e))
        if unknown is not None:  # the manifest is signed by its producer: its app wrote it
            raise BundleNewerFormat(
                "This bundle was made by a newer GCEN Desktop: its description (manifest) holds %(field)s, "
                "which this version does not know; update GCEN Desktop and import it again.",
                field=unknown.group(1),
            ) from None
        raise _damaged_manifest(str(e)) from None
    if (
        signer is not None and manifest.producer.public_key != signer
    ):  # pragma: no cover - same bytes
        raise BundleBadSignature()
    return manifest, signer


def _readable_version(loose: dict[str, Any]) -> tuple[int, int]:
    """The manifest's format version, refused when missing or of a newer major version."""
    version_text = loose.get("format_version")
    version = parse_version(version_text) if isinstance(version_text, str) else None
    if version is None or version[0] < 1:
        raise _damaged_manifest(Phrase("it gives no format version this program knows"))
    if version[0] > FORMAT_MAJOR:
        app = loose.get("app_version")
        needed = (
            app
            if isinstance(app, str) and _VERSION_TEXT.match(app)
            else Phrase("one that reads bundle format %(major)s", major=version[0])
        )
        raise BundleNewerFormat(
            "This bundle uses format %(format)s, made by a newer GCEN Desktop; it needs version "
            ">= %(needed)s: update GCEN Desktop and import it again.",
            format=version_text,
            needed=needed,
        )
    return version


def _check_features(loose: dict[str, Any]) -> None:
    """The features the bundle requires are all known here."""
    features = loose.get("required_features", [])
    if not isinstance(features, list) or not all(isinstance(x, str) for x in features):
        raise _damaged_manifest(Phrase("its required features are not a list of names"))
    unknown = sorted(set(features) - SUPPORTED_FEATURES)
    if unknown:
        raise BundleUnknownFeature(
            "This bundle needs features this version of GCEN Desktop does not know "
            "(%(features)s); update GCEN Desktop and import it again.",
            features=", ".join(x[:40] for x in unknown[:5]),
        )


def _checked_signer(loose: dict[str, Any], data: bytes, signature: bytes) -> str:
    """The producer's public key, once it verified the signature of the manifest's bytes."""
    producer = loose.get("producer")
    key_text = producer.get("public_key") if isinstance(producer, dict) else None
    try:
        if not isinstance(key_text, str):
            raise ValueError
        public_key_from_b64(key_text).verify(signature, data)
    except (ValueError, InvalidSignature):
        raise BundleBadSignature() from None
    return key_text


def _known_fields_only(loose: dict[str, Any]) -> dict[str, Any]:
    def keep(obj: Any, struct: type) -> Any:
        if not isinstance(obj, dict):
            return obj
        names = set(struct.__struct_fields__)
        return {k: v for k, v in obj.items() if k in names}

    out = keep(loose, Manifest)
    if "producer" in out:
        out["producer"] = keep(out["producer"], Producer)
    if isinstance(out.get("members"), dict):
        out["members"] = {k: keep(v, MemberInfo) for k, v in out["members"].items()}
    if isinstance(out.get("roster"), list):
        out["roster"] = [keep(r, RosterEntry) for r in out["roster"]]
    return out


def _check_members(manifest: Manifest, archive: zipcheck.Archive, limits: Limits) -> None:
    present = {n for n in archive.entries if n not in (MANIFEST_NAME, SIGNATURE_NAME)}
    listed = set(manifest.members)
    if present - listed:
        raise BundleCorrupt(
            "This bundle holds files its description (manifest) does not list; ask the sender to export it again."
        )
    if listed - present:
        raise BundleCorrupt(
            "This bundle is missing files its description (manifest) lists; ask the sender to export it again."
        )
    for name, info in manifest.members.items():
        if archive.entries[name].size != info.size:
            raise BundleCorrupt(
                "The file %(name)s in this bundle does not have the size its description (manifest) "
                "gives; ask the sender to export it again.",
                name=repr(name),
            )
    if manifest.event_count > limits.events:
        raise BundleTooLarge(
            "This bundle carries %(count)d changes, more than the %(limit)d a bundle "
            "may carry; ask the sender to export for you only instead of a full bundle.",
            count=manifest.event_count,
            limit=limits.events,
        )


def _read_events(
    f: BinaryIO,
    entry: zipcheck.Entry,
    manifest: Manifest,
    progress: _Progress,
    limits: Limits,
    held: Vector | None = None,
) -> list[dict[str, Any]]:
    """Decode events.jsonl line by line while hashing the whole member (see EventLines)."""
    checker = EventChecker(limits, lenient=_lenient(manifest))
    lines = EventLines(f, entry, manifest.members[EVENTS_NAME].sha256, manifest.event_count, checker, progress)
    events: list[dict[str, Any]] = []
    for n, line in lines:
        try:
            known = recognise(line, held) if held else None
            events.append(known if known is not None else checker.decode(line, n))
        except BundleError as e:
            lines.refuse(e)
            events.clear()
    lines.verdict()
    return events


def _lenient(manifest: Manifest) -> bool:
    """A bundle of a newer minor format version may add fields to events."""
    version = parse_version(manifest.format_version) or (FORMAT_MAJOR, FORMAT_MINOR)
    return version[0] == FORMAT_MAJOR and version[1] > FORMAT_MINOR


def _read_blob(
    f: BinaryIO, entry: zipcheck.Entry, manifest: Manifest, target: Path, progress: _Progress
) -> Path:
    digest = hashlib.sha256()
    with open(target, "wb") as out:
        for chunk in zipcheck.stream(f, entry):
            digest.update(chunk)
            out.write(chunk)
            progress.add(len(chunk))
    actual = digest.hexdigest()
    if actual != manifest.members[entry.name].sha256:
        raise _hash_mismatch(entry.name)
    if actual != entry.name.rsplit("/", 1)[1]:
        raise BundleCorrupt(
            "An attachment in this bundle does not have the content its name promises; "
            "ask the sender to export it again."
        )
    return target


def release_events(contents: BundleContents, chunk: int = 2000) -> None:
    """Empty the parsed events a slice at a time, letting other threads run in between.

    Freeing 100k parsed events at once holds the interpreter lock for a fifth of a second:
    long enough to freeze the window of the app that runs the import on a worker thread.
    """
    events = contents.events
    while events:
        del events[-chunk:]
        time.sleep(0)
