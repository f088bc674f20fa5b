"""Each limit of SYNC.md's table refuses what exceeds it, with the error the user can act on;
and a newer minor format version is read, ignoring the fields it adds."""

from __future__ import annotations

from pathlib import Path

import orjson
import pyrage
import pytest

from gcen_desktop.store.events import seal
from gcen_desktop.sync import errors as E
from gcen_desktop.sync import zipcheck
from gcen_desktop.sync.limits import DEFAULT_LIMITS, GiB, KiB, Limits, MiB, human_size
from gcen_desktop.sync.reader import needs_passphrase, read_bundle
from tests.sync.hostile.make_corpus import assemble, corpus_keys, fill_members, valid, valid_parts

KEYS = corpus_keys()


@pytest.fixture()
def bundle(tmp_path: Path) -> Path:
    path = tmp_path / "valid.gcen"
    path.write_bytes(valid(KEYS))
    return path


def test_the_defaults_are_those_of_sync_md() -> None:
    d = DEFAULT_LIMITS
    assert (d.file_bytes, d.warn_bytes, d.entries) == (512 * MiB, 18 * MiB, 10_000)
    assert (d.events_member_bytes, d.blob_bytes, d.total_bytes, d.free_disk_share) == (
        256 * MiB,
        100 * MiB,
        GiB,
        0.5,
    )
    assert (d.ratio, d.ratio_from_bytes, d.line_bytes) == (100, MiB, 4 * MiB)
    assert (d.title_chars, d.body_chars, d.events, d.manifest_bytes) == (
        1_000,
        1_000_000,
        2_000_000,
        64 * KiB,
    )


@pytest.mark.parametrize(
    ("limits", "fragment"),
    [
        (Limits(events_member_bytes=1000), "list of changes is"),
        (Limits(blob_bytes=1000), "attachment is"),
        (Limits(total_bytes=3000), "unpacks to"),
        (Limits(manifest_bytes=500, manifest_bytes_per_member=10), "description (manifest) is"),
        (Limits(events=3), "carries 7 changes, more than the 3"),
    ],
)
def test_declared_sizes_and_counts_over_the_limits(
    bundle: Path, limits: Limits, fragment: str
) -> None:
    with pytest.raises(E.BundleTooLarge) as info:
        read_bundle(bundle, limits=limits)
    assert fragment in str(info.value)


def test_at_most_half_the_free_disk(bundle: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(zipcheck, "free_disk_bytes", lambda folder: 5000)
    with pytest.raises(E.BundleTooLarge, match="not enough free disk space"):
        read_bundle(bundle)


def test_a_title_at_the_limit_is_accepted_and_one_more_refused(tmp_path: Path) -> None:
    for length, ok in ((1_000, True), (1_001, False)):
        parts = valid_parts(KEYS)
        event = orjson.loads(parts.lines[0].replace(b'"type":"city"', b'"type":"note"'))
        event["fields"] = {"title": "é" * length}
        parts.lines[0] = orjson.dumps(seal(event), option=orjson.OPT_SORT_KEYS)
        path = tmp_path / f"t{length}.gcen"
        path.write_bytes(assemble(parts, KEYS))
        if ok:
            read_bundle(path).close()
        else:
            with pytest.raises(E.BundleCorrupt, match="longer than 1,000 characters"):
                read_bundle(path)


def test_a_newer_minor_version_is_read_and_its_new_fields_ignored(tmp_path: Path) -> None:
    parts = valid_parts(KEYS)
    event = orjson.loads(parts.lines[0])
    event["origin_city"] = "Toronto"  # a field a 1.1 writer might add
    parts.lines[0] = orjson.dumps(seal(event), option=orjson.OPT_SORT_KEYS)
    manifest = fill_members(parts)
    manifest["format_version"] = "1.1"
    manifest["producer"]["device"] = "laptop"
    manifest["locale"] = "fr-CA"
    path = tmp_path / "minor.gcen"
    path.write_bytes(assemble(parts, KEYS, manifest_bytes=orjson.dumps(manifest)))
    with read_bundle(path) as contents:
        assert contents.manifest.format_version == "1.1"
        assert contents.signer_public_key == KEYS.public_key_b64
        assert contents.events[0]["origin_city"] == "Toronto"  # kept: the event's hash covers it


def test_missing_file_or_folder_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(E.BundleNotABundle, match="There is no file"):
        read_bundle(tmp_path / "nothing.gcen")
    with pytest.raises(E.BundleNotABundle, match="is a folder"):
        read_bundle(tmp_path)
    assert not needs_passphrase(tmp_path / "nothing.gcen")


def test_more_age_layers_than_bundles_use(tmp_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    data = valid(KEYS)
    for _ in range(3):
        data = pyrage.encrypt(data, [identity.to_public()])
    path = tmp_path / "onion.gcen"
    path.write_bytes(data)
    with pytest.raises(E.BundleUnsafe, match="more layers of encryption"):
        read_bundle(path, identities=[str(identity)])
    path.write_bytes(pyrage.encrypt(valid(KEYS), [identity.to_public()]))
    read_bundle(path, identities=[str(identity)]).close()


def test_an_oversized_age_header(tmp_path: Path) -> None:
    path = tmp_path / "header.gcen"
    stanza = b"-> X25519 " + b"A" * 43 + b"\n" + b"B" * 43 + b"\n"
    path.write_bytes(b"age-encryption.org/v1\n" + stanza * 20_000)
    with pytest.raises(E.BundleUnsafe, match="oversized header"):
        read_bundle(
            path,
            identities=[str(pyrage.x25519.Identity.generate())],
            limits=Limits(age_header_bytes=64 * KiB),
        )


def test_human_sizes() -> None:
    assert [human_size(n) for n in (900, 4096, 18 * MiB + MiB // 2, 512 * MiB, GiB)] == [
        "900 bytes",
        "4 KiB",
        "18.5 MiB",
        "512 MiB",
        "1 GiB",
    ]


def test_many_attachments_fit_the_manifest_cap(tmp_path: Path) -> None:
    """64 KiB alone would hold ~450 listed attachments; the cap grows by 256 bytes per entry."""
    import hashlib

    from gcen_desktop.sync.bundle_writer import write_bundle
    from tests.sync.hostile.make_corpus import sample_events
    from tests.sync.test_bundle_roundtrip import make_manifest

    blobs = {}
    for i in range(1_500):
        data = f"attachment {i}".encode()
        path = tmp_path / f"{i}.bin"
        path.write_bytes(data)
        blobs[hashlib.sha256(data).hexdigest()] = path
    out = tmp_path / "many.gcen"
    write_bundle(out, make_manifest(), sample_events(), blobs, keys=KEYS)
    with read_bundle(out) as contents:
        assert len(contents.manifest_bytes) > DEFAULT_LIMITS.manifest_bytes
        assert len(contents.blobs) == 1_500


@pytest.mark.parametrize(
    ("version", "outcome"),
    [
        ("1.0", None),
        ("1.7", None),
        ("2.0", E.BundleNewerFormat),
        ("0.9", E.BundleCorrupt),
        ("1", E.BundleCorrupt),
    ],
)
def test_format_versions(tmp_path: Path, version: str, outcome: type | None) -> None:
    parts = valid_parts(KEYS)
    manifest = fill_members(parts)
    manifest["format_version"] = version
    path = tmp_path / "v.gcen"
    path.write_bytes(assemble(parts, KEYS, manifest_bytes=orjson.dumps(manifest)))
    if outcome is None:
        read_bundle(path).close()
    else:
        with pytest.raises(outcome):
            read_bundle(path)
