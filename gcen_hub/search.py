"""Full-text search on PostgreSQL fed by the desktop's tokenizer, so hub and desktop find the same
records for the same query: CJK characters are words of their own (a CJK word is a phrase of
them), accents and case are folded in Python, and the text goes in as a ready-made tsvector, never
through PostgreSQL's own parser. A tsvector holds at most 16,383 positions and 1 MiB of
lexemes, so long texts are indexed in parts under both that overlap by a few words (a phrase across
a border is still found). A word longer than a lexeme may be (2,046 bytes) is not indexed, as
PostgreSQL's own parser leaves it out; a query for one finds nothing."""

from __future__ import annotations

from gcen_desktop.store.search_text import is_cjk, query_words, tokens

PART_WORDS = 16_000
PART_BYTES = 1_000_000  # the lexemes of one part, under PostgreSQL's 1,048,575 bytes
LEXEME_BYTES = 2_046  # the longest lexeme PostgreSQL takes
OVERLAP = 64
_TITLE_GAP = 4  # positions between the title and the body: no phrase spans both, as on the desktop


def _lexeme(word: str) -> str:
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _indexed(word: str) -> bool:
    return len(word.encode()) <= LEXEME_BYTES


def _vector(words: list[tuple[str, int, bool]]) -> str:
    positions: dict[str, list[str]] = {}
    for word, pos, title in words:
        if _indexed(word):  # a longer one keeps its position: no phrase spans it
            positions.setdefault(word, []).append(f"{pos}{'A' if title else ''}")
    return " ".join(f"{_lexeme(w)}:{','.join(p)}" for w, p in positions.items())


def _fitting(words: list[str], room: int, held: set[str]) -> int:
    """How many of `words`, from the first, one part takes after `held` (its lexemes so far): at
    most `room` positions, and lexemes under PART_BYTES."""
    size = sum(len(w.encode()) for w in held)
    n = 0
    for word in words[:room]:
        if word not in held and _indexed(word):
            size += len(word.encode())
            if size > PART_BYTES:
                break
            held.add(word)
        n += 1
    return n


def vector_parts(title: str, body: str) -> list[str]:
    """tsvector literals of a record's title and body, each under PostgreSQL's limits."""
    head = [(w, i + 1, True) for i, w in enumerate(tokens(title))]
    start = len(head) + _TITLE_GAP
    rest = tokens(body)
    parts: list[str] = []
    offset = _fitting(rest, PART_WORDS - start, {w for w, _p, _t in head if _indexed(w)})
    parts.append(_vector(head + [(w, start + i + 1, False) for i, w in enumerate(rest[:offset])]))
    while offset < len(rest):
        begin = max(offset - OVERLAP, 0)
        taken = _fitting(rest[begin:], PART_WORDS, set())
        parts.append(_vector([(w, i + 1, False) for i, w in enumerate(rest[begin : begin + taken])]))
        offset = max(begin + taken, offset + 1)  # a part holds ~490 words at the least: always more than OVERLAP
    return parts


def term_queries(query: str) -> list[str]:
    """One tsquery literal per word the user typed: all must match (in any part of the record)."""
    words = query_words(query)
    if not all(_indexed(t) for word in words for t in word):
        return []  # a word no index holds: no record has it, as a query of no word finds none
    out = []
    for n, word in enumerate(words):
        phrase = " <-> ".join(_lexeme(t) for t in word)
        if n == len(words) - 1 and not any(is_cjk(t) for t in word):
            phrase = " <-> ".join([*(_lexeme(t) for t in word[:-1]), _lexeme(word[-1]) + ":*"])
        out.append(f"({phrase})" if len(word) > 1 else phrase)
    return out
