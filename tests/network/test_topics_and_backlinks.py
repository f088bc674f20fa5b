"""The network library browsed by working-group topic (a group's problem of practice), in any
city: a group's topic travels in the group's own publication, so only while the group is network;
a record of a team-only group travels with the group's name, never its topic. A network practice
names this team's plans adapted from it (`gcen network list --json`, `gcen network show`)."""

from __future__ import annotations

import json

import pytest

from .cities import close, make_city, publish, send
from .kit import file_text, ok

TOPIC = "Develop and sustain a high-quality teaching force"


@pytest.fixture
def three(tmp_path):
    nets = [make_city(tmp_path, n) for n in ("Toronto", "Seoul", "Boston")]
    yield nets
    close(*nets)


def test_browse_by_topic_across_cities_and_a_team_groups_topic_stays_home(capsys, three, tmp_path):
    toronto, seoul, boston = three
    group = toronto.ws.create("working_group", {"name": "Teaching force", "topic": TOPIC, "visibility": "network"}).rec
    plan = toronto.ws.create("action_plan", {"title": "Mentors for new teachers", "working_group": group,
                                             "visibility": "network"}).rec
    leaders = toronto.ws.create("working_group", {"name": "Leaders", "topic": "School leadership pipelines"}).rec
    reading = toronto.ws.create("reading_item", {"title": "Principal study", "working_group": leaders,
                                                 "visibility": "network"}).rec
    toronto.ws.create("practice", {"title": "Outside any group", "visibility": "network"})
    s_group = seoul.ws.create("working_group", {"name": "교사 역량", "topic": "develop and sustain a high-quality "
                                                "TEACHING force", "visibility": "network"}).rec
    s_note = seoul.ws.create("note", {"title": "수업 연구", "working_group": s_group, "visibility": "network"}).rec
    path = publish(toronto, tmp_path, "Boston")
    assert "School leadership" not in file_text(str(path))  # a team group's topic never travels
    boston.receive(path, trust_new_key=True)
    send(seoul, boston, tmp_path)
    assert boston.topics() == [TOPIC]  # once, in any case
    under = {e.rec for e in boston.listed(topic=TOPIC.upper())}
    assert under == {group, plan, s_group, s_note}
    assert {e.rec for e in boston.listed(topic=TOPIC, city="Seoul")} == {s_group, s_note}
    assert {e.rec for e in boston.listed(topic=TOPIC, type_="action_plan")} == {plan}
    assert boston.listed(topic="School leadership pipelines") == []
    [r] = [e for e in boston.listed() if e.rec == reading]
    assert r.values["working_group"] == "Leaders"  # its name, as before
    folder = str(boston.store.folder)
    listed = json.loads(ok(capsys, "--workspace", folder, "network", "list", "--topic", TOPIC, "--json"))
    assert {e["id"] for e in listed} == under
    assert {e["topic"] for e in listed} == {TOPIC, "develop and sustain a high-quality TEACHING force"}
    # the group's topic changes: its publication carries the new one, and the group's records follow it
    toronto.ws.edit(group, {"topic": "Teachers who stay"})
    send(toronto, boston, tmp_path)
    assert {e.rec for e in boston.listed(topic="teachers who stay")} == {group, plan}
    # the group made team: withdrawn, and its topic with it
    toronto.ws.edit(group, {"visibility": "team"})
    send(toronto, boston, tmp_path)
    assert boston.listed(topic="Teachers who stay") == [] and boston.topics() == [s_topic(seoul, s_group)]


def s_topic(net, group: str) -> str:
    return net.ws.get(group).data["topic"]


def test_a_network_practice_names_the_plans_adapted_from_it(capsys, three, tmp_path):
    toronto, _seoul, boston = three
    practice = toronto.ws.create("practice", {"title": "Teacher residency", "visibility": "network"}).rec
    other = toronto.ws.create("practice", {"title": "Lesson study", "visibility": "network"}).rec
    send(toronto, boston, tmp_path)
    net_folder = str(boston.store.folder)
    first = boston.adapt(practice).rec
    second = boston.adapt(practice).rec
    boston.ws.edit(second, {"title": "Residency, second try"})
    listed = {e["id"]: e for e in json.loads(ok(capsys, "--workspace", net_folder, "network", "list", "--json"))}
    assert listed[practice]["adapted_in"] == [{"id": second, "title": "Residency, second try"},
                                              {"id": first, "title": "Teacher residency"}]
    assert listed[other]["adapted_in"] == []
    shown = json.loads(ok(capsys, "--workspace", net_folder, "network", "show", practice, "--json"))
    assert [p["id"] for p in shown["adapted_in"]] == [second, first]
    text = ok(capsys, "--workspace", net_folder, "network", "show", practice)
    assert f"Residency, second try ({second})" in text
    boston.ws.delete(first)  # a deleted plan is not named
    assert boston.adapted()[(toronto.ws.workspace_id, practice)] == [(second, "Residency, second try")]
