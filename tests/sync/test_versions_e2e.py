"""Teammates on two versions sync end to end: a later release (this package with a grown schema,
run as the `gcen` command in subprocesses, see future_schema.py) and this one (in this process).

The later version exports; this one joins, edits the same plan and relays; a second copy of the
later version joins from the relayed bundle and shows the new field, status and record with the
older teammate's edit; then incremental bundles go both ways."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange
from gcen_desktop.sync.reader import read_bundle

ROOT = Path(__file__).resolve().parents[2]


def later(folder: Path, *args: str) -> str:
    """Run the later version's `gcen` on a workspace folder; its output."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.sync.future_schema", "--workspace", str(folder), *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def show(folder: Path, rec: str) -> dict:
    return json.loads(later(folder, "show", rec, "--json"))


def kind_of(bundle: Path) -> str:
    with read_bundle(bundle) as contents:
        return contents.manifest.kind


def test_a_later_and_this_version_exchange_full_and_incremental_bundles(tmp_path: Path) -> None:
    ana, ben = tmp_path / "ana-later", tmp_path / "ben-later"
    later(ana, "init", "--name", "Team", "--city", "Boston", "--member", "Ana")
    plan = later(ana, "add", "plan", "--title", "Mentoring", "--budget", "5000")
    goal = later(ana, "add", "goal", "--plan", plan, "--statement", "More mentors")
    action = later(ana, "add", "action", "--goal", goal, "--title", "Recruit", "--status", "cancelled")
    risk = later(ana, "add", "risk", "--plan", plan, "--title", "Funding ends", "--likelihood", "high")
    later(ana, "export", "--to", str(tmp_path / "ana-1.gcen"), "--full")

    # this version joins, edits the same plan, and relays everything in its own full bundle
    old, report = joining.join(tmp_path / "olga-now", tmp_path / "ana-1.gcen", trust_new_key=True)
    assert report.kept_for_newer == 1
    assert "budget" not in old.store.get(plan).data and old.store.find(risk) is None
    assert old.store.get(action).data["status"] == "cancelled"
    old.store.set_meta("device_name", "Olga")
    old.edit(plan, {"title": "Mentoring, year 2"})
    Exchange(old).export(tmp_path / "olga-1.gcen", mode="full")

    later(ben, "import", str(tmp_path / "olga-1.gcen"), "--yes")  # joins from the older teammate
    shown = show(ben, plan)
    assert shown["budget"] == 5000 and shown["title"] == "Mentoring, year 2"
    assert show(ben, action)["status"] == "cancelled"
    assert show(ben, risk)["title"] == "Funding ends" and show(ben, risk)["likelihood"] == "high"

    # incremental, later -> this version: Ana hears from Olga, then changes the budget and adds a risk
    later(ana, "import", str(tmp_path / "olga-1.gcen"), "--yes")
    later(ana, "edit", plan, "--set", "budget=6000")
    second = later(ana, "add", "risk", "--plan", plan, "--title", "Mentors leave")
    later(ana, "export", "--to", str(tmp_path / "ana-2.gcen"), "--for", "Olga")
    assert kind_of(tmp_path / "ana-2.gcen") == "incremental"
    Exchange(old).import_bundle(tmp_path / "ana-2.gcen", trust_new_key=True)
    assert old.store.find(second) is None and old.store.get(plan).title == "Mentoring, year 2"
    assert old.store.check() == []

    # incremental, this version -> later: Olga edits the plan again and sends what Ben lacks
    later(ben, "export", "--to", str(tmp_path / "ben-1.gcen"), "--for", "Olga")  # so Olga knows what Ben holds
    Exchange(old).import_bundle(tmp_path / "ben-1.gcen", trust_new_key=True)
    old.edit(plan, {"rationale": "Retention is the problem."})
    with read_bundle(tmp_path / "ben-1.gcen") as contents:
        ben_replica = contents.manifest.producer.replica
    Exchange(old).export(tmp_path / "olga-2.gcen", mode="peer", peer=ben_replica)
    assert kind_of(tmp_path / "olga-2.gcen") == "incremental"
    later(ben, "import", str(tmp_path / "olga-2.gcen"), "--yes")
    shown = show(ben, plan)
    assert shown["budget"] == 6000 and shown["rationale"] == "Retention is the problem."
    assert show(ben, second)["title"] == "Mentors leave"  # relayed by the older version
    assert later(ben, "check").startswith("ok")
    old.close()

    # and when this store's app is updated, it shows all of it, as Ben's does
    later(tmp_path / "olga-now", "check")
    assert show(tmp_path / "olga-now", plan) == show(ben, plan)
    assert show(tmp_path / "olga-now", second)["title"] == "Mentors leave"
    again = Workspace.open(tmp_path / "olga-now")  # and opened by this version again
    assert again.store.find(second) is None and again.store.check() == []
    again.close()
