"""Reading lists as RIS (Zotero, Mendeley, EndNote), read and written with rispy.

rispy joins a value's continuation lines with spaces and silently drops a record that lacks its
`ER` line; we keep line breaks (abstracts and notes have paragraphs) and find unterminated records
ourselves so the message can name them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import rispy
from rispy.parser import RisParser
from rispy.writer import RisWriter

from ..domain.errors import UserError
from . import names
from .readings import (
    GENRE_OF_KIND,
    BadRecord,
    ParseResult,
    ReadingRecord,
    base_kind,
    clean_doi,
    kind_from,
    parse_year,
)

_BASE_OF_RIS = {
    "JOUR": "article", "JFULL": "article", "MGZN": "article", "NEWS": "article", "EJOUR": "article",
    "CONF": "article", "CPAPER": "article", "ABST": "article", "INPR": "article", "SER": "article",
    "RPRT": "report", "THES": "report", "GOVDOC": "report", "STAT": "report", "UNPB": "report",
    "MANSCPT": "report", "STAND": "report", "PAMP": "report",
    "BOOK": "book", "CHAP": "book", "EBOOK": "book", "ECHAP": "book", "EDBOOK": "book",
    "ELEC": "web_page", "WEB": "web_page", "ICOMM": "web_page", "BLOG": "web_page", "DBASE": "web_page",
}
_RIS_OF_BASE = {"article": "JOUR", "report": "RPRT", "book": "BOOK", "web_page": "ELEC"}
# "TY  - " as the format says, or with one space before the dash as some tools write (Zotero reads it)
_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])  ?-(?: |$)")
_CONTAINER = ("secondary_title", "journal_name", "alternate_title3", "alternate_title2", "alternate_title1")


class _Parser(RisParser):
    """rispy's parser, keeping the line breaks inside a value, authors from A1 and AU in the order of
    the file (rispy keeps them in two lists), and URLs whole (rispy cuts them at ';')."""

    DEFAULT_MAPPING = {**RisParser.DEFAULT_MAPPING, "A1": "authors"}
    DEFAULT_DELIMITER_MAPPING: dict = {}

    def _add_tag(self, record: dict, tag: str, content: str, extend_multiline: bool = False) -> None:
        if extend_multiline and tag in self.mapping:
            name = self.mapping[tag]
            current = record.get(name)
            if isinstance(current, list) and current:
                current[-1] = f"{current[-1]}\n{content}"
                return
            if isinstance(current, str):
                record[name] = f"{current}\n{content}"
                return
        super()._add_tag(record, tag, content, extend_multiline)


class _Writer(RisWriter):
    """rispy's writer without the "1." counter line that Zotero and EndNote do not write."""

    def set_header(self, count: int) -> str:
        return ""


def _html_to_text(text: str) -> str:
    """Zotero writes notes as HTML; keep their paragraphs as plain text."""
    if not re.search(r"</?(p|div|br|span|strong|em|b|i|ul|li|h\d)\b", text, re.I):
        return text
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(p|div|li|h\d)>", "\n\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    return re.sub(r"\n{3,}", "\n\n", html.unescape(text)).strip()


@dataclass
class _Cut:
    """A RIS text cut into records at their TY and ER lines, before rispy reads each."""

    chunks: list[tuple[int, int, list[str]]] = field(default_factory=list)  # (number, first line, lines)
    bad: list[BadRecord] = field(default_factory=list)
    current: tuple[int, int, list[str]] | None = None
    first_stray: int | None = None  # the first line outside any record that is not blank
    number: int = 0

    def start(self, lineno: int, line: str) -> None:
        if self.current is not None:
            self.bad.append(BadRecord(self.current[0], self.current[1],
                                      "has no end line 'ER  - ' before the next record"))
        self.number += 1
        self.current = (self.number, lineno, [line])

    def end(self, lineno: int) -> None:
        if self.current is None:
            self.stray(lineno)
            return
        self.current[2].append("ER  - ")
        self.chunks.append(self.current)
        self.current = None

    def other(self, lineno: int, line: str) -> None:
        if self.current is not None:
            self.current[2].append(line)
        elif line.strip() and not re.fullmatch(r"\s*\d+\.\s*", line):  # rispy's "1." counter lines
            self.stray(lineno)

    def stray(self, lineno: int) -> None:
        self.first_stray = self.first_stray or lineno

    def finish(self) -> None:
        if self.current is not None:
            self.bad.append(BadRecord(self.current[0], self.current[1],
                                      "has no end line 'ER  - '; the file may be cut short"))


def _tag_of(line: str) -> tuple[str | None, str]:
    """The line's tag, and the line with one space before the dash as the format writes it."""
    m = _TAG_LINE.match(line)
    if not m:
        return None, line
    tag = m.group(1)
    return tag, line if m.group(0) == f"{tag}  - " else f"{tag}  - " + line[m.end():]


def _cut(text: str) -> _Cut:
    cut = _Cut()
    for lineno, line in enumerate(text.splitlines(), 1):
        tag, line = _tag_of(line)
        if tag == "TY":
            cut.start(lineno, line)
        elif tag == "ER":
            cut.end(lineno)
        else:
            cut.other(lineno, line)
    cut.finish()
    return cut


