"""Reading lists as BibTeX (Zotero, Mendeley, EndNote), read and written with bibtexparser 1.4.

bibtexparser silently skips an entry whose braces do not balance, and one undefined @string
abbreviation makes it refuse the whole file; we cut the file into entries first so a broken one is
named by its line, and the others can still be imported. LaTeX in values is decoded by pylatexenc;
names are split by BibTeX's own rules (bibtexparser's splitname) into the parts names.py keeps.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

import bibtexparser
from bibtexparser.bibdatabase import BibDatabase, UndefinedString
from bibtexparser.bparser import BibTexParser
from bibtexparser.bwriter import BibTexWriter
from pylatexenc.latex2text import LatexNodes2Text

from ..domain.errors import UserError
from . import names
from .readings import (
    GENRE_OF_KIND,
    BadRecord,
    ParseResult,
    ReadingRecord,
    base_kind,
    clean_doi,
    join_tags,
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
    # BibTeX counts every brace, escaped or not, so a lone one is written as a command
    "\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}", "%": r"\%", "&": r"\&",
    "#": r"\#", "$": r"\$", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
}
# Escapes kept aside (as private-use characters) while the LaTeX is decoded; a bare "%" too, which
# LaTeX would read as the start of a comment.
_HOLD = [
    (r"\textbackslash{}", "\\"), (r"\textasciitilde{}", "~"), (r"\textasciicircum{}", "^"),
    (r"\textbraceleft{}", "{"), (r"\textbraceright{}", "}"),
    (r"\{", "{"), (r"\}", "}"), (r"\%", "%"), (r"\&", "&"), (r"\#", "#"), (r"\$", "$"), (r"\_", "_"),
    ("%", "%"),
]
_LIGATURES = {"---": "\u2014", "--": "\u2013", "``": "\u201c", "''": "\u201d", "~": " "}
_LIGATURE = re.compile(r"---|--|``|''|~")
_LATEX = LatexNodes2Text(math_mode="text")


def escape(text: str) -> str:
    out = "".join(_SPECIAL.get(c, c) for c in text)
    # a line of an abstract starting with "@" would read as a new entry: brace it ({@} reads back as @)
    return re.sub(r"(?m)^([ \t]*)@", r"\1{@}", out)


# An accent on one ASCII letter (\"u, \"{u}, \'E, \v{c}): the commonest LaTeX of a reference
# manager's titles and names, decoded by pylatexenc once per accent and letter.
_ACCENT = re.compile(r"""\\(?:(["'`^~=.])(?:\{([A-Za-z])\}|([A-Za-z]))|([uvHckrbd])\{([A-Za-z])\})""")


@functools.cache
def _accented(code: str) -> str:
    return _LATEX.latex_to_text(code)


def unescape(text: str) -> str:
    """A BibTeX field value as plain Unicode: escapes, LaTeX commands and accents (decoded by
    pylatexenc), dashes, TeX quotes and protective braces undone."""
    return _unescape_short(text) if len(text) <= _SHORT else _unescape(text)


_FEW_BRACES = 32  # far fewer levels than pylatexenc's recursion reads (about 250)
_SHORT = 300  # values this long or shorter (names, journals, keywords, titles) repeat: kept decoded


@functools.lru_cache(maxsize=8192)
def _unescape_short(text: str) -> str:
    return _unescape(text)


def _unescape(text: str) -> str:
    held = text
    for n, (code, _char) in enumerate(_HOLD):
        held = held.replace(code, chr(0xE000 + n))
    if "\\" in held and "$" not in held and held.count("{") <= _FEW_BRACES:
        # pylatexenc walks the whole value (slow on thousands of titles); when its only commands
        # are accents on letters, those are decoded alone and the rest is plain text (below).
        # (Braces nested hundreds deep are left to it: it cannot read them, and says so.)
        plain = _ACCENT.sub(lambda m: _accented(m.group()), held)
        if "\\" not in plain:
            held = plain
    if "\\" in held or "$" in held:
        held = _LATEX.latex_to_text(held).replace("\xa0", " ")
    else:
        # no command and no math: only TeX's ligatures are left, which pylatexenc (slow on a long
        # abstract) would turn into the same characters
        held = held.replace("{", "").replace("}", "")
        if _LIGATURE.search(held):
            held = _LIGATURE.sub(lambda m: _LIGATURES[m.group()], held)
    for n, (_code, char) in enumerate(_HOLD):
        held = held.replace(chr(0xE000 + n), char)
    return unicodedata.normalize("NFC", held)


def unescape_verbatim(text: str) -> str:
    """A URL or DOI: only the escapes of special characters and protective braces undone (a URL's
    '~', '--' or '%20' are its own)."""
    held = text
    for n, (code, _char) in enumerate(_HOLD[:-1]):
        held = held.replace(code, chr(0xE000 + n))
    held = re.sub(r"\{\\textasciitilde\}|\\textasciitilde\b\s*", "~", held)
    held = held.replace("{", "").replace("}", "")
    for n, (_code, char) in enumerate(_HOLD[:-1]):
        held = held.replace(chr(0xE000 + n), char)
    return held


def _split_entries(text: str) -> tuple[list[tuple[int, int, str, str]], list[BadRecord], list[str]]:
    """(number, line, type, text) of each entry; broken ones as BadRecords; @string definitions."""
    starts = list(_ENTRY.finditer(text))
    entries, bad, strings = [], [], []
    number = 0
    line, counted = 1, 0
    for i, m in enumerate(starts):
        kind = m.group(1).lower()
        end_limit = starts[i + 1].start() if i + 1 < len(starts) else len(text)
        close = _matching_close(text, m.end() - 1, end_limit)
        line += text.count("\n", counted, m.start())
        counted = m.start()
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
        chunk = text[m.start(): close + 1]
        # Mendeley and JabRef write "@article{," for an entry without a citation key
        chunk = _EMPTY_KEY.sub(lambda k, n=number: f"{k.group(1)}gcen-no-key-{n},", chunk, count=1)
        entries.append((number, line, kind, _ANNOTATION.sub(_drop_annotation, chunk)))
    return entries, bad, strings


_EMPTY_KEY = re.compile(r"\A(@[ \t]*[A-Za-z]+[ \t]*[{(]\s*),")
# biblatex data annotations ("author+an:default = {1=highlight}"): not part of the reading
_ANNOTATION = re.compile(r"(?i)([,\s])[A-Za-z]+\+an(?::[A-Za-z0-9_-]+)?\s*=\s*")


def _drop_annotation(m: re.Match) -> str:
    return m.group(1) + "gcenannotation = "


_DEPTH = {"{": 1, "}": -1}
_BRACE_OR_ESCAPE = re.compile(r"\\.|[{}()]", re.S)


def _matching_close(text: str, open_pos: int, limit: int) -> int | None:
    """Where the entry opened at `open_pos` closes (before `limit`), or None when its braces do not
    balance; BibTeX counts every brace, and a backslash escapes the next character."""
    closer = "}" if text[open_pos] == "{" else ")"
    depth = 0
    for m in _BRACE_OR_ESCAPE.finditer(text, open_pos, limit):
        c = m.group()
        depth += _DEPTH.get(c, 0)
        if depth < 0:
            return None
        if c == closer and depth == 0:
            return m.start()
    return None


def _parser() -> BibTexParser:
    return BibTexParser(common_strings=True, ignore_nonstandard_types=False, interpolate_strings=True)


_TOO_DEEP = "nests braces too deeply to be read (more than a few hundred levels)"


def _load(text: str) -> list[dict]:
    return bibtexparser.loads(text, parser=_parser()).entries


def _parse_one(number: int, line: int, chunk: str, prefix: str) -> dict | BadRecord:
    """One entry read alone (after a batch it was in failed): its fields, or why it cannot be read."""
    try:
        one = _load(prefix + "\n" + chunk)
    except UndefinedString as exc:
        return BadRecord(number, line, f"uses the abbreviation '{exc.args[0] if exc.args else exc}', "
                                       "which no @string in the file defines")
    except RecursionError:
        return BadRecord(number, line, _TOO_DEEP)
    if not one:
        return BadRecord(number, line, "is not a valid BibTeX entry (check its commas and '=' signs)")
    return one[0]


def _parse_batch(batch: list[tuple[int, int, str, str]], prefix: str, parsed: dict[int, dict],
                 bad: list[BadRecord]) -> None:
    try:
        db = _load(prefix + "\n" + "\n".join(e[3] for e in batch))
    except (UndefinedString, RecursionError):
        db = []
    if len(db) == len(batch):
        parsed.update(zip((e[0] for e in batch), db, strict=True))
        return
    for number, line, _kind, chunk in batch:  # some entry did not parse: find which, one by one
        one = _parse_one(number, line, chunk, prefix)
        if isinstance(one, BadRecord):
            bad.append(one)
        else:
            parsed[number] = one


def _record(number: int, line: int, entry: dict) -> ReadingRecord | BadRecord:
    try:
        rec = _from_entry(entry)
    except RecursionError:  # the LaTeX decoder reads nested braces recursively
        return BadRecord(number, line, _TOO_DEEP)
    if not rec.title:
        return BadRecord(number, line, "has no title")
    rec.source = f"record {number} (line {line})"
    rec.number = number
    return rec


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
        _parse_batch(entries[start:start + 100], prefix, parsed, bad)
    _resolve_crossrefs(parsed.values())
    records = []
    for number, line, _kind, _chunk in entries:
        read = _record(number, line, parsed[number]) if number in parsed else None
        if isinstance(read, BadRecord):
            bad.append(read)
        elif read is not None:
            records.append(read)
    bad.sort(key=lambda b: b.number)
    return ParseResult(records, bad)


# what a child takes from its crossref parent under another name (BibTeX: a book's title is its
# chapters' booktitle; biblatex adds the journal and main titles)
_INHERITED_AS = {"title": "booktitle", "journaltitle": "journaltitle", "maintitle": "maintitle"}
_NOT_INHERITED = {"ID", "ENTRYTYPE", "crossref", "title", "shorttitle", "ids", "xref", "label", "sortkey"}


def _resolve_crossrefs(entries) -> None:
    """Fill each entry's missing fields from the entry its `crossref` names (case-insensitive key)."""
    by_key = {str(e.get("ID", "")).casefold(): e for e in entries}
    for e in entries:
        parent, seen = e, {str(e.get("ID", "")).casefold()}
        while parent.get("crossref"):
            key = str(parent["crossref"]).strip().casefold()
            if key in seen or key not in by_key:
                break
            seen.add(key)
            parent = by_key[key]
            for name, value in parent.items():
                target = _INHERITED_AS.get(name, name)
                if name in _NOT_INHERITED and name not in _INHERITED_AS:
                    continue
                if not e.get(target):
                    e[target] = value


_AND = re.compile(r"\s+and\s+", re.I)


def _split_on_and(text: str) -> list[str]:
    """The raw names of a field: separated by 'and' (any case) outside braces."""
    raw, depth, current = [], 0, []
    for tok in re.split(r"(\{|\}|\s+and\s+)", text, flags=re.I):
        depth += _DEPTH.get(tok, 0)
        if depth == 0 and _AND.fullmatch(tok or ""):
            raw.append("".join(current))
            current = []
        else:
            current.append(tok)
    raw.append("".join(current))
    return raw


def _split_names(text: str) -> list[str]:
    """Names separated by 'and' (any case) outside braces ({Smith and Sons} stays one name), each in
    our stored form with its parts (family, given, particle, suffix) decoded."""
    out = []
    for n in _split_on_and(text):
        if n.strip() and n.strip().casefold() != "others":
            name = names.from_bibtex(n, lambda t: " ".join(unescape(t).split()))
            if name.literal or name.family:
                out.append(names.to_stored(name))
    return out


_CONTAINER_FIELDS = ("journal", "journaltitle", "booktitle", "maintitle")
_PUBLISHER_FIELDS = ("publisher", "institution", "organization", "school")


def _from_entry(e: dict) -> ReadingRecord:
    def get(*fields: str, decode: Callable[[str], str] = unescape) -> str:
        for name in fields:
            if e.get(name):
                return decode(str(e[name])).strip()
        return ""

    tags = split_tags(get("keywords", "keyword", "tags"))
    entry_type = e.get("ENTRYTYPE", "").lower()
    base = _BASE_OF_TYPE.get(entry_type, "article")
    if entry_type == "misc":
        base = "web_page" if e.get("url") and not (e.get("journal") or e.get("publisher")) else "article"
    return ReadingRecord(
        title=" ".join(get("title").split()),
        authors=_split_names(str(e.get("author") or e.get("editor") or "")),
        year=parse_year(get("year", "date")),
        kind=kind_from(base, get("type"), tags),
        publisher=" ".join(get(*_PUBLISHER_FIELDS).split()),
        container=" ".join(get(*_CONTAINER_FIELDS).split()),
        doi=clean_doi(get("doi", decode=unescape_verbatim)),
        url=get("url", decode=unescape_verbatim),
        abstract=get("abstract"),
        tags=tags,
        notes=get("annote", "annotation", "note"),
        language=get("language", "langid"),
    )


def _key_family(r: ReadingRecord) -> str:
    """The word a citation key starts with: the first author's family name, else the title's first word."""
    if r.authors:
        first = names.from_stored(r.authors[0])
        return first.family or first.literal
    return r.title.split()[0] if r.title else "ref"


def _cite_key(r: ReadingRecord, used: set[str]) -> str:
    word = next((w for w in re.findall(r"\w+", r.title) if len(w) > 3), "")
    base = unicodedata.normalize("NFKD", f"{_key_family(r)}{r.year or ''}{word}")
    base = re.sub(r"[^A-Za-z0-9]", "", base.encode("ascii", "ignore").decode()).lower() or "ref"
    key, n = base, 1
    while key in used:
        n += 1
        key = f"{base}{chr(ord('a') + n - 2) if n < 28 else n}"
    used.add(key)
    return key


def _name(author: str) -> str:
    """One name as BibTeX reads it back: "von Last, Jr, First", or an organisation in braces."""
    name = names.from_stored(author)
    if name.literal:
        return "{" + escape(name.literal) + "}"

    def part(text: str) -> str:
        # a part holding "and" or a comma must not split the name
        text = escape(text)
        return "{" + text + "}" if re.search(r",|\band\b", text, re.I) else text

    family = " ".join(p for p in (name.particle, part(name.family)) if p)
    if name.family[:1].islower():  # a lower-case family name is not a particle ("hooks, bell")
        family = " ".join(p for p in (name.particle, "{" + escape(name.family) + "}") if p)
    parts = [family] + ([part(name.suffix)] if name.suffix else []) + ([part(name.given)] if name.given else [])
    return ", ".join(parts) if len(parts) > 1 else family


def _bib_entry(r: ReadingRecord, used: set[str]) -> dict[str, str]:
    """The record as a bibtexparser entry: what it is, then its details."""
    base = base_kind(r.kind)
    # a chapter is an incollection: its book is the container
    entry_type = "incollection" if base == "book" and r.container else _TYPE_OF_BASE.get(base, "misc")
    entry: dict[str, str] = {"ENTRYTYPE": entry_type, "ID": _cite_key(r, used)}
    entry["title"] = escape(r.title)
    if r.authors:
        entry["author"] = " and ".join(_name(a) for a in r.authors)
    if r.year:
        entry["year"] = str(r.year)
    if r.kind in GENRE_OF_KIND:
        entry["type"] = GENRE_OF_KIND[r.kind]
    _add_source(entry, r, base)
    _add_details(entry, r)
    return entry


def _add_source(entry: dict[str, str], r: ReadingRecord, base: str) -> None:
    """Where it appeared and who published it, under the field names of its entry type."""
    if r.container:
        entry["journal" if base == "article" else "booktitle"] = escape(r.container)
    if r.publisher:
        entry["institution" if base == "report" else "publisher"] = escape(r.publisher)


def _add_details(entry: dict[str, str], r: ReadingRecord) -> None:
    if r.doi:
        entry["doi"] = escape(r.doi)
    if r.url:
        entry["url"] = r.url.replace("{", "%7B").replace("}", "%7D")
    if r.abstract:
        entry["abstract"] = escape(r.abstract.strip())
    if r.tags:
        entry["keywords"] = escape(join_tags(r.tags))
    if r.notes:
        entry["annote"] = escape(r.notes.strip())
    if r.language:
        entry["langid"] = escape(r.language)


def write_bibtex(records: list[ReadingRecord]) -> str:
    db = BibDatabase()
    used: set[str] = set()
    db.entries = [_bib_entry(r, used) for r in records]
    writer = BibTexWriter()
    writer.indent = "  "
    writer.order_entries_by = None
    writer.display_order = ["title", "author", "year", "type", "journal", "booktitle", "institution", "publisher",
                            "doi", "url", "abstract", "keywords", "annote", "langid"]
    return writer.write(db)
