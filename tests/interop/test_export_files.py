"""Exported files as the user meets them: their permissions, spreadsheet-safe CSV cells, and agenda
times that say which time zone they are in."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import stat
import sys

import pytest
from icalendar import Calendar

from gcen_desktop.cli import main
from gcen_desktop.domain.errors import UserError
from gcen_desktop.services import documents, readings_io

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix_only
def test_exported_documents_and_reading_lists_get_the_users_normal_permissions(ws, tmp_path, umask_022):
    plan = ws.create("plan", {"title": "Plan"}).rec
    ws.create("reading_item", {"title": "A reading", "kind": "article"})
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    written = [
        documents.export_plan(ws, plan, "md", tmp_path / "plan.md"),
        documents.export_plan(ws, plan, "html", tmp_path / "plan.html"),
        documents.export_plan(ws, plan, "docx", tmp_path / "plan.docx"),
        documents.export_actions(ws, "csv", tmp_path / "actions.csv")[0],
        readings_io.export_readings(ws, "ris", tmp_path / "readings.ris")[0],
        readings_io.export_readings(ws, "bibtex", tmp_path / "readings.bib")[0],
    ]
    for path in written:
        assert _mode(path) == 0o644, path.name
    # no temporary file is left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


@posix_only
def test_an_export_over_an_existing_file_keeps_its_permissions(ws, tmp_path, umask_022):
    plan = ws.create("plan", {"title": "Plan"}).rec
    target = tmp_path / "plan.md"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    documents.export_plan(ws, plan, "md", target)
    assert _mode(target) == 0o640
    assert target.read_text(encoding="utf-8").startswith("---\n")
    # a read-only file is replaced (the folder is the user's) and stays read-only
    os.chmod(target, 0o444)
    documents.export_plan(ws, plan, "html", target)
    assert _mode(target) == 0o444 and "<html" in target.read_text(encoding="utf-8").lower()


def test_csv_cells_starting_with_whitespace_then_a_formula_sign_are_defused(ws, tmp_path):
    plan = ws.create("plan", {"title": "Plan"}).rec
    goal = ws.create("goal", {"plan": plan, "statement": " =HYPERLINK(\"http://x\")"}).rec
    titles = [" =1+1", "\t+SUM(A1)", "\u00a0@cmd", "  -2+3", "\u3000=A1", "plain - text", "1 = 1"]
    for title in titles:
        ws.create("action", {"goal": goal, "title": title})
    path, _ = documents.export_actions(ws, "csv", tmp_path / "a.csv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    by_title = {r["Action"].lstrip("'"): r for r in rows}
    for title in titles[:5]:
        assert by_title[title]["Action"] == "'" + title
    assert by_title["plain - text"]["Action"] == "plain - text"
    assert by_title["1 = 1"]["Action"] == "1 = 1"
    assert all(r["Goal"].startswith("'") for r in rows)


# --- agenda time zones ----------------------------------------------------------------------------


def _symposium(ws, city: str | None, *, times=("08:30", "10:00")) -> str:
    host = ws.create("city", {"name": city}).rec if city else None
    sym = ws.create("symposium", {"title": "Spring symposium", "host_city": host, "start": "2027-03-15",
                                     "end": "2027-03-16"}).rec
    for n, time in enumerate(times):
        ws.create("agenda_item", {"symposium": sym, "title": f"Session {n}", "day": 1, "time": time})
    return sym


def test_agenda_times_are_in_the_host_citys_time_zone(ws, tmp_path):
    sym = _symposium(ws, "Seoul")
    path, count = documents.export_agenda(ws, sym, tmp_path / "agenda.ics")
    raw = path.read_bytes()
    assert b"DTSTART;TZID=Asia/Seoul:20270315T083000" in raw
    cal = Calendar.from_ical(raw)
    assert [str(z["TZID"]) for z in cal.walk("VTIMEZONE")] == ["Asia/Seoul"]
    starts = sorted(e.decoded("DTSTART") for e in cal.walk("VEVENT"))
    assert count == 2
    # 08:30 in Seoul is 23:30 UTC the day before, not 08:30 UTC
    assert starts[0].astimezone(dt.UTC) == dt.datetime(2027, 3, 14, 23, 30, tzinfo=dt.UTC)


def test_an_agenda_whose_city_names_no_time_zone_needs_one(ws, tmp_path):
    sym = _symposium(ws, "Boston")
    with pytest.raises(UserError) as err:
        documents.export_agenda(ws, sym, tmp_path / "agenda.ics")
    assert "time zone" in str(err.value)
    assert not (tmp_path / "agenda.ics").exists()
    with pytest.raises(UserError):
        documents.export_agenda(ws, sym, tmp_path / "agenda.ics", time_zone="Mars/Olympus_Mons")
    with pytest.raises(UserError):
        documents.export_agenda(ws, sym, tmp_path / "agenda.ics", time_zone="../../etc/passwd")
    path, _ = documents.export_agenda(ws, sym, tmp_path / "agenda.ics", time_zone="America/New_York")
    starts = sorted(e.decoded("DTSTART") for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    assert starts[0].astimezone(dt.UTC) == dt.datetime(2027, 3, 15, 12, 30, tzinfo=dt.UTC)
    # without times the agenda has only whole days, which need no zone
    untimed = _symposium(ws, None, times=())
    ws.create("agenda_item", {"symposium": untimed, "title": "Visit day", "day": 2})
    path, count = documents.export_agenda(ws, untimed, tmp_path / "days.ics")
    assert count == 1 and b"TZID" not in path.read_bytes()


def test_city_time_zone():
    assert documents.city_time_zone("Seoul") == "Asia/Seoul"
    assert documents.city_time_zone(" hong  kong ") == "Asia/Hong_Kong"
    assert documents.city_time_zone("Los Angeles") == "America/Los_Angeles"
    assert documents.city_time_zone("São Paulo") == "America/Sao_Paulo"
    assert documents.city_time_zone("Zürich") == "Europe/Zurich"
    assert documents.city_time_zone("Port-au-Prince") == "America/Port-au-Prince"
    assert documents.city_time_zone("Boston") is None
    assert documents.city_time_zone("") is None
    assert "Asia/Seoul" in documents.time_zone_names()
    assert not any(z.startswith(("posix/", "right/", "Etc/")) for z in documents.time_zone_names())


def test_cli_agenda_asks_for_tz_when_it_cannot_be_known(ws, tmp_path, capsys):
    sym = _symposium(ws, "Boston")
    folder = str(ws.store.folder)
    out = tmp_path / "agenda.ics"
    assert main(["--workspace", folder, "share", "agenda", sym, "--to", str(out)]) == 1
    assert "--tz" in capsys.readouterr().err
    assert not out.exists()
    assert main(["--workspace", folder, "share", "agenda", sym, "--tz", "Nowhere/Land", "--to", str(out)]) == 1
    assert main(["--workspace", folder, "share", "agenda", sym, "--tz", "America/New_York", "--to", str(out)]) == 0
    assert b"TZID=America/New_York" in out.read_bytes()
