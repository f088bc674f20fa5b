"""Every limit a bundle must respect, in one place, so that tests can pass smaller ones."""

from __future__ import annotations

from dataclasses import dataclass

KiB = 1024
MiB = 1024 * KiB
GiB = 1024 * MiB


@dataclass(frozen=True)
class Limits:
    # the bundle file as it arrives (encrypted or not)
    file_bytes: int = 512 * MiB
    warn_bytes: int = 18 * MiB  # above this most e-mail systems refuse the attachment
    # the ZIP inside
    entries: int = 10_000  # read from the end-of-central-directory record before anything else
    events_member_bytes: int = 256 * MiB  # declared uncompressed size of events.jsonl
    blob_bytes: int = 100 * MiB  # declared uncompressed size of one attachment
    total_bytes: int = 1 * GiB  # all members together, uncompressed; also <= half the free disk
    free_disk_share: float = 0.5
    ratio: int = 100  # uncompressed : compressed, checked for members larger than ratio_from_bytes
    ratio_from_bytes: int = 1 * MiB
    # the content
    line_bytes: int = 4 * MiB  # one line of events.jsonl
    title_chars: int = 1_000
    body_chars: int = 1_000_000
    events: int = 2_000_000
    # manifest.json: a fixed base plus room for one entry per ZIP member (each blob is listed)
    manifest_bytes: int = 64 * KiB
    manifest_bytes_per_member: int = 256
    # age encryption: the most scrypt work (log2 N) we agree to spend on a passphrase;
    # 2**20 costs 1 GiB of memory, and a hostile file must not make us spend more
    scrypt_log_n: int = 20
    age_header_bytes: int = 1 * MiB
    age_layers: int = 2  # passphrase around recipients, when both were asked for

    def manifest_cap(self, entry_count: int) -> int:
        return self.manifest_bytes + self.manifest_bytes_per_member * max(0, entry_count)


DEFAULT_LIMITS = Limits()


def human_size(n: float) -> str:
    """A size as people read it: 900 bytes, 4 KiB, 18.5 MiB, 1 GiB."""
    for unit, size in (("GiB", GiB), ("MiB", MiB), ("KiB", KiB)):
        if n >= size:
            value = n / size
            return (
                f"{value:,.0f} {unit}"
                if value >= 100 or value == int(value)
                else f"{value:,.1f} {unit}"
            )
    return f"{int(n):,} bytes"
