"""Writes the golden bundle of a "future" schema (run once; the files are committed).

    .venv/bin/python -m tests.golden.make_future_golden

The bundle is made by this version with a grown schema (tests/sync/future_schema.py): an action
plan with a field this version does not know (`budget`, with a conflict on it), an action with a
status it does not know (`cancelled`) and a record of a type it does not know (`risk`). Beside it:
what this version shows after joining from it (`.dump.json`) and what the later version shows
(`.later.dump.json`, after this version relays it or is upgraded). Every later version must import
it (tests/sync/test_versions.py); every release adds a bundle of its own schema in the same way.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange
from tests.sync.future_schema import grown

HERE = Path(__file__).parent
BUNDLE = HERE / "schema-future-full.gcen"
SHOWN_NOW = HERE / "schema-future-full.dump.json"
SHOWN_LATER = HERE / "schema-future-full.later.dump.json"


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="gcen-golden-future-"))
    os.environ.setdefault("GCEN_STATE_DIR", str(folder / "state"))
    try:
        with grown():
            a = Exchange(Workspace.new(folder / "a", "Golden team", city="Boston", member="Ana Ruiz"))
            ws = a.ws
            plan = ws.create("plan", {"title": "Teacher induction", "budget": 120000, "status": "active"}).rec
            goal = ws.create("goal", {"plan": plan, "statement": "Retain 90 % of new teachers"}).rec
            ws.create("action", {"goal": goal, "title": "Summer institute", "status": "cancelled"})
            ws.create("action", {"goal": goal, "title": "Pair every new teacher with a mentor", "status": "in_progress"})
            ws.create("risk", {"plan": plan, "title": "Grant ends in 2027", "likelihood": "high",
                               "mitigation": "Ask the district for bridge funding\n"})
            a.export(folder / "seed.gcen", mode="full")
            b_ws, _ = joining.join(folder / "b", folder / "seed.gcen", trust_new_key=True)
            ws.edit(plan, {"budget": 150000})
            b_ws.edit(plan, {"budget": 90000, "title": "Teacher induction (Ben)"})
            Exchange(b_ws).export(folder / "b.gcen", mode="full")
            a.import_bundle(folder / "b.gcen", trust_new_key=True)
            b_ws.close()
            a.export(BUNDLE, mode="full")
            ws.close()
            later, _ = joining.join(folder / "later", BUNDLE, trust_new_key=True)
            SHOWN_LATER.write_bytes(later.store.dump())
            later.close()
        now, _ = joining.join(folder / "now", BUNDLE, trust_new_key=True)
        SHOWN_NOW.write_bytes(now.store.dump())
        now.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
