"""The registry of file formats: every format, for everything it exports, is offered by the command
line and writes a non-empty file; every format the app reads reads back what it wrote. A format
added to interop/formats.py is tested here without a line more (the desktop's side is in
tests/ui/test_export_formats.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from gcen_desktop.cli import build_parser, main
from gcen_desktop.domain.errors import UserError
from gcen_desktop.interop import formats
from gcen_desktop.interop.readings import detect_format
from gcen_desktop.services import documents, readings_io

EXPORTS = [(f.id, subject) for f in formats.FORMATS for subject in f.exports]


def _share(subject: str, rec: str | None) -> list[str]:
    """The command line that exports `subject` (up to --format); a new subject must be added here."""
    return {
        "plan": ["share", "plan", str(rec)],
        "briefing": ["share", "briefing", str(rec)],
        "actions": ["share", "actions"],
        "agenda": ["share", "agenda", str(rec)],
        "readings": ["readings", "export"],
    }[subject]


def _record(ws, subject: str) -> str | None:
    if subject == "plan":
        return next(p for p in ws.list("action_plan") if "residency" in p.title).id
    if subject in ("briefing", "agenda"):
        return next(s for s in ws.list("symposium") if "Seoul" in s.title).id  # Seoul names its time zone
    return None


@pytest.mark.parametrize(("fmt", "subject"), EXPORTS, ids=[f"{f}-{s}" for f, s in EXPORTS])
def test_every_format_is_offered_by_the_command_line_and_writes_a_file(shared_sample, tmp_path, capsys, fmt,
                                                                       subject):
    argv = _share(subject, _record(shared_sample, subject))
    out = tmp_path / f"out{formats.get(fmt).suffix}"
    folder = str(shared_sample.store.folder)
    assert main(["--workspace", folder, *argv, "--format", fmt, "--to", str(out)]) == 0, capsys.readouterr().err
    assert out.stat().st_size > 0
    # the file name alone says the format too
    named = tmp_path / f"named{formats.get(fmt).suffix}"
    assert main(["--workspace", folder, *argv, "--to", str(named)]) == 0, capsys.readouterr().err
    assert named.stat().st_size > 0
    # and --help names it
    with pytest.raises(SystemExit):
        build_parser().parse_args([*argv, "--help"])
    assert f"{fmt} ({formats.get(fmt).name})" in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize("fmt", [f.id for f in formats.readable()])
def test_every_readable_format_reads_back_what_it_wrote(shared_sample, ws, tmp_path, fmt):
    out = tmp_path / f"readings{formats.get(fmt).suffix}"
    assert main(["--workspace", str(shared_sample.store.folder), "readings", "export", "--format", fmt,
                 "--to", str(out)]) == 0
    written = sorted(v.title for v in readings_io.readings_to_export(shared_sample))
    assert written
    assert main(["--workspace", str(ws.store.folder), "readings", "import", "--format", fmt, str(out)]) == 0
    assert sorted(v.title for v in ws.list("reading_item")) == written
    assert detect_format(out, out.read_text(encoding="utf-8")[:2000]) == fmt


def test_the_registry_names_each_format_once():
    seen: dict[str, str] = {}
    for f in formats.FORMATS:
        assert f.exports, f"{f.id} exports nothing"
        assert all(ext.startswith(".") and ext == ext.lower() for ext in f.extensions)
        for name in f.names():
            assert seen.setdefault(name, f.id) == f.id, f"'{name}' names both {seen[name]} and {f.id}"
            assert formats.find(name) is f and formats.find(f".{name.upper()}") is f
        assert all(formats.by_suffix(ext) is f for ext in f.extensions)
    assert all(formats.exporting(subject) for subject in formats.SUBJECTS)
    assert formats.find("odt") is None and formats.find("") is None and formats.find(None) is None
    with pytest.raises(KeyError):
        formats.get("odt")
    with pytest.raises(ValueError, match="unknown subjects"):
        formats.Format("odt", (".odt",), "ODT", "OpenDocument text", {"minutes": print})


def test_a_format_that_does_not_export_the_subject_is_refused_with_the_list(shared_sample, tmp_path):
    plan = _record(shared_sample, "plan")
    def listed(subject: str) -> str:
        return ", ".join(formats.ids(subject))

    assert "csv" in listed("actions") and "pdf" in listed("plan") and "ris" in listed("readings")
    with pytest.raises(UserError, match=rf"saved as {listed('actions')}, not 'pdf'"):
        documents.export_actions(shared_sample, "pdf", tmp_path / "a.pdf")
    with pytest.raises(UserError, match=rf"saved as {listed('plan')}, not 'bibtex'"):
        documents.export_plan(shared_sample, plan, "bib", tmp_path / "p.bib")
    with pytest.raises(UserError, match=rf"use {listed('readings')}"):
        readings_io.export_readings(shared_sample, "docx", tmp_path / "r.docx")
    assert readings_io.check_format("CSL-JSON") == "csljson" and readings_io.check_format(".bib") == "bibtex"
    assert not list(Path(tmp_path).iterdir())
