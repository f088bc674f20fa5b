"""Teammates on different versions keep syncing (SYNC.md, "Versions of the app on one team"): a
store of this version keeps what a newer version wrote (a field, a record type, a choice it does
not know), shows what it knows, relays all of it, and shows the rest once upgraded.

The newer version is this package with a grown schema (tests/sync/future_schema.py), in this
process for a `with grown():` block; tests/sync/test_versions_e2e.py runs it in subprocesses."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcen_desktop.domain.schema import SCHEMA_VERSION
from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.store.apply import write_projection
from gcen_desktop.store.states import load_states
from gcen_desktop.sync import stream
from gcen_desktop.sync.manifest import FORMAT_VERSION, schema_of
from gcen_desktop.sync.reader import read_bundle
from tests.sync.future_schema import FUTURE_PLAN_FIELD, FUTURE_STATUS, FUTURE_TYPE, grown


def _events_of(ws: Workspace, rec: str) -> int:
    with ws.store.read() as conn:
        return conn.exec_driver_sql("SELECT COUNT(*) FROM events WHERE rec=?", (rec,)).scalar_one()


def _newer_store(folder: Path, full: Path) -> dict[str, str]:
    """A store of the newer version that writes a plan with a budget, a cancelled action and a risk,
    and exports everything to `full`. Returns the records' ids."""
    with grown():
        ws = Workspace.new(folder, "Team", city="Boston", member="Ana")
        plan = ws.create("plan", {"title": "Mentoring", FUTURE_PLAN_FIELD: 5000}).rec
        goal = ws.create("goal", {"plan": plan, "statement": "More mentors"}).rec
        action = ws.create("action", {"goal": goal, "title": "Recruit", "status": FUTURE_STATUS}).rec
        risk = ws.create(FUTURE_TYPE, {"plan": plan, "title": "Funding ends", "likelihood": "high"}).rec
        Exchange(ws).export(full, mode="full")
        ws.close()
    return {"plan": plan, "goal": goal, "action": action, "risk": risk}


def _shows_what_it_knows(ws: Workspace, ids: dict[str, str]) -> None:
    plan = ws.store.get(ids["plan"])
    assert plan.data["title"] == "Mentoring" and FUTURE_PLAN_FIELD not in plan.data
    assert ws.store.get(ids["action"]).data["status"] == FUTURE_STATUS  # its raw value
    assert ws.store.find(ids["risk"]) is None  # a type it does not know: not in its views
    assert _events_of(ws, ids["risk"]) == 1 and _events_of(ws, ids["plan"]) == 1  # but kept in its log
    assert ws.store.check() == []
    with ws.store.write() as conn:  # each path wrote what the projection computes from the log
        recs = [r for (r,) in conn.exec_driver_sql("SELECT DISTINCT rec FROM events")]
        assert write_projection(conn, load_states(conn, recs), ancestor_value=ws.store.ancestor_reader(conn)) == set()


@pytest.mark.parametrize("streamed", [False, True], ids=["joined", "joined-streamed"])
def test_joining_from_a_newer_version_keeps_what_it_does_not_know(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, streamed: bool
) -> None:
    monkeypatch.setattr(stream, "STREAM_FROM", 0 if streamed else 10**9)
    ids = _newer_store(tmp_path / "new", tmp_path / "full.gcen")
    ws, report = joining.join(tmp_path / "old", tmp_path / "full.gcen", trust_new_key=True)
    _shows_what_it_knows(ws, ids)
    assert report.kept_for_newer == 1 and FUTURE_TYPE not in report.counts
    ws.close()


