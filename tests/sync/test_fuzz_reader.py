"""Fuzzing the bundle reader: random and mutated bundles must end in a BundleError (or read
cleanly when the mutation happened to be harmless), never in any other exception, and leave
no temp files behind."""

from __future__ import annotations

import base64
import hashlib
import random
import tempfile
from pathlib import Path

import orjson
import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gcen_desktop.sync.errors import BundleError
from gcen_desktop.sync.limits import Limits
from gcen_desktop.sync.reader import read_bundle
from tests.sync.hostile.make_corpus import Parts, assemble, corpus_keys, valid_parts

LIMITS = Limits(ratio_from_bytes=64 * 1024, line_bytes=64 * 1024, file_bytes=4 * 1024 * 1024)
KEYS = corpus_keys()
INTERESTING = [0, 1, 0x7F, 0x80, 0xFF, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF]


@pytest.fixture()
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "reader-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def read_or_refuse(path: Path, **kw) -> str:
    """'ok' or the error class name; anything but a foreseen BundleError fails the test."""
    try:
        with read_bundle(path, limits=LIMITS, **kw):
            return "ok"
    except BundleError as e:
        # the reader's safety net chains what it did not foresee; a foreseen refusal has no cause
        assert e.__cause__ is None, repr(e.__cause__)
        return type(e).__name__


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    kind = rng.randrange(7)
    if kind == 0:  # flip a few bits anywhere
        for _ in range(rng.randint(1, 8)):
            b[rng.randrange(len(b))] ^= 1 << rng.randrange(8)
    elif kind == 1:  # an extreme value in a 2- or 4-byte field
        width = rng.choice((2, 4))
        pos = rng.randrange(len(b) - width)
        b[pos : pos + width] = (rng.choice(INTERESTING) & (256**width - 1)).to_bytes(
            width, "little"
        )
    elif kind == 2:  # cut short
        del b[rng.randrange(len(b)) :]
    elif kind == 3:  # bytes inserted or removed in the middle
        pos = rng.randrange(len(b))
        if rng.random() < 0.5:
            b[pos:pos] = rng.randbytes(rng.randint(1, 64))
        else:
            del b[pos : pos + rng.randint(1, 64)]
    elif kind == 4:  # a slice duplicated (repeated headers, overlapping spans)
        start = rng.randrange(len(b))
        piece = b[start : start + rng.randint(1, 200)]
        pos = rng.randrange(len(b))
        b[pos:pos] = piece
    elif kind == 5:  # the structure at the end: central directory and end record
        tail = min(len(b), 400)
        for _ in range(rng.randint(1, 4)):
            b[len(b) - 1 - rng.randrange(tail)] = rng.randrange(256)
    else:  # a header field of a local entry
        pos = bytes(b).find(b"PK\x03\x04", rng.randrange(len(b)))
        if pos >= 0:
            field = pos + rng.randrange(4, 30)
            b[field] = rng.randrange(256)
    return bytes(b)


@pytest.mark.parametrize("signed", [False, True])
def test_mutated_files(tmp_path: Path, private_tmp: Path, signed: bool) -> None:
    parts = valid_parts(KEYS)
    parts.sign = signed
    base = assemble(parts, KEYS)
    rng = random.Random(20261122 + signed)
    outcomes: dict[str, int] = {}
    for i in range(200):
        data = mutate_bytes(base, rng)
        path = tmp_path / f"m{i}.gcen"
        path.write_bytes(data)
        outcome = read_or_refuse(path)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        path.unlink()
    assert list(private_tmp.iterdir()) == []
    assert len(outcomes) >= 4, outcomes  # the mutations reach several layers of checks


JSON_BYTES = b'{}[]",:\\0123456789-.eEtrufalsn u\x00\x7f\xff'


