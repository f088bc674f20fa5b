"""Reading lists to and from reference managers (RIS, BibTeX, CSL-JSON): duplicate checks, one
all-or-nothing write per import, and exports of all readings, a filter or a symposium's readings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from ..domain.errors import Phrase, UserError, ValidationError
from ..domain.schema import READING_KINDS, TYPES, check_new_record_size
from ..domain.views import RecordView
from ..interop import formats
from ..interop.readings import (
    BadRecord,
    ParseResult,
    ReadingRecord,
    detect_format,
    first_family,
    join_authors,
    norm_title,
    norm_url,
    read_text,
    split_authors,
)
from .changes import ChangeSet
from .documents import shared, write_atomically
from .queries import Filters
from .workspace import Workspace, refuse_inside

Progress = Callable[[int, int], bool]


@dataclass
class Duplicate:
    title: str  # as in the file
    existing: str  # the reading it matches (in the workspace or earlier in the file)
    reason: str  # "same DOI" | "same URL and title" | "same title, year and first author"
    record: ReadingRecord | None = field(default=None, compare=False)  # to import it anyway
    in_file: bool = False  # the match is an earlier record of the same file, not a reading already kept

    def describe(self) -> str:
        where = f"{self.record.source}: " if self.record and self.record.source else ""
        of = "an earlier record of the file" if self.in_file else "the reading"
        return f"{where}'{self.title}' has the {self.reason.removeprefix('same ')} of {of} '{self.existing}'"


@dataclass
class ImportReport:
    format: str
    file_name: str
    added: list[str] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    bad: list[BadRecord] = field(default_factory=list)
    changes: ChangeSet = field(default_factory=ChangeSet)
    kept_duplicates: bool = False  # the duplicates were imported too

    def summary(self) -> str:
        parts = [f"Added {len(self.added)} reading{'s' if len(self.added) != 1 else ''} from {self.file_name}"]
        if self.duplicates and self.kept_duplicates:
            parts.append(f"{len(self.duplicates)} of them look like readings already there, imported as asked")
        elif self.duplicates:
            parts.append(
                f"skipped {len(self.duplicates)} already in the workspace or repeated in the file "
                "(same DOI; or same title, year and first author; or same web address and title)"
            )
        if self.bad:
            parts.append(f"left out {len(self.bad)} record{'s' if len(self.bad) != 1 else ''} that could not be read")
        return "; ".join(parts) + "."


def check_format(fmt: str | None, *, writing: bool = False) -> str | None:
    """The id of the reading-list format a user named (None when none was named): one the app
    reads, or with `writing` one it writes."""
    if fmt is None:
        return None
    allowed = formats.exporting("readings") if writing else formats.readable()
    found = formats.find(fmt)
    if found not in allowed:
        raise UserError("'%(format)s' is not a reading-list format; use %(formats)s.", format=fmt.lower(),
                        formats=formats.listing(allowed))
    return found.id


def parse_file(path: Path | str, fmt: str | None = None, *, encoding: str | None = None,
               progress: Progress | None = None) -> tuple[str, ParseResult]:
    """Read a reading-list file without touching the workspace (for a preview)."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise UserError("The file %(path)s does not exist; check the name and folder.", path=str(path))
    text = read_text(path, encoding)
    fmt = check_format(fmt) or detect_format(path, text[:20000])
    read = formats.get(fmt).reader
    assert read is not None  # check_format and detect_format name readable formats only
    return fmt, read(text, progress)


class _Known:
    """The readings already in the workspace (and those of the file met so far): by DOI, by
    normalised title + year + first author's family name, and by web address + normalised title
    (chapters of one book share its address, so an address alone says nothing)."""

    def __init__(self, ws: Workspace) -> None:
        self.doi: dict[str, tuple[str, bool]] = {}
        self.work: dict[tuple[str, int | None, str], tuple[str, bool]] = {}
        self.url: dict[tuple[str, str], tuple[str, bool]] = {}
        for view in ws.list("reading_item"):
            d = view.data
            year = d.get("year")
            self._add(view.title, _keys(view.title, str(d.get("doi") or ""), str(d.get("url") or ""),
                                        year if isinstance(year, int) else None,
                                        split_authors(str(d.get("authors") or ""))), False)

    def _add(self, title: str, keys: _Keys, in_file: bool) -> None:
        if keys.doi is not None:
            self.doi.setdefault(keys.doi, (title, in_file))
        if keys.url is not None:
            self.url.setdefault(keys.url, (title, in_file))
        self.work.setdefault(keys.work, (title, in_file))

    def match(self, r: ReadingRecord, keys: _Keys) -> Duplicate | None:
        def found(hit: tuple[str, bool], reason: str) -> Duplicate:
            return Duplicate(r.title, hit[0], reason, r, hit[1])

        if keys.doi is not None and keys.doi in self.doi:
            return found(self.doi[keys.doi], "same DOI")
        if keys.work in self.work:
            return found(self.work[keys.work], "same title, year and first author")
        if keys.url is not None and keys.url in self.url:
            return found(self.url[keys.url], "same web address and title")
        return None

    def remember(self, r: ReadingRecord, keys: _Keys) -> None:
        self._add(r.title, keys, True)


