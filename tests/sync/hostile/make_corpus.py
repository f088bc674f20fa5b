"""Builds the corpus of hostile and broken bundle files (SYNC.md, "Import pipeline") into a folder.

Every file is made at test time from a small valid bundle with ONE thing wrong, so that each
refusal can be matched to its own error class and message. Nothing here is committed as binary.

    python -m tests.sync.hostile.make_corpus OUT_DIR     # writes the files and prints the cases
"""

from __future__ import annotations

import base64
import hashlib
import random
import struct
import sys
import tempfile
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from gcen_desktop.store.events import seal
from gcen_desktop.sync import age_passphrase
from gcen_desktop.sync import errors as E
from gcen_desktop.sync.keys import StoreKeys, fingerprint, public_key_b64
from gcen_desktop.sync.limits import DEFAULT_LIMITS, Limits, MiB

REPLICA = "a1b2c3d4e5f60718"
OTHER = "0f1e2d3c4b5a6978"
PASSPHRASE = "correct horse battery staple"


# --- keys and a small valid bundle ------------------------------------------------------------------


def corpus_keys(seed: bytes = b"gcen hostile corpus") -> StoreKeys:
    """A fixed signing key (so files are reproducible) and a fresh age identity."""
    signing = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(seed).digest())
    identity = pyrage.x25519.Identity.generate()
    public = public_key_b64(signing)
    return StoreKeys(signing, public, str(identity), str(identity.to_public()), fingerprint(public))


def rec_id(n: int) -> str:
    return str(uuid.UUID(bytes=hashlib.sha256(f"record {n}".encode()).digest()[:16], version=4))


def hlc(n: int, replica: str = REPLICA) -> str:
    return f"{1_790_000_000_000 + n * 1000:013d}-{0:05d}-{replica}"


BLOB = b"%PDF-1.4 a small case study about teacher residencies\n" * 40
BLOB_SHA = hashlib.sha256(BLOB).hexdigest()


def sample_events() -> list[dict[str, Any]]:
    """A few sealed events over several types, with an edit naming a parent and a deletion."""
    city, note, reading, gone = rec_id(1), rec_id(2), rec_id(3), rec_id(4)
    attachment = rec_id(5)
    raw = [
        {
            "rec": city,
            "type": "city",
            "op": "set",
            "fields": {"name": "Toronto", "country": "Canada"},
            "parents": {},
        },
        {
            "rec": note,
            "type": "note",
            "op": "set",
            "fields": {
                "title": "Site visit: Lincoln High",
                "body": "Teachers plan in teams.\n北京 · Séoul",
                "kind": "site_visit",
            },
            "parents": {},
        },
        {
            "rec": note,
            "type": "note",
            "op": "set",
            "fields": {"title": "Site visit: Lincoln HS"},
            "parents": {"title": [[REPLICA, 2]]},
        },
        {
            "rec": attachment,
            "type": "attachment",
            "op": "set",
            "fields": {
                "sha256": BLOB_SHA,
                "file_name": "residency.pdf",
                "mime": "application/pdf",
                "size": len(BLOB),
            },
            "parents": {},
        },
        {
            "rec": reading,
            "type": "reading_item",
            "op": "set",
            "fields": {
                "title": "Teacher residencies",
                "year": 2024,
                "kind": "case_study",
                "attachment": attachment,
            },
            "parents": {},
        },
        {"rec": gone, "type": "note", "op": "set", "fields": {"title": "Draft"}, "parents": {}},
        {"rec": gone, "type": "note", "op": "del", "observed": {"title": [[REPLICA, 6]]}},
    ]
    events = []
    for seq, body in enumerate(raw, start=1):
        events.append(seal({"dot": [REPLICA, seq], "hlc": hlc(seq), **body}))
    return events


def event_lines(events: list[dict[str, Any]]) -> list[bytes]:
    return [orjson.dumps(e, option=orjson.OPT_SORT_KEYS) for e in events]


@dataclass
class Parts:
    """What a bundle holds before it is zipped; builders change one thing, then assemble."""

    lines: list[bytes]
    blobs: dict[str, bytes]  # member name -> content
    manifest: dict[str, Any]
    sign: bool = True