def mutate_text(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        pos = rng.randrange(len(b))
        choice = rng.randrange(3)
        if choice == 0:
            b[pos] = rng.choice(JSON_BYTES)
        elif choice == 1:
            b.insert(pos, rng.choice(JSON_BYTES))
        else:
            del b[pos]
    return bytes(b)


def rebuilt(parts: Parts, *, manifest: bytes | None = None) -> bytes:
    """A well-formed, consistent archive around (possibly broken) content."""
    parts.sign = False
    return assemble(parts, KEYS, manifest_bytes=manifest)


def test_mutated_event_lines_in_consistent_archives(tmp_path: Path, private_tmp: Path) -> None:
    rng = random.Random(7)
    outcomes: dict[str, int] = {}
    for i in range(200):
        parts = valid_parts(KEYS)
        index = rng.randrange(len(parts.lines))
        parts.lines[index] = mutate_text(parts.lines[index], rng)
        path = tmp_path / f"e{i}.gcen"
        path.write_bytes(rebuilt(parts))
        outcome = read_or_refuse(path)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert list(private_tmp.iterdir()) == []
    assert outcomes.get("BundleCorrupt", 0) > 150, outcomes


def test_mutated_manifests_in_consistent_archives(tmp_path: Path, private_tmp: Path) -> None:
    from tests.sync.hostile.make_corpus import fill_members

    rng = random.Random(11)
    outcomes: dict[str, int] = {}
    for i in range(150):
        parts = valid_parts(KEYS)
        manifest = mutate_text(orjson.dumps(fill_members(parts)), rng)
        path = tmp_path / f"j{i}.gcen"
        path.write_bytes(rebuilt(parts, manifest=manifest))
        outcome = read_or_refuse(path)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    assert list(private_tmp.iterdir()) == []
    assert len(outcomes) >= 2, outcomes


def test_mutated_encrypted_files(tmp_path: Path, private_tmp: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    base = pyrage.encrypt(assemble(valid_parts(KEYS), KEYS), [identity.to_public()])
    rng = random.Random(5)
    for i in range(100):
        path = tmp_path / f"a{i}.gcen"
        path.write_bytes(mutate_bytes(base, rng))
        # no passphrase: a mutation that happens to read as a scrypt stanza must not cost scrypt work
        read_or_refuse(path, identities=[str(identity)])
    assert list(private_tmp.iterdir()) == []


def test_random_bytes_with_a_zip_or_age_prefix(tmp_path: Path, private_tmp: Path) -> None:
    rng = random.Random(3)
    prefixes = [
        b"",
        b"PK\x03\x04",
        b"PK\x05\x06",
        b"age-encryption.org/v1\n",
        b"age-encryption.org/v1\n-> X25519 ",
    ]
    for i in range(100):
        path = tmp_path / f"r{i}.gcen"
        path.write_bytes(rng.choice(prefixes) + rng.randbytes(rng.randint(0, 3000)))
        assert read_or_refuse(path, identities=[str(pyrage.x25519.Identity.generate())]) != "ok"
    assert list(private_tmp.iterdir()) == []


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats()
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
event_keys = st.sampled_from(
    ["dot", "hlc", "rec", "type", "op", "fields", "parents", "observed", "h", "x"]
)


@settings(
    max_examples=150, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
@given(
    index=st.integers(min_value=0, max_value=6),
    changes=st.dictionaries(event_keys, json_values, min_size=1, max_size=3),
    reseal=st.booleans(),
)
def test_events_with_random_json_values(index: int, changes: dict, reseal: bool) -> None:
    parts = valid_parts(KEYS)
    event = orjson.loads(parts.lines[index])
    event.update(changes)
    if reseal:
        try:
            canonical = orjson.dumps(
                {k: v for k, v in event.items() if k != "h"}, option=orjson.OPT_SORT_KEYS
            )
        except TypeError:  # an integer JSON allows but orjson cannot write: leave the hash alone
            canonical = None
        if canonical is not None:
            event["h"] = "sha256:" + hashlib.sha256(canonical).hexdigest()
    try:
        parts.lines[index] = orjson.dumps(
            event, option=orjson.OPT_SORT_KEYS | orjson.OPT_NON_STR_KEYS
        )
    except TypeError:
        parts.lines[index] = repr(event).encode()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "h.gcen"
        path.write_bytes(rebuilt(parts))
        read_or_refuse(path)


manifest_keys = st.sampled_from(
    [
        "format_version",
        "required_features",
        "workspace_id",
        "kind",
        "created_ms",
        "producer",
        "since",
        "have",
        "event_count",
        "members",
        "roster",
        "bundle_id",
        "extra",
    ]
)


@settings(
    max_examples=100, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)
@given(changes=st.dictionaries(manifest_keys, json_values, min_size=1, max_size=3))
def test_manifests_with_random_json_values(changes: dict) -> None:
    from tests.sync.hostile.make_corpus import fill_members

    parts = valid_parts(KEYS)
    manifest = fill_members(parts)
    manifest.update(changes)
    try:
        data = orjson.dumps(manifest, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:
        data = repr(manifest).encode()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "m.gcen"
        path.write_bytes(rebuilt(parts, manifest=data))
        read_or_refuse(path)


@pytest.mark.parametrize(
    "vector", [{"r1": [[5, 3]]}, {"r1": [[1, 4], [3, 9]]}, {"r1": [[0, 2]]}, {"bad id!": [[1, 2]]}]
)
def test_malformed_seq_ranges_are_refused(tmp_path: Path, private_tmp: Path, vector: dict) -> None:
    from tests.sync.hostile.make_corpus import fill_members

    parts = valid_parts(KEYS)
    manifest = fill_members(parts)
    manifest["have"] = vector
    path = tmp_path / "v.gcen"
    path.write_bytes(rebuilt(parts, manifest=orjson.dumps(manifest)))
    assert read_or_refuse(path) == "BundleCorrupt"


def test_age_headers_with_random_stanzas(tmp_path: Path, private_tmp: Path) -> None:
    """Well-formed age headers with random stanzas reach pyrage (scrypt kept cheap) and still end
    in a BundleError."""
    rng = random.Random(13)
    identity = str(pyrage.x25519.Identity.generate())

    def b64(n: int) -> bytes:
        return base64.b64encode(rng.randbytes(n)).rstrip(b"=")

    outcomes: set[str] = set()
    for i in range(200):
        stanzas = []
        for _ in range(rng.randint(1, 3)):
            kind = rng.choice([b"X25519", b"scrypt", b"ssh-ed25519", b"grease"])
            args = (
                [b64(16), str(rng.choice([1, 2, 5, 99])).encode()]
                if kind == b"scrypt"
                else [b64(rng.choice([32, 31, 5]))]
            )
            body = b64(rng.choice([32, 48, 0, 60]))
            lines = [body[j : j + 64] for j in range(0, len(body), 64)] or [b""]
            if len(lines[-1]) == 64:
                lines.append(b"")
            stanzas.append(
                b"-> " + kind + b" " + b" ".join(args) + b"\n" + b"\n".join(lines) + b"\n"
            )
        data = (
            b"age-encryption.org/v1\n"
            + b"".join(stanzas)
            + b"--- "
            + b64(32)
            + b"\n"
            + rng.randbytes(rng.randint(0, 200))
        )
        path = tmp_path / f"s{i}.gcen"
        path.write_bytes(data)
        outcomes.add(read_or_refuse(path, passphrase="pw", identities=[identity]))
    assert "ok" not in outcomes and len(outcomes) >= 4, outcomes
    assert list(private_tmp.iterdir()) == []
