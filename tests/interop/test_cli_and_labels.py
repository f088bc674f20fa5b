"""The `gcen share` and `gcen readings` commands, and headings that a translation can replace."""

from __future__ import annotations

import csv
import io

from gcen_desktop.cli import main
from gcen_desktop.interop import labels as labels_module
from gcen_desktop.interop.labels import EN, Labels
from gcen_desktop.interop.plan_report import PlanData, plan_document

from .conftest import DATA


def run(folder, *argv):
    return main(["--workspace", str(folder), *argv])


def test_share_and_readings_commands(ws, small_plan, tmp_path, capsys):
    folder = ws.store.folder
    out = tmp_path / "out"
    out.mkdir()
    assert run(folder, "share", "plan", small_plan, "--format", "md", "--to", str(out / "plan.md")) == 0
    assert (out / "plan.md").read_text(encoding="utf-8").startswith("---\n")
    assert run(folder, "share", "plan", small_plan, "--to", str(out / "plan.html")) == 0  # format from the name
    assert run(folder, "share", "actions", "--plan", small_plan, "--format", "csv", "--to", str(out / "a.csv")) == 0
    rows = list(csv.reader(io.StringIO((out / "a.csv").read_text(encoding="utf-8-sig"))))
    assert len(rows) == 2
    assert run(folder, "readings", "import", str(DATA / "zotero.bib")) == 0
    assert "Added 4 readings from zotero.bib." in capsys.readouterr().out
    assert run(folder, "readings", "import", str(DATA / "zotero.ris")) == 0
    printed = capsys.readouterr().out
    assert "Added 0 readings" in printed and "skipped 4" in printed and "same DOI" in printed
    assert run(folder, "readings", "export", "--format", "ris", "--to", str(out / "r.ris")) == 0
    assert (out / "r.ris").read_text(encoding="utf-8").count("ER  - ") == 4
    assert "Saved 4 readings" in capsys.readouterr().out


def test_cli_user_errors_exit_1_with_one_line(ws, small_plan, tmp_path, capsys):
    folder = ws.store.folder
    assert run(folder, "readings", "import", str(DATA / "broken.bib")) == 1
    err = capsys.readouterr().err
    assert err.startswith("gcen: ") and "line 8" in err and "--skip-bad" in err and "Traceback" not in err
    assert run(folder, "readings", "import", str(DATA / "broken.bib"), "--skip-bad") == 0
    assert "left out: record 2 (line 8)" in capsys.readouterr().out
    assert run(folder, "share", "plan", small_plan, "--to", str(tmp_path / "plan.odt")) == 1
    assert "--format" in capsys.readouterr().err
    assert run(folder, "share", "agenda", small_plan, "--to", str(tmp_path / "a.ics")) == 1
    assert "No symposium" in capsys.readouterr().err


def test_headings_come_from_one_table_per_language(monkeypatch):
    assert Labels("de-DE").language == "en"  # a language without a table: English
    french = {("Documents", EN["goals_and_actions"]): "Objectifs et actions", ("Documents", EN["contents"]): "Sommaire",
              ("Values", "Active"): "Actif"}
    monkeypatch.setattr(labels_module, "messages", lambda language: french if language == "fr" else {})
    t = Labels("fr_FR")
    assert t["goals_and_actions"] == "Objectifs et actions"
    assert t["evidence"] == EN["evidence"]  # a missing key falls back to English
    assert t.value("active") == "Actif" and t.value("blocked") == "Blocked"
    doc = plan_document(PlanData(id="p", title="Plan", status="active"), "fr")
    texts = [getattr(b, "text", None) or getattr(b, "title", None) for b in doc.blocks]
    assert "Objectifs et actions" in texts and "Sommaire" in texts
    assert doc.language == "fr" and doc.meta["lang"] == "fr"


def test_a_style_file_restyles_documents_and_a_bad_one_is_explained(ws, small_plan, tmp_path):
    import docx as python_docx
    import pytest

    from gcen_desktop.domain.errors import UserError
    from gcen_desktop.services.documents import export_plan

    style = tmp_path / "house.json"
    style.write_text('{"colours": {"accent": "#AA0033"}, "docx": {"latin_font": "Georgia"}}', encoding="utf-8")
    html = export_plan(ws, small_plan, "html", tmp_path / "p.html", style_path=style).read_text(encoding="utf-8")
    assert "--accent: #AA0033" in html and "--muted: #5F6B7A" in html  # the rest keeps the defaults
    d = python_docx.Document(str(export_plan(ws, small_plan, "docx", tmp_path / "p.docx", style_path=style)))
    assert d.styles["Normal"].font.name == "Georgia"
    assert str(d.styles["Heading 1"].font.color.rgb) == "AA0033"
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(UserError, match="style file"):
        export_plan(ws, small_plan, "html", tmp_path / "q.html", style_path=tmp_path / "bad.json")
    with pytest.raises(UserError, match="Word template"):
        export_plan(ws, small_plan, "docx", tmp_path / "q.docx", docx_template=tmp_path / "none.docx")
    template = tmp_path / "template.docx"
    python_docx.Document().save(str(template))
    assert export_plan(ws, small_plan, "docx", tmp_path / "t.docx", docx_template=template).is_file()


def test_missing_pdf_font_is_explained(monkeypatch, tmp_path):
    import pytest

    from gcen_desktop.domain.errors import UserError
    from gcen_desktop.interop import fonts

    monkeypatch.setattr(fonts, "_SEARCH_DIRS", [tmp_path])
    monkeypatch.setattr(fonts, "_fontconfig", lambda pattern: None)
    with pytest.raises(UserError, match="fonts-noto-cjk.*GCEN_PDF_FONT"):
        fonts.find_pdf_font("en")
    monkeypatch.setenv("GCEN_PDF_FONT", str(tmp_path / "missing.ttf"))
    with pytest.raises(UserError, match="not a font file"):
        fonts.find_pdf_font("en")
    font = tmp_path / "MyFont.ttf"
    font.write_bytes(b"\0")
    monkeypatch.setenv("GCEN_PDF_FONT", str(font))
    assert fonts.find_pdf_font("ko").regular == font


def test_a_field_the_schema_shows_in_documents_reaches_the_plan_report(tmp_path):
    """A plan field the schema declares as shown in documents (the grown schema's budget, given a
    label) is on the report's title page under its label, with no change to the report's code."""
    import dataclasses

    from gcen_desktop.domain import schema
    from gcen_desktop.services import Workspace
    from gcen_desktop.services.documents import plan_data
    from tests.sync.future_schema import FUTURE_PLAN_FIELD, grown

    with grown():
        spec = schema.TYPES["action_plan"]
        shown = (schema.FORM, schema.DOCUMENT)
        schema.TYPES["action_plan"] = dataclasses.replace(spec, fields=tuple(
            dataclasses.replace(f, label="Budget", shown=shown) if f.name == FUTURE_PLAN_FIELD else f for f in spec.fields))
        ws = Workspace.new(tmp_path / "ws", "Team", city="Boston", member="Ana")
        try:
            plan = ws.create("plan", {"title": "Mentoring", FUTURE_PLAN_FIELD: 5000}).rec
            data = plan_data(ws, plan)
        finally:
            ws.close()
        assert data.details == [(FUTURE_PLAN_FIELD, 5000)]
        title_page = plan_document(data, "en").blocks[0]
        assert ("Budget", "5000") in title_page.fields
        assert Labels("fr").field("action_plan", FUTURE_PLAN_FIELD) == "Budget"  # no translation yet: English
