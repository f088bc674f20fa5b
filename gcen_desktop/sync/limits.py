"""Every limit a bundle must respect, in one place, so that tests can pass smaller ones."""

from __future__ import annotations

from dataclasses import dataclass

from ..domain.schema import MAX_ATTACHMENT_BYTES, MAX_BODY, MAX_CHANGE_BYTES, MAX_TITLE
from ..domain.sizes import GiB, KiB, MiB, human_size

__all__ = ["DEFAULT_LIMITS", "GiB", "KiB", "Limits", "MiB", "human_size"]


@dataclass(frozen=True)
class Limits:
    # the bundle file as it arrives (encrypted or not)
    file_bytes: int = 512 * MiB
    warn_bytes: int = 18 * MiB  # above this most e-mail systems refuse the attachment
    # the ZIP inside
    entries: int = 10_000  # read from the end-of-central-directory record before anything else
    events_member_bytes: int = 256 * MiB  # declared uncompressed size of events.jsonl
    blob_bytes: int = MAX_ATTACHMENT_BYTES  # declared uncompressed size of one attachment (attach obeys it)
    total_bytes: int = 1 * GiB  # all members together, uncompressed; also <= half the free disk
    free_disk_share: float = 0.5
    ratio: int = 100  # uncompressed : compressed, checked for members larger than ratio_from_bytes
    ratio_from_bytes: int = 1 * MiB
    # the content
    # (local writes obey the same three: see domain/schema.py)
    line_bytes: int = MAX_CHANGE_BYTES  # one line of events.jsonl, with its newline
    title_chars: int = MAX_TITLE
    body_chars: int = MAX_BODY
    events: int = 2_000_000
    # manifest.json: a fixed base plus room for one entry per ZIP member (each blob is listed)
    manifest_bytes: int = 64 * KiB
    manifest_bytes_per_member: int = 256
    # what a writer puts of `since` and `have` in it, each (their parts, store.ranges.vector_within,
    # claim less when a store holds many gaps or replicas); the roster takes the room left
    # (sync/export._fit_roster)
    vector_bytes: int = 16 * KiB
    # age encryption: the most scrypt work (log2 N) we agree to spend on a passphrase;
    # 2**20 costs 1 GiB of memory, and a hostile file must not make us spend more
    scrypt_log_n: int = 20
    age_header_bytes: int = 1 * MiB
    age_layers: int = 2  # passphrase around recipients, when both were asked for

    def manifest_cap(self, entry_count: int) -> int:
        return self.manifest_bytes + self.manifest_bytes_per_member * max(0, entry_count)


DEFAULT_LIMITS = Limits()