class _Keys(NamedTuple):
    """What a reading is matched by (see _Known): each folded once per reading."""

    doi: str | None  # None: no DOI
    work: tuple[str, int | None, str]
    url: tuple[str, str] | None  # None: no web address


def _keys(title: str, doi: str, url: str, year: int | None, authors: list[str]) -> _Keys:
    folded = norm_title(title)
    return _Keys(doi.strip().casefold() if doi else None, (folded, year, first_family(authors)),
                 (norm_url(url), folded) if url else None)


def _record_keys(r: ReadingRecord) -> _Keys:
    return _keys(r.title, r.doi, r.url, r.year, r.authors)


# the reading's optional fields and the record's attributes they come from
_OPTIONAL_FIELDS = (("publisher", "publisher"), ("container", "container"), ("url", "url"), ("doi", "doi"),
                    ("abstract", "abstract"), ("why_it_matters", "notes"), ("language", "language"))


def _values(r: ReadingRecord) -> dict[str, object]:
    values: dict[str, object] = {
        "title": r.title,
        "authors": join_authors(r.authors) or None,
        "year": r.year,
        "kind": r.kind if r.kind in READING_KINDS else "article",
    }
    values.update((name, getattr(r, attr) or None) for name, attr in _OPTIONAL_FIELDS)
    clean = TYPES["reading_item"].validate({k: v for k, v in values.items() if v is not None}, creating=True)
    check_new_record_size("reading_item", clean)
    return clean


def _too_many_bad(name: str, total: int, good: int, bad: list[BadRecord]) -> UserError:
    shown = "; ".join(b.describe() for b in bad[:5])
    if len(bad) > 5:
        shown = Phrase("%(shown)s and %(more)s more", shown=shown, more=len(bad) - 5)
    if good == 1:
        return UserError(
            "%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. "
            "Fix them, or import the 1 good one and leave these out (--skip-bad).",
            bad=len(bad), total=total, name=name, shown=shown,
        )
    if good:
        return UserError(
            "%(bad)s of %(total)s records in %(name)s could not be read — %(shown)s; nothing was imported. "
            "Fix them, or import the %(good)s good ones and leave these out (--skip-bad).",
            bad=len(bad), total=total, name=name, shown=shown, good=good,
        )
    return UserError("No record in %(name)s could be read — %(shown)s; nothing was imported.", name=name, shown=shown)


@dataclass
class ImportPreview:
    """What an import would do, worked out without writing: for a dialog before the user confirms."""

    format: str
    file_name: str
    to_add: list[tuple[ReadingRecord, dict[str, object]]] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    bad: list[BadRecord] = field(default_factory=list)

    @property
    def new_readings(self) -> list[ReadingRecord]:
        return [rec for rec, _values in self.to_add]


def preview_import(ws: Workspace, path: Path | str, fmt: str | None = None, *,
                   encoding: str | None = None, progress: Progress | None = None,
                   keep_duplicates: bool = False) -> ImportPreview:
    """Read a file and sort its records into new, duplicate and unreadable; the workspace is untouched.
    With `keep_duplicates`, duplicates are still listed but imported too."""
    path = Path(path).expanduser()
    fmt, result = parse_file(path, fmt, encoding=encoding, progress=progress)
    preview = ImportPreview(fmt, path.name, bad=list(result.bad))
    staged: list[tuple[ReadingRecord, dict[str, object]]] = []
    for rec in result.records:
        try:
            staged.append((rec, _values(rec)))
        except ValidationError as exc:
            line = re.search(r"line (\d+)", rec.source)
            preview.bad.append(BadRecord(rec.number, int(line.group(1)) if line else None, str(exc)))
    preview.bad.sort(key=lambda b: b.number)
    known = _Known(ws)
    for rec, values in staged:
        keys = _record_keys(rec)
        dup = known.match(rec, keys)
        if dup:
            preview.duplicates.append(dup)
            if not keep_duplicates:
                continue
        known.remember(rec, keys)
        preview.to_add.append((rec, values))
    return preview


