"""Purge meets equivocation: a record deleted permanently here, one of whose changes a teammate
sent in two versions, is forgotten with both versions (the evidence of the other one included),
and no bundle carrying either version brings it back."""

from __future__ import annotations

import pytest

from .exchange_kit import close_all, send, team
from .hostile.crafting import far_dots, forged_deletion, signed_with, two_versions
from .test_equivocation import _bundle


@pytest.fixture
def four(tmp_path):
    stores = team(tmp_path, 4)
    yield stores
    close_all(stores)


def _said_here(ex, text: str) -> bool:
    """Whether `text` is anywhere in this store's database tables that keep what records said."""
    with ex.store.read() as conn:
        rows = conn.exec_driver_sql("SELECT body FROM events").all()
        rows += conn.exec_driver_sql("SELECT other_body FROM equivocations").all()
    return any(text.encode() in bytes(b) for (b,) in rows)


@pytest.mark.parametrize("first_smaller", [True, False])
def test_a_purged_record_with_an_equivocated_change_is_forgotten_and_stays_gone(four, tmp_path, first_smaller):
    ana, ben, _chen, dara = four
    note = dara.ws.create("note", {"title": "Minutes", "body": "x\n"}).rec
    dara.ws.edit(note, {"title": "Dara's title"})
    first, second = two_versions(dara, note, note, "same record", first_smaller)
    send(dara, ana, tmp_path)
    send(dara, ben, tmp_path)
    other = _bundle(dara, tmp_path, "other.gcen", [second])
    ana.import_bundle(other, trust_new_key=True)  # Ana sees both versions: evidence kept
    ana.ws.delete(note)
    ana.ws.purge([note])
    assert ana.ws.find(note) is None
    assert not _said_here(ana, "Dara's other title") and not _said_here(ana, "Dara's title")
    # neither version, nor a teammate's bundle carrying the kept one, brings it back
    ana.import_bundle(other, trust_new_key=True)
    send(ben, ana, tmp_path)
    send(dara, ana, tmp_path)
    assert ana.ws.find(note) is None or ana.ws.find(note).deleted
    assert not _said_here(ana, "Dara's other title") and not _said_here(ana, "Dara's title")
    assert ana.store.check() == []
    send(ana, ben, tmp_path)  # Ana still exports
    assert ben.ws.find(note).deleted


def test_a_record_purged_after_a_forged_deletion_comes_back_with_a_teammates_restore(four, tmp_path):
    """Item 3 through purge: the forged deletion observes every dot the team may write next; one
    store empties its trash; a teammate's restore still brings the record back everywhere."""
    ana, ben, chen, _dara = four
    trio = (ana, ben, chen)
    n = ana.ws.create("note", {"title": "Residency visit", "body": "notes\n"}).rec
    send(ana, ben, tmp_path)
    send(ana, chen, tmp_path)
    forged = signed_with(ana, tmp_path / "forged.gcen", [forged_deletion(ana.store, n, "note", 1, far_dots(trio))])
    for s in trio:
        s.import_bundle(forged, trust_new_key=True)
        assert s.ws.get(n).deleted
    ana.ws.purge([n])
    ben.ws.restore(n)
    assert not ben.ws.get(n).deleted
    for dst in (ana, chen):
        send(ben, dst, tmp_path)
        back = dst.ws.find(n)
        assert back is not None and not back.deleted
    full = tmp_path / "ben-full.gcen"
    ben.export(full, mode="full")
    ana.import_bundle(full, trust_new_key=True)
    assert ana.ws.get(n).title == "Residency visit" and ana.store.check() == []
    ana.import_bundle(forged, trust_new_key=True)  # the forgery again changes nothing
    assert not ana.ws.get(n).deleted


@pytest.mark.parametrize("private_smaller", [True, False])
def test_two_versions_of_a_visibility_change_settle_alike_and_a_private_one_never_travels(four, tmp_path,
                                                                                         private_smaller):
    """Equivocation of the visibility field: one version makes the note private and renames it, the
    other keeps it team. Every store keeps the same one, whatever it saw first: when it is the
    private one, the stores holding it relay that one change (Dara's, already sent by Dara; without
    it a store holding the other version diverges for good) and nothing else of the note."""
    import orjson

    from gcen_desktop.store.events import seal

    ana, ben, chen, dara = four
    note = dara.ws.create("note", {"title": "Minutes", "body": "x\n"}).rec
    dara.ws.edit(note, {"title": "Minutes, team"})
    with dara.store.read() as conn:
        first = orjson.loads(conn.exec_driver_sql(
            "SELECT body FROM events WHERE replica=? ORDER BY seq DESC LIMIT 1", (dara.store.replica,)).scalar_one())
    wall, _c, replica = first["hlc"].split("-")
    base = {k: v for k, v in first.items() if k != "h"}
    base["fields"] = {"title": "Codename Falcon", "visibility": "private"}
    base["parents"] = {**first["parents"], "visibility": [[dara.store.replica, 1]]}
    for counter in range(1, 20_000):
        second = seal(dict(base, hlc=f"{wall}-{counter:05d}-{replica}"))
        if (second["h"] < first["h"]) == private_smaller:
            break
    send(dara, ana, tmp_path)
    send(dara, ben, tmp_path)
    other = _bundle(dara, tmp_path, "other.gcen", [second])
    for s in (ben, chen):
        s.import_bundle(other, trust_new_key=True)
    send(dara, chen, tmp_path)
    for _ in range(2):
        for src in (ana, ben, chen):
            for dst in (ana, ben, chen):
                if src is not dst:
                    send(src, dst, tmp_path)
    assert ana.store.dump() == ben.store.dump() == chen.store.dump()
    shown = ana.ws.get(note).data["visibility"]
    assert shown == ("private" if private_smaller else "team")
    for s in (ana, ben, chen):
        path = tmp_path / f"check-{s.store.replica}.gcen"
        s.export(path, mode="full")
        from .test_private_stays_home import contents

        events, _ = contents(path)
        mine = [orjson.loads(line) for line in events.splitlines() if orjson.loads(line)["rec"] == note]
        if private_smaller:
            assert [e["h"] for e in mine] == [second["h"]]
        else:
            assert b"Codename Falcon" not in events and mine
