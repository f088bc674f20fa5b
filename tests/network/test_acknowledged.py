"""An incremental publication is relative to what its receiver ACKNOWLEDGED holding, not to what
was sent: what was sent stays pending until a receipt says it arrived (the hub's, in its digest
for this city; a city's, in a receipt file it writes). A lost file is sent again by the next
incremental publication; after a receipt the next one is empty; an edit after it carries that
record only. A receipt that is not signed by a trusted key, or is for another workspace,
acknowledges nothing; a digest from before receipts acknowledges nothing either."""

from __future__ import annotations

import uuid
import zipfile

import orjson
import pytest

from gcen_desktop import __version__
from gcen_desktop.domain.errors import UserError
from gcen_desktop.services.network import Untrusted
from gcen_desktop.sync.errors import BundleNewerFormat
from gcen_desktop.sync.keys import load_or_create_keys
from gcen_desktop.sync.manifest import Producer
from gcen_desktop.sync.publication import (
    PublicationManifest,
    Source,
    read_publication,
    receipt_line,
    write_publication,
)

from .cities import close, make_city, publish, send
from .kit import ok

HUB_ID = "hub:0b7c9f0e-4a51-4c5e-9a43-6f7e2d1c0a11"


@pytest.fixture
def cities(tmp_path):
    toronto, boston, denver = (make_city(tmp_path, n) for n in ("Toronto", "Boston", "Denver"))
    yield toronto, boston, denver
    close(toronto, boston, denver)


def _recs(plan) -> tuple[list[str], list[str]]:
    return sorted(p.rec for p in plan.publications), sorted(w.rec for w in plan.withdrawals)


def _two_records(toronto) -> tuple[str, str]:
    a = toronto.ws.create("practice", {"title": "Residency", "visibility": "network"}).rec
    b = toronto.ws.create("reading_item", {"title": "Residency study", "visibility": "network"}).rec
    return a, b


def _receipt(src, dst, tmp_path, name: str = "receipt") -> object:
    """`src` writes a receipt for `dst`'s city; `dst` imports it."""
    path = tmp_path / f"{name}-{uuid.uuid4().hex[:6]}.gcen"
    src.receipt(path, dst.identity().city)
    return dst.receive(path, trust_new_key=True)


def test_a_lost_publication_goes_again_in_the_next_incremental_one(cities, tmp_path):
    toronto, _boston, _denver = cities
    a, b = _two_records(toronto)
    publish(toronto, tmp_path, "Boston")  # lost on the way: never delivered
    assert _recs(toronto.preview_publish("Boston")) == (sorted([a, b]), [])
    publish(toronto, tmp_path)  # the hub's file too
    assert _recs(toronto.preview_publish()) == (sorted([a, b]), [])


def test_after_a_city_receipt_only_what_changed_goes(cities, tmp_path):
    toronto, boston, _denver = cities
    a, b = _two_records(toronto)
    send(toronto, boston, tmp_path)
    report = _receipt(boston, toronto, tmp_path)
    assert report.kind == "receipt" and report.acknowledged == 2 and report.city == "Boston"
    assert _recs(toronto.preview_publish("Boston")) == ([], [])
    assert _recs(toronto.preview_publish("Denver")) == (sorted([a, b]), [])  # another receiver: all
    toronto.ws.edit(a, {"summary": "Paired placements"})
    assert _recs(toronto.preview_publish("boston")) == ([a], [])  # the receiver's name in any case
    # a withdrawal goes until the receiver says it holds it, even when its file is lost
    toronto.ws.edit(b, {"visibility": "team"})
    publish(toronto, tmp_path, "Boston")  # lost: carried the edit and the withdrawal
    assert _recs(toronto.preview_publish("Boston")) == ([a], [b])
    send(toronto, boston, tmp_path)
    _receipt(boston, toronto, tmp_path)
    assert _recs(toronto.preview_publish("Boston")) == ([], [])
    assert [e.rec for e in boston.listed()] == [a]
    assert len(toronto.preview_publish("Boston", full=True).withdrawals) == 1  # full repeats it


def test_a_receipt_that_does_not_name_a_record_any_more_sends_it_again(cities, tmp_path):
    toronto, boston, _denver = cities
    a, b = _two_records(toronto)
    send(toronto, boston, tmp_path)
    _receipt(boston, toronto, tmp_path)
    # Boston's library loses one (restored from an older backup): its next receipt does not name it
    with boston.store.write() as conn:
        conn.exec_driver_sql("DELETE FROM network_library WHERE rec=?", (b,))
    _receipt(boston, toronto, tmp_path)
    assert _recs(toronto.preview_publish("Boston")) == ([b], [])


