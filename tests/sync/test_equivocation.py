"""Equivocation: one dot (replica, seq) with two contents. Every store keeps the same version
(the smaller hash), whatever the order they arrive in, keeps syncing, and names the replica
(SYNC.md "Equivocation never splits a team")."""

from __future__ import annotations

import itertools

import msgspec
import pytest

from gcen_desktop.cli import main
from gcen_desktop.domain.ids import new_id
from gcen_desktop.store.events import seal
from gcen_desktop.sync.bundle_writer import write_bundle
from gcen_desktop.sync.export import export_memory

from .exchange_kit import close_all, event_set, send, team
from .hostile.crafting import two_versions


@pytest.fixture
def four(tmp_path):
    stores = team(tmp_path, 4)  # Ana, Ben, Chen and Dara; Dara's store equivocates
    yield stores
    close_all(stores)


def _bundle(dara, tmp_path, name: str, events: list[dict]) -> object:
    m = export_memory(dara.store, mode="full", keys=dara.keys).manifest
    m = msgspec.structs.replace(m, bundle_id=new_id(), event_count=len(events))
    path = tmp_path / name
    write_bundle(path, m, events, {}, keys=dara.keys)
    return path


def _catch_up(stores, tmp_path) -> None:
    for _ in range(2):
        for src, dst in itertools.permutations(stores, 2):
            send(src, dst, tmp_path)


@pytest.mark.parametrize("first_smaller", [True, False], ids=["Dara's own kept", "Dara's own replaced"])
@pytest.mark.parametrize("kind", ["same record", "other record", "set and del"])
def test_two_versions_of_one_dot_leave_every_store_with_the_same_one(four, tmp_path, capsys, kind, first_smaller):
    ana, ben, chen, dara = four
    note = ana.ws.create("note", {"title": "Residency visit", "body": "day one"}).rec
    for s in (ben, chen, dara):
        send(ana, s, tmp_path)
    dara.ws.edit(note, {"title": "Residency visit (Dara)"})
    first, second = two_versions(dara, note, new_id(), kind, first_smaller)
    one = _bundle(dara, tmp_path, "one.gcen", [first])
    two = _bundle(dara, tmp_path, "two.gcen", [second])
    larger = two if first_smaller else one
    ana.import_bundle(one, trust_new_key=True)
    report = ana.import_bundle(two, trust_new_key=True)
    assert report.equivocating == ["Dara"]
    assert any(w.startswith("One of Dara's changes arrived here in two different versions (Dara's store, or a "
                            "teammate who passed it on, wrote the other one)") for w in report.warnings)
    ben.import_bundle(two, trust_new_key=True)
    assert ben.import_bundle(one, trust_new_key=True).equivocating == ["Dara"]
    chen.import_bundle(larger, trust_new_key=True)  # only the larger: learns the kept one by relay
    _catch_up(four, tmp_path)
    kept = min(first["h"], second["h"])
    dumps = {s.store.dump() for s in four}
    assert len(dumps) == 1
    sets = [event_set(s) for s in four]
    assert all(x == sets[0] for x in sets)
    assert (dara.store.replica, first["dot"][1], kept) in sets[0]
    for s in four:
        assert s.store.check() == []
    # later bundles flow both ways
    later = chen.ws.create("note", {"title": "Day two"}).rec
    dara.ws.create("note", {"title": "Dara writes again"})
    _catch_up(four, tmp_path)
    assert len({s.store.dump() for s in four}) == 1
    assert all(s.ws.get(later).title == "Day two" for s in four)
    assert [p.equivocated for p in ana.peers() if p.name == "Dara"] == [1]
    assert main(["--workspace", str(ana.store.folder), "peers"]) == 0
    assert "1 of its changes arrived in two different versions; every store keeps" in capsys.readouterr().out


