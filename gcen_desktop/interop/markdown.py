"""Documents as Markdown with YAML front matter (values written as JSON strings, which YAML reads)."""

from __future__ import annotations

import re

import orjson

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

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _esc(text: str) -> str:
    """Markdown-escape text that is not Markdown (titles, names, table cells)."""
    return _SPECIAL.sub(r"\\\1", text)


def _runs(runs: list[Run]) -> str:
    out = []
    for r in runs:
        text = _esc(r.text)
        lines = text.split("\n")
        wrapped = []
        for line in lines:
            core = line.strip()
            if core and (r.bold or r.italic):
                mark = ("**" if r.bold else "") + ("*" if r.italic else "")
                lead, trail = line[: len(line) - len(line.lstrip())], line[len(line.rstrip()):]
                line = f"{lead}{mark}{core}{mark[::-1]}{trail}"
            wrapped.append(line)
        out.append("  \n".join(wrapped))
    return "".join(out)


def _yaml_value(value: object) -> str:
    # A JSON string or number is a valid YAML flow scalar, with every character escaped safely.
    return orjson.dumps(value).decode()


def _demote(text: str) -> str:
    """Headings inside a note go below the document's own levels."""
    out, fence = [], False
    for line in text.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fence = not fence
        if not fence and re.match(r"^#{1,6}\s", line):
            hashes = len(line) - len(line.lstrip("#"))
            line = "#" * min(6, hashes + 3) + line[hashes:]
        out.append(line)
    return "\n".join(out)


def _cell(text: str) -> str:
    return _esc(text or "").replace("\n", "<br>")


def render_markdown(doc: Document) -> str:
    lines = ["---"]
    for key, value in doc.meta.items():
        if value not in (None, ""):
            lines.append(f"{key}: {_yaml_value(value)}")
    lines.append("---")
    lines.append("")
    for block in doc.blocks:
        if isinstance(block, TitlePage):
            lines += [f"# {_esc(block.title)}", "", f"*{_esc(block.kicker)}*", ""]
            lines += [f"- **{_esc(k)}:** {_esc(v)}" for k, v in block.fields]
            if block.footnote:
                lines += ["", f"*{_esc(block.footnote)}*"]
            lines.append("")
        elif isinstance(block, Contents):
            lines += [f"## {_esc(block.title)}", ""]
            for h in doc.headings():
                indent = "  " * (h.level - 1)
                lines.append(f"{indent}- [{_esc(h.text)}](#{h.anchor})")
            lines.append("")
        elif isinstance(block, Heading):
            level = min(6, block.level + 1)
            lines += [f'<a id="{block.anchor}"></a>', "", f"{'#' * level} {_esc(block.text)}", ""]
        elif isinstance(block, Paragraph):
            text = _runs(block.runs)
            lines += [f"*{text}*" if block.style == "muted" and "*" not in text else text, ""]
        elif isinstance(block, Markdown):
            lines += [_demote(block.text or "").strip(), ""]
        elif isinstance(block, Bullets):
            for n, item in enumerate(block.items, 1):
                marker = f"{n}." if block.ordered else "-"
                body = _runs(item).replace("  \n", "  \n" + " " * (len(marker) + 1))
                lines.append(f"{marker} {body}")
            lines.append("")
        elif isinstance(block, Fields):
            if block.pairs:
                lines += ["| | |", "|---|---|"]
                lines += [f"| **{_cell(k)}** | {_cell(v)} |" for k, v in block.pairs]
                lines.append("")
        elif isinstance(block, Table):
            lines.append("| " + " | ".join(_cell(h) for h in block.headers) + " |")
            lines.append("|" + "|".join("---" for _ in block.headers) + "|")
            for row in block.rows:
                lines.append("| " + " | ".join(_cell(c) for c in row) + " |")
            lines.append("")
        elif isinstance(block, PageBreak):
            continue
    if doc.footer:
        lines += ["---", "", f"*{_esc(doc.footer)}*", ""]
    return "\n".join(lines)
