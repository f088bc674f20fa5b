"""`gcen-hub digest`: a hub-signed file of what other cities published or withdrew since a city's
last digest; a desktop trusts the hub's key once and imports it into its network library, which
then equals the hub's view of every other city."""

from __future__ import annotations

import os
import random

import pytest
from sqlalchemy import text

from gcen_desktop import __version__
from gcen_desktop.domain.errors import UserError
from gcen_desktop.services.network import Network, Untrusted
from gcen_desktop.sync.manifest import Producer
from gcen_desktop.sync.publication import PublicationManifest, Source, write_publication
from gcen_hub.audit import check
from gcen_hub.cli import main

from .kit import close, enrolled_city, practice, publish

NAMES = ("Toronto", "Boston", "Seoul", "Lyon", "São Paulo")


def desktop_view(net: Network) -> dict:
    return {(e.workspace_id, e.rec): (e.counter, e.h, e.title, e.city, e.type) for e in net.listed()}


def hub_view_for(hub, workspace_id: str) -> dict:
    with hub.engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT p.workspace_id, p.rec, p.counter, p.h, p.title, c.city, p.type FROM publications p "
            "JOIN cities c USING (workspace_id) WHERE NOT p.withdrawn AND p.workspace_id <> :w"), {"w": workspace_id})
        return {(r[0], r[1]): tuple(r[2:]) for r in rows}


def deliver(hub, net: Network, tmp_path, **kw):
    path = tmp_path / f"digest-{random.randrange(10**9)}.gcen"
    hub.digest(net.ws.workspace_id, path, **kw)
    return net.receive(path, trust_new_key=True)


@pytest.fixture
def cities(hub, tmp_path):
    nets = [enrolled_city(hub, tmp_path, n) for n in NAMES]
    yield nets
    close(*nets)


def test_a_digest_brings_other_cities_and_only_what_changed(hub, cities, tmp_path):
    toronto, boston, seoul, *_ = cities
    rec = toronto.ws.create("practice", {"title": "Residency", "visibility": "network"}).rec
    seoul.ws.create("reading_item", {"title": "교사 연수", "visibility": "network"})
    boston.ws.create("practice", {"title": "Boston's own", "visibility": "network"})
    for c in (toronto, boston, seoul):
        assert not hub.ingest(publish(c, tmp_path)).refused
    # the hub's key is new to Boston: refused until trusted (its fingerprint is shown)
    first = tmp_path / "first.gcen"
    result = hub.digest(boston.ws.workspace_id, first)
    assert (result.published, result.withdrawn) == (2, 0)
    with pytest.raises(Untrusted) as untrusted:
        boston.receive(first)
    assert hub.keys().fingerprint in str(untrusted.value)
    report = boston.receive(first, trust_new_key=True)
    assert report.kind == "digest" and report.applied == 2 and report.key_trusted_now
    assert desktop_view(boston) == hub_view_for(hub, boston.ws.workspace_id)
    assert {e.city for e in boston.listed()} == {"Toronto", "Seoul"}
    # nothing changed since: an empty digest, trusted without asking again
    second = tmp_path / "second.gcen"
    assert hub.digest(boston.ws.workspace_id, second).published == 0
    assert boston.receive(second).applied == 0
    # an edit and a withdrawal: only they travel
    toronto.ws.edit(rec, {"title": "Residency, second year"})
    seoul.ws.delete(seoul.ws.list("reading_item")[0].id)
    for c in (toronto, seoul):
        assert not hub.ingest(publish(c, tmp_path)).refused
    third = tmp_path / "third.gcen"
    result = hub.digest(boston.ws.workspace_id, third)
    assert (result.published, result.withdrawn) == (1, 1)
    boston.receive(third)
    assert desktop_view(boston) == hub_view_for(hub, boston.ws.workspace_id)
    assert [e.title for e in boston.listed()] == ["Residency, second year"]
    # each city has its own cursor: Toronto's first digest has everything of the others
    assert deliver(hub, toronto, tmp_path).applied == 2  # Boston's practice, Seoul's tombstone
    assert desktop_view(toronto) == hub_view_for(hub, toronto.ws.workspace_id)