def test_a_teammate_passing_on_another_version_of_a_change_is_named_beside_its_author(four, tmp_path, capsys):
    """Only a bundle's manifest is signed: Chen, trusted, can relay Dara's change saying something
    else. Nobody can tell which of the two wrote the other version, so both are named, in the
    report, in `gcen peers` and for the Sync screen (the evidence keeps who brought it)."""
    ana, ben, chen, dara = four
    note = ana.ws.create("note", {"title": "Residency visit"}).rec
    for s in (ben, chen, dara):
        send(ana, s, tmp_path)
    dara.ws.edit(note, {"title": "Residency visit (Dara)"})
    send(dara, ana, tmp_path)
    send(dara, chen, tmp_path)
    first, second = two_versions(dara, note, new_id(), "same record", first_smaller=False)
    report = ana.import_bundle(_bundle(chen, tmp_path, "relayed.gcen", [second]), trust_new_key=True)
    assert report.equivocating == ["Dara"]
    assert (
        "One of Dara's changes arrived here in two different versions, the second in a bundle from Chen (Dara's "
        "store or Chen's wrote the other one); every store keeps the same version, and the other is kept as "
        "evidence." in report.warnings
    )
    assert ana.ws.get(note).title == "Dara's other title"  # the smaller hash, on every store
    [peer] = [p for p in ana.peers() if p.name == "Dara"]
    assert (peer.equivocated, peer.equivocated_via) == (1, ["Chen"])
    assert main(["--workspace", str(ana.store.folder), "peers"]) == 0
    assert "1 of its changes arrived in two different versions, some in bundles from Chen;" in capsys.readouterr().out
    # Dara's own bundle brings its version again: no second evidence, still one change, still via Chen
    send(dara, ana, tmp_path)
    [peer] = [p for p in ana.peers() if p.name == "Dara"]
    assert (peer.equivocated, peer.equivocated_via) == (1, ["Chen"])


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed join", "join"])
@pytest.mark.parametrize("first_smaller", [True, False], ids=["first kept", "second kept"])
@pytest.mark.parametrize("kind", ["same record", "other record", "set and del"])
def test_a_bundle_holding_both_versions_joins_as_the_stores_that_saw_both(
    four, tmp_path, monkeypatch, kind, first_smaller, streamed
):
    from gcen_desktop.services import joining
    from gcen_desktop.sync import stream

    ana, _ben, _chen, dara = four
    note = ana.ws.create("note", {"title": "Residency visit", "body": "day one"}).rec
    send(ana, dara, tmp_path)
    dara.ws.edit(note, {"title": "Residency visit (Dara)"})
    first, second = two_versions(dara, note, new_id(), kind, first_smaller)
    events = [*export_memory(dara.store, mode="full", keys=dara.keys).events, second, first]
    both = _bundle(dara, tmp_path, "both.gcen", events)
    report = ana.import_bundle(both, trust_new_key=True)
    assert report.equivocating == ["Dara"]
    monkeypatch.setattr(stream, "STREAM_FROM", 0 if streamed else 10**9)
    monkeypatch.setattr(stream, "CHUNK_EVENTS", 3)  # the two versions in different chunks
    ws, joined = joining.join(tmp_path / "joined", both, trust_new_key=True)
    try:
        assert joined.equivocating == ["Dara"]
        assert ws.store.dump() == ana.store.dump()
        assert ws.store.check() == []
        with ws.store.read() as conn:
            kept = conn.exec_driver_sql(
                "SELECT h FROM events WHERE replica=? AND seq=?", tuple(first["dot"])
            ).scalar_one()
            evidence = conn.exec_driver_sql("SELECT kept_h, other_h FROM equivocations").all()
        assert kept == min(first["h"], second["h"])
        assert evidence == [(kept, max(first["h"], second["h"]))]
    finally:
        ws.close()


def test_the_shared_folder_bundle_is_rewritten_when_the_kept_version_changes(four, tmp_path):
    from gcen_desktop.sync.reader import read_bundle

    ana, ben, _chen, dara = four
    note = ana.ws.create("note", {"title": "Residency visit"}).rec
    send(ana, dara, tmp_path)
    dara.ws.edit(note, {"title": "Residency visit (Dara)"})
    first, second = two_versions(dara, note, new_id(), "same record", first_smaller=False)
    folder = tmp_path / "shared"
    folder.mkdir()
    ben.set_shared_folder(folder)
    ben.import_bundle(_bundle(dara, tmp_path, "one.gcen", [first]), trust_new_key=True)
    ben.sync_folder_once()
    ben.import_bundle(_bundle(dara, tmp_path, "two.gcen", [second]), trust_new_key=True)
    ben.sync_folder_once()
    with read_bundle(folder / ben.own_bundle_name()) as contents:
        hashes = {e["h"] for e in contents.events}
    assert second["h"] in hashes and first["h"] not in hashes


