"""Text for the FTS5 index: CJK characters become single tokens so words are found inside sentences.

unicode61 treats a run of Chinese or Korean characters as one token, so `教师` would not match
inside `优秀教师的培养`. Each CJK/Hangul/Kana character is indexed as its own token and a query
for a CJK word becomes a phrase of its characters, which matches it anywhere in a sentence.
"""

from __future__ import annotations

import functools
import re

_CJK = (
    "\u1100-\u11ff"  # Hangul Jamo
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3130-\u318f"  # Hangul compatibility Jamo
    "\u3400-\u4dbf"  # CJK ext A
    "\u4e00-\u9fff"  # CJK unified
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility
)
_CJK_CHAR = re.compile(f"([{_CJK}])")
# A zero-width space separates tokens for unicode61 and is invisible when a snippet is shown.
_SEP = "\u200b"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_]+", re.UNICODE)


def index_text(text: str) -> str:
    """Text as stored in the index: CJK characters spaced apart, the rest unchanged."""
    if not text or not _CJK_CHAR.search(text):
        return text or ""
    return _CJK_CHAR.sub(rf"{_SEP}\1{_SEP}", text)


def fts_query(query: str) -> str | None:
    """An FTS5 MATCH expression for what a user typed: every word must appear (prefix for the last).

    CJK words become phrases of their characters. Operators and quotes the user typed are
    treated as plain text, so no input can make the MATCH fail.
    """
    parts: list[str] = []
    for word in query.split():
        tokens = _TOKEN.findall(word)
        if not tokens:
            continue
        # A word mixing scripts ("教师training") is one phrase of all its tokens.
        parts.append('"' + " ".join(tokens) + '"')
    if not parts:
        return None
    last = parts[-1]
    if not _CJK_CHAR.search(last):
        parts[-1] = last + "*"
    return " AND ".join(parts)



def query_terms(query: str) -> list[str]:
    """The words of a query, case-folded and without accents, for highlighting."""
    terms = []
    for word in query.split():
        tokens = _TOKEN.findall(word)
        if any(_CJK_CHAR.match(t) for t in tokens):
            terms.append(fold("".join(tokens)))  # a CJK word is matched whole
        else:
            terms.extend(fold(t) for t in tokens)
    return terms


def tokens(text: str) -> list[str]:
    """The words the index holds for `text`, in order, case-folded and without accents; each CJK
    character is a word of its own (what the network hub indexes, so both find the same records)."""
    return [_fold_word(t) for t in _TOKEN.findall(text or "")]


def query_words(query: str) -> list[list[str]]:
    """What a query asks for, as `fts_query` reads it: per word the tokens that must follow each
    other (a phrase); the last word, unless CJK, is a prefix."""
    return [[fold(t) for t in found] for found in (_TOKEN.findall(word) for word in query.split()) if found]


def is_cjk(token: str) -> bool:
    return bool(_CJK_CHAR.match(token))


@functools.lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    """`fold` of one word, remembered: prose repeats its words, and the hub folds millions."""
    return fold(word)


def fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
