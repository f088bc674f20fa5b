"""Reading lists to and from Zotero's formats: field mapping, round trips, duplicates, bad files."""

from __future__ import annotations

import json
import os

import bibtexparser
import msgspec
import pytest
import rispy

from gcen_desktop.domain.errors import UserError
from gcen_desktop.interop.readings import ReadingRecord
from gcen_desktop.interop.readings_bibtex import parse_bibtex, write_bibtex
from gcen_desktop.interop.readings_csljson import parse_csljson, write_csljson
from gcen_desktop.interop.readings_ris import parse_ris, write_ris
from gcen_desktop.services import readings_io
from gcen_desktop.services.readings_io import (
    export_readings,
    import_readings,
    parse_file,
    reading_record,
)

from .conftest import DATA

FORMATS = {"ris": (write_ris, parse_ris), "bibtex": (write_bibtex, parse_bibtex),
           "csljson": (write_csljson, parse_csljson)}
SUFFIX = {"ris": "ris", "bibtex": "bib", "csljson": "json"}

TRICKY = ReadingRecord(
    title="Écoles de São Paulo & Zürich: 50% {braces} a_b $5 ~ ^ back\\slash — 上海教研 서울",
    authors=["Müller, Jörg", "李, 娜", "Boston Public Schools, Data and Accountability", "World Bank"],
    year=2024, kind="case_study", publisher="Harbor & Sons", doi="10.5555/x_y.2024", url="https://example.org/a?b=1&c=%20",
    abstract="First paragraph.\n\nSecond paragraph with **Markdown**.\n@article{not_an_entry, in the text}",
    tags=["case work", "Seoul", "équité"],
    notes="Why it matters:\nER  - is how RIS ends a record\nline three", language="fr",
)


def _counts(ws):
    return ws.count("reading_item"), ws.store.meta("seq")


# --- the sample files -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["zotero.ris", "zotero.bib", "zotero.json"])
def test_zotero_exports_map_every_field(name):
    _fmt, result = parse_file(DATA / name)
    assert not result.bad
    first = result.records[0]
    assert first.title == "Teacher residencies and retention in urban districts"
    assert first.authors == ["Guha, Roneeta", "Hyler, Maria E.", "Darling-Hammond, Linda"]
    assert (first.year, first.kind) == (2017, "article")
    assert first.container == "Journal of Urban Teacher Education" and first.publisher == ""
    assert first.doi == "10.5555/jute.2017.041" and first.url == "https://example.org/jute/residencies"
    assert first.abstract.startswith("Residencies pair a year of co-teaching")
    if name != "zotero.json":  # Zotero's CSL JSON carries neither tags nor child notes
        assert sorted(first.tags) == ["retention", "teacher preparation"]
        assert first.notes == "Useful for the business case in our plan."  # HTML note as text
    kinds = [r.kind for r in result.records]
    if name == "zotero.json":
        assert kinds == ["article", "meeting_report", "web_page"]
        assert result.records[1].notes == "서울 심포지엄 준비 자료" and result.records[1].language == "ko"
        assert result.records[1].authors == ["GCEN Secretariat"] and result.records[2].year == 2023
    else:
        # case studies come as a report with that genre, or as a page tagged "case study"
        assert kinds == ["article", "case_study", "book", "case_study"]
        assert result.records[1].authors == ["Zhang, Wei", "李, 娜"]
        assert result.records[2].doi == "10.5555/hup.2019.17"  # https://doi.org/ prefix removed
        assert result.records[3].authors == ["Seoul Metropolitan Office of Education"]


def test_mendeley_bibtex_latex_accents_and_strings():
    _fmt, result = parse_file(DATA / "mendeley.bib")
    first, second = result.records
    assert first.authors == ["Rivera, Tomás", "Müller, Jörg", "François, Amélie"]
    assert first.title == "Dual-language pathways for newcomers: R&D in East Boston"
    assert first.container == "Journal of Urban Teacher Education"  # from @string
    assert "12%" in first.abstract
    assert first.tags == ["dual language", "multilingual learners"]
    assert (second.kind, second.container) == ("article", "Proceedings of the Network Symposium")


# --- round trips --------------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_round_trip_keeps_every_field(fmt):
    write, parse = FORMATS[fmt]
    records = [TRICKY] + [ReadingRecord(f"Plain {k}", ["Doe, J."], 2000 + n, k) for n, k in enumerate(
        ("case_study", "background_paper", "meeting_report", "article", "report", "book", "web_page"))]
    data = write(records)
    result = parse(data.decode() if isinstance(data, bytes) else data)
    assert not result.bad
    assert result.records == records


