"""Reading lists as BibTeX (Zotero, Mendeley, EndNote), read and written with bibtexparser 1.4.

bibtexparser silently skips an entry whose braces do not balance; we cut the file into entries
first so a broken one is named by its line, and the others can still be imported.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

import bibtexparser
from bibtexparser.bibdatabase import BibDatabase
from bibtexparser.bparser import BibTexParser
from bibtexparser.bwriter import BibTexWriter
from bibtexparser.latexenc import latex_to_unicode

from ..domain.errors import UserError
from .readings import (
    GENRE_OF_KIND,
    BadRecord,
    ParseResult,
    ReadingRecord,
    base_kind,
    clean_doi,
    kind_from,
    parse_year,
    split_tags,
)

_BASE_OF_TYPE = {
    "article": "article", "inproceedings": "article", "conference": "article", "periodical": "article",
    "techreport": "report", "report": "report", "phdthesis": "report", "mastersthesis": "report",
    "thesis": "report", "unpublished": "report", "manual": "report",
    "book": "book", "inbook": "book", "incollection": "book", "booklet": "book", "collection": "book",
    "mvbook": "book",
    "online": "web_page", "electronic": "web_page", "www": "web_page", "webpage": "web_page",
}
_TYPE_OF_BASE = {"article": "article", "report": "techreport", "book": "book", "web_page": "online"}
_ENTRY = re.compile(r"(?m)^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*([{(])")
_SPECIAL = {
    "\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "#": r"\#",
    "$": r"\$", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}
# Escapes kept aside (as private-use characters) while LaTeX accents are decoded and braces dropped.
_HOLD = [
    (r"\textbackslash{}", "\\"), (r"\textasciitilde{}", "~"), (r"\textasciicircum{}", "^"),
    (r"\{", "{"), (r"\}", "}"), (r"\%", "%"), (r"\&", "&"), (r"\#", "#"), (r"\$", "$"), (r"\_", "_"),
]


def escape(text: str) -> str:
    out = "".join(_SPECIAL.get(c, c) for c in text)
    # a line of an abstract starting with "@" would read as a new entry: brace it ({@} reads back as @)
    return re.sub(r"(?m)^([ \t]*)@", r"\1{@}", out)


def unescape(text: str) -> str:
    """A BibTeX field value as plain Unicode: escapes, LaTeX accents and protective braces undone."""
    held = text
    for n, (code, _char) in enumerate(_HOLD):
        held = held.replace(code, chr(0xE000 + n))
    if "\\" in held:
        held = latex_to_unicode(held)
    held = held.replace("{", "").replace("}", "")
    for n, (_code, char) in enumerate(_HOLD):
        held = held.replace(chr(0xE000 + n), char)
    return unicodedata.normalize("NFC", held)


def _split_entries(text: str) -> tuple[list[tuple[int, int, str, str]], list[BadRecord], list[str]]:
    """(number, line, type, text) of each entry; broken ones as BadRecords; @string definitions."""
    starts = list(_ENTRY.finditer(text))
    entries, bad, strings = [], [], []
    number = 0
    for i, m in enumerate(starts):
        kind = m.group(1).lower()
        end_limit = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        close = _matching_close(text, m.end() - 1, end_limit)
        line = text.count("\n", 0, m.start()) + 1
        if kind in ("comment", "preamble"):
            continue
        if kind == "string":
            if close is not None:
                strings.append(text[m.start(): close + 1])
            continue
        number += 1
        if close is None:
            bad.append(BadRecord(number, line, "has unbalanced braces (a '{' is never closed)"))
            continue
        entries.append((number, line, kind, text[m.start(): close + 1]))
    return entries, bad, strings


def _matching_close(text: str, open_pos: int, limit: int) -> int | None:
    opener = text[open_pos]
    closer = "}" if opener == "{" else ")"
    depth = 0
    i = open_pos
    while i < limit:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth < 0:
                return None
        if opener == "(" and c == ")" and depth == 0:
            return i
        if opener == "{" and c == closer and depth == 0:
            return i
        i += 1
    return None


def _parser() -> BibTexParser:
    return BibTexParser(common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True)


def parse_bibtex(text: str, progress: Callable[[int, int], bool] | None = None) -> ParseResult:
    """Every entry of a BibTeX text; `progress(done, total)` after each batch, False cancels."""
    entries, bad, strings = _split_entries(text)
    if not entries and not bad:
        raise UserError(
            "The file holds no readings: no BibTeX entries were found; "
            "an entry looks like '@article{key, title = {...}}'."
        )
    prefix = "\n".join(strings)
    parsed: dict[int, dict] = {}
    # bibtexparser's grammar costs a few ms per entry and more on one huge string: batches of 100
    for start in range(0, len(entries), 100):
        if progress is not None and progress(start, len(entries)) is False:
            raise UserError("The import was cancelled; nothing was added.")
        batch = entries[start:start + 100]
        db = bibtexparser.loads(prefix + "\n" + "\n".join(e[3] for e in batch), parser=_parser())
        if len(db.entries) == len(batch):
            parsed.update(zip((e[0] for e in batch), db.entries, strict=True))
            continue
        for number, line, _kind, chunk in batch:  # some entry did not parse: find which, one by one
            one = bibtexparser.loads(prefix + "\n" + chunk, parser=_parser()).entries
            if one:
                parsed[number] = one[0]
            else:
                bad.append(BadRecord(number, line, "is not a valid BibTeX entry (check its commas and '=' signs)"))
    records = []
    for number, line, _kind, _chunk in entries:
        if number not in parsed:
            continue
        rec = _from_entry(parsed[number])
        if not rec.title:
            bad.append(BadRecord(number, line, "has no title"))
            continue
        rec.source = f"record {number} (line {line})"
        rec.number = number
        records.append(rec)
    bad.sort(key=lambda b: b.number)
    return ParseResult(records, bad)


def _split_names(text: str) -> list[str]:
    """Authors separated by ' and ' outside braces ({Smith and Sons} stays one name)."""
    names, depth, current = [], 0, []
    tokens = re.split(r"(\{|\}|\s+and\s+)", text)
    for tok in tokens:
        if tok == "{":
            depth += 1
        elif tok == "}":
            depth -= 1
        if depth == 0 and re.fullmatch(r"\s+and\s+", tok or ""):
            names.append("".join(current))
            current = []
        else:
            current.append(tok)
    names.append("".join(current))
    return [" ".join(unescape(n).split()) for n in names if n.strip()]


def _from_entry(e: dict) -> ReadingRecord:
    def get(*names: str) -> str:
        for name in names:
            if e.get(name):
                return unescape(str(e[name])).strip()
        return ""

    tags = split_tags(get("keywords", "keyword", "tags"))
    base = _BASE_OF_TYPE.get(e.get("ENTRYTYPE", "").lower(), "article")
    if e.get("ENTRYTYPE", "").lower() == "misc":
        base = "web_page" if e.get("url") and not (e.get("journal") or e.get("publisher")) else "article"
    return ReadingRecord(
        title=" ".join(get("title").split()),
        authors=_split_names(str(e.get("author") or e.get("editor") or "")),
        year=parse_year(get("year", "date")),
        kind=kind_from(base, get("type"), tags),
        publisher=get("publisher", "institution", "journal", "journaltitle", "organization", "school", "booktitle"),
        doi=clean_doi(get("doi")),
        url=get("url"),
        abstract=get("abstract"),
        tags=tags,
        notes=get("annote", "annotation", "note"),
        language=get("language", "langid"),
    )


def _cite_key(r: ReadingRecord, used: set[str]) -> str:
    family = (r.authors[0].split(",")[0] if r.authors else r.title.split()[0] if r.title else "ref")
    word = next((w for w in re.findall(r"\w+", r.title) if len(w) > 3), "")
    base = unicodedata.normalize("NFKD", f"{family}{r.year or ''}{word}")
    base = re.sub(r"[^A-Za-z0-9]", "", base.encode("ascii", "ignore").decode()).lower() or "ref"
    key, n = base, 1
    while key in used:
        n += 1
        key = f"{base}{chr(ord('a') + n - 2) if n < 28 else n}"
    used.add(key)
    return key


def _name(author: str) -> str:
    text = escape(author)
    # an organisation ("Boston Public Schools, Data and Accountability") must stay one name
    person = re.fullmatch(r"[^,]+,[^,]+", author) and not re.search(r"\sand\s", author, re.I)
    return text if person else "{" + text + "}"


def write_bibtex(records: list[ReadingRecord]) -> str:
    db = BibDatabase()
    used: set[str] = set()
    for r in records:
        base = base_kind(r.kind)
        entry: dict[str, str] = {"ENTRYTYPE": _TYPE_OF_BASE.get(base, "misc"), "ID": _cite_key(r, used)}
        entry["title"] = escape(r.title)
        if r.authors:
            entry["author"] = " and ".join(_name(a) for a in r.authors)
        if r.year:
            entry["year"] = str(r.year)
        if r.kind in GENRE_OF_KIND:
            entry["type"] = GENRE_OF_KIND[r.kind]
        if r.publisher:
            field = {"article": "journal", "report": "institution"}.get(base, "publisher")
            entry[field] = escape(r.publisher)
        if r.doi:
            entry["doi"] = escape(r.doi)
        if r.url:
            entry["url"] = r.url.replace("{", "%7B").replace("}", "%7D")
        if r.abstract:
            entry["abstract"] = escape(r.abstract.strip())
        if r.tags:
            entry["keywords"] = escape(", ".join(t.replace(",", " ") for t in r.tags))
        if r.notes:
            entry["annote"] = escape(r.notes.strip())
        if r.language:
            entry["langid"] = escape(r.language)
        db.entries.append(entry)
    writer = BibTexWriter()
    writer.indent = "  "
    writer.order_entries_by = None
    writer.display_order = ["title", "author", "year", "type", "journal", "institution", "publisher", "doi",
                            "url", "abstract", "keywords", "annote", "langid"]
    return writer.write(db)
