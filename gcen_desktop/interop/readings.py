"""Reading-list records as reference managers see them, shared by the RIS, BibTeX and CSL-JSON formats:
the fields we map both ways, how our reading types map to theirs, and reading a file's text safely."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import UserError
from . import formats, names

MAX_FILE_BYTES = 64 * 1024 * 1024

# Our types that reference managers do not have travel as a report with this genre (Zotero's
# "Report Type": RIS M3, BibTeX `type`, CSL `genre`), which Zotero keeps and exports back.
GENRE_OF_KIND = {
    "case_study": "Case study",
    "background_paper": "Background paper",
    "meeting_report": "Meeting report",
}
_KIND_OF_GENRE = {v.casefold(): k for k, v in GENRE_OF_KIND.items()}
_CASE_STUDY_TAGS = {"case study", "case-study", "case_study", "casestudy", "case studies"}


@dataclass
class ReadingRecord:
    """One reference with the fields we keep: what the importer adds and the exporter writes."""

    title: str
    authors: list[str] = field(default_factory=list)  # each in the stored form of names.py
    year: int | None = None
    kind: str = "article"
    publisher: str = ""
    doi: str = ""
    url: str = ""
    abstract: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""  # our "why it matters"
    language: str = ""
    container: str = ""  # the journal, book or proceedings it appeared in
    # where it was read from, for messages: "record 3 (line 41)"; not part of the reading itself
    source: str = field(default="", compare=False)
    number: int = field(default=0, compare=False)


@dataclass
class BadRecord:
    number: int  # 1-based position among the file's records
    line: int | None
    reason: str

    def describe(self) -> str:
        where = f"record {self.number}" + (f" (line {self.line})" if self.line else "")
        return f"{where}: {self.reason}"


@dataclass
class ParseResult:
    records: list[ReadingRecord]
    bad: list[BadRecord]

    @property
    def total(self) -> int:
        return len(self.records) + len(self.bad)


def _by_extension(path: Path) -> str | None:
    found = formats.by_suffix(path.suffix, formats.readable())
    if found is not None:
        return found.id
    return "ris" if path.suffix.lower() == ".txt" else None  # EndNote and older managers export RIS as .txt


def _by_content(text_head: str) -> str | None:
    head = text_head.lstrip("\ufeff \t\r\n")
    if head.startswith(("[", "{")):
        return "csljson"
    if head.startswith("@") or re.search(r"(?m)^\s*@\w+\s*[{(]", text_head[:5000]):
        return "bibtex"
    if re.search(r"(?m)^TY {1,2}- ", text_head[:5000]):
        return "ris"
    return None


def detect_format(path: Path, text_head: str = "") -> str:
    """The format by extension, else by a look at the start of the content (RIS's extensions, .ris
    and .txt, are only a hint: a file named so that holds another format is read as that one)."""
    by_ext = _by_extension(path)
    if by_ext and by_ext != "ris":
        return by_ext
    found = _by_content(text_head) or by_ext
    if found:
        return found
    readable = formats.readable()
    raise UserError(
        "Cannot tell the format of %(name)s; name it with one of the extensions %(extensions)s, "
        "or give --format %(formats)s.",
        name=path.name,
        extensions=", ".join(f.suffix for f in readable),
        formats=formats.listing(readable, separator="|"),
    )


def read_text(path: Path | str, encoding: str | None = None) -> str:
    """The file's text: UTF-8 (with or without BOM) or UTF-16 with BOM, else the given encoding."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(
            "Cannot read %(path)s: %(reason)s; check the path.", path=str(path), reason=exc.strerror or str(exc)
        ) from None
    if size > MAX_FILE_BYTES:
        raise UserError(
            "%(name)s is %(size)s MB, more than a reading list can be (%(limit)s MB); "
            "export a smaller selection and import that.",
            name=path.name,
            size=round(size / 1048576),
            limit=MAX_FILE_BYTES // 1048576,
        )
    data = path.read_bytes()
    return decode(data, path.name, encoding)


def decode(data: bytes, name: str, encoding: str | None = None) -> str:
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeError) as exc:  # UnicodeError: 'punycode', 'undefined' …
            raise UserError(
                "%(name)s cannot be read as %(encoding)s (%(reason)s); try another --encoding.",
                name=name,
                encoding=encoding,
                reason=str(exc),
            ) from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise UserError(
            "%(name)s is not UTF-8 text: line %(line)s holds bytes that are not UTF-8; export it again as "
            "UTF-8 (Zotero does by default), or name its encoding with --encoding (e.g. cp1252).",
            name=name,
            line=line,
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise UserError(
            "%(name)s is not a text file (binary data on line %(line)s); pick the exported reading list.",
            name=name,
            line=line,
        )
    return text


# --- type mapping ---------------------------------------------------------------------------------


def kind_from(base: str, genre: str = "", tags: list[str] | None = None) -> str:
    """Our reading type from a manager's base type (article|report|book|web_page), genre and tags."""
    g = " ".join(genre.replace("_", " ").split()).casefold()
    if g in _KIND_OF_GENRE:
        return _KIND_OF_GENRE[g]
    if any(t.strip().casefold() in _CASE_STUDY_TAGS for t in tags or ()):
        return "case_study"
    return base


def base_kind(kind: str) -> str:
    """The manager-side type for one of ours (case studies etc. become reports)."""
    return "report" if kind in GENRE_OF_KIND else kind


# --- small helpers shared by the formats -----------------------------------------------------------


def parse_year(text: object) -> int | None:
    m = re.search(r"(?<!\d)(\d{4})(?!\d)", str(text or ""))
    return int(m.group(1)) if m else None


def clean_doi(text: str) -> str:
    doi = (text or "").strip()
    doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.I)
    return doi


def norm_title(title: str) -> str:
    """Title folded for duplicate detection: case, accents, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKD", title or "")
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"[\W_]+", " ", text.casefold())
    return " ".join(text.split())


def norm_url(url: str) -> str:
    u = (url or "").strip()
    u = re.sub(r"^https?://(www\.)?", "", u, flags=re.I)
    return u.rstrip("/").casefold()


def split_authors(text: str) -> list[str]:
    """Our stored authors text ("Mitchell, S.; Osei, K.") as a list."""
    return names.split_stored(text)


def join_authors(authors: list[str]) -> str:
    return names.join_stored(authors)


def first_family(authors: list[str]) -> str:
    """The first author's family name (or whole literal name), folded like titles, for duplicates."""
    if not authors:
        return ""
    name = names.from_stored(authors[0])
    return norm_title(name.family or name.literal)


def split_tags(text: str) -> list[str]:
    """Keywords as managers write them: separated by ';' when any is there (a keyword may then
    hold a comma), else by ','."""
    sep = ";" if ";" in (text or "") else ","
    return [t.strip() for t in (text or "").split(sep) if t.strip()]


def join_tags(tags: list[str]) -> str:
    """Keywords in one field: ', ' between them, or '; ' when a keyword holds a comma."""
    clean = [" ".join(t.replace(";", " ").split()) for t in tags]
    return ("; " if any("," in t for t in clean) else ", ").join(t for t in clean if t)