def import_readings(ws: Workspace, path: Path | str, fmt: str | None = None, *, skip_bad: bool = False,
                    encoding: str | None = None, progress: Progress | None = None,
                    keep_duplicates: bool = False) -> ImportReport:
    """Add the readings of a RIS, BibTeX or CSL-JSON file in one transaction (all or nothing).

    Records that cannot be read stop the import unless `skip_bad`, in which case they are listed
    in the report. Readings already in the workspace or earlier in the file (same DOI; same title,
    year and first author; same web address and title) are skipped, unless `keep_duplicates`;
    either way the report lists them.
    """
    # progress runs over reading the file (first half) and then writing the readings (second half)
    def reading(done: int, total: int) -> bool:
        return progress is None or progress(done, 2 * total) is not False

    preview = preview_import(ws, path, fmt, encoding=encoding, progress=reading, keep_duplicates=keep_duplicates)
    good = len(preview.to_add) + len(preview.duplicates)
    if preview.bad and (not skip_bad or not good):
        raise _too_many_bad(preview.file_name, len(preview.bad) + good, good, preview.bad)
    report = ImportReport(preview.format, preview.file_name, duplicates=preview.duplicates, bad=preview.bad,
                          kept_duplicates=keep_duplicates)
    _add(ws, preview.to_add, report, progress)
    return report


def add_readings(ws: Workspace, records: list[ReadingRecord], file_name: str = "") -> ImportReport:
    """Add these records as they are, duplicates or not (what an import skipped, imported anyway)."""
    report = ImportReport("", file_name, kept_duplicates=True)
    _add(ws, [(rec, _values(rec)) for rec in records], report, None)
    return report


_BATCH = 50  # readings written (and progress told) at a time, all in the import's one transaction


def _add(ws: Workspace, to_add: list[tuple[ReadingRecord, dict[str, object]]], report: ImportReport,
         progress: Progress | None) -> None:
    total = len(to_add)
    with ws.store.write() as conn:
        for start in range(0, total, _BATCH):
            batch = [(values, _tags(rec)) for rec, values in to_add[start:start + _BATCH]]
            report.added += ws._create_tagged(conn, "reading_item", batch, report.changes)
            n = min(start + _BATCH, total)
            if progress is not None and n % 50 == 0 and progress(total + n, 2 * total) is False:
                raise UserError("The import was cancelled; nothing was added.")
    if progress is not None:
        progress(2 * total, 2 * total)


def _tags(rec: ReadingRecord) -> list[str]:
    """A record's tags, spaces folded, each once (whatever its case)."""
    seen: set[str] = set()
    out = []
    for tag in rec.tags:
        tag = " ".join(tag.split())
        if tag and tag.casefold() not in seen:
            seen.add(tag.casefold())
            out.append(tag)
    return out


# --- export ---------------------------------------------------------------------------------------


def reading_record(ws: Workspace, view: RecordView) -> ReadingRecord:
    d = view.data
    return ReadingRecord(
        title=view.title,
        authors=split_authors(str(d.get("authors") or "")),
        year=d.get("year"),
        kind=str(d.get("kind") or "article"),
        publisher=str(d.get("publisher") or ""),
        container=str(d.get("container") or ""),
        doi=str(d.get("doi") or ""),
        url=str(d.get("url") or ""),
        abstract=str(d.get("abstract") or ""),
        tags=ws.tags_of(view.id),
        notes=str(d.get("why_it_matters") or ""),
        language=str(d.get("language") or ""),
    )


def _symposium_readings(ws: Workspace, symposium: str) -> list[RecordView]:
    sym = ws.find(symposium)
    if sym is None or sym.deleted or sym.type != "symposium":
        raise UserError(
            "No symposium has the id '%(id)s'; 'gcen list symposium' shows the ids.", id=symposium
        )
    if not shared(sym):  # which readings it gathers stays home with it, as its briefing does
        raise UserError(
            "The %(what)s '%(title)s' is private; set its visibility to team or network to share it.",
            what="symposium",
            title=sym.title,
        )
    return [v for v in ws.linked(symposium, "related") if v.type == "reading_item"]


def _readings_by_id(ws: Workspace, ids: list[str]) -> list[RecordView]:
    views = []
    for rec in ids:
        v = ws.find(rec)
        if v is None or v.deleted or v.type != "reading_item":
            raise UserError("No reading has the id '%(id)s'.", id=rec)
        views.append(v)
    return views


def readings_to_export(ws: Workspace, *, symposium: str | None = None, filters: Filters | None = None,
                       ids: list[str] | None = None) -> list[RecordView]:
    """All shareable readings, a filter's, a symposium's (its related readings) or the given ones."""
    if symposium:
        views = _symposium_readings(ws, symposium)
    elif ids:
        views = _readings_by_id(ws, ids)
    else:
        views = ws.list("reading_item", filters)
    return [v for v in views if shared(v)]


def export_readings(ws: Workspace, fmt: str, path: Path | str, *, symposium: str | None = None,
                    filters: Filters | None = None, ids: list[str] | None = None) -> tuple[Path, int]:
    """Write readings in a reading-list format (RIS by default); returns (file, readings written)."""
    write = formats.get(check_format(fmt, writing=True) or "ris").writers["readings"]
    refuse_inside(ws.store.folder, path)
    views = readings_to_export(ws, symposium=symposium, filters=filters, ids=ids)
    records = [reading_record(ws, v) for v in views]
    data = write(records, [v.id for v in views])
    return write_atomically(path, lambda p: p.write_bytes(data)), len(records)
