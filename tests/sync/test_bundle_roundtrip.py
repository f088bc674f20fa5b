"""Bundles written by the writer read back identical: unsigned, signed, passphrase, recipients, both;
and every event a real store makes passes the reader's checks."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import orjson
import pytest

from gcen_desktop.sync import errors as E
from gcen_desktop.sync.bundle_writer import partial_path, write_bundle
from gcen_desktop.sync.keys import load_or_create_keys
from gcen_desktop.sync.limits import Limits
from gcen_desktop.sync.manifest import Manifest, Producer
from gcen_desktop.sync.reader import is_encrypted, needs_passphrase, read_bundle
from tests.sync.hostile.make_corpus import BLOB, BLOB_SHA, REPLICA, rec_id, sample_events


def make_manifest(**over) -> Manifest:
    values = dict(
        app_version="0.1.0",
        schema_version="0002",
        workspace_id=rec_id(100),
        workspace_name="Toronto team",
        bundle_id=rec_id(101),
        kind="full",
        created_ms=1_790_000_100_000,
        producer=Producer(replica=REPLICA, name="Ana"),
        have={REPLICA: [[1, 7]]},
    )
    values.update(over)
    return Manifest(**values)


@pytest.fixture(scope="module")
def people(tmp_path_factory: pytest.TempPathFactory):
    root = tmp_path_factory.mktemp("keys")
    return (
        load_or_create_keys(root / "ana"),
        load_or_create_keys(root / "bo"),
        load_or_create_keys(root / "chen"),
    )


@pytest.fixture()
def blob_file(tmp_path: Path) -> Path:
    path = tmp_path / "residency.pdf"
    path.write_bytes(BLOB)
    return path


def roundtrip(
    tmp_path: Path, blob_file: Path, *, passphrase_to_read=None, identities=(), **write_kw
):
    path = tmp_path / "out.gcen"
    events = sample_events()
    manifest = make_manifest()
    result = write_bundle(path, manifest, events, {BLOB_SHA: blob_file}, **write_kw)
    assert result.path == path and result.size == path.stat().st_size
    assert result.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert result.event_count == len(events) and result.warning is None
    assert not partial_path(path).exists()
    contents = read_bundle(path, passphrase=passphrase_to_read, identities=identities)
    with contents:
        assert contents.events == events
        assert contents.manifest == manifest
        assert contents.manifest.event_count == len(events)
        assert set(contents.manifest.members) == {"events.jsonl", f"blobs/sha256/{BLOB_SHA}"}
        assert contents.blobs[BLOB_SHA].read_bytes() == BLOB
        assert contents.file_sha256 == result.sha256 and contents.size == result.size
        folder = contents.blobs[BLOB_SHA].parent
    assert not folder.exists(), "close() removes the temp files"
    return path, contents


def test_unsigned(tmp_path: Path, blob_file: Path) -> None:
    path, contents = roundtrip(tmp_path, blob_file)
    assert contents.signer_public_key is None and not contents.encrypted
    assert not is_encrypted(path) and not needs_passphrase(path)
    assert orjson.loads(contents.manifest_bytes)["producer"]["public_key"] == ""


def test_signed(tmp_path: Path, blob_file: Path, people) -> None:
    ana = people[0]
    _, contents = roundtrip(tmp_path, blob_file, keys=ana)
    assert contents.signer_public_key == ana.public_key_b64
    assert contents.manifest.producer.fingerprint == ana.fingerprint
    assert contents.manifest.producer.age_recipient == ana.age_recipient
    assert not contents.encrypted


def test_passphrase(tmp_path: Path, blob_file: Path) -> None:
    path, contents = roundtrip(
        tmp_path, blob_file, passphrase="sesame street", passphrase_to_read="sesame street"
    )
    assert contents.encrypted and contents.signer_public_key is None
    assert is_encrypted(path) and needs_passphrase(path)
    assert b"events.jsonl" not in path.read_bytes()


def test_recipients_each_can_open(tmp_path: Path, blob_file: Path, people) -> None:
    ana, bo, chen = people
    path, contents = roundtrip(
        tmp_path,
        blob_file,
        keys=ana,
        recipients=[bo.age_recipient, chen.age_recipient],
        identities=[bo.age_identity],
    )
    assert contents.encrypted and contents.signer_public_key == ana.public_key_b64
    assert is_encrypted(path) and not needs_passphrase(path)
    with read_bundle(path, identities=[chen.age_identity]) as again:
        assert again.events == contents.events
    with pytest.raises(E.BundleNeedsKey):
        read_bundle(path, identities=[ana.age_identity])
    with pytest.raises(E.BundleNeedsKey):
        read_bundle(path)


def test_recipients_and_passphrase_need_both(tmp_path: Path, blob_file: Path, people) -> None:
    ana, bo, _ = people
    path, contents = roundtrip(
        tmp_path,
        blob_file,
        keys=ana,
        recipients=[bo.age_recipient],
        passphrase="two locks",
        passphrase_to_read="two locks",
        identities=[bo.age_identity],
    )
    assert contents.encrypted and contents.signer_public_key == ana.public_key_b64
    assert needs_passphrase(path)
    with pytest.raises(E.BundleNeedsKey):
        read_bundle(path, passphrase="two locks")
    with pytest.raises(E.BundleNeedsPassphrase):
        read_bundle(path, identities=[bo.age_identity])


def test_bad_identity_text_is_a_plain_error(tmp_path: Path, blob_file: Path, people) -> None:
    path = tmp_path / "b.gcen"
    write_bundle(path, make_manifest(), sample_events(), {}, recipients=[people[1].age_recipient])
    with pytest.raises(E.BundleNeedsKey, match="not an age secret key"):
        read_bundle(path, identities=["AGE-SECRET-KEY-1NOPE"])


def test_real_store_events_pass_the_reader(sample_ws, tmp_path: Path, people) -> None:
    """Every kind of event the store writes (creates, edits, links, statuses, deletes) is accepted."""
    ws = sample_ws
    some = ws.store.query("type = 'note'", limit=2)
    for view in some:
        ws.edit(view.id, {"title": view.title + " (edited)"})
    ws.delete(some[-1].id)
    with ws.store.read() as conn:
        events = [
            orjson.loads(b)
            for (b,) in conn.exec_driver_sql("SELECT body FROM events ORDER BY replica, seq")
        ]
    assert len(events) > 50
    path = tmp_path / "sample.gcen"
    write_bundle(path, make_manifest(have={}), events, {}, keys=people[0])
    with read_bundle(path) as contents:
        assert contents.events == events
        assert {e["type"] for e in contents.events} >= {
            "note",
            "reading_item",
            "action_plan",
            "link",
        }
        assert {e["op"] for e in contents.events} == {"set", "del"}


def test_an_over_compressible_attachment_is_stored_so_that_readers_accept_it(
    tmp_path: Path,
) -> None:
    zeros = tmp_path / "zeros.bin"
    zeros.write_bytes(bytes(3_000_000))
    sha = hashlib.sha256(zeros.read_bytes()).hexdigest()
    path = tmp_path / "z.gcen"
    write_bundle(path, make_manifest(), sample_events(), {sha: zeros})
    assert path.stat().st_size > 3_000_000
    with read_bundle(path) as contents:
        assert contents.blobs[sha].read_bytes() == zeros.read_bytes()


def test_a_bundle_over_the_email_size_gets_a_warning(tmp_path: Path) -> None:
    noise = tmp_path / "noise.bin"
    noise.write_bytes(os.urandom(300_000))
    sha = hashlib.sha256(noise.read_bytes()).hexdigest()
    result = write_bundle(
        tmp_path / "big.gcen",
        make_manifest(),
        sample_events(),
        {sha: noise},
        limits=Limits(warn_bytes=200_000),
    )
    assert result.warning and "too large for most e-mail" in result.warning


def test_same_content_gives_the_same_bytes(tmp_path: Path, blob_file: Path) -> None:
    a = write_bundle(tmp_path / "a.gcen", make_manifest(), sample_events(), {BLOB_SHA: blob_file})
    b = write_bundle(tmp_path / "b.gcen", make_manifest(), sample_events(), {BLOB_SHA: blob_file})
    assert a.sha256 == b.sha256


def test_cancel_leaves_no_file(tmp_path: Path, blob_file: Path) -> None:
    path = tmp_path / "c.gcen"
    events = sample_events() * 300  # 2,100 lines: progress is reported every 1,000
    with pytest.raises(E.BundleCancelled):
        write_bundle(
            path,
            make_manifest(),
            events,
            {BLOB_SHA: blob_file},
            progress=lambda done, total: done < 1000,
        )
    assert list(tmp_path.iterdir()) == [blob_file]


def test_progress_reaches_the_total(tmp_path: Path, blob_file: Path) -> None:
    seen: list[tuple[int, int]] = []
    write_bundle(
        tmp_path / "p.gcen",
        make_manifest(),
        sample_events(),
        {BLOB_SHA: blob_file},
        progress=lambda d, t: seen.append((d, t)) or True,
    )
    assert seen[-1][0] == seen[-1][1] == len(sample_events()) + 2
    reads: list[tuple[int, int]] = []
    with read_bundle(tmp_path / "p.gcen", progress=lambda d, t: reads.append((d, t)) or True):
        pass
    assert reads[-1][0] == reads[-1][1]
    with pytest.raises(E.BundleCancelled):
        read_bundle(tmp_path / "p.gcen", progress=lambda d, t: False)


def test_writer_refuses_what_the_reader_would_refuse(tmp_path: Path, blob_file: Path) -> None:
    path = tmp_path / "x.gcen"
    small = Limits(line_bytes=200)
    with pytest.raises(E.BundleTooLarge, match="larger than a bundle may carry"):
        write_bundle(path, make_manifest(), sample_events(), {}, limits=small)
    with pytest.raises(E.BundleTooLarge, match="more changes than a bundle may"):
        write_bundle(path, make_manifest(), sample_events(), {}, limits=Limits(events=3))
    with pytest.raises(E.BundleTooLarge, match="residency.pdf is larger than"):
        write_bundle(
            path,
            make_manifest(),
            sample_events(),
            {BLOB_SHA: blob_file},
            limits=Limits(blob_bytes=100),
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["residency.pdf"]


def test_a_changed_attachment_file_is_refused(tmp_path: Path, blob_file: Path) -> None:
    blob_file.write_bytes(BLOB + b"edited since")
    with pytest.raises(E.BundleWriteFailed, match="no longer matches"):
        write_bundle(tmp_path / "y.gcen", make_manifest(), sample_events(), {BLOB_SHA: blob_file})
    assert not (tmp_path / "y.gcen").exists() and not partial_path(tmp_path / "y.gcen").exists()


def test_bad_recipient_or_empty_passphrase_is_a_plain_error(tmp_path: Path) -> None:
    from gcen_desktop.domain.errors import UserError

    with pytest.raises(UserError, match="not a teammate's public key"):
        write_bundle(tmp_path / "r.gcen", make_manifest(), [], {}, recipients=["age1nope"])
    with pytest.raises(UserError, match="passphrase is empty"):
        write_bundle(tmp_path / "r.gcen", make_manifest(), [], {}, passphrase="  ")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_destination_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(E.BundleWriteFailed, match="could not be written"):
        write_bundle(tmp_path / "missing-folder" / "r.gcen", make_manifest(), sample_events(), {})
