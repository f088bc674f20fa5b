"""Reading lists as real reference managers write them (Zotero, Mendeley, JabRef, Better BibTeX):
LaTeX, personal names, containers, crossref, odd RIS, biblatex annotations, Zotero's own JSON,
and what the duplicate check takes for the same work."""

from __future__ import annotations

import json

import bibtexparser
import pytest

from gcen_desktop.domain.errors import UserError
from gcen_desktop.interop import names
from gcen_desktop.interop.readings import ReadingRecord
from gcen_desktop.interop.readings_bibtex import parse_bibtex, write_bibtex
from gcen_desktop.interop.readings_csljson import parse_csljson, write_csljson
from gcen_desktop.interop.readings_ris import write_ris
from gcen_desktop.services.readings_io import (
    add_readings,
    import_readings,
    parse_file,
    reading_record,
)

from .conftest import DATA


def _bib(ws_or_none, tmp_path, text: str, name: str = "x.bib"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- 1. LaTeX ---------------------------------------------------------------------------------------


def test_latex_accents_commands_dashes_and_quotes_are_decoded():
    result = parse_bibtex(r"""@article{k,
      title = {Mar{\'i}a and Ba{\'n}ka: \emph{X} and \overline{Y}, 2010--2020 \ldots{} ``quoted''---yes},
      author = {G{\"o}del, Kurt and {\v{S}}koda, Ji{\v r}{\'\i}},
      abstract = {{\AA}ngstr{\"o}m \& co: 50\% \textit{more} ~ less}
    }""")
    (rec,) = result.records
    assert rec.title == "María and Bańka: X and Y, 2010–2020 … “quoted”—yes"
    assert rec.authors == ["Gödel, Kurt", "Škoda, Jiří"]
    assert rec.abstract == "Ångström & co: 50% more   less"


def test_urls_and_dois_are_not_read_as_latex():
    (rec,) = parse_bibtex(r"@misc{k, title={T}, url={https://example.org/~ana/a--b_c%20d}, doi={10.1/a\_b}}").records
    assert rec.url == "https://example.org/~ana/a--b_c%20d" and rec.doi == "10.1/a_b"


def test_a_bare_percent_sign_is_text_not_a_latex_comment():
    (rec,) = parse_bibtex(r"@article{k, title={50% of teachers stay}, note={x}}").records
    assert rec.title == "50% of teachers stay"


# --- 3, 4, 11. entries other tools write -------------------------------------------------------------


def test_an_entry_without_a_citation_key_is_read():
    result = parse_bibtex("@article{,\n  title = {No key},\n  year = {2020}\n}\n@book{,title={Second}}")
    assert [r.title for r in result.records] == ["No key", "Second"] and not result.bad


def test_an_undefined_string_is_reported_by_line_and_the_rest_imports(ws, tmp_path):
    text = ("@string{jute = {Journal of Urban Teacher Education}}\n"
            "@article{a, title={First}, journal=jute}\n"
            "@article{b,\n  title={Second},\n  journal=nosuchjournal}\n"
            "@article{c, title={Third}, journal=jute # { (online)}}\n")
    result = parse_bibtex(text)
    assert [r.title for r in result.records] == ["First", "Third"]
    assert result.records[1].container == "Journal of Urban Teacher Education (online)"
    (bad,) = result.bad
    assert (bad.number, bad.line) == (2, 3) and "nosuchjournal" in bad.reason
    path = _bib(ws, tmp_path, text)
    with pytest.raises(UserError) as info:
        import_readings(ws, path)
    assert "line 3" in str(info.value) and "nosuchjournal" in str(info.value)
    assert ws.count("reading_item") == 0
    report = import_readings(ws, path, skip_bad=True)
    assert len(report.added) == 2 and ws.count("reading_item") == 2


def test_biblatex_annotations_are_ignored_and_upper_case_and_separates_names():
    result = parse_bibtex("""@article{k,
      title = {Annotated},
      AUTHOR = {Ruiz, Ana AND Lee, Min-jun and {Smith and Sons}},
      AUTHOR+an:default = {1=highlight;2=corresponding},
      title+an = {="important"},
      year = 2020
    }""")
    (rec,) = result.records
    assert rec.authors == ["Ruiz, Ana", "Lee, Min-jun", "Smith and Sons"] and rec.year == 2020


# --- 5, 7. containers and crossref ------------------------------------------------------------------


def test_journal_and_book_titles_are_kept_as_the_container_and_written_back():
    result = parse_file(DATA / "cases.bib")[1]
    first, chapter = result.records[0], result.records[1]
    assert first.container == "Journal of Urban Teacher Education" and first.publisher == ""
    assert (chapter.container, chapter.publisher) == ("Handbook of Teacher Induction", "Harbor Press")
    ris = write_ris([first, chapter])
    assert "T2  - Journal of Urban Teacher Education" in ris and "JO  - Journal of Urban Teacher Education" in ris
    assert "TY  - CHAP" in ris and "T2  - Handbook of Teacher Induction" in ris and "PB  - Harbor Press" in ris
    entries = bibtexparser.loads(write_bibtex([first, chapter])).entries
    assert entries[0]["journal"] == "Journal of Urban Teacher Education" and "publisher" not in entries[0]
    assert (entries[1]["ENTRYTYPE"], entries[1]["booktitle"]) == ("incollection", "Handbook of Teacher Induction")
    items = json.loads(write_csljson([first, chapter]))
    assert items[0]["container-title"] == "Journal of Urban Teacher Education" and "publisher" not in items[0]
    assert (items[1]["type"], items[1]["publisher"]) == ("chapter", "Harbor Press")


def test_crossref_gives_chapters_the_books_year_title_and_publisher():
    records = parse_file(DATA / "cases.bib")[1].records
    chapters = [r for r in records if r.title in ("Coaching new teachers", "Mentoring across schools")]
    assert [(r.year, r.container, r.publisher) for r in chapters] == [
        (2019, "Handbook of Teacher Induction", "Harbor Press")] * 2
    assert chapters[0].authors == ["Hoffmann, Oliver"]  # its own author, not the book's editor


def test_crossref_loops_and_missing_parents_are_harmless():
    result = parse_bibtex("@inbook{a, title={A}, crossref={b}}\n@inbook{b, title={B}, crossref={a}, year=2001}\n"
                          "@inbook{c, title={C}, crossref={nowhere}}")
    assert [(r.title, r.year, r.container) for r in result.records] == [("A", 2001, "B"), ("B", 2001, "A"),
                                                                         ("C", None, "")]


# --- 6. personal names ------------------------------------------------------------------------------


def test_first_last_names_are_people_with_particles_and_suffixes():
    (rec,) = parse_bibtex(r"""@article{k, title={T}, author={Oliver Hoffmann and Ludwig van Beethoven
        and King, Jr., Martin Luther and de la Fontaine, Jean and {World Bank} and {\'E}mile Zola}}""").records
    assert rec.authors == ["Hoffmann, Oliver", "van Beethoven, Ludwig", "King, Jr., Martin Luther",
                           "de la Fontaine, Jean", "World Bank", "Zola, Émile"]
    csl = json.loads(write_csljson([rec]))[0]["author"]
    assert csl[0] == {"family": "Hoffmann", "given": "Oliver"}
    assert csl[1] == {"family": "Beethoven", "given": "Ludwig", "non-dropping-particle": "van"}
    assert csl[2] == {"family": "King", "given": "Martin Luther", "suffix": "Jr."}
    assert csl[4] == {"literal": "World Bank"}
    bib = bibtexparser.loads(write_bibtex([rec])).entries[0]["author"]
    assert bib.startswith("Hoffmann, Oliver and van Beethoven, Ludwig and King, Jr., Martin Luther")
    assert "{{" not in bib and "{World Bank}" in bib
    assert "AU  - King, Martin Luther, Jr." in write_ris([rec])


@pytest.mark.parametrize("stored", ["Rivera, María", "van der Berg, Jan", "King, Jr., Martin Luther", "王, 小明",
                                    "hooks, bell", "World Bank", "{Office of Research, Boston}",
                                    "Boston Public Schools, Data and Accountability"])
def test_a_stored_name_comes_back_the_same_through_each_format(stored):
    name = names.from_stored(stored)
    assert names.to_stored(name) == stored
    assert names.to_stored(names.from_csl(names.to_csl(name))) == stored
    if "," not in name.literal:  # RIS has no way to write a comma inside an organisation's name
        assert names.to_stored(names.from_ris(names.to_ris(name))) == stored
    rec = ReadingRecord("T", [stored])
    assert parse_bibtex(write_bibtex([rec])).records[0].authors == [stored]


# --- 8. RIS -------------------------------------------------------------------------------------------


def test_ris_a1_and_au_keep_the_file_order_one_space_tags_and_whole_urls():
    result = parse_file(DATA / "cases.ris")[1]
    first = result.records[0]
    assert first.authors == ["Rivera, María", "van der Berg, Jan", "King, Jr., Martin Luther", "王, 小明"]
    assert first.url == "https://example.org/ris?a=1;b=2" and first.container == "Journal of Urban Teacher Education"
    assert len(result.records) == 3 and not result.bad


def test_a_ris_file_starting_with_one_space_tags_is_recognised(tmp_path):
    path = tmp_path / "export.txt"
    path.write_text("TY - JOUR\nTI - One space\nER - \n", encoding="utf-8")
    fmt, result = parse_file(path)
    assert fmt == "ris" and [r.title for r in result.records] == ["One space"]


# --- 9. BibTeX export escaping ----------------------------------------------------------------------


def test_bibtex_export_of_lone_braces_and_texts_ending_in_a_brace_reads_back():
    rec = ReadingRecord("Sets {a, b and a lone { brace", ["Doe, Jane"], 2020, notes="ends with }",
                        abstract="x }", language="fr", tags=["Boston, MA", "equity"])
    text = write_bibtex([rec])
    assert "\\{" not in text and "\\}" not in text
    back = parse_bibtex(text)
    assert not back.bad and back.records == [rec]
    entry = bibtexparser.loads(text).entries[0]  # and another reader keeps every field
    assert {"annote", "langid", "abstract", "keywords"} <= set(entry)


# --- 10. Zotero's own JSON ----------------------------------------------------------------------------


def test_a_zotero_library_json_is_read_with_its_authors_years_and_tags():
    fmt, result = parse_file(DATA / "zotero-library.json")
    assert fmt == "csljson" and not result.bad
    first, second = result.records
    assert first.authors == ["Guha, Roneeta", "Learning Policy Institute"] and first.year == 2017
    assert first.container == "Journal of Urban Teacher Education" and first.doi == "10.5555/zot.2017.1"
    assert first.tags == ["retention", "Boston, MA"] and first.notes == "Useful for our plan."
    assert (second.kind, second.authors, second.year, second.publisher) == (
        "case_study", ["Zhang, Wei"], 2021, "Shanghai Normal University")


def test_zotero_web_api_items_are_read_and_their_notes_left_aside():
    items = [{"key": "A", "data": {"itemType": "book", "title": "A book", "date": "2010",
                                   "creators": [{"creatorType": "author", "firstName": "Ana", "lastName": "Ruiz"}]}},
             {"key": "B", "data": {"itemType": "note", "note": "<p>child note</p>", "parentItem": "A"}}]
    result = parse_csljson(json.dumps(items))
    assert [(r.title, r.authors, r.year) for r in result.records] == [("A book", ["Ruiz, Ana"], 2010)]


# --- 2. duplicates -------------------------------------------------------------------------------------


def test_chapters_sharing_a_books_address_are_not_duplicates(ws):
    report = import_readings(ws, DATA / "cases.bib")
    assert report.duplicates == [] and len(report.added) == 5


def test_same_title_and_year_by_other_authors_is_another_work(ws, tmp_path):
    path = _bib(ws, tmp_path, "@article{a, title={Introduction}, author={Ruiz, Ana}, year=2019}\n"
                              "@article{b, title={Introduction}, author={Lee, Min-jun}, year=2019}\n"
                              "@article{c, title={introduction!}, author={Ana Ruiz and Kim, J.}, year=2019}\n"
                              "@article{d, title={Other}, doi={10.1/X}}\n@article{e, title={Another}, doi={10.1/x}}")
    report = import_readings(ws, path)
    assert len(report.added) == 3
    assert [(d.title, d.existing, d.reason, d.in_file) for d in report.duplicates] == [
        ("introduction!", "Introduction", "same title, year and first author", True),
        ("Another", "Other", "same DOI", True)]
    assert report.duplicates[0].describe() == (
        "record 3 (line 3): 'introduction!' has the title, year and first author of an earlier record of the file "
        "'Introduction'")


def test_duplicates_can_be_imported_anyway(ws, tmp_path):
    path = _bib(ws, tmp_path, "@article{a, title={Same}, year=2001}\n@article{b, title={Same}, year=2001}")
    report = import_readings(ws, path, keep_duplicates=True)
    assert len(report.added) == 2 and len(report.duplicates) == 1 and "imported as asked" in report.summary()
    skipped = import_readings(ws, path)
    assert skipped.added == [] and len(skipped.duplicates) == 2
    later = add_readings(ws, [d.record for d in skipped.duplicates], path.name)
    assert len(later.added) == 2 and ws.count("reading_item") == 4


def test_the_cli_lists_what_duplicates_what_and_imports_it_anyway(ws, tmp_path, capsys):
    from gcen_desktop.cli import main

    path = _bib(ws, tmp_path, "@article{a, title={Same}, year=2001}\n@article{b, title={Same}, year=2001}")
    folder = str(ws.store.folder)
    ws.close()
    assert main(["--workspace", folder, "readings", "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "skipped: record 2 (line 2): 'Same' has the title, year and first author of an earlier record" in out
    assert "--keep-duplicates" in out
    assert main(["--workspace", folder, "readings", "import", str(path), "--keep-duplicates"]) == 0
    assert "imported anyway: record 1 (line 1)" in capsys.readouterr().out


def test_the_container_is_kept_in_the_workspace_and_exported(ws):
    import_readings(ws, DATA / "cases.bib")
    view = next(v for v in ws.list("reading_item") if v.title.startswith("María"))
    assert view.data["container"] == "Journal of Urban Teacher Education"
    assert reading_record(ws, view).container == "Journal of Urban Teacher Education"
    assert ws.search("Teacher Education")  # the container is searchable


def test_braces_nested_too_deeply_for_the_decoder_are_one_bad_entry():
    deep = "{" * 400 + r"\'e" + "}" * 400
    result = parse_bibtex(f"@article{{a, title={{{deep}}}}}\n@article{{b, title={{Fine}}}}")
    assert [r.title for r in result.records] == ["Fine"]
    assert result.bad[0].number == 1 and "braces too deeply" in result.bad[0].reason


def test_zotero_items_with_fields_of_the_wrong_shape_are_listed_not_fatal():
    items = {"items": [{"itemType": "book", "title": "Odd notes", "notes": "not a list", "tags": "x"},
                       {"itemType": "book", "title": "Odd creators", "creators": "Ana Ruiz"},
                       {"itemType": "book", "title": "Fine", "date": "2001"}]}
    result = parse_csljson(json.dumps(items))
    assert [(r.title, r.notes, r.tags) for r in result.records] == [("Odd notes", "", []), ("Fine", "", [])]
    assert [b.number for b in result.bad] == [2] and "wrong shape" in result.bad[0].reason


@pytest.mark.parametrize("text", ["2010--2020", "a --- b", "``quoted''", "non~breaking", "{Braced} -- {text}"])
def test_tex_ligatures_without_commands_read_as_the_decoder_reads_them(text):
    from gcen_desktop.interop.readings_bibtex import unescape

    # with a command in the value pylatexenc decodes all of it; without, the quick path must agree
    assert unescape(text + r" \relax").rstrip() == unescape(text)


@pytest.mark.parametrize("accent", [*"\"'`^~=.", *"uvHckrbd"])
def test_accents_on_letters_read_as_the_decoder_reads_the_whole_value(accent):
    from gcen_desktop.interop.readings_bibtex import unescape

    # an accent on a letter is decoded alone; with another command in the value pylatexenc
    # decodes all of it: the two must agree, whatever the letter, braces and text around it
    forms = ["\\%s{%s}", "{\\%s{%s}}"] + (["\\%s%s", "{\\%s%s}"] if not accent.isalpha() else [])
    for letter in "aeiouyAEIOUcCgGnNsSzZlLrRtTwWhH":
        for form in forms:
            code = form % (accent, letter)
            text = f"M{code}nchen -- ``{code}'' ~ {{Sch{code}ler}}, 12 {code}"
            assert unescape(text + r" \relax").rstrip() == unescape(text), text


def test_a_value_with_other_commands_than_accents_is_decoded_whole():
    from gcen_desktop.interop.readings_bibtex import unescape

    assert unescape(r"Stra{\ss}e in M{\"u}nchen --- \textit{\'Ecole}") == "Straße in München — École"
    assert unescape(r"\\\"u and \"u") == unescape(r"\\\"u and \"u \relax").rstrip()