def test_other_readers_of_the_same_files():
    """Our files read by each library's own reader, without our code in between."""
    records = [TRICKY, ReadingRecord("Second", ["Roe, R."], 1999, "book", publisher="Press")]
    for implementation in (rispy.RisParser,):
        entries = rispy.loads(write_ris(records), implementation=implementation)
        assert [e["title"] for e in entries] == [r.title for r in records]
        assert entries[0]["doi"] == TRICKY.doi and entries[0]["authors"] == TRICKY.authors
        assert entries[0]["type_of_work"] == "Case study" and entries[0]["keywords"] == TRICKY.tags
    db = bibtexparser.loads(write_bibtex(records))  # bibtexparser's default parser
    assert [e["ENTRYTYPE"] for e in db.entries] == ["techreport", "book"]
    assert db.entries[0]["type"] == "Case study" and db.entries[0]["year"] == "2024"
    raw = write_csljson(records)
    for items in (json.loads(raw), msgspec.json.decode(raw)):
        assert [i["title"] for i in items] == [r.title for r in records]
        assert items[0]["author"][0] == {"family": "Müller", "given": "Jörg"}
        assert items[0]["author"][3] == {"literal": "World Bank"} and items[0]["genre"] == "Case study"


@pytest.mark.parametrize("fmt", FORMATS)
def test_workspace_round_trip_through_each_format(fmt, shared_sample, ws, tmp_path):
    """ours → file → ours: every reading of the sample comes back with the same fields and tags."""
    path, count = export_readings(shared_sample, fmt, tmp_path / f"readings.{SUFFIX[fmt]}")
    originals = sorted((reading_record(shared_sample, v) for v in shared_sample.list("reading_item")),
                       key=lambda r: r.title)
    assert count == len(originals) > 10
    report = import_readings(ws, path)
    assert len(report.added) == count and not report.duplicates and not report.bad
    back = sorted((reading_record(ws, v) for v in ws.list("reading_item")), key=lambda r: r.title)
    for a, b in zip(originals, back, strict=True):
        assert a == b, a.title
    assert {r.kind for r in back} >= {"case_study", "background_paper", "meeting_report", "report"}


def test_export_a_symposiums_readings_and_a_filter(shared_sample, tmp_path):
    seoul = next(s for s in shared_sample.list("symposium") if "Seoul" in s.title)
    related = {v.title for v in shared_sample.linked(seoul.id, "related") if v.type == "reading_item"}
    path, count = export_readings(shared_sample, "csljson", tmp_path / "s.json", symposium=seoul.id)
    assert count == len(related) > 0
    assert {i["title"] for i in json.loads(path.read_bytes())} == related
    from gcen_desktop.services.queries import Filters

    tag, _n = shared_sample.all_tags()[0]
    path, count = export_readings(shared_sample, "ris", tmp_path / "t.ris", filters=Filters(tag=tag))
    assert count == shared_sample.count("reading_item", Filters(tag=tag))


def test_private_readings_are_not_exported(ws, tmp_path):
    ws.create("reading", {"title": "Shared one"})
    ws.create("reading", {"title": "Private one", "visibility": "private"})
    path, count = export_readings(ws, "bibtex", tmp_path / "r.bib")
    assert count == 1 and "Private one" not in path.read_text(encoding="utf-8")


# --- duplicates ---------------------------------------------------------------------------------------


def test_duplicates_by_doi_or_title_year_and_first_author_are_skipped(ws, tmp_path):
    ws.create("reading", {"title": "Existing by DOI", "doi": "10.5555/JUTE.2017.041"})
    ws.create("reading", {"title": "Teaching-research groups in Shanghai: a case study",
                          "url": "http://www.example.org/shanghai/trg/"})
    ws.create("reading", {"title": "SCHOOLS of many languages!", "year": 2019, "authors": "Garcia, O."})
    ws.create("reading", {"title": "Seoul Metropolitan Office of Education: new teacher induction", "year": 2024,
                          "authors": "Kim, Min-jun"})  # same title and year, another author: another work
    report = import_readings(ws, DATA / "zotero.ris")
    assert [d.reason for d in report.duplicates] == [
        "same DOI", "same web address and title", "same title, year and first author"]
    assert report.duplicates[0].existing == "Existing by DOI" and not report.duplicates[0].in_file
    assert report.duplicates[0].describe() == (
        "record 1 (line 1): 'Teacher residencies and retention in urban districts' has the DOI of the reading "
        "'Existing by DOI'")
    assert len(report.added) == 1 and "skipped 3" in report.summary()
    again = import_readings(ws, DATA / "zotero.bib")  # the same items from another format
    assert again.added == [] and len(again.duplicates) == 4
    assert ws.count("reading_item") == 5


