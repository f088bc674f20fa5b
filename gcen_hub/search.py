"""Full-text search on PostgreSQL fed by the desktop's tokenizer, so hub and desktop find the same
records for the same query: CJK characters are words of their own (a CJK word is a phrase of
them), accents and case are folded in Python, and the text goes in as a ready-made tsvector, never
through PostgreSQL's own parser. A tsvector holds at most 16,383 positions, so long texts are
indexed in parts that overlap by a few words (a phrase across a border is still found)."""

from __future__ import annotations

from gcen_desktop.store.search_text import is_cjk, query_words, tokens

PART_WORDS = 16_000
OVERLAP = 64
_TITLE_GAP = 4  # positions between the title and the body: no phrase spans both, as on the desktop


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _vector(words: list[tuple[str, int, bool]]) -> str:
    positions: dict[str, list[str]] = {}
    for word, pos, title in words:
        positions.setdefault(word, []).append(f"{pos}{'A' if title else ''}")
    return " ".join(f"{_lexeme(w)}:{','.join(p)}" for w, p in positions.items())


def vector_parts(title: str, body: str) -> list[str]:
    """tsvector literals of a record's title and body, each under PostgreSQL's position limit."""
    head = [(w, i + 1, True) for i, w in enumerate(tokens(title))]
    start = len(head) + _TITLE_GAP
    rest = tokens(body)
    parts: list[str] = []
    first = head + [(w, start + i + 1, False) for i, w in enumerate(rest[: PART_WORDS - start])]
    parts.append(_vector(first))
    offset = max(PART_WORDS - start, 0)
    while offset < len(rest):
        begin = max(offset - OVERLAP, 0)
        chunk = rest[begin : begin + PART_WORDS]
        parts.append(_vector([(w, i + 1, False) for i, w in enumerate(chunk)]))
        offset = begin + PART_WORDS
    return parts


def term_queries(query: str) -> list[str]:
    """One tsquery literal per word the user typed: all must match (in any part of the record)."""
    words = query_words(query)
    out = []
    for n, word in enumerate(words):
        phrase = " <-> ".join(_lexeme(t) for t in word)
        if n == len(words) - 1 and not any(is_cjk(t) for t in word):
            phrase = " <-> ".join([*(_lexeme(t) for t in word[:-1]), _lexeme(word[-1]) + ":*"])
        out.append(f"({phrase})" if len(word) > 1 else phrase)
    return out
