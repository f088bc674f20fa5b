"""A shared document as plain blocks (title page, headings, fields, tables, Markdown text) that
each writer — PDF, DOCX, HTML, Markdown — renders in its own format."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token


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


class _Blocks:
    """What markdown_blocks has read so far: the blocks, the lists open, and whether the text is in
    a quote or a heading."""

    def __init__(self) -> None:
        self.out: list[Paragraph | Bullets] = []
        self.lists: list[Bullets] = []
        self.quote = 0
        self.heading = False

    def add(self, runs: list[Run]) -> None:
        if self.lists:
            self.lists[-1].items.append(runs)
        else:
            self.out.append(Paragraph(runs))

    def list_open(self, tok: Token) -> None:
        bl = Bullets([], ordered=tok.type == "ordered_list_open")
        if not self.lists:
            self.out.append(bl)
        self.lists.append(bl)

    def list_close(self, tok: Token) -> None:
        done = self.lists.pop()
        if self.lists:  # nested list: flatten its items into the parent, indented by a dash
            self.lists[-1].items.extend([[Run("– "), *item] for item in done.items])

    def quote_open(self, tok: Token) -> None:
        self.quote += 1

    def quote_close(self, tok: Token) -> None:
        self.quote -= 1

    def heading_open(self, tok: Token) -> None:
        self.heading = True

    def heading_close(self, tok: Token) -> None:
        self.heading = False

    def inline(self, tok: Token) -> None:
        runs = _inline_runs(tok.children or [], bold=self.heading, italic=self.quote > 0)
        if runs:
            self.add(runs)

    def code(self, tok: Token) -> None:
        self.add([Run(tok.content.rstrip("\n"))])


# what each token does; the others (rules, paragraph and item markers) add nothing
_BLOCK_TOKENS: dict[str, Callable[[_Blocks, Token], None]] = {
    "bullet_list_open": _Blocks.list_open,
    "ordered_list_open": _Blocks.list_open,
    "bullet_list_close": _Blocks.list_close,
    "ordered_list_close": _Blocks.list_close,
    "blockquote_open": _Blocks.quote_open,
    "blockquote_close": _Blocks.quote_close,
    "heading_open": _Blocks.heading_open,
    "heading_close": _Blocks.heading_close,
    "inline": _Blocks.inline,
    "code_block": _Blocks.code,
    "fence": _Blocks.code,
}


def markdown_blocks(text: str) -> list[Paragraph | Bullets]:
    """Paragraphs and lists of a Markdown text with bold/italic kept and everything else as text.

    Headings inside a note become bold paragraphs: a note's own structure must not compete with
    the document's sections.
    """
    blocks = _Blocks()
    for tok in _MD.parse(text or ""):
        handle = _BLOCK_TOKENS.get(tok.type)
        if handle is not None:
            handle(blocks, tok)
    return blocks.out


class _Runs:
    """What _inline_runs has read so far: the runs, and how deep in bold and italic the text is."""

    def __init__(self, children: list, bold: bool, italic: bool) -> None:
        self.children = children
        self.runs: list[Run] = []
        self.b, self.i = int(bold), int(italic)

    def add(self, text: str) -> None:
        _add(self.runs, text, self.b > 0, self.i > 0)

    def strong_open(self, child: Token) -> None:
        self.b += 1

    def strong_close(self, child: Token) -> None:
        self.b -= 1

    def em_open(self, child: Token) -> None:
        self.i += 1

    def em_close(self, child: Token) -> None:
        self.i -= 1

    def text(self, child: Token) -> None:
        self.add(child.content)

    def softbreak(self, child: Token) -> None:
        self.add(" ")

    def hardbreak(self, child: Token) -> None:
        self.add("\n")

    def link_close(self, child: Token) -> None:
        href = _last_href(self.children, child)
        if href and not (self.runs and self.runs[-1].text.endswith(href)):
            self.add(f" ({href})")

    def image(self, child: Token) -> None:
        self.add(child.content or child.attrs.get("alt", ""))


_INLINE_TOKENS: dict[str, Callable[[_Runs, Token], None]] = {
    "strong_open": _Runs.strong_open,
    "strong_close": _Runs.strong_close,
    "em_open": _Runs.em_open,
    "em_close": _Runs.em_close,
    "text": _Runs.text,
    "code_inline": _Runs.text,
    "softbreak": _Runs.softbreak,
    "hardbreak": _Runs.hardbreak,
    "link_close": _Runs.link_close,
    "image": _Runs.image,
}


def _inline_runs(children: list, *, bold: bool, italic: bool) -> list[Run]:
    runs = _Runs(children, bold, italic)
    for child in children:
        handle = _INLINE_TOKENS.get(child.type)
        if handle is not None:
            handle(runs, child)
    return [r for r in runs.runs if r.text]


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
