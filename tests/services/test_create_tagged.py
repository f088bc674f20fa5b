"""Records with their tags written as one batch of events (an import's readings) must leave the
store as `create` with tags, one record at a time, leaves it: the same records, links, private
marks, search rows and change set; only the ids (random) and times differ."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest

from gcen_desktop.domain.ids import link_id
from gcen_desktop.services import Workspace
from gcen_desktop.services import workspace as workspace_module
from gcen_desktop.services.changes import ChangeSet

ITEMS: list[tuple[dict[str, Any], list[str]]] = [
    ({"title": "Residency retention in Boston", "authors": "Rivera, Ana", "year": 2019, "visibility": "private"},
     ["equity", "Equity  work"]),
    ({"title": "Mentoring multilingual newcomers", "container": "Urban Teacher Education", "year": 2021},
     ["equity", "mentoring"]),
    ({"title": "Induction in München", "abstract": "Twelve districts, 12% more"}, []),
]


def _one_by_one(ws: Workspace, items: list[tuple[dict[str, Any], list[str]]]) -> ChangeSet:
    changes = ChangeSet()
    for values, tags in items:
        changes.merge(ws.create("reading_item", values, tags=tags).changes)
    return changes


def _as_batch(ws: Workspace, items: list[tuple[dict[str, Any], list[str]]]) -> ChangeSet:
    changes = ChangeSet()
    with ws.store.write() as conn:
        ids = ws._create_tagged(conn, "reading_item", items, changes)
    assert [ws.get(i).title for i in ids] == [values["title"] for values, _tags in items]
    return changes


def _state(ws: Workspace, changes: ChangeSet) -> dict[str, Any]:
    """What was written, with each reading named by its title instead of its id."""
    records = {rec: v for rec, v in orjson.loads(ws.store.dump()).items() if rec in changes.created}
    title = {rec: v["fields"]["title"] for rec, v in records.items() if v["type"] == "reading_item"}

    def named(v: dict[str, Any]) -> dict[str, Any]:
        fields = dict(v["fields"])
        if v["type"] == "link":
            fields["a"] = title[fields["a"]]
        return {**v, "fields": fields}

    with ws.store.read() as conn:
        events = [orjson.loads(b) for (b,) in conn.exec_driver_sql("SELECT body FROM events ORDER BY eid")]
        private = {tuple(r) for r in conn.exec_driver_sql("SELECT replica, seq FROM private_events")}
        seqs = [int(conn.exec_driver_sql("SELECT value FROM meta WHERE key='seq'").scalar_one())]
    mine = [e for e in events if e["rec"] in changes.created]
    return {
        "records": sorted(orjson.dumps(named(v), option=orjson.OPT_SORT_KEYS) for v in records.values()),
        "events": [(e["op"], e["type"], e["parents"], e["dot"][0] == ws.store.replica) for e in mine],
        "private": sorted(title.get(e["rec"]) or title[e["fields"]["a"]] + " tag " + e["fields"]["b"]
                          for e in mine if tuple(e["dot"]) in private),
        "last seq is the last event's": seqs == [events[-1]["dot"][1]],
        "found": sorted(v.title for word in ("multilingual", "München", "Boston", "twelve")
                        for v, _s in ws.search(word)),
        "tags": {t: ws.tags_of(rec) for rec, t in title.items()},
        "changes": (len(changes.created), changes.types, changes.restored),
    }


def test_a_batch_writes_what_one_record_at_a_time_writes(tmp_path: Path):
    single, batch = Workspace.new(tmp_path / "single", "T"), Workspace.new(tmp_path / "batch", "T")
    one, together = _one_by_one(single, ITEMS), _as_batch(batch, ITEMS)
    want = _state(single, one)
    assert want["private"] == ["Residency retention in Boston", "Residency retention in Boston tag Equity work",
                               "Residency retention in Boston tag equity"]
    assert want["changes"][0] == 7 and len(want["found"]) == 4
    assert _state(batch, together) == want
    assert batch.store.check() == []


def test_a_tag_link_already_there_is_restored_as_one_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A forged bundle can name a record before it is made: its deleted tag link comes back."""
    rec = "0190a0b2-7c1e-7d3f-8a41-5b6c7d8e9f01"
    lid = link_id("tag", rec, "equity")
    results = []
    for name, write in (("single", _one_by_one), ("batch", _as_batch)):
        ws = Workspace.new(tmp_path / name, "T")
        monkeypatch.setattr(workspace_module, "new_id", lambda: rec)
        with ws.store.write() as conn:
            ws.store.set_fields(conn, "link", lid, {"kind": "tag", "a": rec, "b": "equity"}, create=True)
            ws.store.delete(conn, "link", lid)
        changes = write(ws, [({"title": "Forged ahead"}, ["Equity", "mentoring"])])
        monkeypatch.undo()
        assert changes.restored == {lid} and lid not in changes.created
        results.append((ws.tags_of(rec), len(changes.created), changes.types, ws.store.check()))
    assert results[0] == results[1] == (["equity", "mentoring"], 2, {"reading_item", "link"}, [])


def test_a_dot_a_forged_event_names_makes_a_batch_write_as_a_new_replica(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch):
    """Some event already names the dot a tag link would take: from it on, this store writes under
    a new replica id, one record at a time as in a batch."""
    rec = "0190a0b2-7c1e-7d3f-8a41-5b6c7d8e9f02"
    lid = link_id("tag", rec, "equity")
    results = []
    for name, write in (("single", _one_by_one), ("batch", _as_batch)):
        ws = Workspace.new(tmp_path / name, "T")
        old = ws.store.replica
        with ws.store.write() as conn:
            seq = int(conn.exec_driver_sql("SELECT value FROM meta WHERE key='seq'").scalar_one())
            # the reading takes seq + 1, its tag link seq + 2: a forged bundle named that one
            conn.exec_driver_sql("INSERT INTO superseded (rec, field, replica, seq) VALUES (?, 'b', ?, ?)",
                                 (lid, old, seq + 2))
        monkeypatch.setattr(workspace_module, "new_id", lambda: rec)
        write(ws, [({"title": "Forged ahead"}, ["equity", "mentoring"])])
        monkeypatch.undo()
        with ws.store.read() as conn:
            dots = {r: (p == old, s) for r, p, s in conn.exec_driver_sql(
                "SELECT rec, replica, seq FROM events WHERE rec IN (?, ?, ?)",
                (rec, lid, link_id("tag", rec, "mentoring")))}
        results.append((ws.store.replica != old, ws.store.identity_reason, sorted(dots.values())))
    assert results[0] == results[1]
    new_identity, reason, dots = results[0]
    # the reading under the old id, its two tag links as the new replica's first two changes
    assert new_identity and reason and dots[:2] == [(False, 1), (False, 2)] and dots[2][0] is True
