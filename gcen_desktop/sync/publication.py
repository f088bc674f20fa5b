"""A publication file: what a city shares with other cities, as state, not history (SYNC.md,
"Publishing to the network").

It is the bundle container (a ZIP with `manifest.json`, `manifest.sig`, `events.jsonl` and
`blobs/sha256/<hex>`), written and checked by the same code, with the same limits and every
hostile-file check of the bundle reader; its manifest says `"format": "gcen-publication"` (a
teammate import refuses it as not a bundle) and each line of `events.jsonl` is one publication
(the current values of a network record, its network parts, tags and attachments) or one
withdrawal. A publication is signed; an unsigned one is refused.

A **receipt** says what a receiver holds of a publishing workspace, so that workspace's next
incremental publication carries only what its receiver has not acknowledged (`publishing.plan`).
Its lines are *receipt lines*: a publication line with no values but its visibility (or a
withdrawal line) whose counter, dot and content hash are those of what the receiver holds, and
whose `source` names the publishing workspace. They travel two ways:
- in a hub's digest for city X (manifest `receiver`: X's workspace id), as the lines naming X's own
  workspace: a desktop before receipts already leaves its own workspace's lines out of a digest,
  so it reads the same file as before;
- in a receipt file one city writes for another (`kind: "receipt"`, `required_features:
  ["receipt"]`, so a version before receipts says it needs an update rather than misread it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal

import msgspec
import orjson
from cryptography.exceptions import InvalidSignature

from ..domain.errors import ValidationError
from ..domain.ids import new_id
from ..domain.schema import FUTURE_NAME, TYPES
from ..store.ranges import Vector
from . import zipcheck
from .bundle_writer import Staged, WriteResult, write_bundle
from .crypto import AGE_MAGIC, decrypt_file, starts_encrypted
from .durable import refuse_unless_replaceable
from .errors import (
    BundleBadSignature,
    BundleCorrupt,
    BundleError,
    BundleNewerFormat,
    BundleNotABundle,
)
from .keys import StoreKeys, public_key_from_b64
from .limits import DEFAULT_LIMITS, Limits
from .manifest import (
    EVENTS_NAME,
    MANIFEST_NAME,
    SIGNATURE_NAME,
    Count,
    Ident,
    MemberInfo,
    Name,
    Producer,
    Replica,
    Seq,
    Sha256Hex,
    Short,
    parse_version,
)
from .parts import budgets as _budgets
from .parts import write_each
from .reader.bundle import _check_members, _copy_capped, _read_blob, _read_small
from .reader.checker import EventChecker
from .reader.lines import EventLines, _Progress
from .temp_folders import READING, TempFolder

FORMAT = "gcen-publication"
FORMAT_VERSION = "1.0"
FORMAT_MAJOR, FORMAT_MINOR = 1, 0
RECEIPT_FEATURE = "receipt"  # a receipt file requires it (see the module's docstring)
KNOWN_FEATURES = frozenset((RECEIPT_FEATURE,))
VISIBLE = "network"  # the one visibility a publication may carry

# What a city publishes, and the parts that travel with each (parent field, child type).
PUBLISHED_TYPES = ("practice", "reading_item", "note", "action_plan", "symposium", "working_group")
PARTS: dict[str, tuple[tuple[str, str], ...]] = {
    "action_plan": (("plan", "goal"),),
    "goal": (("goal", "action"),),
    "symposium": (("symposium", "agenda_item"),),
}
PART_TYPES = frozenset(child for pairs in PARTS.values() for _f, child in pairs)
# References that travel as the label of what they name (other references stay home: people).
LABELLED_REFS = frozenset(("city", "working_group"))

RecId = Annotated[str, msgspec.Meta(pattern=r"^[0-9a-f-]{36}$")]
TypeName = Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
FieldName = Annotated[str, msgspec.Meta(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
Value = str | int | bool | None
Values = Annotated[dict[FieldName, Value], msgspec.Meta(max_length=64)]


class PublicationManifest(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    format: Literal["gcen-publication"] = FORMAT
    format_version: Annotated[str, msgspec.Meta(pattern=r"^\d{1,4}\.\d{1,4}$")] = FORMAT_VERSION
    required_features: list[Short] = msgspec.field(default_factory=list)
    app_version: Short
    workspace_id: Ident
    workspace_name: Name = ""
    city: Name = ""
    bundle_id: Ident
    # a digest: a hub's, of many cities (see `Source`); a receipt: what a city holds of another's
    kind: Literal["full", "incremental", "digest", "receipt"]
    receiver: Name = ""
    created_ms: Count
    producer: Producer
    event_count: Count = 0  # the lines of events.jsonl (the name the bundle writer fills in)
    members: dict[str, MemberInfo] = msgspec.field(default_factory=dict)


class Part(msgspec.Struct, forbid_unknown_fields=True):
    rec: RecId
    type: TypeName
    values: Values


class Attachment(msgspec.Struct, forbid_unknown_fields=True):
    sha256: Sha256Hex
    file_name: Name
    mime: Short = ""
    size: Count = 0


class Source(msgspec.Struct, forbid_unknown_fields=True):
    """In a hub's digest, the city a line is from: its workspace id, city and team name, as the
    hub enrolled them (a city's own publication leaves it out: the manifest says who it is)."""

    ws: Ident
    city: Name = ""
    name: Name = ""


class Publication(msgspec.Struct, forbid_unknown_fields=True, tag="publish", tag_field="op", kw_only=True):
    rec: RecId
    type: TypeName
    counter: Count
    dot: tuple[Replica, Seq]
    hlc: Short
    h: Sha256Hex  # of its content (values, parts, tags, attachments)
    values: Values
    parts: Annotated[list[Part], msgspec.Meta(max_length=10_000)] = msgspec.field(default_factory=list)
    tags: Annotated[list[Name], msgspec.Meta(max_length=1_000)] = msgspec.field(default_factory=list)
    attachments: Annotated[list[Attachment], msgspec.Meta(max_length=1_000)] = msgspec.field(default_factory=list)
    source: Source | None = None

    @property
    def order(self) -> tuple[int, str, str, int, str]:
        return order_of(self)


class Withdrawal(msgspec.Struct, forbid_unknown_fields=True, tag="withdraw", tag_field="op", kw_only=True):
    rec: RecId
    type: TypeName
    counter: Count
    dot: tuple[Replica, Seq]
    hlc: Short = ""
    h: str = ""
    source: Source | None = None

    @property
    def order(self) -> tuple[int, str, str, int, str]:
        return order_of(self)


Line = Publication | Withdrawal


def order_of(item: Publication | Withdrawal) -> tuple[int, str, str, int, str]:
    """Newest wins: the counter, then the newest change's HLC (an edit that amended the last
    change keeps its dot and count, not its HLC), then the dot, then the content hash (two stores
    that published the same counter and dot agree on which one every library keeps)."""
    return (item.counter, item.hlc, item.dot[0], item.dot[1], item.h)


def content_hash(values: dict[str, Any], parts: list[Part], tags: list[str], attachments: list[Attachment]) -> str:
    import hashlib

    data = {"values": values, "parts": [msgspec.to_builtins(p) for p in parts], "tags": tags,
            "attachments": [msgspec.to_builtins(a) for a in attachments]}
    return hashlib.sha256(orjson.dumps(data, option=orjson.OPT_SORT_KEYS)).hexdigest()


def receipt_line(rec: str, type_: str, counter: int, dot: tuple[str, int], hlc: str, h: str, withdrawn: bool,
                 source: Source) -> Line:
    """A receipt line: that the receiver holds the record of `source`'s workspace at this counter,
    dot and content hash (published, or withdrawn), without its values."""
    if withdrawn:
        return Withdrawal(rec=rec, type=type_, counter=counter, dot=dot, hlc=hlc, h=h, source=source)
    return Publication(rec=rec, type=type_, counter=counter, dot=dot, hlc=hlc, h=h, values={"visibility": VISIBLE},
                       source=source)


def encode_line(item: Line) -> bytes:
    data = msgspec.to_builtins(item)
    if data.get("source") is None:
        data.pop("source", None)  # a city's own line: the same bytes as before digests existed
    return orjson.dumps(data, option=orjson.OPT_SORT_KEYS)


# --- writing -------------------------------------------------------------------------------------

MOST_PARTS = 10_000  # of one publication line: its record's parts, its tags, its attachments (as read)
MOST_TAGS = 1_000
MOST_ATTACHMENTS = 1_000


def write_publication(path: Path, manifest: PublicationManifest, lines: Sequence[Line], blobs: dict[str, Path],
                      keys: StoreKeys, *, limits: Limits = DEFAULT_LIMITS,
                      staged: list[Staged] | None = None) -> WriteResult:
    """The publication file at `path`, signed with `keys`, written and read back as a bundle is
    (`staged`: see bundle_writer.write_bundle)."""
    return write_bundle(path, manifest, [encode_line(item) for item in lines], blobs, keys=keys,  # type: ignore[arg-type]
                        limits=limits, staged=staged)


def why_it_cannot_travel(item: Publication, blob_sizes: dict[str, int], limits: Limits = DEFAULT_LIMITS) -> str | None:
    """Why no publication file can carry this line, as the reader of this version would refuse it
    or no file could hold it; None when it travels. "count": more parts, tags or attachments than
    a line may list; "size": its line is longer than a line may be; "attachments": its attachments
    together are larger than one file may carry; "value": a value the reader refuses."""
    if len(item.parts) > MOST_PARTS or len(item.tags) > MOST_TAGS or len(item.attachments) > MOST_ATTACHMENTS:
        return "count"
    line = encode_line(item)
    if len(line) + 1 > limits.line_bytes:
        return "size"
    try:
        decoded = _LINE.decode(line)
        if not isinstance(decoded, Publication):
            return "value"
        check_publication(decoded, limits)
    except (msgspec.ValidationError, msgspec.DecodeError, ValidationError, BundleError):
        return "value"
    shas = {a.sha256 for a in item.attachments if a.sha256 in blob_sizes}
    budget, _events, _lines, most_blobs = _budgets(limits)
    if len(shas) > most_blobs or len(line) + 1 + sum(blob_sizes[s] for s in shas) > budget:
        return "attachments"
    return None


@dataclass
class _Cut:
    lines: list[Line] = field(default_factory=list)
    blobs: dict[str, Path] = field(default_factory=dict)
    line_bytes: int = 0
    blob_bytes: int = 0


def cut(lines: Sequence[Line], blobs: dict[str, Path], limits: Limits = DEFAULT_LIMITS,
        receipt: Sequence[Line] = ()) -> list[_Cut]:
    """`lines` (each of which travels: `why_it_cannot_travel`) cut, in their order, into files
    that each respect `limits`, each line with the bytes of its attachments (again in a later file
    that names one too: each file imports alone); `receipt` (a digest's) whole in the last."""
    budget, events_budget, most_lines, most_blobs = _budgets(limits)
    sizes = {sha: path.stat().st_size for sha, path in blobs.items()}
    parts = [_Cut()]

    def place(item: Line, shas: list[str], fresh: bool) -> None:
        cost = len(encode_line(item)) + 1
        part = parts[-1]
        extra = [s for s in shas if s not in part.blobs]
        more = sum(sizes[s] for s in extra)
        if part.lines and (part.line_bytes + part.blob_bytes + cost + more > budget
                           or part.line_bytes + cost > events_budget or len(part.lines) + 1 > most_lines
                           or len(part.blobs) + len(extra) > most_blobs or fresh):
            part = _Cut()
            parts.append(part)
            extra, more = shas, sum(sizes[s] for s in shas)
        part.lines.append(item)
        part.line_bytes += cost
        part.blob_bytes += more
        part.blobs.update({s: blobs[s] for s in extra})

    for item in lines:
        place(item, sorted({a.sha256 for a in getattr(item, "attachments", []) if a.sha256 in blobs}), False)
    receipt_bytes = sum(len(encode_line(item)) + 1 for item in receipt)
    last = parts[-1]
    fresh = bool(receipt) and bool(last.lines) and (
        last.line_bytes + last.blob_bytes + receipt_bytes > budget or last.line_bytes + receipt_bytes > events_budget
        or len(last.lines) + len(receipt) > most_lines)
    for k, item in enumerate(receipt):
        place(item, [], fresh and k == 0)
    return parts


def write_publication_parts(path: Path, manifest: PublicationManifest, lines: Sequence[Line], blobs: dict[str, Path],
                            keys: StoreKeys, *, receipt: Sequence[Line] = (),
                            limits: Limits = DEFAULT_LIMITS) -> list[WriteResult]:
    """The publication at `path`, or, when it is larger than one file may be, as several beside
    it (`<name>-<k>-of-<n>.gcen`, as sync/parts.py names a bundle's parts), each a whole signed
    publication imported alone. Of a digest's parts only the one with the `receipt` names its
    receiver (a digest naming its receiver acknowledges what its receipt lines list, and only
    those): the last. A part that fails removes the parts written
    (sync/parts.write_each)."""
    path = Path(path)
    refuse_unless_replaceable(path)
    parts = cut(lines, blobs, limits, receipt)
    if len(parts) == 1:
        return [write_publication(path, manifest, parts[0].lines, parts[0].blobs, keys, limits=limits)]

    def write_one(k: int, n: int, target: Path, staged: list[Staged]) -> WriteResult:
        part = parts[k - 1]
        receiver = "" if manifest.kind == "digest" and k < n else manifest.receiver
        m = msgspec.structs.replace(manifest, bundle_id=manifest.bundle_id if k == 1 else new_id(),
                                    receiver=receiver, event_count=0, members={})
        return write_publication(target, m, part.lines, part.blobs, keys, limits=limits, staged=staged)

    return write_each(path, len(parts), write_one)


# --- reading -------------------------------------------------------------------------------------


@dataclass
class PublicationContents:
    manifest: PublicationManifest
    signer_public_key: str
    lines: list[Line]
    blobs: dict[str, Path]
    file_sha256: str
    _folder: TempFolder | None = field(default=None, repr=False)

    def close(self) -> None:
        if self._folder is not None:
            self._folder.remove()
            self._folder = None

    def __enter__(self) -> PublicationContents:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class NotSigned(BundleError):
    default = ("This publication is not signed, so nobody can tell which city made it; ask that city "
               "to publish again from GCEN Desktop.")


class CarriesTeamData(BundleError):
    default = ("This publication carries a record its city kept to its team or private, so it was refused "
               "and nothing was changed; tell that city.")


def read_publication(path: Path, *, identities: Sequence[str] = (), limits: Limits = DEFAULT_LIMITS,
                     held: Vector | None = None) -> PublicationContents:
    """Open and check a publication file completely (the bundle reader's checks: size cap, ZIP
    structure, manifest and signature, every member's hash and size, each line typed); raise a
    BundleError if anything is off, with nothing left behind."""
    temp = TempFolder(READING)
    try:
        return _read(Path(path), temp, identities, limits)
    except BundleError:
        temp.remove()
        raise
    except OSError as e:
        temp.remove()
        raise BundleNotABundle("The file could not be read (%(reason)s); check it and try again.",
                               reason=e.strerror or str(e)) from None
    except Exception as e:  # a check not foreseen: refuse the file rather than show a traceback
        temp.remove()
        raise BundleCorrupt("This publication could not be checked, so it was refused; ask the city that "
                            "made it to publish again.") from e
    except BaseException:
        temp.remove()
        raise


def _read(path: Path, temp: TempFolder, identities: Sequence[str], limits: Limits) -> PublicationContents:
    copy = temp.path / "publication"
    _size, file_sha256 = _copy_capped(path, copy, limits)
    with open(copy, "rb") as f:
        if starts_encrypted(f.read(len(AGE_MAGIC))):
            plain = temp.path / "publication.zip"
            decrypt_file(copy, plain, passphrase=None, identities=identities, limits=limits)
            copy.unlink()
            copy = plain
    progress = _Progress(None)
    with open(copy, "rb") as f:
        archive = zipcheck.scan(f, copy.stat().st_size, limits, free_disk=zipcheck.free_disk_bytes(str(temp.path)))
        manifest_bytes = _read_small(f, archive.entries[MANIFEST_NAME], progress)
        if SIGNATURE_NAME not in archive.entries:
            _check_manifest(manifest_bytes, None)
            raise NotSigned()
        signature = _read_small(f, archive.entries[SIGNATURE_NAME], progress)
        manifest, signer = _check_manifest(manifest_bytes, signature)
        _check_members(manifest, archive, limits)  # type: ignore[arg-type]
        lines = _read_lines(f, archive.entries[EVENTS_NAME], manifest, limits)
        blobs_dir = temp.path / "blobs"
        blobs_dir.mkdir()
        blobs = {name.rsplit("/", 1)[1]: _read_blob(f, archive.entries[name], manifest, blobs_dir / name.rsplit("/", 1)[1],  # type: ignore[arg-type]
                                                    progress)
                 for name in archive.blob_names}
    copy.unlink()
    return PublicationContents(manifest, signer, lines, blobs, file_sha256, temp)


def manifest_format(data: bytes) -> str | None:
    """The `format` a manifest names, None when it is not a JSON object naming one."""
    try:
        loose = orjson.loads(data)
    except orjson.JSONDecodeError:
        return None
    value = loose.get("format") if isinstance(loose, dict) else None
    return value if isinstance(value, str) else None


def _check_version(loose: Any) -> None:
    """A publication's format, of a major version and with features this version reads."""
    if not isinstance(loose, dict) or loose.get("format") != FORMAT:
        raise BundleNotABundle("This file is not a network publication; a teammate's bundle is imported with "
                               "'gcen import'.")
    version = parse_version(str(loose.get("format_version", "")))
    if version is None:
        raise BundleCorrupt("This publication gives no format version this program knows; ask the city that "
                            "made it to publish again.")
    if version[0] > FORMAT_MAJOR:
        raise BundleNewerFormat("This publication uses format %(format)s, made by a newer GCEN Desktop; update "
                                "GCEN Desktop and import it again.", format=str(loose.get("format_version"))[:20])
    features = loose.get("required_features")
    if features and (not isinstance(features, list) or not set(map(str, features)) <= KNOWN_FEATURES):
        raise BundleNewerFormat("This publication needs features this version of GCEN Desktop does not know; "
                                "update GCEN Desktop and import it again.")


def _newer_minor(loose: Any) -> bool:
    version = parse_version(str(loose.get("format_version", ""))) if isinstance(loose, dict) else None
    return version is not None and version[0] == FORMAT_MAJOR and version[1] > FORMAT_MINOR


def _newer(manifest: PublicationManifest) -> BundleNewerFormat:
    """A line a newer minor format version wrote that this version cannot read. Not read leniently
    as a bundle's line is: the library keeps a publication's values, not its line, so what this
    version left out would not come back after an update."""
    return BundleNewerFormat("This publication was made by a newer GCEN Desktop (format %(format)s) and holds "
                             "what this version cannot read; update GCEN Desktop and import it again.",
                             format=manifest.format_version)


def _check_manifest(data: bytes, signature: bytes | None) -> tuple[PublicationManifest, str]:
    try:
        loose = orjson.loads(data)
    except orjson.JSONDecodeError:
        raise BundleCorrupt("This publication's description (manifest) is damaged; ask the city that made it "
                            "to publish again.") from None
    _check_version(loose)
    producer = loose.get("producer")
    key_text = producer.get("public_key") if isinstance(producer, dict) else None
    if signature is not None:
        try:
            if not isinstance(key_text, str):
                raise ValueError
            public_key_from_b64(key_text).verify(signature, data)
        except (ValueError, InvalidSignature):
            raise BundleBadSignature() from None
    try:
        if _newer_minor(loose):  # a newer minor version only adds fields: keep those we know
            known = set(PublicationManifest.__struct_fields__)
            manifest = msgspec.convert({k: v for k, v in loose.items() if k in known}, PublicationManifest)
        else:
            manifest = msgspec.json.decode(data, type=PublicationManifest)
    except (msgspec.ValidationError, msgspec.DecodeError) as e:
        raise BundleCorrupt("This publication's description (manifest) is damaged (%(detail)s); ask the city "
                            "that made it to publish again.", detail=str(e)[:200]) from None
    if _NUL_ESCAPE in data and _holds_nul(msgspec.to_builtins(manifest)):
        raise BundleCorrupt("This publication's description (manifest) is damaged (%(detail)s); ask the city "
                            "that made it to publish again.", detail=str(_nul_text()))
    return manifest, str(key_text or "")


_NUL_ESCAPE = b"\\u0000"  # how JSON writes a NUL character (a raw one is no JSON)


def _nul_text() -> ValidationError:
    return ValidationError("a text holds a NUL character.")


def _holds_nul(value: Any) -> bool:
    """Whether any text of a decoded line or manifest, a key or a value at any depth, holds a NUL:
    no store of this version holds one (local writes refuse it), nor can the hub (PostgreSQL)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_holds_nul(v) for v in value)
    return False


_LINE = msgspec.json.Decoder(Line)


def _read_lines(f: Any, entry: zipcheck.Entry, manifest: PublicationManifest, limits: Limits) -> list[Line]:
    checker = EventChecker(limits)  # (its line length limit and messages; lines are decoded here)
    newer = _newer_minor(msgspec.to_builtins(manifest))
    lines = EventLines(f, entry, manifest.members[EVENTS_NAME].sha256, manifest.event_count, checker)
    out: list[Line] = []
    for n, line in lines:
        try:
            item = _LINE.decode(line)
            if _NUL_ESCAPE in line and _holds_nul(msgspec.to_builtins(item)):
                raise _nul_text()
            if isinstance(item, Publication):
                check_publication(item, limits)
            else:
                _check_type(item.type, published=True)
            out.append(item)
        except msgspec.ValidationError as e:  # (a member, a kind of line, a value's form)
            lines.refuse(_newer(manifest) if newer else _damaged_line(n, e))
        except (msgspec.DecodeError, ValidationError) as e:
            lines.refuse(_damaged_line(n, e))
        except BundleError as e:
            lines.refuse(e)
    lines.verdict()
    return out


def _damaged_line(n: int, e: Exception) -> BundleCorrupt:
    return BundleCorrupt("Line %(line)d of this publication is damaged (%(detail)s); ask the city that made it to "
                         "publish again.", line=n, detail=str(e)[:200])


def _check_type(type_: str, *, published: bool) -> None:
    allowed = PUBLISHED_TYPES if published else PART_TYPES
    if type_ not in TYPES and FUTURE_NAME.fullmatch(type_):
        raise BundleNewerFormat("This publication holds records of a kind this version of GCEN Desktop does not "
                                "know (%(type)s); update GCEN Desktop and import it again.", type=type_)
    if type_ not in allowed:
        raise BundleCorrupt("This publication names a record of type %(type)s, which cities do not publish; "
                            "ask the city that made it to publish again.", type=type_[:64])


def check_publication(item: Publication, limits: Limits = DEFAULT_LIMITS) -> None:
    """Every value a known field of its type may hold, the one visibility `network`; refs as labels."""
    _check_type(item.type, published=True)
    _check_values(item.type, item.values, limits)
    for part in item.parts:
        _check_type(part.type, published=False)
        _check_values(part.type, part.values, limits)
    for tag in item.tags:
        _check_text(tag, limits.title_chars)
    for attachment in item.attachments:
        _check_text(attachment.file_name, limits.title_chars)


def _check_values(type_: str, values: dict[str, Any], limits: Limits) -> None:
    if values.get("visibility") != VISIBLE:
        raise CarriesTeamData()
    spec = TYPES[type_]
    for name, value in values.items():
        f = spec.by_name.get(name)
        if f is None:
            continue  # a field of a newer version: kept, not shown
        if f.kind == "enum" and isinstance(value, str) and value not in f.choices and FUTURE_NAME.fullmatch(value):
            raise BundleNewerFormat("This publication holds a choice this version of GCEN Desktop does not know "
                                    "(%(value)s, for %(field)s); update GCEN Desktop and import it again.",
                                    value=value, field=name)
        if f.kind == "ref":
            if value is not None and not isinstance(value, str):
                raise ValidationError("'%(field)s' is not a name.", field=name)
            _check_text(value or "", limits.title_chars)
        else:
            f.validate(value)


_CONTROL = re.compile(r"[\x00\ud800-\udfff]")


def _check_text(text: str, cap: int) -> None:
    if len(text) > cap or _CONTROL.search(text):
        raise ValidationError("a name is too long or holds a NUL character.")
