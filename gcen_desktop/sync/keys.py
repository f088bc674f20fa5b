"""This store's own keys: an Ed25519 key that signs its bundles and an age identity that opens
bundles encrypted to it. They live in `<workspace>/keys/`, readable by the owner only, and never
travel in a bundle; only their public halves do (in the manifest and the team roster)."""

from __future__ import annotations

import base64
import hashlib
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..domain.errors import UserError
from .durable import fsync_dir

KEYS_DIR = "keys"
SIGNING_FILE = "signing.key"
AGE_FILE = "age.key"


@dataclass
class StoreKeys:
    signing_key: Ed25519PrivateKey
    public_key_b64: str
    age_identity: str
    age_recipient: str
    fingerprint: str


def public_key_b64(key: Ed25519PrivateKey | Ed25519PublicKey) -> str:
    public = key.public_key() if isinstance(key, Ed25519PrivateKey) else key
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def public_key_from_b64(text: str) -> Ed25519PublicKey:
    """The key, or ValueError when the text is not a base64 Ed25519 public key."""
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key has 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)


def fingerprint(public_key_b64: str) -> str:
    """A short form of a public key that people can read aloud and compare: 8 groups of 4 hex digits
    (128 bits of the key's SHA-256)."""
    digest = hashlib.sha256(base64.b64decode(public_key_b64.encode("ascii"))).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4)).upper()


def load_or_create_keys(folder: Path) -> StoreKeys:
    """This store's keys, made on first use. Two makers at once (a preview and an export of the
    app, or the app and `gcen`) end with the same keys: a key file is only ever created, never
    replaced, so the second maker reads what the first made."""
    keys_dir = Path(folder) / KEYS_DIR
    signing_path, age_path = keys_dir / SIGNING_FILE, keys_dir / AGE_FILE
    keys_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    if not signing_path.exists():
        key = Ed25519PrivateKey.generate()
        raw = key.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        _write_secret(signing_path, base64.b64encode(raw) + b"\n")
    if not age_path.exists():
        _write_secret(age_path, str(pyrage.x25519.Identity.generate()).encode("ascii") + b"\n")
    try:
        raw = base64.b64decode(signing_path.read_bytes().strip(), validate=True)
        signing_key = Ed25519PrivateKey.from_private_bytes(raw)
        identity = pyrage.x25519.Identity.from_str(age_path.read_text("ascii").strip())
    except (ValueError, UnicodeDecodeError, pyrage.IdentityError):
        raise UserError(
            "The key files in %(folder)s are damaged; restore them from a backup, or move them "
            "away so that new keys are made (teammates will then have to trust the new key).",
            folder=str(keys_dir),
        ) from None
    public = public_key_b64(signing_key)
    return StoreKeys(
        signing_key=signing_key,
        public_key_b64=public,
        age_identity=str(identity),
        age_recipient=str(identity.to_public()),
        fingerprint=fingerprint(public),
    )


def _write_secret(path: Path, data: bytes) -> None:
    """Create a key file readable by the owner only, completely or not at all; when another maker
    created it meanwhile, theirs stays (a hard link never replaces a file)."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(partial, 0o600)
    try:
        os.link(partial, path)
    except FileExistsError:
        pass  # another maker was first: its key is the store's
    except OSError:  # a file system without hard links: the last writer wins, as before
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    fsync_dir(path.parent)
