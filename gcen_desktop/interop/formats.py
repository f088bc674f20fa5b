"""The file formats the app saves and reads, in one registry: for each its names, file extensions,
what people call it, what it exports and the functions that write (and read) it. The services, the
command line and the desktop's export menus and file dialogs all take the list from here."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import UserError

if TYPE_CHECKING:
    from .briefing import BriefingData
    from .document import Document
    from .plan_report import ActionRow
    from .readings import ParseResult, ReadingRecord
    from .style import Style

Progress = Callable[[int, int], bool]

# What a format can export, and the writer each needs (the value of `Format.writers[subject]`):
#   "plan", "briefing"  write(doc: Document, path: Path, options: DocumentOptions) -> None
#   "actions"           write(rows: list[ActionRow], language: str, calendar_id: str) -> bytes
#   "agenda"            write(briefing: BriefingData, language: str, time_zone: str | None) -> bytes
#   "readings"          write(records: list[ReadingRecord], ids: list[str]) -> bytes
# and the reader of an import format: read(text: str, progress: Progress | None) -> ParseResult.
SUBJECTS = ("plan", "briefing", "actions", "agenda", "readings")

# The Qt translation context of `Format.name` and `Format.file_type` (scripts/translations.py adds
# them to the catalogues; the desktop translates them with QCoreApplication.translate).
TRANSLATION_CONTEXT = "DocumentFormats"


@dataclass(frozen=True)
class DocumentOptions:
    """How a plan report or briefing pack is rendered: style, progress, and the DOCX's Word template."""

    style: Style | None = None
    progress: Progress | None = None
    docx_template: Path | str | None = None


@dataclass(frozen=True)
class Format:
    id: str  # what the command line and the services call it: "pdf"
    extensions: tuple[str, ...]  # ".pdf"; the first is the one a saved file gets
    name: str  # in menus and help: "Word (DOCX)"
    file_type: str  # in file dialogs, before the extensions' patterns: "Word document"
    writers: Mapping[str, Callable[..., Any]]  # subject (see SUBJECTS) → its writer
    reader: Callable[[str, Progress | None], ParseResult] | None = None
    aliases: tuple[str, ...] = ()  # other names accepted for it besides its extensions: "icalendar"
    exports: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        unknown = set(self.writers) - set(SUBJECTS)
        if unknown:
            raise ValueError(f"format {self.id} exports unknown subjects {sorted(unknown)}")
        object.__setattr__(self, "exports", tuple(s for s in SUBJECTS if s in self.writers))

    @property
    def suffix(self) -> str:
        return self.extensions[0]

    @property
    def patterns(self) -> str:
        """The file-dialog patterns: '*.html *.htm'."""
        return " ".join(f"*{ext}" for ext in self.extensions)

    def names(self) -> tuple[str, ...]:
        return (self.id, *self.aliases, *(ext.lstrip(".") for ext in self.extensions))


# --- the writers and readers (imported when used: the PDF and Word writers are heavy) -------------


def _pdf(doc: Document, path: Path, options: DocumentOptions) -> None:
    from .pdf import write_pdf

    write_pdf(doc, path, style=options.style, progress=options.progress)


def _docx(doc: Document, path: Path, options: DocumentOptions) -> None:
    from .docx_writer import write_docx

    template = options.docx_template
    if template is not None and not Path(template).is_file():
        raise UserError(
            "The Word template %(path)s does not exist; pick a .docx file or leave it out.", path=str(template)
        )
    write_docx(doc, path, style=options.style, progress=options.progress, template=template)


def _html(doc: Document, path: Path, options: DocumentOptions) -> None:
    from .html import render_html

    path.write_text(render_html(doc, style=options.style), encoding="utf-8")


def _markdown(doc: Document, path: Path, options: DocumentOptions) -> None:
    from .markdown import render_markdown

    path.write_text(render_markdown(doc), encoding="utf-8")


def _actions_csv(rows: list[ActionRow], language: str, calendar_id: str) -> bytes:
    from .actions_export import actions_csv

    return actions_csv(rows, language).encode("utf-8-sig")  # the BOM tells Excel it is UTF-8


def _actions_ics(rows: list[ActionRow], language: str, calendar_id: str) -> bytes:
    from .actions_export import actions_ics

    return actions_ics(rows, language, calendar_id=calendar_id)