def _no_records(first_stray: int | None) -> UserError:
    if first_stray:
        return UserError(
            "The file holds no readings: no RIS records were found (line %(line)s is not RIS); "
            "a RIS record starts with 'TY  - ' and ends with 'ER  - '.",
            line=first_stray,
        )
    return UserError(
        "The file holds no readings: no RIS records were found; "
        "a RIS record starts with 'TY  - ' and ends with 'ER  - '."
    )


def _read_record(num: int, lineno: int, lines: list[str]) -> ReadingRecord | BadRecord:
    try:
        parsed = rispy.loads("\n".join(lines), implementation=_Parser)
    except Exception as exc:  # rispy raises plain exceptions on odd input
        return BadRecord(num, lineno, f"cannot be read ({exc})")
    if not parsed:
        return BadRecord(num, lineno, "cannot be read")
    rec = _from_ris(parsed[0])
    if not rec.title:
        return BadRecord(num, lineno, "has no title (TI or T1)")
    rec.source = f"record {num} (line {lineno})"
    rec.number = num
    return rec


def parse_ris(text: str) -> ParseResult:
    """Every record of a RIS text; records without a title or without `ER` are listed as bad."""
    cut = _cut(text)
    if not cut.chunks and not cut.bad:
        raise _no_records(cut.first_stray)
    records: list[ReadingRecord] = []
    bad = cut.bad
    for num, lineno, lines in cut.chunks:
        read = _read_record(num, lineno, lines)
        if isinstance(read, BadRecord):
            bad.append(read)
        else:
            records.append(read)
    bad.sort(key=lambda b: b.number)
    return ParseResult(records, bad)


def _first(value: object) -> str:
    if isinstance(value, list):
        return str(value[0]).strip() if value else ""
    return str(value or "").strip()


def _first_of(e: dict, *keys: str) -> str:
    """The first of these fields that has a value (as _first reads it)."""
    return _first(next((e[k] for k in keys if e.get(k)), None))


def _from_ris(e: dict) -> ReadingRecord:
    tags = [t.strip() for t in e.get("keywords", []) if t.strip()]
    genre = _first(e.get("type_of_work"))
    base = _BASE_OF_RIS.get(_first(e.get("type_of_reference")).upper(), "article")
    notes = [_html_to_text(n) for n in e.get("notes", []) if n.strip()]
    return ReadingRecord(
        title=" ".join(_first_of(e, "title", "primary_title").split()),
        authors=[names.to_stored(names.from_ris(a)) for a in e.get("authors", []) if a.strip()],
        year=parse_year(_first_of(e, "year", "publication_year", "date")),
        kind=kind_from(base, genre, tags),
        publisher=_first(e.get("publisher")),
        container=next((_first(e[k]) for k in _CONTAINER if _first(e.get(k))), ""),
        doi=clean_doi(_first(e.get("doi"))),
        url=_first(e.get("urls")),
        abstract=_first_of(e, "abstract", "notes_abstract"),
        tags=tags,
        notes="\n\n".join(notes),
        language=_first(e.get("language")),
    )


def _multiline(text: str) -> str:
    """A value's later lines must not look like tags ("ER  - " would end the record): indent those
    by one space, which readers strip again."""
    lines = text.strip().split("\n")
    return "\n".join([lines[0]] + [(" " + line if _TAG_LINE.match(line) else line) for line in lines[1:]])


def _ris_ref(r: ReadingRecord) -> dict[str, object]:
    """The record as rispy writes it: what it is, then its details."""
    base = base_kind(r.kind)
    ris_type = "CHAP" if base == "book" and r.container else _RIS_OF_BASE.get(base, "GEN")
    ref: dict[str, object] = {"type_of_reference": ris_type, "title": r.title}
    if r.authors:
        ref["authors"] = [names.to_ris(names.from_stored(a)) for a in r.authors]
    if r.year:
        ref["year"] = str(r.year)
    if r.kind in GENRE_OF_KIND:
        ref["type_of_work"] = GENRE_OF_KIND[r.kind]
    if r.container:
        # Zotero reads the publication title (journal, book, proceedings) from T2, EndNote a journal from JO
        ref["secondary_title"] = r.container
        if base == "article":
            ref["journal_name"] = r.container
    _add_details(ref, r)
    return ref


def _add_details(ref: dict[str, object], r: ReadingRecord) -> None:
    if r.publisher:
        ref["publisher"] = r.publisher
    if r.doi:
        ref["doi"] = r.doi
    if r.url:
        ref["urls"] = [r.url]
    if r.abstract:
        ref["abstract"] = _multiline(r.abstract)
    if r.tags:
        ref["keywords"] = list(r.tags)
    if r.notes:
        ref["notes"] = [_multiline(r.notes)]
    if r.language:
        ref["language"] = r.language


def write_ris(records: list[ReadingRecord]) -> str:
    return rispy.dumps([_ris_ref(r) for r in records], implementation=_Writer)
