"""A shared document as plain blocks (title page, headings, fields, tables, Markdown text) that
each writer — PDF, DOCX, HTML, Markdown — renders in its own format."""

from __future__ import annotations

from dataclasses import dataclass, field

from markdown_it import MarkdownIt


@dataclass
class Run:
    """A piece of inline text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class TitlePage:
    kicker: str  # what the document is, e.g. "Action plan"
    title: str
    fields: list[tuple[str, str]] = field(default_factory=list)
    footnote: str = ""


@dataclass
class Contents:
    """The table of contents: every level-1 and level-2 heading after it."""

    title: str


@dataclass
class Heading:
    text: str
    level: int = 1  # 1 section, 2 subsection, 3 minor heading (not in the contents)
    anchor: str = ""


@dataclass
class Paragraph:
    runs: list[Run]
    style: str = "body"  # body | muted

    @classmethod
    def of(cls, text: str, style: str = "body", *, bold: bool = False) -> Paragraph:
        return cls([Run(text, bold=bold)], style)


@dataclass
class Markdown:
    """Text the team wrote in Markdown (note bodies, plan texts)."""

    text: str


@dataclass
class Bullets:
    items: list[list[Run]]
    ordered: bool = False


@dataclass
class Fields:
    """Label/value pairs shown as a small two-column table."""

    pairs: list[tuple[str, str]]


@dataclass
class Table:
    headers: list[str]
    rows: list[list[str]]
    widths: list[float]  # relative column widths


@dataclass
class PageBreak:
    pass


Block = TitlePage | Contents | Heading | Paragraph | Markdown | Bullets | Fields | Table | PageBreak


@dataclass
class Document:
    title: str
    language: str
    blocks: list[Block]
    meta: dict[str, object] = field(default_factory=dict)  # front matter / document properties
    footer: str = ""

    def headings(self, max_level: int = 2) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading) and b.level <= max_level]

    def number_anchors(self) -> None:
        """Give every heading a stable anchor (sec-1, sec-2 …) for links in HTML and PDF."""
        n = 0
        for block in self.blocks:
            if isinstance(block, Heading) and not block.anchor:
                n += 1
                block.anchor = f"sec-{n}"


# --- Markdown text → simple blocks (for writers that do not speak Markdown) ---------------------

_MD = MarkdownIt("commonmark", {"html": False})


def markdown_blocks(text: str) -> list[Paragraph | Bullets]:
    """Paragraphs and lists of a Markdown text with bold/italic kept and everything else as text.

    Headings inside a note become bold paragraphs: a note's own structure must not compete with
    the document's sections.
    """
    out: list[Paragraph | Bullets] = []
    list_stack: list[Bullets] = []
    quote = 0
    heading = False
    tokens = _MD.parse(text or "")
    for tok in tokens:
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            bl = Bullets([], ordered=tok.type == "ordered_list_open")
            if not list_stack:
                out.append(bl)
            list_stack.append(bl)
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            done = list_stack.pop()
            if list_stack:  # nested list: flatten its items into the parent, indented by a dash
                list_stack[-1].items.extend([[Run("– "), *item] for item in done.items])
        elif tok.type == "blockquote_open":
            quote += 1
        elif tok.type == "blockquote_close":
            quote -= 1
        elif tok.type == "heading_open":
            heading = True
        elif tok.type == "heading_close":
            heading = False
        elif tok.type == "inline":
            runs = _inline_runs(tok.children or [], bold=heading, italic=quote > 0)
            if not runs:
                continue
            if list_stack:
                list_stack[-1].items.append(runs)
            else:
                out.append(Paragraph(runs))
        elif tok.type in ("code_block", "fence"):
            body = tok.content.rstrip("\n")
            if list_stack:
                list_stack[-1].items.append([Run(body)])
            else:
                out.append(Paragraph([Run(body)]))
        elif tok.type == "hr":
            continue
    return out


def _inline_runs(children: list, *, bold: bool, italic: bool) -> list[Run]:
    runs: list[Run] = []
    b, i = int(bold), int(italic)
    for child in children:
        if child.type == "strong_open":
            b += 1
        elif child.type == "strong_close":
            b -= 1
        elif child.type == "em_open":
            i += 1
        elif child.type == "em_close":
            i -= 1
        elif child.type in ("text", "code_inline"):
            _add(runs, child.content, b > 0, i > 0)
        elif child.type in ("softbreak", "hardbreak"):
            _add(runs, " " if child.type == "softbreak" else "\n", b > 0, i > 0)
        elif child.type == "link_close":
            href = _last_href(children, child)
            if href and not (runs and runs[-1].text.endswith(href)):
                _add(runs, f" ({href})", b > 0, i > 0)
        elif child.type == "image":
            _add(runs, child.content or child.attrs.get("alt", ""), b > 0, i > 0)
    return [r for r in runs if r.text]


def _last_href(children: list, close_tok: object) -> str:
    href = ""
    for child in children:
        if child is close_tok:
            break
        if child.type == "link_open":
            href = str(child.attrs.get("href", ""))
    return href


def _add(runs: list[Run], text: str, bold: bool, italic: bool) -> None:
    if runs and runs[-1].bold == bold and runs[-1].italic == italic:
        runs[-1].text += text
    else:
        runs.append(Run(text, bold, italic))


def plain(runs: list[Run]) -> str:
    return "".join(r.text for r in runs)
