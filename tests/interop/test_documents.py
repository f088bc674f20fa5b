"""Plan reports, briefing packs, action lists and agendas, each read back by an independent reader."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from icalendar import Calendar
from pypdf import PdfReader

from gcen_desktop.domain.errors import UserError
from gcen_desktop.interop import formats
from gcen_desktop.services import documents

from .conftest import ACCENT_ACTION, CJK_GOAL


def pdf_text(path: Path) -> str:
    # no NUL clean-up: the CJK font is embedded as TrueType with Identity-H, so pypdf reads it as it
    # is (it used to read a NUL before every character; see test_pdf_text.py)
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Base font name -> whether the font program itself is embedded."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        resources = page.get("/Resources") or {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descendants = font.get("/DescendantFonts")
            target = descendants[0].get_object() if descendants else font
            desc = target.get("/FontDescriptor")
            desc = desc.get_object() if desc else {}
            fonts[str(font["/BaseFont"])] = any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3"))
    return fonts


def squash(text: str) -> str:
    return "".join(text.split())


# --- plan report -------------------------------------------------------------------------------------


def test_plan_pdf_has_every_section_with_cjk_text_and_embedded_fonts(plan_pdf, shared_sample, residency_plan):
    reader = PdfReader(plan_pdf)
    text = pdf_text(plan_pdf)
    flat = squash(text)
    assert reader.metadata.title == residency_plan.title
    for heading in ("Contents", "Problem of practice", "Rationale", "Adapted from", "Goals and actions",
                    "Evidence", "Appendix: linked notes"):
        assert squash(heading) in flat, heading
    for goal in shared_sample.children(residency_plan.id, "goal"):
        assert squash(goal.title) in flat
        for action in shared_sample.children(goal.id, "action"):
            assert squash(action.title) in flat, action.title
    assert squash(CJK_GOAL) in flat
    assert squash(ACCENT_ACTION) in flat
    assert "Toronto" in text  # adapted from
    fonts = embedded_fonts(plan_pdf)
    assert fonts and all(fonts.values()), fonts
    assert any("CJK" in name for name in fonts)
    # bookmarks follow the sections, and the contents page links to them
    titles = [o.title for o in reader.outline if not isinstance(o, list)]
    assert "Goals and actions" in titles and "Evidence" in titles
    assert len(reader.pages) >= 4
    assert "Page 3 of" in text


def test_poppler_reads_the_same_text(briefing_pdf, shared_sample, seoul):
    """Poppler (what most Linux viewers use) gets every line of the team's CJK notes back exactly."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", str(briefing_pdf), "-"], capture_output=True, text=True, check=True,
                         timeout=120).stdout
    assert "\x00" not in out
    text = squash(out)
    notes = [n for n in shared_sample.list("note") if n.data.get("symposium") == seoul.id]
    cjk_lines = [
        line.lstrip("#-0123456789. ")
        for n in notes for line in (n.data.get("body") or "").splitlines()
        if any("\u4e00" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7a3" for c in line)
    ]
    assert len(cjk_lines) > 5
    for line in cjk_lines:
        assert squash(line.replace("**", "")) in text, line


def test_plan_pdf_pages_render_to_images(plan_pdf, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-r", "40", "-f", "1", "-l", "2", "-png", str(plan_pdf), str(tmp_path / "p")],
                   check=True, timeout=120)
    from PIL import Image

    pages = sorted(tmp_path.glob("p-*.png"))
    assert len(pages) == 2
    for page in pages:
        colours = Image.open(page).convert("L").getcolors(maxcolors=1 << 16)
        assert colours is not None and len(colours) > 10  # text and rules, not a blank page


def test_plan_docx_has_headings_tables_and_cjk(shared_sample, residency_plan, tmp_path):
    path = documents.export_plan(shared_sample, residency_plan.id, "docx", tmp_path / "plan.docx")
    d = docx.Document(str(path))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert "Goals and actions" in headings and "Evidence" in headings
    assert any(h.endswith(CJK_GOAL) for h in headings)
    cells = {c.text for t in d.tables for row in t.rows for c in row.cells}
    assert ACCENT_ACTION in cells and "Responsible" in cells and "In progress" in cells
    assert d.core_properties.title == residency_plan.title
    east_asia = d.styles["Normal"].element.rPr.rFonts.get(
        "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}eastAsia")
    assert east_asia


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def test_plan_html_is_one_self_contained_file(shared_sample, residency_plan, tmp_path):
    path = documents.export_plan(shared_sample, residency_plan.id, "html", tmp_path / "plan.html")
    parser = _Html()
    parser.feed(path.read_text(encoding="utf-8"))
    text = "".join(parser.text)
    assert CJK_GOAL in text and ACCENT_ACTION in text
    tags = [t for t, _ in parser.tags]
    assert "style" in tags and "link" not in tags and "img" not in tags
    assert not any(a.get("src") for _, a in parser.tags)
    ids = {a["id"] for _, a in parser.tags if "id" in a}
    links = [a["href"][1:] for t, a in parser.tags if t == "a" and a.get("href", "").startswith("#")]
    assert links and set(links) <= ids  # every contents entry points at a heading


def test_plan_markdown_has_front_matter(shared_sample, residency_plan, tmp_path):
    path = documents.export_plan(shared_sample, residency_plan.id, "md", tmp_path / "plan.md", today="2026-05-01")
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n")
    front, body = text[4:].split("\n---\n", 1)
    meta = {k: json.loads(v) for k, v in (line.split(": ", 1) for line in front.splitlines())}
    assert meta["title"] == residency_plan.title and meta["date"] == "2026-05-01"
    assert meta["status"] == "active" and meta["city"] == "Boston"
    assert "## Goals and actions" in body and CJK_GOAL in body


def test_private_records_stay_out_and_text_is_escaped(ws, small_plan, tmp_path):
    md = documents.export_plan(ws, small_plan, "md", tmp_path / "p.md").read_text(encoding="utf-8")
    html = documents.export_plan(ws, small_plan, "html", tmp_path / "p.html").read_text(encoding="utf-8")
    d = docx.Document(str(documents.export_plan(ws, small_plan, "docx", tmp_path / "p.docx")))
    docx_text = "\n".join(p.text for p in d.paragraphs) + "".join(
        c.text for t in d.tables for r in t.rows for c in r.cells)
    for text in (md, html, docx_text):
        assert "Shared goal" in text and "Shared note" in text
        for secret in ("Secret goal", "Hidden action", "Action under secret goal", "Private reflection",
                       "do not share"):
            assert secret not in text
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>one</b>" not in html
    csv_path, count = documents.export_actions(ws, "csv", tmp_path / "a.csv", plan_id=small_plan)
    assert count == 1
    rows = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert rows[1][2] == "'=HYPERLINK(\"http://x\")"  # no formula runs in a spreadsheet


def test_private_plan_cannot_be_shared(ws, tmp_path):
    plan = ws.create("plan", {"title": "Mine", "visibility": "private"}).rec
    with pytest.raises(UserError, match="private"):
        documents.export_plan(ws, plan, "md", tmp_path / "x.md")
    assert not (tmp_path / "x.md").exists()


def test_bad_requests_write_nothing(ws, small_plan, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(UserError, match=", ".join(formats.ids("plan"))):  # every format a plan is saved in
        documents.export_plan(ws, small_plan, "odt", tmp_path / "x.odt")
    with pytest.raises(UserError, match="does not exist"):
        documents.export_plan(ws, small_plan, "md", tmp_path / "missing" / "x.md")
    with pytest.raises(UserError, match="No plan"):
        documents.export_plan(ws, ws.me, "md", tmp_path / "x.md")
    with pytest.raises(UserError, match="cancelled"):
        documents.export_plan(ws, small_plan, "docx", tmp_path / "x.docx", progress=lambda done, total: done < 3)
    assert list(tmp_path.iterdir()) == []  # no partial or temporary file left behind


# --- briefing pack ----------------------------------------------------------------------------------


def test_briefing_pdf_has_agenda_people_checklist_readings_notes_and_plans(briefing_pdf, shared_sample, seoul):
    text = pdf_text(briefing_pdf)
    flat = squash(text)
    for heading in ("Agenda", "Day 1", "Site visits", "Participants", "Preparation checklist",
                    "Assigned readings", "Why it matters", "Team notes by working group",
                    "Status of the team's plans"):
        assert squash(heading) in flat, heading
    for item in shared_sample.children(seoul.id, "agenda_item"):
        assert squash(item.title) in flat, item.title
    for member in shared_sample.linked(seoul.id, "participant"):
        assert squash(member.title) in flat
    items = shared_sample.children(seoul.id, "checklist_item")
    done = sum(1 for i in items if i.data.get("done"))
    assert squash(f"Items done: {done} of {len(items)}") in flat
    # the team writes in Chinese and Korean: that text must come back out of the PDF
    assert any("\u4e00" <= c <= "\u9fff" for c in text)
    assert any("\uac00" <= c <= "\ud7a3" for c in text)
    fonts = embedded_fonts(briefing_pdf)
    assert fonts and all(fonts.values())
    for plan in shared_sample.list("action_plan"):
        assert squash(plan.title) in flat


def test_briefing_docx(shared_sample, seoul, tmp_path):
    path = documents.export_briefing(shared_sample, seoul.id, "docx", tmp_path / "b.docx")
    d = docx.Document(str(path))
    headings = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert "Agenda" in headings and "Participants" in headings and "Preparation checklist" in headings
    cells = {c.text for t in d.tables for row in t.rows for c in row.cells}
    for item in shared_sample.children(seoul.id, "agenda_item"):
        assert item.title in cells
    with pytest.raises(UserError, match="briefing pack can be saved"):
        documents.export_briefing(shared_sample, seoul.id, "csv", tmp_path / "b.csv")


# --- actions and agendas ---------------------------------------------------------------------------------


def _all_actions(ws):
    return [a for p in ws.list("action_plan") for g in ws.children(p.id, "goal") for a in ws.children(g.id, "action")]


def test_actions_csv_opens_as_a_table(shared_sample, tmp_path):
    path, count = documents.export_actions(shared_sample, "csv", tmp_path / "a.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # spreadsheets then read it as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    actions = _all_actions(shared_sample)
    assert count == len(rows) == len(actions)
    assert set(rows[0]) == {"Plan", "Goal", "Action", "Responsible", "Accountable", "Due", "Status",
                            "Milestone", "Notes", "Id"}
    by_id = {r["Id"]: r for r in rows}
    for a in actions:
        assert by_id[a.id]["Action"] == a.title
        assert by_id[a.id]["Due"] == (a.data.get("due") or "")
        assert by_id[a.id]["Milestone"] == ("Yes" if a.data.get("milestone") else "No")
    assert {r["Status"] for r in rows} <= {"Not started", "In progress", "Blocked", "Done"}


def test_actions_ics_has_due_dates_and_milestones(shared_sample, residency_plan, tmp_path):
    path, _ = documents.export_actions(shared_sample, "ics", tmp_path / "a.ics", plan_id=residency_plan.id)
    cal = Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    actions = [a for g in shared_sample.children(residency_plan.id, "goal")
               for a in shared_sample.children(g.id, "action") if a.data.get("due")]
    assert len(events) == len(actions)
    by_summary = {str(e["SUMMARY"]): e for e in events}
    for a in actions:
        prefix = "Milestone: " if a.data.get("milestone") else "Due: "
        event = by_summary[prefix + a.title]
        assert event.decoded("DTSTART").isoformat() == a.data["due"]
    assert f"Milestone: {ACCENT_ACTION}" in by_summary
    # the same action keeps its UID, so re-importing the calendar updates instead of duplicating
    again, _ = documents.export_actions(shared_sample, "ics", tmp_path / "b.ics", plan_id=residency_plan.id)
    uids = sorted(str(e["UID"]) for e in events)
    assert uids == sorted(str(e["UID"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT"))
    assert len(set(uids)) == len(uids)


def test_agenda_ics(shared_sample, seoul, tmp_path):
    path, count = documents.export_agenda(shared_sample, seoul.id, tmp_path / "agenda.ics")
    events = list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))
    items = shared_sample.children(seoul.id, "agenda_item")
    assert count == len(events) == len(items)
    starts = {str(e["SUMMARY"]): e.decoded("DTSTART") for e in events}
    for item in items:
        start = starts[item.title]
        assert start.strftime("%H:%M") == item.data["time"]
        day = int(item.data.get("day") or 1)
        assert (start.date() - type(start.date()).fromisoformat(seoul.data["start"])).days == day - 1


def test_a_long_plan_gets_a_contents_of_several_pages(tmp_path):
    from gcen_desktop.interop.pdf import write_pdf
    from gcen_desktop.interop.plan_report import GoalSection, NoteItem, PlanData, plan_document

    plan = PlanData(
        id="p", title="A plan with many goals", team="Team",
        goals=[GoalSection(f"Goal statement number {n} " + "with a long tail of words " * (n % 4)) for n in range(70)],
        notes=[NoteItem(f"Note {n}", body="text") for n in range(30)],
    )
    path = tmp_path / "long.pdf"
    write_pdf(plan_document(plan), path)
    reader = PdfReader(path)
    contents_pages = [i for i, p in enumerate(reader.pages) if "Goal1.Goalstatementnumber0" in squash(
        p.extract_text() or "") and "Contents" in (p.extract_text() or "")]
    assert contents_pages == [1]
    texts = [squash(p.extract_text() or "") for p in reader.pages]
    first_body_page = next(i for i, t in enumerate(texts) if "Nonerecorded." in t)
    assert first_body_page >= 3  # title page, then contents over two or more pages
    assert "Note29" in squash(pdf_text(path))
    assert len(reader.outline) >= 5


def test_symbols_missing_from_cjk_fonts_come_from_a_fallback(tmp_path):
    from gcen_desktop.interop.document import Document, Heading, Paragraph, Run
    from gcen_desktop.interop.fonts import find_fallback_font
    from gcen_desktop.interop.pdf import write_pdf

    if find_fallback_font() is None or not shutil.which("pdftotext"):
        pytest.skip("no symbol fallback font (fonts-dejavu-core) or no pdftotext here")
    doc = Document("Symbols", "en", [Heading("Checklist ☑", 1), Paragraph([Run("open ☐ → 서울 上海 é", bold=True)])])
    write_pdf(doc, tmp_path / "s.pdf")
    out = subprocess.run(["pdftotext", str(tmp_path / "s.pdf"), "-"], capture_output=True, text=True,
                         check=True, timeout=60).stdout
    assert "Checklist ☑" in out and "open ☐ → 서울 上海 é" in out
    assert all(embedded_fonts(tmp_path / "s.pdf").values())


def test_docx_of_titles_with_control_characters(ws, tmp_path):
    """A plan titled in a teammate's bundle may hold any character; Word's XML cannot hold C0
    controls, so they are written as visible escapes instead of failing with a ValueError."""
    plan = ws.create("action_plan", {"title": "Plan\x1b[2J\x0b <b>Signed</b>"}).rec
    ws.create("goal", {"plan": plan, "statement": "Goal\x07"})
    path = documents.export_plan(ws, plan, "docx", tmp_path / "plan.docx")
    d = docx.Document(str(path))
    assert d.core_properties.title == "Plan\\u001b[2J\\u000b <b>Signed</b>"
    texts = [p.text for p in d.paragraphs]
    assert "Plan\\u001b[2J\\u000b <b>Signed</b>" in texts and any("Goal\\u0007" in t for t in texts)


def test_briefing_checklist_names_the_item_owner_not_the_plan_owner(shared_sample, seoul, tmp_path):
    path = documents.export_briefing(shared_sample, seoul.id, "docx", tmp_path / "b.docx")
    d = docx.Document(str(path))
    headers = [[c.text for c in t.rows[0].cells] for t in d.tables]
    checklist = next(h for h in headers if "Due" in h and "Plan" not in h)
    assert "Owner" in checklist and "Plan owner" not in checklist


def test_a_sessions_end_time_ends_its_calendar_event_and_shows_in_the_briefing(ws, tmp_path):
    sym = ws.create("symposium", {"title": "Lisbon symposium", "start": "2027-03-15", "end": "2027-03-16"}).rec
    ws.create("agenda_item", {"symposium": sym, "day": 2, "time": "09:00", "end_time": "10:30",
                              "title": "Opening plenary"})
    ws.create("agenda_item", {"symposium": sym, "day": 2, "time": "11:00", "title": "Site visit"})
    ics, _ = documents.export_agenda(ws, sym, tmp_path / "agenda.ics", time_zone="Europe/Lisbon")
    events = {str(e["SUMMARY"]): e for e in Calendar.from_ical(ics.read_bytes()).walk("VEVENT")}
    opening = events["Opening plenary"]
    assert opening.decoded("DTSTART").strftime("%Y-%m-%d %H:%M") == "2027-03-16 09:00"
    assert opening.decoded("DTEND").strftime("%Y-%m-%d %H:%M") == "2027-03-16 10:30"
    # without an end time, an hour as before
    assert events["Site visit"].decoded("DTEND").strftime("%H:%M") == "12:00"
    text = pdf_text(documents.export_briefing(ws, sym, "pdf", tmp_path / "briefing.pdf"))
    assert "09:00–10:30" in text and "11:00" in text


@pytest.mark.parametrize("fmt", ["pdf", "docx", "html", "md"])
def test_a_note_is_saved_on_its_own_in_every_document_format(ws, tmp_path, fmt):
    group = ws.create("working_group", {"name": "Teacher residency"}).rec
    note = ws.create("note", {"title": "Visit to Lakeshore Heights", "kind": "site_visit", "author": ws.me,
                              "working_group": group, "date": "2027-03-15",
                              "body": "Mentors meet **weekly**.\n\n- release time\n- 교사 연구회"}).rec
    path = documents.export_note(ws, note, fmt, tmp_path / f"note.{fmt}", today="2027-03-20")
    if fmt == "pdf":
        text = " ".join(pdf_text(path).split())
    elif fmt == "docx":
        text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
        text += "\n".join(c.text for t in docx.Document(str(path)).tables for row in t.rows for c in row.cells)
    else:
        text = path.read_text(encoding="utf-8")
    for expected in ("Visit to Lakeshore Heights", "Site visit", "Ana Ruiz", "2027-03-15", "Teacher residency",
                     "weekly", "교사 연구회"):
        assert expected in text, (fmt, expected)


def test_a_private_note_is_not_saved_to_share(ws, tmp_path):
    note = ws.create("note", {"title": "My worries", "visibility": "private"}).rec
    with pytest.raises(UserError, match="private"):
        documents.export_note(ws, note, "pdf", tmp_path / "n.pdf")
    assert not (tmp_path / "n.pdf").exists()
