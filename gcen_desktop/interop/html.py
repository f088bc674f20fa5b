"""Documents as one self-contained HTML file (inline CSS from the template, no external links)."""

from __future__ import annotations

import html
from string import Template

from markdown_it import MarkdownIt

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
)
from .style import Style, load_style, template_text

# Raw HTML inside notes is shown as text, never interpreted: the file goes to other people.
_MD = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")


def _e(text: object) -> str:
    return html.escape("" if text is None else str(text), quote=True)


def runs_html(runs: list[Run]) -> str:
    out = []
    for r in runs:
        text = _e(r.text).replace("\n", "<br>")
        if r.italic:
            text = f"<em>{text}</em>"
        if r.bold:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def _demote(rendered: str) -> str:
    """Headings inside a note sit below the document's own (h1–h4 → h5/h6)."""
    for level in (6, 5, 4, 3, 2, 1):
        new = min(6, level + 4)
        rendered = rendered.replace(f"<h{level}>", f"<h{new}>").replace(f"</h{level}>", f"</h{new}>")
    return rendered


def render_html(doc: Document, *, style: Style | None = None) -> str:
    style = style or load_style()
    parts: list[str] = []
    for block in doc.blocks:
        if isinstance(block, TitlePage):
            rows = "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in block.fields)
            foot = f'<p class="footnote">{_e(block.footnote)}</p>' if block.footnote else ""
            parts.append(
                f'<header class="title-page"><p class="kicker">{_e(block.kicker)}</p>'
                f"<h1>{_e(block.title)}</h1><dl>{rows}</dl>{foot}</header>"
            )
        elif isinstance(block, Contents):
            parts.append(_contents(doc, block))
        elif isinstance(block, Heading):
            tag, cls = {1: ("h2", ' class="section"'), 2: ("h3", "")}.get(block.level, ("h4", ""))
            parts.append(f'<{tag} id="{_e(block.anchor)}"{cls}>{_e(block.text)}</{tag}>')
        elif isinstance(block, Paragraph):
            cls = ' class="muted"' if block.style == "muted" else ""
            parts.append(f"<p{cls}>{runs_html(block.runs)}</p>")
        elif isinstance(block, Markdown):
            parts.append(f'<div class="note-body">{_demote(_MD.render(block.text or ""))}</div>')
        elif isinstance(block, Bullets):
            tag = "ol" if block.ordered else "ul"
            items = "".join(f"<li>{runs_html(item)}</li>" for item in block.items)
            parts.append(f"<{tag}>{items}</{tag}>")
        elif isinstance(block, Fields):
            if block.pairs:
                rows = "".join(f'<tr><th scope="row">{_e(k)}</th><td>{_e(v)}</td></tr>' for k, v in block.pairs)
                parts.append(f'<table class="fields"><tbody>{rows}</tbody></table>')
        elif isinstance(block, Table):
            total = sum(block.widths) or 1
            cols = "".join(f'<col style="width:{w * 100 / total:.1f}%">' for w in block.widths)
            head = "".join(f'<th scope="col">{_e(h)}</th>' for h in block.headers)
            body = "".join("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in row) + "</tr>" for row in block.rows)
            parts.append(f"<table><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif isinstance(block, PageBreak):
            continue
    values = {
        **{k: v for k, v in style.raw["colours"].items()},
        **{k: str(v) for k, v in style.raw["sizes"].items()},
        "line_height": str(style.line_height),
        "font_stack": style.section("html").get("font_stack", "sans-serif"),
    }
    css = Template(template_text("document.css")).safe_substitute(values)
    return Template(template_text("document.html")).safe_substitute(
        lang=_e(doc.language), title=_e(doc.title), css=css, body="\n".join(parts), footer=_e(doc.footer)
    )


def _contents(doc: Document, block: Contents) -> str:
    out = [f'<nav class="contents"><h2>{_e(block.title)}</h2><ol>']
    in_item = in_sub = False
    for h in doc.headings():
        link = f'<a href="#{_e(h.anchor)}">{_e(h.text)}</a>'
        if h.level == 1 or not in_item:
            if in_sub:
                out.append("</ol>")
                in_sub = False
            if in_item:
                out.append("</li>")
            out.append(f"<li>{link}")
            in_item = True
        else:
            if not in_sub:
                out.append("<ol>")
                in_sub = True
            out.append(f"<li>{link}</li>")
    if in_sub:
        out.append("</ol>")
    if in_item:
        out.append("</li>")
    out.append("</ol></nav>")
    return "".join(out)
