"""The network library: publications kept apart from the team's records, updated by newer ones,
removed by withdrawals, listed and searched (CJK too), adapted in a new plan, never sent to
teammates; publishing is incremental per receiver; identity says what a hub operator needs."""

from __future__ import annotations

import json
import zipfile

import pytest

from gcen_desktop.services import joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.services.queries import Filters

from .cities import close, make_city, publish, send
from .kit import ok, run


@pytest.fixture
def two(tmp_path):
    toronto, boston = make_city(tmp_path, "Toronto"), make_city(tmp_path, "Boston")
    yield toronto, boston
    close(toronto, boston)


def test_a_publication_is_incremental_per_receiver_and_full_on_request(two, tmp_path):
    toronto, boston = two
    practice = toronto.ws.create("practice", {"title": "Residency", "visibility": "network"}).rec
    toronto.ws.create("reading_item", {"title": "Residency study", "visibility": "network"})
    assert send(toronto, boston, tmp_path).applied == 2
    assert len(toronto.preview_publish("Boston").publications) == 2  # sent, not acknowledged yet
    receipt = tmp_path / "receipt.gcen"
    boston.receipt(receipt, "Toronto")
    toronto.receive(receipt, trust_new_key=True)
    again = toronto.preview_publish("Boston")
    assert again.publications == [] and again.withdrawals == []  # nothing changed since it said it holds them
    toronto.ws.edit(practice, {"summary": "Paired placements"})
    [changed] = toronto.preview_publish("boston").publications  # the receiver's name in any case
    assert changed.rec == practice
    assert len(toronto.preview_publish("Denver").publications) == 2  # another receiver: all
    assert len(toronto.preview_publish("Boston", full=True).publications) == 2
    assert len(toronto.preview_publish().publications) == 2  # the hub, never published to yet


def test_parts_tags_and_attachments_of_a_network_record_travel(two, tmp_path):
    toronto, boston = two
    city = toronto.ws.create("city", {"name": "Toronto"}).rec
    plan = toronto.ws.create("action_plan", {"title": "Residency plan", "city": city, "owner": toronto.ws.me,
                                             "visibility": "network"}).rec
    goal = toronto.ws.create("goal", {"plan": plan, "statement": "Mentors for all"}).rec
    toronto.ws.create("action", {"goal": goal, "title": "Recruit mentors", "responsible": toronto.ws.me})
    toronto.ws.create("action", {"goal": goal, "title": "Private worry", "visibility": "private"})
    toronto.ws.set_tags(plan, ["induction"])
    doc = tmp_path / "brief.txt"
    doc.write_text("residency brief")
    toronto.ws.attach(plan, doc)
    send(toronto, boston, tmp_path)
    [entry] = boston.listed()
    assert entry.city == "Toronto" and entry.values["city"] == "Toronto" and "owner" not in entry.values
    assert [p["values"].get("statement") or p["values"].get("title") for p in entry.body["parts"]] == [
        "Mentors for all", "Recruit mentors"]
    assert entry.body["tags"] == ["induction"]
    [attachment] = entry.body["attachments"]
    assert boston.store.blobs.read(attachment["sha256"]) == b"residency brief"
    assert boston.ws.list("action_plan") == []  # the team's own records are untouched


def test_the_library_is_never_sent_to_teammates(two, tmp_path):
    toronto, boston = two
    toronto.ws.create("practice", {"title": "Residency of Toronto", "visibility": "network"})
    send(toronto, boston, tmp_path)
    bundle = tmp_path / "team.gcen"
    Exchange(boston.ws).export(bundle, mode="full")
    with zipfile.ZipFile(bundle) as z:
        assert b"Residency of Toronto" not in z.read("events.jsonl")


def test_list_search_and_cjk(two, tmp_path, capsys):
    toronto, boston = two
    toronto.ws.create("practice", {"title": "优秀教师的培养", "summary": "导师制度", "visibility": "network"})
    toronto.ws.create("reading_item", {"title": "Mentoring study", "visibility": "network"})
    send(toronto, boston, tmp_path)
    [hit] = boston.search("教师")
    assert hit.title == "优秀教师的培养" and hit.city == "Toronto"
    assert [e.title for e in boston.listed(type_="reading_item")] == ["Mentoring study"]
    assert boston.listed(city="toronto ") and boston.listed(city="Denver") == []
    folder = str(boston.store.folder)
    boston.ws.close()
    out = json.loads(ok(capsys, "--workspace", folder, "network", "list", "--type", "practice", "--json"))
    assert [(e["title"], e["city"], e["type"]) for e in out] == [("优秀教师的培养", "Toronto", "practice")]
    text = ok(capsys, "--workspace", folder, "search", "导师")
    assert "优秀教师的培养" in text and "[network: Toronto]" in text
    assert json.loads(ok(capsys, "--workspace", folder, "search", "教师", "--type", "note", "--json")) == []