@pytest.mark.parametrize("streamed", [True, False], ids=["streamed join", "join"])
def test_a_record_the_kept_version_creates_takes_later_events_of_it(four, tmp_path, monkeypatch, streamed):
    from gcen_desktop.services import joining
    from gcen_desktop.sync import stream

    ana, _ben, _chen, dara = four
    note = ana.ws.create("note", {"title": "Residency visit"}).rec
    send(ana, dara, tmp_path)
    dara.ws.edit(note, {"title": "Residency visit (Dara)"})
    other = new_id()
    first, second = two_versions(dara, note, other, "other record", first_smaller=False)
    later = seal({"dot": ["relayed0000000001", 1], "hlc": second["hlc"].split("-")[0] + "-00000-relayed0000000001",
                  "rec": other, "type": "note", "op": "set", "fields": {"body": "written later"}, "parents": {}})
    padding = [seal({"dot": ["relayed0000000002", i], "hlc": f"{second['hlc'][:13]}-00000-relayed0000000002",
                     "rec": new_id(), "type": "note", "op": "set", "fields": {"title": f"pad {i}"}, "parents": {}})
               for i in range(1, 5)]
    events = [*export_memory(dara.store, mode="full", keys=dara.keys).events, second, *padding, later]
    both = _bundle(dara, tmp_path, "both.gcen", events)
    ana.import_bundle(both, trust_new_key=True)
    monkeypatch.setattr(stream, "STREAM_FROM", 0 if streamed else 10**9)
    monkeypatch.setattr(stream, "CHUNK_EVENTS", 3)  # `later` in a chunk after the kept version's
    ws, _report = joining.join(tmp_path / "joined", both, trust_new_key=True)
    try:
        assert ws.store.dump() == ana.store.dump()
        assert ws.get(other).data["body"] == "written later" and ws.get(other).title == "A note nobody else wrote"
        assert ws.store.check() == []
    finally:
        ws.close()


@pytest.mark.parametrize("kind", ["same record", "set and del"])
def test_every_order_of_the_bundles_gives_the_same_view(four, tmp_path, kind):
    from gcen_desktop.services import joining
    from gcen_desktop.services.bundles import Exchange

    ana, _ben, _chen, dara = four
    note = ana.ws.create("note", {"title": "Residency visit", "body": "day one"}).rec
    send(ana, dara, tmp_path)
    dara.ws.edit(note, {"title": "Residency visit (Dara)"})
    ana.ws.edit(note, {"body": "day one, afternoon"})
    first, second = two_versions(dara, note, new_id(), kind, first_smaller=True)
    bundles = [_bundle(dara, tmp_path, "one.gcen", [first]), _bundle(dara, tmp_path, "two.gcen", [second]),
               tmp_path / "ana.gcen"]
    ana.export(bundles[2], mode="full")
    views = set()
    for n, order in enumerate(itertools.permutations(bundles)):
        ws, _ = joining.join(tmp_path / f"order{n}", tmp_path / "full.gcen", trust_new_key=True)
        ex = Exchange(ws)
        try:
            for path in order:
                ex.import_bundle(path, trust_new_key=True)
            views.add(ws.store.dump())
            assert ws.store.check() == []
        finally:
            ws.close()
    assert len(views) == 1


def test_evidence_kept_by_an_earlier_version_survives_the_upgrade_with_nobody_named_as_its_carrier(four, tmp_path):
    """Migration 0009 adds the carrier of the other version; rows an earlier version kept stay,
    with none (the Sync screen then names only the author, with the cautious wording)."""
    from alembic import command

    from gcen_desktop.store import open_store
    from gcen_desktop.store.migrations import HEAD_REVISION
    from gcen_desktop.store.migrations.runner import alembic_config

    ana, ben, chen, dara = four
    note = ana.ws.create("note", {"title": "Residency visit"}).rec
    send(ana, dara, tmp_path)
    dara.ws.edit(note, {"title": "Residency visit (Dara)"})
    send(dara, ana, tmp_path)
    _first, second = two_versions(dara, note, new_id(), "same record", first_smaller=True)
    ana.import_bundle(_bundle(chen, tmp_path, "relayed.gcen", [second]), trust_new_key=True)
    folder, dump = ana.store.folder, ana.store.dump()
    with ana.store.engine.connect() as conn:
        conn.info["write"] = True
        with conn.begin():
            command.downgrade(alembic_config(conn), "0008")
            assert "via" not in {c[1] for c in conn.exec_driver_sql("PRAGMA table_info(equivocations)")}
    ana.ws.close()
    store = open_store(folder)
    try:
        assert store.schema_before == "0008"
        with store.read() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one() == HEAD_REVISION
            assert conn.exec_driver_sql("SELECT replica, via FROM equivocations").all() == [(dara.store.replica, None)]
        assert store.dump() == dump and store.check() == []
    finally:
        store.close()
