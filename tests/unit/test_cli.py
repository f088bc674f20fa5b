"""The `gcen` command contract, end to end through a subprocess: output, exit codes, and that a failed
command never changes the store (`dump` stays byte-identical)."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import orjson
import pytest

from gcen_desktop.services import Workspace

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, workspace: Path | None, state: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """`gcen ARGS` with GCEN_WORKSPACE (when given) and a private state folder; never a shell."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("GCEN_")}
    env["GCEN_STATE_DIR"] = str(state)
    env["GCEN_CONFIG_DIR"] = str(state / "config")
    env["PYTHONPATH"] = str(ROOT)
    if workspace is not None:
        env["GCEN_WORKSPACE"] = str(workspace)
    return subprocess.run(
        [sys.executable, "-m", "gcen_desktop.cli", *args],
        env=env,
        cwd=cwd or state,
        capture_output=True,
        timeout=120,
    )


def ok(result: subprocess.CompletedProcess[bytes]) -> str:
    assert result.returncode == 0, result.stderr.decode()
    assert b"Traceback" not in result.stderr
    return result.stdout.decode()


def one_line_error(result: subprocess.CompletedProcess[bytes], code: int = 1) -> str:
    err = result.stderr.decode()
    assert result.returncode == code, (result.returncode, err, result.stdout.decode())
    assert "Traceback" not in err
    if code == 1:
        lines = err.splitlines()
        assert len(lines) == 1, err
        assert lines[0].startswith("gcen: ") and lines[0].endswith("."), err
        return lines[0]
    assert err.startswith("usage: gcen"), err
    return err


class Cli:
    """A workspace driven through the command, as a script would."""

    def __init__(self, workspace: Path, state: Path) -> None:
        self.workspace, self.state = workspace, state

    def __call__(self, *args: str) -> subprocess.CompletedProcess[bytes]:
        return run(*args, workspace=self.workspace, state=self.state)

    def json(self, *args: str):
        return orjson.loads(ok(self(*args)))

    def new_id(self, *args: str) -> str:
        out = ok(self("add", *args)).strip()
        assert "\n" not in out
        uuid.UUID(out)
        return out

    def dump(self) -> bytes:
        result = self("dump")
        assert result.returncode == 0, result.stderr.decode()
        return result.stdout


