"""A hub's digest for a city carries the hub's receipt of what it holds of that city's workspace:
the desktop's next incremental publication for the hub leaves out what the hub holds, and carries
again what it was sent but the hub never ingested (a lost file)."""

from __future__ import annotations

import random

import pytest

from gcen_desktop.services.network import Network
from gcen_desktop.sync.publication import read_publication

from .kit import close, enrolled_city, hub_view, publish


@pytest.fixture
def two(hub, tmp_path):
    nets = [enrolled_city(hub, tmp_path, n) for n in ("Toronto", "Boston")]
    yield nets
    close(*nets)


def _digest(hub, net: Network, tmp_path):
    path = tmp_path / f"digest-{random.randrange(10**9)}.gcen"
    result = hub.digest(net.ws.workspace_id, path)
    return path, result


def _pending(net: Network) -> tuple[list[str], list[str]]:
    plan = net.preview_publish()
    return sorted(p.rec for p in plan.publications), sorted(w.rec for w in plan.withdrawals)


def test_the_digest_receipt_makes_the_next_publication_carry_only_what_the_hub_lacks(hub, two, tmp_path):
    toronto, boston = two
    a = toronto.ws.create("practice", {"title": "Residency", "visibility": "network"}).rec
    b = toronto.ws.create("reading_item", {"title": "Residency study", "visibility": "network"}).rec
    boston.ws.create("practice", {"title": "Boston's own", "visibility": "network"})
    assert not hub.ingest(publish(boston, tmp_path)).refused
    publish(toronto, tmp_path)  # lost: the hub never sees it
    assert _pending(toronto) == (sorted([a, b]), [])  # still to go
    # a digest made before the hub has anything of Toronto's: its receipt acknowledges nothing
    path, result = _digest(hub, toronto, tmp_path)
    assert result.acknowledged == 0
    assert toronto.receive(path, trust_new_key=True).acknowledged == 0
    assert _pending(toronto) == (sorted([a, b]), [])
    assert not hub.ingest(publish(toronto, tmp_path)).refused
    # the hub's receipt, signed with its key, in the digest for Toronto: nothing left to send
    path, result = _digest(hub, toronto, tmp_path)
    assert (result.published, result.acknowledged) == (0, 2)
    with read_publication(path) as contents:
        assert contents.manifest.receiver == toronto.ws.workspace_id
        assert all("title" not in line.values for line in contents.lines if hasattr(line, "values"))
    assert toronto.receive(path).acknowledged == 2
    assert _pending(toronto) == ([], [])
    # an edit after the receipt: only that record; a withdrawal: until the hub holds it
    toronto.ws.edit(a, {"summary": "Paired placements"})
    assert _pending(toronto) == ([a], [])
    toronto.ws.edit(b, {"visibility": "team"})
    publish(toronto, tmp_path)  # lost again
    assert _pending(toronto) == ([a], [b])
    assert not hub.ingest(publish(toronto, tmp_path)).refused
    toronto.receive(_digest(hub, toronto, tmp_path)[0])
    assert _pending(toronto) == ([], [])
    # Boston's digest names Toronto's records as publications, Boston's own as its receipt only
    path, result = _digest(hub, boston, tmp_path)
    assert (result.published, result.withdrawn, result.acknowledged) == (1, 1, 1)
    report = boston.receive(path, trust_new_key=True)
    assert report.acknowledged == 1 and [e.rec for e in boston.listed()] == [a]
    assert _pending(boston) == ([], [])


def test_a_teammate_learns_from_the_receipt_what_the_hub_holds(hub, two, tmp_path):
    """Another store of Toronto's team publishes nothing the hub holds already, whoever sent it."""
    toronto, _boston = two
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    assert not hub.ingest(publish(toronto, tmp_path)).refused
    with toronto.store.write() as conn:  # as a teammate's store, which never published: sent nothing
        conn.exec_driver_sql("DELETE FROM network_sent")
    assert len(_pending(toronto)[0]) == 1
    toronto.receive(_digest(hub, toronto, tmp_path)[0], trust_new_key=True)
    assert _pending(toronto) == ([], [])


def _teammate(net: Network, tmp_path, name: str) -> Network:
    """Another store of `net`'s workspace, joined from its full bundle now."""
    from gcen_desktop.services import joining
    from gcen_desktop.services.bundles import Exchange

    full = tmp_path / f"{name}-full.gcen"
    Exchange(net.ws).export(full, mode="full")
    ws, _ = joining.join(tmp_path / name, full, trust_new_key=True)
    return Network(ws)


def test_a_receipt_never_makes_a_teammate_withdraw_what_it_does_not_know(hub, two, tmp_path):
    """The hub's receipt names what any store of the team published. A teammate that has not
    received a record yet (or holds an older, team-only version of it) must not withdraw it: its
    withdrawal, counted one above the receipt, beat the publication on the hub, and the record
    stayed withdrawn there after the teammate caught up (its publication counted one less)."""
    toronto, boston = two
    older = toronto.ws.create("practice", {"title": "Mentoring", "visibility": "team"}).rec
    ben = _teammate(toronto, tmp_path, "ben")
    try:
        hub.enroll(toronto.ws.workspace_id, "Toronto", ben.keys.fingerprint)
        new = toronto.ws.create("practice", {"title": "Residency", "visibility": "network"}).rec
        toronto.ws.edit(older, {"visibility": "network"})
        assert not hub.ingest(publish(toronto, tmp_path)).refused
        ben.receive(_digest(hub, ben, tmp_path)[0], trust_new_key=True)  # ben holds neither change yet
        assert _pending(ben) == ([], [])
        assert not hub.ingest(publish(ben, tmp_path)).refused
        served = {rec for (_ws, rec) in hub_view(hub)}
        assert {new, older} <= served
        # Ben catches up with Toronto's store: the records go on being served, and Boston gets them
        from gcen_desktop.services.bundles import Exchange

        bundle = tmp_path / "catch-up.gcen"
        Exchange(toronto.ws).export(bundle, mode="full")
        Exchange(ben.ws).import_bundle(bundle, trust_new_key=True)
        ben.receive(_digest(hub, ben, tmp_path)[0])
        assert _pending(ben) == ([], [])
        boston.receive(_digest(hub, boston, tmp_path)[0], trust_new_key=True)
        assert sorted(e.title for e in boston.listed()) == ["Mentoring", "Residency"]
    finally:
        close(ben)
