"""Search result excerpts: the text around the first hit, without Markdown syntax, every hit marked.

Markdown is removed by a few line and inline patterns rather than by markdown-it-py: parsing costs
about 1.5 ms per excerpt here, and a page of 60 results must stay inside the 50 ms search budget.
Only a window around the first hit is cleaned, so a long note costs no more than a short one.
Excerpts are cut at word boundaries; CJK text, which has no spaces, is cut at any character.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..domain.views import Snippet
from .search_text import _CJK, _CJK_CHAR, fold, query_terms

WIDTH = 110  # characters of an excerpt (about two lines of the results list)
_WINDOW_BEFORE = 150  # raw text cleaned around the first hit: room for the excerpt and its markup
_WINDOW_AFTER = 250


# --- Markdown to plain text ------------------------------------------------------------------------

_LINE_RULES = [
    (re.compile(r"^\s*(```|~~~).*$", re.M), ""),  # code fences
    (re.compile(r"^ {0,3}([-*_])(\s*\1){2,}\s*$", re.M), ""),  # horizontal rules
    (re.compile(r"^ {0,3}(=+|-+)\s*$", re.M), ""),  # setext heading underlines
    (re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$", re.M), ""),  # table rules
    (re.compile(r"^ {0,3}\[[^\]\n]+\]:\s+\S.*$", re.M), ""),  # link reference definitions
    (re.compile(r"^ {0,3}#{1,6}(\s+|$)", re.M), ""),  # ATX headings
    (re.compile(r"\s+#+\s*$", re.M), ""),  # their closing #
    (re.compile(r"^ {0,3}(>\s?)+", re.M), ""),  # quotes
    (re.compile(r"^\s*([-*+]|\d{1,9}[.)])\s+(\[[ xX]\]\s+)?", re.M), ""),  # list items, task boxes
    (re.compile(r"^\s*\||\|\s*$", re.M), ""),  # table edges
    (re.compile(r"\s\|\s"), " · "),  # table cells
]
_INLINE_RULES = [
    (re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)"), r"\1"),  # images: their alt text
    (re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)"), r"\1"),  # links: their text
    (re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]"), r"\1"),  # reference links
    (re.compile(r"<((?:https?|mailto):[^>\s]+)>"), r"\1"),  # autolinks
    (re.compile(r"(`+)(.+?)\1"), r"\2"),  # code spans
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # strong
    (re.compile(r"\*(?=[^\s*])(.+?)(?<=[^\s*])\*"), r"\1"),  # emphasis
    (re.compile(r"(?<!\w)_(?=[^\s_])(.+?)(?<=[^\s_])_(?!\w)"), r"\1"),  # emphasis (not snake_case)
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),  # strikethrough
    (re.compile(r"\\([!-/:-@\[-`{-~])"), r"\1"),  # backslash escapes
]
_BLANK_LINES = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"\s+")


def markdown_plain(text: str) -> str:
    """Markdown as the one line of plain text a search result shows (paragraphs joined by ·)."""
    for pattern, replacement in _LINE_RULES:
        text = pattern.sub(replacement, text)
    for pattern, replacement in _INLINE_RULES:
        text = pattern.sub(replacement, text)
    text = _BLANK_LINES.sub(" · ", text.strip())
    return _SPACES.sub(" ", text).strip(" ·")


# --- finding the hits ------------------------------------------------------------------------------


def _folded_with_origins(text: str) -> tuple[str, list[int] | range]:
    """fold(text), and for each of its characters the index of the character of text it came from
    (folding can change lengths: ß → ss, ﬁ → fi)."""
    if text.isascii():
        return text.lower(), range(len(text))
    parts: list[str] = []
    origins: list[int] = []
    for i, ch in enumerate(text):
        f = ch if ch.isascii() and not ch.isupper() else _fold_char(ch)
        parts.append(f)
        origins.extend([i] * len(f))
    return "".join(parts), origins


@cache
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() and not _CJK_CHAR.match(ch)


def find_hits(text: str, query: str) -> tuple[tuple[int, int], ...]:
    """Every place a query word starts a word of text (a CJK word: anywhere), as (start, end) of
    text, the end taken to the end of the word as the index matches words by prefix."""
    terms = [t for t in query_terms(query) if t]
    if not text or not terms:
        return ()
    folded, origins = _folded_with_origins(text)
    found: list[tuple[int, int]] = []
    for term in terms:
        found += _term_hits(text, folded, origins, term)
    found.sort()
    return _merged(found)


def _term_hits(text: str, folded: str, origins: list[int], term: str) -> list[tuple[int, int]]:
    """The hits of one query word in text (`folded` is text folded, `origins` maps it back)."""
    found: list[tuple[int, int]] = []
    cjk = bool(_CJK_CHAR.search(term))
    i = folded.find(term)
    while i >= 0:
        start = origins[i]
        if cjk or start == 0 or not _is_word_char(text[start - 1]):
            end = origins[i + len(term) - 1] + 1
            if not cjk:
                while end < len(text) and _is_word_char(text[end]):
                    end += 1
            found.append((start, end))
        i = folded.find(term, i + len(term))
    return found


def _merged(found: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    for start, end in found:  # overlapping hits (one word a prefix of another) become one
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


def _first_raw_hit(text: str, query: str) -> int:
    """Roughly where the first hit is in the raw text (to choose the window to clean)."""
    folded = fold(text)
    scale = len(text) / len(folded) if folded else 1.0
    found = [folded.find(t) for t in query_terms(query) if t]
    found = [i for i in found if i >= 0]
    return int(min(found) * scale) if found else 0


# --- the excerpt -----------------------------------------------------------------------------------

_CJK_RE = re.compile(f"[{_CJK}]")


def _cut_start(text: str, at: int) -> int:
    """`at` moved forward to the start of a word (CJK: any character), unless no word starts soon."""
    if at <= 0:
        return 0
    if _CJK_RE.match(text[at]) or (text[at - 1].isspace() and not text[at].isspace()):
        return at
    for i in range(at, min(len(text), at + 25)):
        if text[i].isspace():
            return i + 1
        if _CJK_RE.match(text[i]):
            return i
    return at


def _cut_stop(text: str, at: int, least: int) -> int:
    """`at` moved back to the end of a word (not before `least`, the end of the first hit)."""
    if at >= len(text):
        return len(text)
    if _CJK_RE.match(text[at - 1]) or text[at].isspace():
        return at
    for i in range(at - 1, max(least, at - 25) - 1, -1):
        if text[i].isspace():
            return i
        if _CJK_RE.match(text[i]):
            return i + 1
    return at


def _markdown_window(text: str, query: str) -> tuple[str, bool, bool]:
    """(the part of a long Markdown text around the first hit, from a line's start; whether it
    was cut before, after); a short text whole."""
    if len(text) <= _WINDOW_BEFORE + _WINDOW_AFTER:
        return text, False, False
    at = _first_raw_hit(text, query)
    lo, hi = max(0, at - _WINDOW_BEFORE), min(len(text), at + _WINDOW_AFTER)
    line_start = text.rfind("\n", max(0, lo - 200), lo)
    lo = 0 if lo == 0 else (line_start + 1 if line_start >= 0 else lo)
    return text[lo:hi], lo > 0, hi < len(text)


def make_snippet(text: str, query: str, width: int = WIDTH, *, markdown: bool = False) -> Snippet:
    """An excerpt of `text` around the first hit of `query`, every hit in it marked; with
    `markdown`, the text is shown without its Markdown syntax. No hit: the start of the text."""
    if not text:
        return Snippet("")
    cut_before = cut_after = False
    if markdown:
        text, cut_before, cut_after = _markdown_window(text, query)
        plain = markdown_plain(text)
    else:
        plain = _SPACES.sub(" ", text).strip()
    hits = find_hits(plain, query)
    first = hits[0] if hits else (0, 0)
    start = _cut_start(plain, max(0, first[0] - width // 3))
    if start > first[0]:
        start = first[0]
    stop = _cut_stop(plain, max(first[1], start + width), first[1])
    excerpt = plain[start:stop]
    lead = "…" if start > 0 or cut_before else ""
    trail = "…" if stop < len(plain) or cut_after else ""
    shift = len(lead) - start
    shown = tuple((max(s, start) + shift, min(e, stop) + shift) for s, e in hits if s < stop and e > start)
    return Snippet(lead + excerpt + trail, shown)