def test_a_reading_repeated_in_one_file_is_added_once(ws, tmp_path):
    path = tmp_path / "twice.ris"
    path.write_text(write_ris([ReadingRecord("Same", year=2001), ReadingRecord("same.", year=2001)]), encoding="utf-8")
    report = import_readings(ws, path)
    assert len(report.added) == 1 and len(report.duplicates) == 1


def test_imported_tags_and_notes_land_on_the_reading(ws):
    report = import_readings(ws, DATA / "zotero.ris")
    first = ws.get(report.added[0])
    assert sorted(ws.tags_of(first.id)) == ["retention", "teacher preparation"]
    assert first.data["why_it_matters"] == "Useful for the business case in our plan."
    assert ws.search("retention", limit=5)  # imported readings are searchable


# --- malformed files ---------------------------------------------------------------------------------


def test_broken_bibtex_braces_are_named_and_nothing_is_imported(ws):
    before = _counts(ws)
    with pytest.raises(UserError, match=r"record 2 \(line 8\): has unbalanced braces.*--skip-bad"):
        import_readings(ws, DATA / "broken.bib")
    assert _counts(ws) == before
    report = import_readings(ws, DATA / "broken.bib", skip_bad=True)
    assert len(report.added) == 2 and [b.number for b in report.bad] == [2]
    assert {ws.get(r).title for r in report.added} == {"Why residents stay", "Systems that learn"}


def test_ris_record_without_er_is_named(ws):
    before = _counts(ws)
    with pytest.raises(UserError, match=r"record 2 \(line 7\): has no end line 'ER  - '"):
        import_readings(ws, DATA / "unterminated.ris")
    assert _counts(ws) == before
    report = import_readings(ws, DATA / "unterminated.ris", skip_bad=True)
    assert len(report.added) == 2 and report.bad[0].line == 7


def test_invalid_json_names_the_line(ws):
    before = _counts(ws)
    with pytest.raises(UserError, match=r"not valid JSON \(line 3, column \d+"):
        import_readings(ws, DATA / "invalid.json")
    assert _counts(ws) == before


def test_csl_items_of_the_wrong_shape_are_listed(ws, tmp_path):
    path = tmp_path / "shape.json"
    path.write_text(json.dumps([{"title": "Good", "type": "book"}, {"title": "Bad", "author": "x"}, 7]),
                    encoding="utf-8")
    with pytest.raises(UserError, match=r"2 of 3 records.*record 2: has a field of the wrong shape"):
        import_readings(ws, path)
    assert len(import_readings(ws, path, skip_bad=True).added) == 1


