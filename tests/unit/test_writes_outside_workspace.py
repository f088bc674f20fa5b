"""No file the app writes for the user (a document, a reading list, a calendar, a publication or a
receipt) may land inside the workspace folder: a name there replaces the workspace's own files (its
database, its keys). The command line refused them (test_cli_hostile.py); the services the window
calls now do too, whatever the dialog was pointed at."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.services import documents, readings_io
from gcen_desktop.services.network import Network


def _write(ws, case: str, path: Path) -> None:
    plan = ws.list("action_plan")[0].id
    symposium = next(s.id for s in ws.list("symposium") if s.data.get("start"))
    note = next(n.id for n in ws.list("note") if documents.shared(n))
    {
        "plan report": lambda: documents.export_plan(ws, plan, "md", path),
        "briefing": lambda: documents.export_briefing(ws, symposium, "md", path),
        "note": lambda: documents.export_note(ws, note, "md", path),
        "actions": lambda: documents.export_actions(ws, "csv", path),
        "agenda": lambda: documents.export_agenda(ws, symposium, path, time_zone="Europe/Lisbon"),
        "readings": lambda: readings_io.export_readings(ws, "ris", path),
        "publication": lambda: Network(ws).publish(path),
    }[case]()


CASES = ["plan report", "briefing", "note", "actions", "agenda", "readings", "publication"]


@pytest.mark.parametrize("case", CASES)
def test_a_file_the_app_writes_is_refused_inside_the_workspace_folder(sample_ws, tmp_path, case):
    ws = sample_ws
    folder = ws.store.folder
    _write(ws, case, tmp_path / "outside")  # the same call elsewhere writes its file
    assert (tmp_path / "outside").is_file() or list(tmp_path.glob("outside*"))
    before = ws.store.dump()
    files = {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and "sqlite3" not in p.name}
    for target in (folder / "workspace.sqlite3", folder / "keys" / "signing.key", folder / "report.md"):
        with pytest.raises(UserError, match="inside the workspace folder"):
            _write(ws, case, target)
    assert ws.store.dump() == before
    assert {p: p.read_bytes() for p in folder.rglob("*") if p.is_file() and "sqlite3" not in p.name} == files
    assert not (folder / "report.md").exists()


def test_a_receipt_is_refused_inside_the_workspace_folder(tmp_path):
    from gcen_desktop.services import Workspace

    porto = Workspace.new(tmp_path / "porto", "Porto team", city="Porto", member="Rui")
    lisbon = Workspace.new(tmp_path / "lisbon", "Lisbon team", city="Lisbon", member="Ana")
    porto.create("practice", {"title": "Tutoring", "visibility": "network"})
    Network(porto).publish(tmp_path / "porto.gcenpub", receiver="Lisbon")
    Network(lisbon).receive(tmp_path / "porto.gcenpub", trust_new_key=True)
    Network(lisbon).receipt(tmp_path / "receipt.gcenpub", "Porto")
    with pytest.raises(UserError, match="inside the workspace folder"):
        Network(lisbon).receipt(lisbon.store.folder / "workspace.sqlite3", "Porto")
    porto.close()
    lisbon.close()