def base_manifest(keys: StoreKeys) -> dict[str, Any]:
    return {
        "format": "gcen-bundle",
        "format_version": "1.0",
        "required_features": [],
        "app_version": "0.1.0",
        "schema_version": "0002",
        "workspace_id": rec_id(100),
        "workspace_name": "Toronto team",
        "bundle_id": rec_id(101),
        "kind": "full",
        "created_ms": 1_790_000_100_000,
        "producer": {
            "replica": REPLICA,
            "name": "Ana",
            "public_key": keys.public_key_b64,
            "age_recipient": keys.age_recipient,
            "fingerprint": keys.fingerprint,
        },
        "since": {},
        "have": {REPLICA: [[1, 7]]},
        "event_count": 0,
        "members": {},
        "roster": [
            {
                "name": "Ana",
                "replica": REPLICA,
                "public_key": keys.public_key_b64,
                "age_recipient": keys.age_recipient,
                "fingerprint": keys.fingerprint,
            }
        ],
    }


def valid_parts(keys: StoreKeys) -> Parts:
    return Parts(
        lines=event_lines(sample_events()),
        blobs={f"blobs/sha256/{BLOB_SHA}": BLOB},
        manifest=base_manifest(keys),
    )


def events_bytes(lines: list[bytes]) -> bytes:
    return b"".join(line + b"\n" for line in lines)


def fill_members(parts: Parts) -> dict[str, Any]:
    """The manifest with members and event count matching the parts."""
    data = events_bytes(parts.lines)
    manifest = dict(parts.manifest)
    manifest["members"] = {
        "events.jsonl": {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)},
        **{
            name: {"sha256": hashlib.sha256(b).hexdigest(), "size": len(b)}
            for name, b in parts.blobs.items()
        },
    }
    manifest["event_count"] = len(parts.lines)
    return manifest


# --- a ZIP writer with every field under our control ---------------------------------------------------

_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_EOCD = struct.Struct("<4s4H2LH")


@dataclass
class Raw:
    name: str | bytes
    data: bytes
    method: int = 8
    crc: int | None = None
    usize: int | None = None
    compressed: bytes | None = None  # given compressed bytes instead of deflating `data`


def deflate(data: bytes) -> bytes:
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush()


def local_record(e: Raw) -> tuple[bytes, bytes, int, int]:
    name = e.name.encode() if isinstance(e.name, str) else e.name
    cdata = (
        e.compressed if e.compressed is not None else (deflate(e.data) if e.method == 8 else e.data)
    )
    crc = zlib.crc32(e.data) if e.crc is None else e.crc
    usize = len(e.data) if e.usize is None else e.usize
    header = _LOCAL.pack(
        b"PK\x03\x04", 20, 0x800, e.method, 0, 0x21, crc, len(cdata), usize, len(name), 0
    )
    return header + name + cdata, cdata, crc, usize


