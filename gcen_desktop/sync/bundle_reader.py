"""Reading a bundle file that may be hostile: every check of SYNC.md's import steps 1-5 runs here,
before anything is returned, and nothing is written anywhere but a private temp folder.

Order: copy to a temp file (size cap) -> age layers (KDF cap) -> ZIP structure (entry count from
the end record first) -> manifest (size, format version, features, signature, typed decode) ->
events.jsonl streamed line by line (typed, schema-checked, hashed) -> blobs (hash = name).
"""

from __future__ import annotations

import bisect
import contextlib
import errno
import functools
import hashlib
import os
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, BinaryIO, Literal, Union

import msgspec
from cryptography.exceptions import InvalidSignature

from ..domain.errors import Phrase, ValidationError
from ..domain.schema import FUTURE_NAME, MAX_INT, MAX_TITLE, MIN_INT, TYPES, Field, RecordType
from ..store.events import (
    ReadEvent,
    body_of,
    checked_line,
    fields_span,
    h_member_at,
    hash_ok,
    line_hash_ok,
)
from ..store.merge import DEL
from ..store.ranges import Vector
from . import zipcheck
from .crypto import AGE_MAGIC, decrypt_file, read_header, scrypt_work, starts_encrypted
from .errors import (
    BundleBadSignature,
    BundleCancelled,
    BundleCorrupt,
    BundleError,
    BundleNewerFormat,
    BundleNotABundle,
    BundleTooLarge,
    BundleTruncated,
    BundleUnknownFeature,
)
from .keys import public_key_from_b64
from .limits import DEFAULT_LIMITS, Limits, MiB, human_size
from .manifest import (
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
from .temp_folders import READING, TempFolder

_CHUNK = 1 * MiB
_VERSION_TEXT = re.compile(r"^[0-9A-Za-z.+-]{1,40}$")


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


class _Progress:
    def __init__(self, callback: Callable[[int, int], bool] | None) -> None:
        self.callback, self.done, self.total = callback, 0, 0

    def add(self, n: int) -> None:
        self.done += n
        if (
            self.callback is not None
            and self.callback(self.done, max(self.total, self.done)) is False
        ):
            raise BundleCancelled("Import cancelled; nothing was changed.")


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
    signer = None
    if signature is not None:
        producer = loose.get("producer")
        key_text = producer.get("public_key") if isinstance(producer, dict) else None
        try:
            if not isinstance(key_text, str):
                raise ValueError
            public_key_from_b64(key_text).verify(signature, data)
        except (ValueError, InvalidSignature):
            raise BundleBadSignature() from None
        signer = key_text
    if version[0] == FORMAT_MAJOR and version[1] > FORMAT_MINOR:
        # a newer minor version only adds fields: keep those we know
        loose = _known_fields_only(loose)
        decode = lambda: msgspec.convert(loose, Manifest)  # noqa: E731
    else:
        decode = lambda: msgspec.json.decode(data, type=Manifest)  # noqa: E731
    try:
        manifest = decode()
    except (msgspec.ValidationError, msgspec.DecodeError) as e:
        raise _damaged_manifest(str(e)) from None
    if (
        signer is not None and manifest.producer.public_key != signer
    ):  # pragma: no cover - same bytes
        raise BundleBadSignature()
    return manifest, signer


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


def _hash_mismatch(name: str) -> BundleCorrupt:
    if name == EVENTS_NAME:
        return BundleCorrupt(
            "This bundle's list of changes does not match the fingerprint (SHA-256) in its description, "
            "so it was altered or damaged; ask the sender to export it again."
        )
    return BundleCorrupt(
        "This bundle's attachment %(attachment)s… does not match the fingerprint (SHA-256) in its "
        "description, so it was altered or damaged; ask the sender to export it again.",
        attachment=name.rsplit("/", 1)[-1][:12],
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


class EventLines:
    """Iterate for the lines of an events member, numbered from 1, while it is inflated and hashed
    (a few pieces ahead, on a thread). A problem with the content (a line too long, more lines
    than the manifest says, or what the caller reports with `refuse`) ends the lines but not the
    reading: the member's hash is known first. `verdict()` then raises, in this order, a member
    that differs from the manifest, the first problem, a last line cut short, a wrong count."""

    def __init__(
        self,
        f: BinaryIO,
        entry: zipcheck.Entry,
        sha256: str,
        expected: int,
        checker: EventChecker,
        progress: _Progress | None = None,
    ) -> None:
        self.f, self.entry, self.sha256, self.expected = f, entry, sha256, expected
        self.checker, self.progress = checker, progress
        self.digest = hashlib.sha256()
        self.problem: Exception | None = None
        self.pending = b""
        self.n = 0

    def refuse(self, problem: Exception) -> None:
        if self.problem is None:
            self.problem, self.pending = problem, b""

    def __iter__(self) -> Iterator[tuple[int, bytes]]:
        line_bytes = self.checker.limits.line_bytes
        with contextlib.closing(zipcheck.stream_ahead(self.f, self.entry, self.digest)) as pieces:
            for data in pieces:
                if self.progress is not None:
                    self.progress.add(len(data))
                if self.problem is not None:
                    continue
                if self.pending:
                    data = self.pending + data
                over = self.expected - self.n  # the index of the first line over the count
                # in C (a piece holds a thousand lines), never more than the count allows and one
                lines = data.split(b"\n", over + 1)
                rest = lines.pop()  # after the last newline (or the count)
                # the first line too long (with its newline) or over the count, whichever comes first
                long_at = next((i for i, line in enumerate(lines) if len(line) >= line_bytes), None) if (
                    lines and max(map(len, lines)) >= line_bytes) else None
                stop = over if long_at is None else min(long_at, over)
                n = self.n
                for line in lines[:stop] if stop < len(lines) else lines:
                    n += 1
                    self.n = n
                    yield n, line
                    if self.problem is not None:  # refused by the caller
                        break
                if self.problem is not None:
                    continue
                if stop < len(lines):
                    if long_at is not None and long_at <= over:
                        self.refuse(self.checker.line_too_long(self.n + 1))
                    else:
                        self.refuse(_count_mismatch(self.expected, self.n + 1))
                    continue
                self.pending = rest
                if len(rest) >= line_bytes:
                    self.refuse(self.checker.line_too_long(self.n + 1))

    def verdict(self) -> None:
        if self.digest.hexdigest() != self.sha256:
            raise _hash_mismatch(self.entry.name)
        if self.problem is not None:
            raise self.problem
        if self.pending:
            raise BundleCorrupt(
                "This bundle's list of changes ends in the middle of a line; ask the sender to export it again."
            )
        if self.n != self.expected:
            raise _count_mismatch(self.expected, self.n)


def _lenient(manifest: Manifest) -> bool:
    """A bundle of a newer minor format version may add fields to events."""
    version = parse_version(manifest.format_version) or (FORMAT_MAJOR, FORMAT_MINOR)
    return version[0] == FORMAT_MAJOR and version[1] > FORMAT_MINOR


class HeldEvent(dict):
    """A line of an event the importing store already holds: its dot, hash, record and type.

    Nothing else of the line is trusted (it is not decoded): the store compares the hash with the
    one it holds and never applies a held event; its time is not read."""

    __slots__ = ()


# Canonical lines (keys sorted, compact) start with the dot and end with the record and its type;
# the top-level `h` is the last `,"h":"sha256:` (values are strings with escaped quotes, and the
# members after it, hlc/observed/op/parents/rec/type, cannot hold that text).
_HELD_HEAD = re.compile(rb'\{"dot":\["([A-Za-z0-9_-]{1,64})",([1-9][0-9]{0,17})\],')
_HASH_MARK = b',"h":"sha256:'
_REC_MARK = b',"rec":"'
_TYPE_MARK = b'","type":"'
_TYPE_NAMES = {name.encode(): name for name in TYPES}


def recognise(line: bytes, held: Vector) -> HeldEvent | None:
    """The HeldEvent of a canonical line whose dot `held` covers, else None (decode it fully)."""
    head = _HELD_HEAD.match(line)
    if head is None:
        return None
    replica = head.group(1).decode()
    spans = held.get(replica)
    if not spans:
        return None
    seq = int(head.group(2))
    at = bisect.bisect_right(spans, [seq, _MAX_SEQ]) - 1
    if at < 0 or not spans[at][0] <= seq <= spans[at][1]:
        return None
    mark = line.rfind(_HASH_MARK)
    rec_at = line.rfind(_REC_MARK)
    if mark < 0 or rec_at < mark or line[rec_at + 44 : rec_at + 54] != _TYPE_MARK or line[-2:] != b'"}':
        return None
    type_ = _TYPE_NAMES.get(line[rec_at + 54 : -2])
    if type_ is None:
        return None
    return HeldEvent(
        dot=[replica, seq],
        h=line[mark + 6 : mark + 77].decode("ascii", "replace"),
        rec=line[rec_at + 8 : rec_at + 44].decode("ascii", "replace"),
        type=type_,
    )


_MAX_SEQ = 2**63


def _count_mismatch(expected: int, found: int) -> BundleCorrupt:
    if found > expected:
        return BundleCorrupt(
            "This bundle carries more changes than its description says (%(expected)d); "
            "ask the sender to export it again.",
            expected=expected,
        )
    return BundleCorrupt(
        "This bundle carries fewer changes than its description says (%(expected)d); "
        "ask the sender to export it again.",
        expected=expected,
    )


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


# --- events -------------------------------------------------------------------------------------

_UUID = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
_Seq = Annotated[int, msgspec.Meta(ge=1, le=2**63 - 1)]
# Ids and times are checked by `_check_ids` after the typed decode: a pattern in the msgspec
# types costs ~5 µs an event, four compiled regexes ~2.
_Dot = tuple[Annotated[str, msgspec.Meta(max_length=64)], _Seq]
_REPLICA_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_HLC_TEXT = re.compile(r"[0-9]{13}-[0-9]{5}-[A-Za-z0-9_-]{1,64}")  # ASCII digits: they sort as times
_UUID_TEXT = re.compile(_UUID[1:-1])
_HASH_TEXT = re.compile(r"sha256:[0-9a-f]{64}")
# the four of an event, checked in one go: replica id, hlc, record id and hash, a line each
_IDS = re.compile("\n".join(p.pattern for p in (_REPLICA_ID, _HLC_TEXT, _UUID_TEXT, _HASH_TEXT)))
_OWN_IDS = re.compile("\n".join(p.pattern for p in (_REPLICA_ID, _HLC_TEXT, _UUID_TEXT)))  # all but the hash
_Int = Annotated[int, msgspec.Meta(ge=MIN_INT, le=MAX_INT)]  # what the store's JSON can hold (and local writes accept)
_Value = str | _Int | bool | None
_FieldName = Annotated[str, msgspec.Meta(max_length=64)]
# a \uD800-\uDFFF escape: msgspec refuses lone surrogates today; we check again when one appears
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


_ESCAPED_SURROGATE = re.compile(rb"\\u([dD][89a-fA-F][0-9a-fA-F]{2})")
_NUL_ESCAPE = b"\\u0000"  # how a NUL character is written in JSON text (a raw one is no JSON)
_NON_FINITE = re.compile(rb"(?<![\"\w])(NaN|-?Infinity)(?![\"\w])")


def _lone_surrogate(line: bytes) -> bool:
    """True when a \\uD800-\\uDFFF escape is not part of a high+low pair."""
    expect_low_at = -1
    for m in _ESCAPED_SURROGATE.finditer(line):
        high = m.group(1)[1:2].lower() in b"89ab"
        if expect_low_at >= 0:
            if high or m.start() != expect_low_at:
                return True
            expect_low_at = -1
        elif high:
            expect_low_at = m.end()
        else:
            return True
    return expect_low_at >= 0


def _why_not_json(line: bytes, error: Exception) -> Phrase:
    """What is wrong, naming the two refusals people ask about (valid JavaScript, invalid JSON)."""
    if _lone_surrogate(line):
        return _LONE_SURROGATE
    if _NON_FINITE.search(line):
        return Phrase("holds a number that is not a number (NaN or Infinity)")
    return Phrase("holds text that is not valid JSON (%(error)s)", error=str(error)[:160])


_LONE_SURROGATE = Phrase("holds text that is not valid Unicode (a lone surrogate)")


class Event(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """One change event as it travels in events.jsonl (see SYNC.md, "Events"). Its members are
    declared in canonical (sorted) order: encoding an event gives back its line when the line is
    canonical."""

    dot: _Dot
    fields: dict[_FieldName, _Value] | msgspec.UnsetType = msgspec.UNSET
    h: Annotated[str, msgspec.Meta(max_length=71)]
    hlc: Annotated[str, msgspec.Meta(max_length=84)]
    observed: dict[_FieldName, list[_Dot]] | msgspec.UnsetType = msgspec.UNSET
    op: Literal["set", "del"]
    parents: dict[_FieldName, list[_Dot]] | msgspec.UnsetType = msgspec.UNSET
    rec: Annotated[str, msgspec.Meta(max_length=36)]
    type: Annotated[str, msgspec.Meta(max_length=64)]


class LenientEvent(Event, forbid_unknown_fields=False):
    """The same, for bundles of a newer minor format version, which may add fields."""


_encode_event = msgspec.json.Encoder(order="sorted").encode  # canonical bytes of a typed event
_decode_event = msgspec.json.Decoder(Event).decode

# A checked line: the event typed, the bytes the store keeps of it (the line itself when it is
# canonical), and where in them its fields' JSON is, when known.
CheckedLine = tuple[Event, bytes, "tuple[int, int] | None"]


def event_values(event: Event) -> dict[str, Any]:
    """The event as the store applies it: a dict in canonical key order, dots as lists."""
    values: dict[str, Any] = {"dot": list(event.dot)}
    if event.fields is not msgspec.UNSET:
        values["fields"] = event.fields
    values["h"] = event.h
    values["hlc"] = event.hlc
    if event.observed is not msgspec.UNSET:
        values["observed"] = {k: [list(d) for d in v] for k, v in event.observed.items()}
    values["op"] = event.op
    if event.parents is not msgspec.UNSET:
        values["parents"] = {k: [list(d) for d in v] for k, v in event.parents.items()}
    values["rec"] = event.rec
    values["type"] = event.type
    return values


@functools.lru_cache(maxsize=4)
def _fields_checked_in_c(limits: Limits) -> tuple[Callable[[bytes], Any], dict[str, tuple[str, ...]]]:
    """A decoder of this format's events that also checks their fields, in C: a union of one
    struct per record type, told apart by `type`, each field typed by its kind and capped in
    length. It accepts no less strictly than `EventChecker._check_schema`; whatever it refuses
    is decoded again the slow way, which accepts it (a null, a value Field.validate normalises)
    or tells what is wrong in the user's words. Also returns, per type, the fields whose values
    Field.validate must still see (dates, references and other kinds without a list of choices)."""
    variants = []
    to_validate: dict[str, tuple[str, ...]] = {}
    for t in TYPES.values():
        fields, later = [], []
        for f in t.fields:
            kind = _Int if f.kind == "int" else bool if f.kind == "bool" else str
            if f.kind in ("str", "text"):
                cap = limits.body_chars if f.kind == "text" else limits.title_chars if f.max_len == MAX_TITLE else f.max_len
                value: Any = Annotated[str, msgspec.Meta(max_length=cap, min_length=1 if f.required else 0)]
            elif f.choices:
                value = Literal[tuple(f.choices)]
            else:  # its kind checked here, the rest by Field.validate
                value = kind | None
                later.append(f.name)
            fields.append((f.name, value | msgspec.UnsetType, msgspec.UNSET))
        to_validate[t.name] = tuple(later)
        of_type = msgspec.defstruct(f"Fields_{t.name}", fields, forbid_unknown_fields=True)
        variants.append(msgspec.defstruct(
            f"Event_{t.name}",
            [(f.name, f.type, f.default) for f in msgspec.structs.fields(Event) if f.name not in ("fields", "type")]
            + [("fields", of_type | msgspec.UnsetType, msgspec.UNSET)],
            kw_only=True, forbid_unknown_fields=True, tag_field="type", tag=t.name,
            namespace={"type": t.name},  # read as Event's `type` is
        ))
    return msgspec.json.Decoder(Union[tuple(variants)]).decode, to_validate  # noqa: UP007


class EventChecker:
    """Decodes one line of events.jsonl into a checked event dict, or raises BundleCorrupt."""

    def __init__(self, limits: Limits, *, lenient: bool = False) -> None:
        self.limits = limits
        self.lenient = lenient
        self._decode_checked, self._to_validate = _fields_checked_in_c(limits)
        self._not_decoded: bytes | None = None  # the last line _decode_checked refused
        # per (type, field): the field, the JSON type of its values, the length cap, and the values
        # known good without asking Field.validate (None: plain text, checked by type and length)
        self._rules: dict[str, dict[str, tuple[Field, type, int, frozenset | None]]] = {}
        for t in TYPES.values():
            for f in t.fields:
                kind = int if f.kind == "int" else bool if f.kind == "bool" else str
                cap = (
                    limits.body_chars
                    if f.kind == "text"
                    else limits.title_chars
                    if f.max_len == MAX_TITLE
                    else f.max_len
                )
                plain = f.kind in ("str", "text")  # a position is checked by Field.validate too
                self._rules.setdefault(t.name, {})[f.name] = (
                    f,
                    kind,
                    cap,
                    None if plain else frozenset(f.choices),
                )

    def line_too_long(self, n: int) -> BundleCorrupt:
        return BundleCorrupt(
            "Change %(n)d in this bundle is longer than the %(limit)s a line "
            "may be; ask the sender to export it again.",
            n=n,
            limit=human_size(self.limits.line_bytes),
        )

    def _bad(self, n: int, what: Phrase) -> BundleCorrupt:
        """`what`: a Phrase saying what is wrong with the change, as in "Change 3 in this bundle <what>"."""
        return BundleCorrupt(
            "Change %(n)d in this bundle %(problem)s; ask the sender to export it again.", n=n, problem=what
        )

    def decode(self, line: bytes, n: int) -> dict[str, Any]:
        """The event of a line, checked, as the store applies it (a ReadEvent when the line is
        canonical), or raise BundleCorrupt."""
        event, raw = self._typed(line, n)
        if raw is not None:
            return self._checked_raw(raw, line, n)
        event, body, span = self._checked_typed(event, line, n)
        values = event_values(event)
        return ReadEvent(values, body, span) if body is line else values

    def check(self, line: bytes, n: int) -> CheckedLine:
        """`decode`, giving the typed event with the bytes the store keeps of it (a reader that
        needs no dict)."""
        if not self.lenient:
            checked = self._canonical_and_good(line)
            if checked is not None:
                return checked
        event, raw = self._typed(line, n, tried=self._not_decoded is line)
        if raw is not None:
            checked = self._checked_raw(raw, line, n)
            return event, body_of(checked), getattr(checked, "fields_span", None)
        return self._checked_typed(event, line, n)

    def _canonical_and_good(self, line: bytes) -> CheckedLine | None:
        """`check` of a line in this format's canonical form that passes every check (what every
        GCEN Desktop writes), in one go; None for any other line, which `check` then judges the
        general way (so this gives no verdicts, only the same result sooner: a test holds the two
        to the same outcomes). A line the decoder that checks the fields refuses (a newer schema's,
        most often) is remembered in `_not_decoded`: `_typed` need not try it again."""
        try:
            event = self._decode_checked(line)
        except (msgspec.DecodeError, UnicodeDecodeError):
            self._not_decoded = line
            return None
        fields = event.fields
        if fields is not msgspec.UNSET:
            event.fields = fields = msgspec.to_builtins(fields)
        if _encode_event(event) != line or (
            b"\\" in line and (_SURROGATE_ESCAPE.search(line) is not None or _NUL_ESCAPE in line)
        ):
            return None
        h = event.h  # its form is known once it equals the line's hash, below
        if _OWN_IDS.fullmatch(f"{event.dot[0]}\n{event.hlc}\n{event.rec}") is None:
            return None
        parents, observed = event.parents, event.observed
        if event.op == "set":
            if not fields or observed is not msgspec.UNSET:
                return None
            later = self._to_validate[event.type]
            if later:
                rules = self._rules[event.type]
                try:
                    for name in later:
                        if name in fields:
                            self._check_value(rules[name], event.type, name, fields[name], 0)
                except BundleCorrupt:
                    return None
        elif observed is msgspec.UNSET or fields is not msgspec.UNSET or parents is not msgspec.UNSET:
            return None
        if parents or observed:
            by_name = TYPES[event.type].by_name
            for group in (parents, observed):
                for name, dots in (group or {}).items():
                    if name != DEL and name not in by_name and FUTURE_NAME.fullmatch(name) is None:
                        return None
                    for r, _s in dots:
                        if _REPLICA_ID.fullmatch(r) is None:
                            return None
        at = h_member_at(h, line)
        if at < 0 or not line_hash_ok(h, line, at):
            return None
        return event, line, None if fields is msgspec.UNSET else fields_span(line, at)

    def _typed(self, line: bytes, n: int, *, tried: bool = False) -> tuple[Event, dict[str, Any] | None]:
        """The line decoded typed and checked but for its hash. Of a newer minor format's line,
        also the plain JSON, which keeps the members this version does not know (its hash covers
        them). `tried`: the decoder that checks the fields refused the line already."""
        raw = None
        if not self.lenient and not tried:
            try:
                typed = self._decode_checked(line)
            except (msgspec.DecodeError, UnicodeDecodeError):  # (or a ValidationError) decoded again below, to tell why
                pass
            else:
                # read as an Event from here on: the same members, its fields a dict
                if typed.fields is not msgspec.UNSET:
                    typed.fields = msgspec.to_builtins(typed.fields)
                event = typed
                try:
                    self._check_all(event, line, n, fields_checked=True)
                    return event, None
                except BundleCorrupt:
                    pass  # refused: told below as the slow way tells it (which problem comes first)
        if not self.lenient:  # (a newer schema's line, most often: typed in one pass)
            try:
                event = _decode_event(line)
            except (msgspec.DecodeError, UnicodeDecodeError):
                pass  # told below
            else:
                self._check_all(event, line, n)
                return event, None
        # decoded as plain JSON first, then typed: a line that is no JSON is told as such
        try:
            raw = msgspec.json.decode(line)
            event = msgspec.convert(raw, LenientEvent if self.lenient else Event)
        except msgspec.ValidationError as e:
            raise self._bad(n, Phrase("is not valid (%(reason)s)", reason=str(e)[:285])) from None
        except (msgspec.DecodeError, UnicodeDecodeError) as e:
            raise self._bad(n, _why_not_json(line, e)) from None
        self._check_all(event, line, n)
        return event, raw if self.lenient else None

    def _check_all(self, event: Event, line: bytes, n: int, *, fields_checked: bool = False) -> None:
        """Every check of a decoded line but its hash, in the order the problems are told."""
        if _SURROGATE_ESCAPE.search(line):
            self._check_text(event, n)
        self._check_ids(event, n)
        self._check_schema(event, n, fields_checked=fields_checked)
        if _NUL_ESCAPE in line:
            self._check_nul(event, n)

    def _checked_typed(self, event: Event, line: bytes, n: int) -> CheckedLine:
        # Canonical when encoding the event (this format's members only, every key sorted) gives
        # the line back: then hashed as it is.
        if _encode_event(event) == line:
            at = h_member_at(event.h, line)
            if at >= 0:
                if not line_hash_ok(event.h, line, at):
                    raise self._altered(n)
                return event, line, fields_span(line, at) if event.fields is not msgspec.UNSET else None
        values = event_values(event)  # hashed the slow way, its canonical bytes kept
        try:
            ok = hash_ok(values)
        except (TypeError, ValueError):  # a value JSON can carry but the canonical form cannot
            ok = False
        if not ok:
            raise self._altered(n)
        return event, body_of(values), None

    def _checked_raw(self, raw: dict[str, Any], line: bytes, n: int) -> dict[str, Any]:
        try:
            checked = checked_line(raw, line)
        except (TypeError, ValueError):  # a value JSON can carry but the canonical form cannot
            checked = None
        if checked is None:
            raise self._altered(n)
        return checked

    def _altered(self, n: int) -> BundleCorrupt:
        return self._bad(n, Phrase("does not match its own hash (h), so it was altered or damaged"))

    def _check_text(self, event: Event, n: int) -> None:
        texts = [
            event.type,
            event.hlc,
            *(event.fields or {}),
            *(event.parents or {}),
            *(event.observed or {}),
        ]
        texts += [v for v in (event.fields or {}).values() if isinstance(v, str)]
        for text in texts:
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                raise self._bad(n, _LONE_SURROGATE) from None

    def _check_nul(self, event: Event, n: int) -> None:
        """Refuse text with a NUL character: no store of this version holds one (local writes
        refuse it), so none may arrive either."""
        for name, value in (event.fields or {}).items():
            if "\x00" in name or (isinstance(value, str) and "\x00" in value):
                raise self._bad(
                    n,
                    Phrase(
                        "has a '%(field)s' that contains a NUL character, which other teammates' stores cannot hold",
                        field=name.replace("\x00", "\\0"),
                    ),
                )

    def _check_ids(self, event: Event, n: int) -> None:
        if not _IDS.fullmatch(f"{event.dot[0]}\n{event.hlc}\n{event.rec}\n{event.h}"):
            self._which_id(event, n)
        for group in (event.parents, event.observed):
            for dots in (group or {}).values():
                for r, _s in dots:
                    if not _REPLICA_ID.fullmatch(r):
                        raise self._bad(n, Phrase("names a version made by a store whose id is not one"))

    def _which_id(self, event: Event, n: int) -> None:
        """Raise for the first of the event's own ids that is malformed."""
        if not _REPLICA_ID.fullmatch(event.dot[0]):
            raise self._bad(n, Phrase("names the store that made it with an id that is not one"))
        if not _HLC_TEXT.fullmatch(event.hlc):
            raise self._bad(n, Phrase("has a time (hlc) that is not in the form every store writes"))
        if not _UUID_TEXT.fullmatch(event.rec):
            raise self._bad(n, Phrase("is about a record whose id is not one (a UUID)"))
        if not _HASH_TEXT.fullmatch(event.h):
            raise self._bad(n, Phrase("has a hash (h) that is not a SHA-256"))
        raise self._bad(n, Phrase("is not valid (%(reason)s)", reason="ids"))  # pragma: no cover - one above fails

    def _check_schema(self, event: Event, n: int, *, fields_checked: bool = False) -> None:
        """`fields_checked`: the decoder checked the fields' names and values (see
        `_fields_checked_in_c`) but for what only Field.validate can tell."""
        rtype = TYPES.get(event.type)
        if rtype is None:
            # a newer version's record type: kept and relayed, not shown (SYNC.md, "Versions")
            if FUTURE_NAME.fullmatch(event.type) is None:
                raise self._bad(n, Phrase("is about a record type %(type)s that is not a name", type=repr(event.type)))
        if event.op == "set":
            if not event.fields or event.observed is not msgspec.UNSET:
                raise self._bad(n, Phrase("is an edit without fields, or with a deletion's fields"))
            if rtype is None:
                for name, value in event.fields.items():
                    self._check_future_value(name, value, n)
                self._check_names(event, None, n)
                return
            rules = self._rules[rtype.name]
            if fields_checked:
                for name in self._to_validate[rtype.name]:
                    if name in event.fields:
                        self._check_value(rules[name], rtype.name, name, event.fields[name], n)
            for name, value in () if fields_checked else event.fields.items():
                rule = rules.get(name)
                if rule is None:  # a newer version's field: kept and relayed, not shown
                    self._check_future_value(name, value, n)
                    continue
                f, kind, cap, known_good = rule
                # the common case, inline: text of the right kind and length, or a known choice
                if type(value) is kind and (
                    (known_good is None and (len(value) <= cap if kind is str else True) and (value or not f.required))
                    or (known_good is not None and value in known_good)
                ):
                    continue
                self._check_value(rule, rtype.name, name, value, n)
        else:
            if (
                event.observed is msgspec.UNSET
                or event.fields is not msgspec.UNSET
                or event.parents is not msgspec.UNSET
            ):
                raise self._bad(n, Phrase("is a deletion without the versions it saw, or with an edit's fields"))
        self._check_names(event, rtype, n)

    def _check_names(self, event: Event, rtype: RecordType | None, n: int) -> None:
        """The fields a change's parents or observed versions name: this type's, or a newer
        version's (a name like ours)."""
        known = rtype.by_name if rtype is not None else {}
        for group in (event.parents, event.observed):
            for name in group or ():
                if name != DEL and name not in known and FUTURE_NAME.fullmatch(name) is None:
                    raise self._bad(
                        n,
                        Phrase(
                            "names a field %(field)s that a %(type)s does not have",
                            field=repr(name),
                            type=rtype.name if rtype is not None else event.type,
                        ),
                    )

    def _check_future_value(self, name: str, value: object, n: int) -> None:
        """A value of a field this version does not know (of a known type or a newer one): a name
        like ours and a scalar within the import's limits (the event's type made it a string, a
        64-bit integer, a boolean or null; text is capped as the longest field's is)."""
        if FUTURE_NAME.fullmatch(name) is None:
            raise self._bad(n, Phrase("sets a field %(field)s that is not a name", field=repr(name)))
        if type(value) is str and len(value) > self.limits.body_chars:
            raise self._bad(
                n, Phrase("has a '%(field)s' longer than %(limit)d characters", field=name, limit=self.limits.body_chars)
            )

    def _check_value(self, rule: tuple, type_name: str, name: str, value: object, n: int) -> None:
        f, kind, cap, known_good = rule
        if value is not None:
            if type(value) is not kind:
                raise self._bad(n, Phrase("gives '%(field)s' a value of the wrong kind", field=name))
            if kind is str and len(value) > cap:  # type: ignore[arg-type]
                raise self._bad(n, Phrase("has a '%(field)s' longer than %(limit)d characters", field=name, limit=cap))
        if known_good is None:  # plain text: only emptiness is left to check
            if f.required and not value:
                raise self._bad(
                    n, Phrase("has an empty '%(field)s', which a %(type)s must have", field=name, type=type_name)
                )
            return
        if value in known_good:
            return
        if f.kind == "enum" and type(value) is str and FUTURE_NAME.fullmatch(value) is not None:
            return  # a choice a newer version added: kept as it is, shown as its raw value
        try:
            f.validate(value)
        except ValidationError as e:
            raise self._bad(n, Phrase("has a bad value: %(reason)s", reason=e)) from None


def release_events(contents: BundleContents, chunk: int = 2000) -> None:
    """Empty the parsed events a slice at a time, letting other threads run in between.

    Freeing 100k parsed events at once holds the interpreter lock for a fifth of a second:
    long enough to freeze the window of the app that runs the import on a worker thread.
    """
    events = contents.events
    while events:
        del events[-chunk:]
        time.sleep(0)
