"""Documents as PDF with fpdf2: embedded Noto Sans CJK subset, bookmarks, a linked table of contents,
running footer with page numbers, tables whose header repeats on each page.

Text is shaped with HarfBuzz (uharfbuzz), so Arabic and Hebrew are joined and laid out right to
left; characters the main font lacks come from installed fallback fonts (Arabic, Hebrew, symbols,
colour emoji), and a character no font has shows as U+FFFD, listed by name in a note at the end.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

from fpdf import FPDF, FontFace
from fpdf.enums import TableBordersLayout, TableCellFillMode, XPos, YPos

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
from .fonts import FontChoice, find_fallback_fonts, find_pdf_font, truetype_subset
from .labels import Labels
from .style import Style, load_style

Progress = Callable[[int, int], bool]
FONT = "body"
PT = 25.4 / 72  # millimetres per point
REPLACEMENT = "\ufffd"
log = logging.getLogger(__name__)


class _Pdf(FPDF):
    def __init__(self, doc: Document, style: Style) -> None:
        super().__init__(orientation="portrait", unit="mm", format=style.page_size)
        self.doc = doc
        self.style = style
        self.labels = Labels(doc.language)
        self.skip_footer_pages: set[int] = set()
        self.missing: set[str] = set()  # characters no font can draw: shown as REPLACEMENT
        self.placeholder = REPLACEMENT
        self.font_dir = Path(tempfile.mkdtemp(prefix="gcen-pdf-fonts-"))

    def normalize_text(self, text: str) -> str:
        text = super().normalize_text(text)
        if self.missing and not self.missing.isdisjoint(text):
            text = "".join(self.placeholder if c in self.missing else c for c in text)
        return text

    def close_fonts(self) -> None:
        shutil.rmtree(self.font_dir, ignore_errors=True)

    def footer(self) -> None:
        if self.page_no() in self.skip_footer_pages:
            return
        s = self.style
        self.set_y(-s.margin_mm + 6)
        self.set_draw_color(*s.rgb("rule"))
        self.line(self.l_margin, self.get_y() - 2, self.w - self.r_margin, self.get_y() - 2)
        self.set_font(FONT, "", s.size("small"))
        self.set_text_color(*s.rgb("muted"))
        self.cell(self.epw * 0.75, 5, self.doc.footer, new_x=XPos.RIGHT, new_y=YPos.TOP)
        page = self.labels.fmt("page_of", page=self.page_no(), pages="{nb}")
        self.cell(self.epw * 0.25, 5, page, align="R")


def write_pdf(doc: Document, path: Path | str, *, style: Style | None = None,
              progress: Progress | None = None) -> None:
    """Render the document to a PDF file; `progress(done, total)` returning False cancels."""
    pdf = render_pdf(doc, style=style, progress=progress)
    try:
        pdf.output(str(path))
    finally:
        pdf.close_fonts()


def render_pdf(doc: Document, *, style: Style | None = None, progress: Progress | None = None) -> _Pdf:
    style = style or load_style()
    font = find_pdf_font(doc.language)
    pdf = _Pdf(doc, style)
    try:
        _add_fonts(pdf, doc, font)
        return _render(pdf, doc, style, progress)
    except BaseException:
        pdf.close_fonts()
        raise


def _render(pdf: _Pdf, doc: Document, style: Style, progress: Progress | None) -> _Pdf:
    pdf.set_title(doc.title)
    pdf.set_lang(doc.language)
    pdf.set_creator("GCEN Desktop")
    pdf.set_author(str(doc.meta.get("team") or ""))
    m = style.margin_mm
    pdf.set_margins(m, m, m)
    pdf.set_auto_page_break(True, margin=m + 4)
    pdf.set_font(FONT, "", style.size("body"))
    pdf.set_text_color(*style.rgb("text"))
    writer = _Writer(pdf, style)
    total = len(doc.blocks)
    for n, block in enumerate(doc.blocks, 1):
        writer.block(block)
        if progress is not None and progress(n, total) is False:
            from ..domain.errors import UserError

            raise UserError("The export was cancelled; no file was written.")
    if pdf.missing:
        names = ", ".join(_char_name(c) for c in sorted(pdf.missing))
        writer.block(Paragraph([Run(pdf.labels.fmt("missing_glyphs", chars=names))], style="muted"))
    return pdf


def _add_fonts(pdf: _Pdf, doc: Document, font: FontChoice) -> None:
    """The main font (regular and bold) as a TrueType subset of what the document writes, the
    fallback fonts, HarfBuzz shaping, and the set of characters that no font has."""
    text = "".join(_strings(doc)) + pdf.labels.every_heading()
    # CJK fonts have no italic, and emphasis shows upright (see _markup): two faces suffice.
    for style_code, path in (("", font.regular), ("B", font.bold)):
        target = pdf.font_dir / f"body{style_code or 'R'}.ttf"
        try:
            truetype_subset(path, font.face, text, target)
            pdf.add_font(FONT, style_code, str(target))
        except Exception:  # a font fontTools cannot convert: embed it as it is
            log.warning("could not convert %s to a TrueType subset; embedding it as it is", path, exc_info=True)
            pdf.add_font(FONT, style_code, str(path), collection_font_number=font.face)
    names = []
    for n, path in enumerate(find_fallback_fonts()):
        try:
            pdf.add_font(f"fallback{n}", "", str(path))
        except Exception:  # an installed font fpdf2 cannot read (a colour format it lacks): skip it
            log.warning("could not load the fallback font %s", path, exc_info=True)
            continue
        names.append(f"fallback{n}")
    if names:
        pdf.set_fallback_fonts(names, exact_match=False)
    pdf.set_text_shaping(True)
    cmaps = [f.cmap for f in pdf.fonts.values() if getattr(f, "cmap", None)]

    def drawable(c: str) -> bool:
        return any(ord(c) in cmap for cmap in cmaps)
    pdf.missing = {c for c in set(text) if not drawable(c) and _needs_glyph(c)}
    if not drawable(REPLACEMENT):
        pdf.placeholder = "?"


def _char_name(c: str) -> str:
    name = unicodedata.name(c, "")
    return f"{name} (U+{ord(c):04X})" if name else f"U+{ord(c):04X}"


def _needs_glyph(c: str) -> bool:
    """Whether a character is drawn (controls, format marks such as the zero-width joiner, and
    variation selectors only steer shaping)."""
    if c.isspace() or "\ufe00" <= c <= "\ufe0f" or "\U000e0100" <= c <= "\U000e01ef":
        return False
    return unicodedata.category(c) not in ("Cc", "Cf", "Cs")


def _strings(value: object) -> Iterator[str]:
    """Every piece of text inside a document's blocks."""
    if isinstance(value, str):
        yield value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _strings(getattr(value, field.name))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from _strings(item)


