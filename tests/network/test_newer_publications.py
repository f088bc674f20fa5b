"""A publication (or a hub's digest, read by the same reader) made by a newer version of GCEN
Desktop: a record type or a choice this version does not know, or a newer minor format's line
member, kind of line or manifest field, is refused with one plain sentence saying to update GCEN
Desktop (asking the city to publish again cannot help: its app writes the same), and nothing is
changed. A field this version does not know is taken in (kept out of view), as before, and so is a publication
of a newer minor format whose manifest has a field this version does not know (as a bundle's)."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import msgspec
import orjson
import pytest

from gcen_desktop.sync.bundle_writer import write_bundle
from gcen_desktop.sync.errors import BundleError, BundleNewerFormat
from gcen_desktop.sync.publication import content_hash, encode_line, read_publication

from .cities import close, make_city, publish


@pytest.fixture
def two(tmp_path):
    toronto, boston = make_city(tmp_path, "Toronto"), make_city(tmp_path, "Boston")
    toronto.ws.create("note", {"title": "Site visit", "body": "Teams plan together.", "visibility": "network"})
    boston.receive(publish(toronto, tmp_path, "Boston"), trust_new_key=True)
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    yield toronto, boston
    close(toronto, boston)


def _state(net) -> tuple:
    with net.store.read() as conn:
        return tuple(tuple(conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2").all())
                     for t in ("network_sources", "network_keys", "network_library"))


def _as_a_newer_version_wrote(toronto, tmp_path: Path, line: Callable[[dict], None] | None = None,
                              **manifest_changes) -> Path:
    """Toronto's publication for Boston, each line changed by `line` (its content hash made again)
    and its manifest by `manifest_changes`, signed by Toronto's key as its app would."""
    with read_publication(publish(toronto, tmp_path, "Boston")) as contents:
        manifest, lines = contents.manifest, [orjson.loads(encode_line(x)) for x in contents.lines]
    for item in lines:
        if line is not None:
            line(item)
        if "values" in item:
            item["h"] = content_hash(item["values"], [], item.get("tags", []), [])
    path = tmp_path / "newer.gcen"
    write_bundle(path, msgspec.structs.replace(manifest, **manifest_changes),
                 [orjson.dumps(x, option=orjson.OPT_SORT_KEYS) for x in lines], {}, keys=toronto.keys)
    return path


def _bump(item: dict) -> None:
    item["counter"] += 1


CASES = {
    "record type": lambda i: i.update(type="case_study"),
    "choice": lambda i: (i["values"].update(kind="podcast") if i["type"] == "note" else None, _bump(i)),
    "line member of a newer minor": lambda i: i.update(summary="In short"),
    "kind of line of a newer minor": lambda i: i.update(op="amend"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_newer_versions_publication_says_to_update_and_changes_nothing(two, tmp_path, case):
    toronto, boston = two
    minor = {"format_version": "1.1"} if "minor" in case else {}
    path = _as_a_newer_version_wrote(toronto, tmp_path, CASES[case], **minor)
    before = _state(boston)
    with pytest.raises(BundleError) as refused:
        boston.receive(path, trust_new_key=True)
    message = str(refused.value)
    assert type(refused.value) is BundleNewerFormat, message
    assert "\n" not in message and "update GCEN Desktop" in message and "publish again" not in message
    assert _state(boston) == before


def test_a_newer_minor_manifest_field_is_left_out_as_a_bundles_is(two, tmp_path):
    toronto, boston = two
    path = _as_a_newer_version_wrote(toronto, tmp_path, format_version="1.1")
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    manifest = orjson.loads(members["manifest.json"])
    manifest["region"] = "Ontario"
    members["manifest.json"] = orjson.dumps(manifest)
    members["manifest.sig"] = toronto.keys.signing_key.sign(members["manifest.json"])  # as Toronto's app signs
    again = tmp_path / "newer-manifest.gcen"
    with zipfile.ZipFile(again, "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in members.items():
            z.writestr(n, data)
    assert boston.receive(again, trust_new_key=True).applied == 1


def test_a_field_this_version_does_not_know_is_taken_in(two, tmp_path):
    toronto, boston = two
    path = _as_a_newer_version_wrote(toronto, tmp_path, lambda i: (i["values"].update(impact="high"), _bump(i)))
    report = boston.receive(path, trust_new_key=True)
    assert report.applied == 2
