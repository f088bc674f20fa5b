"""What a newer version wrote (a field, a record type, a choice this version does not know) is
kept in the log and left out of the view the same way on every path of applying events: a whole
batch at once (brand-new records written without loading state), one event at a time, and the
projection computed from the log (`project`), which an upgrade re-runs."""

from __future__ import annotations

import orjson

from gcen_desktop.domain.ids import new_id
from gcen_desktop.services import Workspace
from gcen_desktop.store.apply import write_projection
from gcen_desktop.store.states import load_states

from .eventkit import apply, ev_del, ev_set

T0 = 1_790_000_000_000


def _newer_batch() -> tuple[list[dict], dict[str, str]]:
    note, plan, risk, bare, action, goal = (new_id() for _ in range(6))
    return [
        # brand-new records with a field this version does not know
        ev_set("aaaa", 1, T0, note, "note", {"title": "Visit", "body": "b", "mood": "hopeful"}),
        ev_set("aaaa", 2, T0 + 1, plan, "action_plan", {"title": "Induction", "budget": 5000}),
        # a record of a type it does not know, and one that only sets an unknown field so far
        ev_set("aaaa", 3, T0 + 2, risk, "risk", {"plan": plan, "title": "Grant ends", "likelihood": "high"}),
        ev_set("bbbb", 1, T0 + 3, bare, "note", {"mood": "tired"}),
        # a choice it does not know, then a conflict on an unknown field
        ev_set("aaaa", 4, T0 + 4, goal, "goal", {"plan": plan, "statement": "Retain"}),
        ev_set("aaaa", 5, T0 + 5, action, "action", {"goal": goal, "title": "Institute", "status": "cancelled"}),
        ev_set("aaaa", 6, T0 + 6, plan, "action_plan", {"budget": 6000}, {"budget": [["aaaa", 2]]}),
        ev_set("bbbb", 2, T0 + 7, plan, "action_plan", {"budget": 7000}, {"budget": [["aaaa", 2]]}),
        # a deletion of the risk by the newer version
        ev_del("bbbb", 3, T0 + 8, risk, "risk", {"plan": [["aaaa", 3]], "title": [["aaaa", 3]],
                                                "likelihood": [["aaaa", 3]]}),
    ], {"note": note, "plan": plan, "risk": risk, "bare": bare, "action": action}


def _reprojected(ws: Workspace) -> set[str]:
    """The records whose projection differs from what `project` computes from their state now."""
    with ws.store.write() as conn:
        recs = [r for (r,) in conn.exec_driver_sql("SELECT DISTINCT rec FROM events")]
        return write_projection(conn, load_states(conn, recs), ancestor_value=ws.store.ancestor_reader(conn))


def test_every_path_leaves_a_newer_versions_data_out_of_the_view_alike(tmp_path):
    batch, ids = _newer_batch()
    bulk = Workspace.new(tmp_path / "bulk", "T")
    single = Workspace.new(tmp_path / "single", "T")
    apply(bulk, batch)
    for e in reversed(batch):
        apply(single, [e])
    keep = set(ids.values())

    def view(ws):
        return {k: v for k, v in orjson.loads(ws.store.dump()).items() if k in keep}

    assert view(bulk) == view(single)
    shown = view(bulk)
    assert set(shown) == {ids["note"], ids["plan"], ids["action"]}  # no risk, no note without a known field
    assert shown[ids["note"]]["fields"] == {"title": "Visit", "body": "b"}
    assert "budget" not in shown[ids["plan"]]["fields"] and "conflicts" not in shown[ids["plan"]]
    assert shown[ids["action"]]["fields"]["status"] == "cancelled"
    for ws in (bulk, single):
        assert _reprojected(ws) == set()
        assert ws.store.check() == []
        with ws.store.read() as conn:  # all of it kept
            assert conn.exec_driver_sql("SELECT COUNT(*) FROM events WHERE rec IN (?,?)",
                                        (ids["risk"], ids["bare"])).scalar_one() == 3
    bulk.close()
    single.close()