class _Writer:
    def __init__(self, pdf: _Pdf, style: Style) -> None:
        self.pdf = pdf
        self.s = style
        self.toc_title = ""

    # --- helpers ---------------------------------------------------------------------------------

    def lh(self, size: float) -> float:
        return size * PT * self.s.line_height

    def font(self, size_name: str, bold: bool = False, colour: str = "text") -> None:
        self.pdf.set_font(FONT, "B" if bold else "", self.s.size(size_name))
        self.pdf.set_text_color(*self.s.rgb(colour))
        # fpdf2 tables take the current fill colour as every cell's background: keep it white
        self.pdf.set_fill_color(255, 255, 255)

    def page_is_empty(self) -> bool:
        return self.pdf.page == 0 or self.pdf.get_y() <= self.pdf.t_margin + 0.5

    def ensure_space(self, mm: float) -> None:
        if self.pdf.get_y() + mm > self.pdf.page_break_trigger:
            self.pdf.add_page()

    # --- blocks ----------------------------------------------------------------------------------

    def block(self, block: object) -> None:
        if self.pdf.page == 0 and not isinstance(block, TitlePage):
            self.pdf.add_page()
        handler = getattr(self, "_" + type(block).__name__.lower())
        handler(block)

    def _titlepage(self, b: TitlePage) -> None:
        pdf, s = self.pdf, self.s
        pdf.add_page()
        pdf.skip_footer_pages.add(pdf.page_no())
        band = 78
        pdf.set_fill_color(*s.rgb("accent"))
        pdf.rect(0, 0, pdf.w, band, style="F")
        pdf.set_xy(pdf.l_margin, 34)
        pdf.set_font(FONT, "", s.size("kicker"))
        pdf.set_text_color(255, 255, 255)
        pdf.cell(0, 8, b.kicker.upper(), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_xy(pdf.l_margin, band + 16)
        self.font("title", bold=True, colour="accent")
        pdf.multi_cell(0, self.s.size("title") * PT * 1.25, b.title, align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(6)
        pdf.set_draw_color(*s.rgb("accent"))
        pdf.set_line_width(0.8)
        x = pdf.l_margin + pdf.c_margin  # align the rule with the title's text, not its cell
        pdf.line(x, pdf.get_y(), x + 30, pdf.get_y())
        pdf.set_line_width(0.2)
        pdf.ln(8)
        label_w = 52
        for label, value in b.fields:
            y = pdf.get_y()
            self.font("body", colour="muted")
            pdf.multi_cell(label_w, self.lh(s.size("body")) + 1, label, align="L",
                           new_x=XPos.RIGHT, new_y=YPos.TOP)
            self.font("body", bold=True)
            pdf.multi_cell(0, self.lh(s.size("body")) + 1, value, align="L",
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_y(max(pdf.get_y(), y + self.lh(s.size("body")) + 1) + 1.5)
        if b.footnote:
            pdf.set_y(pdf.h - s.margin_mm - 10)
            self.font("small", colour="muted")
            pdf.multi_cell(0, 5, b.footnote, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.font("body")

    def _contents(self, b: Contents) -> None:
        pdf = self.pdf
        if not self.page_is_empty():
            pdf.add_page()
        self.toc_title = b.title
        pdf.insert_toc_placeholder(self._render_toc, pages=self._toc_pages(), reset_page_indices=False)

    def _toc_entry_height(self, level: int) -> float:
        return self.lh(self.s.size("body")) + 1.5 if level == 0 else self.lh(self.s.size("small")) + 0.5

    def _toc_pages(self) -> int:
        """Pages the contents will fill (fpdf2 needs the exact count before the headings exist)."""
        pdf = self.pdf
        y, pages = pdf.t_margin + 15, 1
        for heading in pdf.doc.headings():
            h = self._toc_entry_height(heading.level - 1)
            if y + h > pdf.page_break_trigger:
                pages += 1
                y = pdf.t_margin
            y += h
        return pages

    def _render_toc(self, pdf: FPDF, outline: list) -> None:
        self.font("h1", bold=True, colour="accent")
        pdf.set_xy(pdf.l_margin, pdf.t_margin)
        pdf.cell(0, 12, self.toc_title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)  # 15 mm in all, as _toc_pages counts
        for item in outline:
            if item.level > 1:
                continue
            indent = 8 * item.level
            size = "body" if item.level == 0 else "small"
            self.font(size, bold=item.level == 0, colour="text" if item.level == 0 else "muted")
            link = pdf.add_link(page=item.page_number)
            page = str(item.page_number)
            h = self._toc_entry_height(item.level)
            pdf.set_x(pdf.l_margin + indent)
            name_w = pdf.epw - indent - 14
            name = item.name
            if pdf.get_string_width(name) > name_w - 2:
                while name and pdf.get_string_width(name + "…") > name_w - 2:
                    name = name[:-1]
                name = name.rstrip() + "…"
            pdf.cell(name_w, h, name, link=link, new_x=XPos.RIGHT, new_y=YPos.TOP)
            pdf.cell(14, h, page, align="R", link=link, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def _pagebreak(self, _b: PageBreak) -> None:
        if not self.page_is_empty():
            self.pdf.add_page()

    def _heading(self, b: Heading) -> None:
        pdf, s = self.pdf, self.s
        size = {1: "h1", 2: "h2"}.get(b.level, "h3")
        # keep a heading with the first lines that follow it
        self.ensure_space(self.lh(s.size(size)) + 24)
        if not self.page_is_empty():
            pdf.ln(5 if b.level == 1 else 3)
        if b.level <= 2:
            pdf.start_section(b.text, level=b.level - 1)
        self.font(size, bold=True, colour="accent" if b.level < 3 else "text")
        pdf.multi_cell(0, self.lh(s.size(size)), b.text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        if b.level == 1:
            pdf.set_draw_color(*s.rgb("rule"))
            pdf.line(pdf.l_margin, pdf.get_y() + 0.5, pdf.w - pdf.r_margin, pdf.get_y() + 0.5)
            pdf.ln(3)
        else:
            pdf.ln(1)
        self.font("body")

    def _runs(self, runs: list[Run], size: str = "body", colour: str = "text", indent: float = 0.0) -> None:
        pdf = self.pdf
        self.font(size, colour=colour)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(
            pdf.epw - indent, self.lh(self.s.size(size)), _markup(runs), markdown=True, align="L",
            new_x=XPos.LMARGIN, new_y=YPos.NEXT,
        )

    def _paragraph(self, b: Paragraph) -> None:
        muted = b.style == "muted"
        self._runs(b.runs, "small" if muted else "body", "muted" if muted else "text")
        self.pdf.ln(2)

    def _markdown(self, b: Markdown) -> None:
        for block in markdown_blocks(b.text):
            self.block(block)

    def _bullets(self, b: Bullets) -> None:
        pdf, s = self.pdf, self.s
        for n, item in enumerate(b.items, 1):
            marker = f"{n}." if b.ordered else "•"
            self.ensure_space(self.lh(s.size("body")) * 2)
            y = pdf.get_y()
            self.font("body", colour="accent")
            pdf.set_x(pdf.l_margin + 1)
            pdf.cell(6, self.lh(s.size("body")), marker, new_x=XPos.LMARGIN, new_y=YPos.TOP)
            pdf.set_y(y)
            self._runs(item, indent=8)
            pdf.ln(1.2)
        pdf.ln(1)

    def _fields(self, b: Fields) -> None:
        if not b.pairs:
            return
        pdf, s = self.pdf, self.s
        self.font("table")
        with pdf.table(
            col_widths=(28, 72),
            first_row_as_headings=False,
            borders_layout=TableBordersLayout.HORIZONTAL_LINES,
            line_height=self.lh(s.size("table")) + 0.6,
            padding=(1.2, 2),
            text_align="LEFT",
        ) as table:
            for label, value in b.pairs:
                row = table.row()
                row.cell(label, style=FontFace(emphasis="BOLD", color=s.rgb("muted"),
                                               fill_color=s.rgb("accent_light")))
                row.cell(value)
        pdf.ln(3)

    def _table(self, b: Table) -> None:
        pdf, s = self.pdf, self.s
        self.font("table")
        self.ensure_space(30)
        pdf.set_draw_color(*s.rgb("rule"))
        with pdf.table(
            col_widths=tuple(b.widths),
            headings_style=FontFace(emphasis="BOLD", color=s.rgb("table_header_text"),
                                    fill_color=s.rgb("accent")),
            cell_fill_color=s.rgb("table_stripe"),
            cell_fill_mode=TableCellFillMode.ROWS,
            borders_layout=TableBordersLayout.SINGLE_TOP_LINE,
            line_height=self.lh(s.size("table")) + 0.6,
            padding=(1.2, 1.6),
            text_align="LEFT",
            repeat_headings=1,
        ) as table:
            header = table.row()
            for h in b.headers:
                header.cell(h)
            for values in b.rows:
                row = table.row()
                for v in values:
                    row.cell(v or "")
        pdf.ln(4)
        self.font("body")


def _escape(text: str) -> str:
    out = text.replace("\\", "\\\\")
    for marker in ("**", "__", "--", "~~"):
        out = out.replace(marker, "\\" + marker)
    return out


def _markup(runs: list[Run]) -> str:
    """fpdf2's inline markup (**bold**) with the text's own markers escaped; italics stay upright."""
    parts = []
    for r in runs:
        if not r.text:
            continue
        text = _escape(r.text)
        # markers cannot span line breaks: close and reopen them around each one
        if r.bold:
            text = "\n".join(f"**{line}**" if line.strip() else line for line in text.split("\n"))
        parts.append(text)
    return "".join(parts)