@contextmanager
def workspace(cli: Cli) -> Iterator[Workspace]:
    """The same workspace opened in this process, for setting up and checking what the command did."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GCEN_STATE_DIR", str(cli.state))
        w = Workspace.open(cli.workspace) if Workspace.exists(cli.workspace) else Workspace.new(
            cli.workspace, "Boston team", city="Boston", member="Elena Whitfield", role="superintendent"
        )
        try:
            yield w
        finally:
            w.close()


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    """A workspace made in this process (each command costs a whole interpreter start)."""
    c = Cli(tmp_path / "ws", tmp_path / "state")
    c.state.mkdir()
    with workspace(c):
        pass
    return c


def test_init_add_show_edit_list(tmp_path: Path):
    cli = Cli(tmp_path / "ws", tmp_path / "state")
    cli.state.mkdir()
    out = ok(cli("init", "--name", "Boston team", "--city", "Boston", "--member", "Elena Whitfield", "--role", "superintendent"))
    assert "Created workspace 'Boston team'" in out
    uuid.UUID(out.strip().splitlines()[-1])

    note = cli.new_id("note", "--title", "Site visit: Namsan", "--body", "## Seen\n\n- mentors at work", "--kind", "site_visit", "--tags", "mentoring, induction")
    shown = cli.json("show", note, "--json")
    assert shown["id"] == note and shown["type"] == "note"
    assert shown["title"] == "Site visit: Namsan" and shown["kind"] == "site_visit"
    assert shown["body"] == "## Seen\n\n- mentors at work"
    assert shown["tags"] == ["induction", "mentoring"]
    assert shown["visibility"] == "team"

    ok(cli("edit", note, "--set", "title=Site visit: Namsan Middle School", "--set", "date=2026-11-02", "--set", "tags=mentoring"))
    text = ok(cli("show", note))
    assert note in text and "Namsan Middle School" in text and "date: 2026-11-02" in text and "tags: mentoring" in text

    reading = cli.new_id("reading", "--title", "Growing our own", "--kind", "case study", "--year", "2023", "--assigned-to", "Elena Whitfield")
    listed = cli.json("list", "reading", "--json")
    assert isinstance(listed, list) and [r["id"] for r in listed] == [reading]
    assert listed[0]["type"] == "reading" and listed[0]["title"] == "Growing our own"
    assert listed[0]["kind"] == "case_study" and listed[0]["year"] == 2023
    assert ok(cli("list", "note", "--tag", "mentoring")).split() == [note, "Site", "visit:", "Namsan", "Middle", "School"]
    with workspace(cli) as w:
        assert w.get(listed[0]["assigned_to"]).title == "Elena Whitfield" == w.label(w.me)
        assert w.tags_of(note) == ["mentoring"]
        assert w.get(note).data["title"] == "Site visit: Namsan Middle School"


def test_delete_and_restore(cli: Cli):
    with workspace(cli) as w:
        plan = w.create("plan", {"title": "Residency plan"}).rec
        goal = w.create("goal", {"plan": plan, "statement": "Thirty residents"}).rec
        action = w.create("action", {"goal": goal, "title": "Open applications", "due": "2027-01-15"}).rec
        before = w.store.dump()
    out = ok(cli("delete", plan))
    assert "with 2 record(s) under it" in out
    assert cli.json("list", "plan", "--json") == []
    assert [p["id"] for p in cli.json("list", "plan", "--json", "--trash")] == [plan]
    with workspace(cli) as w:
        assert w.get(action).deleted and w.get(goal).deleted
    assert ok(cli("restore", plan)).startswith("Restored 3 record(s)")
    assert cli.dump() == before


def test_search_with_type_filter(cli: Cli):
    with workspace(cli) as w:
        note = w.create("note", {"title": "首尔研讨会筹备", "body": "我们希望了解首尔如何支持新入职教师在第一年站稳讲台。", "language": "zh"}).rec
        w.create("note", {"title": "Mentor release time", "body": "Mentors need two hours a week."})
        reading = w.create("reading", {"title": "Mentor time is not free", "abstract": "Costs of mentor release."}).rec
    hits = cli.json("search", "教师", "--json")
    assert [h["id"] for h in hits] == [note]
    assert hits[0]["type"] == "note" and "教师" in hits[0]["snippet"]
    assert {h["type"] for h in cli.json("search", "mentor", "--json")} == {"note", "reading"}
    assert [h["id"] for h in cli.json("search", "mentor", "--type", "reading", "--json")] == [reading]


def test_dump_is_stable_and_check_passes(cli: Cli):
    with workspace(cli) as w:
        w.create("city", {"name": "Seoul", "country": "South Korea"})
        expected = w.store.dump()
    first, second = cli.dump(), cli.dump()
    assert first == second == expected and first.endswith(b"\n")
    records = orjson.loads(first)
    assert list(records) == sorted(records)
    assert {r["type"] for r in records.values()} >= {"workspace", "member", "city"}
    assert ok(cli("check")).startswith("ok:")


def test_demo_fills_a_new_workspace_then_refuses_a_second_time(tmp_path: Path):
    state = tmp_path / "state"
    state.mkdir()
    cli = Cli(tmp_path / "fresh", state)  # no init: demo creates the workspace
    out = ok(cli("demo"))
    assert out.startswith("Added the sample city team:") and "21 reading" in out
    assert ok(cli("check")).startswith("ok:")
    hits = cli.json("search", "教师", "--type", "note", "--json")
    assert hits and all(h["type"] == "note" and h["language"] == "zh" for h in hits)
    dash = cli.json("dashboard", "--json")
    assert dash["overdue_actions"] and dash["due_this_week"] and dash["readings_assigned_to_me"]
    assert dash["next_symposium"]["prep_total"] > dash["next_symposium"]["prep_done"] > 0
    with workspace(cli) as w:
        assert {p.data["status"] for p in w.list("plan")} == {"active", "draft"}
        before = w.store.dump()
    one_line_error(cli("demo"))
    assert cli.dump() == before


def test_workspace_option_overrides_the_environment(cli: Cli, tmp_path: Path):
    other = tmp_path / "other"
    ok(run("--workspace", str(other), "init", "--name", "Toronto team", "--city", "Toronto", workspace=cli.workspace, state=cli.state))
    assert [c["name"] for c in cli.json("list", "city", "--json")] == ["Boston"]
    listed = orjson.loads(ok(run("--workspace", str(other), "list", "city", "--json", workspace=None, state=cli.state)))
    assert [c["name"] for c in listed] == ["Toronto"]


# --- every error path: exit 1 and one line, or exit 2 for usage; the store unchanged ------------------

ERRORS = {
    "unknown id": (1, ["show", "{missing}"], "No record has the id"),
    "not an id": (1, ["show", "not-an-id"], "No record has the id"),
    "a value with a line break": (1, ["edit", "{note}", "--set", "date=2026-01-01\nlater"], "'2026-01-01\\u000alater' is not a date"),
    "bad field on edit": (1, ["edit", "{note}", "--set", "colour=red"], "has no field 'colour'"),
    "bad date on edit": (1, ["edit", "{note}", "--set", "date=2026-02-30"], "is not a date"),
    "bad date on add": (1, ["add", "symposium", "--title", "x", "--start", "14/03/2026"], "is not a date"),
    "bad enum": (1, ["edit", "{note}", "--set", "kind=podcast"], "not a kind"),
    "bad number": (1, ["add", "reading", "--title", "x", "--year", "recent"], "whole number"),
    "missing required field": (1, ["add", "note", "--body", "no title"], "needs 'title'"),
    "empty required field": (1, ["edit", "{note}", "--set", "title="], "cannot be empty"),
    "dangling ref": (1, ["add", "goal", "--plan", "{missing}", "--statement", "x"], "names no existing record"),
    "ref of the wrong type": (1, ["add", "goal", "--plan", "{note}", "--statement", "x"], "must be a action_plan"),
    "ref by an unknown name": (1, ["add", "practice", "--title", "x", "--city", "Atlantis"], "No single city is called"),
    "a good then a bad value": (1, ["edit", "{note}", "--set", "title=Changed", "--set", "date=someday"], "is not a date"),
    "set without =": (1, ["edit", "{note}", "--set", "title"], "Use --set FIELD=VALUE"),
    "value missing after --field": (1, ["add", "note", "--title"], "needs a value"),
    "restore a live record": (1, ["restore", "{note}"], "not deleted"),
    "bad date for the dashboard": (1, ["dashboard", "--today", "2026-13-01"], "is not a date for 'today'"),
    "delete unknown id": (1, ["delete", "{missing}"], "No record has the id"),
    "link to unknown id": (1, ["link", "evidence", "{plan}", "{missing}"], "No record has the id"),
    "link with swapped ids": (1, ["link", "evidence", "{note}", "{plan}"], "'evidence' links go from plan"),
    "init over a workspace": (1, ["init", "--name", "Again"], "already a workspace"),
    "no command": (2, [], "required"),
    "unknown type": (2, ["list", "podcast"], "invalid choice"),
    "edit without --set": (2, ["edit", "{note}"], "--set"),
    "unknown option": (2, ["list", "note", "--colour"], "unrecognized arguments"),
    "bad reading status": (2, ["reading-status", "{note}", "skimmed"], "invalid choice"),
}


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory):
    """One small workspace for all error cases."""
    base = tmp_path_factory.mktemp("cli-errors")
    cli = Cli(base / "ws", base / "state")
    cli.state.mkdir()
    with workspace(cli) as w:
        ids = {
            "note": w.create("note", {"title": "Exchange debrief", "date": "2026-11-03"}).rec,
            "plan": w.create("plan", {"title": "Residency plan"}).rec,
            "missing": str(uuid.uuid4()),
        }
        dump = w.store.dump()
    return cli, ids, dump


@pytest.mark.parametrize("case", sorted(ERRORS))
def test_errors_exit_with_one_line_and_change_nothing(filled, case):
    cli, ids, dump = filled
    code, args, message = ERRORS[case]
    result = cli(*(a.format(**ids) for a in args))
    line = one_line_error(result, code)
    assert message in line
    assert result.stdout == b""
    with workspace(cli) as w:
        assert w.store.dump() == dump


@pytest.mark.parametrize("command", [["show", "{id}"], ["dump"]])
def test_missing_workspace_is_one_line(tmp_path: Path, command):
    state = tmp_path / "state"
    state.mkdir()
    result = run(*(a.format(id=uuid.uuid4()) for a in command), workspace=tmp_path / "nowhere", state=state)
    line = one_line_error(result)
    assert "There is no workspace in" in line and "gcen init" in line
    assert not (tmp_path / "nowhere").exists()


def test_a_file_that_is_not_a_workspace_database_is_one_line(tmp_path: Path):
    folder = tmp_path / "odd"
    folder.mkdir()
    junk = b"these are meeting minutes, not a database\n" * 20
    (folder / "workspace.sqlite3").write_bytes(junk)
    state = tmp_path / "state"
    state.mkdir()
    line = one_line_error(run("list", "note", workspace=folder, state=state))
    assert "cannot be used" in line and "--workspace" in line
    assert (folder / "workspace.sqlite3").read_bytes() == junk


def test_a_refused_init_leaves_no_folder(tmp_path: Path):
    state = tmp_path / "state"
    state.mkdir()
    line = one_line_error(run("init", "--name", "", workspace=tmp_path / "new", state=state))
    assert "'name' cannot be empty" in line
    assert not (tmp_path / "new").exists()


def test_values_no_bundle_could_carry_are_refused_in_one_line(cli: Cli):
    """A file name's bytes that are not UTF-8 arrive as lone surrogates; a year of 20 digits does
    not fit the 64 bits a bundle carries. Both are refused before anything is written."""
    note = cli.new_id("note", "--title", "Minutes")
    before = cli.dump()
    err = one_line_error(cli("edit", note, "--set", "title=caf\udce9"), code=2)  # a usage error, told as such
    assert "not valid UTF-8" in err
    err = one_line_error(cli("add", "reading", "--title", "Big", "--year", "9" * 20))
    assert err == "gcen: 'year' is too large a number; use one of at most 18 digits."
    assert cli.dump() == before
