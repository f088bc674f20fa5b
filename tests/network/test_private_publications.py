"""Only what a record says while network-visible leaves for other cities (SYNC.md "Private stays
home"), attacked through a team: a visibility conflict between teammates (the most restrictive head
wins for publications too), and parts of a network plan whose own visibility is in conflict."""

from __future__ import annotations

from gcen_desktop.services import joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.services.network import Network

from .cities import close, make_city, publish
from .kit import file_text

SECRET = "Budget cut for the residency, not to be shared"


def _teammates(tmp_path):
    tomas = make_city(tmp_path, "Toronto")
    boston = make_city(tmp_path, "Boston")
    return tomas, boston


def _join(tomas, tmp_path) -> Network:
    full = tmp_path / "full.gcen"
    Exchange(tomas.ws).export(full, mode="full")
    ben_ws, _ = joining.join(tmp_path / "ben", full, trust_new_key=True)
    return Network(ben_ws)


def _swap(x: Network, y: Network, tmp_path, name: str) -> None:
    """Each teammate takes the other's team bundle."""
    for src, dst, tag in ((x, y, "xy"), (y, x, "yx")):
        path = tmp_path / f"{name}-{tag}.gcen"
        Exchange(src.ws).export(path, mode="full")
        Exchange(dst.ws).import_bundle(path, trust_new_key=True)


def test_a_visibility_conflict_publishes_as_its_most_restrictive_head(tmp_path):
    tomas, boston = _teammates(tmp_path)
    practice = tomas.ws.create("practice", {"title": "Residency", "visibility": "team"}).rec
    ben = _join(tomas, tmp_path)
    tomas.ws.edit(practice, {"visibility": "network"})  # concurrently:
    ben.ws.edit(practice, {"visibility": "private"})
    ben.ws.edit(practice, {"title": SECRET})
    _swap(tomas, ben, tmp_path, "conflict")
    # making it private stays home with what was written then: Tomas's store never hears of it
    assert ben.ws.get(practice).data["visibility"] == "private"
    assert tomas.ws.get(practice).data == {**tomas.ws.get(practice).data, "title": "Residency", "visibility": "network"}
    mine = publish(ben, tmp_path, "Boston", full=True)
    assert SECRET not in file_text(str(mine)) and practice not in file_text(str(mine))
    assert SECRET not in file_text(str(publish(tomas, tmp_path, "Boston", full=True)))
    # the secret replaced while private, then the record made network again: only the present travels
    ben.ws.edit(practice, {"contacts": "Ben"})  # (so the next edit is an event of its own)
    ben.ws.edit(practice, {"title": "Residency, year two"})
    ben.ws.edit(practice, {"visibility": "network"})
    bundle = tmp_path / "ben-after.gcen"
    Exchange(ben.ws).export(bundle, mode="full")
    assert SECRET not in file_text(str(bundle))
    Exchange(tomas.ws).import_bundle(bundle, trust_new_key=True)
    for net in (tomas, ben):
        text = file_text(str(publish(net, tmp_path, "Boston", full=True)))
        assert SECRET not in text and "Residency, year two" in text
    close(tomas, boston, ben)


def test_a_team_against_network_conflict_publishes_from_neither_store(tmp_path):
    tomas, boston = _teammates(tmp_path)
    practice = tomas.ws.create("practice", {"title": "Residency", "visibility": "team"}).rec
    ben = _join(tomas, tmp_path)
    ben.ws.edit(practice, {"visibility": "network"})  # Ben changes his mind, and concurrently
    ben.ws.edit(practice, {"visibility": "team", "title": SECRET})
    tomas.ws.edit(practice, {"visibility": "network"})  # Tomas's network is the newer head
    _swap(tomas, ben, tmp_path, "conflict")
    for net in (tomas, ben):
        assert net.ws.get(practice).data["visibility"] == "team"
        path = publish(net, tmp_path, "Boston", full=True)
        assert SECRET not in file_text(str(path)) and practice not in file_text(str(path))
        boston.receive(path, trust_new_key=True)
    assert boston.listed() == []
    close(tomas, boston, ben)


def test_a_part_in_a_visibility_conflict_stays_home(tmp_path):
    tomas, boston = _teammates(tmp_path)
    plan = tomas.ws.create("action_plan", {"title": "Mentors", "visibility": "network"}).rec
    goal = tomas.ws.create("goal", {"plan": plan, "statement": "Keep new teachers"}).rec
    ben = _join(tomas, tmp_path)
    tomas.ws.edit(goal, {"visibility": "network"})  # concurrently:
    ben.ws.edit(goal, {"visibility": "private"})
    ben.ws.edit(goal, {"statement": SECRET})
    _swap(tomas, ben, tmp_path, "part")
    ben.ws.edit(goal, {"visibility": "team"})  # and a second goal, kept to the team, concurrently
    other = tomas.ws.create("goal", {"plan": plan, "statement": "Second goal"}).rec
    _swap(tomas, ben, tmp_path, "part-2")
    ben.ws.edit(other, {"visibility": "network"})
    ben.ws.edit(other, {"visibility": "team", "statement": "Kept to the team"})
    tomas.ws.edit(other, {"visibility": "network"})  # the newer head
    _swap(tomas, ben, tmp_path, "part-3")
    for net in (tomas, ben):
        text = file_text(str(publish(net, tmp_path, "Boston", full=True)))
        assert "Mentors" in text and SECRET not in text and "Kept to the team" not in text
        assert goal not in text and other not in text
    close(tomas, boston, ben)