def test_fifty_megabytes_of_garbage(ws, tmp_path):
    before = _counts(ws)
    binary = tmp_path / "garbage.ris"
    binary.write_bytes(os.urandom(50 * 1024 * 1024))
    with pytest.raises(UserError, match=r"not UTF-8 text: line \d+"):
        import_readings(ws, binary)
    text = tmp_path / "garbage.bib"
    text.write_bytes(b"lorem ipsum {{{ dolor } sit amet\n" * (50 * 1024 * 1024 // 33))
    with pytest.raises(UserError, match="no BibTeX entries"):
        import_readings(ws, text)
    huge = tmp_path / "huge.json"
    with huge.open("wb") as f:
        f.truncate(65 * 1024 * 1024)  # sparse: takes no disk space
    with pytest.raises(UserError, match="65 MB"):
        import_readings(ws, huge)
    assert _counts(ws) == before


def test_wrong_encoding_is_named_and_can_be_given(ws, tmp_path):
    path = tmp_path / "endnote.ris"
    path.write_bytes("TY  - BOOK\r\nTI  - Escuelas de São Paulo\r\nAU  - Núñez, José\r\nER  - \r\n".encode("cp1252"))
    with pytest.raises(UserError, match=r"line 2 holds bytes that are not UTF-8.*--encoding"):
        import_readings(ws, path)
    report = import_readings(ws, path, encoding="cp1252")
    view = ws.get(report.added[0])
    assert view.title == "Escuelas de São Paulo" and view.data["authors"] == "Núñez, José"


def test_utf16_with_bom_is_read(ws, tmp_path):
    path = tmp_path / "mendeley.ris"
    path.write_bytes("TY  - JOUR\nTI  - 서울 교사 연수\nER  - \n".encode("utf-16"))
    assert ws.get(import_readings(ws, path).added[0]).title == "서울 교사 연수"


def test_a_failure_midway_leaves_nothing(ws, monkeypatch):
    before = _counts(ws)
    calls = {"n": 0}
    original = type(ws.store).create_records

    def failing_write(self, *args, **kwargs):
        # the third reading's batch is written, then the disk fills: the two before it go too
        events = original(self, *args, **kwargs)
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        return events

    monkeypatch.setattr(readings_io, "_BATCH", 1)
    monkeypatch.setattr(type(ws.store), "create_records", failing_write)
    with pytest.raises(OSError):
        import_readings(ws, DATA / "zotero.ris")
    assert _counts(ws) == before


def test_progress_is_reported_and_can_cancel(ws, tmp_path):
    records = [ReadingRecord(f"Reading number {n}", year=2000 + n % 20) for n in range(120)]
    path = tmp_path / "many.json"
    path.write_bytes(write_csljson(records))
    before = _counts(ws)
    with pytest.raises(UserError, match="cancelled"):
        import_readings(ws, path, progress=lambda done, total: done < 220)
    assert _counts(ws) == before
    seen = []
    report = import_readings(ws, path, progress=lambda done, total: seen.append((done, total)) or True)
    assert len(report.added) == 120 and seen[-1] == (240, 240)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    bib = tmp_path / "many.bib"
    bib.write_text(write_bibtex([ReadingRecord(f"Other reading {n}", year=1990) for n in range(250)]), encoding="utf-8")
    seen.clear()
    with pytest.raises(UserError, match="cancelled"):
        import_readings(ws, bib, progress=lambda done, total: seen.append((done, total)) or done < 200)
    assert seen[:3] == [(0, 500), (100, 500), (200, 500)]  # parsing the BibTeX reports too
    assert ws.count("reading_item") == 120


def test_unknown_format_is_explained(ws, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\n", encoding="utf-8")
    with pytest.raises(UserError, match="no RIS records"):
        import_readings(ws, path)
    other = tmp_path / "list.xyz"
    other.write_text("nothing here\n", encoding="utf-8")
    with pytest.raises(UserError, match="Cannot tell the format"):
        import_readings(ws, other)
    with pytest.raises(UserError, match="not a reading-list format"):
        import_readings(ws, other, "endnote")


def test_preview_sorts_records_without_writing(ws):
    from gcen_desktop.services.readings_io import preview_import

    ws.create("reading", {"title": "Existing", "doi": "10.5555/jute.2020.0142"})
    before = _counts(ws)
    preview = preview_import(ws, DATA / "broken.bib")
    assert [r.title for r in preview.new_readings] == ["Systems that learn"]
    assert [d.reason for d in preview.duplicates] == ["same DOI"]
    assert [b.describe() for b in preview.bad] == ["record 2 (line 8): has unbalanced braces (a '{' is never closed)"]
    assert _counts(ws) == before


def test_an_entry_bibtexparser_rejects_is_named_among_many():
    good = write_bibtex([ReadingRecord(f"Reading {n}", year=2000) for n in range(150)])
    broken = good.replace("@article{reading2000reading,", "@article{reading2000reading,\n  title = {x} junk", 1)
    result = parse_bibtex(broken)
    assert len(result.records) == 149 and [b.number for b in result.bad] == [1]
    assert "not a valid BibTeX entry" in result.bad[0].reason and result.bad[0].line == 1


def test_readings_that_no_bundle_could_carry_are_named_and_nothing_is_imported(ws, tmp_path):
    """Two long CJK texts in one reading (3 bytes a character), and a NUL character written as a
    JSON escape: each reading is named, nothing is written, and --skip-bad keeps the good one."""
    path = tmp_path / "long.json"
    items = [
        {"title": "Good", "type": "book"},
        {"title": "教师 培养", "type": "report", "abstract": "教" * 1_000_000, "note": "师" * 1_000_000},
        {"title": "Nul\u0000title", "type": "book"},
    ]
    path.write_text(json.dumps(items), encoding="utf-8")
    before = _counts(ws)
    with pytest.raises(UserError) as e:
        import_readings(ws, path)
    assert "2 of 3 records" in str(e.value)
    assert "record 2: 'abstract' is too large to send to teammates" in str(e.value)
    assert "record 3: 'title' contains a NUL character, which other teammates' stores cannot hold" in str(e.value)
    assert _counts(ws) == before
    assert len(import_readings(ws, path, skip_bad=True).added) == 1


def test_the_reading_list_of_a_private_symposium_is_not_shared(ws, tmp_path):
    """Which readings a private symposium gathers stays home, as its briefing does."""
    sym = ws.create("symposium", {"title": "Retreat", "visibility": "private"}).rec
    reading = ws.create("reading", {"title": "Shared one"}).rec
    ws.link("related", sym, reading)
    path = tmp_path / "r.ris"
    with pytest.raises(UserError, match="private"):
        export_readings(ws, "ris", path, symposium=sym)
    assert not path.exists()
