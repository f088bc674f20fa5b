"""A hub's digest on the desktop: one file of many cities' publications, signed by the hub's key,
which the desktop trusts once; each line names its city. The city's own records in it are left
alone, a withdrawal of a record never received leaves a tombstone, and neither a city's key nor a
line without a city can pass for the hub."""

from __future__ import annotations

import uuid

import pytest

from gcen_desktop import __version__
from gcen_desktop.domain.errors import UserError
from gcen_desktop.services.network import Untrusted
from gcen_desktop.sync.keys import load_or_create_keys
from gcen_desktop.sync.manifest import Producer
from gcen_desktop.sync.publication import (
    Publication,
    PublicationManifest,
    Source,
    Withdrawal,
    content_hash,
    encode_line,
    write_publication,
)

from .cities import close, make_city

HUB_ID = "hub:0b7c9f0e-4a51-4c5e-9a43-6f7e2d1c0a11"
TORONTO = Source("11111111-1111-7111-8111-111111111111", "Toronto", "Toronto team")
SEOUL = Source("22222222-2222-7222-8222-222222222222", "Seoul", "Seoul team")
OSLO = Source("77777777-7777-7777-8777-777777777777", "Oslo", "Oslo team")


def _pub(source: Source | None, title: str, counter: int = 2, rec: str | None = None) -> Publication:
    values = {"title": title, "visibility": "network"}
    return Publication(rec=rec or str(uuid.uuid4()), type="practice", counter=counter, dot=("r1", counter), hlc="h",
                       h=content_hash(values, [], [], []), values=values, source=source)


def _digest(path, keys, lines, workspace_id: str = HUB_ID) -> None:
    m = PublicationManifest(app_version=__version__, workspace_id=workspace_id, workspace_name="Network hub",
                            bundle_id=str(uuid.uuid4()), kind="digest", created_ms=1_700_000_000_000,
                            producer=Producer(replica="hub1", name="Network hub"))
    write_publication(path, m, lines, {}, keys)


@pytest.fixture
def boston(tmp_path):
    net = make_city(tmp_path, "Boston")
    yield net
    close(net)


def test_a_digest_of_many_cities_under_one_trusted_hub_key(boston, tmp_path):
    hub_keys = load_or_create_keys(tmp_path / "hub")
    gone = str(uuid.uuid4())
    own = _pub(Source(boston.ws.workspace_id, "Boston", "Boston team"), "Boston's own")
    _digest(tmp_path / "d1.gcen", hub_keys, [_pub(TORONTO, "Residency"), _pub(SEOUL, "교사 연수"), own,
                                            Withdrawal(rec=gone, type="practice", counter=3, dot=("r1", 3), source=SEOUL)])
    with pytest.raises(Untrusted) as untrusted:
        boston.receive(tmp_path / "d1.gcen")
    assert hub_keys.fingerprint in str(untrusted.value)
    assert boston.listed() == []
    report = boston.receive(tmp_path / "d1.gcen", trust_new_key=True)
    assert report.kind == "digest" and report.key_trusted_now and report.applied == 3
    assert sorted((e.city, e.team, e.title) for e in boston.listed()) == [
        ("Seoul", "Seoul team", "교사 연수"), ("Toronto", "Toronto team", "Residency")]
    # the next digest is taken without asking; a late older publication of the withdrawn record stays out
    [rec] = [e.rec for e in boston.listed() if e.city == "Toronto"]
    _digest(tmp_path / "d2.gcen", hub_keys, [_pub(TORONTO, "Residency, year two", 4, rec), _pub(SEOUL, "late", 2, gone)])
    assert boston.receive(tmp_path / "d2.gcen").applied == 1
    assert sorted(e.title for e in boston.listed()) == ["Residency, year two", "교사 연수"]
    assert [e.title for e in boston.search("year two")] == ["Residency, year two"]


