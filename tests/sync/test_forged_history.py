"""Forged history in a trusted bundle: `observed` and `parents` naming dots nobody can have seen
make nothing permanent (SYNC.md "Nothing forged is permanent")."""

from __future__ import annotations

import pytest

from gcen_desktop.cli import main

from .exchange_kit import close_all, send, team
from .hostile.crafting import far_dots, forged_deletion, forged_set, signed_with


@pytest.fixture
def trio(tmp_path):
    stores = team(tmp_path, 3)
    yield stores
    close_all(stores)


def test_a_deletion_observing_future_dots_does_not_make_a_record_unrestorable(trio, tmp_path):
    a, b, c = trio
    n = a.ws.create("note", {"title": "Residency visit", "body": "notes"}).rec
    send(a, b, tmp_path)
    send(a, c, tmp_path)
    forged = signed_with(a, tmp_path / "forged.gcen", [forged_deletion(a.store, n, "note", 1, far_dots(trio))])
    for s in trio:
        s.import_bundle(forged, trust_new_key=True)
        assert s.ws.get(n).deleted
    changes = b.ws.restore(n)
    assert changes.restored == {n}
    assert not b.ws.get(n).deleted and not b.ws.get(n).del_conflict
    assert b.store.check() == []
    # the restore travels: every store shows the record again
    send(b, a, tmp_path)
    send(b, c, tmp_path)
    for s in trio:
        assert not s.ws.get(n).deleted
    assert a.store.dump() == b.store.dump() == c.store.dump()


def test_a_restore_is_covered_by_no_deletion_it_overrides_on_any_store(trio, tmp_path):
    """Restored on one store, the record is back on a store that restores it too (two restores
    of one forged deletion), and a later honest deletion still deletes it."""
    a, b, c = trio
    n = a.ws.create("note", {"title": "Residency visit"}).rec
    send(a, b, tmp_path)
    send(a, c, tmp_path)
    forged = signed_with(a, tmp_path / "forged.gcen", [forged_deletion(a.store, n, "note", 1, far_dots(trio))])
    for s in trio:
        s.import_bundle(forged, trust_new_key=True)
    b.ws.restore(n)
    c.ws.restore(n)
    for src, dst in ((b, c), (c, b), (b, a), (c, a)):
        send(src, dst, tmp_path)
    assert all(not s.ws.get(n).deleted for s in trio)
    assert a.store.dump() == b.store.dump() == c.store.dump()
    a.ws.delete(n)  # an honest deletion after both restores
    send(a, b, tmp_path)
    assert a.ws.get(n).deleted and b.ws.get(n).deleted
    assert b.store.check() == []


def test_a_forged_deletion_of_a_child_does_not_keep_it_in_the_trash(trio, tmp_path):
    a, b, _c = trio
    plan = a.ws.create("action_plan", {"title": "Teaching force"}).rec
    goal = a.ws.create("goal", {"plan": plan, "statement": "Retain new teachers"}).rec
    send(a, b, tmp_path)
    forged = signed_with(a, tmp_path / "forged.gcen", [forged_deletion(a.store, goal, "goal", 1, far_dots(trio))])
    b.import_bundle(forged, trust_new_key=True)
    assert b.ws.get(goal).deleted and not b.ws.get(plan).deleted
    assert b.ws.restore(goal).restored == {goal}
    assert not b.ws.get(goal).deleted
    assert b.store.check() == []


def test_gcen_restore_says_restored_only_when_the_record_is_back(trio, tmp_path, capsys):
    a, b, c = trio
    n = a.ws.create("note", {"title": "Residency visit"}).rec
    send(a, b, tmp_path)
    forged = signed_with(a, tmp_path / "forged.gcen", [forged_deletion(a.store, n, "note", 1, far_dots(trio))])
    b.import_bundle(forged, trust_new_key=True)
    folder = str(b.store.folder)
    b.ws.close()
    code = main(["--workspace", folder, "restore", n])
    out = capsys.readouterr().out
    assert code == 0 and out.startswith("Restored 1 record(s).")
    code = main(["--workspace", folder, "list", "note", "--json"])
    assert n in capsys.readouterr().out


def test_an_edit_a_forged_event_named_as_replaced_before_it_was_written_is_not_lost(trio, tmp_path):
    """A set whose parents name b's next versions of a field: b's honest edit of that field is
    numbered after them (those dots are spoken for), so it is shown everywhere instead of
    vanishing behind the forged value."""
    a, b, c = trio
    n = a.ws.create("note", {"title": "Residency visit"}).rec
    send(a, b, tmp_path)
    with b.store.read() as conn:
        heads = b.store.heads(conn, n)["title"]
    future = [[b.store.replica, s] for s in range(1, 300)]
    forged = forged_set(a.store, n, "note", 1, {"title": "forged"}, {"title": sorted([*heads, *future])})
    path = signed_with(a, tmp_path / "forged.gcen", [forged])
    old = b.store.replica
    for s in trio:
        s.import_bundle(path, trust_new_key=True)
        assert s.ws.get(n).title == "forged"
    # (b numbers its changes past what a vouched bundle names of its future; its identity stays)
    b.ws.edit(n, {"title": "Residency visit, day 2"})
    assert b.ws.get(n).title == "Residency visit, day 2"
    assert b.store.replica == old and int(b.store.meta("seq")) >= 300
    send(b, a, tmp_path)
    send(b, c, tmp_path)
    assert a.ws.get(n).title == c.ws.get(n).title == "Residency visit, day 2"
    assert a.store.dump() == b.store.dump() == c.store.dump()
    assert b.store.check() == []


def test_a_deletion_a_forged_restore_overrode_before_it_was_written_still_deletes(trio, tmp_path):
    a, b, _c = trio
    n = a.ws.create("note", {"title": "Residency visit"}).rec
    send(a, b, tmp_path)
    future = [[b.store.replica, s] for s in range(1, 300)]
    forged = forged_set(a.store, n, "note", 1, {"kind": "session"}, {"_del": future})
    b.import_bundle(signed_with(a, tmp_path / "forged.gcen", [forged]), trust_new_key=True)
    b.ws.delete(n)
    assert b.ws.get(n).deleted
    send(b, a, tmp_path)
    assert a.ws.get(n).deleted