def test_importing_from_a_newer_version_keeps_what_it_does_not_know(tmp_path: Path) -> None:
    with grown():
        first = Workspace.new(tmp_path / "new", "Team", city="Boston", member="Ana")
        Exchange(first).export(tmp_path / "empty.gcen", mode="full")
        first.close()
    old, _ = joining.join(tmp_path / "old", tmp_path / "empty.gcen", trust_new_key=True)
    with grown():
        newer = Workspace.open(tmp_path / "new")
        plan = newer.create("plan", {"title": "Mentoring", FUTURE_PLAN_FIELD: 5000}).rec
        goal = newer.create("goal", {"plan": plan, "statement": "More mentors"}).rec
        action = newer.create("action", {"goal": goal, "title": "Recruit", "status": FUTURE_STATUS}).rec
        risk = newer.create(FUTURE_TYPE, {"plan": plan, "title": "Funding ends"}).rec
        Exchange(newer).export(tmp_path / "team.gcen", mode="team")
        newer.close()
    preview = Exchange(old).preview(tmp_path / "team.gcen")
    assert preview.kept_for_newer == 1 and FUTURE_TYPE not in preview.counts
    assert preview.counts["action_plan"]["new"] == 1
    report = Exchange(old).import_bundle(tmp_path / "team.gcen", trust_new_key=True)
    assert report.kept_for_newer == 1
    _shows_what_it_knows(old, {"plan": plan, "action": action, "risk": risk})
    old.close()


def test_an_older_store_relays_everything_and_its_own_edit_joins_it(tmp_path: Path) -> None:
    ids = _newer_store(tmp_path / "new", tmp_path / "full.gcen")
    old, _ = joining.join(tmp_path / "old", tmp_path / "full.gcen", trust_new_key=True)
    old.edit(ids["plan"], {"title": "Mentoring, year 2"})  # the same plan the newer teammate wrote
    for mode in ("full", "team"):
        Exchange(old).export(tmp_path / f"{mode}-relayed.gcen", mode=mode)
    with read_bundle(tmp_path / "full-relayed.gcen") as contents:
        assert any(e["type"] == FUTURE_TYPE for e in contents.events)
        assert any(FUTURE_PLAN_FIELD in (e.get("fields") or {}) for e in contents.events)
    old.close()
    with grown():
        # a newer teammate joins from the older store's bundle: nothing of the newer data was lost
        third, _ = joining.join(tmp_path / "third", tmp_path / "full-relayed.gcen", trust_new_key=True)
        plan = third.store.get(ids["plan"])
        assert plan.data[FUTURE_PLAN_FIELD] == 5000 and plan.data["title"] == "Mentoring, year 2"
        assert third.store.get(ids["risk"]).data["likelihood"] == "high"
        assert third.store.get(ids["action"]).data["status"] == FUTURE_STATUS
        assert third.store.check() == []
        # and the first newer store gets the older teammate's edit from its team bundle
        newer = Workspace.open(tmp_path / "new")
        Exchange(newer).import_bundle(tmp_path / "team-relayed.gcen", trust_new_key=True)
        plan = newer.store.get(ids["plan"])
        assert plan.data["title"] == "Mentoring, year 2" and plan.data[FUTURE_PLAN_FIELD] == 5000
        assert newer.store.dump() == third.store.dump()
        third.close()
        newer.close()


def test_after_an_upgrade_what_a_newer_teammate_typed_shows_with_its_conflicts(tmp_path: Path) -> None:
    ids = _newer_store(tmp_path / "new", tmp_path / "full.gcen")
    with grown():  # two newer teammates set the budget concurrently
        ben, _ = joining.join(tmp_path / "ben", tmp_path / "full.gcen", trust_new_key=True)
        ana = Workspace.open(tmp_path / "new")
        ana.edit(ids["plan"], {FUTURE_PLAN_FIELD: 6000})
        ben.edit(ids["plan"], {FUTURE_PLAN_FIELD: 7000})
        Exchange(ana).export(tmp_path / "ana.gcen", mode="full")
        Exchange(ben).export(tmp_path / "ben.gcen", mode="full")
        Exchange(ana).import_bundle(tmp_path / "ben.gcen", trust_new_key=True)
        assert FUTURE_PLAN_FIELD in ana.store.get(ids["plan"]).conflicts
        expected = ana.store.dump()
        ana.close()
        ben.close()
    old, _ = joining.join(tmp_path / "old", tmp_path / "ana.gcen", trust_new_key=True)
    Exchange(old).import_bundle(tmp_path / "ben.gcen", trust_new_key=True)
    assert old.store.get(ids["plan"]).conflicts == {}  # a conflict on a field it does not show
    assert old.store.reprojected == 0
    old.close()
    with grown():  # this store's app is upgraded
        upgraded = Workspace.open(tmp_path / "old")
        assert upgraded.store.reprojected >= 3  # the plans, actions and risks it holds
        plan = upgraded.store.get(ids["plan"])
        assert sorted(plan.conflicts[FUTURE_PLAN_FIELD]) == [6000, 7000]
        assert upgraded.store.get(ids["risk"]).title == "Funding ends"
        assert upgraded.store.dump() == expected  # as if it had always been known
        assert upgraded.store.check() == []
        upgraded.close()
    again = Workspace.open(tmp_path / "old")  # opened by this version again: back as it was
    assert FUTURE_PLAN_FIELD not in again.store.get(ids["plan"]).data and again.store.find(ids["risk"]) is None
    assert again.store.check() == []
    again.close()


