"""The manifest of a bundle: what it holds, who made it, and the hash of every other member."""

from __future__ import annotations

import re
from typing import Annotated, Literal

import msgspec

FORMAT = "gcen-bundle"
FORMAT_VERSION = "1.0"
FORMAT_MAJOR, FORMAT_MINOR = 1, 0
# Features a bundle may list in `required_features` that this version knows how to read.
# Format 1.0 needs none; a later writer adds a name here when readers must understand it.
SUPPORTED_FEATURES: frozenset[str] = frozenset()

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
EVENTS_NAME = "events.jsonl"
BLOB_PREFIX = "blobs/sha256/"

_ID_PATTERN = r"^[A-Za-z0-9_.:-]{1,64}$"
_REPLICA_PATTERN = r"^[A-Za-z0-9_-]{1,64}$"

Ident = Annotated[str, msgspec.Meta(pattern=_ID_PATTERN)]
Replica = Annotated[str, msgspec.Meta(pattern=_REPLICA_PATTERN)]
Name = Annotated[str, msgspec.Meta(max_length=1_000)]
Short = Annotated[str, msgspec.Meta(max_length=200)]
Sha256Hex = Annotated[str, msgspec.Meta(pattern=r"^[0-9a-f]{64}$")]
# Ed25519 raw public key (32 bytes) in standard base64; empty when the bundle is unsigned
PublicKey = Annotated[str, msgspec.Meta(pattern=r"^([A-Za-z0-9+/]{43}=)?$")]
AgeRecipient = Annotated[str, msgspec.Meta(pattern=r"^(age1[02-9ac-hj-np-z]{58})?$")]
Fingerprint = Annotated[str, msgspec.Meta(max_length=100)]
# counts, sizes, times and sequence numbers all fit SQLite's 64-bit integers
Count = Annotated[int, msgspec.Meta(ge=0, le=2**63 - 1)]
Seq = Annotated[int, msgspec.Meta(ge=1, le=2**63 - 1)]
Intervals = dict[Replica, list[Annotated[list[Seq], msgspec.Meta(min_length=2, max_length=2)]]]


def _check_intervals(name: str, vector: dict[str, list[list[int]]]) -> None:
    for replica, spans in vector.items():
        previous = 0
        for lo, hi in spans:
            if lo > hi or lo <= previous:
                raise ValueError(
                    f"`{name}` of replica {replica} is not a sorted list of [lo, hi] seq ranges"
                )
            previous = hi


class MemberInfo(msgspec.Struct, forbid_unknown_fields=True):
    sha256: Sha256Hex
    size: Count


class Producer(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    replica: Replica
    name: Name = ""
    public_key: PublicKey = ""
    age_recipient: AgeRecipient = ""
    fingerprint: Fingerprint = ""


class RosterEntry(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    name: Name
    replica: Replica
    public_key: PublicKey = ""
    age_recipient: AgeRecipient = ""
    fingerprint: Fingerprint = ""


class Manifest(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    format: Literal["gcen-bundle"] = FORMAT
    format_version: Annotated[str, msgspec.Meta(pattern=r"^\d{1,4}\.\d{1,4}$")] = FORMAT_VERSION
    required_features: list[Short] = msgspec.field(default_factory=list)
    app_version: Short
    # the record schema (types, fields, choices: domain.schema.SCHEMA_VERSION), apart from the
    # format's: a newer schema is imported, what this version does not know kept and relayed.
    # (Bundles of 1.0 before it carried the store's revision here, e.g. "0006".)
    schema_version: Short
    workspace_id: Ident
    workspace_name: Name = ""
    bundle_id: Ident
    kind: Literal["full", "incremental"]
    created_ms: Count
    producer: Producer
    since: Intervals = msgspec.field(default_factory=dict)
    have: Intervals = msgspec.field(default_factory=dict)
    event_count: Count = 0
    members: dict[str, MemberInfo] = msgspec.field(default_factory=dict)
    roster: list[RosterEntry] = msgspec.field(default_factory=list)

    def __post_init__(self) -> None:
        _check_intervals("since", self.since)
        _check_intervals("have", self.have)


def encode_manifest(manifest: Manifest) -> bytes:
    return msgspec.json.encode(manifest)


def parse_version(text: str) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d{1,4})\.(\d{1,4})", text)
    return (int(m.group(1)), int(m.group(2))) if m else None


# meta: the newest minor format version (of this major) whose bundles this store imported. Their
# events may carry members this version does not know, kept verbatim and relayed: its own bundles
# then say that version, so teammates of this version read them as leniently (SYNC.md, "Versions").
EVENTS_FORMAT = "events_format"


def format_to_write(events_format: str | None) -> str:
    """The format version of this store's bundles: this version's, or the newer minor version
    (`EVENTS_FORMAT`) of events it holds and relays."""
    held = parse_version(events_format or "")
    if held is not None and held[0] == FORMAT_MAJOR and held[1] > FORMAT_MINOR:
        return f"{held[0]}.{held[1]}"
    return FORMAT_VERSION


def schema_of(manifest: Manifest) -> int | None:
    """The record schema a bundle was made with, or None when it does not say (the store revision
    early bundles put in its place is not one)."""
    m = re.fullmatch(r"[1-9][0-9]{0,5}", manifest.schema_version)
    return int(m.group()) if m else None
