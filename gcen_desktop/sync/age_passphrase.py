"""The age format's passphrase (scrypt) recipient, written and read here with a fixed work factor.

pyrage picks the scrypt work factor by timing the encrypting computer (2^19–2^21 on a fast one)
and, when decrypting, refuses a factor above its own timing plus four: a bundle locked on a fast
laptop could not be opened on a slow one, or at all once the factor passed our limit. So the
passphrase layer is made here, exactly as the age specification (age-encryption.org/v1) says,
with the work factor of age's reference implementation (2^18), and opened with an explicit
ceiling (`Limits.scrypt_log_n`) that is the same on every computer. The primitives come from
`hashlib` (scrypt) and `cryptography` (ChaCha20-Poly1305, HKDF, HMAC); files stay readable by
pyrage, rage and age, and theirs by us (tests/sync/test_age_passphrase.py checks both ways).

The payload is streamed in age's 64 KiB chunks: memory stays flat whatever the bundle's size.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import BundleCorrupt, BundleTruncated, BundleWrongPassphrase

WORK_FACTOR = 18  # log2 of scrypt's N, as age's reference implementation uses
MAGIC = b"age-encryption.org/v1\n"
_SALT_LABEL = b"age-encryption.org/v1/scrypt"
_CHUNK = 64 * 1024
_TAG = 16
_FOOTER = b"---"


def _b64(data: bytes) -> bytes:
    """age's base64: the standard alphabet, without padding."""
    return base64.b64encode(data).rstrip(b"=")


def _unb64(text: bytes, size: int) -> bytes:
    """Decode age's canonical unpadded base64 of exactly `size` bytes, or refuse."""
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except ValueError:
        raise _damaged() from None
    if len(data) != size or _b64(data) != text:
        raise _damaged()
    return data


def _damaged() -> BundleCorrupt:
    return BundleCorrupt(
        "This encrypted bundle's header is damaged; copy the file again or ask the sender for a new one."
    )


def _scrypt(passphrase: str, salt: bytes, work: int) -> bytes:
    n = 1 << work
    return hashlib.scrypt(passphrase.encode("utf-8"), salt=_SALT_LABEL + salt, n=n, r=8, p=1,
                          maxmem=129 * 8 * n + (1 << 20), dklen=32)


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _header_mac(file_key: bytes, header: bytes) -> bytes:
    return hmac.new(_hkdf(file_key, b"", b"header"), header, hashlib.sha256).digest()


def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _chunks(f: BinaryIO) -> Iterator[tuple[bytes, bool]]:
    """The plaintext in 64 KiB chunks, each with whether it is the last (an empty file is one
    empty last chunk)."""
    chunk = f.read(_CHUNK)
    while True:
        following = f.read(_CHUNK)
        yield chunk, not following
        if not following:
            return
        chunk = following


def encrypt(src: Path, dst: Path, passphrase: str, *, work: int = WORK_FACTOR) -> None:
    """Encrypt the file `src` into `dst` to `passphrase`."""
    file_key = os.urandom(16)
    salt = os.urandom(16)
    wrapped = ChaCha20Poly1305(_scrypt(passphrase, salt, work)).encrypt(bytes(12), file_key, None)
    body = _b64(wrapped)  # 43 characters: one line, shorter than 64
    header = MAGIC + b"-> scrypt " + _b64(salt) + b" " + str(work).encode() + b"\n" + body + b"\n" + _FOOTER
    nonce = os.urandom(16)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    with open(src, "rb") as f, open(dst, "wb") as out:
        out.write(header + b" " + _b64(_header_mac(file_key, header)) + b"\n" + nonce)
        for counter, (chunk, last) in enumerate(_chunks(f)):
            out.write(aead.encrypt(_nonce(counter, last), chunk, None))


def decrypt(src: Path, dst: Path, passphrase: str, *, max_work: int) -> None:
    """Decrypt the passphrase-locked age file `src` into `dst`. The caller has checked the header's
    shape (`crypto.parse_header`: one scrypt stanza, its work within `max_work`)."""
    with open(src, "rb") as f:
        header, salt, work, wrapped, mac = _read_header(f)
        if work > max_work:
            raise _damaged()
        try:
            file_key = ChaCha20Poly1305(_scrypt(passphrase, salt, work)).decrypt(bytes(12), wrapped, None)
        except InvalidTag:
            raise BundleWrongPassphrase() from None
        if not hmac.compare_digest(_header_mac(file_key, header), mac):
            raise _damaged()
        nonce = f.read(16)
        if len(nonce) < 16:
            raise BundleTruncated()
        with open(dst, "wb") as out:
            _decrypt_payload(f, out, ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload")))


def _read_header(f: BinaryIO) -> tuple[bytes, bytes, int, bytes, bytes]:
    """The header's MACed bytes, the salt, the work factor, the wrapped file key and the MAC."""
    lines = [f.readline(256) for _ in range(4)]
    if lines[0] != MAGIC or not all(line.endswith(b"\n") for line in lines):
        raise _damaged()
    stanza = lines[1][:-1].split(b" ")
    if len(stanza) != 4 or stanza[:2] != [b"->", b"scrypt"]:
        raise _damaged()
    salt = _unb64(stanza[2], 16)
    if not stanza[3].isdigit() or stanza[3].startswith(b"0") or len(stanza[3]) > 2:
        raise _damaged()
    wrapped = _unb64(lines[2][:-1], 32)
    footer = lines[3][:-1]
    if not footer.startswith(_FOOTER + b" "):
        raise _damaged()
    mac = _unb64(footer[len(_FOOTER) + 1:], 32)
    header = lines[0] + lines[1] + lines[2] + _FOOTER
    return header, salt, int(stanza[3]), wrapped, mac


def _decrypt_payload(f: BinaryIO, out: BinaryIO, aead: ChaCha20Poly1305) -> None:
    """age's STREAM: 64 KiB chunks plus their tag, the last one flagged; a missing last chunk is
    a cut-short file, a changed byte or anything after the last chunk a damaged one."""
    counter = 0
    sealed = f.read(_CHUNK + _TAG)
    while True:
        following = f.read(1)
        last = not following
        if len(sealed) < _TAG:
            raise BundleTruncated()
        try:
            plain = aead.decrypt(_nonce(counter, last), sealed, None)
        except InvalidTag:
            if last and len(sealed) == _CHUNK + _TAG:
                raise BundleTruncated() from None  # a full chunk at the end: the last one is missing
            raise BundleCorrupt(
                "This encrypted bundle is damaged or incomplete (it does not decrypt); "
                "copy the file again or ask the sender for a new one."
            ) from None
        if not plain and (counter > 0 or not last):
            raise _damaged()  # only an empty file ends in an empty chunk
        out.write(plain)
        if last:
            return
        counter += 1
        sealed = following + f.read(_CHUNK + _TAG - 1)
