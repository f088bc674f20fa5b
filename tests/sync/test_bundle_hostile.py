"""The hostile corpus: each broken or malicious bundle is refused with its own error and message,
and the reader leaves nothing behind."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from gcen_desktop.sync.errors import BundleError
from gcen_desktop.sync.reader import read_bundle
from tests.sync.hostile.make_corpus import CASES, build_corpus, corpus_keys, valid


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    return {c.name: c for c in build_corpus(tmp_path_factory.mktemp("hostile"))}


@pytest.fixture()
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the reader's temp files at a folder we can check is empty afterwards."""
    folder = tmp_path / "reader-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_the_corpus_base_bundle_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "valid.gcen"
    keys = corpus_keys()
    path.write_bytes(valid(keys))
    with read_bundle(path) as contents:
        assert contents.signer_public_key == keys.public_key_b64
        assert len(contents.events) == contents.manifest.event_count == 7
        assert len(contents.blobs) == 1


@pytest.mark.parametrize("name", [c.name for c in CASES()])
def test_hostile_bundle_is_refused_with_its_own_error(
    name: str, corpus: dict, private_tmp: Path
) -> None:
    case = corpus[name]
    with pytest.raises(BundleError) as info:
        read_bundle(
            case.path, passphrase=case.passphrase, identities=case.identities, limits=case.limits
        )
    assert type(info.value) is case.error, str(info.value)
    message = str(info.value)
    assert case.message in message
    assert "\n" not in message and message.endswith(".")
    assert list(private_tmp.iterdir()) == []


def test_every_case_has_a_distinct_message(corpus: dict, private_tmp: Path) -> None:
    by_message: dict[str, set[str]] = {}
    for case in corpus.values():
        try:
            read_bundle(
                case.path,
                passphrase=case.passphrase,
                identities=case.identities,
                limits=case.limits,
            )
        except BundleError as e:
            by_message.setdefault(str(e), set()).add(case.name)
    # the same damage reached by different routes may read the same
    allowed = [
        {"tampered_manifest", "forged_signature"},
        {"overlap_shared_span", "overlap_quoted"},
        {"random_bytes", "not_a_gcen_manifest"},
    ]
    shared = [names for names in by_message.values() if len(names) > 1]
    assert all(names in allowed for names in shared), shared
    assert sum(len(names) for names in by_message.values()) == len(corpus)


def test_an_unforeseen_failure_is_still_a_plain_refusal(
    tmp_path: Path, private_tmp: Path, monkeypatch
) -> None:
    from gcen_desktop.sync.errors import BundleCorrupt
    from gcen_desktop.sync.reader import bundle as bundle_reader

    path = tmp_path / "valid.gcen"
    path.write_bytes(valid(corpus_keys()))

    def broken(*args, **kwargs):
        raise KeyError("a check nobody wrote")

    monkeypatch.setattr(bundle_reader, "_check_members", broken)
    with pytest.raises(BundleCorrupt, match="could not be checked") as info:
        read_bundle(path)
    assert isinstance(info.value.__cause__, KeyError)
    assert list(private_tmp.iterdir()) == []
