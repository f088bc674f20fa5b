"""Documents as Word files with python-docx: built-in heading styles (so Word's navigation pane and
contents field work), styled tables, and an East Asian font set so CJK text shows in Word."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from pathlib import Path

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ..domain.errors import UserError
from .document import (
    Bullets,
    Contents,
    Document,
    Fields,
    Heading,
    Markdown,
    PageBreak,
    Paragraph,
    Run,
    Table,
    TitlePage,
    markdown_blocks,
)
from .labels import Labels
from .style import Style, load_style

Progress = Callable[[int, int], bool]


def _rgb(style: Style, name: str) -> RGBColor:
    return RGBColor(*style.rgb(name))


def _set_fonts(rpr_owner, latin: str, east_asia: str) -> None:
    """Set the Latin and East Asian fonts of a style or run (python-docx only sets the Latin one)."""
    rpr = rpr_owner.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(attr), latin)
    fonts.set(qn("w:eastAsia"), east_asia)


def _shade(cell, hex_colour: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_colour.lstrip("#"))
    tcpr.append(shd)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


# What XML 1.0 cannot hold: C0 controls but tab and line breaks, lone surrogates, U+FFFE/U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(value: object) -> object:
    """`value` (a string, or the strings inside a block) with what XML cannot hold written as a
    visible `\\uXXXX`: a title from a teammate's bundle may hold any character, and python-docx
    refuses a control character with a ValueError."""
    if isinstance(value, str):
        return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", value)
    if isinstance(value, list):
        return [_xml_text(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_xml_text(v) for v in value)
    if isinstance(value, dict):
        return {k: _xml_text(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: _xml_text(getattr(value, f.name))
                                             for f in dataclasses.fields(value) if f.init})
    return value


def write_docx(doc: Document, path: Path | str, *, style: Style | None = None,
               progress: Progress | None = None, template: Path | str | None = None) -> None:
    """Render to .docx; `template` may name a .docx whose styles (Heading 1, Normal …) to use."""
    doc = _xml_text(doc)  # type: ignore[assignment]
    style = style or load_style()
    w = _DocxWriter(doc, style, template)
    total = len(doc.blocks)
    for n, block in enumerate(doc.blocks, 1):
        w.block(block)
        if progress is not None and progress(n, total) is False:
            raise UserError("The export was cancelled; no file was written.")
    w.finish()
    w.d.save(str(path))


class _DocxWriter:
    def __init__(self, doc: Document, style: Style, template: Path | str | None) -> None:
        self.doc, self.s = doc, style
        self.t = Labels(doc.language)
        self.d = new_docx(str(template)) if template else new_docx()
        fonts = style.section("docx")
        self.latin = fonts.get("latin_font", "Calibri")
        self.east = fonts.get("east_asia_font", "Noto Sans CJK SC")
        props = self.d.core_properties
        props.title = doc.title
        props.author = str(doc.meta.get("team") or "")
        props.language = doc.language
        props.comments = "Prepared with GCEN Desktop"
        section = self.d.sections[0]
        section.page_height, section.page_width = Mm(297), Mm(210)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(style.margin_mm))
        self._styles()
        self.first_section = section
        self.body_started = False

    def _styles(self) -> None:
        s, styles = self.s, self.d.styles
        normal = styles["Normal"]
        normal.font.size = Pt(s.size("body"))
        normal.font.color.rgb = _rgb(s, "text")
        _set_fonts(normal, self.latin, self.east)
        for name, size in (("Title", "title"), ("Heading 1", "h1"), ("Heading 2", "h2"), ("Heading 3", "h3")):
            st = styles[name]
            st.font.size = Pt(s.size(size))
            st.font.bold = True
            st.font.color.rgb = _rgb(s, "accent" if name != "Heading 3" else "text")
            _set_fonts(st, self.latin, self.east)

    # --- blocks ---------------------------------------------------------------------------------

    def block(self, block: object) -> None:
        getattr(self, "_" + type(block).__name__.lower())(block)

    def _add_runs(self, par, runs: list[Run], *, size: float | None = None, colour: str | None = None) -> None:
        for r in runs:
            parts = r.text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    par.add_run().add_break()
                if not part:
                    continue
                run = par.add_run(part)
                run.bold = r.bold or None
                run.italic = r.italic or None
                if size:
                    run.font.size = Pt(size)
                if colour:
                    run.font.color.rgb = _rgb(self.s, colour)

    def _titlepage(self, b: TitlePage) -> None:
        s = self.s
        kicker = self.d.add_paragraph()
        kicker.paragraph_format.space_before = Pt(120)
        run = kicker.add_run(b.kicker.upper())
        run.font.size, run.font.color.rgb, run.bold = Pt(s.size("kicker")), _rgb(s, "muted"), True
        title = self.d.add_paragraph(b.title, style="Title")
        title.paragraph_format.space_after = Pt(24)
        if b.fields:
            table = self.d.add_table(rows=0, cols=2)
            table.alignment = WD_TABLE_ALIGNMENT.LEFT
            for label, value in b.fields:
                cells = table.add_row().cells
                self._add_runs(cells[0].paragraphs[0], [Run(label)], colour="muted")
                self._add_runs(cells[1].paragraphs[0], [Run(value, bold=True)])
                cells[0].width, cells[1].width = Mm(50), Mm(120)
        if b.footnote:
            p = self.d.add_paragraph()
            p.paragraph_format.space_before = Pt(36)
            self._add_runs(p, [Run(b.footnote)], size=s.size("small"), colour="muted")
        self._page_break()

    def _contents(self, b: Contents) -> None:
        self.d.add_paragraph(b.title, style="Heading 1")
        # A static list (correct without Word updating fields); Word's pane uses the real headings.
        for h in self.doc.headings():
            p = self.d.add_paragraph()
            p.paragraph_format.left_indent = Mm(8 * (h.level - 1))
            p.paragraph_format.space_after = Pt(2)
            self._add_runs(p, [Run(h.text, bold=h.level == 1)], colour="text" if h.level == 1 else "muted")

    def _page_break(self) -> None:
        self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _pagebreak(self, _b: PageBreak) -> None:
        self._page_break()

    def _heading(self, b: Heading) -> None:
        self.d.add_heading(b.text, level=min(b.level, 3))

    def _paragraph(self, b: Paragraph) -> None:
        p = self.d.add_paragraph()
        if b.style == "muted":
            self._add_runs(p, b.runs, size=self.s.size("small"), colour="muted")
        else:
            self._add_runs(p, b.runs)

    def _markdown(self, b: Markdown) -> None:
        for block in markdown_blocks(b.text):
            self.block(block)

    def _bullets(self, b: Bullets) -> None:
        # Word's "List Number" style keeps counting across every list in the document, so
        # numbered items carry their own number (each list starts at 1).
        for n, item in enumerate(b.items, 1):
            if b.ordered:
                p = self.d.add_paragraph()
                p.paragraph_format.left_indent = Mm(8)
                p.paragraph_format.first_line_indent = Mm(-6)
                self._add_runs(p, [Run(f"{n}.\t"), *item])
            else:
                p = self.d.add_paragraph(style="List Bullet")
                self._add_runs(p, item)

    def _fields(self, b: Fields) -> None:
        if not b.pairs:
            return
        table = self.d.add_table(rows=0, cols=2)
        table.style = self.d.styles["Table Grid"]
        for label, value in b.pairs:
            cells = table.add_row().cells
            self._add_runs(cells[0].paragraphs[0], [Run(label, bold=True)], size=self.s.size("table"), colour="muted")
            self._add_runs(cells[1].paragraphs[0], [Run(value)], size=self.s.size("table"))
            _shade(cells[0], self.s.colour("accent_light"))
            cells[0].width, cells[1].width = Mm(45), Mm(125)
        self.d.add_paragraph()

    def _table(self, b: Table) -> None:
        s = self.s
        table = self.d.add_table(rows=1, cols=len(b.headers))
        table.style = self.d.styles["Table Grid"]
        total = sum(b.widths) or 1
        usable = 210 - 2 * s.margin_mm
        header = table.rows[0]
        _repeat_header(header)
        for cell, text in zip(header.cells, b.headers, strict=True):
            self._add_runs(cell.paragraphs[0], [Run(text, bold=True)], size=s.size("table"), colour="table_header_text")
            _shade(cell, s.colour("accent"))
        for n, values in enumerate(b.rows):
            cells = table.add_row().cells
            for cell, text in zip(cells, values, strict=True):
                self._add_runs(cell.paragraphs[0], [Run(text or "")], size=s.size("table"))
                if n % 2:
                    _shade(cell, s.colour("table_stripe"))
        for row in table.rows:
            for cell, width in zip(row.cells, b.widths, strict=True):
                cell.width = Mm(usable * width / total)
        self.d.add_paragraph()

    def finish(self) -> None:
        # Running footer with the document's name on every page after the title page.
        section = self.d.sections[0]
        section.different_first_page_header_footer = True
        footer = section.footer.paragraphs[0]
        self._add_runs(footer, [Run(self.doc.footer + "  ·  ")], size=self.s.size("small"), colour="muted")
        page = OxmlElement("w:fldSimple")
        page.set(qn("w:instr"), "PAGE")
        footer._p.append(page)

