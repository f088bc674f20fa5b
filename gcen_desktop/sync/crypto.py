"""The age encryption layer around a bundle (pyrage for teammates' keys, `age_passphrase` for a
passphrase), with the header read by hand first so that a hostile file cannot make us spend
unbounded scrypt work or memory before we refuse it.

When a writer asks for both recipients and a passphrase, the ZIP is encrypted to the recipients
and the result again to the passphrase: the age format does not allow a passphrase stanza next
to others, so the two layers are nested, and opening such a bundle needs both.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pyrage

from . import age_passphrase
from .errors import (
    BundleCorrupt,
    BundleNeedsKey,
    BundleNeedsPassphrase,
    BundleTooLarge,
    BundleTruncated,
    BundleUnsafe,
)
from .limits import Limits

AGE_MAGIC = b"age-encryption.org/v1\n"
_ARG = re.compile(rb"^[\x21-\x7e]+$")
_B64_LINE = re.compile(rb"^[A-Za-z0-9+/]*$")


@dataclass(frozen=True)
class Stanza:
    type: str
    args: tuple[str, ...]


def starts_encrypted(head: bytes) -> bool:
    return head.startswith(AGE_MAGIC)


def read_header(path: Path, limits: Limits) -> list[Stanza]:
    """The recipient stanzas of an age file, refusing a malformed or oversized header."""
    with open(path, "rb") as f:
        data = f.read(limits.age_header_bytes)
    return parse_header(data, limits)


def parse_header(data: bytes, limits: Limits) -> list[Stanza]:
    damaged = BundleCorrupt(
        "This encrypted bundle's header is damaged; copy the file again or ask the sender for a new one."
    )
    if not data.startswith(AGE_MAGIC):
        raise damaged
    end = _header_end(data, limits)
    lines = data[len(AGE_MAGIC) : end + 1].split(b"\n")[:-1]
    stanzas: list[Stanza] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.startswith(b"-> "):
            raise damaged
        parts = line[3:].split(b" ")
        if not parts or not all(_ARG.match(p) for p in parts):
            raise damaged
        i = _after_body(lines, i + 1, damaged)
        stanzas.append(
            Stanza(parts[0].decode("ascii"), tuple(p.decode("ascii") for p in parts[1:]))
        )
    if not stanzas:
        raise damaged
    return stanzas


def _header_end(data: bytes, limits: Limits) -> int:
    """Where the header's last line ("---") starts; a header without one is refused."""
    end = data.find(b"\n---", len(AGE_MAGIC) - 1)
    if end >= 0:
        return end
    if len(data) >= limits.age_header_bytes:
        raise BundleUnsafe(
            "This encrypted bundle has an oversized header, so it was refused; "
            "do not open it, and tell the sender."
        )
    raise BundleTruncated()


def _after_body(lines: list[bytes], i: int, damaged: BundleCorrupt) -> int:
    """The index past a stanza's body starting at lines[i]: base64 lines of 64 characters,
    ending with a shorter one."""
    while True:
        if i >= len(lines) or len(lines[i]) > 64 or not _B64_LINE.match(lines[i]):
            raise damaged
        i += 1
        if len(lines[i - 1]) < 64:
            return i


def scrypt_work(stanzas: list[Stanza]) -> int | None:
    """log2 of the scrypt cost of the passphrase stanza, or None when there is none."""
    for s in stanzas:
        if s.type == "scrypt":
            if len(s.args) != 2 or not re.fullmatch(r"[1-9][0-9]{0,2}", s.args[1]):
                raise BundleCorrupt(
                    "This encrypted bundle's header is damaged; copy the file again or ask the sender for a new one."
                )
            return int(s.args[1])
    return None


