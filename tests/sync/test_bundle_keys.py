"""Store keys: made once, kept owner-only, stable fingerprints, never inside a bundle."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.sync.bundle_writer import write_bundle
from gcen_desktop.sync.keys import fingerprint, load_or_create_keys
from gcen_desktop.sync.reader import read_bundle
from tests.sync.hostile.make_corpus import sample_events
from tests.sync.test_bundle_roundtrip import make_manifest


def test_keys_are_made_once_and_kept_private(tmp_path: Path) -> None:
    first = load_or_create_keys(tmp_path)
    again = load_or_create_keys(tmp_path)
    assert again.public_key_b64 == first.public_key_b64
    assert again.age_identity == first.age_identity and again.age_recipient == first.age_recipient
    assert first.age_recipient.startswith("age1") and first.age_identity.startswith(
        "AGE-SECRET-KEY-1"
    )
    folder = tmp_path / "keys"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for f in folder.iterdir():
        assert stat.S_IMODE(f.stat().st_mode) == 0o600
    assert sorted(p.name for p in folder.iterdir()) == ["age.key", "signing.key"]


def test_two_stores_get_different_keys(tmp_path: Path) -> None:
    a, b = load_or_create_keys(tmp_path / "a"), load_or_create_keys(tmp_path / "b")
    assert a.public_key_b64 != b.public_key_b64 and a.fingerprint != b.fingerprint


def test_fingerprint_is_short_readable_and_stable(tmp_path: Path) -> None:
    keys = load_or_create_keys(tmp_path)
    fp = fingerprint(keys.public_key_b64)
    assert fp == keys.fingerprint
    groups = fp.split(" ")
    assert len(groups) == 8 and all(len(g) == 4 and g == g.upper() for g in groups)
    # the key of 32 zero bytes, whose SHA-256 starts 66687aad f862bd77 6c8fc18b 8e9f8e20
    assert fingerprint("A" * 43 + "=") == "6668 7AAD F862 BD77 6C8F C18B 8E9F 8E20"


def test_damaged_key_file_is_a_plain_error(tmp_path: Path) -> None:
    load_or_create_keys(tmp_path)
    (tmp_path / "keys" / "signing.key").write_text("not a key")
    with pytest.raises(UserError, match="key files .* are damaged"):
        load_or_create_keys(tmp_path)


def test_secret_keys_never_travel_in_a_bundle(tmp_path: Path) -> None:
    keys = load_or_create_keys(tmp_path / "store")
    path = tmp_path / "b.gcen"
    write_bundle(path, make_manifest(), sample_events(), {}, keys=keys)
    secret = (tmp_path / "store" / "keys" / "signing.key").read_bytes().strip()
    with read_bundle(path) as contents:
        raw = contents.manifest_bytes
    assert secret not in raw and keys.age_identity.encode() not in raw
    assert keys.public_key_b64.encode() in raw


def test_makers_at_once_end_with_one_key(tmp_path):
    # the app's preview and export (threads), or the app and `gcen` (processes), may both be first
    import threading

    from gcen_desktop.sync.keys import load_or_create_keys

    found: list[str] = []
    barrier = threading.Barrier(8)

    def make() -> None:
        barrier.wait()
        found.append(load_or_create_keys(tmp_path).fingerprint)

    threads = [threading.Thread(target=make) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(found)) == 1 and load_or_create_keys(tmp_path).fingerprint == found[0]
    assert not list((tmp_path).rglob("*.partial"))
