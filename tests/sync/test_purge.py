"""Deleting permanently (purge, Empty trash): what a record said is forgotten on this store, its
deletion still reaches teammates, and no bundle brings it back alive."""

from __future__ import annotations

import pytest

from gcen_desktop.domain.errors import UserError

from .exchange_kit import close_all, send, team


@pytest.fixture
def trio(tmp_path):
    stores = team(tmp_path, 3)
    yield stores
    close_all(stores)


def _text_in_log(ex, text: str) -> bool:
    with ex.store.read() as conn:
        return any(text.encode() in bytes(b) for (b,) in conn.exec_driver_sql("SELECT body FROM events").all())


def test_a_purged_record_is_forgotten_here_and_its_deletion_still_travels(trio, tmp_path):
    a, b, c = trio
    send(c, b, tmp_path)  # b knows c: it relays to c
    n = a.ws.create("note", {"title": "Budget draft", "body": "salaries: confidential\n"}).rec
    old = tmp_path / "old-full.gcen"
    a.export(old, mode="full")
    send(a, b, tmp_path)
    assert b.ws.get(n).title == "Budget draft"
    live = a.ws.create("note", {"title": "Still here"}).rec
    a.ws.delete(n)
    with pytest.raises(UserError):
        a.ws.purge([n, live])  # a live record is not purged, and nothing is
    assert a.ws.find(n).deleted
    changes = a.ws.purge([n])
    assert n in changes.deleted
    assert a.ws.find(n) is None and n not in [v.id for v in a.ws.trash()]
    assert not _text_in_log(a, "confidential") and a.ws.search("confidential") == []
    assert a.store.check() == []  # the projection is what the log (without its values) gives
    # the deletion reaches b, and b relays it to c, who had the note from nobody yet
    send(a, b, tmp_path)
    assert b.ws.find(n).deleted  # b keeps its copy in its trash until it empties it
    send(b, c, tmp_path)
    assert c.ws.find(n) is None or c.ws.find(n).deleted
    # an older bundle that carried the note does not bring it back: this store still holds
    # (has seen) those changes, so they are skipped as known
    a.import_bundle(old, trust_new_key=True)
    assert a.ws.find(n) is None and not _text_in_log(a, "confidential")
    # nor does a teammate's full bundle, which still carries it
    full = tmp_path / "b-full.gcen"
    b.export(full, mode="full")
    a.import_bundle(full, trust_new_key=True)
    assert a.ws.find(n) is None and a.store.check() == []
    # b empties its trash: its copy goes too
    b.ws.empty_trash()
    assert b.ws.find(n) is None and b.store.check() == []
    # new edits keep numbering after the forgotten events: no dot is ever written twice
    m = a.ws.create("note", {"title": "After"}).rec
    send(a, b, tmp_path)
    assert b.ws.get(m).title == "After"


def test_purging_a_plan_takes_its_deleted_goals_and_actions(trio):
    a, _, _ = trio
    plan = a.ws.create("action_plan", {"title": "Plan"}).rec
    goal = a.ws.create("goal", {"plan": plan, "statement": "Goal"}).rec
    action = a.ws.create("action", {"goal": goal, "title": "Act"}).rec
    a.ws.delete(plan)
    changes = a.ws.purge([plan])
    assert {plan, goal, action} <= changes.deleted
    assert all(a.ws.find(r) is None for r in (plan, goal, action))
    assert a.store.check() == []


def test_a_teammate_who_restores_a_record_purged_here_brings_it_back(trio, tmp_path):
    """A modification beats a deletion (SYNC.md): a restore is a new change, which no purge covers."""
    a, b, _ = trio
    n = a.ws.create("note", {"title": "Keep me", "body": "text\n"}).rec
    send(a, b, tmp_path)
    a.ws.delete(n)
    send(a, b, tmp_path)
    a.ws.purge([n])
    b.ws.restore(n)
    send(b, a, tmp_path)
    back = a.ws.find(n)
    assert back is not None and not back.deleted  # back, with what the restore carried
    # its other values were forgotten here: a full bundle from the teammate brings them again
    full = tmp_path / "b-full.gcen"
    b.export(full, mode="full")
    a.import_bundle(full, trust_new_key=True)
    assert a.ws.get(n).title == "Keep me" and a.ws.get(n).data["body"] == "text\n"
    assert a.store.dump() == b.store.dump()
    assert a.store.check() == []