def test_an_older_store_deleting_a_plan_covers_the_fields_it_does_not_know(tmp_path: Path) -> None:
    ids = _newer_store(tmp_path / "new", tmp_path / "full.gcen")
    old, _ = joining.join(tmp_path / "old", tmp_path / "full.gcen", trust_new_key=True)
    old.delete(ids["action"])
    old.delete(ids["plan"])
    Exchange(old).export(tmp_path / "team.gcen", mode="team")
    old.close()
    with grown():
        newer = Workspace.open(tmp_path / "new")
        Exchange(newer).import_bundle(tmp_path / "team.gcen", trust_new_key=True)
        plan = newer.store.find(ids["plan"])
        # deleted where the budget was seen; the risk the older store could not see keeps it shown, flagged
        assert plan is not None and plan.kept_alive and not plan.del_conflict
        assert newer.store.get(ids["action"]).deleted
        newer.close()


GOLDEN = Path(__file__).resolve().parent.parent / "golden"


def test_the_golden_bundle_of_a_future_schema_joins_shows_what_it_knows_and_relays_the_rest(tmp_path: Path) -> None:
    bundle = GOLDEN / "schema-future-full.gcen"
    with read_bundle(bundle) as contents:  # a newer schema, this format: never refused
        assert schema_of(contents.manifest) == SCHEMA_VERSION + 1
        assert contents.manifest.format_version == FORMAT_VERSION
    ws, report = joining.join(tmp_path / "now", bundle, trust_new_key=True)
    assert ws.store.dump() == (GOLDEN / "schema-future-full.dump.json").read_bytes()
    assert report.kept_for_newer == 1 and ws.store.check() == []
    assert "cancelled" in {a.data["status"] for a in ws.store.query("r.type='action'")}
    Exchange(ws).export(tmp_path / "relayed.gcen", mode="full")
    ws.close()
    later_view = (GOLDEN / "schema-future-full.later.dump.json").read_bytes()
    with grown():
        relayed, _ = joining.join(tmp_path / "later", tmp_path / "relayed.gcen", trust_new_key=True)
        assert relayed.store.dump() == later_view
        relayed.close()
        upgraded = Workspace.open(tmp_path / "now")
        assert upgraded.store.dump() == later_view and upgraded.store.check() == []
        upgraded.close()


def test_another_teams_bundle_from_a_newer_version_is_copied_with_what_this_version_can_write(tmp_path: Path) -> None:
    ids = _newer_store(tmp_path / "new", tmp_path / "full.gcen")
    ours = Workspace.new(tmp_path / "ours", "Our team", city="Seoul", member="Min-jun")
    report = Exchange(ours).import_copies(tmp_path / "full.gcen")
    assert report.counts["action_plan"]["new"] == 1 and FUTURE_TYPE not in report.counts
    (action,) = ours.store.query("r.type='action'")
    assert action.title == "Recruit" and action.data["status"] == "not_started"  # its default: ours to edit
    (plan,) = ours.store.query("r.type='action_plan'")
    assert plan.title == "Mentoring" and FUTURE_PLAN_FIELD not in plan.data and plan.id != ids["plan"]
    assert ours.store.check() == []
    ours.close()
