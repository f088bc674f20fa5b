"""Another city's network bundle, imported as copies: refused as a plain import, copied with new
ids on request, references mapped, people left out, idempotent, undoable, from the CLI too."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gcen_desktop.services import Workspace
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.services.queries import Filters
from gcen_desktop.sync.admission import ForeignWorkspace


@pytest.fixture
def cities(tmp_path):
    toronto = Workspace.new(tmp_path / "toronto", "Toronto team", city="Toronto", member="Tomas")
    boston = Workspace.new(tmp_path / "boston", "Boston team", city="Boston", member="Ana")
    yield toronto, boston
    toronto.close()
    boston.close()


def _network_work(toronto: Workspace) -> dict[str, str]:
    city = toronto.create("city", {"name": "Toronto", "country": "Canada"}).rec
    practice = toronto.create("practice", {"title": "Teacher residency", "city": city,
                                              "summary": "Paired placements", "visibility": "network"}).rec
    reading = toronto.create("reading_item", {"title": "Residency study", "kind": "case_study",
                                                 "visibility": "network"}).rec
    plan = toronto.create("action_plan", {"title": "Residency plan", "city": city, "owner": toronto.me,
                                             "visibility": "network"}).rec
    goal = toronto.create("goal", {"plan": plan, "statement": "Mentors for every new teacher"}).rec
    first = toronto.create("action", {"goal": goal, "title": "Recruit mentors", "responsible": toronto.me}).rec
    second = toronto.create("action", {"goal": goal, "title": "Train mentors"}).rec
    toronto.link("evidence", plan, reading)
    toronto.link("adapted_from", plan, practice)
    toronto.set_tags(practice, ["induction"])
    private = toronto.create("note", {"title": "Budget worries", "body": "internal", "visibility": "private"}).rec
    return {"city": city, "practice": practice, "reading": reading, "plan": plan, "goal": goal,
            "first": first, "second": second, "private": private}


def test_network_bundle_of_another_city_imports_as_copies(cities, tmp_path):
    toronto, boston = cities
    ids = _network_work(toronto)
    boston_toronto = boston.create("city", {"name": "toronto "}).rec  # same city, typed differently
    bundle = tmp_path / "toronto-network.gcen"
    Exchange(toronto).export(bundle, mode="full", network_only=True)
    ex = Exchange(boston)
    with pytest.raises(ForeignWorkspace) as refused:
        ex.preview(bundle)
    assert refused.value.workspace_name == "Toronto team" and "copies" in str(refused.value)

    before = {r.id for r in boston.list("action_plan")}
    report = ex.import_copies(bundle)
    assert report.counts["practice"]["new"] == 1 and report.counts["action"]["new"] == 2
    assert "city" not in report.counts  # Boston's own Toronto is used
    [plan] = [p for p in boston.list("action_plan") if p.id not in before]
    assert plan.id != ids["plan"] and plan.title == "Residency plan"
    assert plan.data["city"] == boston_toronto and not plan.data.get("owner")
    assert plan.data.get("visibility", "team") == "team"
    [goal] = boston.list("goal", Filters(parent=plan.id))
    actions = boston.list("action", Filters(parent=goal.id))
    assert [a.title for a in sorted(actions, key=lambda a: a.data["position"])] == ["Recruit mentors", "Train mentors"]
    [practice] = boston.list("practice")
    assert practice.data["city"] == boston_toronto
    assert boston.store.find(ids["private"]) is None
    assert not any(r.title == "Budget worries" for r in boston.list("note"))
    assert {m.title for m in boston.list("member")} == {"Ana"}  # Toronto's people stay in Toronto
    # evidence, adaptation and tags point at the copies
    with boston.store.read() as conn:
        links = {(k, a, b) for k, a, b in conn.exec_driver_sql(
            "SELECT json_extract(data,'$.kind'), json_extract(data,'$.a'), json_extract(data,'$.b') "
            "FROM records WHERE type='link' AND deleted=0")}
    [reading] = boston.list("reading_item")
    assert ("evidence", plan.id, reading.id) in links
    assert ("adapted_from", plan.id, practice.id) in links
    assert ("tag", practice.id, "induction") in links
    assert boston.store.check() == []
    from gcen_desktop.store import replica

    assert not [k for k in replica._load() if "gcen-copies-" in k]  # the scratch store left no trace

    # the same bundle again copies nothing twice
    again = ex.import_copies(bundle)
    assert again.applied == 0 and again.counts["action"] == dict(again.counts["action"], new=0, unchanged=2)
    # a later bundle brings only what is new
    toronto.create("action", {"goal": ids["goal"], "title": "Review placements"})
    later = tmp_path / "later.gcen"
    Exchange(toronto).export(later, mode="full", network_only=True)
    assert ex.import_copies(later).counts["action"]["new"] == 1
    # and an import of copies is undone like any import
    ex.undo_last_import()
    assert len(boston.list("action", Filters(parent=goal.id))) == 2


def test_a_bundle_of_this_workspace_is_not_copied(cities, tmp_path):
    toronto, _ = cities
    _network_work(toronto)
    bundle = tmp_path / "own.gcen"
    ex = Exchange(toronto)
    ex.export(bundle, mode="full", network_only=True)
    with pytest.raises(Exception, match="as usual"):
        ex.import_copies(bundle)


def test_cli_imports_as_copies(cities, tmp_path):
    toronto, boston = cities
    _network_work(toronto)
    bundle = tmp_path / "net.gcen"
    Exchange(toronto).export(bundle, mode="full", network_only=True)
    folder = boston.store.folder
    boston.close()
    cmd = [sys.executable, "-m", "gcen_desktop.cli", "--workspace", str(folder), "import", str(bundle)]
    refused = subprocess.run(cmd, capture_output=True, text=True)
    assert refused.returncode == 1 and "--as-copies" in refused.stderr
    done = subprocess.run([*cmd, "--as-copies"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "Copied" in done.stdout


def test_a_record_too_large_to_copy_in_one_change_is_named_and_nothing_is_imported(cities, tmp_path):
    """Two long CJK texts written one at a time there (each change fits a bundle line) would be one
    change here: the copy is refused before writing, naming the record and the field."""
    from gcen_desktop.domain.errors import UserError

    toronto, boston = cities
    reading = toronto.create("reading_item", {"title": "Residency study", "visibility": "network",
                                                 "abstract": "教" * 1_000_000}).rec
    toronto.edit(reading, {"why_it_matters": "师" * 1_000_000})
    bundle = tmp_path / "toronto-network.gcen"
    Exchange(toronto).export(bundle, mode="full", network_only=True)
    before = boston.store.dump()
    with pytest.raises(UserError) as refused:
        Exchange(boston).import_copies(bundle)
    assert str(refused.value).startswith(
        "The reading 'Residency study' in this bundle cannot be copied: 'abstract' is too large to send to teammates"
    )
    assert str(refused.value).endswith("Nothing was imported.")
    assert boston.store.dump() == before