@pytest.mark.parametrize("seed", ["11", "random"])
def test_five_cities_in_a_random_run_keep_every_library_equal_to_the_hub(hub, cities, tmp_path, seed):
    """Five cities publish, edit, withdraw and take digests in a random order; after a last round
    every library equals the hub's view of the other cities, and the hub passes its check."""
    number = int(os.environ.get("GCEN_HUB_SEED", random.randrange(1_000_000))) if seed == "random" else int(seed)
    print(f"seed {number} (GCEN_HUB_SEED={number} runs it again)")
    rng = random.Random(number)
    recs: dict[str, list[str]] = {c.ws.workspace_id: [] for c in cities}
    doc = tmp_path / "brief.txt"
    doc.write_text("residency brief")
    for step in range(120):
        city = rng.choice(cities)
        mine = recs[city.ws.workspace_id]
        live = [r for r in mine if not city.ws.get(r).deleted]
        op = rng.random()
        if op < 0.3 or not live:
            rec = city.ws.create(rng.choice(["practice", "reading_item", "note"]),
                                 {"title": f"{city.identity().city} {step}", "visibility": "network"}).rec
            mine.append(rec)
            if rng.random() < 0.2:
                city.ws.attach(rec, doc)
        elif op < 0.5:
            city.ws.edit(rng.choice(live), {"title": f"edited {step}"})
        elif op < 0.6:
            city.ws.edit(rng.choice(live), {"visibility": rng.choice(["team", "private", "network"])})
        elif op < 0.65:
            city.ws.delete(rng.choice(live))
        elif op < 0.85:
            assert not hub.ingest(publish(city, tmp_path)).refused
        else:
            deliver(hub, city, tmp_path)
    for city in cities:
        assert not hub.ingest(publish(city, tmp_path)).refused
    for city in cities:
        deliver(hub, city, tmp_path)
        assert desktop_view(city) == hub_view_for(hub, city.ws.workspace_id), city.identity().city
    assert check(hub.engine, hub.home) == []
    with_files = [e for e in cities[0].listed() if e.body.get("attachments")]
    for e in with_files:
        assert cities[0].store.blobs.read(e.body["attachments"][0]["sha256"]) == b"residency brief"


def test_a_city_key_cannot_pass_for_a_hub(hub, cities, tmp_path):
    toronto, boston, seoul, lyon, _sao_paulo = cities
    lyon.receive(publish(toronto, tmp_path, full=True), trust_new_key=True)  # Lyon trusts Toronto's key
    line = practice({"title": "Fake", "visibility": "network"})
    line.source = Source(boston.ws.workspace_id, "Boston", "Boston team")
    path = tmp_path / "fake-digest.gcen"
    cases = [(toronto, toronto.ws.workspace_id, False, "mixes up a hub's digest and a city's publication"),
             (seoul, "hub:forged", False, "No key you trust"),  # a new key: the user is asked first
             (toronto, "hub:forged", True, "the key that signed it speaks for Toronto")]
    for signer, workspace_id, yes, message in cases:
        m = PublicationManifest(app_version=__version__, workspace_id=workspace_id, kind="digest", bundle_id="b1",
                                created_ms=1, producer=Producer(replica=signer.store.replica))
        write_publication(path, m, [line], {}, signer.keys)
        with pytest.raises(UserError) as refused:
            lyon.receive(path, trust_new_key=yes)
        assert message in str(refused.value)
    assert [e.title for e in lyon.listed()] == []  # Toronto published nothing yet
    # a hub does not ingest a digest either
    result = hub.ingest(path)
    assert result.refused and "digest" in result.refused


def test_digest_command(capsys, hub, cities, tmp_path):
    toronto, boston, *_ = cities
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    assert not hub.ingest(publish(toronto, tmp_path)).refused
    url = hub.engine.url.render_as_string(hide_password=False)
    out_file = tmp_path / "d.gcen"
    code = main(["--db", url, "--home", str(hub.home), "digest", "--for", boston.ws.workspace_id, "--to", str(out_file)])
    out, err = capsys.readouterr()
    assert code == 0 and "1 published, 0 withdrawn" in out
    code = main(["--db", url, "--home", str(hub.home), "digest", "--for", "nobody", "--to", str(out_file)])
    assert code == 1 and "No city is enrolled" in capsys.readouterr().err
    # --full: everything again (a city whose last digest was lost)
    assert hub.digest(boston.ws.workspace_id, out_file).published == 0
    assert hub.digest(boston.ws.workspace_id, out_file, full=True).published == 1
