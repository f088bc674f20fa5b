"""Writes the golden bundles of bundle format 1.0 (run once; the files are committed).

    .venv/bin/python -m tests.golden.make_golden

Every later version of GCEN Desktop must import these (tests/sync/test_exchange_golden.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from gcen_desktop.services import Workspace, joining
from gcen_desktop.services.bundles import Exchange

HERE = Path(__file__).parent
PASSPHRASE = "golden bundle 1.0"


def build(folder: Path) -> Exchange:
    os.environ.setdefault("GCEN_STATE_DIR", str(folder / "state"))
    a = Exchange(Workspace.new(folder / "a", "Golden team", city="Boston", member="Ana Ruiz", role="superintendent"))
    full = folder / "seed.gcen"
    a.export(full, mode="full")
    b_ws, _ = joining.join(folder / "b", full, trust_new_key=True)
    b = Exchange(b_ws)
    ws = a.ws
    note = ws.create("note", {"title": "Shanghai site visit", "body": "Teacher research groups\nLesson study\nMentoring\n"}).rec
    ws.set_tags(note, ["teaching force", "équité", "教师"])
    plan = ws.create("plan", {"title": "Teacher induction", "rationale": "Keep new teachers\n"}).rec
    goal = ws.create("goal", {"plan": plan, "statement": "Retain 90 % of new teachers", "due": "2027-06-30"}).rec
    ws.create("action", {"goal": goal, "title": "Pair every new teacher with a mentor", "status": "in_progress"})
    reading = ws.create("reading", {"title": "Teacher pipelines in Singapore", "year": 2019, "kind": "case_study"}).rec
    attached = folder / "summary.txt"
    attached.write_text("A one-page summary.\n", encoding="utf-8")
    ws.attach(reading, attached)
    gone = ws.create("note", {"title": "Draft to delete"}).rec
    ws.delete(gone)
    ws.create("practice", {"title": "Residency programme", "visibility": "network"})
    ws.create("note", {"title": "Private thoughts", "visibility": "private"})
    # a conflict and a deleted-while-edited record, made on two replicas
    send = folder / "ab.gcen"
    a.export(send, mode="full")
    b.import_bundle(send, trust_new_key=True)
    ws.edit(note, {"title": "Shanghai site visit (Ana)"})
    b.ws.edit(note, {"title": "Shanghai site visit (Ben)"})
    b.ws.edit(note, {"body": "Teacher research groups\nLesson study\nMentoring and coaching\n"})
    ws.delete(plan)
    b.ws.create("action", {"goal": goal, "title": "Induction week"})
    back = folder / "ba.gcen"
    b.export(back, mode="full")
    a.import_bundle(back, trust_new_key=True)
    b.ws.close()
    return a


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="gcen-golden-"))
    try:
        a = build(folder)
        a.export(HERE / "format-1.0-full.gcen", mode="full")
        a.export(HERE / "format-1.0-passphrase.gcen", mode="full", passphrase=PASSPHRASE)
        a.ws.close()
        # what a new teammate sees after joining from it (private records stayed home)
        joined, _ = joining.join(folder / "joined", HERE / "format-1.0-full.gcen", trust_new_key=True)
        (HERE / "format-1.0-full.dump.json").write_bytes(joined.store.dump())
        joined.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