def _agenda_ics(briefing: BriefingData, language: str, time_zone: str | None) -> bytes:
    from .actions_export import agenda_ics

    return agenda_ics(briefing, language, time_zone=time_zone)


def _ris(records: list[ReadingRecord], ids: list[str]) -> bytes:
    from .readings_ris import write_ris

    return write_ris(records).encode("utf-8")


def _read_ris(text: str, progress: Progress | None) -> ParseResult:
    from .readings_ris import parse_ris

    return parse_ris(text)


def _bibtex(records: list[ReadingRecord], ids: list[str]) -> bytes:
    from .readings_bibtex import write_bibtex

    return write_bibtex(records).encode("utf-8")


def _read_bibtex(text: str, progress: Progress | None) -> ParseResult:
    from .readings_bibtex import parse_bibtex

    return parse_bibtex(text, progress)  # the one slow parser: it reports progress


def _csljson(records: list[ReadingRecord], ids: list[str]) -> bytes:
    from .readings_csljson import write_csljson

    return write_csljson(records, ids=ids)


def _read_csljson(text: str, progress: Progress | None) -> ParseResult:
    from .readings_csljson import parse_csljson

    return parse_csljson(text)


def _document(write: Callable[[Document, Path, DocumentOptions], None]) -> dict[str, Callable[..., Any]]:
    return {"plan": write, "briefing": write}


# --- the registry ---------------------------------------------------------------------------------

FORMATS: tuple[Format, ...] = (
    Format("pdf", (".pdf",), "PDF", "PDF document", _document(_pdf)),
    Format("docx", (".docx",), "Word (DOCX)", "Word document", _document(_docx)),
    Format("html", (".html", ".htm"), "Web page (HTML)", "Web page", _document(_html)),
    Format("md", (".md", ".markdown"), "Markdown", "Markdown", _document(_markdown)),
    Format("csv", (".csv",), "Spreadsheet (CSV)", "Spreadsheet", {"actions": _actions_csv}),
    Format("ics", (".ics",), "Calendar (iCalendar)", "Calendar", {"actions": _actions_ics, "agenda": _agenda_ics},
           aliases=("ical", "icalendar")),
    Format("ris", (".ris",), "RIS", "RIS", {"readings": _ris}, _read_ris),
    Format("bibtex", (".bib", ".bibtex"), "BibTeX", "BibTeX", {"readings": _bibtex}, _read_bibtex),
    Format("csljson", (".json", ".csljson"), "CSL-JSON", "CSL-JSON", {"readings": _csljson}, _read_csljson,
           aliases=("csl", "csl-json", "csl_json")),
)

_BY_NAME = {name: f for f in reversed(FORMATS) for name in f.names()}


def get(fmt_id: str) -> Format:
    """The format with this id (a KeyError for a name that is not one)."""
    for f in FORMATS:
        if f.id == fmt_id:
            return f
    raise KeyError(fmt_id)


def ids(subject: str | None = None) -> tuple[str, ...]:
    """The ids of every format, or of those that export `subject`, in the registry's order."""
    return tuple(f.id for f in exporting(subject))


def exporting(subject: str | None = None) -> tuple[Format, ...]:
    return tuple(f for f in FORMATS if subject is None or subject in f.writers)


def readable() -> tuple[Format, ...]:
    """The formats the app can import."""
    return tuple(f for f in FORMATS if f.reader is not None)


def find(name: str | None) -> Format | None:
    """The format a user's name stands for: its id, an alias or an extension ('.htm', 'markdown')."""
    return _BY_NAME.get((name or "").strip().lower().lstrip("."))


def by_suffix(suffix: str, among: Iterable[Format] = FORMATS) -> Format | None:
    """The format whose files end in `suffix` ('.bib'), among some formats."""
    suffix = suffix.lower()
    return next((f for f in among if suffix in f.extensions), None)


def listing(formats: Iterable[Format], *, separator: str = ", ") -> str:
    """Ids for messages and help: 'pdf, docx, html, md'."""
    return separator.join(f.id for f in formats)


def display_texts() -> tuple[str, ...]:
    """Every text the desktop translates (TRANSLATION_CONTEXT): names and file types."""
    return tuple(dict.fromkeys(t for f in FORMATS for t in (f.name, f.file_type)))