def encrypt_file(
    src: Path, dst: Path, *, recipients: Sequence[str], passphrase: str | None
) -> None:
    """Encrypt `src` into `dst`: to the recipients, then (if given) to the passphrase. The inner
    layer is written beside `src` (the writer's own temporary folder), not beside `dst` (a shared
    folder, where a teammate may have put a link under that name)."""
    keys = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    if keys and passphrase:
        inner = src.with_name(src.name + ".inner")
        try:
            pyrage.encrypt_file(str(src), str(inner), keys)
            age_passphrase.encrypt(inner, dst, passphrase)
        finally:
            inner.unlink(missing_ok=True)
    elif keys:
        pyrage.encrypt_file(str(src), str(dst), keys)
    elif passphrase:
        age_passphrase.encrypt(src, dst, passphrase)
    else:
        raise ValueError("nothing to encrypt to")


def parse_recipient(text: str) -> str:
    """The recipient, normalised, or ValueError when it is not an age X25519 public key."""
    text = text.strip()
    try:
        return str(pyrage.x25519.Recipient.from_str(text))
    except (pyrage.RecipientError, ValueError):
        raise ValueError(text) from None


def decrypt_file(
    src: Path,
    dst: Path,
    *,
    passphrase: str | None,
    identities: Sequence[str],
    limits: Limits,
) -> int:
    """Decrypt the age layers of `src` into `dst`; return how many layers there were."""
    current = src
    layer = 0
    while True:
        layer += 1
        if layer > limits.age_layers:
            raise BundleUnsafe(
                "This bundle is wrapped in more layers of encryption than bundles ever use, "
                "so it was refused; do not open it, and tell the sender."
            )
        out = dst.with_name(f"{dst.name}.layer{layer}")
        _decrypt_one(current, out, passphrase=passphrase, identities=identities, limits=limits)
        if current != src:
            current.unlink(missing_ok=True)
        current = out
        if out.stat().st_size > limits.file_bytes:
            raise BundleTooLarge()
        with open(out, "rb") as f:
            head = f.read(len(AGE_MAGIC))
        if not starts_encrypted(head):
            break
    current.replace(dst)
    return layer


def _decrypt_one(
    src: Path, dst: Path, *, passphrase: str | None, identities: Sequence[str], limits: Limits
) -> None:
    stanzas = read_header(src, limits)
    work = scrypt_work(stanzas)
    if work is not None:
        _decrypt_with_passphrase(src, dst, len(stanzas), work, passphrase, limits)
        return
    if not any(s.type == "X25519" for s in stanzas):
        raise BundleNeedsKey(
            "This bundle is encrypted in a way GCEN Desktop does not use (no teammate key, no "
            "passphrase); ask the sender to export it again."
        )
    keys = _identities(identities)
    try:
        pyrage.decrypt_file(str(src), str(dst), keys)
    except pyrage.DecryptError as e:
        raise _decrypt_error(str(e)) from None


def _decrypt_with_passphrase(
    src: Path, dst: Path, stanza_count: int, work: int, passphrase: str | None, limits: Limits
) -> None:
    if stanza_count != 1:
        raise BundleCorrupt(
            "This encrypted bundle's header is damaged; copy the file again or ask the sender for a new one."
        )
    if work > limits.scrypt_log_n:
        raise BundleUnsafe(
            "This bundle's passphrase protection asks for far more computing work (2^%(work)s) than "
            "GCEN Desktop spends, so it was refused; ask the sender to export it again.",
            work=work,
        )
    if not passphrase:
        raise BundleNeedsPassphrase()
    age_passphrase.decrypt(src, dst, passphrase, max_work=limits.scrypt_log_n)


def _identities(identities: Sequence[str]) -> list:
    """The age identities given; refused when one is not a key, or none is given."""
    keys = []
    for text in identities:
        try:
            keys.append(pyrage.x25519.Identity.from_str(text.strip()))
        except (pyrage.IdentityError, ValueError):
            raise BundleNeedsKey(
                "The identity given is not an age secret key (it starts with AGE-SECRET-KEY-1); "
                "check the identity file and try again."
            ) from None
    if not keys:
        raise BundleNeedsKey()
    return keys


def _decrypt_error(message: str) -> Exception:
    if message == "No matching keys found":
        return BundleNeedsKey()
    if "Incomplete" in message:
        return BundleTruncated()
    return BundleCorrupt(
        "This encrypted bundle is damaged or incomplete (it does not decrypt); "
        "copy the file again or ask the sender for a new one."
    )
