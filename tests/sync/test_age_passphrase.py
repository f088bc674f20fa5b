"""The passphrase layer of a bundle: a fixed work factor whatever the computer, files that age's
own implementation (pyrage) reads and writes, and plain refusals of a damaged or cut-short file."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pyrage
import pytest

from gcen_desktop.sync import age_passphrase
from gcen_desktop.sync.crypto import encrypt_file, parse_header, scrypt_work
from gcen_desktop.sync.errors import BundleCorrupt, BundleTruncated, BundleWrongPassphrase
from gcen_desktop.sync.limits import DEFAULT_LIMITS

CHUNK = 64 * 1024
SIZES = (0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 3 * CHUNK)
LOW = 10  # a cheap work factor, for tests that do not look at it


def _plain(tmp_path: Path, size: int) -> Path:
    src = tmp_path / f"plain{size}"
    src.write_bytes(os.urandom(size))
    return src


def test_a_passphrase_bundle_has_the_same_work_factor_on_every_computer(tmp_path):
    # pyrage timed this computer and wrote 2^19 or more here; a slower teammate's copy refused it
    src = _plain(tmp_path, 100)
    dst = tmp_path / "locked"
    encrypt_file(src, dst, recipients=[], passphrase="correct horse")
    assert scrypt_work(parse_header(dst.read_bytes()[:4096], DEFAULT_LIMITS)) == age_passphrase.WORK_FACTOR == 18
    out = tmp_path / "open"
    age_passphrase.decrypt(dst, out, "correct horse", max_work=DEFAULT_LIMITS.scrypt_log_n)
    assert out.read_bytes() == src.read_bytes()


@pytest.mark.parametrize("size", SIZES)
def test_what_we_write_age_reads(tmp_path, size):
    src = _plain(tmp_path, size)
    dst = tmp_path / "locked"
    age_passphrase.encrypt(src, dst, "pass phrase é 中", work=LOW)
    assert pyrage.passphrase.decrypt(dst.read_bytes(), "pass phrase é 中") == src.read_bytes()


@pytest.mark.parametrize("size", (CHUNK + 1,))  # pyrage times this computer: seconds per file
def test_what_age_writes_we_read(tmp_path, size):
    src = _plain(tmp_path, size)
    locked = tmp_path / "locked"
    locked.write_bytes(pyrage.passphrase.encrypt(src.read_bytes(), "pass phrase é 中"))
    out = tmp_path / "open"
    age_passphrase.decrypt(locked, out, "pass phrase é 中", max_work=22)
    assert out.read_bytes() == src.read_bytes()


def _locked(tmp_path: Path, size: int = 2 * CHUNK + 5) -> tuple[Path, bytes]:
    src = _plain(tmp_path, size)
    dst = tmp_path / "locked"
    age_passphrase.encrypt(src, dst, "secret", work=LOW)
    return dst, dst.read_bytes()


def _open(path: Path, passphrase: str = "secret") -> bytes:
    out = path.with_name("open")
    age_passphrase.decrypt(path, out, passphrase, max_work=DEFAULT_LIMITS.scrypt_log_n)
    return out.read_bytes()


def test_a_wrong_passphrase_is_told_as_such(tmp_path):
    path, _ = _locked(tmp_path)
    with pytest.raises(BundleWrongPassphrase):
        _open(path, "Secret")
    assert not path.with_name("open").exists()


def test_a_file_cut_short_anywhere_in_its_payload_is_incomplete(tmp_path):
    path, data = _locked(tmp_path)
    header_end = data.index(b"\n", data.index(b"---")) + 1 + 16
    for cut in (header_end, header_end + 10, header_end + CHUNK + 16, header_end + 2 * (CHUNK + 16), len(data) - 1):
        path.write_bytes(data[:cut])
        with pytest.raises((BundleTruncated, BundleCorrupt)) as e:
            _open(path)
        if cut in (header_end + CHUNK + 16, header_end + 2 * (CHUNK + 16)):
            assert isinstance(e.value, BundleTruncated)  # whole chunks, the last one missing


def test_a_changed_byte_or_anything_appended_is_damage(tmp_path):
    path, data = _locked(tmp_path)
    for at in (len(data) // 2, len(data) - 1):
        changed = bytearray(data)
        changed[at] ^= 1
        path.write_bytes(bytes(changed))
        with pytest.raises(BundleCorrupt):
            _open(path)
    path.write_bytes(data + b"x")
    with pytest.raises(BundleCorrupt):
        _open(path)


def test_a_changed_header_fails_its_mac(tmp_path):
    path, data = _locked(tmp_path)
    # the work factor rewritten (10 -> 11, cheaper to try than the passphrase's real one) is caught
    # as a wrong passphrase or a damaged header, never taken
    path.write_bytes(data.replace(b" 10\n", b" 11\n", 1))
    with pytest.raises((BundleCorrupt, BundleWrongPassphrase)):
        _open(path)
    salt = re.search(rb"-> scrypt (\S+) ", data).group(1)
    path.write_bytes(data.replace(salt, salt + b"A", 1))  # not 16 bytes any more
    with pytest.raises(BundleCorrupt):
        _open(path)


def test_a_work_factor_above_the_ceiling_is_refused_before_any_work(tmp_path):
    path, data = _locked(tmp_path)
    path.write_bytes(data.replace(b" 10\n", b" 30\n", 1))
    with pytest.raises(BundleCorrupt):
        age_passphrase.decrypt(path, tmp_path / "open", "secret", max_work=20)