def test_a_receipt_for_another_workspace_or_by_an_untrusted_key_acknowledges_nothing(cities, tmp_path):
    toronto, boston, denver = cities
    a, b = _two_records(toronto)
    denver.ws.create("practice", {"title": "Denver's", "visibility": "network"})
    send(toronto, boston, tmp_path)
    send(denver, boston, tmp_path)
    # Boston's receipt for Denver, brought to Toronto: Toronto trusts Boston's key, yet nothing changes
    toronto.receive(publish(boston, tmp_path, "Toronto"), trust_new_key=True)
    path = tmp_path / "for-denver.gcen"
    boston.receipt(path, "Denver")
    with pytest.raises(UserError) as refused:
        toronto.receive(path)
    assert "another workspace" in str(refused.value) and "\n" not in str(refused.value)
    assert _recs(toronto.preview_publish("Boston")) == (sorted([a, b]), [])
    # a receipt of Toronto's records signed by a key nobody trusted for Boston
    forged_keys = load_or_create_keys(tmp_path / "forger")
    forged = tmp_path / "forged.gcen"
    src = Source(toronto.ws.workspace_id, "Toronto", "Toronto team")
    lines = [receipt_line(p.rec, p.type, p.counter, p.dot, p.hlc, p.h, False, src)
             for p in toronto.preview_publish("Boston").publications]
    ident = boston.identity()
    write_publication(forged, PublicationManifest(
        app_version=__version__, required_features=["receipt"], workspace_id=ident.workspace_id,
        workspace_name=ident.name, city="Boston", bundle_id=str(uuid.uuid4()), kind="receipt",
        receiver=toronto.ws.workspace_id, created_ms=1, producer=Producer(replica="forger1", name="x")),
        lines, {}, forged_keys)
    with pytest.raises(Untrusted):
        toronto.receive(forged)
    assert _recs(toronto.preview_publish("Boston")) == (sorted([a, b]), [])


def _digest(path, keys, lines, receiver: str) -> None:
    m = PublicationManifest(app_version=__version__, workspace_id=HUB_ID, workspace_name="Network hub",
                            bundle_id=str(uuid.uuid4()), kind="digest", receiver=receiver, created_ms=1_700_000_000_000,
                            producer=Producer(replica="hub1", name="Network hub"))
    write_publication(path, m, lines, {}, keys)


def test_a_hub_digest_acknowledges_what_it_holds_of_this_workspace(cities, tmp_path):
    toronto, _boston, _denver = cities
    a, b = _two_records(toronto)
    hub_keys = load_or_create_keys(tmp_path / "hub")
    own = Source(toronto.ws.workspace_id, "Toronto", "Toronto team")
    held = [receipt_line(p.rec, p.type, p.counter, p.dot, p.hlc, p.h, False, own)
            for p in toronto.preview_publish().publications]
    # a digest from before receipts (its receiver a city's name, no lines of Toronto's): nothing
    _digest(tmp_path / "old.gcen", hub_keys, [], "Toronto")
    report = toronto.receive(tmp_path / "old.gcen", trust_new_key=True)
    assert report.acknowledged is None
    assert _recs(toronto.preview_publish()) == (sorted([a, b]), [])
    # a digest made for another workspace, carrying Toronto's lines: nothing either
    _digest(tmp_path / "other.gcen", hub_keys, held, str(uuid.uuid4()))
    assert toronto.receive(tmp_path / "other.gcen").acknowledged is None
    assert _recs(toronto.preview_publish()) == (sorted([a, b]), [])
    # a digest whose receipt is signed by a key not trusted as the hub's: refused, nothing
    _digest(tmp_path / "forged.gcen", load_or_create_keys(tmp_path / "forger"), held, toronto.ws.workspace_id)
    with pytest.raises(UserError):
        toronto.receive(tmp_path / "forged.gcen")
    assert _recs(toronto.preview_publish()) == (sorted([a, b]), [])
    # the hub's digest for Toronto: both held, the next publication empty; an edit: that one only
    _digest(tmp_path / "d.gcen", hub_keys, held, toronto.ws.workspace_id)
    report = toronto.receive(tmp_path / "d.gcen")
    assert report.acknowledged == 2 and report.applied == 0 and toronto.listed() == []
    assert _recs(toronto.preview_publish()) == ([], [])
    assert _recs(toronto.preview_publish("Boston")) == (sorted([a, b]), [])  # the hub's receipt only
    toronto.ws.edit(b, {"abstract": "What a year of residency changed"})
    assert _recs(toronto.preview_publish()) == ([b], [])