def test_adapt_a_network_practice_in_a_new_plan(two, tmp_path):
    toronto, boston = two
    toronto.ws.create("city", {"name": "Toronto"})
    tcity = toronto.ws.list("city")[0].id
    practice = toronto.ws.create("practice", {"title": "Residency", "summary": "Paired placements",
                                              "city": tcity, "visibility": "network"}).rec
    bcity = boston.ws.create("city", {"name": "toronto"}).rec
    send(toronto, boston, tmp_path)
    plan = boston.adapt(practice).rec
    view = boston.ws.get(plan)
    assert view.type == "action_plan" and view.title == "Residency" and view.data["city"] == bcity
    [source] = boston.ws.linked(plan, "adapted_from")
    assert source.type == "practice" and source.data["summary"] == "Paired placements" and source.id != practice
    # a second adaptation makes a second plan from the same copy
    plan2 = boston.adapt(practice).rec
    assert boston.ws.linked(plan2, "adapted_from")[0].id == source.id
    assert len(boston.ws.list("practice")) == 1


def test_a_replayed_older_publication_changes_nothing(two, tmp_path):
    toronto, boston = two
    practice = toronto.ws.create("practice", {"title": "Residency", "visibility": "network"}).rec
    old = publish(toronto, tmp_path, "Boston")
    toronto.ws.edit(practice, {"title": "Residency, second year"})
    new = publish(toronto, tmp_path, "Boston")
    boston.receive(new, trust_new_key=True)
    report = boston.receive(old)
    assert report.applied == 0 and report.counts["practice"]["unchanged"] == 1
    assert [e.title for e in boston.listed()] == ["Residency, second year"]
    # withdrawn, then the old publication again: it stays withdrawn
    toronto.ws.edit(practice, {"visibility": "private"})
    boston.receive(publish(toronto, tmp_path, "Boston"))
    assert boston.receive(old).applied == 0 and boston.listed() == []
    # published again: back
    toronto.ws.edit(practice, {"visibility": "network"})
    assert boston.receive(publish(toronto, tmp_path, "Boston")).counts["practice"]["new"] == 1


def test_deleting_a_record_withdraws_it(two, tmp_path):
    toronto, boston = two
    practice = toronto.ws.create("practice", {"title": "Residency", "visibility": "network"}).rec
    send(toronto, boston, tmp_path)
    toronto.ws.delete(practice)
    report = send(toronto, boston, tmp_path)
    assert report.counts["practice"]["withdrawn"] == 1 and boston.listed() == []


def test_a_teammate_publishes_for_the_workspace_and_the_newest_wins(tmp_path):
    tomas = make_city(tmp_path, "Toronto")
    boston = make_city(tmp_path, "Boston")
    practice = tomas.ws.create("practice", {"title": "Residency", "visibility": "network"}).rec
    full = tmp_path / "full.gcen"
    Exchange(tomas.ws).export(full, mode="full")
    from gcen_desktop.services.network import Network

    ben_ws, _ = joining.join(tmp_path / "ben", full, trust_new_key=True)
    ben = Network(ben_ws)
    ben.ws.edit(practice, {"title": "Residency (Ben's edit)"})
    stale = publish(tomas, tmp_path, "Boston")
    fresh = publish(ben, tmp_path, "Boston")
    boston.receive(fresh, trust_new_key=True)
    assert boston.receive(stale, trust_new_key=True).applied == 0
    assert [e.title for e in boston.listed()] == ["Residency (Ben's edit)"]
    close(tomas, boston, ben)


def test_identity(ws, capsys):
    folder = str(ws.store.folder)
    ws.close()
    out = json.loads(ok(capsys, "--workspace", folder, "identity", "--json"))
    assert out["name"] == "Test team" and out["city"] == "Boston" and len(out["workspace_id"]) == 36
    assert out["replica"] and out["fingerprint"]
    text = ok(capsys, "--workspace", folder, "identity")
    assert out["fingerprint"] in text and out["workspace_id"] in text


def test_help_documents_the_publication_path(capsys):
    with pytest.raises(SystemExit):
        run(capsys, "network", "--help")
    assert "gcen import FILE" in capsys.readouterr().out


def test_publishing_does_not_touch_the_teams_records(two, tmp_path):
    toronto, _ = two
    toronto.ws.create("practice", {"title": "Residency", "visibility": "network"})
    before = toronto.store.dump()
    publish(toronto, tmp_path)
    assert toronto.store.dump() == before
    assert toronto.ws.list("goal", Filters()) == []


def test_renaming_the_city_a_record_names_publishes_the_new_name_everywhere(two, tmp_path):
    """The city travels as its name; renaming it changed the publication but not its counter, so
    a library holding the old version could keep the old name (same counter, the tie decided)."""
    toronto, boston = two
    city = toronto.ws.create("city", {"name": "Toronto"}).rec
    practice = toronto.ws.create("practice", {"title": "Residency", "city": city, "visibility": "network"}).rec
    send(toronto, boston, tmp_path)
    [before] = toronto.preview_publish("Boston", full=True).publications
    toronto.ws.edit(city, {"name": "City of Toronto"})
    [after] = toronto.preview_publish("Boston", full=True).publications
    assert after.rec == practice and after.values["city"] == "City of Toronto"
    assert after.counter > before.counter  # newer, so it replaces the old name wherever it arrives
    send(toronto, boston, tmp_path)
    [entry] = boston.listed()
    assert entry.values["city"] == "City of Toronto"
    # moving the record to a city with fewer changes never makes its counter go back
    other = toronto.ws.create("city", {"name": "Mississauga"}).rec
    toronto.ws.edit(practice, {"city": other})
    [moved] = toronto.preview_publish("Boston", full=True).publications
    assert moved.counter > after.counter
