"""Issue 18's four failures of sharing with other cities, through `gcen export --network-only` and
`gcen import --as-copies`: each failed on the code before publications existed."""

from __future__ import annotations

import json

from .kit import city, file_text, new_id, ok, run, searched


def _team_of_two(capsys, tmp_path):
    """Toronto's team: Tomas's store and Ben's, joined from a full bundle."""
    tomas = city(capsys, tmp_path, "Toronto")
    full = str(tmp_path / "full.gcen")
    ok(capsys, "--workspace", tomas, "export", "--to", full, "--full")
    ben = str(tmp_path / "ben")
    ok(capsys, "--workspace", ben, "import", full, "--yes")
    return tomas, ben


def _receive(capsys, boston: str, path: str) -> dict:
    return json.loads(ok(capsys, "--workspace", boston, "import", path, "--as-copies", "--yes", "--json"))


def test_a_network_export_does_not_depend_on_what_teammates_hold(capsys, tmp_path):
    tomas, ben = _team_of_two(capsys, tmp_path)
    new_id(capsys, tomas, "practice", "--title", "Teacher residency", "--visibility", "network")
    team = str(tmp_path / "team.gcen")
    ok(capsys, "--workspace", tomas, "export", "--to", team)
    ok(capsys, "--workspace", ben, "import", team, "--yes")
    back = str(tmp_path / "back.gcen")
    ok(capsys, "--workspace", ben, "export", "--to", back)
    ok(capsys, "--workspace", tomas, "import", back, "--yes")  # Tomas now knows Ben holds it all
    net = str(tmp_path / "net.gcen")
    ok(capsys, "--workspace", tomas, "export", "--to", net, "--network-only")
    boston = city(capsys, tmp_path, "Boston")
    report = _receive(capsys, boston, net)
    assert report["counts"]["practice"]["new"] == 1
    [hit] = searched(capsys, boston, "residency")
    assert hit["title"] == "Teacher residency"


def test_a_record_no_longer_shared_is_withdrawn(capsys, tmp_path):
    toronto = city(capsys, tmp_path, "Toronto")
    practice = new_id(capsys, toronto, "practice", "--title", "Teacher residency", "--visibility", "network")
    boston = city(capsys, tmp_path, "Boston")
    first = str(tmp_path / "first.gcen")
    ok(capsys, "--workspace", toronto, "export", "--to", first, "--network-only")
    _receive(capsys, boston, first)
    assert [h["title"] for h in searched(capsys, boston, "residency")] == ["Teacher residency"]
    ok(capsys, "--workspace", toronto, "edit", practice, "--set", "visibility=team")
    second = str(tmp_path / "second.gcen")
    ok(capsys, "--workspace", toronto, "export", "--to", second, "--network-only")
    _receive(capsys, boston, second)
    assert searched(capsys, boston, "residency") == []


def test_neither_the_past_nor_team_records_travel(capsys, tmp_path):
    toronto = city(capsys, tmp_path, "Toronto")
    practice = new_id(capsys, toronto, "practice", "--title", "Teacher residency",
                      "--summary", "Budget cut looming, keep quiet")
    ok(capsys, "--workspace", toronto, "edit", practice, "--set", "summary=Paired placements")
    ok(capsys, "--workspace", toronto, "edit", practice, "--set", "visibility=network")
    # a team plan with one network action: the plan's own text stays home
    team_plan = new_id(capsys, toronto, "plan", "--title", "Staffing crisis plan",
                       "--problem_of_practice", "Vacancies in thirty schools")
    team_goal = new_id(capsys, toronto, "goal", "--plan", team_plan, "--statement", "Fill the vacancies")
    new_id(capsys, toronto, "action", "--goal", team_goal, "--title", "Open call", "--visibility", "network")
    # a network plan with a goal set to team: the goal stays home
    net_plan = new_id(capsys, toronto, "plan", "--title", "Residency plan", "--visibility", "network")
    shared_goal = new_id(capsys, toronto, "goal", "--plan", net_plan, "--statement", "Mentors for all")
    hidden_goal = new_id(capsys, toronto, "goal", "--plan", net_plan, "--statement", "Renegotiate the union deal",
                         "--visibility", "network")
    ok(capsys, "--workspace", toronto, "edit", hidden_goal, "--set", "visibility=team")
    net = str(tmp_path / "net.gcen")
    ok(capsys, "--workspace", toronto, "export", "--to", net, "--network-only")
    text = file_text(net)
    assert "Paired placements" in text and "Mentors for all" in text and shared_goal in text
    for secret in ("Budget cut looming", "Staffing crisis plan", "Vacancies in thirty schools",
                   "Fill the vacancies", "Renegotiate the union deal"):
        assert secret not in text, secret


def test_a_later_version_of_a_practice_replaces_the_earlier(capsys, tmp_path):
    toronto = city(capsys, tmp_path, "Toronto")
    practice = new_id(capsys, toronto, "practice", "--title", "Teacher residency", "--summary", "Paired placements",
                      "--visibility", "network")
    boston = city(capsys, tmp_path, "Boston")
    first = str(tmp_path / "first.gcen")
    ok(capsys, "--workspace", toronto, "export", "--to", first, "--network-only")
    _receive(capsys, boston, first)
    ok(capsys, "--workspace", toronto, "edit", practice, "--set", "summary=Mentored cohorts of twelve")
    second = str(tmp_path / "second.gcen")
    ok(capsys, "--workspace", toronto, "export", "--to", second, "--network-only")
    report = _receive(capsys, boston, second)
    assert report["counts"]["practice"]["updated"] == 1
    [hit] = searched(capsys, boston, "cohorts")
    assert hit["title"] == "Teacher residency"
    assert searched(capsys, boston, "paired") == []
    code, _, _ = run(capsys, "--workspace", boston, "list", "practice", "--json")
    assert code == 0
