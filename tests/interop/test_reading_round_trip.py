"""Round trips of whole reading lists: a file of each format (and Zotero's own JSON) imported,
exported in each format and imported again gives the same readings; and each library's own
reader (bibtexparser, rispy, plain JSON) reads every export with the same count."""

from __future__ import annotations

import json

import bibtexparser
import pytest
import rispy

from gcen_desktop.services import Workspace
from gcen_desktop.services.readings_io import export_readings, import_readings

from .conftest import DATA

SOURCES = ["cases.bib", "cases.ris", "cases.json", "zotero-library.json", "zotero.ris", "mendeley.bib"]
SUFFIX = {"ris": "ris", "bibtex": "bib", "csljson": "json"}


def _kept(ws: Workspace) -> list[tuple]:
    """What must survive: title, names (order, particles, scripts), year, container, DOI, URL, abstract."""
    rows = []
    for v in ws.list("reading_item"):
        d = v.data
        rows.append((v.title, d.get("authors"), d.get("year"), d.get("container"), d.get("doi"), d.get("url"),
                     d.get("abstract")))
    return sorted(rows, key=lambda r: r[0])


def _reference_count(fmt: str, text: str) -> int:
    if fmt == "bibtex":
        return len(bibtexparser.loads(text).entries)
    if fmt == "ris":
        return len(rispy.loads(text))
    return len(json.loads(text))


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("fmt", ["ris", "bibtex", "csljson"])
def test_import_export_import_keeps_every_reading(source, fmt, tmp_path):
    first = Workspace.new(tmp_path / "first", "First", city="Boston", member="Ana Ruiz")
    report = import_readings(first, DATA / source)
    assert report.added and not report.bad and not report.duplicates
    before = _kept(first)
    assert all(authors and year for _title, authors, year, *_rest in before)  # nothing lost on the way in
    path, count = export_readings(first, fmt, tmp_path / f"out.{SUFFIX[fmt]}")
    first.close()
    assert count == len(before)
    text = path.read_text(encoding="utf-8")
    assert _reference_count(fmt, text) == count

    second = Workspace.new(tmp_path / "second", "Second", city="Seoul", member="Min-jun")
    again = import_readings(second, path)
    assert not again.bad and not again.duplicates
    assert _kept(second) == before
    second.close()


def test_the_cases_cover_what_the_round_trip_must_keep(tmp_path):
    """The files above hold particles, suffixes, organisations, non-Latin names and containers."""
    ws = Workspace.new(tmp_path / "w", "W", city="Boston", member="Ana Ruiz")
    for source in SOURCES[:4]:
        import_readings(ws, DATA / source)
    authors = " ; ".join(str(v.data.get("authors")) for v in ws.list("reading_item"))
    for name in ("van der Berg, Jan", "King, Jr., Martin Luther", "王, 小明", "김, 민준", "World Bank",
                 "Rivera, María"):
        assert name in authors
    assert {v.data.get("container") for v in ws.list("reading_item")} >= {
        "Journal of Urban Teacher Education", "Handbook of Teacher Induction", "Comparative Education Review"}
    ws.close()