def central_record(e: Raw, cdata_len: int, crc: int, usize: int, offset: int) -> bytes:
    name = e.name.encode() if isinstance(e.name, str) else e.name
    return (
        _CENTRAL.pack(
            b"PK\x01\x02",
            20,
            20,
            0x800,
            e.method,
            0,
            0x21,
            crc,
            cdata_len,
            usize,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        + name
    )


def zip_bytes(entries: list[Raw]) -> bytes:
    out, central = bytearray(), bytearray()
    for e in entries:
        record, cdata, crc, usize = local_record(e)
        central += central_record(e, len(cdata), crc, usize, len(out))
        out += record
    n = len(entries)
    return bytes(out + central + _EOCD.pack(b"PK\x05\x06", 0, 0, n, n, len(central), len(out), 0))


def assemble(
    parts: Parts,
    keys: StoreKeys,
    *,
    manifest_bytes: bytes | None = None,
    signature: bytes | None = None,
    extra: list[Raw] = (),  # type: ignore[assignment]
) -> bytes:
    if manifest_bytes is None:
        manifest_bytes = orjson.dumps(fill_members(parts))
    entries = [Raw("events.jsonl", events_bytes(parts.lines))]
    entries += [Raw(name, data) for name, data in parts.blobs.items()]
    entries.append(Raw("manifest.json", manifest_bytes))
    if parts.sign:
        entries.append(
            Raw("manifest.sig", signature or keys.signing_key.sign(manifest_bytes), method=0)
        )
    return zip_bytes(entries + list(extra))


# --- the cases -----------------------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    error: type[E.BundleError]
    message: str  # a fragment the message must contain
    make: Callable[[StoreKeys], bytes]
    passphrase: str | None = None
    identities: tuple[str, ...] = ()
    limits: Limits = DEFAULT_LIMITS
    slow: bool = False  # spends scrypt work
    path: Path = field(default=Path())


SMALL = Limits(ratio_from_bytes=64 * 1024, line_bytes=4096)


def _edit_parts(edit: Callable[[Parts], None]) -> Callable[[StoreKeys], bytes]:
    def make(keys: StoreKeys) -> bytes:
        parts = valid_parts(keys)
        edit(parts)
        return assemble(parts, keys)

    return make


def _set_manifest(**changes: Any) -> Callable[[Parts], None]:
    def edit(parts: Parts) -> None:
        parts.manifest.update(changes)

    return edit


def _replace_event(
    index: int, change: Callable[[dict[str, Any]], None], *, reseal: bool = True
) -> Callable[[Parts], None]:
    def edit(parts: Parts) -> None:
        event = orjson.loads(parts.lines[index])
        change(event)
        if reseal:
            seal(event)
        parts.lines[index] = orjson.dumps(event, option=orjson.OPT_SORT_KEYS)

    return edit


def _replace_line(index: int, line: bytes) -> Callable[[Parts], None]:
    def edit(parts: Parts) -> None:
        parts.lines[index] = line

    return edit


def valid(keys: StoreKeys) -> bytes:
    return assemble(valid_parts(keys), keys)


def truncated(keys: StoreKeys) -> bytes:
    data = valid(keys)
    return data[: len(data) * 2 // 3]


def random_bytes(keys: StoreKeys) -> bytes:
    return random.Random(7).randbytes(20_000)


def bit_flip(member: str) -> Callable[[StoreKeys], bytes]:
    """Flip one bit in the middle of a member's stored bytes, leaving every header alone."""

    def make(keys: StoreKeys) -> bytes:
        data = bytearray(valid(keys))
        name = member.encode()
        pos = data.find(b"PK\x03\x04" + b"\x14\x00")
        while pos >= 0:
            (_s, _v, _f, _m, _t, _d, _crc, csize, _u, nlen, elen) = _LOCAL.unpack_from(data, pos)
            start = pos + _LOCAL.size + nlen + elen
            if bytes(data[pos + _LOCAL.size : pos + _LOCAL.size + nlen]) == name:
                data[start + csize // 2] ^= 0x10
                return bytes(data)
            pos = data.find(b"PK\x03\x04" + b"\x14\x00", start + csize)
        raise AssertionError(f"no member {member}")

    return make


def member_hash_differs(keys: StoreKeys) -> bytes:
    """events.jsonl replaced by other valid events; the (signed) manifest still names the old hash."""
    parts = valid_parts(keys)
    manifest = orjson.dumps(fill_members(parts))
    # same length, so that only the hash differs, not the size
    _replace_event(1, lambda e: e["fields"].update(title="Site visit: Lincoln Park"))(parts)
    return assemble(parts, keys, manifest_bytes=manifest)


def tampered_manifest(keys: StoreKeys) -> bytes:
    """Events altered and the manifest updated to their hash, with the original signature copied."""
    parts = valid_parts(keys)
    original = orjson.dumps(fill_members(parts))
    signature = keys.signing_key.sign(original)
    _replace_event(1, lambda e: e["fields"].update(title="Site visit: somewhere else"))(parts)
    return assemble(
        parts, keys, manifest_bytes=orjson.dumps(fill_members(parts)), signature=signature
    )


def forged_signature(keys: StoreKeys) -> bytes:
    """Signed by another key while the manifest names ours."""
    parts = valid_parts(keys)
    manifest = orjson.dumps(fill_members(parts))
    other = Ed25519PrivateKey.from_private_bytes(hashlib.sha256(b"mallory").digest())
    return assemble(parts, keys, manifest_bytes=manifest, signature=other.sign(manifest))


def passphrase_bundle(keys: StoreKeys) -> bytes:
    # the app's own writer: pyrage's work factor depends on how fast this computer is
    with tempfile.TemporaryDirectory() as tmp:
        plain, locked = Path(tmp) / "plain", Path(tmp) / "locked"
        plain.write_bytes(valid(keys))
        age_passphrase.encrypt(plain, locked, PASSPHRASE)
        return locked.read_bytes()


def encrypted_to_someone_else(keys: StoreKeys) -> bytes:
    other = pyrage.x25519.Identity.generate().to_public()
    return pyrage.encrypt(valid(keys), [other])


def scrypt_too_costly(keys: StoreKeys) -> bytes:
    salt = base64.b64encode(b"\x01" * 16).rstrip(b"=")
    body = base64.b64encode(b"\x02" * 32).rstrip(b"=")
    mac = base64.b64encode(b"\x03" * 32).rstrip(b"=")
    return (
        b"age-encryption.org/v1\n-> scrypt "
        + salt
        + b" 40\n"
        + body
        + b"\n--- "
        + mac
        + b"\n"
        + b"\x00" * 64
    )


def with_names(*names: str | bytes) -> Callable[[StoreKeys], bytes]:
    """A valid bundle plus extra members with the given names."""

    def make(keys: StoreKeys) -> bytes:
        return assemble(valid_parts(keys), keys, extra=[Raw(n, b"x") for n in names])

    return make


def duplicate_case_folded(keys: StoreKeys) -> bytes:
    parts = valid_parts(keys)
    return assemble(parts, keys, extra=[Raw("EVENTS.jsonl", events_bytes(parts.lines))])


def overlap_shared_span(keys: StoreKeys) -> bytes:
    """CVE-2024-0450: many central-directory entries all pointing at one local entry's data."""
    parts = valid_parts(keys)
    base = assemble(parts, keys)
    count = struct.unpack_from("<H", base, len(base) - 12)[0]
    cd_size, cd_offset = struct.unpack_from("<2L", base, len(base) - 10)
    central = bytearray(base[cd_offset : cd_offset + cd_size])
    blob_local = base.find(b"blobs/sha256/") - _LOCAL.size
    extra = 200
    for i in range(extra):
        e = Raw(f"blobs/sha256/{hashlib.sha256(str(i).encode()).hexdigest()}", BLOB)
        cdata = deflate(BLOB)
        central += central_record(e, len(cdata), zlib.crc32(BLOB), len(BLOB), blob_local)
    n = count + extra
    return (
        base[:cd_offset]
        + bytes(central)
        + _EOCD.pack(b"PK\x05\x06", 0, 0, n, n, len(central), cd_offset, 0)
    )


def overlap_quoted(keys: StoreKeys) -> bytes:
    """One stored entry whose data is another entry's whole local record (Fifield's overlap)."""
    parts = valid_parts(keys)
    manifest = orjson.dumps(fill_members(parts))
    inner = Raw(f"blobs/sha256/{BLOB_SHA}", BLOB)
    inner_record, inner_cdata, inner_crc, inner_usize = local_record(inner)
    outer_name = "blobs/sha256/" + hashlib.sha256(inner_record).hexdigest()
    outer = Raw(outer_name, inner_record, method=0)
    outer_record, outer_cdata, outer_crc, outer_usize = local_record(outer)
    rest = [Raw("events.jsonl", events_bytes(parts.lines)), Raw("manifest.json", manifest)]
    out, central = bytearray(), bytearray()
    central += central_record(outer, len(outer_cdata), outer_crc, outer_usize, 0)
    central += central_record(
        inner, len(inner_cdata), inner_crc, inner_usize, _LOCAL.size + len(outer_name)
    )
    out += outer_record
    for e in rest:
        record, cdata, crc, usize = local_record(e)
        central += central_record(e, len(cdata), crc, usize, len(out))
        out += record
    n = 2 + len(rest)
    return bytes(out + central + _EOCD.pack(b"PK\x05\x06", 0, 0, n, n, len(central), len(out), 0))


def ratio_bomb(size: int) -> Callable[[StoreKeys], bytes]:
    def make(keys: StoreKeys) -> bytes:
        zeros = bytes(size)
        parts = valid_parts(keys)
        parts.blobs = {f"blobs/sha256/{hashlib.sha256(zeros).hexdigest()}": zeros}
        return assemble(parts, keys)

    return make


def claims_entries(count: int) -> Callable[[StoreKeys], bytes]:
    """A small valid archive whose end record claims `count` entries (ZIP64 above 65,535)."""

    def make(keys: StoreKeys) -> bytes:
        base = valid(keys)
        cd_size, cd_offset = struct.unpack_from("<2L", base, len(base) - 10)
        body = base[: len(base) - _EOCD.size]
        if count < 0xFFFF:
            return body + _EOCD.pack(b"PK\x05\x06", 0, 0, count, count, cd_size, cd_offset, 0)
        zip64_at = len(body)
        record = struct.pack(
            "<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, count, count, cd_size, cd_offset
        )
        locator = struct.pack("<4sLQL", b"PK\x06\x07", 0, zip64_at, 1)
        eocd = _EOCD.pack(b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
        return body + record + locator + eocd

    return make


def oversized_line_default(keys: StoreKeys) -> bytes:
    """A 4.5 MiB line of incompressible text, so that no ratio check fires before the line cap."""
    text = base64.b64encode(random.Random(3).randbytes(3_400_000)).decode()
    line = orjson.dumps(
        {
            "dot": [REPLICA, 8],
            "hlc": hlc(8),
            "rec": rec_id(9),
            "type": "note",
            "op": "set",
            "fields": {"body": text},
        }
    )
    parts = valid_parts(keys)
    parts.lines.append(line)
    return assemble(parts, keys)


def _long_body(e: dict[str, Any]) -> None:
    e["fields"]["body"] = "residency " * 500


def _with_extra(e: dict[str, Any]) -> None:
    e["color"] = "red"


def _nan_line() -> bytes:
    e = sample_events()[1]
    return orjson.dumps(e).replace(b'"kind":"site_visit"', b'"kind":NaN')


def _surrogate_line() -> bytes:
    e = sample_events()[1]
    return orjson.dumps(e).replace(b"Teachers plan", b"Teachers \\udc00plan")


def blob_differs_from_name(keys: StoreKeys) -> bytes:
    parts = valid_parts(keys)
    parts.blobs = {f"blobs/sha256/{BLOB_SHA}": BLOB + b"tampered"}
    return assemble(parts, keys)


def manifest_unknown_field(keys: StoreKeys) -> bytes:
    parts = valid_parts(keys)
    manifest = fill_members(parts)
    manifest["owner_email"] = "x@example.org"
    return assemble(parts, keys, manifest_bytes=orjson.dumps(manifest))


def manifest_not_json(keys: StoreKeys) -> bytes:
    return assemble(
        valid_parts(keys), keys, manifest_bytes=b'{"format": "gcen-bundle", "format_version": '
    )


def CASES() -> list[Case]:  # noqa: N802 - reads like the table it is
    return [
        Case("empty", E.BundleTruncated, "empty", lambda k: b""),
        Case("truncated", E.BundleTruncated, "incomplete", truncated),
        Case("random_bytes", E.BundleNotABundle, "not a GCEN bundle", random_bytes),
        Case(
            "bitflip_events",
            E.BundleCorrupt,
            "'events.jsonl' inside this bundle is damaged",
            bit_flip("events.jsonl"),
        ),
        Case(
            "bitflip_manifest",
            E.BundleCorrupt,
            "'manifest.json' inside this bundle is damaged",
            bit_flip("manifest.json"),
        ),
        Case(
            "bitflip_signature",
            E.BundleCorrupt,
            "'manifest.sig' inside this bundle is damaged",
            bit_flip("manifest.sig"),
        ),
        Case(
            "bitflip_blob",
            E.BundleCorrupt,
            f"'blobs/sha256/{BLOB_SHA}' inside this bundle is damaged",
            bit_flip(f"blobs/sha256/{BLOB_SHA}"),
        ),
        Case(
            "member_hash_differs",
            E.BundleCorrupt,
            "list of changes does not match the fingerprint",
            member_hash_differs,
        ),
        Case(
            "tampered_manifest", E.BundleBadSignature, "signature does not match", tampered_manifest
        ),
        Case(
            "forged_signature", E.BundleBadSignature, "signature does not match", forged_signature
        ),
        Case(
            "wrong_passphrase",
            E.BundleWrongPassphrase,
            "passphrase does not unlock",
            passphrase_bundle,
            passphrase="Tr0ub4dor&3",
            slow=True,
        ),
        Case(
            "no_passphrase",
            E.BundleNeedsPassphrase,
            "protected by a passphrase",
            passphrase_bundle,
            slow=True,
        ),
        Case(
            "scrypt_too_costly",
            E.BundleUnsafe,
            "more computing work (2^40)",
            scrypt_too_costly,
            passphrase=PASSPHRASE,
        ),
        Case(
            "encrypted_to_someone_else",
            E.BundleNeedsKey,
            "other teammates' keys",
            encrypted_to_someone_else,
        ),
        Case(
            "newer_format",
            E.BundleNewerFormat,
            "needs version >= 3.1.0",
            _edit_parts(_set_manifest(format_version="2.0", app_version="3.1.0")),
        ),
        Case(
            "unknown_feature",
            E.BundleUnknownFeature,
            "(quantum-merge)",
            _edit_parts(_set_manifest(required_features=["quantum-merge"])),
        ),
        Case(
            "not_a_gcen_manifest",
            E.BundleNotABundle,
            "not a GCEN bundle",
            _edit_parts(_set_manifest(format="anki-package")),
        ),
        Case(
            "manifest_not_json",
            E.BundleCorrupt,
            "manifest) is damaged: it holds text that is not valid JSON (Input data was truncated)",
            manifest_not_json,
        ),
        Case(
            "manifest_unknown_field",  # signed by its producer: its app wrote it (SYNC.md: strict on known formats)
            E.BundleNewerFormat,
            "holds owner_email, which this version does not know; update GCEN Desktop",
            manifest_unknown_field,
        ),
        Case(
            "newer_minor_op",  # a newer minor format's kind of change
            E.BundleNewerFormat,
            "change 1 in it is of a kind this version does not know (move); update GCEN Desktop",
            _edit_parts(lambda parts: (_set_manifest(format_version="1.1")(parts),
                                       _replace_event(0, lambda e: e.update(op="move"))(parts))),
        ),
        Case(
            "traversal_dotdot",
            E.BundleUnsafe,
            "'../../.bashrc' that points outside",
            with_names("../../.bashrc"),
        ),
        Case(
            "traversal_inner",
            E.BundleUnsafe,
            "'blobs/../../etc/passwd' that points outside",
            with_names("blobs/../../etc/passwd"),
        ),
        Case(
            "absolute_name",
            E.BundleUnsafe,
            "'/etc/passwd' that points outside",
            with_names("/etc/passwd"),
        ),
        Case(
            "windows_absolute_name",
            E.BundleUnsafe,
            "'C:\\\\Windows\\\\evil.dll' that points outside",
            with_names("C:\\Windows\\evil.dll"),
        ),
        Case(
            "duplicate_name",
            E.BundleUnsafe,
            "two files with the same name ('events.jsonl')",
            with_names("events.jsonl"),
        ),
        Case(
            "duplicate_case_folded",
            E.BundleUnsafe,
            "differ only in upper/lower case ('EVENTS.jsonl')",
            duplicate_case_folded,
        ),
        Case(
            "unexpected_member",
            E.BundleCorrupt,
            "'notes.txt' that does not belong",
            with_names("notes.txt"),
        ),
        Case("overlap_shared_span", E.BundleUnsafe, "overlap one another", overlap_shared_span),
        Case("overlap_quoted", E.BundleUnsafe, "overlap one another", overlap_quoted),
        Case(
            "ratio_bomb_small_limits",
            E.BundleUnsafe,
            "would expand",
            ratio_bomb(1 * MiB),
            limits=SMALL,
        ),
        Case("ratio_bomb_default_limits", E.BundleUnsafe, "would expand", ratio_bomb(24 * MiB)),
        Case(
            "million_entries",
            E.BundleUnsafe,
            "claims to hold 1,000,000 files",
            claims_entries(1_000_000),
        ),
        Case(
            "too_many_entries_classic",
            E.BundleUnsafe,
            "claims to hold 65,000 files",
            claims_entries(65_000),
        ),
        Case(
            "file_too_large",
            E.BundleTooLarge,
            "larger than the 1 KiB",
            valid,
            limits=Limits(file_bytes=1024),
        ),
        Case(
            "oversized_line_small_limits",
            E.BundleCorrupt,
            "longer than the 4 KiB a line",
            _edit_parts(_replace_event(1, _long_body)),
            limits=SMALL,
        ),
        Case(
            "oversized_line_default_limits",
            E.BundleCorrupt,
            "longer than the 4 MiB a line",
            oversized_line_default,
        ),
        Case(
            "oversized_title",
            E.BundleCorrupt,
            "'title' longer than 1,000 characters",
            _edit_parts(_replace_event(1, lambda e: e["fields"].update(title="T" * 1001))),
        ),
        Case(
            "nan",
            E.BundleCorrupt,
            "not a number (NaN or Infinity)",
            _edit_parts(_replace_line(1, _nan_line())),
        ),
        Case(
            "lone_surrogate",
            E.BundleCorrupt,
            "lone surrogate",
            _edit_parts(_replace_line(1, _surrogate_line())),
        ),
        Case(
            "nul_in_body",
            E.BundleCorrupt,
            "Change 2 in this bundle has a 'body' that contains a NUL character, which other teammates' stores cannot hold",
            _edit_parts(_replace_event(1, lambda e: e["fields"].update(body="Teachers\x00 plan in teams."))),
        ),
        Case(
            "nul_in_title",
            E.BundleCorrupt,
            "has a 'title' that contains a NUL character",
            _edit_parts(_replace_event(1, lambda e: e["fields"].update(title="\x00"))),
        ),
        Case(
            "bad_event_hash",
            E.BundleCorrupt,
            "does not match its own hash",
            _edit_parts(
                _replace_event(2, lambda e: e["fields"].update(title="Changed"), reseal=False)
            ),
        ),
        Case(
            "unknown_event_field",
            E.BundleCorrupt,
            "unknown field `color`",
            _edit_parts(_replace_event(0, _with_extra)),
        ),
        Case(
            "unknown_record_type",
            E.BundleCorrupt,
            "record type 'Space ship' that is not a name",  # (a name like ours is a newer version's: kept)
            _edit_parts(_replace_event(0, lambda e: e.update(type="Space ship"))),
        ),
        Case(
            "unknown_record_field",
            E.BundleCorrupt,
            "field 'Colour!' that is not a name",  # (a name like ours is a newer version's field: kept)
            _edit_parts(_replace_event(0, lambda e: e["fields"].update({"Colour!": "red"}))),
        ),
        Case(
            "bad_enum_value",
            E.BundleCorrupt,
            "'Party time!' is not a kind",  # (a choice spelled like ours is a newer version's: kept)
            _edit_parts(_replace_event(1, lambda e: e["fields"].update(kind="Party time!"))),
        ),
        Case(
            "wrong_value_kind",
            E.BundleCorrupt,
            "'year' a value of the wrong kind",
            _edit_parts(_replace_event(4, lambda e: e["fields"].update(year="2024"))),
        ),
        Case(
            "deletion_with_fields",
            E.BundleCorrupt,
            "is a deletion without the versions it saw, or with an edit's fields",
            _edit_parts(_replace_event(6, lambda e: e.update(fields={"title": "x"}))),
        ),
        Case(
            "edit_without_fields",
            E.BundleCorrupt,
            "is an edit without fields",
            _edit_parts(_replace_event(0, lambda e: e.update(fields={}))),
        ),
        Case(
            "parent_of_unknown_field",
            E.BundleCorrupt,
            "names a field 'Colour!' that a note does not have",
            _edit_parts(_replace_event(2, lambda e: e.update(parents={"Colour!": [[REPLICA, 2]]}))),
        ),
        Case(
            "required_field_emptied",
            E.BundleCorrupt,
            "has an empty 'title', which a note must have",
            _edit_parts(_replace_event(2, lambda e: e["fields"].update(title=""))),
        ),
        Case(
            "record_id_not_a_uuid",
            E.BundleCorrupt,
            "is about a record whose id is not one (a UUID)",
            _edit_parts(_replace_event(0, lambda e: e.update(rec="../../etc/passwd"))),
        ),
        Case(
            "time_not_an_hlc",
            E.BundleCorrupt,
            "has a time (hlc) that is not in the form every store writes",
            _edit_parts(_replace_event(0, lambda e: e.update(hlc="yesterday at noon"))),
        ),
        Case(
            "store_id_not_an_id",
            E.BundleCorrupt,
            "names the store that made it with an id that is not one",
            _edit_parts(_replace_event(0, lambda e: e.update(dot=["a/b", 1]))),
        ),
        Case(
            "parent_store_id_not_an_id",
            E.BundleCorrupt,
            "names a version made by a store whose id is not one",
            _edit_parts(_replace_event(2, lambda e: e.update(parents={"title": [["../x", 2]]}))),
        ),
        Case(
            "hash_not_a_sha256",
            E.BundleCorrupt,
            "has a hash (h) that is not a SHA-256",
            _edit_parts(_replace_event(0, lambda e: e.update(h="md5:0"), reseal=False)),
        ),
        Case(
            "sequence_number_zero",
            E.BundleCorrupt,
            "Expected `int` >= 1",
            _edit_parts(_replace_event(0, lambda e: e.update(dot=[REPLICA, 0]))),
        ),
        Case(
            "event_count_differs",
            E.BundleCorrupt,
            "fewer changes than its description says (8)",
            event_count_differs,
        ),
        Case(
            "blob_differs_from_name",
            E.BundleCorrupt,
            "content its name promises",
            blob_differs_from_name,
        ),
        Case("unlisted_member", E.BundleCorrupt, "does not list", _unlisted_member),
    ]


def event_count_differs(keys: StoreKeys) -> bytes:
    parts = valid_parts(keys)
    manifest = fill_members(parts)
    manifest["event_count"] += 1
    return assemble(parts, keys, manifest_bytes=orjson.dumps(manifest))


def _unlisted_member(keys: StoreKeys) -> bytes:
    parts = valid_parts(keys)
    manifest = fill_members(parts)
    other = b"another attachment"
    name = f"blobs/sha256/{hashlib.sha256(other).hexdigest()}"
    return assemble(parts, keys, manifest_bytes=orjson.dumps(manifest), extra=[Raw(name, other)])


def build_corpus(folder: Path, *, include_slow: bool = True) -> list[Case]:
    """Write every case's file into `folder` and return the cases with their paths."""
    keys = corpus_keys()
    folder.mkdir(parents=True, exist_ok=True)
    cases = []
    cache: dict[Callable[[StoreKeys], bytes], bytes] = {}
    for case in CASES():
        if case.slow and not include_slow:
            continue
        if case.make not in cache:
            cache[case.make] = case.make(keys)
        case.path = folder / f"{case.name}.gcen"
        case.path.write_bytes(cache[case.make])
        cases.append(case)
    return cases


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    for case in build_corpus(Path(argv[0])):
        print(f"{case.path.name:40} -> {case.error.__name__}: {case.message}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