def test_what_cannot_pass_for_a_hub_digest(boston, tmp_path):
    hub_keys = load_or_create_keys(tmp_path / "hub")
    _digest(tmp_path / "ok.gcen", hub_keys, [_pub(TORONTO, "Residency")])
    boston.receive(tmp_path / "ok.gcen", trust_new_key=True)
    before = [(e.rec, e.title) for e in boston.listed()]
    city_keys = load_or_create_keys(tmp_path / "city")
    cases = [
        (tmp_path / "a.gcen", hub_keys, [_pub(None, "No city")], HUB_ID, "names no city"),
        (tmp_path / "b.gcen", hub_keys, [_pub(Source("hub:other"), "A hub")], HUB_ID, "names no city"),
        (tmp_path / "c.gcen", city_keys, [_pub(TORONTO, "Forged")], TORONTO.ws, "mixes up"),
        (tmp_path / "d.gcen", hub_keys, [_pub(TORONTO, "Other hub")], "hub:another", "speaks for"),
    ]
    for path, keys, lines, workspace_id, message in cases:
        _digest(path, keys, lines, workspace_id)
        with pytest.raises(UserError) as refused:
            boston.receive(path, trust_new_key=True)
        assert message in str(refused.value) and "\n" not in str(refused.value)
    assert [(e.rec, e.title) for e in boston.listed()] == before


def test_a_city_publication_keeps_its_bytes():
    line = encode_line(_pub(None, "Residency"))
    assert b"source" not in line
    assert b'"source":{"city":"Toronto","name":"Toronto team","ws":' in encode_line(_pub(TORONTO, "Residency"))


def _library_state(net) -> tuple:
    with net.store.read() as conn:
        return tuple(tuple(conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1, 2").all())
                     for t in ("network_sources", "network_keys", "network_library"))


def test_a_digest_cannot_put_a_second_workspace_under_a_citys_name(boston, tmp_path):
    """A city has one workspace here, whoever brings it: a hub's digest naming another workspace
    under the name of a city this library already keeps (received from it directly, or from the
    hub) is refused, as a city's own publication is; one city's practices never show as another's."""
    from .cities import publish

    toronto = make_city(tmp_path, "Toronto")
    try:
        toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
        boston.receive(publish(toronto, tmp_path, "Boston"), trust_new_key=True)
        hub_keys = load_or_create_keys(tmp_path / "hub")
        _digest(tmp_path / "seoul.gcen", hub_keys, [_pub(SEOUL, "교사 연수")])
        boston.receive(tmp_path / "seoul.gcen", trust_new_key=True)
        before = _library_state(boston)
        impostors = [Source("33333333-3333-7333-8333-333333333333", " toronto ", "Impostor team"),
                     Source("44444444-4444-7444-8444-444444444444", "SEOUL", "Impostor team")]
        for n, impostor in enumerate(impostors):
            _digest(tmp_path / f"impostor-{n}.gcen", hub_keys, [_pub(OSLO, "Fine"), _pub(impostor, "Fake")])
            with pytest.raises(UserError) as refused:
                boston.receive(tmp_path / f"impostor-{n}.gcen")
            assert "another workspace" in str(refused.value) and "\n" not in str(refused.value)
            assert _library_state(boston) == before
        # two workspaces new here under one city's name in one digest: refused too
        twins = [Source("55555555-5555-7555-8555-555555555555", "Lyon", "Lyon team"),
                 Source("66666666-6666-7666-8666-666666666666", "lyon", "Other team")]
        _digest(tmp_path / "twins.gcen", hub_keys, [_pub(twins[0], "One"), _pub(twins[1], "Two")])
        with pytest.raises(UserError) as refused:
            boston.receive(tmp_path / "twins.gcen")
        assert "another workspace" in str(refused.value)
        assert _library_state(boston) == before
        assert sorted((e.city, e.title) for e in boston.listed()) == [("Seoul", "교사 연수"), ("Toronto", "Residency")]
    finally:
        close(toronto)