def test_a_receipt_file_and_the_cli(capsys, cities, tmp_path):
    toronto, boston, _denver = cities
    _two_records(toronto)
    send(toronto, boston, tmp_path)
    path = tmp_path / "r.gcen"
    out = ok(capsys, "--workspace", str(boston.store.folder), "network", "receipt", "--for", "toronto", "--to", str(path))
    assert "receipt for Toronto of 2 records" in out
    with zipfile.ZipFile(path) as z:
        manifest = orjson.loads(z.read("manifest.json"))
        text = z.read("events.jsonl").decode()
    assert manifest["kind"] == "receipt" and manifest["required_features"] == ["receipt"]
    assert "Residency" not in text  # what is held, not its text
    with read_publication(path) as contents:
        assert {line.source.ws for line in contents.lines} == {toronto.ws.workspace_id}
    out = ok(capsys, "--workspace", str(toronto.store.folder), "network", "import", str(path), "--yes")
    assert "Receipt of Boston" in out and "holds 2 of this workspace's records" in out
    out = ok(capsys, "--workspace", str(toronto.store.folder), "network", "publish", "--for", "Boston",
             "--to", str(tmp_path / "next.gcen"))
    assert "nothing new" in out


def test_a_version_that_knows_no_receipts_refuses_one_plainly(cities, tmp_path, monkeypatch):
    toronto, boston, _denver = cities
    _two_records(toronto)
    send(toronto, boston, tmp_path)
    path = tmp_path / "r.gcen"
    boston.receipt(path, "Toronto")
    from gcen_desktop.sync import publication

    monkeypatch.setattr(publication, "KNOWN_FEATURES", frozenset())
    with pytest.raises(BundleNewerFormat) as refused:
        read_publication(path)
    assert "update GCEN Desktop" in str(refused.value)


def test_a_blank_or_new_receiver_is_said_in_one_sentence(capsys, cities, tmp_path):
    # `--for ""` (or blanks) is not the hub: it is refused in one sentence, nothing written or
    # remembered. A city nothing was published for before gets a publication of everything, with a
    # note saying so (a misspelt name would otherwise go unnoticed).
    from .kit import run

    toronto, boston, _denver = cities
    _two_records(toronto)
    folder = str(toronto.store.folder)
    before = toronto.store.dump()
    for argv in (["network", "publish", "--for", "", "--to"], ["network", "publish", "--for", "  ", "--to"],
                 ["export", "--network-only", "--for", "", "--to"]):
        path = tmp_path / "p.gcen"
        code, out, err = run(capsys, "--workspace", folder, *argv, str(path))
        assert code == 1 and out == "" and not path.exists()
        assert err.count("\n") == 1 and "--for" in err and "hub" in err
    code, _out, err = run(capsys, "--workspace", str(boston.store.folder), "network", "receipt", "--for", "",
                          "--to", str(tmp_path / "r.gcen"))
    assert code == 1 and err.count("\n") == 1 and "from ;" not in err and "--for" in err
    assert toronto.store.dump() == before
    out = ok(capsys, "--workspace", folder, "network", "publish", "--for", "Bostn", "--to", str(tmp_path / "a.gcen"))
    assert "first publication for bostn" in out and "check its name" in out
    out = ok(capsys, "--workspace", folder, "network", "publish", "--to", str(tmp_path / "b.gcen"))
    assert "first publication" not in out  # the hub, the default receiver
    out = ok(capsys, "--workspace", folder, "network", "publish", "--for", "Bostn", "--to", str(tmp_path / "c.gcen"))
    assert "first publication" not in out  # published for before


def test_a_city_receipt_never_makes_a_teammate_withdraw_what_it_does_not_know(cities, tmp_path):
    """Boston's receipt names a record Toronto's store published after Ben joined the team: Ben,
    who has not received it yet, withdraws nothing (his withdrawal counted one above the receipt
    and beat the publication in Boston's library, for good)."""
    from gcen_desktop.services import joining
    from gcen_desktop.services.bundles import Exchange
    from gcen_desktop.services.network import Network

    toronto, boston, _denver = cities
    full = tmp_path / "full.gcen"
    Exchange(toronto.ws).export(full, mode="full")
    ben = Network(joining.join(tmp_path / "ben", full, trust_new_key=True)[0])
    try:
        a, b = _two_records(toronto)
        send(toronto, boston, tmp_path)
        _receipt(boston, ben, tmp_path)
        assert _recs(ben.preview_publish("Boston")) == ([], [])
        send(ben, boston, tmp_path)
        assert sorted(e.rec for e in boston.listed()) == sorted([a, b])
    finally:
        close(ben)
